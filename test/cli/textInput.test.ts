/** A text file given instead of a workbook (trial 18, F7): a .csv, or text under an Excel name, is said as such. */

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "./run";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-text-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const run = (args: string[]) => runCli(args, work);
const file = (name: string, bytes: string | Buffer) => {
  fs.writeFileSync(path.join(work, name), bytes);
  return path.join(work, name);
};

const CSV = 'Mã,Chỉ tiêu,Thực hiện\r\n01,Tốc độ tăng GRDP,"7,2"\r\n05.1,Tổng lượt khách du lịch,2150\r\n';

describe("text instead of a workbook", () => {
  test("a .csv: says it is a .csv and to save it as .xlsx in Excel, in Vietnamese and English, exit 2", async () => {
    const csv = file("so-lieu.csv", CSV);
    const vi = await run(["validate", csv]);
    expect(vi.code).toBe(2);
    expect(vi.err).toContain(
      `${csv}: tệp .csv là tệp văn bản, không phải tệp Excel .xlsx: hãy mở tệp bằng Excel, lưu lại dạng Sổ làm việc Excel (.xlsx) rồi dùng tệp .xlsx đó`
    );
    expect(vi.err).not.toContain("đổi đuôi");
    const en = await run(["validate", csv, "--lang", "en"]);
    expect(en.err).toContain(
      "a .csv file is text, not an Excel .xlsx file: open it in Excel, save it as an Excel Workbook"
    );
    const report = await run(["report", csv, "--docx", path.join(work, "bc.docx")]);
    expect(report.code).toBe(2);
    expect(report.err).toContain("tệp .csv là tệp văn bản");
  });

  test("a CSV named .xls or .xlsx, and Excel's Unicode text (UTF-16), are text whatever their name", async () => {
    const xls = file("so-lieu.xls", CSV);
    expect((await run(["validate", xls])).err).toContain("đây là tệp văn bản (như .csv) dù mang đuôi .xls");
    const utf16 = file("unicode.xlsx", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CSV, "utf16le")]));
    const r = await run(["validate", utf16, "--json"]);
    expect(r.code).toBe(2);
    const [entry] = JSON.parse(r.out).files;
    expect(entry.error.code).toBe("notXlsx");
    expect(entry.error.message).toContain("dù mang đuôi .xlsx");
  });

  test("bytes that are no text keep the message about a file renamed .xlsx", async () => {
    const binary = Buffer.alloc(512);
    for (let i = 0; i < binary.length; i++) binary[i] = (i * 37) % 256;
    const r = await run(["validate", file("anh.xlsx", binary)]);
    expect(r.err).toContain("không phải tệp Excel .xlsx (có thể là tệp khác bị đổi đuôi thành .xlsx)");
  });
});
