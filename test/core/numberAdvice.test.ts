/** What staff are told to type instead of a figure that is not a number (trial 19, F2a). */
import { notNumberAdvice } from "../../src/core/numberAdvice";
import { describe as describeProblem } from "../../src/core/messages";
import { readNumberText } from "../../src/core/numbers";
import { shippedCatalogue } from "../catalogue";

describe("advice after “… không phải là một số”, from what was typed", () => {
  test.each([
    ["5 xã", "hãy gõ chỉ con số 5, không kèm chữ (đơn vị đã có ở cột “Đơn vị”)"],
    // Without the row's unit, "tỷ" may be a thousand times the row's size or not: no number is offered.
    ["1.242,5 tỷ", "hãy gõ con số tính theo đơn vị ở cột “Đơn vị”, không kèm chữ"],
    ["33,6 giường", "hãy gõ chỉ con số 33,6, không kèm chữ (đơn vị đã có ở cột “Đơn vị”)"],
    ["(3)", "số âm hãy gõ dấu trừ: -3"],
    ["N/A", "nếu chưa có số liệu, hãy để trống ô"],
    ["chưa có số liệu", "nếu chưa có số liệu, hãy để trống ô"],
    ["-", "nếu chưa có số liệu, hãy để trống ô"],
    ["２５００", "hãy gõ lại bằng chữ số thường: 2500"],
    ["1 ↵ 234", "ô có hai dòng: hãy giữ một con số"],
    ["7.5.1", "hãy gõ chỉ con số, dấu phẩy trước phần thập phân, ví dụ 1.234,5"],
    ["42,0,0", "hãy gõ chỉ con số, dấu phẩy trước phần thập phân, ví dụ 1.234,5"],
    ["1e2", "hãy gõ chỉ con số, dấu phẩy trước phần thập phân, ví dụ 1.234,5"],
    ["1/2", "hãy gõ chỉ con số, dấu phẩy trước phần thập phân, ví dụ 1.234,5"],
  ])("%p: %s", (typed, advice) => {
    expect(notNumberAdvice(typed, "vi")).toBe(advice);
  });

  test("in English too, and the same advice twice in a row (no regex state carried over)", () => {
    expect(notNumberAdvice("5 xã", "en")).toBe(
      "type only the number 5, without words (the unit is in the “Đơn vị” column)"
    );
    expect(notNumberAdvice("２５", "vi")).toBe(notNumberAdvice("２５", "vi"));
  });

  test("every invalid text the trial typed is refused with advice in the message itself", () => {
    for (const typed of ["5 xã", "(3)", "N/A", "２５００", "7.5.1", "1/2", "33,6 giường"]) {
      const r = readNumberText(typed, { percentUnit: false });
      expect(r.kind).toBe("invalid");
      if (r.kind !== "invalid") continue;
      expect(describeProblem(r.problem, "vi")).toMatch(/không phải là một số; (hãy|số âm|nếu)/);
    }
  });
});

describe("advice for a number typed with words, in the row's unit (trial 23, 10)", () => {
  const unitOf = (code: string) => shippedCatalogue.byCode.get(code)?.unit?.vi;
  const advice = (code: string, typed: string, lang: "vi" | "en" = "vi") => {
    const r = readNumberText(typed, { percentUnit: false, unitName: unitOf(code) });
    if (r.kind !== "invalid") throw new Error(`${typed} read as a number`);
    return describeProblem(r.problem, lang).replace(/^.*? không phải là một số; |^.*? is not a number; /, "");
  };

  test.each([
    // A size in the words other than the row's: the figure converted, never 2,6 (a thousand times too small).
    ["06.1", "2,6 tỷ USD", "hãy gõ 2600 (tính bằng “Triệu USD”, đơn vị của dòng), không kèm chữ"],
    ["06.1", "2,6 tỷ", "hãy gõ 2600 (tính bằng “Triệu USD”, đơn vị của dòng), không kèm chữ"],
    ["05.1", "2.1k", "hãy gõ 2,1 (tính bằng “Nghìn lượt”, đơn vị của dòng), không kèm chữ"],
    ["05.1", "2100 nghìn lượt", "hãy gõ 2100 (tính bằng “Nghìn lượt”, đơn vị của dòng), không kèm chữ"],
    ["04", "5000 tỷ", "hãy gõ 5 (tính bằng “Nghìn tỷ đồng”, đơn vị của dòng), không kèm chữ"],
    ["05.2", "1.242,5 tỷ đồng", "hãy gõ 1242,5 (tính bằng “Tỷ đồng”, đơn vị của dòng), không kèm chữ"],
    // The words are the row's unit and the number alone reads as meant there.
    ["07.1", "7.485 tỷ", "hãy gõ chỉ con số 7.485, không kèm chữ (đơn vị đã có ở cột “Đơn vị”)"],
    ["06.1", "2.600 triệu", "hãy gõ chỉ con số 2.600, không kèm chữ (đơn vị đã có ở cột “Đơn vị”)"],
    ["08", "5 xã", "hãy gõ chỉ con số 5, không kèm chữ (đơn vị đã có ở cột “Đơn vị”)"],
    // No safe number: another currency, or no size where the row has one.
    ["06.1", "2,6 tỷ đồng", "hãy gõ con số tính bằng “Triệu USD” (đơn vị của dòng), không kèm chữ"],
    ["05.1", "2.100 lượt", "hãy gõ con số tính bằng “Nghìn lượt” (đơn vị của dòng), không kèm chữ"],
    ["05.2", "2100đ", "hãy gõ con số tính bằng “Tỷ đồng” (đơn vị của dòng), không kèm chữ"],
  ])("%s “%s”: %s", (code, typed, expected) => expect(advice(code, typed)).toBe(expected));

  test("in English too", () => {
    expect(advice("06.1", "2,6 tỷ USD", "en")).toBe("type 2600 (in “Triệu USD”, the row's unit), without words");
    expect(advice("06.1", "2,6 tỷ đồng", "en")).toBe("type the figure in “Triệu USD” (the row's unit), without words");
  });
});

describe("characters that show nothing, pasted from a web page or a PDF", () => {
  test.each([
    ["5\u200b", 5],
    ["\u200e1.234,5", 1234.5],
    ["2.\u200b550", 2550],
    ["\ufeff7,5\u2060", 7.5],
    ["3\u00ad742", 3742],
  ])("%p reads as what it looks like: %p", (typed, value) => {
    const r = readNumberText(typed, { percentUnit: false });
    expect(r).toEqual(expect.objectContaining({ kind: "number", value }));
  });

  test("a text that is still no number is quoted as it looks, without them", () => {
    const r = readNumberText("5\u200b xã", { percentUnit: false });
    expect(r.kind === "invalid" && describeProblem(r.problem, "vi")).toMatch(/^“5 xã” không phải là một số; /);
  });
});
