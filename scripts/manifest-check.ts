/**
 * Checks the add-in manifest without the network (Microsoft's online validator cannot be reached
 * here): the elements Office requires, in order; resource ids that point somewhere; https URLs
 * (and no localhost in production); icons whose files have the sizes the manifest declares.
 */

import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export interface ManifestCheckOptions {
  /** A production manifest may not point at localhost. */
  production: boolean;
  /** The bytes of a file the manifest's URL path names (e.g. `assets/icon-16.png`), if it exists. */
  readFile: (relativePath: string) => Uint8Array | undefined;
}

type RawNode = Record<string, unknown>;

function toElement(node: RawNode): XmlElement | undefined {
  const name = Object.keys(node).find((k) => k !== ":@");
  if (!name || name.startsWith("?") || name === "#text" || name === "#comment") return undefined;
  const rawChildren = node[name] as RawNode[];
  const children: XmlElement[] = [];
  let text = "";
  for (const child of rawChildren) {
    if ("#text" in child) text += String(child["#text"]);
    else {
      const element = toElement(child);
      if (element) children.push(element);
    }
  }
  return { name, attrs: (node[":@"] as Record<string, string>) ?? {}, children, text: text.trim() };
}

export function parseXml(xml: string): XmlElement | string {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return `XML is not well formed: ${valid.err.msg} (line ${valid.err.line})`;
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
  });
  const nodes = parser.parse(xml) as RawNode[];
  for (const node of nodes) {
    const element = toElement(node);
    if (element) return element;
  }
  return "the file holds no XML element";
}

const child = (e: XmlElement | undefined, name: string) => e?.children.find((c) => c.name === name);
const all = (e: XmlElement | undefined, name: string) => e?.children.filter((c) => c.name === name) ?? [];

function walk(e: XmlElement, visit: (e: XmlElement, path: string) => void, path = e.name): void {
  visit(e, path);
  for (const c of e.children) walk(c, visit, `${path}/${c.name}`);
}

/** OfficeApp 1.1's sequence for a task-pane add-in. */
const SEQUENCE = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "AllowSnapshot",
  "VersionOverrides",
];
/** Everything else in the sequence is required of this product (icons, support URL and ribbon included). */
const OPTIONAL = new Set(["AlternateId", "AppDomains", "AllowSnapshot"]);
const REQUIRED_SEQUENCE = SEQUENCE.filter((name) => !OPTIONAL.has(name));

/** Which resource collection each kind of resid must point into. */
const RESID_COLLECTION: Record<string, string> = {
  "bt:Image": "bt:Images",
  FunctionFile: "bt:Urls",
  SourceLocation: "bt:Urls",
  LearnMoreUrl: "bt:Urls",
  Label: "bt:ShortStrings",
  Title: "bt:ShortStrings",
  Description: "bt:LongStrings",
};

const MAX_LENGTH: Record<string, number> = { "bt:ShortStrings": 125, "bt:LongStrings": 250 };

/**
 * The English locales every text is given in. Office matches an override's locale exactly: with
 * en-US alone, English Excel in the UK, Australia, Singapore… showed the Vietnamese default.
 */
export const ENGLISH_LOCALES = ["en-US", "en-GB", "en-AU", "en-CA", "en-IN", "en-IE", "en-NZ", "en-SG", "en-ZA"];

/** The English locales an element with overrides lacks. */
function missingEnglish(e: XmlElement, overrideName: string): string[] {
  const have = new Set(all(e, overrideName).map((o) => o.attrs.Locale));
  return ENGLISH_LOCALES.filter((locale) => !have.has(locale));
}
const ICON_SIZES = ["16", "32", "80"];

