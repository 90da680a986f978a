/** The command line and the period cell: staff's spellings, another year, an unreadable period, --period (trial 23). */

import ExcelJS from "exceljs";
import * as fs from "fs";
import { template } from "../report/sheets";
import { cliWorkspace, runCli } from "./run";

const { run, at, work } = cliWorkspace("periods");
const runEn = (args: string[]) => runCli(args, work, { LANG: "en_US.UTF-8" });

/** The shipped template saved with its period cell saying `period` and 12.2 filled. */
async function fileSaying(name: string, period: string): Promise<string> {
  const blank = at("blank.xlsx");
  if (!fs.existsSync(blank)) expect((await run(["template", "--out", blank])).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(blank);
  const ws = wb.worksheets[0];
  ws.getCell(template.periodCell.row + 1, template.periodCell.col + 1).value = period;
  ws.getCell(template.rowCodes.indexOf("12.2") + 1, 6).value = 10.1;
  await wb.xlsx.writeFile(at(name));
  return at(name);
}

const json = async (args: string[]) => JSON.parse((await run([...args, "--json"])).out);

describe("validate reads the period as staff write it", () => {
  test.each([
    ["9 tháng đầu năm (2024)", "9M"],
    ["Chín tháng đầu năm", "9M"],
    ["09 tháng", "9M"],
    ["3 tháng đầu năm", "Q1"],
    ["Quí I", "Q1"],
    ["06 tháng đầu năm", "H1"],
  ])("%p is judged as %s, with no period warning", async (text, period) => {
    const file = await fileSaying(`p-${period}.xlsx`, text);
    const result = (await json(["validate", file])).files[0];
    expect(result.period).toBe(period);
    expect(result.findings.map((f: { code: string }) => f.code).filter((c: string) => c.startsWith("period."))).toEqual(
      []
    );
  });

  test("--period takes the same spellings", async () => {
    const file = await fileSaying("h1.xlsx", "6 tháng");
    expect((await json(["validate", file, "--period", "Chín tháng đầu năm"])).files[0].period).toBe("9M");
    expect((await json(["validate", file, "--period", "Quí I"])).files[0].period).toBe("Q1");
  });

  test("another year in the period cell is warned before the figures", async () => {
    const file = await fileSaying("old.xlsx", "6 tháng năm 2023");
    const { code, err } = await run(["validate", file]);
    expect(code).toBe(0);
    expect(err).toMatch(
      /kỳ báo cáo ghi “6 tháng năm 2023” \(năm 2023\), nhưng số liệu được đánh giá theo chỉ tiêu năm 2024/
    );
  });

  test("--period other than the sheet's is said in one line (trial 23, 16)", async () => {
    const file = await fileSaying("six.xlsx", "6 tháng");
    const { err } = await run(["validate", file, "--period", "9 tháng"]);
    expect(err.split("\n").filter((l) => l.includes("--period"))).toEqual([
      `${file}: cảnh báo: Trang “Chỉ tiêu 2024” ghi kỳ báo cáo “6 tháng”; số liệu được đánh giá theo kỳ 9 tháng như lệnh yêu cầu (--period).`,
    ]);
    expect((await run(["validate", file, "--period", "6 tháng"])).err).not.toMatch(/--period/);
  });
});

test("--period with --write keeps the year the period cell named", async () => {
  const file = await fileSaying("old-write.xlsx", "6 tháng đầu năm 2023");
  const out = at("old-write-checked.xlsx");
  expect((await run(["validate", file, "--period", "9T", "--write", out])).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect(wb.worksheets[0].getCell(template.periodCell.row + 1, template.periodCell.col + 1).value).toBe(
    "9 tháng đầu năm 2023"
  );
});

test("--period naming the year is written with that year, over the year the cell named", async () => {
  const file = await fileSaying("old-q1.xlsx", "Quý I năm 2023");
  const out = at("old-q1-checked.xlsx");
  expect((await run(["validate", file, "--period", "6 tháng đầu năm 2024", "--write", out])).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect(wb.worksheets[0].getCell(template.periodCell.row + 1, template.periodCell.col + 1).value).toBe(
    "6 tháng đầu năm 2024"
  );
});

describe("report on a period it cannot read (trial 23, 15)", () => {
  test("is refused, saying how to set the period, and writes nothing", async () => {
    const file = await fileSaying("q2.xlsx", "Quý II");
    const out = at("q2.docx");
    const { code, err } = await run(["report", file, "--docx", out]);
    expect(code).toBe(2);
    // The words of the pane's refusal (src/report/plan.ts), and the command line's own way out.
    expect(err).toContain(
      `Lỗi: ${file}: Chưa lập báo cáo: ô kỳ báo cáo D4 của trang “Chỉ tiêu 2024” ghi “Quý II”, không phải một kỳ báo cáo, nên không biết đây là báo cáo kỳ nào.`
    );
    expect(err).toContain("Hãy ghi kỳ báo cáo vào ô D4, ví dụ “6 tháng đầu năm 2024”");
    expect(err).toContain('--period "6 tháng"');
    expect(fs.existsSync(out)).toBe(false);
  });

  test("in English too", async () => {
    const file = await fileSaying("q2en.xlsx", "Quý II");
    const { err } = await runEn(["report", file, "--docx", at("q2en.docx")]);
    expect(err).toContain(
      "No report was made: the reporting period cell D4 of sheet “Chỉ tiêu 2024” says “Quý II”, which is not a reporting period"
    );
  });

  test("is made for the period --period names", async () => {
    const file = await fileSaying("q2b.xlsx", "Quý II");
    const out = at("q2b.docx");
    const { code } = await run(["report", file, "--docx", out, "--period", "6 tháng"]);
    expect(code).toBe(0);
    expect(fs.existsSync(out)).toBe(true);
  });
});

describe("report on a period of another year", () => {
  test("is refused, --period or not, naming both years, and writes nothing", async () => {
    const file = await fileSaying("y2023.xlsx", "6 tháng đầu năm 2023");
    const out = at("y2023.xlsx.out.xlsx");
    for (const extra of [[], ["--period", "6 tháng"]]) {
      const { code, err } = await run(["report", file, "--write", out, ...extra]);
      expect(code).toBe(2);
      expect(err).toContain(
        "Chưa lập báo cáo: ô kỳ báo cáo D4 của trang “Chỉ tiêu 2024” ghi “6 tháng đầu năm 2023”, là năm 2023, nhưng chỉ tiêu là của năm 2024."
      );
      expect(err).toContain("hãy sửa ô D4, ví dụ thành “6 tháng đầu năm 2024”");
      // --period cannot change the year the figures are of: it is not offered.
      expect(err).not.toContain("--period");
      expect(fs.existsSync(out)).toBe(false);
    }
  });
});

describe("--period naming a year", () => {
  test.each([["validate"], ["report"], ["template"]])("%s: another year is a usage error (exit 1)", async (command) => {
    const file = await fileSaying(`arg-${command}.xlsx`, "6 tháng");
    const args =
      command === "template"
        ? ["template", "--out", at("t2023.xlsx")]
        : command === "report"
          ? ["report", file, "--docx", at("r2023.docx")]
          : ["validate", file];
    const { code, err } = await run([...args, "--period", "6 tháng năm 2023"]);
    expect(code).toBe(1);
    expect(err).toContain(
      '--period “6 tháng năm 2023” là kỳ của năm 2023, nhưng chỉ tiêu là của năm 2024: số liệu chỉ được đánh giá theo chỉ tiêu năm 2024. Hãy bỏ năm đi hoặc ghi năm 2024, ví dụ --period "6 tháng đầu năm 2024".'
    );
    expect(fs.existsSync(at("t2023.xlsx")) || fs.existsSync(at("r2023.docx"))).toBe(false);
  });

  test("in English; a year without a period is refused for its year first", async () => {
    const file = await fileSaying("arg-en.xlsx", "6 tháng");
    const { code, err } = await runEn(["validate", file, "--period", "Quý II/2023"]);
    expect(code).toBe(1);
    expect(err).toContain("--period “Quý II/2023” is a 2023 period, but the targets are 2024's");
    expect(err).toContain('e.g. --period "6 tháng đầu năm 2024"');
  });

  test("the catalogue's own year is taken, as the period cell takes it", async () => {
    const file = await fileSaying("arg-ok.xlsx", "6 tháng");
    expect((await json(["validate", file, "--period", "9 tháng đầu năm 2024"])).files[0].period).toBe("9M");
    const out = at("arg-ok.docx");
    expect((await run(["report", file, "--docx", out, "--period", "Quý I/2024"])).code).toBe(0);
    expect(fs.existsSync(out)).toBe(true);
  });
});
