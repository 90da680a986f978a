/**
 * Nothing dropped in silence when merge reads an agency's file (trial 23, 2): what validate says of the file's
 * structure (a code retyped, a row deleted, a merged cell over a figure, the figures on a copied sheet) is said by
 * merge too, file by file, and counts as left out; a reply sent unfilled says it holds no figures.
 */

import { agencyReplies, fill, rowOf } from "./agencyReplies";
import { letterOf } from "./run";

jest.setTimeout(60_000);
const { run, at, reply } = agencyReplies("merge-structure");
const [CODE, ACTUAL] = [letterOf("code"), letterOf("actual")];

interface MergeJson {
  files: { file: string; status: string; filled: number; unread: number; agency: string }[];
  findings: { code: string; codes?: string[]; problem?: { key: string; params: Record<string, unknown> } }[];
  leftOut: boolean;
}

async function merge(...sources: string[]) {
  const r = await run(["merge", "mau.xlsx", ...sources, "--json"]);
  return { code: r.code, doc: JSON.parse(r.out) as MergeJson };
}

const structureKeys = (doc: MergeJson) =>
  doc.findings.filter((f) => f.code === "merge.structure").map((f) => f.problem?.key);

describe("merge repeats what validate says of an agency file's structure (trial 23, 2)", () => {
  test("codes retyped as text (“4”, “2.1”): their figures are named as left out, exit 1, and the rest merged", async () => {
    const file = await reply("so-ke-hoach-va-dau-tu.xlsx", "codes", (sheet) => {
      fill(sheet, { "01": 7.2, "02.1": 23.5, "04": 17, "03": 65.5 });
      sheet.getCell(`${CODE}${rowOf(sheet, "04")}`).value = "4";
      sheet.getCell(`${CODE}${rowOf(sheet, "02.1")}`).value = "2.1";
    });
    const { code, doc } = await merge(file);
    expect(code).toBe(1);
    expect(doc.leftOut).toBe(true);
    expect(doc.files[0]).toMatchObject({ status: "merged", filled: 2, unread: 2 });
    expect(structureKeys(doc).sort()).toEqual([
      "sheet.missingRow",
      "sheet.missingRow",
      "sheet.unknownCode",
      "sheet.unknownCode",
    ]);
    const missing = doc.findings.filter((f) => f.problem?.key === "sheet.missingRow").flatMap((f) => f.codes);
    expect(missing.sort()).toEqual(["02.1", "04"]);
    // The text says it too, file by file, with what to do.
    const text = await run(["merge", "mau.xlsx", file]);
    expect(text.out).toContain("so-ke-hoach-va-dau-tu.xlsx (Sở Kế hoạch và Đầu tư): Trang “Chỉ tiêu 2024”");
    expect(text.out).toContain("mã “4” không có trong danh mục chỉ tiêu");
    expect(text.out).toContain("Số liệu ở đó không được gộp");
  });

  test("a deleted row of its own is left out; the other agencies' rows, absent from its file, are not", async () => {
    const file = await reply("so-y-te.xlsx", "deleted", (sheet) => {
      fill(sheet, { "12.1": 98.5, "12.2": 11.8, "12.4": 94.3 });
      sheet.spliceRows(rowOf(sheet, "12.3"), 1);
    });
    const { code, doc } = await merge(file);
    expect(code).toBe(1);
    expect(doc.findings.filter((f) => f.code === "merge.structure")).toEqual([
      expect.objectContaining({ codes: ["12.3"], problem: expect.objectContaining({ key: "sheet.missingRow" }) }),
    ]);
    expect(doc.files[0]).toMatchObject({ filled: 3, unread: 1 });
  });

  test("known by its file name alone (agency line cleared): still only its own missing row is said", async () => {
    const file = await reply("so-y-te.xlsx", "no-agency-line", (sheet) => {
      fill(sheet, { "12.1": 98.5 });
      sheet.getCell("C3").value = null;
      sheet.getCell("D3").value = null;
      sheet.spliceRows(rowOf(sheet, "12.3"), 1);
    });
    const { code, doc } = await merge(file);
    expect(code).toBe(1);
    expect(doc.files[0]).toMatchObject({ agency: "Sở Y tế", filled: 1, unread: 1 });
    expect(doc.findings.filter((f) => f.code === "merge.structure").map((f) => f.codes)).toEqual([["12.3"]]);
  });

  test("a merged cell over Thực hiện: the covered row is named as left out", async () => {
    const file = await reply("so-y-te.xlsx", "merged-cell", (sheet) => {
      fill(sheet, { "12.1": 98.5, "12.2": 11.8 });
      sheet.mergeCells(`${ACTUAL}${rowOf(sheet, "12.2")}:${ACTUAL}${rowOf(sheet, "12.3")}`);
    });
    const { code, doc } = await merge(file);
    expect(code).toBe(1);
    expect(doc.findings.filter((f) => f.code === "merge.structure")).toEqual([
      expect.objectContaining({ codes: ["12.3"], problem: expect.objectContaining({ key: "sheet.mergedCells" }) }),
    ]);
  });

  test("figures typed on a copy of the sheet: the file holds no figures where merge reads, and the copy is named", async () => {
    const file = await reply("so-y-te.xlsx", "copied", (sheet, book) => {
      const copy = book.addWorksheet("Bản sửa");
      sheet.eachRow((row, r) => row.eachCell((cell, c) => (copy.getCell(r, c).value = cell.value)));
      for (const [code, value] of Object.entries({ "12.1": 98.5, "12.2": 11.8 }))
        copy.getCell(`${ACTUAL}${rowOf(copy, code)}`).value = value;
    });
    const { code, doc } = await merge(file);
    expect(code).toBe(1);
    expect(doc.files[0]).toMatchObject({ status: "empty", filled: 0 });
    expect(structureKeys(doc)).toEqual(["sheet.otherTemplate"]);
    expect(doc.findings.map((f) => f.code)).toContain("merge.noFigures");
    const text = await run(["merge", "mau.xlsx", file]);
    expect(text.out).toContain("(“Bản sửa”)");
    expect(text.out).toMatch(/so-y-te\.xlsx +Sở Y tế +không có số liệu/);
  });

  test("a reply sent unfilled says it holds no figures, not “không có gì mới”", async () => {
    const { code, doc } = await merge(at("gui", "so-y-te.xlsx"));
    expect(doc.files[0]).toMatchObject({ status: "empty", agency: "Sở Y tế" });
    expect(doc.findings.map((f) => f.code)).toEqual(["merge.noFigures"]);
    // Nothing it gave was left out.
    expect(code).toBe(0);
    const text = await run(["merge", "mau.xlsx", at("gui", "so-y-te.xlsx")]);
    expect(text.out).toContain("tệp không có số liệu nào ở các dòng Sở Y tế chủ trì");
    expect(text.out).not.toContain("không có gì mới");
  });

  test("a whole, well-kept reply says nothing of its structure", async () => {
    const file = await reply("so-y-te.xlsx", "clean", (sheet) => fill(sheet, { "12.1": 98.5, "12.2": 11.8 }));
    const { code, doc } = await merge(file);
    expect(code).toBe(0);
    expect(doc.findings).toEqual([]);
    expect(doc.files[0]).toMatchObject({ status: "merged", filled: 2, unread: 0 });
  });
});
