/** One cell staff fill in the preview's sheet: a line for a figure, a box of lines for a note (Alt+Enter, as in Excel). */

import type { CellStyle } from "../template";

export interface EntryControlProps {
  /** What a screen reader announces: the cell's address and what it holds. */
  label: string;
  /** A cell that wraps (Ghi chú) keeps its line breaks: a co-led note is a line per agency. */
  multiline: boolean;
  align: CellStyle["horizontal"];
  value: string;
  onFocus: () => void;
  onChange: (text: string) => void;
  /** Leaving the cell, or Enter: the text as it stands. */
  onCommit: (text: string) => void;
}

export function EntryControl({ label, multiline, align, value, onFocus, onChange, onCommit }: EntryControlProps) {
  const shared = { "aria-label": label, value, onFocus, style: { textAlign: align.toLowerCase() as "left" } };
  if (!multiline) {
    return (
      <input
        {...shared}
        onChange={(e) => onChange(e.target.value)}
        onBlur={(e) => onCommit(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") e.currentTarget.blur();
        }}
      />
    );
  }
  return (
    <textarea
      {...shared}
      rows={value.split("\n").length}
      onChange={(e) => onChange(e.target.value)}
      onBlur={(e) => onCommit(e.target.value)}
      onKeyDown={(e) => {
        if (e.key !== "Enter" || e.shiftKey) return;
        e.preventDefault();
        const box = e.currentTarget;
        if (!e.altKey) return box.blur();
        box.setRangeText("\n", box.selectionStart, box.selectionEnd, "end");
        onChange(box.value);
      }}
    />
  );
}
