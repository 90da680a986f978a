/**
 * A number as Excel shows it under a cell's number format, in a Vietnamese Excel (decimal comma, dot
 * for thousands): the part of the format language the template and the report write (sections,
 * quoted text, 0 and # digits, thousands, %), so the preview's report reads as the sheet in Excel.
 */

type Token = { literal: string } | { digits: string };

interface Section {
  tokens: Token[];
  percent: boolean;
}

const cache = new Map<string, Section[]>();

function parse(format: string): Section[] {
  const cached = cache.get(format);
  if (cached) return cached;
  const sections: Section[] = [];
  let tokens: Token[] = [];
  let percent = false;
  const close = () => {
    sections.push({ tokens, percent });
    tokens = [];
    percent = false;
  };
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '"') {
      const end = format.indexOf('"', i + 1);
      tokens.push({ literal: format.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? format.length : end;
    } else if (c === "\\") {
      tokens.push({ literal: format[++i] ?? "" });
    } else if (c === ";") {
      close();
    } else if (c === "[") {
      // Colours and conditions ([Red], [>=100]) change no text.
      i = Math.max(i, format.indexOf("]", i));
    } else if ("#0,.".includes(c)) {
      let j = i;
      while (j < format.length && "#0,.".includes(format[j])) j++;
      tokens.push({ digits: format.slice(i, j) });
      i = j - 1;
    } else {
      if (c === "%") percent = true;
      tokens.push({ literal: c });
    }
  }
  close();
  cache.set(format, sections);
  return sections;
}

function digitsText(value: number, pattern: string): string {
  const [whole, fraction = ""] = pattern.split(".");
  return new Intl.NumberFormat("vi-VN", {
    useGrouping: whole.includes(","),
    minimumFractionDigits: fraction.replace(/#/g, "").length,
    maximumFractionDigits: fraction.length,
  }).format(value);
}

/** `value` under `format`; General and text formats show the number as Excel's General does. */
export function formatCell(value: number, format: string): string {
  if (format === "General" || format === "@" || format === "") {
    return new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 10, useGrouping: false }).format(value);
  }
  const sections = parse(format);
  const section = (value < 0 ? sections[1] : value === 0 ? sections[2] : undefined) ??
    sections[0] ?? { tokens: [], percent: false };
  // A negative number in a section of its own loses its minus: the section writes what it wants.
  const own = value < 0 && sections[1] !== undefined;
  const shown = (section.percent ? value * 100 : value) * (own ? -1 : 1);
  let text = "";
  let numberWritten = false;
  for (const t of section.tokens) {
    if ("literal" in t) text += t.literal;
    else if (!numberWritten) {
      text += digitsText(shown, t.digits);
      numberWritten = true;
    }
  }
  return text;
}
