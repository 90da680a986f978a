/**
 * A folder checked twice with `--write` into itself: the tool's own copies (`NAME.checked.xlsx`) are not read as
 * replies beside their originals, and each one skipped is said on stderr and in the JSON (trial 19, F17).
 */

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { filledTemplate } from "./hostile";
import { runCli } from "./run";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-copies-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const run = (args: string[], env: Record<string, string> = {}) => runCli(args, work, env);
const folder = (name: string) => {
  const dir = path.join(work, name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
};
const names = (files: { file: string }[]) => files.map((f) => path.basename(f.file));

let base: Buffer;
beforeAll(async () => {
  base = await filledTemplate();
});

describe("validate: a re-check of a folder holding its own checked copies counts each file once", () => {
  let dir: string;
  let once: { agencies: { agency: string; files: number }[]; totals: Record<string, number> };
  beforeAll(async () => {
    dir = folder("twice");
    fs.writeFileSync(path.join(dir, "so-y-te.xlsx"), base);
    fs.writeFileSync(path.join(dir, "so-tai-chinh.xlsx"), base);
    once = JSON.parse((await run(["validate", dir, "--json"])).out);
    const first = await run(["validate", dir, "--write", dir]);
    expect(first.code).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual([
      "so-tai-chinh.checked.xlsx",
      "so-tai-chinh.xlsx",
      "so-y-te.checked.xlsx",
      "so-y-te.xlsx",
    ]);
  }, 60_000);

  test("the second run reads the two originals, names the two copies skipped, and its totals are the first run's", async () => {
    const r = await run(["validate", dir, "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(names(doc.files)).toEqual(["so-tai-chinh.xlsx", "so-y-te.xlsx"]);
    expect(doc.totals).toEqual(once.totals);
    expect(doc.agencies).toEqual(once.agencies);
    // Whole templates named after agencies: each speaks for its own agency (as merge takes only its rows), once.
    const byAgency = (name: string) =>
      doc.agencies.find((a: { agency: string }) => a.agency === name).fileNames.map((f: string) => path.basename(f));
    expect([byAgency("Sở Y tế"), byAgency("Sở Tài chính")]).toEqual([["so-y-te.xlsx"], ["so-tai-chinh.xlsx"]]);
    expect(doc.skipped).toEqual([
      {
        file: path.join(dir, "so-tai-chinh.checked.xlsx"),
        code: "ownCopy",
        of: path.join(dir, "so-tai-chinh.xlsx"),
        message: expect.stringContaining("bỏ qua"),
      },
      {
        file: path.join(dir, "so-y-te.checked.xlsx"),
        code: "ownCopy",
        of: path.join(dir, "so-y-te.xlsx"),
        message: expect.stringContaining("bỏ qua"),
      },
    ]);
    expect(r.err.split("\n")).toEqual(doc.skipped.map((s: { message: string }) => s.message));
    expect(r.err.split("\n")[1]).toBe(
      `Lưu ý: bỏ qua ${path.join(dir, "so-y-te.checked.xlsx")}: đó là bản sao có kết quả do chương trình ghi (validate --write) từ ${path.join(dir, "so-y-te.xlsx")}; đọc cả hai thì mỗi cơ quan bị tính hai lần. Muốn đọc bản sao này, hãy chỉ ra tên tệp của nó trong lệnh.`
    );
  });

  test("the terminal summary says two files, and English says the same notice", async () => {
    const r = await run(["validate", dir, "--lang", "en"]);
    expect(r.out).toContain("Read 2 file(s).");
    expect(r.err).toContain(`Note: skipping ${path.join(dir, "so-y-te.checked.xlsx")}: it is a copy with results`);
  });

  test("a re-check with --write --force replaces the copies, never writes .checked.checked.xlsx", async () => {
    const r = await run(["validate", dir, "--write", dir, "--force"]);
    expect(r.code).toBe(0);
    expect(fs.readdirSync(dir).filter((n) => n.includes(".checked.checked"))).toEqual([]);
  }, 60_000);

  test("a copy named on the command line is read, beside its original", async () => {
    const r = await run(["validate", dir, path.join(dir, "so-y-te.checked.xlsx"), "--json"]);
    const doc = JSON.parse(r.out);
    // In the folder's order: the folder reached it first.
    expect(names(doc.files)).toEqual(["so-tai-chinh.xlsx", "so-y-te.checked.xlsx", "so-y-te.xlsx"]);
    expect(names(doc.skipped)).toEqual(["so-tai-chinh.checked.xlsx"]);
  });

  test("a checked copy alone in a folder (a Sở sent it back) is read: nothing else counts its figures", async () => {
    const back = folder("gui-lai");
    fs.copyFileSync(path.join(dir, "so-y-te.checked.xlsx"), path.join(back, "so-y-te.checked.xlsx"));
    const r = await run(["validate", back, "--json"]);
    const doc = JSON.parse(r.out);
    expect(names(doc.files)).toEqual(["so-y-te.checked.xlsx"]);
    expect(doc.skipped).toBeUndefined();
    expect(r.err).toBe("");
  });
});

test("merge: the checked copies of the agencies' files beside them are skipped and listed, not merged twice", async () => {
  const round = folder("vong");
  const tongHop = path.join(round, "tong-hop.xlsx");
  fs.writeFileSync(tongHop, base);
  const back = path.join(round, "nhan-ve");
  expect((await run(["split", tongHop, "--out", back, "--agency", "Sở Y tế"])).code).toBe(0);
  expect((await run(["validate", back, "--write", back])).code).toBe(0);
  const r = await run(["merge", tongHop, back, "--json"]);
  const doc = JSON.parse(r.out);
  expect(names(doc.files)).toEqual(["so-y-te.xlsx"]);
  expect(doc.skipped).toEqual([
    expect.objectContaining({ file: path.join(back, "so-y-te.checked.xlsx"), of: path.join(back, "so-y-te.xlsx") }),
  ]);
  expect(r.err).toContain(`Lưu ý: bỏ qua ${path.join(back, "so-y-te.checked.xlsx")}`);
}, 60_000);