/** Width and height of a PNG file, or undefined when it is not one. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export function checkManifest(xml: string, options: ManifestCheckOptions): string[] {
  const problems: string[] = [];
  const root = parseXml(xml);
  if (typeof root === "string") return [root];
  if (root.name !== "OfficeApp") return [`the root element is <${root.name}>, not <OfficeApp>`];
  if (root.attrs["xsi:type"] !== "TaskPaneApp") problems.push('<OfficeApp> must have xsi:type="TaskPaneApp"');

  // Required elements, in the schema's order.
  for (const name of REQUIRED_SEQUENCE) {
    if (!child(root, name)) problems.push(`missing required element <${name}>`);
  }
  const order = root.children.map((c) => SEQUENCE.indexOf(c.name));
  root.children.forEach((c, i) => {
    if (order[i] === -1) problems.push(`unexpected element <${c.name}> in <OfficeApp>`);
    else if (i > 0 && order[i] < order[i - 1]) {
      problems.push(`<${c.name}> must come before <${root.children[i - 1].name}>`);
    }
  });

  const text = (name: string) => child(root, name)?.text ?? "";
  if (child(root, "Id") && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text("Id"))) {
    problems.push(`<Id> "${text("Id")}" is not a GUID`);
  }
  if (child(root, "Version") && !/^\d{1,5}(\.\d{1,5}){0,3}$/.test(text("Version"))) {
    problems.push(`<Version> "${text("Version")}" is not of the form 1.0.0.0`);
  }
  if (child(root, "DefaultLocale") && text("DefaultLocale") !== "vi-VN") {
    problems.push(`<DefaultLocale> must be vi-VN, not "${text("DefaultLocale")}"`);
  }
  for (const name of ["DisplayName", "Description"]) {
    const e = child(root, name);
    if (e && !e.attrs.DefaultValue) problems.push(`<${name}> has no DefaultValue`);
    if (e && !all(e, "Override").some((o) => o.attrs.Locale?.startsWith("en"))) {
      problems.push(`<${name}> has no English <Override>`);
    } else if (e && missingEnglish(e, "Override").length > 0) {
      problems.push(`<${name}> has no <Override> for ${missingEnglish(e, "Override").join(", ")}`);
    }
  }
  const hosts = all(child(root, "Hosts"), "Host");
  if (child(root, "Hosts") && !hosts.some((h) => h.attrs.Name === "Workbook")) {
    problems.push('<Hosts> must name the host "Workbook" (Excel)');
  }
  const excelSet = all(child(child(root, "Requirements"), "Sets"), "Set").find((s) => s.attrs.Name === "ExcelApi");
  if (child(root, "Requirements") && excelSet?.attrs.MinVersion !== "1.8") {
    problems.push('<Requirements> must ask for <Set Name="ExcelApi" MinVersion="1.8"/>');
  }
  if (child(root, "DefaultSettings") && !child(child(root, "DefaultSettings"), "SourceLocation")?.attrs.DefaultValue) {
    problems.push("<DefaultSettings> has no <SourceLocation DefaultValue=…>");
  }

  // Every URL the manifest names.
  walk(root, (e, path) => {
    const url = e.name === "AppDomain" ? e.text : e.attrs.DefaultValue;
    if (url === undefined || !/^[a-z]+:/i.test(url)) return;
    if (!url.startsWith("https://")) problems.push(`${path}: "${url}" is not an https URL`);
    else if (e.name === "AppDomain" && !/^https:\/\/[^/?#]+$/.test(url)) {
      // An AppDomain is an origin (scheme, host, port): Office ignores or refuses one with a path.
      problems.push(`${path}: "${url}" is not an origin (https://host[:port], no path)`);
    } else if (options.production && /^https:\/\/(localhost|127\.0\.0\.1)([:/]|$)/.test(url)) {
      problems.push(`${path}: "${url}" points at localhost in a production manifest`);
    }
  });

  // Resources and the resids that point into them.
  const overrides = child(root, "VersionOverrides");
  const resources = child(overrides, "Resources");
  const collections = new Map<string, Map<string, XmlElement>>();
  for (const collection of resources?.children ?? []) {
    const items = new Map<string, XmlElement>();
    for (const item of collection.children) {
      if (items.has(item.attrs.id)) problems.push(`resource id "${item.attrs.id}" is defined twice`);
      items.set(item.attrs.id, item);
      const max = MAX_LENGTH[collection.name];
      const value = item.attrs.DefaultValue ?? "";
      if (max !== undefined) {
        if (value.length > max) problems.push(`string "${item.attrs.id}" is longer than ${max} characters`);
        if (!all(item, "bt:Override").some((o) => o.attrs.Locale?.startsWith("en"))) {
          problems.push(`string "${item.attrs.id}" has no English <bt:Override>`);
        } else if (missingEnglish(item, "bt:Override").length > 0) {
          problems.push(
            `string "${item.attrs.id}" has no <bt:Override> for ${missingEnglish(item, "bt:Override").join(", ")}`
          );
        }
      }
    }
    collections.set(collection.name, items);
  }
  if (overrides && !resources) problems.push("<VersionOverrides> has no <Resources>");
  const controlIds = new Set<string>();
  let executesFunctions = false;
  if (overrides) {
    walk(overrides, (e, path) => {
      if (e.name === "Control" || e.name === "Group") {
        const id = e.attrs.id;
        if (!id) problems.push(`${path} has no id`);
        else if (controlIds.has(id)) problems.push(`the id "${id}" is used twice`);
        else controlIds.add(id);
      }
      if (e.name === "Action" && e.attrs["xsi:type"] === "ExecuteFunction") {
        executesFunctions = true;
        if (!child(e, "FunctionName")?.text) problems.push(`${path}: ExecuteFunction has no <FunctionName>`);
      }
      const resid = e.attrs.resid;
      if (resid === undefined) return;
      const collection = RESID_COLLECTION[e.name];
      const target = collection ? collections.get(collection)?.get(resid) : undefined;
      if (!collection) problems.push(`${path}: unexpected resid on <${e.name}>`);
      else if (!target) problems.push(`${path}: resid "${resid}" points nowhere in <${collection}>`);
    });
    if (executesFunctions && !findFirst(overrides, "FunctionFile")) {
      problems.push("ExecuteFunction buttons need a <FunctionFile>");
    }
  }

  // Icons: each declared size present, and each file that size. Their paths are read from where the
  // task pane is (the add-in may live under a path: https://host/chi-tieu/taskpane.html).
  const source = child(child(root, "DefaultSettings"), "SourceLocation")?.attrs.DefaultValue ?? "";
  const base = source.replace(/[^/]*$/, "");
  const checkIcon = (where: string, url: string | undefined, size: number) => {
    if (!url) return;
    const relative = base && url.startsWith(base) ? url.slice(base.length) : url.replace(/^https:\/\/[^/]+\/?/, "");
    const path = relative.split(/[?#]/)[0];
    const bytes = options.readFile(path);
    if (!bytes) {
      problems.push(`${where}: the icon file "${path}" does not exist`);
      return;
    }
    const dims = pngSize(bytes);
    if (!dims) problems.push(`${where}: "${path}" is not a PNG file`);
    else if (dims.width !== size || dims.height !== size) {
      problems.push(`${where}: "${path}" is ${dims.width}×${dims.height}, not ${size}×${size}`);
    }
  };
  checkIcon("<IconUrl>", child(root, "IconUrl")?.attrs.DefaultValue, 32);
  checkIcon("<HighResolutionIconUrl>", child(root, "HighResolutionIconUrl")?.attrs.DefaultValue, 64);
  if (overrides) {
    walk(overrides, (e, path) => {
      if (e.name !== "Icon") return;
      const sizes = all(e, "bt:Image").map((i) => i.attrs.size);
      for (const size of ICON_SIZES) if (!sizes.includes(size)) problems.push(`${path} has no ${size}px image`);
      for (const image of all(e, "bt:Image")) {
        const resource = collections.get("bt:Images")?.get(image.attrs.resid);
        if (resource)
          checkIcon(`${path} (${image.attrs.size}px)`, resource.attrs.DefaultValue, Number(image.attrs.size));
      }
    });
  }
  return [...new Set(problems)];
}

function findFirst(e: XmlElement, name: string): XmlElement | undefined {
  if (e.name === name) return e;
  for (const c of e.children) {
    const found = findFirst(c, name);
    if (found) return found;
  }
  return undefined;
}
