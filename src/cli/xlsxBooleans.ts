/**
 * XML Schema booleans in a sheet's print and view settings, written as ExcelJS reads them. The schema allows
 * "true"/"false" as well as "1"/"0"; LibreOffice writes the words (`<pageSetUpPr fitToPage="true"/>`) and ExcelJS
 * takes only "1" for true, so every copy we wrote of a LibreOffice-saved workbook lost "fit to page width" and
 * printed its template on 12 pages instead of 2 (trial 18, F6).
 */

/** The sheet elements whose booleans ExcelJS reads as `=== "1"` (its sheet xforms). */
const ELEMENTS = /<((?:\w+:)?(?:pageSetUpPr|sheetView|sheetProtection|printOptions|pageSetup))\b([^>]*)>/g;
const WORD_BOOLEAN = /(\s[\w:]+\s*=\s*)(["'])(true|false)\2/g;

/** The sheet XML with "true"/"false" in those elements' attributes written "1"/"0" (the same values). */
export function numericBooleans(xml: string): string {
  return xml.replace(
    ELEMENTS,
    (_, name: string, attributes: string) =>
      `<${name}${attributes.replace(WORD_BOOLEAN, (__, before: string, quote: string, word: string) => `${before}${quote}${word === "true" ? 1 : 0}${quote}`)}>`
  );
}
