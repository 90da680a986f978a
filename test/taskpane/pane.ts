/** Helpers the pane's jsdom tests share: a workbook with the template and figures typed in, and the pane on it. */
import { render, waitFor, within } from "@testing-library/react";
import { createElement } from "react";
import type { CellValue } from "../../src/core";
import { App } from "../../src/taskpane/App";
import { buildTemplate, COLUMNS } from "../../src/template";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { shippedCatalogue as catalogue } from "../catalogue";

export const template = buildTemplate(catalogue);
export const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);

/** The template inserted, each code's Thực hiện typed, and the period cell's text if given. */
export async function withTemplate(values: Record<string, CellValue> = {}, period?: string): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook(catalogue);
  await workbook.insertTemplate("ask");
  for (const [code, v] of Object.entries(values))
    workbook.setCell(template.name, template.rowCodes.indexOf(code), col("actual"), v);
  if (period !== undefined) workbook.setCell(template.name, template.periodCell.row, template.periodCell.col, period);
  return workbook;
}

export function renderPane(workbook: MemoryWorkbook, lang: "vi" | "en" = "vi") {
  return render(createElement(App, { workbook, catalogue, initialLang: lang, autoValidateMs: 20 }));
}

/** A button in `container` once the pane no longer works (not aria-disabled): the first, or the one named. */
export function enabledButton(container: HTMLElement, name?: string | RegExp): Promise<HTMLElement> {
  return waitFor(() => {
    const button = name ? within(container).getByRole("button", { name }) : within(container).getAllByRole("button")[0];
    expect(button.getAttribute("aria-disabled")).not.toBe("true");
    return button;
  });
}
