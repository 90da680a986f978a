/**
 * Trial 19, F2b/F2c and merge: on real .xlsx files, `~5` and `33,` typed as text are read and said beside the
 * row (text and --json), and merge writes what validate doubts exactly as typed and lists it "cần xem lại".
 */

import * as fs from "fs";
import { cliWorkspace, letterOf } from "./run";
import { editXlsx, readXlsx, rowOfCode, type XmlCell } from "./xlsxXml";

const letter = letterOf;
const [ACTUAL, CODE] = [letter("actual"), letter("code")];

// Each test runs the command line a few times on real files: on a busy machine that takes seconds.
jest.setTimeout(60_000);

const { run, at } = cliWorkspace("number-doubts");

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
      "Kiểm tra lại chỉ tiêu 15.1.2, cột “Thực hiện”: đã hiểu “~5” là 5; hãy gõ chỉ con số, không kèm “~” (nếu cần, ghi “số ước tính” ở cột “Ghi chú”)."
    );
    expect(text.out).toContain("Kiểm tra lại chỉ tiêu 12.3, cột “Thực hiện”: đã hiểu “33,” là 33, bỏ dấu “,” ở cuối");
    const json = JSON.parse((await run(["validate", "doan.xlsx", "--json"])).out).files[0];
    expect(json.rows.find((r: { code: string }) => r.code === "15.1.2")).toMatchObject({
      status: "met",
      toCheck: true,
      actualText: "~5",
      value: 5,
    });
    // a program reading --json tells the doubted rows apart, as the text does, without guessing from findings
    expect(json.toCheck).toEqual(expect.arrayContaining(["15.1.2", "12.3"]));
    expect(json.rows.find((r: { code: string }) => r.code === "01")?.toCheck).toBe(false);
    expect(json.shownTotals.toCheck).toBe(json.toCheck.length);
    // each row counted once: 15.1.2 ("met") moved out of "met" into "toCheck"
    const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    expect(sum(json.shownTotals)).toBe(sum(json.totals));
    expect(json.shownTotals.met).toBeLessThan(json.totals.met);
    const doubts = json.findings.filter((f: { code: string }) => f.code === "plausibility.doubt");
    expect(doubts.map((f: { rows: string[] }) => f.rows)).toEqual([["12.3"], ["15.1.2"]]);
    expect(doubts[1].messages.en).toBe(
      "Check indicator 15.1.2, column “Thực hiện”: “~5” was read as 5; type the number alone, without “~” (if need be, write “estimate” in the “Ghi chú” column)."
    );
  });
});

describe("merge: what validate doubts is written as typed and listed to review", () => {
  test("“4,500” ha and “~5” stay text in the merged copy, each listed with its reason; “11,6” goes in as 11.6", async () => {
    fs.mkdirSync(at("ve"));
    for (const name of ["so-nong-nghiep-va-phat-trien-nong-thon.xlsx", "cong-an-tinh.xlsx", "so-y-te.xlsx"]) {
      fs.copyFileSync(at("gui", name), at("ve", name));
    }
    await typeInto(at("ve", "so-nong-nghiep-va-phat-trien-nong-thon.xlsx"), [["16.1", "4,500"]]);
    await typeInto(at("ve", "cong-an-tinh.xlsx"), [["15.1.2", "~5"]]);
    await typeInto(at("ve", "so-y-te.xlsx"), [["12.2", "11,6"]]);

    const r = await run(["merge", "mau.xlsx", "ve", "--write", "gop.xlsx"]);
    expect(r.err).toBe("");
    expect(r.out).toContain(
      "chỉ tiêu 16.1, cột “Thực hiện”: (trống) → “4,500”, ghi đúng như đã gõ (không đổi thành số); cần xem lại: “4,500” đã hiểu là 4,5; nếu ý là 4.500 hãy nhập 4500."
    );
    expect(r.out).toContain("chỉ tiêu 15.1.2, cột “Thực hiện”: (trống) → “~5”, ghi đúng như đã gõ");

    const { cells } = await readXlsx(at("gop.xlsx"));
    const actual = (code: string) => cells.get(`${ACTUAL}${rowOfCode(cells, code, CODE)}`);
    expect(actual("16.1")).toBe("4,500");
    expect(actual("15.1.2")).toBe("~5");
    expect(actual("12.2")).toBe(11.6);
    const log = (await readXlsx(at("gop.xlsx"), "Nhật ký cập nhật")).cells;
    expect(log.get("I1")).toBe("Cần xem lại");
    const review = [2, 3, 4].map((n) => [log.get(`D${n}`), log.get(`I${n}`)]);
    expect(review).toEqual([
      ["12.2", undefined],
      ["15.1.2", expect.stringMatching(/^Cần xem lại: đã hiểu “~5” là 5;/)],
      ["16.1", "Cần xem lại: “4,500” đã hiểu là 4,5; nếu ý là 4.500 hãy nhập 4500"],
    ]);

    const json = JSON.parse((await run(["merge", "mau.xlsx", "ve", "--json", "--lang", "en"])).out);
    const listed = json.findings.filter((f: { code: string }) => f.code === "merge.review");
    expect(listed.map((f: { indicator: string; severity: string }) => [f.indicator, f.severity])).toEqual([
      ["15.1.2", "warning"],
      ["16.1", "warning"],
    ]);
    expect(listed[1].message).toContain("to review: “4,500” was read as 4.5; if you meant 4,500, type 4500.");

    // The merged copy, checked, still states both doubts: nothing looks certain that was not.
    const checked = JSON.parse((await run(["validate", "gop.xlsx", "--json"])).out).files[0];
    const codes = checked.findings
      .filter((f: { code: string }) => f.code.startsWith("plausibility."))
      .map((f: { code: string; rows: string[] }) => `${f.code} ${f.rows[0]}`);
    expect(codes).toEqual(expect.arrayContaining(["plausibility.doubt 15.1.2", "plausibility.ambiguous 16.1"]));
  });
});
