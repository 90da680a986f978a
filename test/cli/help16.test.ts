/** Trial 20, finding 16, on the command line: the general help names every command's options, and validate of an agency's own file says what is judged. */

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "./run";

jest.setTimeout(60_000);

describe("trial 20, finding 16: the help and an agency's own file", () => {
  const work16 = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-help-"));
  afterAll(() => fs.rmSync(work16, { recursive: true, force: true }));

  test("chi-tieu --help lists every command's options, and says plainly where the rest are", async () => {
    for (const lang of ["vi", "en"]) {
      const help = (await runCli(["--help", "--lang", lang], work16)).out;
      expect(help).toMatch(/chi-tieu template \[--out \S+\] \[--period \S+\]/);
      for (const option of ["--issuer", "--period", "--date", "--tolerance", "--group-by", "--docx"]) {
        expect(help.split("\n").find((l) => l.startsWith("  chi-tieu report"))).toContain(option);
      }
      expect(help).toContain(lang === "vi" ? "chi-tieu <lệnh> --help" : "chi-tieu <command> --help");
    }
  });

  test("validate of an agency's own file says that only its rows are judged, as the pane does", async () => {
    expect((await runCli(["template", "--out", "mau.xlsx"], work16)).code).toBe(0);
    expect((await runCli(["split", "mau.xlsx", "--out", "gui", "--agency", "Sở Y tế"], work16)).code).toBe(0);
    const r = await runCli(["validate", path.join("gui", "so-y-te.xlsx")], work16);
    expect(r.out.split("\n")).toContain("  Tệp của Sở Y tế: chỉ đánh giá các chỉ tiêu cơ quan này chủ trì.");
    const json = JSON.parse((await runCli(["validate", path.join("gui", "so-y-te.xlsx"), "--json"], work16)).out);
    expect(json.files[0].agency).toBe("Sở Y tế");
    const whole = JSON.parse((await runCli(["validate", "mau.xlsx", "--json"], work16)).out);
    expect(whole.files[0].agency).toBeNull();
    expect((await runCli(["validate", "mau.xlsx"], work16)).out).not.toContain("Tệp của");
  });
});
