// `npm start`: serves the add-in on https://localhost:3000 and loads it into Excel.
// Desktop Excel (Windows, macOS): office-addin-debugging sideloads it. Elsewhere (Linux, or no desktop
// Excel), it serves the add-in and says, step by step, how to load it into Excel on the web.
import { spawn } from "node:child_process";

const run = (command, args) => {
  const child = spawn(command, args, { stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 0));
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
};

const desktop = process.platform === "win32" || process.platform === "darwin";
if (desktop && !process.env.CHI_TIEU_WEB) {
  run("npx", ["office-addin-debugging", "start", "manifest.xml", "desktop"]);
} else {
  console.log(`
Chỉ tiêu 2024: máy chủ phát triển chạy tại https://localhost:3000 (nhấn Ctrl+C để dừng).
Máy này không có Excel cho máy tính, hãy nạp phần bổ trợ vào Excel trên web:
  1. Mở https://localhost:3000/taskpane.html một lần trong trình duyệt và chấp nhận chứng chỉ localhost
     (hoặc cài chứng chỉ: npx office-addin-dev-certs install, cần quyền quản trị).
  2. Mở một sổ làm việc trên Excel trên web (office.com).
  3. Trang đầu > Phần bổ trợ > Phần bổ trợ khác > Tải lên phần bổ trợ của tôi > chọn tệp manifest.xml của thư mục này.
  4. Nhóm "Chỉ tiêu 2024" xuất hiện trên thẻ Trang đầu.
Không có Excel? "npm run preview" mở ngăn tác vụ với một sổ làm việc mô phỏng.

Chỉ tiêu 2024: the development server runs at https://localhost:3000 (Ctrl+C stops it).
This machine has no desktop Excel; load the add-in into Excel on the web:
  1. Open https://localhost:3000/taskpane.html once in your browser and accept the localhost certificate
     (or install it: npx office-addin-dev-certs install, which needs administrator rights).
  2. Open a workbook in Excel on the web (office.com).
  3. Home > Add-ins > More Add-ins > Upload My Add-in > choose this folder's manifest.xml.
  4. The "Targets 2024" group appears on the Home tab.
No Excel at all? "npm run preview" shows the task pane beside an in-memory workbook.
`);
  run("npx", ["webpack", "serve", "--mode", "development"]);
}
