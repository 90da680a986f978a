import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { convert, fods, hasLibreOffice } from "./fods";
import { filledTemplate, rewriteSheet } from "./hostile";
import { runCli } from "./run";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-files-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const run = (args: string[]) => runCli(args, work);
const checksum = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
const folder = (...parts: string[]) => {
  const dir = path.join(work, ...parts);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
};

let base: Buffer;
beforeAll(async () => {
  base = await filledTemplate();
});

/** Every file under a folder with its checksum: proves nothing read was changed. */
function checksums(dir: string): Record<string, string> {
  const all: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const full = path.join(entry.parentPath, entry.name);
    if (entry.isFile()) all[path.relative(dir, full)] = checksum(full);
  }
  return all;
}

describe("every file-system problem is a message, per file, and the others are still judged", () => {
  test("link loops, dangling links and a folder linked to its parent, in a folder and on the command line", async () => {
    const dir = folder("lien-ket");
    fs.writeFileSync(path.join(dir, "a.xlsx"), base);
    fs.symlinkSync(path.join(dir, "vong.xlsx"), path.join(dir, "vong.xlsx"));
    fs.symlinkSync(path.join(dir, "khong-con.xlsx"), path.join(dir, "hong.xlsx"));
    fs.symlinkSync(dir, path.join(dir, "cha"));
    const r = await run(["validate", dir, "--json"]);
    expect(r.code).toBe(2);
    const files = JSON.parse(r.out).files.map((f: { file: string; ok: boolean; error?: { code: string } }) => [
      path.relative(dir, f.file),
      f.ok ? "ok" : f.error?.code,
    ]);
    expect(files).toEqual([
      ["a.xlsx", "ok"],
      ["cha", "linkLoop"],
      ["hong.xlsx", "danglingLink"],
      ["vong.xlsx", "linkLoop"],
    ]);
    const named = await run(["validate", path.join(dir, "vong.xlsx"), path.join(dir, "hong.xlsx")]);
    expect(named.code).toBe(2);
    expect(named.err.split("\n")).toEqual([
      `Lỗi: ${path.join(dir, "vong.xlsx")}: liên kết vòng (liên kết trỏ về chính nó hoặc về một thư mục cha)`,
      `Lỗi: ${path.join(dir, "hong.xlsx")}: liên kết hỏng (tệp mà liên kết trỏ tới không còn)`,
    ]);
  });

  test("a folder named with a folder inside it is walked once, in either order, and is no link loop", async () => {
    const outer = folder("ngoai");
    const inner = folder("ngoai", "trong");
    fs.writeFileSync(path.join(outer, "a.xlsx"), base);
    fs.writeFileSync(path.join(inner, "b.xlsx"), base);
    for (const args of [
      [outer, inner],
      [inner, outer],
    ]) {
      const r = await run(["validate", ...args, "--json"]);
      expect(r.code).toBe(0);
      const files = JSON.parse(r.out).files.map((f: { file: string; ok: boolean }) => [
        path.relative(outer, f.file),
        f.ok,
      ]);
      expect(files.sort()).toEqual([
        ["a.xlsx", true],
        [path.join("trong", "b.xlsx"), true],
      ]);
    }
  });

  test("an empty folder, or one with no .xlsx, is exit 2 with a message", async () => {
    const empty = folder("rong");
    const r = await run(["validate", empty]);
    expect([r.code, r.err]).toEqual([2, `Lỗi: ${empty}: thư mục không có tệp .xlsx nào`]);
    fs.writeFileSync(path.join(empty, "ghi-chu.txt"), "x");
    expect((await run(["validate", empty, "--json", "--lang", "en"])).code).toBe(2);
  });

  test("an old .xls file has its own code and says to save as .xlsx", async () => {
    const dir = folder("xls");
    // An OLE compound file whose directory names a Workbook stream, as Excel 97–2003 writes it.
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(1016),
      Buffer.from("Workbook", "utf16le"),
    ]);
    fs.writeFileSync(path.join(dir, "cu.xls"), ole);
    const r = await run(["validate", dir, "--json"]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out).files[0]).toMatchObject({
      ok: false,
      error: { code: "xls", message: expect.stringMatching(/tệp \.xls cũ.*lưu lại dạng Sổ làm việc Excel \(\.xlsx\)/) },
    });
  });

  test("--write: two inputs with one name keep both results; an input in the output folder is never written", async () => {
    const f1 = folder("trung", "f1");
    const f2 = folder("trung", "f2");
    const out = folder("trung-ra");
    fs.writeFileSync(path.join(f1, "a.xlsx"), base);
    fs.writeFileSync(path.join(f2, "a.xlsx"), base);
    fs.writeFileSync(path.join(out, "b.checked.xlsx"), base); // an input, exactly where b's copy would go
    fs.copyFileSync(path.join(out, "b.checked.xlsx"), path.join(f1, "b.xlsx"));
    const before = { ...checksums(path.join(work, "trung")), ...checksums(out) };
    const r = await run(["validate", f1, f2, path.join(out, "b.checked.xlsx"), "--write", out, "--json"]);
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.out);
    expect(doc.files.map((f: { written: string | null }) => f.written && path.basename(f.written))).toEqual([
      "a.checked.xlsx",
      null, // f1/b.xlsx's copy would be the input out/b.checked.xlsx: refused
      "a-2.checked.xlsx",
      "b.checked.checked.xlsx",
    ]);
    expect(doc.files[1]).toMatchObject({ ok: true, writeError: { code: "isInput" } });
    expect(checksums(path.join(work, "trung"))).toEqual(
      Object.fromEntries(Object.entries(before).filter(([k]) => !k.startsWith("b.")))
    );
    expect(checksum(path.join(out, "b.checked.xlsx"))).toBe(before["b.checked.xlsx"]);
  });

  test("--write into a missing folder: exit 2 and the message, nothing thrown", async () => {
    const input = path.join(work, "mot.xlsx");
    fs.writeFileSync(input, base);
    const target = path.join(work, "khong-co-thu-muc", "ra.xlsx");
    const r = await run(["validate", input, "--write", target]);
    expect([r.code, r.err]).toEqual([2, `Không ghi được ${target}: thư mục chứa tệp này không tồn tại.`]);
  });

  test("--write onto a folder, with one input, writes the copy inside it", async () => {
    const input = path.join(work, "mot.xlsx");
    fs.writeFileSync(input, base);
    const out = folder("mot-ra");
    const r = await run(["validate", input, "--write", out]);
    expect(r.code).toBe(0);
    expect(fs.readdirSync(out)).toEqual(["mot.checked.xlsx"]);
  });
});

