import * as fs from "fs";
import * as path from "path";
import { checkManifest } from "../../scripts/manifest-check";

const ROOT = path.join(__dirname, "../..");

const makeConfig = require("../../webpack.config.js") as (
  env: object,
  argv: { mode: string }
) => Promise<{
  plugins: { patterns?: { from: string; transform?: (content: Buffer) => string | Buffer }[] }[];
}>;

async function manifestFrom(mode: string, url?: string): Promise<string> {
  const saved = process.env.ADDIN_PUBLIC_URL;
  if (url === undefined) delete process.env.ADDIN_PUBLIC_URL;
  else process.env.ADDIN_PUBLIC_URL = url;
  const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  try {
    const config = await makeConfig({}, { mode });
    const pattern = config.plugins.flatMap((p) => p.patterns ?? []).find((p) => p.from === "manifest.xml");
    const content = fs.readFileSync(path.join(ROOT, "manifest.xml"));
    return String(pattern?.transform ? pattern.transform(content) : content);
  } finally {
    warn.mockRestore();
    if (saved === undefined) delete process.env.ADDIN_PUBLIC_URL;
    else process.env.ADDIN_PUBLIC_URL = saved;
  }
}

const readFile = (relative: string) => {
  const full = path.join(ROOT, relative);
  return fs.existsSync(full) ? fs.readFileSync(full) : undefined;
};

describe("the production build's manifest", () => {
  test("points at ADDIN_PUBLIC_URL and passes the production check", async () => {
    const xml = await manifestFrom("production", "https://chitieu.langson.gov.vn");
    expect(xml).not.toContain("localhost");
    expect(xml).toContain("https://chitieu.langson.gov.vn/taskpane.html");
    expect(checkManifest(xml, { production: true, readFile })).toEqual([]);
  });

  test("a URL with a path: pages under the path, the AppDomain the origin", async () => {
    const xml = await manifestFrom("production", "https://so-khdt.langson.gov.vn:8443/chi-tieu/");
    expect(xml).toContain(
      '<SourceLocation DefaultValue="https://so-khdt.langson.gov.vn:8443/chi-tieu/taskpane.html"/>'
    );
    expect(xml).toContain("<AppDomain>https://so-khdt.langson.gov.vn:8443</AppDomain>");
    expect(xml).not.toContain("localhost");
    expect(checkManifest(xml, { production: true, readFile })).toEqual([]);
  });

  test("development keeps localhost; production without the variable keeps it and fails the production check", async () => {
    expect(await manifestFrom("development", "https://chitieu.langson.gov.vn")).toContain(
      "https://localhost:3000/taskpane.html"
    );
    const xml = await manifestFrom("production");
    expect(checkManifest(xml, { production: true, readFile }).some((p) => p.includes("points at localhost"))).toBe(
      true
    );
  });

  test("refuses a non-https public URL", async () => {
    await expect(manifestFrom("production", "http://chitieu.langson.gov.vn")).rejects.toThrow(/must be an https URL/);
  });
});

describe("the task pane's size", () => {
  async function budgetPlugin() {
    const config = (await makeConfig({}, { mode: "development" })) as unknown as {
      plugins: { constructor: { name: string }; measure?: (compiler: unknown, compilation: unknown) => void }[];
    };
    return config.plugins.find((p) => p.constructor.name === "PaneBudgetPlugin");
  }
  const compilation = (bytes: number) => ({
    entrypoints: new Map([["taskpane", { getFiles: () => ["taskpane.js"] }]]),
    getAsset: () => ({ source: { buffer: () => Buffer.alloc(bytes, 1) } }),
    errors: [] as Error[],
  });

  test("a development build does not print its (unminified) size against the budget", async () => {
    const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    const plugin = await budgetPlugin();
    const c = compilation(4_000_000);
    plugin?.measure?.({ options: { mode: "development" } }, c);
    expect(log).not.toHaveBeenCalled();
    expect(c.errors).toEqual([]);
    log.mockRestore();
  });

  test("a production build prints it against the budget", async () => {
    const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    const plugin = await budgetPlugin();
    const c = compilation(400_000);
    plugin?.measure?.({ options: { mode: "production" } }, c);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/budget 160 KB gzip/));
    log.mockRestore();
  });
});
