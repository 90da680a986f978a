import * as fs from "fs";
import * as path from "path";
import { checkManifest, pngSize } from "../../scripts/manifest-check";

const ROOT = path.join(__dirname, "../..");
const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const readFile = (relative: string) => {
  const full = path.join(ROOT, relative);
  return fs.existsSync(full) ? fs.readFileSync(full) : undefined;
};
const check = (xml: string, production = false) => checkManifest(xml, { production, readFile });

describe("the manifest check", () => {
  test("the project's manifest passes", () => {
    expect(check(manifest)).toEqual([]);
  });

  test("the development manifest is refused for production: it points at localhost", () => {
    const problems = check(manifest, true);
    expect(problems.length).toBeGreaterThan(5);
    expect(problems).toContain(
      'OfficeApp/DefaultSettings/SourceLocation: "https://localhost:3000/taskpane.html" points at localhost in a production manifest'
    );
  });

  test("a production manifest with the real URL passes", () => {
    const prod = manifest.replace(/https:\/\/localhost:3000/g, "https://chitieu.langson.gov.vn");
    expect(check(prod, true)).toEqual([]);
  });

  test.each([
    [
      "a missing required element",
      (x: string) => x.replace(/<ProviderName>.*<\/ProviderName>/, ""),
      "missing required element <ProviderName>",
    ],
    [
      "elements out of order",
      (x: string) =>
        x
          .replace(/(<Version>.*<\/Version>)\s*(<Id>.*<\/Id>)/, "$2$1")
          .replace(/(<Id>.*<\/Id>)\s*(<Version>.*<\/Version>)/, "$2\n$1"),
      "<Id> must come before <Version>",
    ],
    [
      "a non-https URL",
      (x: string) => x.replace('SourceLocation DefaultValue="https://', 'SourceLocation DefaultValue="http://'),
      'OfficeApp/DefaultSettings/SourceLocation: "http://localhost:3000/taskpane.html" is not an https URL',
    ],
    [
      "a resid that points nowhere",
      (x: string) => x.replace('<Label resid="Validate.Label"/>', '<Label resid="Validate.Lable"/>'),
      'resid "Validate.Lable" points nowhere in <bt:ShortStrings>',
    ],
    [
      "a resid into the wrong collection",
      (x: string) => x.replace('<FunctionFile resid="Commands.Url"/>', '<FunctionFile resid="Group.Label"/>'),
      'resid "Group.Label" points nowhere in <bt:Urls>',
    ],
    [
      "a wrong icon size",
      (x: string) => x.replace('bt:Image size="80" resid="Icon.80x80"', 'bt:Image size="80" resid="Icon.32x32"'),
      '"assets/icon-32.png" is 32×32, not 80×80',
    ],
    [
      "a missing icon size",
      (x: string) => x.replace('<bt:Image size="16" resid="Icon.16x16"/>', ""),
      "has no 16px image",
    ],
    [
      "an icon file that does not exist",
      (x: string) => x.replace("assets/icon-64.png", "assets/icon-65.png"),
      '<HighResolutionIconUrl>: the icon file "assets/icon-65.png" does not exist',
    ],
    [
      "no ExcelApi 1.8 requirement",
      (x: string) => x.replace('MinVersion="1.8"', 'MinVersion="1.1"'),
      '<Requirements> must ask for <Set Name="ExcelApi" MinVersion="1.8"/>',
    ],
    [
      "another default locale",
      (x: string) => x.replace("<DefaultLocale>vi-VN", "<DefaultLocale>en-US"),
      "<DefaultLocale> must be vi-VN",
    ],
    [
      "a string without English",
      (x: string) => x.replace(/<bt:Override Locale="en-[A-Z]+" Value="Validate"\/>/g, ""),
      'string "Validate.Label" has no English <bt:Override>',
    ],
    [
      "a string without one of the English locales (English Excel in the UK would show Vietnamese)",
      (x: string) => x.replace('<bt:Override Locale="en-GB" Value="Validate"/>', ""),
      'string "Validate.Label" has no <bt:Override> for en-GB',
    ],
    [
      "a display name without one of the English locales",
      (x: string) => x.replace('<Override Locale="en-SG" Value="Targets 2024"/>', ""),
      "<DisplayName> has no <Override> for en-SG",
    ],
    [
      "an AppDomain with a path (an AppDomain is an origin)",
      (x: string) =>
        x.replace(
          "<AppDomain>https://localhost:3000</AppDomain>",
          "<AppDomain>https://localhost:3000/chi-tieu</AppDomain>"
        ),
      '"https://localhost:3000/chi-tieu" is not an origin',
    ],
    [
      "a duplicated control id",
      (x: string) => x.replace('id="ChiTieu.Validate"', 'id="ChiTieu.OpenPane"'),
      'the id "ChiTieu.OpenPane" is used twice',
    ],
    [
      "an Id that is no GUID",
      (x: string) => x.replace(/<Id>[^<]*<\/Id>/, "<Id>chi-tieu</Id>"),
      '<Id> "chi-tieu" is not a GUID',
    ],
    ["XML that is not well formed", (x: string) => x.replace("</OfficeApp>", ""), "XML is not well formed"],
  ])("fails on %s", (_label, mutate, expected) => {
    const problems = check(mutate(manifest));
    expect(problems.some((p) => p.includes(expected))).toBe(true);
  });

  test("reads PNG sizes and refuses other files", () => {
    expect(pngSize(readFile("assets/icon-80.png") as Uint8Array)).toEqual({ width: 80, height: 80 });
    expect(pngSize(Buffer.from("GIF89a not a png at all......"))).toBeUndefined();
  });

  test("every icon size the product ships exists and is square", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(readFile(`assets/icon-${size}.png`) as Uint8Array)).toEqual({ width: size, height: size });
    }
  });
});
