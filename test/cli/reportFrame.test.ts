/**
 * Trial 20, finding 11: the Word draft's frame keeps "Số:" and "Lạng Sơn, ngày …" on one line whatever the issuer's
 * length, and breaks a long issuer's name where its parts meet. Checked on the PDF LibreOffice prints.
 */

import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { agencyLines } from "../../src/cli/reportDocxFrame";
import { convert, hasLibreOffice } from "./fods";
import { cliWorkspace } from "./run";

jest.setTimeout(240_000);

const { work, run } = cliWorkspace("frame");

/** The frame's issuer column: 40 % of the portrait text width (165 mm), in twips. */
const ISSUER_WIDTH = Math.floor(0.4 * 165 * 56.7);

describe("the issuer's name on its lines", () => {
  test.each([
    ["Sở Tài chính", ["SỞ TÀI CHÍNH"]],
    ["Sở Lao động - Thương binh và Xã hội", ["SỞ LAO ĐỘNG -", "THƯƠNG BINH", "VÀ XÃ HỘI"]],
    ["Sở Văn hóa, Thể thao và Du lịch", ["SỞ VĂN HÓA,", "THỂ THAO VÀ DU LỊCH"]],
    ["Sở Nông nghiệp và Phát triển nông thôn", ["SỞ NÔNG NGHIỆP", "VÀ PHÁT TRIỂN", "NÔNG THÔN"]],
    ["UBND huyện Cao Lộc", ["UBND HUYỆN CAO LỘC"]],
  ])("%s", (agency, lines) => {
    expect(agencyLines(agency, ISSUER_WIDTH)).toEqual(lines);
  });

  test("a wide column keeps a long name whole; no line is ever empty", () => {
    expect(agencyLines("Sở Lao động - Thương binh và Xã hội", 20_000)).toEqual(["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"]);
    expect(agencyLines("  Sở   Y tế ", ISSUER_WIDTH)).toEqual(["SỞ Y TẾ"]);
  });
});

(hasLibreOffice() ? describe : describe.skip)("the frame as LibreOffice prints it", () => {
  beforeAll(async () => {
    expect((await run(["template", "--out", "mau.xlsx", "--period", "6 tháng"])).code).toBe(0);
  });

  test.each(["Sở Lao động - Thương binh và Xã hội", "Sở Tài chính", "Sở Nông nghiệp và Phát triển nông thôn"])(
    "%s: “Số:” and the place and date on one line, the name broken between its parts",
    async (issuer) => {
      const docx = path.join(work, `${issuer.length}.docx`);
      const r = await run(["report", "mau.xlsx", "--docx", docx, "--issuer", issuer, "--date", "2024-07-05"]);
      expect(r.code).toBe(0);
      const [pdf] = convert([docx], "pdf", fs.mkdtempSync(path.join(work, "pdf-")));
      const lines = execFileSync("pdftotext", ["-layout", "-l", "1", pdf, "-"]).toString().split("\n");
      const number = lines.find((l) => /Số:/.test(l)) ?? "";
      expect(number).toMatch(/Số: +\/BC-\S+ +Lạng Sơn, ngày 05 tháng 7 năm 2024/);
      // the name's words that belong together stay on one line
      const head = lines.slice(0, lines.indexOf(number)).join("\n");
      for (const together of ["THƯƠNG BINH", "NÔNG THÔN", "TÀI CHÍNH"].filter((w) => issuer.toUpperCase().includes(w)))
        expect(head).toContain(together);
    }
  );
});
