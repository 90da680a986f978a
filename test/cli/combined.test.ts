/**
 * Trial 20, finding 4, on real files: validate's "Tổng hợp N tệp" over agencies' own files (split's), two of which
 * disagree on 07.1, counts each code once, names the disagreement and says which agencies sent nothing.
 */

import Ajv from "ajv";
import * as fs from "fs";
import schema from "../../docs/cli-json.schema.json";
import { cliWorkspace, letterOf } from "./run";
import { editXlsx, readXlsx, rowOfCode, type XmlCell } from "./xlsxXml";

const letter = letterOf;
const [ACTUAL, CODE] = [letter("actual"), letter("code")];

jest.setTimeout(60_000);

const { run, at } = cliWorkspace("combined");

async function typeInto(file: string, figures: Record<string, XmlCell>): Promise<void> {
  const { cells } = await readXlsx(file);
  const byAddress = Object.entries(figures).map(([code, v]) => [`${ACTUAL}${rowOfCode(cells, code, CODE)}`, v]);
  await editXlsx(file, Object.fromEntries(byAddress));
}

beforeAll(async () => {
  expect((await run(["template", "--out", "mau.xlsx"])).code).toBe(0);
  expect((await run(["split", "mau.xlsx", "--out", "gui"])).code).toBe(0);
  fs.mkdirSync(at("vd"));
  for (const name of ["so-tai-chinh.xlsx", "cuc-thue.xlsx", "so-y-te.xlsx"])
    fs.copyFileSync(at("gui", name), at("vd", name));
  await typeInto(at("vd", "so-tai-chinh.xlsx"), { "07.1": 3900, "07.1.1": 1300, "07.1.2": 2600, "07.2": "7.020,4" });
  await typeInto(at("vd", "cuc-thue.xlsx"), { "07.1": 3950, "07.1.1": 1300 });
  await typeInto(at("vd", "so-y-te.xlsx"), { "12.1": 100, "12.4": "94,5" });
});

describe("validate's summary of several files", () => {
  test("each agency from its own file, 07.1 named with both figures, agencies without a file said so", async () => {
    const r = await run(["validate", "vd"]);
    expect(r.code).toBe(0);
    const summary = r.out.slice(r.out.indexOf("Tổng hợp 3 tệp"));
    const lines = summary.split("\n");
    expect(lines[0]).toBe(
      "Tổng hợp 3 tệp kỳ 6 tháng theo cơ quan chủ trì (mỗi chỉ tiêu tính một lần, theo tệp của chính cơ quan nếu cơ quan đã gửi; " +
        "chỉ tiêu cùng chủ trì mà tệp để trống thì lấy số trong tệp của cơ quan cùng chủ trì):"
    );
    // 07.1 differs: named on both co-leads' lines, counted on neither (trial 21), as in the totals.
    expect(lines).toContain("  Sở Tài chính: 2 vượt kế hoạch, 1 đạt; 07.1: các tệp khác nhau");
    // Its blank 07.1.2 and 07.2 take Sở Tài chính's figures: not "chưa có số liệu" for a row its co-lead sent (trial 23).
    expect(lines).toContain("  Cục Thuế: 2 vượt kế hoạch, 1 đạt; 07.1: các tệp khác nhau");
    expect(lines).toContain("  Cục Hải quan: chưa có tệp");
    expect(lines).toContain(
      "  Tổng 37 chỉ tiêu: 3 vượt kế hoạch, 2 đạt, 3 chưa có số liệu; 07.1: các tệp khác nhau, chưa tính; 28 chỉ tiêu chưa có tệp"
    );
    expect(lines).toContain(
      "    - 07.1: các tệp khác nhau: so-tai-chinh.xlsx 3.900 (vượt kế hoạch); cuc-thue.xlsx 3.950 (vượt kế hoạch)."
    );
    // Agencies that sent a file come before those that did not.
    expect(lines.findIndex((l) => l.startsWith("  Sở Y tế:"))).toBeLessThan(
      lines.indexOf("  Cục Hải quan: chưa có tệp")
    );
  });

  test("--json: the same counts, the disagreement and the codes without a file, within the contract", async () => {
    const doc = JSON.parse((await run(["validate", "vd", "--json"])).out);
    expect(new Ajv({ strict: false }).compile(schema)(doc)).toBe(true);
    const agency = (name: string) => doc.agencies.find((a: { agency: string }) => a.agency === name);
    expect(agency("Sở Tài chính")).toMatchObject({ files: 1, counts: { exceeded: 2, met: 1 } });
    expect(agency("Sở Tài chính").differing.map((d: { code: string }) => d.code)).toEqual(["07.1"]);
    expect(agency("Cục Hải quan")).toMatchObject({ files: 0, fileNames: [], counts: { exceeded: 0, met: 0 } });
    expect(doc.totals).toEqual({ exceeded: 3, met: 2, atRisk: 0, offTrack: 0, missing: 3, invalid: 0 });
    expect(doc.codes).toBe(37);
    expect(doc.differing).toEqual([
      {
        code: "07.1",
        files: [
          {
            file: at("vd", "so-tai-chinh.xlsx"),
            status: "exceeded",
            value: 3900,
            actualText: null,
            estimateText: null,
          },
          { file: at("vd", "cuc-thue.xlsx"), status: "exceeded", value: 3950, actualText: null, estimateText: null },
        ],
      },
    ]);
    expect(doc.noFile).toHaveLength(28);
  });

  test("in English", async () => {
    const r = await run(["validate", "vd", "--lang", "en"]);
    expect(r.out).toContain("  Cục Hải quan: no file yet");
    expect(r.out).toContain("07.1: the files differ, not counted; 28 with no file yet");
  });
});

describe("a doubted figure in one of the files", () => {
  test("is counted apart in the summary, as in its file's own lines, and in --json's shown counts", async () => {
    fs.mkdirSync(at("nghi"));
    fs.copyFileSync(at("vd", "so-y-te.xlsx"), at("nghi", "so-y-te.xlsx"));
    // "~94,5": read as 94,5 but doubted (a guessed reading), so 12.4 is one to check
    await typeInto(at("nghi", "so-y-te.xlsx"), { "12.4": "~94,5" });
    fs.copyFileSync(at("vd", "cuc-thue.xlsx"), at("nghi", "cuc-thue.xlsx"));
    const r = await run(["validate", "nghi"]);
    const summary = r.out.slice(r.out.indexOf("Tổng hợp 2 tệp")).split("\n");
    expect(summary.find((l) => l.startsWith("  Sở Y tế:"))).toMatch(/1 cần kiểm tra lại số liệu/);
    expect(summary.find((l) => l.startsWith("  Tổng 37 chỉ tiêu:"))).toMatch(/1 cần kiểm tra lại số liệu/);
    const doc = JSON.parse((await run(["validate", "nghi", "--json"])).out);
    expect(new Ajv({ strict: false }).compile(schema)(doc)).toBe(true);
    expect(doc.shownTotals.toCheck).toBe(1);
    const yte = doc.agencies.find((a: { agency: string }) => a.agency === "Sở Y tế");
    expect(yte.shownCounts.toCheck).toBe(1);
    expect(yte.counts).not.toHaveProperty("toCheck");
  });
});
