// "What the record shows" on the model sheet: the headline totals and, line by line, the
// best-sourced later figures, each with its kind, date, source and a link to the outlet's page.
// Every cell is a constant (the figure in the sheet's unit, the link a hyperlink), so the section
// reads the same in a portable copy, an export and any spreadsheet program; nothing in the model
// refers to it, and it has no total: figures of different kinds are never added.

import {
  ARTICLE,
  KIND_LABELS,
  KINDS,
  NO_FIGURE,
  arithmeticText,
  joinSentences,
  noteText,
  recoveredLine,
  type HeadlineFigure,
  type Locale,
} from "../../model";
import type { PlanCell } from "../../sheet/plan";
import { COLUMNS, ROWS, across, cell } from "../layout";
import { TEXT } from "../text";
import { toSheetUnit } from "../unit";
import { RECORD_ROWS } from "./record-rows";

export interface RecordSection {
  cells: PlanCell[];
  merges: string[];
}

/** The value cell of a figure: the amount in the sheet's unit or the ratio, its relation ("≥",
 * ">") written into the number format so the cell stays a number. */
function valueCell(address: string, figure: HeadlineFigure, unit: number, amountFormat: string): PlanCell | undefined {
  const [value, format] =
    figure.value !== null ? [toSheetUnit(figure.value, unit), amountFormat] : figure.ratio !== null ? [figure.ratio, "0%"] : [];
  if (value === undefined || format === undefined) return undefined;
  return { address, value, format: figure.relation === "=" ? format : `"${figure.relation}"${format}`, style: "calc" };
}

function figureCells(row: number, figure: HeadlineFigure, locale: Locale, unit: number, amountFormat: string): PlanCell[] {
  const t = TEXT[locale].record;
  const source = figure.row;
  const cells: PlanCell[] = [];
  const value = valueCell(cell("article", row), figure, unit, amountFormat);
  if (value) cells.push(value);
  if (source === null) {
    // The article's own figure.
    cells.push(
      { address: cell("label", row), value: figure.label?.[locale] ?? "", style: "reasoning" },
      { address: cell("input", row), value: t.article, style: "label" },
      { address: cell("low", row), value: ARTICLE.published, style: "label" },
      { address: cell("reasoning", row), value: `${ARTICLE.author}: ${ARTICLE.title}`, style: "source", link: ARTICLE.url },
    );
    return cells;
  }
  const cite = source.derived ? `${t.derived} ${arithmeticText(source.derived, locale)}` : `${source.outlet}: ${source.title}`;
  cells.push(
    { address: cell("label", row), value: noteText(source, locale), style: "reasoning" },
    { address: cell("input", row), value: KIND_LABELS[source.kind][locale], style: "label" },
    { address: cell("low", row), value: source.date, style: "label" },
    source.url === null
      ? { address: cell("reasoning", row), value: cite, style: "reasoning" }
      : { address: cell("reasoning", row), value: cite, style: "source", link: source.url },
  );
  return cells;
}

/** The section's cells from its first row (ROWS.record), for a locale and the sheet's unit. */
export function recordSection(locale: Locale, unit: number, amountFormat: string): RecordSection {
  const t = TEXT[locale].record;
  const cells: PlanCell[] = [];
  const merges: string[] = [];
  RECORD_ROWS.forEach((item, i) => {
    const row = ROWS.record.first + i;
    switch (item.type) {
      case "heading":
        cells.push({ address: cell("label", row), value: t.heading, style: "section" });
        return;
      case "note": {
        const kinds = KINDS.map((k) => KIND_LABELS[k][locale]).join(locale === "ja" ? "・" : ", ");
        const text = joinSentences(locale, [recoveredLine(locale), t.rule(kinds)]);
        cells.push({ address: cell("label", row), value: text, style: "note" });
        merges.push(across(row, "label"));
        return;
      }
      case "header":
        for (const { key } of COLUMNS) {
          const header = t.headers[key];
          if (header !== undefined) cells.push({ address: cell(key, row), value: header, style: "header" });
        }
        return;
      case "subheading":
        cells.push({ address: cell("label", row), value: t.parts[item.part], style: "section" });
        return;
      case "group":
        cells.push(
          { address: cell("id", row), value: item.id, style: "id" },
          { address: cell("label", row), value: item.label[locale], style: "label" },
        );
        if (item.article !== undefined) {
          cells.push(
            { address: cell("article", row), value: toSheetUnit(item.article, unit), format: amountFormat, style: "calc" },
            { address: cell("input", row), value: t.article, style: "label" },
          );
        }
        return;
      case "figure":
        cells.push(...figureCells(row, item.figure, locale, unit, amountFormat));
        return;
      case "none":
        cells.push({ address: cell("label", row), value: NO_FIGURE[locale], style: "note" });
        return;
    }
  });
  return { cells, merges };
}
