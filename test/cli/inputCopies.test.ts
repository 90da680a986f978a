/** Which files a folder walk found are the tool's own copies of another input (trial 19, F17): the planner alone. */

import { copySources, ownCopies } from "../../src/cli/inputCopies";

describe("copySources: the names a copy may have been made from", () => {
  test.each([
    ["so-y-te.checked.xlsx", ["so-y-te"]],
    ["So-Y-Te.CHECKED.XLSX", ["so-y-te"]],
    // Two inputs named alike get -2, -3… (validate's outputPaths); a name may end in a number of its own.
    ["bao-cao-2.checked.xlsx", ["bao-cao-2", "bao-cao"]],
    ["a.checked.checked.xlsx", ["a.checked"]],
    ["so-y-te.xlsx", []],
    ["checked.xlsx", []],
    ["so-y-te.checked.xlsm", []],
  ])("%s", (name, sources) => {
    expect(copySources(name)).toEqual(sources);
  });
});

describe("ownCopies: a copy found beside its original is skipped, any other file is read", () => {
  const all = (...files: string[]) => new Set(files);
  test.each([
    {
      what: "a copy and its original, both found in the folder",
      files: ["/d/a.xlsx", "/d/a.checked.xlsx"],
      found: all("/d/a.xlsx", "/d/a.checked.xlsx"),
      skipped: [{ file: "/d/a.checked.xlsx", of: "/d/a.xlsx" }],
    },
    {
      what: "the original elsewhere among the inputs (validate a/ --write b/, then validate a/ b/)",
      files: ["/a/x.xlsm", "/b/X.checked.xlsx"],
      found: all("/a/x.xlsm", "/b/X.checked.xlsx"),
      skipped: [{ file: "/b/X.checked.xlsx", of: "/a/x.xlsm" }],
    },
    {
      what: "a numbered copy (two inputs named a.xlsx in two folders)",
      files: ["/f1/a.xlsx", "/f2/a.xlsx", "/out/a.checked.xlsx", "/out/a-2.checked.xlsx"],
      found: all("/f1/a.xlsx", "/f2/a.xlsx", "/out/a.checked.xlsx", "/out/a-2.checked.xlsx"),
      skipped: [
        { file: "/out/a.checked.xlsx", of: "/f1/a.xlsx" },
        { file: "/out/a-2.checked.xlsx", of: "/f1/a.xlsx" },
      ],
    },
    {
      what: "a copy whose original is not there: the only reply of its kind, read",
      files: ["/d/so-y-te.checked.xlsx", "/d/cuc-thue.xlsx"],
      found: all("/d/so-y-te.checked.xlsx", "/d/cuc-thue.xlsx"),
      skipped: [],
    },
    {
      what: "a copy named on the command line: read",
      files: ["/d/a.xlsx", "/d/a.checked.xlsx"],
      found: all("/d/a.xlsx"),
      skipped: [],
    },
    {
      what: "a copy of a copy, both beside the original",
      files: ["/d/a.checked.checked.xlsx", "/d/a.checked.xlsx", "/d/a.xlsx"],
      found: all("/d/a.checked.checked.xlsx", "/d/a.checked.xlsx", "/d/a.xlsx"),
      skipped: [
        { file: "/d/a.checked.checked.xlsx", of: "/d/a.checked.xlsx" },
        { file: "/d/a.checked.xlsx", of: "/d/a.xlsx" },
      ],
    },
  ])("$what", ({ files, found, skipped }) => {
    expect(ownCopies(files, found)).toEqual(skipped);
  });
});
