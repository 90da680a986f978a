/**
 * A file saved set to Manual calculation (`<calcPr calcMode="manual"/>`): the results stored in its formula cells may
 * be older than their parts (07.1 = F…+F… kept at 3 600 after 07.1.1 went to 1 500). No program here calculates
 * Excel's formulas, so validate, status and report name the judged rows that are formulas, in text and in --json.
 */

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import Ajv from "ajv";
import JSZip from "jszip";
import schema from "../../docs/cli-json.schema.json";
import { COLUMNS, columnLetter } from "../../src/template";
import { runCli } from "./run";
import { editXlsx, readXlsx, rowOfCode } from "./xlsxXml";
import { setCells } from "./xlsxStyles";

jest.setTimeout(120_000);

const letter = (key: string) => columnLetter(COLUMNS.findIndex((c) => c.key === key));
const [ACTUAL, CODE] = [letter("actual"), letter("code")];
const work = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-calcmode-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const run = (args: string[]) => runCli(args, work);
const at = (name: string) => path.join(work, name);

/** Sets workbook.xml's calculation mode, as Excel saves Formulas › Calculation Options. */
async function saveWithCalcMode(file: string, mode: "manual" | "auto"): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  const calcPr = `<calcPr calcId="191029" calcMode="${mode}"/>`;
  const changed = /<calcPr\b[^>]*\/>/.test(xml)
    ? xml.replace(/<calcPr\b[^>]*\/>/, calcPr)
    : xml.replace("</workbook>", `${calcPr}</workbook>`);
  zip.file("xl/workbook.xml", changed);
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** A filled template: 07.1.1 = 1 500, 07.1.2 = 2 500, and 07.1 = their sum (a formula) holding the stale 3 600. */
async function filled(name: string, mode: "manual" | "auto", totalIsFormula = true): Promise<string> {
  const file = at(name);
  expect((await run(["template", "--out", name])).code).toBe(0);
  const { cells } = await readXlsx(file);
  const cell = (code: string) => `${ACTUAL}${rowOfCode(cells, code, CODE)}`;
  await editXlsx(file, { [cell("07.1.1")]: 1500, [cell("07.1.2")]: 2500 });
  const total = totalIsFormula ? { formula: `${cell("07.1.1")}+${cell("07.1.2")}`, value: 3600 } : { value: 4000 };
  await setCells(file, { [cell("07.1")]: total });
  await saveWithCalcMode(file, mode);
  return file;
}

interface Shown {
  code: string;
  rows: string[];
  message: string;
}

describe("a file saved set to manual calculation", () => {
  beforeAll(async () => {
    await filled("thu-cong.xlsx", "manual");
  });

  test("validate warns on the terminal, naming 07.1, the judged row that is a formula", async () => {
    const r = await run(["validate", "thu-cong.xlsx"]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("thu-cong.xlsx: cảnh báo: Tệp được lưu ở chế độ tính thủ công");
    expect(r.err).toContain("chỉ tiêu 07.1 có thể đã cũ");
    expect(r.err).toContain("Ctrl+Alt+F9");
  });

  test("validate --json carries the warning with its rows, in the chosen language", async () => {
    const doc = JSON.parse((await run(["validate", "thu-cong.xlsx", "--json", "--lang", "en"])).out);
    // Within the JSON contract (docs/cli-json.schema.json).
    expect(new Ajv({ strict: false }).compile(schema)(doc)).toBe(true);
    const warning = (doc.files[0].findings as Shown[]).find((f) => f.code === "sheet.manualCalculation");
    expect(warning).toMatchObject({ severity: "warning", rows: ["07.1"] });
    expect(warning?.message).toContain("saved set to manual calculation");
  });

  test("status says it on the terminal and in --json (warnings)", async () => {
    const text = await run(["status", "thu-cong.xlsx", "--today", "2024-07-10"]);
    expect(text.code).toBe(0);
    expect(text.err).toContain("chỉ tiêu 07.1 có thể đã cũ");
    const doc = JSON.parse((await run(["status", "thu-cong.xlsx", "--today", "2024-07-10", "--json"])).out);
    expect(doc.warnings).toEqual([expect.objectContaining({ code: "sheet.manualCalculation", rows: ["07.1"] })]);
  });

  test("report says it on the terminal and among the report's own warnings", async () => {
    const r = await run(["report", "thu-cong.xlsx", "--write", "bao-cao.xlsx", "--date", "2024-07-10"]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("chỉ tiêu 07.1 có thể đã cũ");
    const { cells } = await readXlsx(at("bao-cao.xlsx"), "Báo cáo 6 tháng");
    expect([...cells.values()].some((v) => String(v).includes("chỉ tiêu 07.1 có thể đã cũ"))).toBe(true);
    // 07.1's stored 3 600 is not stated as a fact: it is listed to check, and its table row says so.
    const texts = [...cells.values()].map(String);
    expect(texts).toContain(
      "- 07.1 Tổng thu ngân sách nhà nước trên địa bàn: bảng tính đặt tính thủ công, kết quả công thức có thể đã cũ."
    );
    expect(texts.some((v) => /^- Tổng thu ngân sách nhà nước trên địa bàn \(kế hoạch năm/.test(v))).toBe(false);
  });

  test("the same file calculating by itself (auto) says nothing of it", async () => {
    await filled("tu-dong.xlsx", "auto");
    const r = await run(["validate", "tu-dong.xlsx", "--json"]);
    expect(r.out).not.toContain("sheet.manualCalculation");
    expect(r.err).not.toContain("thủ công");
  });

  test("manual, but no judged figure is a formula: nothing can be stale, nothing is said", async () => {
    await filled("thu-cong-so.xlsx", "manual", false);
    const r = await run(["validate", "thu-cong-so.xlsx", "--json"]);
    expect(r.out).not.toContain("sheet.manualCalculation");
  });
});
