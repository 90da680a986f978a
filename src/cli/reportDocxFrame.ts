/**
 * The frame of an administrative report around the Word draft (Decree 30/2020/NĐ-CP, Appendix I): above the title,
 * the issuing body beside the national title (Quốc hiệu, tiêu ngữ) with the place and date; after the text, the
 * recipients (Nơi nhận) beside the signature. A draft: its number and the signer's name stay blank for the văn thư
 * and the leader to fill in.
 */

import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Lang } from "../core";
import { bodyName, placeInEnglish } from "../report";

interface FrameStrings {
  nation: string;
  motto: string;
  /** "Số:     /BC-STC": the number is the văn thư's to give. */
  number: (abbreviation: string) => string;
  /** "Lạng Sơn, ngày 05 tháng 7 năm 2024". */
  placeDate: (place: string | undefined, date: string) => string;
  recipientsTitle: string;
  recipients: string[];
}

const FRAME: Record<Lang, FrameStrings> = {
  vi: {
    nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    motto: "Độc lập - Tự do - Hạnh phúc",
    number: (a) => `Số:          /BC-${a}`,
    placeDate: (place, date) => (place ? `${place}, ${date.charAt(0).toLowerCase()}${date.slice(1)}` : date),
    recipientsTitle: "Nơi nhận:",
    recipients: ["- UBND tỉnh (để báo cáo);", "- Các cơ quan chủ trì chỉ tiêu;", "- Lưu: VT."],
  },
  en: {
    nation: "SOCIALIST REPUBLIC OF VIET NAM",
    motto: "Independence - Freedom - Happiness",
    number: (a) => `No.:          /BC-${a}`,
    placeDate: (place, date) => (place ? `${place}, ${date}` : date),
    recipientsTitle: "Recipients:",
    recipients: ["- Provincial People's Committee (for reporting);", "- Lead agencies of the targets;", "- Archive."],
  },
};

/** Who issues the report and where: the staff who gather the figures, at the Department of Finance since 2025. */
export interface Issuer {
  /** The body above the agency, as the decision names its issuer: "UBND tỉnh Lạng Sơn". */
  parent: string;
  /** "Sở Tài chính". */
  agency: string;
}

export const DEFAULT_ISSUING_AGENCY = "Sở Tài chính";

/**
 * Who signs for the agency and whether the provincial committee heads its name: a Sở sits under "UBND tỉnh …" and
 * its director signs; a Cục or the provincial police answer to a ministry, whose name the tool does not know, so
 * they head their own name; a district's People's Committee signs "TM. Ủy ban nhân dân / Chủ tịch".
 */
export function agencyRole(agency: string): { underProvince: boolean; signer: Record<Lang, string[]> } {
  const name = agency.trim();
  if (/^(?:sở|ban|văn phòng)\s/iu.test(name))
    return {
      underProvince: true,
      signer: /^ban\s/iu.test(name) ? { vi: ["TRƯỞNG BAN"], en: ["HEAD"] } : { vi: ["GIÁM ĐỐC"], en: ["DIRECTOR"] },
    };
  if (/^(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s/iu.test(name))
    return {
      underProvince: false,
      signer: { vi: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], en: ["FOR THE PEOPLE'S COMMITTEE", "CHAIRMAN"] },
    };
  if (/^cục\s/iu.test(name)) return { underProvince: false, signer: { vi: ["CỤC TRƯỞNG"], en: ["DIRECTOR"] } };
  if (/^công an\s/iu.test(name)) return { underProvince: false, signer: { vi: ["GIÁM ĐỐC"], en: ["DIRECTOR"] } };
  return { underProvince: true, signer: { vi: ["THỦ TRƯỞNG CƠ QUAN"], en: ["HEAD OF THE AGENCY"] } };
}

/**
 * "Sở Tài chính" → "STC", "Sở Nông nghiệp và Môi trường" → "SNNMT", "Sở Lao động - Thương binh và Xã hội" →
 * "SLĐTBXH": the initials a document's number carries ("và" and dashes carry none).
 */