(hasLibreOffice() ? test : test.skip)(
  "a real .xls written by LibreOffice, even renamed .xlsx, gets the xls code",
  () => {
    const dir = folder("xls-that");
    const source = path.join(dir, "bang.fods");
    fs.writeFileSync(
      source,
      fods([
        {
          name: "Sheet1",
          rows: [
            ["Mã", "Thực hiện"],
            ["05.1", 2100],
          ],
        },
      ])
    );
    const [xls] = convert([source], "xls", dir);
    fs.rmSync(source);
    const renamed = path.join(dir, "doi-ten.xlsx");
    fs.copyFileSync(xls, renamed);
    return Promise.all([run(["validate", xls, "--json"]), run(["validate", renamed, "--json"])]).then((rs) => {
      for (const r of rs) {
        expect(r.code).toBe(2);
        expect(JSON.parse(r.out).files[0].error.code).toBe("xls");
      }
    });
  },
  240_000
);

describe("what reaches the terminal", () => {
  test("control and bidirectional characters in a sheet name are escaped on the terminal, kept in the JSON", async () => {
    const name = "Chỉ tiêu\u202e2024\u0007";
    const bytes = await rewriteSheet(base, (xml) => xml);
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(bytes);
    const workbook = await (zip.file("xl/workbook.xml") as import("jszip").JSZipObject).async("string");
    zip.file("xl/workbook.xml", workbook.replace(/name="Chỉ tiêu 2024"/, `name="${name.replace("\u0007", "&#x7;")}"`));
    const file = path.join(work, "ten-la.xlsx");
    fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    const r = await run(["validate", file]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Trang “Chỉ tiêu\\u202e2024\\u0007”");
    expect(r.out.includes("\u202e") || r.out.includes("\u0007")).toBe(false);
    expect(JSON.parse((await run(["validate", file, "--json"])).out).files[0].sheet).toBe(name);
  });

  test("a wrong option is named in the user's language", async () => {
    const vi = await run(["validate", "x.xlsx", "--fast"]);
    expect([vi.code, vi.err]).toEqual([
      1,
      "Không có tùy chọn “--fast”. Lệnh này nhận: --period, --tolerance, --agency, --json, --write, --force, --catalogue, --lang, --help.",
    ]);
    const en = await run(["template", "--out", "--lang", "en"]);
    expect(en.err).toBe("The option “--out” needs a value, e.g. --out VALUE.");
    const flag = await run(["validate", "x.xlsx", "--json=yes"]);
    expect(flag.err).toBe("Tùy chọn “--json” không nhận giá trị nào.");
  });
});
