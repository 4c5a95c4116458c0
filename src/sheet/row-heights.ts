// Row heights from the text a row holds and the width it wraps in. Excel fits neither merged
// cells nor rows of a file written by another program, and LibreOffice draws the wrapped lines
// of a row left at its default height on top of each other: so a plan says every height its text
// needs. Estimated on the wide side, so that every line is readable in a font wider than Calibri
// (DejaVu Sans stands in for it where Calibri and Carlito are missing) and in Japanese fonts.

import { columnLetters, parseAddress, rangeBounds } from "./address";
import type { SheetPlan } from "./plan";

/** Excel's defaults: column width in characters, font size and row height in points. */
const DEFAULT_WIDTH = 8.43;
const DEFAULT_FONT_SIZE = 11;
const DEFAULT_HEIGHT = 15;
/** One line of text, in points per point of font size: room for Japanese fonts' taller lines. */
const LINE = 1.5;
/** Space above and below the text, in points. */
const PADDING = 3;
/** Text is taken as 0.5 em per width unit (wider than DejaVu Sans's average in prose, 0.46 em; Calibri's is narrower), and a
 * line as filled to 90%, for words that do not break at the edge. */
const EM_PER_UNIT = 0.5;
const FILL = 0.9;

/** The width of text in units of a narrow character: a wide (CJK, full-width) character counts two. */
export const textUnits = (text: string): number =>
  [...text].reduce((n, ch) => n + (ch.charCodeAt(0) >= 0x2e80 ? 2 : 1), 0);

/** How many lines text wraps to across `characters` (Excel's column unit) at a font size. */
export function wrappedLines(text: string, characters: number, fontSize = DEFAULT_FONT_SIZE): number {
  // A column of w characters is 7w + 5 pixels wide; a point of font is 4/3 of a pixel.
  const perLine = Math.max(1, Math.floor(((characters * 7 + 5) / (fontSize * (4 / 3) * EM_PER_UNIT)) * FILL));
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(textUnits(line) / perLine)), 0);
}

/** The height in points of `lines` lines at a font size, in Excel's steps of 0.75 pt (a pixel). */
export const linesHeight = (lines: number, fontSize = DEFAULT_FONT_SIZE): number =>
  Math.ceil((lines * fontSize * LINE + PADDING) / 0.75) * 0.75;

/** The rows whose text needs more than the default height, with the height it needs: the tallest
 * of a row's cells, a wrapped cell counting the lines its text takes across its column or merge. */
export function rowHeights(plan: Pick<SheetPlan, "cells" | "styles" | "columns" | "merges">): { row: number; height: number }[] {
  const widths = new Map(plan.columns.map((c) => [c.column, c.width]));
  const columnWidth = (column: number) => widths.get(columnLetters(column)) ?? DEFAULT_WIDTH;
  const spans = new Map(
    plan.merges.map((merge) => {
      const { from, to } = rangeBounds(merge);
      let width = 0;
      for (let c = from.column; c <= to.column; c++) width += columnWidth(c);
      return [`${from.row}:${from.column}`, width] as const;
    }),
  );
  const heights = new Map<number, number>();
  for (const cell of plan.cells) {
    const style = cell.style === undefined ? {} : plan.styles[cell.style];
    const fontSize = style.fontSize ?? DEFAULT_FONT_SIZE;
    const { row, column } = parseAddress(cell.address);
    const shown = cell.value ?? cell.result;
    const width = spans.get(`${row}:${column}`) ?? columnWidth(column);
    const lines = style.wrap && typeof shown === "string" ? wrappedLines(shown, width, fontSize) : 1;
    // One line of the default font or smaller fits the default height.
    const height = lines > 1 || fontSize > DEFAULT_FONT_SIZE ? linesHeight(lines, fontSize) : DEFAULT_HEIGHT;
    heights.set(row, Math.max(heights.get(row) ?? 0, height));
  }
  return [...heights]
    .filter(([, height]) => height > DEFAULT_HEIGHT)
    .sort(([a], [b]) => a - b)
    .map(([row, height]) => ({ row, height }));
}
