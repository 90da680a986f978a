/**
 * The package reader's own path helpers say what path.posix says for the part names and targets .xlsx packages
 * hold (Excel's relative targets, openpyxl's absolute ones, the root's "" folder), so that the pane's copy of the
 * reader, without Node's `path`, resolves a part as the command line does.
 */

import * as path from "path";
import { contentTypes, relativeTarget, relsPath, typeOf } from "../../src/cli/xlsxPackage";
import { basenameOf, dirnameOf, extnameOf, joinPath, normalizePath, relativePath } from "../../src/cli/zipPaths";

const PARTS = [
  "xl/worksheets/sheet1.xml",
  "xl/worksheets/_rels/sheet1.xml.rels",
  "../drawings/drawing1.xml",
  "/xl/media/image1.png",
  "xl/workbook.xml",
  "[Content_Types].xml",
  "_rels/.rels",
  ".rels",
  "xl/",
  "xl",
  "/xl",
  "/",
  ".",
  "..",
  "",
  "xl/./charts/../charts/chart1.xml",
  "xl//drawings/drawing1.xml",
  "xl/worksheets/../../../media/image1.png",
  "/xl/../../media/image1.png",
  "xl/comments/comment1.xml",
  "customXml/item1.xml",
  "file.",
];

describe("zip paths say what path.posix says", () => {
  test.each(PARTS)("dirname, basename, extname and normalize of %p", (p) => {
    expect(dirnameOf(p)).toBe(path.posix.dirname(p));
    expect(basenameOf(p)).toBe(path.posix.basename(p));
    expect(extnameOf(p)).toBe(path.posix.extname(p));
    expect(normalizePath(p)).toBe(path.posix.normalize(p));
  });

  const JOINS: [string, string][] = [
    ["xl/worksheets", "../drawings/drawing1.xml"],
    ["xl/drawings", "../charts/chart1.xml"],
    ["xl/drawings", "../media/image1.png"],
    ["xl", "worksheets/sheet1.xml"],
    ["", "xl/workbook.xml"],
    ["", ""],
    [".", "xl/workbook.xml"],
    ["xl", "./styles.xml"],
    ["xl/worksheets", "../../../outside.xml"],
    ["xl/", "/xl/media/image1.png"],
  ];
  test.each(JOINS)("join(%p, %p)", (a, b) => {
    expect(joinPath(a, b)).toBe(path.posix.join(a, b));
  });

  const RELATIVES: [string, string][] = [
    ["xl/worksheets", "xl/drawings/drawing1.xml"],
    ["xl/worksheets", "xl/worksheets/sheet2.xml"],
    ["xl/drawings", "xl/media/image1.png"],
    ["xl", "xl/workbook.xml"],
    ["", "xl/workbook.xml"],
    ["", "docProps/custom.xml"],
    ["xl/worksheets", "docProps/app.xml"],
    ["xl/worksheets", "xl/worksheets"],
    ["xl/worksheets/", "xl/comments/comment1.xml"],
  ];
  test.each(RELATIVES)("relative(%p, %p)", (from, to) => {
    expect(relativePath(from, to)).toBe(path.posix.relative(from, to));
  });

  test("the package reader uses them: a sheet's relationships part, a target relative to it, a part's content type", () => {
    expect(relsPath("xl/worksheets/sheet1.xml")).toBe("xl/worksheets/_rels/sheet1.xml.rels");
    expect(relsPath("")).toBe("_rels/.rels");
    expect(relativeTarget("xl/worksheets/sheet1.xml", "xl/drawings/drawing1.xml")).toBe("../drawings/drawing1.xml");
    expect(relativeTarget("xl/workbook.xml", "xl/worksheets/sheet1.xml")).toBe("worksheets/sheet1.xml");
    const types = contentTypes('<Types><Default Extension="PNG" ContentType="image/png"/></Types>');
    expect(typeOf(types, "xl/media/image1.png")).toBe("image/png");
    expect(typeOf(types, "xl/media/image1")).toBeUndefined();
  });
});
