/**
 * Agencies' .xlsx files in and out, with ExcelJS and nothing of Node: the command line uses it, and
 * the task pane loads it only when the user splits or merges (a dynamic import, outside the pane's budget).
 */

import ExcelJS from "exceljs";
import type { Catalogue, Finding } from "../core";
import type { AgencyWorkbook, RoundSheet } from "../round";
import { a1 } from "../template";
import { checkXlsxBytes, checkXlsxParts, type BytesProblem } from "./bytesBounds";
import { rememberManualCalculation, savedForManualCalculation } from "./calcMode";
import { agencyTemplate } from "./roundSheet";
import { CLI_STRINGS } from "./strings";
import { addTemplateSheet } from "./xlsx";
import { preparePackage } from "./xlsxCarry";
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from "./zip";

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

export type AgencyFileRead =
  | { ok: true; sheet: RoundSheet; structure: Finding[] }
  | ({ ok: false } & BytesProblem)
  | { ok: false; code: "noTemplate"; sheets: string[] };

/**
 * An agency's file from its bytes (a file input in the pane) as the command line's merge reads it: the same template
 * sheet and validate's findings on it (agencyTemplate), or why not, with the command line's code and message. The
 * bytes pass the command line's bounds (checkXlsxBytes, checkXlsxParts) before ExcelJS, which unpacks every part
 * without any, loads them, with what it misreads taken out first (preparePackage); `name` (the file's) says a .csv
 * picked by mistake as the command line says it.
 */
export async function readAgencyFile(
  bytes: Uint8Array,
  catalogue: Catalogue,
  { limits = DEFAULT_ZIP_LIMITS, name = "" }: { limits?: ZipLimits; name?: string } = {}
): Promise<AgencyFileRead> {
  let manual = false;
  const refused =
    checkXlsxBytes(bytes, limits, name) ??
    (await checkXlsxParts(bytes, (part, xml) => {
      if (part === "xl/workbook.xml") manual = savedForManualCalculation(xml);
    }));
  if (refused) return { ok: false, ...refused };
  const workbook = new ExcelJS.Workbook();
  try {
    // As the command line opens it (excelJsWorkbook): the parts ExcelJS misreads (an openpyxl note or chart) taken out.
    const { forExcelJs } = await preparePackage(bytes);
    await workbook.xlsx.load(forExcelJs as unknown as ArrayBuffer);
  } catch (e) {
    const detail = (e as Error).message.split("\n")[0];
    return {
      ok: false,
      code: "corrupt",
      message: { vi: CLI_STRINGS.vi.corrupt(detail), en: CLI_STRINGS.en.corrupt(detail) },
    };
  }
  // ExcelJS forgets a file saved to calculate by hand, whose totals validate then doubts (sheet.uncalculated).
  rememberManualCalculation(workbook, manual);
  if (workbook.worksheets.length === 0) {
    return { ok: false, code: "notXlsx", message: { vi: CLI_STRINGS.vi.notXlsx, en: CLI_STRINGS.en.notXlsx } };
  }
  const read = agencyTemplate(workbook, catalogue);
  if ("noTemplate" in read) return { ok: false, code: "noTemplate", sheets: read.noTemplate };
  return { ok: true, ...read };
}

/** Bytes as base64, as Excel.createWorkbook takes a file (no Buffer in the browser). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
