// `npm start`: serves the add-in on https://localhost:3000 and loads it into Excel.
// Desktop Excel (Windows, macOS): office-addin-debugging sideloads it. Elsewhere (Linux, or no desktop
// Excel), it serves the add-in and, once the first build is ready, ends with numbered steps for
// loading it into Excel on the web: the last thing on the screen, not buried under webpack's output.
import { spawn } from "node:child_process";

const run = (command, args, options = {}) => {
  const child = spawn(command, args, { stdio: "inherit", shell: process.platform === "win32", ...options });
  child.on("exit", (code) => process.exit(code ?? 0));
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  return child;
};

const STEPS = `
Chỉ tiêu 2024: máy chủ phát triển đã chạy tại https://localhost:3000 (nhấn Ctrl+C để dừng).
Máy này không có Excel cho máy tính; hãy nạp phần bổ trợ vào Excel trên web:
  1. Mở https://localhost:3000/taskpane.html trong trình duyệt. Trình duyệt báo chứng chỉ không tin cậy
     (đây là chứng chỉ phát triển của máy này): chọn Nâng cao > Tiếp tục truy cập localhost.
  2. Mở một sổ làm việc trên Excel trên web (https://www.office.com, đăng nhập tài khoản cơ quan).
  3. Trang đầu > Phần bổ trợ > Phần bổ trợ khác > Tải lên phần bổ trợ của tôi > chọn tệp manifest.xml
     trong thư mục này.
  4. Nhóm "Chỉ tiêu 2024" xuất hiện trên thẻ Trang đầu.
Không có Excel? "npm run preview" mở ngăn tác vụ với một sổ làm việc mô phỏng.

Chỉ tiêu 2024: the development server is running at https://localhost:3000 (Ctrl+C stops it).
This machine has no desktop Excel; load the add-in into Excel on the web:
  1. Open https://localhost:3000/taskpane.html in your browser. It warns that the certificate is not
     trusted (it is this machine's development certificate): choose Advanced > Proceed to localhost.
  2. Open a workbook in Excel on the web (https://www.office.com, signed in with your work account).
  3. Home > Add-ins > More Add-ins > Upload My Add-in > choose this folder's manifest.xml.
  4. The "Targets 2024" group appears on the Home tab.
No Excel at all? "npm run preview" shows the task pane beside an in-memory workbook.
`;

/** webpack's last line of a build: the steps come right after the first one. */
const BUILT = /compiled (successfully|with \d+ (warnings?|errors?))|Failed to compile/;

const desktop = process.platform === "win32" || process.platform === "darwin";
if (desktop && !process.env.CHI_TIEU_WEB) {
  run("npx", ["office-addin-debugging", "start", "manifest.xml", "desktop"]);
} else {
  // CHI_TIEU_SERVE replaces the server command in this script's own test.
  const [command, ...args] = process.env.CHI_TIEU_SERVE
    ? JSON.parse(process.env.CHI_TIEU_SERVE)
    : ["npx", "webpack", "serve", "--mode", "development", "--stats", "minimal"];
  const server = run(command, args, { stdio: ["inherit", "pipe", "pipe"] });
  let told = false;
  for (const [from, to] of [
    [server.stdout, process.stdout],
    [server.stderr, process.stderr],
  ]) {
    from.on("data", (chunk) => {
      to.write(chunk);
      if (!told && BUILT.test(String(chunk))) {
        told = true;
        process.stdout.write(STEPS);
      }
    });
  }
}
