/** split --out where no folder can be made: a message in the person's language with what to do, never a hang (trial 19, F11). */

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { filledTemplate } from "./hostile";
import { runCli } from "./run";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-split-out-"));
// split writes 13 whole workbooks: seconds on a shared, loaded machine (it timed out at jest's 5 s in a full run).
jest.setTimeout(60_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

// /proc takes no new folder and answers mkdir with ENOENT, as a read-only disk answers Node's recursive mkdir.
const linux = process.platform === "linux" && fs.existsSync("/proc/self");

(linux ? test : test.skip)("a place that takes no new folder is said in Vietnamese and English, exit 2", async () => {
  const tongHop = path.join(work, "tong-hop.xlsx");
  fs.writeFileSync(tongHop, await filledTemplate());
  const r = await runCli(["split", tongHop, "--out", "/proc/chi-tieu-khong-co/gui"], work);
  expect([r.code, r.out]).toEqual([2, ""]);
  expect(r.err).toBe(
    "Không tạo được thư mục /proc/chi-tieu-khong-co/gui: ổ đĩa hoặc thư mục chỉ đọc, hoặc không có quyền ghi ở đó. Hãy chọn thư mục khác cho --out."
  );
  const en = await runCli(["split", tongHop, "--out", "/proc/chi-tieu-khong-co", "--lang", "en"], work);
  expect(en.err).toMatch(/read-only, or you may not write there\. Choose another folder for --out\.$/);
  expect(en.err).not.toMatch(/ENOENT|mkdir/);
  // Missing levels under a folder that exists are still made.
  expect((await runCli(["split", tongHop, "--out", "a/b/c"], work)).code).toBe(0);
  expect(fs.readdirSync(path.join(work, "a/b/c"))).toHaveLength(13);
});
