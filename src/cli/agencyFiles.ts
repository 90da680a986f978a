/**
 * Agencies' .xlsx files in and out, with ExcelJS and nothing of Node: the command line uses it, and
 * the task pane loads it only when the user splits or merges (a dynamic import, outside the pane's budget).
 */

import ExcelJS from "exceljs";
import type { Catalogue } from "../core";
import { readRoundSheet, type AgencyWorkbook, type RoundSheet } from "../round";
import { a1 } from "../template";
import { addTemplateSheet, gridOf } from "./xlsx";

/** One agency's workbook as .xlsx bytes: the template sheet and the names a program reads its agency and period by. */
export async function agencyWorkbookBytes(plan: AgencyWorkbook): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "chi-tieu";
  addTemplateSheet(workbook, plan.template);
  const quoted = `'${plan.template.name.replace(/'/g, "''")}'`;
  for (const name of plan.names) {
    workbook.definedNames.add(`${quoted}!${a1(name.row, name.col).replace(/([A-Z]+)(\d+)/, "$$$1$$$2")}`, name.name);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Why bytes are no workbook, before ExcelJS tries: empty, an encrypted (or old .xls) file, not a zip. */
export function sniffBytes(bytes: Uint8Array): "empty" | "encrypted" | "notXlsx" | undefined {
  if (bytes.length === 0) return "empty";
  const head = Array.from(bytes.subarray(0, 4));
  if (head.join() === [0xd0, 0xcf, 0x11, 0xe0].join()) return "encrypted";
  if (head.join() !== [0x50, 0x4b, 0x03, 0x04].join()) return "notXlsx";
  return undefined;
}

export type AgencyFileRead =
  | { ok: true; sheet: RoundSheet }
  | {
      ok: false;
      code: "empty" | "encrypted" | "notXlsx" | "corrupt" | "noTemplate";
      detail?: string;
      sheets?: string[];
    };

/** An agency's file from its bytes (a file input in the pane): its template for the round, or why not. */
export async function readAgencyFile(bytes: Uint8Array, catalogue: Catalogue): Promise<AgencyFileRead> {
  const sniffed = sniffBytes(bytes);
  if (sniffed) return { ok: false, code: sniffed };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (e) {
    return { ok: false, code: "corrupt", detail: (e as Error).message.split("\n")[0] };
  }
  if (workbook.worksheets.length === 0) return { ok: false, code: "notXlsx" };
  for (const worksheet of workbook.worksheets) {
    const sheet = readRoundSheet(gridOf(worksheet), catalogue);
    if (sheet) return { ok: true, sheet };
  }
  return { ok: false, code: "noTemplate", sheets: workbook.worksheets.map((w) => w.name) };
}

/** Bytes as base64, as Excel.createWorkbook takes a file (no Buffer in the browser). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
