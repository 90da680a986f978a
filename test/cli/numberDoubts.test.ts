/**
 * Trial 19, F2b/F2c and merge: on real .xlsx files, `~5` and `33,` typed as text are read and said beside the
 * row (text and --json).
 */

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { COLUMNS, columnLetter } from "../../src/template";
import { runCli } from "./run";
import { editXlsx, readXlsx, rowOfCode, type XmlCell } from "./xlsxXml";

const letter = (key: string) => columnLetter(COLUMNS.findIndex((c) => c.key === key));
const [ACTUAL, CODE] = [letter("actual"), letter("code")];

// Each test runs the command line a few times on real files: on a busy machine that takes seconds.
jest.setTimeout(60_000);

const work = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-number-doubts-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const run = (args: string[]) => runCli(args, work);
const at = (...parts: string[]) => path.join(work, ...parts);

async function typeInto(file: string, figures: [string, XmlCell][]): Promise<void> {
  const { cells } = await readXlsx(file);
  await editXlsx(file, Object.fromEntries(figures.map(([code, v]) => [`${ACTUAL}${rowOfCode(cells, code, CODE)}`, v])));
}

beforeAll(async () => {
  expect((await run(["template", "--out", "mau.xlsx"])).code).toBe(0);
  expect((await run(["split", "mau.xlsx", "--out", "gui"])).code).toBe(0);
});

describe("validate: a guessed reading is said, in the text and in --json", () => {
  test("“~5” in 15.1.2 is met and says it was read as 5; “33,” in 12.3 says the separator was dropped", async () => {
    fs.copyFileSync(at("mau.xlsx"), at("doan.xlsx"));
    await typeInto(at("doan.xlsx"), [
      ["15.1.2", "~5"],
      ["12.3", "33,"],
    ]);
    const text = await run(["validate", "doan.xlsx"]);
    expect(text.code).toBe(0);
    expect(text.out).toContain(
      "Kiểm tra lại chỉ tiêu 15.1.2, cột “Thực hiện”: đã hiểu “~5” là 5; nếu là số ước tính, hãy ghi ở cột “Ước thực hiện cả năm” và gõ chỉ con số, không kèm “~”."
    );
    expect(text.out).toContain("Kiểm tra lại chỉ tiêu 12.3, cột “Thực hiện”: đã hiểu “33,” là 33, bỏ dấu “,” ở cuối");
    const json = JSON.parse((await run(["validate", "doan.xlsx", "--json"])).out).files[0];
    expect(json.rows.find((r: { code: string }) => r.code === "15.1.2")).toMatchObject({
      status: "met",
      actualText: "~5",
      value: 5,
    });
    const doubts = json.findings.filter((f: { code: string }) => f.code === "plausibility.doubt");
    expect(doubts.map((f: { rows: string[] }) => f.rows)).toEqual([["12.3"], ["15.1.2"]]);
    expect(doubts[1].messages.en).toBe(
      "Check indicator 15.1.2, column “Thực hiện”: “~5” was read as 5; if it is an estimate, put it in the “Ước thực hiện cả năm” column and type the number alone, without “~”."
    );
  });
});
