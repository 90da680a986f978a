/**
 * The report's Word draft (the docx package): the issuing body and national title (reportDocxFrame.ts), title and
 * period, warnings, the headline, "Kết quả đạt được", "Hạn chế, tồn tại", a heading for the tasks the person
 * writes, the recipients and signature, and the biểu số liệu as a table on a landscape page. Times New Roman on
 * A4 with the margins of Decree 30/2020/NĐ-CP.
 */

import {
  AlignmentType,
  convertMillimetersToTwip,
  Document,
  LineRuleType,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
  type ISectionOptions,
} from "docx";
import type { Lang } from "../core";
import { rowTexts, type ReportContent } from "../report";
import { frameBottom, frameTop, type Issuer } from "./reportDocxFrame";

export const DOCX_FONT = "Times New Roman";
/** Body text 14 pt, the table 13 pt (Decree 30/2020: 13–14 pt), in the half-points Word counts in. */
export const BODY_SIZE = 28;
export const TABLE_SIZE = 26;
/** Decree 30/2020/NĐ-CP, Appendix I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 };
const A4_MM = { width: 210, height: 297 };

const margin = {
  top: convertMillimetersToTwip(MARGINS_MM.top),
  bottom: convertMillimetersToTwip(MARGINS_MM.bottom),
  left: convertMillimetersToTwip(MARGINS_MM.left),
  right: convertMillimetersToTwip(MARGINS_MM.right),
};

interface TextOptions {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  align?: "left" | "center" | "right" | "justify";
  indent?: boolean;
  /** On the page of what follows it. */
  keepNext?: boolean;
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

/** A note typed on several lines (a co-led row's, a line per agency) keeps its lines: a break, not a run-on space. */
function lines(text: string, run: Omit<IRunOptions, "text" | "break">): TextRun[] {
  return text.split("\n").map((line, i) => new TextRun({ ...run, text: line, break: i > 0 ? 1 : undefined }));
}

function paragraph(text: string, options: TextOptions = {}): Paragraph {
  return new Paragraph({
    alignment: ALIGN[options.align ?? "justify"],
    keepNext: options.keepNext,
    // First lines indented 1.27 cm, 6 pt after each paragraph, as administrative documents are set.
    indent: options.indent === false ? undefined : { firstLine: convertMillimetersToTwip(12.7) },
    spacing: { after: 120, line: 288 },
    children: lines(text, {
      bold: options.bold,
      italics: options.italic,
      font: DOCX_FONT,
      size: options.size ?? BODY_SIZE,
    }),
  });
}

const heading = (text: string) => paragraph(text, { bold: true, indent: true });

interface CellOptions {
  bold?: boolean;
  align?: "left" | "center" | "right";
  span?: number;
  /** In twips. LibreOffice lays a table out by its cells' widths, not the grid's, so each cell names its own. */
  width?: number;
  /** Kept on the page of the row after it (a group's heading with its first row). */
  keepNext?: boolean;
}

function tableCell(text: string, options: CellOptions = {}) {
  return new TableCell({
    columnSpan: options.span,
    width: options.width === undefined ? undefined : { size: options.width, type: WidthType.DXA },
    children: [
      new Paragraph({
        alignment: ALIGN[options.align ?? "left"],
        keepNext: options.keepNext,
        children: lines(text, { bold: options.bold, font: DOCX_FONT, size: TABLE_SIZE }),
      }),
    ],
  });
}

/**
 * Column widths in percent of the landscape page's text width (252 mm). Sized so that the longest
 * single token of each column at 13 pt stays whole: a code "07.1.1", a unit "Trường", a figure
 * "14.040,8", "102,9%", and the English header "Assessment"; a token has nowhere to break but mid-word.
 * English units have longer words ("percentage", "communes", "thousand"), printed "thousan/d" in 7 %
 * (trial 24, 8): their column takes the room English names leave.
 */
const COLUMN_SHARES: Record<Lang, number[]> = {
  vi: [6, 20, 7, 9, 8, 8, 7, 8, 11, 16],
  en: [6, 17, 10, 9, 8, 8, 7, 8, 11, 16],
};
const TEXT_WIDTH = convertMillimetersToTwip(A4_MM.height - MARGINS_MM.left - MARGINS_MM.right);
const PORTRAIT_TEXT_WIDTH = convertMillimetersToTwip(A4_MM.width - MARGINS_MM.left - MARGINS_MM.right);
const columnWidths = (lang: Lang) => COLUMN_SHARES[lang].map((s) => Math.floor((s / 100) * TEXT_WIDTH));
/** 1 mm each side instead of Word's 1.9 mm: ten columns on a page need the room. */
const CELL_PADDING = convertMillimetersToTwip(1);

