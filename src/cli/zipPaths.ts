/**
 * Paths of parts inside an .xlsx package ("xl/worksheets/sheet1.xml"), as path.posix says them, with nothing of
 * Node: the package reader runs in the pane's agency-files script too, where there is no `path`.
 */

/** The segments of a path with "." and ".." resolved; ".." that climbs above the start is kept unless `rooted`. */
function segments(p: string, rooted: boolean): string[] {
  const out: string[] = [];
  for (const s of p.split("/")) {
    if (s === "" || s === ".") continue;
    if (s !== "..") out.push(s);
    else if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
    else if (!rooted) out.push("..");
  }
  return out;
}

/** path.posix.normalize: "xl/worksheets/../drawings/drawing1.xml" → "xl/drawings/drawing1.xml"; "" → ".". */
export function normalizePath(p: string): string {
  if (p === "") return ".";
  const rooted = p.startsWith("/");
  const joined = segments(p, rooted).join("/");
  const trailing = p.endsWith("/") && joined !== "" ? "/" : "";
  if (rooted) return `/${joined}${trailing}`;
  return joined === "" ? (trailing ? "./" : ".") : `${joined}${trailing}`;
}

/** path.posix.join: the non-empty parts joined by "/" and normalized; "." when nothing is left. */
export function joinPath(...parts: string[]): string {
  const joined = parts.filter((p) => p !== "").join("/");
  return joined === "" ? "." : normalizePath(joined);
}

/** The path without its trailing slashes, or "/" for the root. */
function trimmed(p: string): string {
  const t = p.replace(/\/+$/, "");
  return t === "" && p.startsWith("/") ? "/" : t;
}

/** path.posix.dirname: "xl/worksheets/sheet1.xml" → "xl/worksheets"; a bare name → "."; "/xl" → "/". */
export function dirnameOf(p: string): string {
  const t = trimmed(p);
  if (t === "/") return "/";
  const slash = t.lastIndexOf("/");
  if (slash === -1) return ".";
  return slash === 0 ? "/" : t.slice(0, slash);
}

/** path.posix.basename: "xl/worksheets/sheet1.xml" → "sheet1.xml". */
export function basenameOf(p: string): string {
  const t = trimmed(p);
  return t === "/" ? "" : t.slice(t.lastIndexOf("/") + 1);
}

/** path.posix.extname: "image1.png" → ".png"; ".rels" and "xl/_rels" → "". */
export function extnameOf(p: string): string {
  const base = basenameOf(p);
  const dot = base.lastIndexOf(".");
  return dot <= 0 || base === ".." ? "" : base.slice(dot);
}

/**
 * path.posix.relative for two package paths (both relative to the package root, or both rooted): how to get from the
 * folder `from` to `to` ("xl/worksheets" → "xl/drawings/drawing1.xml" is "../drawings/drawing1.xml").
 */
export function relativePath(from: string, to: string): string {
  const a = segments(from, true);
  const b = segments(to, true);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => ".."), ...b.slice(common)].join("/");
}
