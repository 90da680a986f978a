import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { parse } from "acorn";

const html = fs.readFileSync(path.join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
const inline = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";

/** Runs the page's inline check as a browser with this user agent and these features would. */
function runCheck(userAgent: string, modern: boolean) {
  const written: string[] = [];
  const window: Record<string, unknown> = { navigator: { userAgent } };
  if (modern) window.fetch = () => undefined;
  const context: Record<string, unknown> = {
    window,
    document: { documentElement: { className: "" }, write: (s: string) => written.push(s) },
    Promise: modern ? Promise : undefined,
    Symbol: modern ? Symbol : undefined,
    Function: modern
      ? Function
      : function () {
          throw new SyntaxError("Expected identifier");
        },
  };
  vm.runInNewContext(inline, context);
  return { unsupported: window.chiTieuUnsupported, written };
}

describe("the old-Office check in taskpane.html", () => {
  test("is plain ES5, so Internet Explorer can run it", () => {
    expect(inline.length).toBeGreaterThan(100);
    expect(() => parse(inline, { ecmaVersion: 5 })).not.toThrow();
  });

  test("comes before Office.js and the bundle", () => {
    expect(html.indexOf("chiTieuUnsupported")).toBeLessThan(html.indexOf("office.js"));
  });

  test("Internet Explorer (Office 2016) sees the message", () => {
    const ua = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; ms-office; MSOffice 16)";
    const r = runCheck(ua, false);
    expect(r.unsupported).toBe(true);
    expect(r.written.join("")).toContain("#unsupported { display: block; }");
  });

  test("the old Edge (EdgeHTML, Office 2019) sees the message", () => {
    const ua =
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0 Safari/537.36 Edge/18.17763";
    expect(runCheck(ua, true).unsupported).toBe(true);
  });

  test("a browser without modern JavaScript sees the message, whatever it calls itself", () => {
    expect(runCheck("Mozilla/5.0 SomethingOld", false).unsupported).toBe(true);
  });

  test("Edge WebView2 (Microsoft 365, Excel 2021) and browsers run the pane", () => {
    const ua =
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0";
    const r = runCheck(ua, true);
    expect(r.unsupported).toBe(false);
    expect(r.written).toEqual([]);
  });

  test("the message names the Office versions that can run it, in Vietnamese and English", () => {
    for (const words of [
      "Excel 2021",
      "Microsoft 365",
      "Excel trên web",
      "Excel on the web",
      "Excel 2016",
      "Excel 2019",
    ]) {
      expect(html).toContain(words);
    }
  });
});
