/** A date typed in a figure cell of a file, as ExcelJS reads it: the same refusal as in Excel (src/core/dateCells.ts). */

import ExcelJS from "exceljs";
import { cliWorkspace, letterOf } from "./run";
import { readXlsx, rowOfCode } from "./xlsxXml";

jest.setTimeout(60_000);
const { run, at } = cliWorkspace("date-figure");

test("30/06/2024 in 07.1's Thực hiện is refused with the date, never judged as the figure 45.473", async () => {
  expect((await run(["template", "--out", "mau.xlsx"])).code).toBe(0);
  const { cells } = await readXlsx(at("mau.xlsx"));
  const row = rowOfCode(cells, "07.1", letterOf("code"));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(at("mau.xlsx"));
  const cell = wb.worksheets[0].getCell(`${letterOf("actual")}${row}`);
  cell.value = new Date(Date.UTC(2024, 5, 30));
  cell.numFmt = "dd/mm/yyyy";
  await wb.xlsx.writeFile(at("ngay.xlsx"));
  const r = await run(["validate", "ngay.xlsx", "--json"]);
  const json = JSON.parse(r.out);
  const row071 = json.files[0].rows.find((x: { code: string }) => x.code === "07.1");
  expect(row071.status).toBe("invalid");
  expect(row071.problems.map((p: { message: string }) => p.message)).toEqual([
    "Chỉ tiêu 07.1, cột “Thực hiện”: giá trị “30/06/2024” không hợp lệ: ô đang là ngày tháng (30/06/2024), không phải " +
      "con số: Excel tự đổi những gì gõ như 30/6 hay 1/2 thành ngày; hãy đặt định dạng ô là Số (Number) rồi gõ lại con số.",
  ]);
  expect(JSON.stringify(json)).not.toContain("45473");
});
