/** `npm run bench`: every benchmark of the project, printed as figures. */
import { benchCli } from "./cli";
import { benchCore } from "./core";
import { benchFiles } from "./files";
import { benchRound } from "./round";

async function run(): Promise<void> {
  console.log(`Chỉ tiêu benchmarks — node ${process.version}, ${new Date().toISOString()}\n`);
  benchCore();
  console.log("");
  await benchCli();
  console.log("");
  await benchFiles();
  console.log("");
  await benchRound();
}

run().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
