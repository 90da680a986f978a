/**
 * A number people type into the pane (the at-risk margin, and any later one): read as the sheet
 * reader reads cells (`7,5` and `7.5` alike), shown back with its range, refused outside it.
 */

import { Field, Input } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { formatNumber, readNumberText, type Lang } from "../core";
import { STRINGS } from "../ui/strings";
import { fieldHint } from "./fieldHint";

export type NumberReadingResult =
  { ok: true; value: number } | { ok: false; reason: "empty" | "notNumber" | "outOfRange"; value?: number };

/** Reads a field's text like a `%` cell: `7,5`, `7.5`, `7,5 %`; a number outside [min, max] is refused. */
export function readFieldNumber(text: string, min: number, max: number): NumberReadingResult {
  if (text.trim() === "") return { ok: false, reason: "empty" };
  const reading = readNumberText(text, { percentUnit: true });
  if (reading.kind !== "number" || reading.prefix !== undefined) return { ok: false, reason: "notNumber" };
  if (reading.value < min || reading.value > max) return { ok: false, reason: "outOfRange", value: reading.value };
  return { ok: true, value: reading.value };
}

export interface NumberFieldProps {
  label: string;
  lang: Lang;
  /** The value in force; the field shows it until someone types. */
  value: number;
  min: number;
  max: number;
  /** Shown right after numbers, e.g. "%" ("5%", as the pane writes every percent). */
  unit: string;
  className?: string;
  disabled?: boolean;
  /** What the number means, before the range. */
  description?: string;
  /**
   * Called after the field has shown what it understood: the number, or undefined while the text is
   * refused. Never called with a value the person has not seen shown back.
   */
  onChange: (value: number | undefined) => void;
}

export function NumberField({
  label,
  lang,
  value,
  min,
  max,
  unit,
  className,
  disabled,
  description,
  onChange,
}: NumberFieldProps) {
  const t = STRINGS[lang];
  const show = (n: number) => `${formatNumber(n, lang)}${unit}`;
  const [text, setText] = useState(() => formatNumber(value, lang));
  const reading = readFieldNumber(text, min, max);

  // The value in force changed from outside (loaded with the workbook): show it.
  useEffect(() => {
    const current = readFieldNumber(text, min, max);
    if (!current.ok || current.value !== value) setText(formatNumber(value, lang));
    // Only when the value in force changes, not on every keystroke.
  }, [value]);

  // Runs after the render that shows the reading: what is passed on has been shown. Not on mount: the value it was
  // given is the one in force, and passing it back re-rendered the whole pane before its first paint.
  const passed = reading.ok ? reading.value : undefined;
  const told = useRef(passed);
  useEffect(() => {
    if (told.current === passed) return;
    told.current = passed;
    onChange(passed);
  }, [passed]);

  const range = t.numberRange(formatNumber(min, lang), formatNumber(max, lang), unit);
  let message: string | undefined;
  if (!reading.ok) {
    message =
      reading.reason === "outOfRange"
        ? t.numberOutOfRange(show(reading.value as number), range)
        : reading.reason === "empty"
          ? range
          : t.numberNotNumber(text.trim(), range);
  }
  return (
    <Field
      label={label}
      className={className}
      validationState={reading.ok ? "none" : "error"}
      validationMessage={message}
      hint={reading.ok ? fieldHint(lang, { description, min, max, unit }, reading.value) : undefined}
    >
      <Input type="text" inputMode="decimal" value={text} disabled={disabled} onChange={(_, d) => setText(d.value)} />
    </Field>
  );
}
