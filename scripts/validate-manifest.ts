/** `npm run validate [-- --production] [manifest.xml]`: checks a manifest offline and names every problem. */

import * as fs from "fs";
import * as path from "path";
import { checkManifest } from "./manifest-check";

const args = process.argv.slice(2);
const production = args.includes("--production");
const file = args.find((a) => !a.startsWith("--")) ?? "manifest.xml";
const dir = path.dirname(path.resolve(file));

let xml: string;
try {
  xml = fs.readFileSync(file, "utf8");
} catch {
  console.error(`Không đọc được tệp manifest / Cannot read the manifest: ${file}`);
  process.exit(2);
}
const problems = checkManifest(xml, {
  production,
  readFile: (relative) => {
    const full = path.join(dir, relative);
    return fs.existsSync(full) ? fs.readFileSync(full) : undefined;
  },
});
if (problems.length > 0) {
  console.error(`${file}: ${problems.length} problem(s)`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(`${file}: the manifest is valid${production ? " for production" : ""} (checked offline).`);
