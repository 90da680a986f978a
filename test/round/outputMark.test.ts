/** What a workbook the tool wrote says it is, and which a folder's walk leaves out. */

import { AGENCY_NAME, copyKind, LOG_SHEET, OUTPUT_NAME, outputKindOf, ownOutput } from "../../src/round";

const marker = (formula: string) => [{ name: OUTPUT_NAME, formula }];
const template = { name: "ChiTieu_Template_1", formula: "'Chỉ tiêu 2024'!$A$6:$L$6" };

describe("outputKindOf", () => {
  test("reads the constant as Excel and LibreOffice write it: quoted, with or without '=', any case of the name", () => {
    expect(outputKindOf(marker('"merged"'))).toBe("merged");
    expect(outputKindOf(marker('="report"'))).toBe("report");
    expect(outputKindOf([{ name: "chitieu_output", formula: ' "Checked" ' }])).toBe("checked");
  });

  test("no marker, or one saying something else, is no output", () => {
    expect(outputKindOf([template])).toBeUndefined();
    expect(outputKindOf(marker('"tong-hop"'))).toBeUndefined();
    expect(outputKindOf(marker("'Chỉ tiêu 2024'!$A$1"))).toBeUndefined();
  });
});

test("a checked copy keeps what it copied; merge and report say what they wrote", () => {
  expect(copyKind("checked", undefined)).toBe("checked");
  expect(copyKind("checked", "merged")).toBe("merged");
  expect(copyKind("checked", "report")).toBe("report");
  expect(copyKind("merged", "report")).toBe("merged");
  expect(copyKind("report", "merged")).toBe("report");
});

describe("ownOutput", () => {
  const sheets = ["Chỉ tiêu 2024"];
  const book = (names: { name: string; formula: string }[], extra: string[] = [], namedForAgency = false) => ({
    names: [template, ...names],
    sheets: [...sheets, ...extra],
    namedForAgency,
  });

  test("a marked merged workbook and a report are left out; a checked copy and an agency's file are not", () => {
    expect(ownOutput(book(marker('"merged"')))).toEqual({ kind: "merged" });
    expect(ownOutput(book(marker('"report"')))).toEqual({ kind: "report" });
    expect(ownOutput(book(marker('"checked"')))).toBeUndefined();
    expect(ownOutput(book([{ name: AGENCY_NAME, formula: "'Chỉ tiêu 2024'!$D$4" }]))).toBeUndefined();
  });

  test("without the marker, the merge log and no agency make a merged workbook; a split file's agency does not", () => {
    expect(ownOutput(book([], [LOG_SHEET]))).toEqual({ kind: "merged", unmarked: true });
    expect(ownOutput(book(marker('"checked"'), [LOG_SHEET]))).toEqual({ kind: "merged", unmarked: true });
    expect(ownOutput(book([{ name: AGENCY_NAME, formula: "'Chỉ tiêu 2024'!$D$4" }], [LOG_SHEET]))).toBeUndefined();
    expect(ownOutput(book([], ["Nhật ký"]))).toBeUndefined();
  });

  test("a merged workbook under an agency's file name is that agency's reply; a report never is", () => {
    expect(ownOutput(book(marker('"merged"'), [], true))).toBeUndefined();
    expect(ownOutput(book([], [LOG_SHEET], true))).toBeUndefined();
    expect(ownOutput(book(marker('"report"'), [], true))).toEqual({ kind: "report" });
  });
});
