/**
 * Trial 20, finding 6: an invalid `Cùng kỳ năm trước` was warned about by `report` only. On a real .xlsx file,
 * validate (text and --json) and report now give the one warning the core makes, and “4,500” there is doubted.
 */

import * as path from "path";
import { cliWorkspace, letterOf } from "./run";
import { editXlsx, readXlsx, rowOfCode } from "./xlsxXml";

const letter = letterOf;
const [ACTUAL, LAST_YEAR, CODE] = [letter("actual"), letter("lastYear"), letter("code")];

jest.setTimeout(60_000);

const { work, run } = cliWorkspace("last-year");

const WARNING =
  "Chỉ tiêu 16.1, cột “Cùng kỳ năm trước”: giá trị “4060 ha” không hợp lệ: “4060 ha” không phải là một số; hãy gõ chỉ con số 4060, không kèm chữ (đơn vị đã có ở cột “Đơn vị”); chưa so sánh với cùng kỳ.";
const AMBIGUOUS =
  "Kiểm tra lại chỉ tiêu 05.1, cột “Cùng kỳ năm trước”: “4,500” đã hiểu là 4,5; nếu ý là 4.500 hãy nhập 4500.";

beforeAll(async () => {
  expect((await run(["template", "--out", "t3.xlsx", "--period", "6 tháng"])).code).toBe(0);
  const file = path.join(work, "t3.xlsx");
  const { cells } = await readXlsx(file);
  const at = (column: string, code: string) => `${column}${rowOfCode(cells, code, CODE)}`;
  await editXlsx(file, {
    [at(ACTUAL, "16.1")]: 4060,
    [at(LAST_YEAR, "16.1")]: "4060 ha",
    [at(ACTUAL, "05.1")]: 2100,
    [at(LAST_YEAR, "05.1")]: "4,500",
  });
});

describe("Cùng kỳ năm trước: the same warning from every door", () => {
  test("validate says it beside the row and among the warnings; the row keeps its status", async () => {
    const r = await run(["validate", "t3.xlsx"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`    - ${WARNING}`);
    expect(r.out).toContain(`    - ${AMBIGUOUS}`);
    expect(r.out).toMatch(/16\.1 +Trồng rừng mới +4\.060 \/ cần 4\.500 +45,1% +Không đạt · kiểm tra lại/);
  });

  test("validate --json holds it as a finding of the row, in both languages", async () => {
    const json = JSON.parse((await run(["validate", "t3.xlsx", "--json"])).out).files[0];
    const finding = json.findings.find((f: { code: string }) => f.code === "plausibility.lastYearInvalid");
    expect(finding).toMatchObject({ severity: "warning", rows: ["16.1"], message: WARNING });
    expect(finding.messages.en).toMatch(/^Indicator 16\.1, column “Cùng kỳ năm trước”: the value “4060 ha” is invalid/);
    expect(json.findings.find((f: { code: string }) => f.code === "plausibility.ambiguous").message).toBe(AMBIGUOUS);
    expect(json.rows.find((row: { code: string }) => row.code === "16.1").status).toBe("offTrack");
  });

  test("report says each once, shortly, for the director who reads it: what was typed, and that it was not compared", async () => {
    const r = await run(["report", "t3.xlsx", "--write", "R.xlsx"]);
    expect(r.code).toBe(0);
    const said = `${r.out}\n${r.err}`;
    const short16 = "Chỉ tiêu 16.1: số liệu cùng kỳ năm trước “4060 ha” cần xác minh; chưa so sánh với cùng kỳ.";
    expect(said.split(short16)).toHaveLength(2);
    expect(said).toContain("Chỉ tiêu 05.1: số liệu cùng kỳ năm trước “4,500” cần xác minh; chưa so sánh với cùng kỳ.");
    // the clerk's typing advice is validate's to give (trial 21)
    expect(said).not.toContain(WARNING);
    expect(said).not.toContain(AMBIGUOUS);
  });
});
