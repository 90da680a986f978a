import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkOutput, OutputError, sameFile, writeOutput } from "../../src/cli/output";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-output-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const codeOf = (f: () => void): string | undefined => {
  try {
    f();
    return undefined;
  } catch (e) {
    return e instanceof OutputError ? e.code : `not an OutputError: ${String(e)}`;
  }
};

describe("writeOutput", () => {
  test("writes a new file and leaves no temporary file", () => {
    const target = path.join(work, "new.xlsx");
    writeOutput(target, Buffer.from("abc"));
    expect(fs.readFileSync(target, "utf8")).toBe("abc");
    expect(fs.readdirSync(work).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("refuses an existing file without force, replaces it with force", () => {
    const target = path.join(work, "exists.xlsx");
    fs.writeFileSync(target, "old");
    expect(codeOf(() => writeOutput(target, Buffer.from("new")))).toBe("exists");
    expect(fs.readFileSync(target, "utf8")).toBe("old");
    writeOutput(target, Buffer.from("new"), { force: true });
    expect(fs.readFileSync(target, "utf8")).toBe("new");
  });

  test("never writes over an input, by a symbolic link, a hard link or another spelling of its path", () => {
    const input = path.join(work, "input.xlsx");
    fs.writeFileSync(input, "input");
    const soft = path.join(work, "soft.xlsx");
    const hard = path.join(work, "hard.xlsx");
    fs.symlinkSync(input, soft);
    fs.linkSync(input, hard);
    for (const target of [input, soft, hard, path.join(work, ".", "input.xlsx")]) {
      expect([target, codeOf(() => writeOutput(target, Buffer.from("x"), { force: true, inputs: [input] }))]).toEqual([
        target,
        "isInput",
      ]);
    }
    expect(fs.readFileSync(input, "utf8")).toBe("input");
    expect(sameFile(hard, input)).toBe(true);
    expect(sameFile(path.join(work, "new.xlsx"), input)).toBe(false);
  });

  test("names a folder, a missing folder and a dangling link", () => {
    expect(codeOf(() => checkOutput(work))).toBe("isFolder");
    expect(codeOf(() => checkOutput(path.join(work, "no-such-folder", "a.xlsx")))).toBe("noFolder");
    const dangling = path.join(work, "dangling.xlsx");
    fs.symlinkSync(path.join(work, "nowhere.xlsx"), dangling);
    expect(codeOf(() => checkOutput(dangling))).toBe("exists");
  });

  test("a failed write leaves the old file whole and no temporary file behind", () => {
    const target = path.join(work, "kept.xlsx");
    fs.writeFileSync(target, "old");
    // Data the file system refuses half-way: the temporary file was opened, the write then fails.
    const unwritable = { length: 3 } as unknown as Uint8Array;
    expect(codeOf(() => writeOutput(target, unwritable, { force: true }))).toBe("io");
    expect(fs.readFileSync(target, "utf8")).toBe("old");
    expect(fs.readdirSync(work).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
