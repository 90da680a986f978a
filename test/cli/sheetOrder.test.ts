/** A sheet element put back where CT_Worksheet's order puts it (src/cli/xlsxPackage.ts: putSheetElement). */

import { putSheetElement, sheetElement } from "../../src/cli/xlsxPackage";

const ROOT = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
const sheet = (...children: string[]) => `${ROOT}<sheetData><row r="1"/></sheetData>${children.join("")}</worksheet>`;
const DV = '<dataValidations count="1"><dataValidation type="list" sqref="E2:E20"/></dataValidations>';
const PR = '<protectedRanges><protectedRange sqref="A1" name="a"/></protectedRanges>';
/** A data-bar rule as Excel writes it: an `<extLst>` inside the rule, before the sheet's validations' place. */
const CF =
  '<conditionalFormatting sqref="A1"><cfRule type="dataBar" priority="1"><extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}"/></extLst></cfRule></conditionalFormatting>';
const MARGINS = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
const LOCK = '<sheetProtection sheet="1"/>';

test.each([
  [
    "after the highlights, not inside a rule's extLst",
    sheet(CF, MARGINS, "<extLst/>"),
    "dataValidations",
    DV,
    sheet(CF, DV, MARGINS, "<extLst/>"),
  ],
  [
    "in place of the copy's own",
    sheet(CF, '<dataValidations count="2"/>', MARGINS),
    "dataValidations",
    DV,
    sheet(CF, DV, MARGINS),
  ],
  [
    "right after the lock",
    sheet(LOCK, '<mergeCells count="0"/>', MARGINS),
    "protectedRanges",
    PR,
    sheet(LOCK, PR, '<mergeCells count="0"/>', MARGINS),
  ],
  ["at the end when nothing follows", sheet(CF), "dataValidations", DV, sheet(CF, DV)],
  [
    "an extLst last",
    sheet(MARGINS, '<drawing r:id="r1"/>'),
    "extLst",
    "<extLst/>",
    sheet(MARGINS, '<drawing r:id="r1"/>', "<extLst/>"),
  ],
])("%s", (_, xml, name, element, expected) => {
  expect(putSheetElement(xml, name, element)).toBe(expected);
});

test("a sheet's own element is told from one of that name inside another namespace's element", () => {
  const ext =
    '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"><x14:dataValidations count="1"/></ext></extLst>';
  expect(sheetElement(sheet(MARGINS, ext), "dataValidations")).toBeNull();
  const prefixed = `<x:worksheet xmlns:x="urn:main"><x:sheetData/><x:dataValidations count="0"/>${ext}</x:worksheet>`;
  expect(sheetElement(prefixed, "dataValidations")?.[0]).toBe('<x:dataValidations count="0"/>');
});
