import shipped from "../../assets/catalogues/lang-son-2024.json";
import { loadCatalogue } from "../../src/core";
import { planSplit, readRoundSheet, rowsForAgency, AGENCY_NAME, PERIOD_NAME } from "../../src/round";
import { col, filledGrid, gridOfTemplate, roundSheet, shippedCatalogue, valueAt } from "./grids";

const catalogue = shippedCatalogue();
const consolidated = roundSheet(
  filledGrid(
    catalogue,
    {
      "01": { actual: 6.8, estimate: "7,2", note: "Ước tính" },
      "02.1": { actual: 23.5 },
      "07.1": { actual: 5200 },
      "07.1.1": { actual: 900 },
      "12.1": { actual: 0.972 },
      "15.1.2": { actual: -3 },
    },
    "9M"
  ),
  catalogue
);
// 12.1's figure was typed as 97,2 % in a percent-formatted cell: its format travels with it.
const r121 = consolidated.located.rows.get("12.1") as number;
(consolidated.grid.numberFormats as string[][])[r121][col("actual")] = "0.0%";

const plans = planSplit(catalogue, consolidated);
const plan = (agency: string) => {
  const p = plans.find((x) => x.agency === agency);
  if (!p) throw new Error(agency);
  return p;
};

describe("split: one workbook per lead agency", () => {
  test("every lead agency of the catalogue gets one file, named in ASCII without spaces", () => {
    expect(plans.map((p) => p.fileName)).toEqual([
      "so-ke-hoach-va-dau-tu.xlsx",
      "so-van-hoa-the-thao-va-du-lich.xlsx",
      "so-cong-thuong.xlsx",
      "cuc-hai-quan.xlsx",
      "so-tai-chinh.xlsx",
      "cuc-thue.xlsx",
      "so-nong-nghiep-va-phat-trien-nong-thon.xlsx",
      "so-giao-thong-van-tai.xlsx",
      "so-giao-duc-va-dao-tao.xlsx",
      "so-y-te.xlsx",
      "so-lao-dong-thuong-binh-va-xa-hoi.xlsx",
      "cong-an-tinh.xlsx",
      "so-tai-nguyen-va-moi-truong.xlsx",
    ]);
    for (const p of plans) expect(p.fileName).toMatch(/^[a-z0-9-]+\.xlsx$/);
  });

  test.each([
    ["Sở Kế hoạch và Đầu tư", ["01", "02", "02.1", "02.2", "02.3", "02.4", "03", "04"]],
    ["Sở Tài chính", ["07.1", "07.1.1", "07.1.2", "07.2"]],
    ["Cục Hải quan", ["06.1", "06.2", "07.1", "07.1.1", "07.1.2", "07.2"]],
    ["Sở Giao thông vận tải", ["09.1", "09.2", "15.1", "15.1.1", "15.1.2", "15.1.3"]],
    ["Công an tỉnh", ["15.1", "15.1.1", "15.1.2", "15.1.3", "15.2"]],
    ["Sở Tài nguyên và Môi trường", ["18.1"]],
  ])("%s gets its rows with the headings they need, in catalogue order", (agency, codes) => {
    const p = plan(agency);
    expect(p.template.rowCodes.filter((c) => c !== undefined)).toEqual(codes);
    // The heading 02 is a row of its own, asked of nobody.
    expect(p.codes).toEqual(codes.filter((c) => c !== "02"));
  });

  test("a row with several lead agencies goes to each of them, with its figures", () => {
    const holders = plans.filter((p) => p.template.rowCodes.includes("07.1")).map((p) => p.agency);
    expect(holders).toEqual(["Cục Hải quan", "Sở Tài chính", "Cục Thuế"]);
    for (const agency of holders)
      expect(valueAt(roundSheet(gridOfTemplate(plan(agency).template), catalogue), "07.1", "actual")).toBe(5200);
  });

  test("a parent another agency leads is there for context, with nothing to fill", () => {
    const data = structuredClone(shipped);
    const allOf = data.indicators.find((i) => i.code === "15.1");
    if (!allOf) throw new Error("15.1");
    allOf.lead = ["Sở Giao thông vận tải"];
    const loaded = loadCatalogue(data);
    if (!loaded.ok) throw new Error("loads");
    const { rows, context } = rowsForAgency(loaded.catalogue, "Công an tỉnh");
    expect(rows.map((r) => r.code)).toEqual(["15.1", "15.1.1", "15.1.2", "15.1.3", "15.2"]);
    expect([...context]).toEqual(["15.1"]);
    const [ca] = planSplit(
      loaded.catalogue,
      roundSheet(filledGrid(loaded.catalogue, { "15.1": { actual: 1 } }), loaded.catalogue),
      {
        only: "Công an tỉnh",
      }
    );
    expect(ca.codes).toEqual(["15.1.1", "15.1.2", "15.1.3", "15.2"]);
    const r = ca.template.rowCodes.indexOf("15.1");
    expect(ca.template.cells[r][col("actual")]).toMatchObject({ value: null, style: "itemWrap" });
  });

  test("the agency's workbook is the template: read back, it is found, its period and agency are named", () => {
    const p = plan("Sở Y tế");
    const read = readRoundSheet(gridOfTemplate(p.template), catalogue);
    expect(read).toBeDefined();
    expect(read?.located.period).toBe("9M");
    expect(read?.agencyText).toBe("Sở Y tế");
    expect(read?.year).toBe(2024);
    expect(read?.decision).toBe("136/QĐ-UBND");
    expect([...(read?.located.rows.keys() ?? [])]).toEqual(["12.1", "12.2", "12.3", "12.4", "18.2"]);
    // Only the rows it lacks are structural findings (missingRow), never a missing column or period.
    expect(read?.located.findings.every((f) => f.problem.key === "sheet.missingRow")).toBe(true);
    // The line under the title says it for people, and the defined names point a program to the same cells.
    const agencyRow = p.template.cells[p.names[0].row];
    expect(agencyRow.map((c) => c.value).filter((v) => v !== null)).toEqual(["Cơ quan chủ trì:", "Sở Y tế"]);
    expect(p.names.map((n) => [n.name, p.template.cells[n.row][n.col].value])).toEqual([
      [AGENCY_NAME, "Sở Y tế"],
      [PERIOD_NAME, "9 tháng"],
    ]);
  });

  test("figures, estimates and notes already entered travel, percent formats with them", () => {
    const kh = roundSheet(gridOfTemplate(plan("Sở Kế hoạch và Đầu tư").template), catalogue);
    expect(valueAt(kh, "01", "actual")).toBe(6.8);
    expect(valueAt(kh, "01", "estimate")).toBe("7,2");
    expect(valueAt(kh, "01", "note")).toBe("Ước tính");
    expect(valueAt(kh, "02.1", "actual")).toBe(23.5);
    expect(valueAt(kh, "03", "actual")).toBeNull();
    const yt = plan("Sở Y tế").template;
    const row = yt.rowCodes.indexOf("12.1");
    expect(yt.cells[row][col("actual")]).toMatchObject({ value: 0.972, numberFormat: "0.0%" });
    expect(yt.cells[row + 1][col("actual")].numberFormat).toBe("#,##0.0#");
  });

  test("the validations follow the rows the workbook holds", () => {
    const yt = plan("Sở Y tế").template;
    for (const v of yt.validations) {
      if (v.rule.kind === "list") continue;
      expect(yt.rowCodes[v.row]).toBeDefined();
    }
    expect(yt.validations.filter((v) => v.rule.kind !== "list")).toHaveLength(5);
  });

  test("only one agency, when asked", () => {
    expect(planSplit(catalogue, consolidated, { only: "Cục Thuế" }).map((p) => p.fileName)).toEqual(["cuc-thue.xlsx"]);
  });
});
