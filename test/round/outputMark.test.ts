/** What a workbook the tool wrote says it is. */

import { copyKind, OUTPUT_NAME, outputKindOf } from "../../src/round";

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
