/** "No permission" on read and on write, by injecting EACCES/EPERM (the tests run as root, where chmod denies nothing). */

import * as fs from "fs";
// The module object itself (a namespace import is a copy of getters that cannot be spied on).
import fsModule from "fs";
import * as os from "os";
import * as path from "path";
import { fsProblem, openInput } from "../../src/cli/inputs";
import { OutputError, writeOutput } from "../../src/cli/output";
import { CLI_STRINGS } from "../../src/cli/strings";
import { DEFAULT_ZIP_LIMITS } from "../../src/cli/zip";
import { filledTemplate } from "./hostile";
import { runCli } from "./run";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-permission-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
afterEach(() => jest.restoreAllMocks());

const denied = (code: string, file: string) =>
  Object.assign(new Error(`${code}: permission denied, open '${file}'`), { code, path: file });

/** fs.openSync fails with `code` for the files that `deny` picks, as it does for a file the user may not open. */
function denyOpen(code: string, deny: (file: string) => boolean) {
  const open = fs.openSync;
  jest.spyOn(fsModule, "openSync").mockImplementation(((file: fs.PathLike, ...rest: unknown[]) => {
    if (deny(String(file))) throw denied(code, String(file));
    return (open as (...a: unknown[]) => number)(file, ...rest);
  }) as typeof fs.openSync);
}

describe("reading without permission", () => {
  test("EACCES and EPERM are the permission code, with its message in Vietnamese and English", () => {
    for (const code of ["EACCES", "EPERM"]) expect(fsProblem(denied(code, "a.xlsx"))).toBe("permission");
    expect(fsProblem(denied("ENOENT", "a.xlsx"))).toBe("notFound");
    expect(CLI_STRINGS.vi.inputProblem("permission")).toBe("không có quyền đọc");
    expect(CLI_STRINGS.en.inputProblem("permission")).toBe("permission denied");
  });

  test.each(["EACCES", "EPERM"])("openInput turns %s into a per-file permission entry", async (code) => {
    const file = path.join(work, `locked-${code}.xlsx`);
    fs.writeFileSync(file, await filledTemplate());
    denyOpen(code, (f) => f === file);
    for (const lang of ["vi", "en"] as const) {
      const opened = openInput({ file }, CLI_STRINGS[lang], DEFAULT_ZIP_LIMITS);
      expect("error" in opened && opened.error).toEqual({
        code: "permission",
        message: CLI_STRINGS[lang].inputProblem("permission"),
      });
    }
  });

  test("in a folder, the unreadable file is a permission entry in the JSON and the other is still judged", async () => {
    const folder = path.join(work, "batch");
    fs.mkdirSync(folder);
    const template = await filledTemplate();
    fs.writeFileSync(path.join(folder, "a.xlsx"), template);
    fs.writeFileSync(path.join(folder, "b.xlsx"), template);
    denyOpen("EACCES", (f) => f.endsWith(`${path.sep}a.xlsx`));
    const json = await runCli(["validate", folder, "--json"], work);
    expect(json.code).toBe(2);
    const files = (JSON.parse(json.out) as { files: { file: string; error?: { code: string } }[] }).files;
    expect(files.map((f) => [path.basename(f.file), f.error?.code])).toEqual([
      ["a.xlsx", "permission"],
      ["b.xlsx", undefined],
    ]);
    const text = await runCli(["validate", path.join(folder, "a.xlsx")], work);
    expect(text.code).toBe(2);
    expect(text.err).toContain("không có quyền đọc");
    expect(text.err).not.toMatch(/EACCES|\n\s+at /);
  });
});

describe("writing without permission", () => {
  test.each(["EACCES", "EPERM", "EROFS"])(
    "writeOutput turns %s into the permission code, leaving nothing behind",
    (code) => {
      const target = path.join(work, `out-${code}.xlsx`);
      denyOpen(code, (f) => f.endsWith(".tmp"));
      let error: unknown;
      try {
        writeOutput(target, Buffer.from("data"));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(OutputError);
      expect([(error as OutputError).code, (error as OutputError).file]).toEqual(["permission", target]);
      expect(fs.existsSync(target)).toBe(false);
      expect(fs.readdirSync(work).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    }
  );

  test("validate --write says so in the user's language, and the file's report is still printed", async () => {
    const input = path.join(work, "in.xlsx");
    fs.writeFileSync(input, await filledTemplate());
    const target = path.join(work, "checked.xlsx");
    denyOpen("EACCES", (f) => f.endsWith(".tmp"));
    const vi = await runCli(["validate", input, "--write", target], work);
    expect(vi.code).toBe(2);
    expect(vi.err).toContain(CLI_STRINGS.vi.outputError("permission", target));
    expect(vi.out).not.toBe("");
    const en = await runCli(["validate", input, "--write", target, "--lang", "en"], work);
    expect(en.err).toContain(CLI_STRINGS.en.outputError("permission", target));
    expect(fs.existsSync(target)).toBe(false);
  });
});
