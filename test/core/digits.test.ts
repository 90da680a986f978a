import shipped from "../../assets/catalogues/lang-son-2024.json";
import { evaluateSheet, loadCatalogue, type Catalogue } from "../../src/core";
import { describe as describeProblem } from "../../src/core/messages";
import { readNumber, readValue, significantDigits } from "../../src/core/numbers";

const loaded = loadCatalogue(shipped);
const catalogue = (loaded.ok ? loaded.catalogue : undefined) as Catalogue;
const plain = { percentUnit: false };

describe("a figure longer than a double holds is invalid, with its reason", () => {
  test.each([
    ["123456789012345", 15],
    ["1.000.000.000.000.000.000", 1],
    ["0,0000000000000000012", 2],
    ["1.234.567.890.123,45", 15],
  ])("%s has %i significant digits and is read", (text, digits) => {
    expect(significantDigits(text)).toBe(digits);
    expect(readNumber(text, undefined, plain).kind).toBe("number");
    expect(typeof readValue(text, undefined, false, undefined)).toBe("number");
  });

  test.each([
    ["1234567890123456", 16],
    ["1.234.567.890.123,456", 16],
    ["9".repeat(32_767), 32_767],
    [`1${"0".repeat(400)}`, 401],
  ])("%#: too many digits, invalid on every path (readNumber, readValue)", (text, digits) => {
    const reading = readNumber(text, undefined, plain);
    expect(reading).toMatchObject({ kind: "invalid", problem: { key: "number.tooManyDigits", params: { digits } } });
    const value = readValue(text, undefined, false, undefined);
    expect(typeof value).toBe("object");
    if (reading.kind === "invalid") {
      const message = describeProblem(reading.problem, "vi");
      expect(message).toMatch(/chữ số có nghĩa, quá 15 chữ số/);
      expect(message.length).toBeLessThan(140); // a 32,767-digit text is not repeated in the message
    }
  });

  test.each([Infinity, -Infinity, NaN])("the number cell %s is invalid", (n) => {
    expect(readNumber(n, undefined, plain).kind).toBe("invalid");
  });

  test("a 32,767-digit Thực hiện is judged invalid, not Vượt kế hoạch", () => {
    const evaluation = evaluateSheet(catalogue, new Map([["05.1", { actual: { value: "9".repeat(32_767) } }]]), {
      period: "FY",
      tolerance: 0.05,
    });
    expect(evaluation.row("05.1")?.status).toBe("invalid");
  });
});
