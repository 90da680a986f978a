/** `npm run bench`: every benchmark of the project, printed as figures. */
import { benchCore } from "./core";

console.log(`Chỉ tiêu benchmarks — node ${process.version}, ${new Date().toISOString()}\n`);
benchCore();
