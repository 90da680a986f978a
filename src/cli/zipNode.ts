/** Unpacking a zip's parts with Node's zlib, for the command line's readers (zip.ts itself also runs in the pane). */

import * as zlib from "zlib";
import type { Inflate } from "./zip";

/** Never more than `maxBytes` out: a part that lies about its size stops there. */
export const inflate: Inflate = (data, maxBytes) => zlib.inflateRawSync(data, { maxOutputLength: maxBytes });
