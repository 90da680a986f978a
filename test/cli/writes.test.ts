import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "./run";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-writes-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const run = (args: string[]) => runCli(args, work);

const hash = (file: string) => fs.readFileSync(file).toString("base64");

describe("every command writes through the shared writer", () => {
  const input = path.join(work, "mau.xlsx");
  beforeAll(async () => expect((await run(["template", "--out", input])).code).toBe(0));

  test("template: a missing folder or a folder as target is a message and exit 2, in either language", async () => {
    const r = await run(["template", "--out", path.join(work, "khong-co", "a.xlsx")]);
    expect([r.code, r.err]).toEqual([
      2,
      `Không ghi được ${path.join(work, "khong-co", "a.xlsx")}: thư mục chứa tệp này không tồn tại.`,
    ]);
    const folder = await run(["template", "--out", work, "--force", "--lang", "en"]);
    expect([folder.code, folder.err]).toEqual([2, `Cannot write ${work}: it is a folder, not a file.`]);
  });

  test("template: a folder-like name or another extension is refused, nothing written (trial B)", async () => {
    for (const out of ["t-dir/", "t.docx", "t"]) {
      const r = await run(["template", "--out", out]);
      expect([r.code, r.err]).toEqual([
        1,
        `Tệp ra “${out}” phải có tên đuôi .xlsx (mẫu là một sổ làm việc Excel), ví dụ --out chi-tieu-2024.xlsx; để ghi vào một thư mục, hãy ghi cả tên tệp: --out thu-muc/chi-tieu-2024.xlsx.`,
      ]);
    }
    expect(fs.existsSync(path.join(work, "t-dir")) || fs.existsSync(path.join(work, "t.docx"))).toBe(false);
    expect((await run(["template", "--out", "T.XLSX"])).code).toBe(0);
  });

  test("validate --write: an existing output needs --force; an input is refused by any path", async () => {
    const out = path.join(work, "ket-qua.xlsx");
    fs.writeFileSync(out, "old");
    const refused = await run(["validate", input, "--write", out]);
    expect([refused.code, refused.err]).toEqual([1, `Tệp ${out} đã có; thêm --force để ghi đè.`]);
    expect(fs.readFileSync(out, "utf8")).toBe("old");
    expect((await run(["validate", input, "--write", out, "--force"])).code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe("PK");

    const before = hash(input);
    const hard = path.join(work, "lien-ket-cung.xlsx");
    const soft = path.join(work, "lien-ket-mem.xlsx");
    fs.linkSync(input, hard);
    fs.symlinkSync(input, soft);
    for (const target of [hard, soft]) {
      const r = await run(["validate", input, "--write", target, "--force"]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/đó là một tệp đầu vào/);
    }
    expect(hash(input)).toBe(before);
  });

  test("validate --write in a folder: a failed write is reported beside the printed report, exit 2", async () => {
    const dir = path.join(work, "vao");
    const outDir = path.join(work, "ra");
    fs.mkdirSync(dir);
    fs.mkdirSync(outDir);
    fs.copyFileSync(input, path.join(dir, "a.xlsx"));
    fs.copyFileSync(input, path.join(dir, "b.xlsx"));
    fs.mkdirSync(path.join(outDir, "b.checked.xlsx")); // a folder where b's copy would go
    const r = await run(["validate", dir, "--write", outDir]);
    expect(r.code).toBe(2);
    expect(r.out).toContain(`Tệp: ${path.join(dir, "b.xlsx")}`);
    expect(r.err).toBe(
      `Lỗi: ${path.join(dir, "b.xlsx")}: Không ghi được ${path.join(outDir, "b.checked.xlsx")}: đó là một thư mục, không phải tệp.`
    );
    const json = JSON.parse((await run(["validate", dir, "--write", outDir, "--force", "--json"])).out);
    expect(json.files[1]).toMatchObject({ ok: true, written: null, writeError: { code: "isFolder" } });
    expect(json.files[0].written).toBe(path.join(outDir, "a.checked.xlsx"));
  });
});
