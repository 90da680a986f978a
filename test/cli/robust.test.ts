import Ajv from "ajv";
import { spawn } from "child_process";
import fc from "fast-check";
import * as fs from "fs";
import JSZip from "jszip";
import * as os from "os";
import * as path from "path";
import schema from "../../docs/cli-json.schema.json";
import { filledTemplate, SHEET } from "./hostile";
import { runCli } from "./run";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-robust-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const meetsSchema = new Ajv({ allErrors: true, strict: false }).compile(schema);

let base: Buffer;
let entries: string[];
beforeAll(async () => {
  base = await filledTemplate();
  entries = Object.keys((await JSZip.loadAsync(base)).files);
});

/** One way a file gets broken: cut short, bits flipped, or a part replaced, added or removed. */
type Damage =
  | { kind: "truncate"; at: number }
  | { kind: "flip"; bits: { at: number; bit: number }[] }
  | { kind: "entry"; index: number; content: Uint8Array | string | null };

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("flip" as const),
    bits: fc.array(fc.record({ at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }), { minLength: 1, maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constant("entry" as const),
    index: fc.nat(),
    content: fc.oneof(
      fc.uint8Array({ maxLength: 2000 }),
      fc.string({ maxLength: 300 }),
      fc.constantFrom(
        null,
        "<worksheet><sheetData><row r='99999999'><c r='B1'><v>1</v></c></row></sheetData></worksheet>",
        "<worksheet><sheetData><row><c t='s'><v>99</v></c><c r='ZZZZ1'><v>1e999</v></c></row>",
        '<?xml version="1.0"?><workbook><sheets><sheet name="a" r:id="rId1"/></sheets></workbook>'
      )
    ),
  })
);

async function apply(d: Damage): Promise<Buffer> {
  if (d.kind === "truncate") return base.subarray(0, d.at % base.length);
  if (d.kind === "flip") {
    const copy = Buffer.from(base);
    for (const { at, bit } of d.bits) copy[at % copy.length] ^= 1 << bit;
    return copy;
  }
  const zip = await JSZip.loadAsync(base);
  const names = [...entries, SHEET, "xl/extra.xml"];
  const name = names[d.index % names.length];
  if (d.content === null) zip.remove(name);
  else zip.file(name, d.content);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

test("property: any truncation, bit flip or random part exits 0, 1 or 2 with a message, never a crash", async () => {
  const file = path.join(work, "hong.xlsx");
  await fc.assert(
    fc.asyncProperty(damage, async (d) => {
      fs.writeFileSync(file, await apply(d));
      const json = await runCli(["validate", file, "--json"], work);
      expect([0, 2]).toContain(json.code);
      const doc = JSON.parse(json.out);
      expect(meetsSchema(doc)).toBe(true);
      if (json.code === 2) expect(doc.files[0].error.message.length).toBeGreaterThan(0);
      const text = await runCli(["validate", file, "--lang", "en"], work);
      expect(text.code).toBe(json.code);
      if (text.code === 2)
        expect(text.err).toMatch(new RegExp(`^Error: ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: \\S`));
    }),
    { numRuns: 60 }
  );
}, 120_000);

/** Starts a child that writes `bytes` MB to `target` through the shared writer; resolves when it has started. */
function writer(target: string, megabytes: number, fill: number) {
  const script = `
    const { writeOutput } = require(${JSON.stringify(path.join(__dirname, "../../src/cli/output.ts"))});
    const data = Buffer.alloc(${megabytes} * 2 ** 20, ${fill});
    process.stdout.write("writing\\n");
    writeOutput(${JSON.stringify(target)}, data, { force: true });
    process.stdout.write("done\\n");`;
  const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", script], {
    cwd: path.join(__dirname, "../.."),
    stdio: ["ignore", "pipe", "inherit"],
  });
  const started = new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
  const ended = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, started, ended };
}

test("a write killed half-way leaves the old file whole", async () => {
  const target = path.join(work, "ket-qua.xlsx");
  fs.writeFileSync(target, base);
  for (const delay of [0, 30, 80]) {
    const w = writer(target, 400, 7);
    await w.started;
    await new Promise((r) => setTimeout(r, delay));
    w.child.kill("SIGKILL");
    await w.ended;
    const now = fs.readFileSync(target);
    // Either the old file or the whole new one, never a part.
    if (now.length === base.length) expect(now.equals(base)).toBe(true);
    else expect(now.length === 400 * 2 ** 20 && now.every((b) => b === 7)).toBe(true);
    fs.writeFileSync(target, base);
  }
  // A killed writer leaves its temporary file beside the target, never in its place: proof it died mid-write.
  const temporary = fs.readdirSync(work).filter((name) => name.endsWith(".tmp"));
  expect(temporary.length).toBeGreaterThan(0);
  for (const f of temporary) fs.rmSync(path.join(work, f));
}, 60_000);

test("two writers at once leave one whole file", async () => {
  const target = path.join(work, "cung-luc.xlsx");
  fs.writeFileSync(target, "cu");
  const a = writer(target, 50, 1);
  const b = writer(target, 50, 2);
  expect(await Promise.all([a.ended, b.ended])).toEqual([0, 0]);
  const now = fs.readFileSync(target);
  expect(now.length).toBe(50 * 2 ** 20);
  expect(now.every((x) => x === now[0]) && (now[0] === 1 || now[0] === 2)).toBe(true);
}, 60_000);
