/**
 * A folder of agencies' replies: every workbook in it is read (.xlsm too), and every spreadsheet of another
 * kind is named with what to do, so that no reply is left out in silence (trial 19, F4).
 */

import { execFileSync, spawn, type ChildProcess } from "child_process";
import * as fs from "fs";
import JSZip from "jszip";
import * as os from "os";
import * as path from "path";
import { COLUMNS, columnLetter } from "../../src/template";
import { filledTemplate } from "./hostile";
import { runCli } from "./run";
import { editXlsx, readXlsx, rowOfCode } from "./xlsxXml";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-walk-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const run = (args: string[], env: Record<string, string> = {}) => runCli(args, work, env);
const ACTUAL = columnLetter(COLUMNS.findIndex((c) => c.key === "actual"));
const CODE = columnLetter(COLUMNS.findIndex((c) => c.key === "code"));
const folder = (name: string) => {
  const dir = path.join(work, name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
};

/** The workbook as Excel saves it macro-enabled: the macro part and the macroEnabled content type. */
async function macroEnabled(xlsx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types
      .replace("spreadsheetml.sheet.main+xml", "sheet.macroEnabled.main+xml")
      .replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
  );
  zip.file("xl/vbaProject.bin", Buffer.from("not really a macro"));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Each file of validate's JSON as [its name, "ok" or its error's code]. */
const fileCodes = (out: string) =>
  JSON.parse(out).files.map((f: { file: string; ok: boolean; error?: { code: string } }) => [
    path.basename(f.file),
    f.ok ? "ok" : f.error?.code,
  ]);

let base: Buffer;
beforeAll(async () => {
  base = await filledTemplate();
});

describe("a folder walk reads .xlsm and names every other spreadsheet it does not read", () => {
  let dir: string;
  beforeAll(async () => {
    dir = folder("tra-loi");
    fs.writeFileSync(path.join(dir, "a.xlsx"), base);
    fs.writeFileSync(path.join(dir, "b-macro.XLSM"), await macroEnabled(base));
    for (const name of ["c.ods", "d.csv", "e.xlsb", "f.xltx", "g.xlsx~", "h.XLS"])
      fs.writeFileSync(path.join(dir, name), "x");
    // Lock files and other documents are no replies: left out quietly.
    for (const name of ["~$a.xlsx", ".~lock.a.xlsx#", "ghi-chu.txt", "bao-cao.docx"])
      fs.writeFileSync(path.join(dir, name), "x");
  });

  test("validate: the .xlsm judged as the .xlsx, each other spreadsheet an error with its kind and what to do", async () => {
    const r = await run(["validate", dir, "--json"]);
    expect(r.code).toBe(2);
    expect(fileCodes(r.out)).toEqual([
      ["a.xlsx", "ok"],
      ["b-macro.XLSM", "ok"],
      ["c.ods", "otherFormat"],
      ["d.csv", "otherFormat"],
      ["e.xlsb", "otherFormat"],
      ["f.xltx", "otherFormat"],
      ["g.xlsx~", "otherFormat"],
      ["h.XLS", "xls"],
    ]);
    expect(JSON.parse(r.out).files[2].error.message).toMatch(/^bỏ qua, không đọc: tệp \.ods/);
    const plain = await run(["validate", dir]);
    expect(plain.code).toBe(2);
    const err = plain.err.split("\n");
    expect(err).toContain(
      `Lỗi: ${path.join(dir, "c.ods")}: bỏ qua, không đọc: tệp .ods (bảng tính LibreOffice/OpenOffice); hãy mở tệp và lưu dạng Sổ làm việc Excel (.xlsx)`
    );
    expect(err).toContain(
      `Lỗi: ${path.join(dir, "g.xlsx~")}: bỏ qua, không đọc: đây là bản lưu dự phòng (tên kết thúc bằng ~); nếu đây là tệp cần đọc, hãy đổi tên cho đuôi là .xlsx`
    );
    expect(plain.err + plain.out).not.toMatch(/~\$a|lock|ghi-chu|bao-cao/);
  });

  test("the same in English", async () => {
    const r = await run(["validate", dir], { LANG: "en_US.UTF-8" });
    expect(r.err).toContain(
      `${path.join(dir, "e.xlsb")}: skipped, not read: a .xlsb file (an Excel binary workbook); open it and save it as an Excel Workbook (.xlsx)`
    );
    expect(r.out).toContain("Read 2 file(s); 6 could not be used.");
  });

  test("merge: an agency's .xlsm reply in the folder is merged, an .ods one is named as not read", async () => {
    const round = folder("vong");
    const tongHop = path.join(round, "tong-hop.xlsx");
    fs.writeFileSync(tongHop, base);
    const back = folder("vong/nhan-ve");
    expect((await run(["split", tongHop, "--out", path.join(round, "gui")])).code).toBe(0);
    const khdt = path.join(round, "gui", "so-ke-hoach-va-dau-tu.xlsx");
    const { cells } = await readXlsx(khdt);
    await editXlsx(khdt, { [`${ACTUAL}${rowOfCode(cells, "03", CODE)}`]: 61 });
    fs.writeFileSync(path.join(back, "so-ke-hoach-va-dau-tu.xlsm"), await macroEnabled(fs.readFileSync(khdt)));
    fs.writeFileSync(path.join(back, "so-y-te.ods"), "x");
    const r = await run(["merge", tongHop, back, "--json"]);
    const doc = JSON.parse(r.out);
    expect(doc.files.map((f: { file: string; status: string }) => [path.basename(f.file), f.status])).toEqual([
      ["so-ke-hoach-va-dau-tu.xlsm", "merged"],
      ["so-y-te.ods", "unreadable"],
    ]);
    expect(doc.files[0].changed).toBe(1);
    expect(r.code).toBe(2);
  }, 60_000);
});

