/**
 * Reads an .xlsx file's zip directory and unpacks its parts within bounds: a part's size and compression ratio are
 * checked before it is inflated, and inflating stops at the size the directory declared. Pure (bytes in, bytes
 * out, the inflater passed in), so any door that reads an .xlsx file (the pane's merge too) shares the same bounds.
 */

export interface ZipLimits {
  /** The most one part may unpack to (a template's sheet XML is about 100 KB). */
  maxPartBytes: number;
  /** The most all the parts read from one file may unpack to together. */
  maxTotalBytes: number;
  /** The highest compression ratio accepted for a part larger than `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
}

const MB = 2 ** 20;

/** 50 MB of XML a part: no real template comes near it (its sheet is about 100 KB; 100,000 rows about 10 MB). */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxPartBytes: 50 * MB,
  maxTotalBytes: 200 * MB,
  maxRatio: 100,
  ratioFloorBytes: MB,
};

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** Why a zip cannot be read: `tooLarge` (a part or the whole unpacks to more than the limits), else `corrupt`. */
export type ZipProblem =
  | { code: "tooLarge"; part: string; bytes: number; limit: number }
  | { code: "tooCompressed"; part: string; ratio: number; limit: number }
  | { code: "encrypted"; part: string }
  | { code: "corrupt"; detail: string };

export class ZipError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(problem.code === "corrupt" ? problem.detail : `${problem.code}: ${problem.part}`);
  }
}

/** Inflates raw deflate data, producing at most `maxBytes` (or throwing). */
export type Inflate = (data: Uint8Array, maxBytes: number) => Uint8Array;

const corrupt = (detail: string) => new ZipError({ code: "corrupt", detail });

/** The entries of a zip's central directory, by name; throws ZipError. */
export function readZipDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is in the last 22 + 65,535 bytes (its comment is at most 65,535 bytes).
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw corrupt("no zip directory (the file is cut short?)");
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw corrupt("zip64 archive");
  if (offset + size > end) throw corrupt("the zip directory lies outside the file");
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || view.getUint32(p, true) !== 0x02014b50) throw corrupt("a damaged zip directory entry");
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)).replace(/^\//, ""),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    };
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) throw corrupt("zip64 entry");
    entries.set(entry.name, entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Refuses an entry by what the directory declares, before anything is inflated. */
export function checkEntry(entry: ZipEntry, limits: ZipLimits): void {
  if (entry.size > limits.maxPartBytes) {
    throw new ZipError({ code: "tooLarge", part: entry.name, bytes: entry.size, limit: limits.maxPartBytes });
  }
  if (entry.size > limits.ratioFloorBytes && entry.size > entry.compressedSize * limits.maxRatio) {
    const ratio = Math.round(entry.size / Math.max(entry.compressedSize, 1));
    throw new ZipError({ code: "tooCompressed", part: entry.name, ratio, limit: limits.maxRatio });
  }
}

/** A part's bytes as stored (compressed), found through its local header; throws ZipError. */
export function partData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw corrupt(`damaged part ${entry.name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) throw corrupt(`part ${entry.name} is cut short`);
  return data;
}

/** Unpacks parts of one zip, keeping count of the total against the limits. */
export class ZipReader {
  private total = 0;
  readonly entries: Map<string, ZipEntry>;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly inflate: Inflate,
    private readonly limits: ZipLimits = DEFAULT_ZIP_LIMITS
  ) {
    this.entries = readZipDirectory(bytes);
    for (const entry of this.entries.values()) checkEntry(entry, limits);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** A part's bytes; throws ZipError when it is missing, damaged or larger than it declared or than the limits. */
  read(name: string): Uint8Array {
    const entry = this.entries.get(name);
    if (!entry) throw corrupt(`no part ${name}`);
    if (entry.flags & 1) throw new ZipError({ code: "encrypted", part: name });
    this.total += entry.size;
    if (this.total > this.limits.maxTotalBytes) {
      throw new ZipError({ code: "tooLarge", part: name, bytes: this.total, limit: this.limits.maxTotalBytes });
    }
    const data = partData(this.bytes, entry);
    if (entry.method === 0) return data.subarray(0, entry.size);
    if (entry.method !== 8) throw corrupt(`part ${name} uses compression method ${entry.method}`);
    if (entry.size === 0) return new Uint8Array(0);
    let out: Uint8Array;
    try {
      // Never more than the directory declared: a part that lies about its size stops here.
      out = this.inflate(data, entry.size);
    } catch (e) {
      throw corrupt(`part ${name}: ${(e as Error).message.split("\n")[0]}`);
    }
    if (out.length !== entry.size) throw corrupt(`part ${name} is not the size its directory declares`);
    return out;
  }

  /**
   * Reads every part once, within the limits: proves the whole file safe to hand to a reader without bounds.
   * `look` sees each part's bytes as they are unpacked (to check them), so that nothing is unpacked twice.
   */
  readAll(look?: (name: string, data: Uint8Array) => void): void {
    this.total = 0;
    for (const name of this.entries.keys()) {
      if (name.endsWith("/")) continue;
      const data = this.read(name);
      look?.(name, data);
    }
  }
}
