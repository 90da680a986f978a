/** The pane's reader of agency files (readAgencyFile) keeps the command line's bounds: hostile files are refused. */

import { agencyWorkbookBytes, readAgencyFile, type AgencyFileRead } from "../../src/cli/agencyFiles";
import { CLI_STRINGS } from "../../src/cli/strings";
import { planMerge, planSplit } from "../../src/round";
import { COLUMNS } from "../../src/template";
import { bomb, catalogue, filledTemplate } from "./hostile";

const refusal = (read: AgencyFileRead) => {
  if (read.ok || read.code === "noTemplate")
    throw new Error(`not refused by the bounds: ${read.ok ? "ok" : read.code}`);
  return read;
};

/** An OLE (compound file) header followed by a stream name, as Excel's .xls and encrypted .xlsx files start. */
const ole = (stream: string) =>
  new Uint8Array([...[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], ...Buffer.from(`\0\0${stream}\0`, "utf16le")]);

describe("readAgencyFile: the same bounds as the command line, before ExcelJS", () => {
  let template: Buffer;
  beforeAll(async () => {
    template = await filledTemplate();
  });

  it("refuses a bomb whose directory declares a part larger than the limit, in both languages", async () => {
    const read = refusal(await readAgencyFile(await bomb(template, 60), catalogue));
    expect(read.code).toBe("tooLarge");
    expect(read.message.vi).toMatch(/^tệp lớn bất thường: phần xl\/worksheets\/sheet1\.xml bung ra 6\d MB/);
    expect(read.message.en).toMatch(/unusually large/);
  });

  it("refuses a part compressed beyond the ratio limit, though under the size limit", async () => {
    const read = refusal(await readAgencyFile(await bomb(template, 10), catalogue));
    expect(read.code).toBe("tooLarge");
    expect(read.message.vi).toMatch(/bị nén \d+ lần \(giới hạn 100 lần\)/);
    expect(read.message.en).toMatch(/zip bomb/);
  });

  it("refuses a part that declares a small size and unpacks to far more, stopping at the declared size", async () => {
    const liar = await bomb(template, 200, true);
    const before = process.memoryUsage().rss;
    const read = refusal(await readAgencyFile(liar, catalogue));
    expect(read.code).toBe("corrupt");
    expect(read.message.en).toMatch(/sheet1\.xml is not the size its directory declares/);
    expect(read.message.vi).toContain("tệp hỏng");
    // ExcelJS would have unpacked all 200 MB; stopping at the declared size keeps memory far below it.
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 2 ** 20);
  });

  it("calls a part whose deflated data is damaged a damaged file", async () => {
    const damaged = Buffer.from(template);
    const at = damaged.indexOf("xl/worksheets/sheet1.xml") + "xl/worksheets/sheet1.xml".length + 40;
    damaged.fill(0xff, at, at + 200);
    const read = refusal(await readAgencyFile(damaged, catalogue));
    expect(read.code).toBe("corrupt");
  });

  it("uses the limits given (the command line's setting), not only the defaults", async () => {
    const limits = { maxPartBytes: 1000, maxTotalBytes: 10_000_000, maxRatio: 100, ratioFloorBytes: 2 ** 20 };
    const read = refusal(await readAgencyFile(template, catalogue, { limits }));
    expect(read.code).toBe("tooLarge");
    expect(read.message.vi).toContain("tệp lớn bất thường");
  });

  it("gives the command line's codes and messages to files that are no .xlsx", async () => {
    const cases: [Uint8Array, string, string][] = [
      [new Uint8Array(0), "empty", CLI_STRINGS.vi.emptyFile],
      [new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]), "notXlsx", CLI_STRINGS.vi.notXlsx],
      [new Uint8Array(Buffer.from("Mã,Chỉ tiêu\n01,7.5\n")), "notXlsx", CLI_STRINGS.vi.textFile("")],
      [ole("Workbook"), "xls", CLI_STRINGS.vi.inputProblem("xls")],
      [ole("EncryptedPackage"), "encrypted", CLI_STRINGS.vi.encrypted],
    ];
    for (const [bytes, code, vi] of cases) {
      const read = refusal(await readAgencyFile(bytes, catalogue));
      expect([read.code, read.message.vi]).toEqual([code, vi]);
      expect(read.message.en).not.toBe(read.message.vi);
    }
  });

  it("says a .csv picked by mistake is text, by its name, as the command line says it", async () => {
    const csv = new Uint8Array(Buffer.from("Mã,Chỉ tiêu\n01,7.5\n"));
    const read = refusal(await readAgencyFile(csv, catalogue, { name: "so-y-te.CSV" }));
    expect(read.message).toEqual({ vi: CLI_STRINGS.vi.textFile(".csv"), en: CLI_STRINGS.en.textFile(".csv") });
  });

  it("says a cut-short file is cut short, and a zip that is no workbook not an .xlsx", async () => {
    const cut = refusal(await readAgencyFile(template.subarray(0, template.length >> 1), catalogue));
    expect(cut.code).toBe("corrupt");
    expect(cut.message).toEqual({ vi: CLI_STRINGS.vi.truncated, en: CLI_STRINGS.en.truncated });
    const JSZip = (await import("jszip")).default;
    const docx = await new JSZip().file("word/document.xml", "<w:document/>").generateAsync({ type: "uint8array" });
    expect(refusal(await readAgencyFile(docx, catalogue)).code).toBe("notXlsx");
  });

  it("still reads a normal split file, and its figure merges", async () => {
    const master = await readAgencyFile(template, catalogue);
    if (!master.ok) throw new Error(master.code);
    const [plan] = planSplit(catalogue, master.sheet, { only: "Sở Tài chính" });
    const actual = COLUMNS.findIndex((c) => c.key === "actual");
    const r = plan.template.rowCodes.indexOf("07.1");
    plan.template.cells[r][actual].value = 5400;
    const read = await readAgencyFile(await agencyWorkbookBytes(plan), catalogue);
    if (!read.ok) throw new Error(read.code);
    const merged = planMerge(catalogue, master.sheet, [{ file: plan.fileName, sheet: read.sheet }], { when: "" });
    expect(merged.unreadable).toBe(false);
    expect(merged.writes.map((w) => w.value)).toContain(5400);
  });
});
