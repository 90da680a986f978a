/** Where a report sheet goes: only a sheet the tool marked as its report is ever replaced (trial 18, F11). */

import { placeReport, reportMarkerName } from "../../src/report";

const R = "Báo cáo 6 tháng";

describe("placeReport", () => {
  test.each([
    ["a free name", ["Chỉ tiêu 2024"], [], [], false, { status: "place", name: R }],
    [
      "a marked report, not told to replace: ask",
      ["Chỉ tiêu 2024", R],
      ["Chỉ tiêu 2024"],
      [R],
      false,
      { status: "exists", sheet: R },
    ],
    [
      "a marked report, told to replace",
      ["Chỉ tiêu 2024", R],
      ["Chỉ tiêu 2024"],
      [R],
      true,
      { status: "place", name: R, replacing: R },
    ],
    // The template staff named like the report: never replaced, even when told to replace.
    ["the template bears the name", [R], [R], [], true, { status: "place", name: `${R} (2)`, taken: R }],
    [
      "a template marked as a report too is still a template",
      [R],
      [R],
      [R],
      true,
      { status: "place", name: `${R} (2)`, taken: R },
    ],
    // A person's own sheet of that name (or a report of an older version, unmarked): kept.
    [
      "a person's own sheet",
      ["Chỉ tiêu 2024", R],
      ["Chỉ tiêu 2024"],
      [],
      true,
      { status: "place", name: `${R} (2)`, taken: R },
    ],
    [
      "case differs: still that sheet",
      ["báo cáo 6 THÁNG"],
      [],
      [],
      true,
      { status: "place", name: `${R} (2)`, taken: "báo cáo 6 THÁNG" },
    ],
    // The report the tool put beside the person's sheet last time is the one replaced, not a third added.
    [
      "the earlier report beside it",
      [R, `${R} (2)`],
      [],
      [`${R} (2)`],
      true,
      { status: "place", name: `${R} (2)`, replacing: `${R} (2)`, taken: R },
    ],
    [
      "the earlier report beside it, asked",
      [R, `${R} (2)`],
      [],
      [`${R} (2)`],
      false,
      { status: "exists", sheet: `${R} (2)` },
    ],
    ["both names are the person's", [R, `${R} (2)`], [], [], true, { status: "place", name: `${R} (3)`, taken: R }],
  ] as const)("%s", (_, sheets, templates, reports, replace, expected) => {
    expect(placeReport(R, sheets, templates, reports, replace)).toEqual(expected);
  });

  test("marker names: the first ChiTieu_Report_N not in use, whatever the case", () => {
    expect(reportMarkerName([])).toBe("ChiTieu_Report_1");
    expect(reportMarkerName(["ChiTieu_Template_1", "chitieu_report_1", "ChiTieu_Report_3"])).toBe("ChiTieu_Report_2");
  });
});
