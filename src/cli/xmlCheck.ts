/**
 * Tells whether a part's XML is whole: every tag closed by its own name, one root closed at the end, nothing
 * after it. The readers pick values out with patterns, which read a cut or mismatched document as if whole
 * (shared strings shifted by one, a sheet's second half missing), so a part is checked before it is read.
 * One pass over the characters of the tags, the text between them skipped: a sheet of 10 MB takes tens of ms.
 */

/** How a part is damaged: cut short (a tag or the root never closed), a tag closed by another name, or other. */
export type XmlDamage =
  { kind: "cut" } | { kind: "mismatch"; open: string; close: string } | { kind: "malformed"; at: number };

const LT = 60;
const GT = 62;
const SLASH = 47;
const EQUALS = 61;
const QUOTE = 34;
const APOSTROPHE = 39;

/** XML white space (and a byte-order mark, allowed before the root). */
const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff;

/** A character that ends a name: white space, `/`, `>`, `=`, `<`, quotes; NaN past the end. */
const endsName = (c: number) =>
  isSpace(c) || c === SLASH || c === GT || c === EQUALS || c === LT || c === QUOTE || c === APOSTROPHE || c !== c;

/** Whether the name at `from` (ended by endsName) is the one from `start` to `end`. */
function sameName(xml: string, start: number, end: number, from: number): boolean {
  for (let k = start; k < end; k++) if (xml.charCodeAt(k) !== xml.charCodeAt(from + k - start)) return false;
  return endsName(xml.charCodeAt(from + end - start));
}

/** Where markup starting at `at` (`<?`, `<!--`, `<![CDATA[`) ends, -1 when it never does, -2 when it is none of those. */
function skipSpecial(xml: string, at: number): number {
  for (const [open, close] of [
    ["<?", "?>"],
    ["<!--", "-->"],
    ["<![CDATA[", "]]>"],
  ]) {
    if (!xml.startsWith(open, at)) continue;
    const end = xml.indexOf(close, at + open.length);
    return end < 0 ? -1 : end + close.length;
  }
  return -2;
}

/** What is wrong with a part's XML, or undefined when its tags are whole. Text and entities are not looked at. */
export function xmlDamage(xml: string): XmlDamage | undefined {
  const n = xml.length;
  // Open elements as the offsets of their names in the text: nothing is copied while the tags match.
  const starts: number[] = [];
  const ends: number[] = [];
  let rootSeen = false;
  let pos = 0;
  const cut = { kind: "cut" } as const;
  for (let at = xml.indexOf("<"); at >= 0; at = xml.indexOf("<", pos)) {
    if (starts.length === 0) {
      // Outside the root only white space stands between tags.
      for (let i = pos; i < at; i++) if (!isSpace(xml.charCodeAt(i))) return { kind: "malformed", at: i };
    }
    let i = at + 1;
    const first = xml.charCodeAt(i);
    if (first === SLASH) {
      const from = ++i;
      while (!endsName(xml.charCodeAt(i))) i++;
      while (isSpace(xml.charCodeAt(i))) i++;
      if (i >= n) return cut;
      if (xml.charCodeAt(i) !== GT || i === from) return { kind: "malformed", at };
      const top = starts.length - 1;
      if (top < 0) return { kind: "malformed", at };
      if (!sameName(xml, starts[top], ends[top], from)) {
        return { kind: "mismatch", open: xml.slice(starts[top], ends[top]), close: xml.slice(from, i).trimEnd() };
      }
      starts.pop();
      ends.pop();
      pos = i + 1;
      continue;
    }
    if (first === 63 /* ? */ || first === 33 /* ! */) {
      const end = skipSpecial(xml, at);
      if (end === -1) return cut;
      if (end === -2) return { kind: "malformed", at };
      pos = end;
      continue;
    }
    if (starts.length === 0 && rootSeen) return { kind: "malformed", at };
    while (!endsName(xml.charCodeAt(i))) i++;
    if (i === at + 1) return i >= n ? cut : { kind: "malformed", at };
    const nameEnd = i;
    // Attributes: name = "value" (or 'value'), no `<` in a value; then `>` or `/>`.
    for (;;) {
      while (isSpace(xml.charCodeAt(i))) i++;
      const c = xml.charCodeAt(i);
      if (i >= n) return cut;
      if (c === GT || c === SLASH) break;
      const attribute = i;
      while (!endsName(xml.charCodeAt(i))) i++;
      while (isSpace(xml.charCodeAt(i))) i++;
      if (i >= n) return cut;
      if (i === attribute || xml.charCodeAt(i) !== EQUALS) return { kind: "malformed", at };
      i++;
      while (isSpace(xml.charCodeAt(i))) i++;
      const quote = xml.charCodeAt(i);
      if (i >= n) return cut;
      if (quote !== QUOTE && quote !== APOSTROPHE) return { kind: "malformed", at };
      // Values are short ("B5", "3"): one look at each character finds the quote and any `<` before it.
      let c2 = xml.charCodeAt(++i);
      while (c2 !== quote && c2 !== LT && i < n) c2 = xml.charCodeAt(++i);
      if (i >= n) return cut;
      if (c2 === LT) return { kind: "malformed", at };
      i++;
      if (!isSpace(xml.charCodeAt(i)) && xml.charCodeAt(i) !== GT && xml.charCodeAt(i) !== SLASH) {
        return i >= n ? cut : { kind: "malformed", at };
      }
    }
    const selfClosing = xml.charCodeAt(i) === SLASH;
    if (selfClosing) i++;
    if (i >= n) return cut;
    if (xml.charCodeAt(i) !== GT) return { kind: "malformed", at };
    rootSeen = true;
    if (!selfClosing) {
      starts.push(at + 1);
      ends.push(nameEnd);
    }
    pos = i + 1;
  }
  if (starts.length > 0 || !rootSeen) return cut;
  for (let i = pos; i < n; i++) if (!isSpace(xml.charCodeAt(i))) return { kind: "malformed", at: i };
  return undefined;
}

/** A part's text: UTF-8, or UTF-16 when it starts with that byte-order mark (XML allows both; Excel reads both). */
export function partText(data: Uint8Array): string {
  const encoding =
    data[0] === 0xff && data[1] === 0xfe ? "utf-16le" : data[0] === 0xfe && data[1] === 0xff ? "utf-16be" : "utf-8";
  return new TextDecoder(encoding).decode(data);
}
