import * as fs from "fs";
import * as path from "path";
import shipped from "../../assets/catalogues/lang-son-2024.json";
import { loadCatalogue, loadSchemaValidCatalogue, parseCatalogue } from "../../src/core/catalogue";
import { shippedCatalogue } from "../../src/ui/shippedCatalogue";
import { describe as describeProblem, type Problem } from "../../src/core/messages";
import { parseTarget } from "../../src/core/targets";
import type { CatalogueFile, Indicator } from "../../src/core/types";

// A verbatim copy of the project's reference table (targets-2024.md), kept beside the tests so that
// the check runs from any clone; the last test compares it with the reference when that is present.
const FIXTURE = path.join(__dirname, "../fixtures/targets-2024.md");
const reference = fs.readFileSync(FIXTURE, "utf8");

function tableAfter(markdown: string, heading: string): string[][] {
  const lines = markdown.split("\n");
  const start = lines.findIndex((l) => l.startsWith(heading));
  const rows: string[][] = [];
  let inTable = false;
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith("|")) {
      inTable = true;
      rows.push(
        line
          .split("|")
          .slice(1, -1)
          .map((c) => c.trim())
      );
    } else if (inTable) break;
  }
  return rows.slice(2); // header and separator
}

const specRows = tableAfter(reference, "## Rows");
const agencyRows = tableAfter(reference, "## Lead agency");
const catalogue = shipped as unknown as CatalogueFile;
const byCode = new Map(catalogue.indicators.map((i) => [i.code, i]));

function specTarget(cell: string): { min: number; max: number } | undefined {
  if (cell === "") return undefined;
  const numbers = cell
    .replace("≥", "")
    .split("–")
    .map((s) => Number(s.trim()));
  return { min: numbers[0], max: numbers[numbers.length - 1] };
}

describe("the shipped catalogue matches targets-2024.md row by row", () => {
  test("38 rows, in the same order", () => {
    expect(specRows).toHaveLength(38);
    expect(catalogue.indicators.map((i) => i.code)).toEqual(specRows.map((r) => r[0]));
  });

  test.each(specRows)("%s", (code, nameVi, nameEn, unit, target, kind, cum) => {
    const indicator = byCode.get(code) as Indicator;
    expect(indicator.name.vi).toBe(nameVi);
    if (kind === "heading") expect(nameEn.startsWith(indicator.name.en)).toBe(true);
    else expect(indicator.name.en).toBe(nameEn);
    expect(indicator.kind).toBe(kind);
    if (unit === "") expect(indicator.unit).toBeUndefined();
    else {
      const paren = /^(.*?) \((.*)\)$/.exec(unit);
      const vi = paren ? paren[1] : unit.startsWith("%") ? "%" : unit;
      // The table gives the English unit in brackets, or only for percentages.
      const en = paren ? paren[2] : unit.startsWith("%") ? unit : undefined;
      expect(indicator.unit?.vi).toBe(vi);
      if (en !== undefined) expect(indicator.unit?.en.toLowerCase()).toBe(en.toLowerCase());
    }
    const bounds = specTarget(target);
    if (bounds === undefined) expect(indicator.target).toBeUndefined();
    else {
      expect(indicator.target).toMatchObject(bounds);
      const parsed = parseTarget(indicator.target?.text ?? "");
      expect(parsed.ok && { min: parsed.target.min, max: parsed.target.max }).toEqual(bounds);
    }
    expect(indicator.cumulative).toBe(cum === "yes" ? true : cum === "no" ? false : undefined);
  });

  function codesFor(selector: string): string[] {
    const codes: string[] = [];
    for (const token of selector.replace(/\(.*?\)/g, "").split(",")) {
      const t = token.trim();
      const range = /^(\d+)–(\d+)$/.exec(t);
      for (const indicator of catalogue.indicators) {
        const group = Number(indicator.code.split(".")[0]);
        const matches = range
          ? group >= Number(range[1]) && group <= Number(range[2])
          : t.endsWith(".x")
            ? indicator.code.startsWith(t.slice(0, -1))
            : indicator.code === t || indicator.code.startsWith(`${t}.`);
        if (matches) codes.push(indicator.code);
      }
    }
    return codes;
  }

  test("every row has its lead and coordinating agencies", () => {
    const covered = new Set<string>();
    for (const [selector, lead, coordinating] of agencyRows) {
      const codes = codesFor(selector);
      expect(codes.length).toBeGreaterThan(0);
      for (const code of codes) {
        covered.add(code);
        expect([code, byCode.get(code)?.lead]).toEqual([code, lead.split("; ")]);
        expect([code, byCode.get(code)?.coordinating]).toEqual([code, coordinating.split("; ")]);
      }
    }
    expect([...covered].sort()).toEqual(catalogue.indicators.map((i) => i.code).sort());
  });

  test("value types follow catalogue-format.md", () => {
    const expected: Record<string, string[]> = {
      change: ["01", "06.2", "14", "15.1", "15.1.1", "15.1.2", "15.1.3", "15.2"],
      count: ["08", "10"],
      quantity: ["03", "04", "05.1", "05.2", "06.1", "07.1", "07.1.1", "07.1.2", "07.2", "12.2", "12.3", "16.1"],
    };
    for (const indicator of catalogue.indicators) {
      if (indicator.kind === "heading") {
        expect(indicator.valueType).toBeUndefined();
        continue;
      }
      const type = Object.keys(expected).find((t) => expected[t].includes(indicator.code)) ?? "percent";
      expect([indicator.code, indicator.valueType]).toEqual([indicator.code, type]);
    }
  });

  test("groups, parents and rules", () => {
    expect(catalogue.indicators.filter((i) => i.parent === "02").map((i) => i.code)).toEqual([
      "02.1",
      "02.2",
      "02.3",
      "02.4",
    ]);
    expect(catalogue.indicators.filter((i) => i.parent === "15.1").map((i) => i.code)).toEqual([
      "15.1.1",
      "15.1.2",
      "15.1.3",
    ]);
    const groups = catalogue.indicators.filter((i) => i.group !== undefined).map((i) => Number(i.group));
    expect(groups).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    expect(catalogue.rules).toEqual([
      { id: "economic-structure-sum", kind: "sum", of: ["02.1", "02.2", "02.3", "02.4"], equals: 100, tolerance: 0.5 },
      { id: "budget-revenue-sum", kind: "sum", of: ["07.1.1", "07.1.2"], equalsCode: "07.1", relativeTolerance: 0.005 },
    ]);
    expect(catalogue.decision).toEqual({ number: "136/QĐ-UBND", date: "2024-01-19", issuer: "UBND tỉnh Lạng Sơn" });
  });

  const spec = path.join(__dirname, "../../../shared/spec/targets-2024.md");
  (fs.existsSync(spec) ? test : test.skip)("the fixture is still the reference table", () => {
    expect(reference).toBe(fs.readFileSync(spec, "utf8"));
  });
});