describe("a file given by several paths is read once, and said so (trial 19, F12)", () => {
  test("validate: ./a.xlsx, a.xlsx, a hard link and its folder count one file, not four", async () => {
    const dir = folder("hai-lan");
    fs.writeFileSync(path.join(dir, "a.xlsx"), base);
    fs.linkSync(path.join(dir, "a.xlsx"), path.join(work, "a-link.xlsx"));
    const once = JSON.parse((await run(["validate", path.join(dir, "a.xlsx"), "--json"])).out);
    const r = await run([
      "validate",
      "hai-lan/a.xlsx",
      "./hai-lan/a.xlsx",
      "a-link.xlsx",
      "hai-lan",
      "hai-lan/",
      "--json",
    ]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual([path.join(dir, "a.xlsx")]);
    expect(doc.totals).toEqual(once.totals);
    expect(doc.agencies).toEqual(once.agencies);
    expect(r.err.split("\n")).toEqual([
      `Lưu ý: ${dir} được chỉ ra 2 lần, chỉ tính một lần.`,
      `Lưu ý: ${path.join(dir, "a.xlsx")} được chỉ ra 4 lần, chỉ tính một lần.`,
    ]);
    const en = await run(["validate", "hai-lan/a.xlsx", "hai-lan/a.xlsx", "--lang", "en"]);
    expect(en.err).toBe(`Note: ${path.join(dir, "a.xlsx")} was given 2 times; it is counted once.`);
    expect(en.out).toContain("Read 1 file(s).");
  });

  test("merge: the consolidated workbook given again as an agency's file is named, not dropped in silence", async () => {
    const dir = folder("tong-hop-lai");
    const tongHop = path.join(dir, "tong-hop.xlsx");
    fs.writeFileSync(tongHop, base);
    const r = await run(["merge", tongHop, tongHop]);
    expect(r.err).toBe(
      `Lưu ý: ${tongHop} là tệp tổng hợp, không gộp vào chính nó (bỏ qua trong danh sách tệp của các cơ quan).`
    );
    const inFolder = await run(["merge", tongHop, dir, "--json", "--lang", "en"]);
    expect(inFolder.err).toContain(`Note: ${tongHop} is the consolidated workbook; it is not merged into itself`);
    expect(JSON.parse(inFolder.out).files).toEqual([]);
  });
});

describe("a named pipe called .xlsx is never opened: the tool does not hang on it (trial 19, F16)", () => {
  let dir: string;
  let fifo: string;
  let unblocker: ChildProcess;
  beforeAll(() => {
    dir = folder("ong-dan");
    fs.writeFileSync(path.join(dir, "a.xlsx"), base);
    fifo = path.join(dir, "b-fifo.xlsx");
    execFileSync("mkfifo", [fifo]);
    // Opening the pipe for reading waits for a writer, blocking the whole process: without this writer (every
    // second, for a moment) a tool that opens it would hang the test run instead of failing it ("tệp rỗng").
    unblocker = spawn("sh", ["-c", `while :; do sleep 1; timeout 0.2 sh -c ': > "$0"' "$0"; done`, fifo], {
      stdio: "ignore",
    });
  });
  afterAll(() => unblocker.kill());

  test("named alone: an error that says what it is and what to do, exit 2", async () => {
    const r = await run(["validate", fifo]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `Lỗi: ${fifo}: không phải tệp thông thường (mà là ống dẫn, socket hoặc thiết bị), bỏ qua: hãy chỉ ra chính tệp .xlsx (sao chép tệp về máy nếu cần)`
    );
    const json = JSON.parse((await run(["validate", fifo, "--json", "--lang", "en"])).out);
    expect(json.files[0]).toEqual({
      file: fifo,
      ok: false,
      error: { code: "notRegular", message: expect.stringMatching(/^not a regular file/) },
    });
  }, 10_000);

  test("inside a folder: the other files are judged, the pipe is named as skipped", async () => {
    const r = await run(["validate", dir, "--json"]);
    expect(r.code).toBe(2);
    expect(fileCodes(r.out)).toEqual([
      ["a.xlsx", "ok"],
      ["b-fifo.xlsx", "notRegular"],
    ]);
  }, 10_000);

  test("a link to the pipe, and the other commands that read one workbook", async () => {
    const link = path.join(work, "lien-ket.xlsx");
    fs.symlinkSync(fifo, link);
    expect(JSON.parse((await run(["validate", link, "--json"])).out).files[0].error.code).toBe("notRegular");
    for (const args of [
      ["status", fifo],
      ["split", fifo, "--out", path.join(work, "ra")],
      ["merge", fifo, dir],
    ]) {
      const r = await run(args);
      expect([r.code, r.err]).toEqual([2, expect.stringContaining("không phải tệp thông thường")]);
    }
  }, 10_000);
});