function table(content: ReportContent): Table {
  const columns = content.columns.length;
  const widths = columnWidths(content.lang);
  // No row is split across pages ("Triệu" on one, "USD" on the next).
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: content.columns.map((c, i) => tableCell(c.label, { bold: true, align: "center", width: widths[i] })),
  });
  const rows = [header];
  const full = widths.reduce((a, b) => a + b, 0);
  for (const group of content.groups) {
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [tableCell(group.title, { bold: true, span: columns, width: full, keepNext: true })],
      })
    );
    for (const row of group.rows) {
      const texts = rowTexts(row, content.lang);
      rows.push(
        new TableRow({
          cantSplit: true,
          children: texts.map((text, i) =>
            tableCell(text, {
              align: i >= 4 && i <= 7 ? "right" : i === 0 ? "center" : "left",
              width: widths[i],
            })
          ),
        })
      );
    }
  }
  return new Table({
    width: { size: full, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { left: CELL_PADDING, right: CELL_PADDING },
    rows,
  });
}

/**
 * The paragraph that ends the portrait pages and carries their section properties (a section ends in a paragraph,
 * and the signature is a table): no text, exactly 1 pt high, with no spacing. The paragraph docx adds by itself is of
 * body size, and when the signature filled a page it went onto a page of its own, printed blank (trial 24, 6).
 */
function sectionEnd(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT } });
}

/** The Word draft as the bytes of a .docx file; `issuer` heads it and names its place. */
export async function reportDocx(content: ReportContent, issuer: Issuer): Promise<Uint8Array> {
  const { labels } = content;
  const body: (Paragraph | Table)[] = [
    frameTop(issuer, content.date, content.lang, PORTRAIT_TEXT_WIDTH),
    paragraph("", { indent: false }),
    paragraph(content.title, { bold: true, align: "center", indent: false }),
    paragraph(content.source, { italic: true, align: "center", indent: false }),
  ];
  if (content.warnings.length > 0) {
    body.push(heading(labels.warnings));
    for (const w of content.warnings) body.push(paragraph(`- ${w}`, { italic: true }));
  }
  const numbered = (n: string, title: string) => heading(`${n}. ${title.toUpperCase()}`);
  body.push(numbered("I", labels.headline), paragraph(content.headline.text));
  body.push(numbered("II", labels.achieved));
  if (content.achieved.length === 0) body.push(paragraph(labels.noneAchieved));
  for (const f of content.achieved) body.push(paragraph(`- ${f.text}`));
  body.push(numbered("III", labels.shortfalls));
  if (content.shortfalls.length === 0) body.push(paragraph(labels.noneShort));
  for (const f of content.shortfalls) body.push(paragraph(`- ${f.text} ${f.explanation ?? ""}`.trimEnd()));
  if (content.missing) body.push(paragraph(`- ${content.missing}`));
  if (content.toCheck.length > 0) body.push(paragraph(labels.toCheck));
  for (const f of content.toCheck) body.push(paragraph(`- ${f.text}`));
  // Section IV goes with the signature: a signature alone on the last page signs nothing (trial 24, helper's note).
  body.push(
    paragraph(`IV. ${labels.tasks.toUpperCase()}`, { bold: true, indent: true, keepNext: true }),
    paragraph(labels.tasksHint, { italic: true, keepNext: true })
  );
  body.push(
    paragraph("", { indent: false, keepNext: true }),
    frameBottom(issuer.agency, content.lang, PORTRAIT_TEXT_WIDTH),
    sectionEnd()
  );

  const portrait: ISectionOptions = {
    properties: {
      page: {
        size: {
          width: convertMillimetersToTwip(A4_MM.width),
          height: convertMillimetersToTwip(A4_MM.height),
          orientation: PageOrientation.PORTRAIT,
        },
        margin,
      },
    },
    children: body,
  };
  // The table is wide: it goes on landscape pages of its own, as reports attach their biểu số liệu.
  const landscape: ISectionOptions = {
    properties: {
      page: {
        size: {
          width: convertMillimetersToTwip(A4_MM.width),
          height: convertMillimetersToTwip(A4_MM.height),
          orientation: PageOrientation.LANDSCAPE,
        },
        margin,
      },
    },
    children: [
      paragraph(labels.table.toUpperCase(), { bold: true, align: "center", indent: false }),
      table(content),
      paragraph(labels.tableNote, { italic: true, size: TABLE_SIZE, indent: false }),
    ],
  };
  const document = new Document({
    creator: "chi-tieu",
    title: content.title,
    styles: { default: { document: { run: { font: DOCX_FONT, size: BODY_SIZE } } } },
    sections: [portrait, landscape],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