function clone(): CatalogueFile {
  return JSON.parse(JSON.stringify(shipped)) as CatalogueFile;
}

function messages(problems: Problem[]): string[] {
  return problems.map((p) => describeProblem(p, "vi"));
}

describe("loadCatalogue", () => {
  test("loads the shipped catalogue and indexes it", () => {
    const result = loadCatalogue(shipped);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.catalogue.byCode.get("07.2")?.target?.min).toBe(14040.8);
    expect(result.catalogue.children.get("15.1")?.map((i) => i.code)).toEqual(["15.1.1", "15.1.2", "15.1.3"]);
    expect(result.catalogue.leadAgencies).toHaveLength(13);
    expect(result.catalogue.leadAgencies[0]).toBe("Sở Kế hoạch và Đầu tư");
  });

  test("the bundles' catalogue, indexed without checks, is the shipped file as the full loader loads it", () => {
    // The bundles trust the shipped file because this suite loads it through every check (test/catalogue.ts).
    const full = loadCatalogue(shipped);
    expect(full.ok).toBe(true);
    if (!full.ok) return;
    expect(shippedCatalogue()).toEqual(full.catalogue);
    // The loader behind loadCatalogue still makes the checks a schema cannot.
    const broken = clone();
    broken.indicators.push({ ...broken.indicators[1] });
    const result = loadSchemaValidCatalogue(broken);
    expect(result.ok).toBe(false);
  });

  test("text that is not JSON", () => {
    const result = parseCatalogue("{ not json");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(messages(result.problems)[0]).toMatch(/^Tệp danh mục không phải là JSON hợp lệ/);
  });

  test("returns every schema problem, not just the first, in the user's language", () => {
    const data = clone() as unknown as Record<string, unknown>;
    delete data.year;
    const indicators = data.indicators as Record<string, unknown>[];
    indicators[0].kind = "atleast";
    delete indicators[3].lead;
    indicators[5].colour = "red";
    const result = loadCatalogue(data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const vi = messages(result.problems);
    expect(vi).toContain("Tệp danh mục sai cấu trúc tại gốc: thiếu trường “year”");
    expect(vi).toContain(
      "Tệp danh mục sai cấu trúc tại /indicators/0/kind: phải là một trong: atLeast, atMost, within, allOf, heading"
    );
    expect(vi).toContain("Tệp danh mục sai cấu trúc tại /indicators/3: thiếu trường “lead”");
    expect(vi).toContain("Tệp danh mục sai cấu trúc tại /indicators/5: có trường lạ “colour”");
    const en = result.problems.map((p) => describeProblem(p, "en"));
    expect(en).toContain("The catalogue file is malformed at its root: the field “year” is missing");
  });

  test("a row with a target needs a unit, value type and cumulative flag; a heading has no target", () => {
    const data = clone();
    delete (data.indicators[0] as Partial<Indicator>).valueType;
    data.indicators[1].target = { text: "1", min: 1, max: 1 };
    const result = loadCatalogue(data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(messages(result.problems)).toEqual(
      expect.arrayContaining([
        "Tệp danh mục sai cấu trúc tại /indicators/0: thiếu trường “valueType”",
        "Tệp danh mục sai cấu trúc tại /indicators/1: có trường không được phép ở đây",
      ])
    );
  });

  test("checks what a schema cannot, and reports all of it", () => {
    const data = clone();
    data.indicators[2].code = "01"; // duplicate
    data.indicators[3].parent = "99"; // unknown parent
    data.indicators[4].parent = "01"; // parent that is no group
    data.indicators[6].target = { text: "65 - 66", min: 65, max: 67 }; // text disagrees with bounds
    data.indicators[8].target = { text: "Dưới 4.060", min: 4060, max: 4060 }; // atMost text on an atLeast row
    data.indicators[9].target = { text: "nhiều", min: 1, max: 1 }; // unreadable text
    data.indicators[10].target = { text: "9 - 8", min: 9, max: 8 };
    data.indicators.splice(29, 3); // 15.1's three parts
    data.rules[1].equalsCode = "07.9";
    data.rules.push({ ...data.rules[0] });
    const result = loadCatalogue(data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(messages(result.problems)).toEqual([
      "Mã chỉ tiêu “01” xuất hiện nhiều lần.",
      "Chỉ tiêu 02.2 thuộc chỉ tiêu cha “99” không có trong danh mục.",
      "Chỉ tiêu cha “01” của 02.3 phải là dòng tiêu đề nhóm hoặc chỉ tiêu “đạt tất cả”.",
      "Chỉ tiêu 03: kế hoạch “65 - 66” được hiểu là 65 – 66, nhưng tệp ghi 65 – 67.",
      "Chỉ tiêu 05.1: kế hoạch “Dưới 4.060” không khớp với loại chỉ tiêu “atLeast”.",
      "Chỉ tiêu 05.2: Không hiểu được chỉ tiêu kế hoạch “nhiều” (ví dụ cách viết đúng: “7 - 7,5”, “4.060”, “≥ 5”, “Dưới 3”).",
      "Chỉ tiêu 06.1: cận dưới 9 lớn hơn cận trên 8.",
      "Chỉ tiêu 06.1: Khoảng kế hoạch “9 - 8” có cận dưới lớn hơn cận trên.",
      "Chỉ tiêu 15.1 loại “đạt tất cả” nhưng không có tiêu chí con nào.",
      "Quy tắc “economic-structure-sum” nhắc đến mã “02.1” không có trong danh mục.",
      "Quy tắc “budget-revenue-sum” nhắc đến mã “07.9” không có trong danh mục.",
      "Quy tắc “economic-structure-sum” xuất hiện nhiều lần.",
      "Quy tắc “economic-structure-sum” nhắc đến mã “02.1” không có trong danh mục.",
    ]);
  });

  test("anything that is not an object is refused with a message, not an exception", () => {
    for (const data of [null, 42, "text", []]) {
      const result = loadCatalogue(data);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(messages(result.problems)[0]).toMatch(/^Tệp danh mục sai cấu trúc tại gốc: /);
    }
  });
});

describe("the compiled schema validator", () => {
  test("is up to date with catalogue.schema.json (npm run compile:schema)", async () => {
    const generated = fs.readFileSync(path.join(__dirname, "../../src/core/catalogueSchema.generated.js"), "utf8");
    const { execFileSync } = await import("child_process");
    const fresh = execFileSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        'import { compileSchema } from "./scripts/compile-schema.mjs"; process.stdout.write(compileSchema());',
      ],
      { cwd: path.join(__dirname, "../.."), encoding: "utf8" }
    );
    expect(generated).toBe(fresh);
  });
});
