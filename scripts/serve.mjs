// Serves a built folder over http on localhost only: `node scripts/serve.mjs [dir] [port]`.
// Used by `npm run preview` and the end-to-end tests; no network beyond this machine.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * `immutable`: files whose names carry webpack's content hash (`taskpane.dae4eee1.js`) may be kept by the browser
 * for a year, as a real host should serve them; everything else is asked for again each time. Without it nothing is
 * kept (`npm run preview` and the tests always get the files just built).
 */
export function serve(dir, port, { immutable = false } = {}) {
  const root = resolve(dir);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = normalize(join(root, path === "/" ? "preview.html" : path));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
      return;
    }
    response.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": immutable && /\.[0-9a-f]{8}\.(js|css)$/.test(file) ? "max-age=31536000, immutable" : "no-store",
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((ready) => server.listen(port, "127.0.0.1", () => ready(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? "dist";
  const port = Number(process.argv[3] ?? 3100);
  if (!existsSync(join(dir, "preview.html"))) {
    console.error(`${dir}/preview.html is missing: run "npm run build" first.`);
    process.exit(1);
  }
  // Port 0 asks the system for a free one (the end-to-end tests do): print the one it gave.
  const { port: actual } = (await serve(dir, port)).address();
  console.log(`Chỉ tiêu: xem thử tại / preview at http://localhost:${actual}/preview.html (Ctrl+C để dừng / to stop)`);
}