export function agencyAbbreviation(agency: string): string {
  if (/^(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s/iu.test(agency.trim())) return "UBND";
  return agency
    .split(/\s+/)
    .filter((w) => /^\p{L}/u.test(w) && !/^(và|and)$/i.test(w))
    .map((w) => w.charAt(0).toUpperCase())
    .join("");
}

/** The province a "UBND tỉnh Lạng Sơn" sits in, for the date line; undefined when the name says none. */
export function placeOf(parent: string): string | undefined {
  return /(?:tỉnh|thành phố)\s+(.+)$/iu.exec(parent.trim())?.[1];
}

const FONT = "Times New Roman";
/** 13 pt for the frame's names and title lines, 12 pt for the recipients (Decree 30/2020, Appendix I). */
const NAME_SIZE = 26;
const SMALL_SIZE = 24;
const line = (
  text: string,
  options: { bold?: boolean; italic?: boolean; size?: number; align?: "left" | "center" } = {}
) =>
  new Paragraph({
    alignment: options.align === "left" ? AlignmentType.LEFT : AlignmentType.CENTER,
    children: [
      new TextRun({ text, bold: options.bold, italics: options.italic, font: FONT, size: options.size ?? NAME_SIZE }),
    ],
  });

/** The short solid line under the agency's name and under the motto: a paragraph's top border, narrowed by indents. */
const rule = (inset: number) =>
  new Paragraph({
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    indent: { left: inset, right: inset },
    spacing: { before: 0, after: 120 },
    children: [new TextRun({ text: "", font: FONT, size: SMALL_SIZE })],
  });

/**
 * A borderless table of two columns, one row per pair of cell contents: the frame's usual layout (Decree 30). A row
 * is never split across pages: the signature's blank lines, split off, printed as a blank page (trial 24, 6).
 */
function sideBySide(rows: [Paragraph[], Paragraph[]][], leftShare: number, width: number): Table {
  const widths = [Math.floor(width * leftShare), width - Math.floor(width * leftShare)];
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    borders: TableBorders.NONE,
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, i) => new TableCell({ width: { size: widths[i], type: WidthType.DXA }, children })
          ),
        })
    ),
  });
}

/** The issuer's share of the frame's width; the national title takes the rest, on one line. */
const ISSUER_SHARE = 0.4;
/** Twips a capital of the agency's bold 13 pt name takes on average (Times New Roman), to judge where it wraps. */
const NAME_CAPITAL_TWIPS = 0.72 * NAME_SIZE * 10;

/**
 * The agency's name in capitals, on the lines it is best read on: whole when it fits, else broken only where its
 * parts meet (before "và", after a dash or a comma), as many parts on a line as fit, never inside "Thương binh" as
 * the page's wrapping did (trial 20, F11): "SỞ KẾ HOẠCH / VÀ ĐẦU TƯ".
 */
export function agencyLines(agency: string, width: number): string[] {
  const words = agency.trim().toUpperCase().split(/\s+/);
  const fits = Math.floor(width / NAME_CAPITAL_TWIPS);
  const parts: string[][] = [[]];
  words.forEach((word, i) => {
    const meet = i > 0 && (/^(VÀ|AND)$/.test(word) || /^[-–]$|,$/.test(words[i - 1]));
    if (meet) parts.push([]);
    parts[parts.length - 1].push(word);
  });
  // A part longer than a line is halved at the word that balances it best ("VÀ PHÁT TRIỂN / NÔNG THÔN").
  const halves = (part: string[]): string[][] => {
    if (part.join(" ").length <= fits || part.length < 2) return [part];
    const longer = (i: number) => Math.max(part.slice(0, i).join(" ").length, part.slice(i).join(" ").length);
    const at = part
      .map((_, i) => i)
      .slice(1)
      .sort((x, y) => longer(x) - longer(y))[0];
    return [part.slice(0, at), part.slice(at)];
  };
  const lines: string[] = [];
  for (const part of parts.flatMap(halves).map((p) => p.join(" "))) {
    const last = lines.length - 1;
    if (last >= 0 && `${lines[last]} ${part}`.length <= fits) lines[last] = `${lines[last]} ${part}`;
    else lines.push(part);
  }
  return lines;
}

/** Above the title: the issuing body beside the national title, then the number beside the place and date. */
export function frameTop(issuer: Issuer, date: string, lang: Lang, width: number): Table {
  const t = FRAME[lang];
  const left = Math.floor(width * ISSUER_SHARE);
  const { underProvince } = agencyRole(issuer.agency);
  const place = placeOf(issuer.parent);
  // Two rows: "Số:" and the date start on one line however many lines the agency's name takes (Decree 30, App. I).
  return sideBySide(
    [
      [
        [
          ...(underProvince ? [line(bodyName(issuer.parent, lang).toUpperCase())] : []),
          ...agencyLines(bodyName(issuer.agency, lang), left).map((l) => line(l, { bold: true })),
          rule(Math.floor(left / 3)),
        ],
        [
          line(t.nation, { bold: true, size: SMALL_SIZE }),
          line(t.motto, { bold: true }),
          rule(Math.floor((width - left) / 5)),
        ],
      ],
      [
        [line(t.number(agencyAbbreviation(issuer.agency)))],
        [
          line(t.placeDate(place === undefined || lang === "vi" ? place : placeInEnglish(place), date), {
            italic: true,
          }),
        ],
      ],
    ],
    ISSUER_SHARE,
    width
  );
}

/** After the text: the recipients (left) and the signature, its name left blank (right). */
export function frameBottom(agency: string, lang: Lang, width: number): Table {
  const t = FRAME[lang];
  const signer = agencyRole(agency).signer[lang];
  return sideBySide(
    [
      [
        [
          line(t.recipientsTitle, { bold: true, italic: true, size: SMALL_SIZE, align: "left" }),
          ...t.recipients.map((r) => line(r, { size: 22, align: "left" })),
        ],
        [...signer.map((s) => line(s, { bold: true })), line(""), line(""), line(""), line("")],
      ],
    ],
    0.5,
    width
  );
}
