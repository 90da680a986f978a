#!/usr/bin/env node
// The command line's entry: `npx chi-tieu …` (built into lib/ by `npm ci`, through the prepare script).
const path = require("path");
let cli;
try {
  cli = require(path.join(__dirname, "..", "lib", "src", "cli", "main.js"));
} catch (error) {
  process.stderr.write(`chi-tieu: not built yet; run "npm run build:cli" first (${error.message})\n`);
  process.exit(1);
}
// `chi-tieu validate … | head` closes the pipe early: stop quietly, as command-line tools do.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
cli.main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    // main() turns every error into a message; this is the last net, one line unless CHI_TIEU_DEBUG is set.
    const detail = process.env.CHI_TIEU_DEBUG && error && error.stack ? error.stack : (error && error.message) || error;
    process.stderr.write(`chi-tieu: ${detail}\n`);
    process.exitCode = 2;
  }
);
