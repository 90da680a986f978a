/**
 * Every command given --json prints one JSON object when it stops on an error, as validate does for a file it
 * cannot read: split, merge and status printed nothing at all (trial 19, F11). The message is the one on stderr.
 */

import Ajv from "ajv";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import schema from "../../docs/cli-json.schema.json";
import { filledTemplate } from "./hostile";
import { runCli } from "./run";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-json-errors-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const run = (args: string[]) => runCli(args, work);
const meetsSchema = new Ajv({ allErrors: true, strict: false }).compile(schema);
const linux = process.platform === "linux" && fs.existsSync("/proc/self");

let tongHop: string;
beforeAll(async () => {
  tongHop = path.join(work, "tong-hop.xlsx");
  fs.writeFileSync(tongHop, await filledTemplate());
});

/** The run's stdout as the failure document, checked against the schema, and its error the one on stderr. */
function failure(r: { out: string; err: string }, command: string | null) {
  const doc = JSON.parse(r.out);
  const checked: unknown = doc;
  if (!meetsSchema(checked)) throw new Error(JSON.stringify(meetsSchema.errors?.slice(0, 5), null, 2));
  expect(doc).toMatchObject({ tool: "chi-tieu", format: 1, command, ok: false });
  // Notes may come first on stderr; the error is its last line.
  expect(doc.error.message).toBe(r.err.split("\n").pop());
  return doc.error as { code: string; message: string };
}

(linux ? test : test.skip)("split --json: the folder that cannot be made, as JSON on stdout, exit 2", async () => {
  const r = await run(["split", tongHop, "--out", "/proc/chi-tieu-khong-co/gui", "--json"]);
  expect(r.code).toBe(2);
  expect(failure(r, "split")).toEqual({
    code: "permission",
    message: expect.stringMatching(/^Không tạo được thư mục \/proc\/chi-tieu-khong-co\/gui: ổ đĩa/),
  });
});

test("split --json: an agency's file that would be replaced without --force, exit 1", async () => {
  const out = path.join(work, "gui");
  expect((await run(["split", tongHop, "--out", out, "--agency", "Sở Y tế"])).code).toBe(0);
  const r = await run(["split", tongHop, "--out", out, "--agency", "Sở Y tế", "--json"]);
  expect(r.code).toBe(1);
  expect(failure(r, "split").code).toBe("exists");
}, 60_000);

test("merge --json: the copy cannot be written (its folder does not exist), exit 2", async () => {
  const agency = path.join(work, "so-y-te.xlsx");
  fs.copyFileSync(tongHop, agency);
  const r = await run(["merge", tongHop, agency, "--write", path.join(work, "khong-co", "m.xlsx"), "--json"]);
  expect(r.code).toBe(2);
  expect(failure(r, "merge")).toEqual({
    code: "noFolder",
    message: `Không ghi được ${path.join(work, "khong-co", "m.xlsx")}: thư mục chứa tệp này không tồn tại.`,
  });
});

test("merge --json: the consolidated workbook cannot be read, exit 2", async () => {
  const r = await run(["merge", path.join(work, "khong-co.xlsx"), tongHop, "--json", "--lang", "en"]);
  expect(r.code).toBe(2);
  expect(failure(r, "merge").code).toBe("notFound");
});

test("status --json: the workbook cannot be read, exit 2; a wrong --today, exit 1", async () => {
  fs.writeFileSync(path.join(work, "rong.xlsx"), "");
  const r = await run(["status", path.join(work, "rong.xlsx"), "--json"]);
  expect(r.code).toBe(2);
  expect(failure(r, "status")).toEqual({ code: "empty", message: `Lỗi: ${path.join(work, "rong.xlsx")}: tệp rỗng` });
  const usage = await run(["status", tongHop, "--today", "30/06/2024", "--json"]);
  expect(usage.code).toBe(1);
  expect(failure(usage, "status").code).toBe("usage");
});

test("validate --json: a refusal before any file is read is a failure document too", async () => {
  const r = await run(["validate", tongHop, tongHop + "x", "--write", path.join(work, "one.xlsx"), "--json"]);
  expect(r.code).toBe(1);
  expect(failure(r, "validate").code).toBe("usage");
  const option = await run(["validate", tongHop, "--json", "--bogus"]);
  expect(option.code).toBe(1);
  expect(failure(option, "validate").message).toContain("--bogus");
});

test("without --json nothing is printed on stdout, as before", async () => {
  const r = await run([
    "merge",
    tongHop,
    path.join(work, "so-y-te.xlsx"),
    "--write",
    path.join(work, "khong-co", "m.xlsx"),
  ]);
  expect([r.code, r.out]).toEqual([2, ""]);
});
