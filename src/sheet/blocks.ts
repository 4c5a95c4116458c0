// Grouping neighbouring cells into one write: a plan's cells become the few rectangular writes
// and style areas a writer queues, so a sheet of any size costs a handful of range calls instead
// of one per cell; cells written into a sheet the user owns become gap-free runs.

import { addressOf, parseAddress, rangeOf, type CellRef } from "./address";
import type { CellValue, PlanCell, StyleId } from "./plan";

/** What goes into range.formulas for one cell: a formula, a constant, or "" (empty). */
export type Entry = CellValue;

/** One rectangular write: formulas (constants included) and number formats, cell for cell. */
export interface CellBlock {
  address: string;
  /** First and last row of the block. */
  top: number;
  bottom: number;
  formulas: Entry[][];
  numberFormats: string[][];
}

// Text Excel might read as something else when written, as it would if typed: a formula, a
// number ("1,500", "1e5", "(100)", "80%"), a date ("Jan 5", "11月8日"), a boolean or an error.
// Guessing Excel's locale-dependent parsing is a losing game, so any text with a digit or a
// leading sign is kept text with a leading apostrophe, as when typed; the apostrophe is not shown.
export function readsAsText(text: string): boolean {
  const s = text.trim();
  if (/^[=+\-@#]/.test(s) || /^(?:true|false)$/i.test(s)) return false;
  return !/[\d０-９]/.test(s);
}

export function entryFor(cell: PlanCell): Entry {
  if (cell.formula !== undefined) {
    if (!cell.formula.startsWith("=")) throw new Error(`${cell.address}: formula must start with "=".`);
    return cell.formula;
  }
  const value = cell.value;
  if (value === undefined) return "";
  if (typeof value === "number" && !Number.isFinite(value)) {
    throw new Error(`${cell.address}: ${value} cannot be written to a cell.`);
  }
  if (typeof value === "string" && value !== "" && !readsAsText(value)) return `'${value}`;
  return value;
}

interface Located {
  cell: PlanCell;
  ref: CellRef;
}

function locate(cells: readonly PlanCell[]): Located[] {
  const seen = new Set<string>();
  return cells.map((cell) => {
    const ref = parseAddress(cell.address);
    const key = addressOf(ref);
    if (seen.has(key)) throw new Error(`The plan has two cells at ${key}.`);
    seen.add(key);
    return { cell, ref };
  });
}

/**
 * Consecutive rows holding cells form a block, written as one rectangle from its leftmost to
 * its rightmost cell; an empty row starts a new block. Gaps inside a block are written empty,
 * which is harmless on the new sheet the writer creates.
 */
export function cellBlocks(cells: readonly PlanCell[]): CellBlock[] {
  const byRow = new Map<number, Located[]>();
  for (const located of locate(cells)) {
    const row = byRow.get(located.ref.row) ?? [];
    row.push(located);
    byRow.set(located.ref.row, row);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const bands: number[][] = [];
  for (const row of rows) {
    const band = bands[bands.length - 1];
    if (band && band[band.length - 1] === row - 1) band.push(row);
    else bands.push([row]);
  }
  return bands.map((band) => {
    const members = band.flatMap((row) => byRow.get(row) ?? []);
    const left = Math.min(...members.map((m) => m.ref.column));
    const right = Math.max(...members.map((m) => m.ref.column));
    const top = band[0];
    const bottom = band[band.length - 1];
    const width = right - left + 1;
    const formulas: Entry[][] = band.map(() => new Array<Entry>(width).fill(""));
    const numberFormats: string[][] = band.map(() => new Array<string>(width).fill("General"));
    for (const { cell, ref } of members) {
      formulas[ref.row - top][ref.column - left] = entryFor(cell);
      if (cell.format !== undefined) numberFormats[ref.row - top][ref.column - left] = cell.format;
    }
    const address = `${addressOf({ row: top, column: left })}:${addressOf({ row: bottom, column: right })}`;
    return { address, top, bottom, formulas, numberFormats };
  });
}

/**
 * For each style, its cells as runs along a row ("B15:F15"). Runs never span rows, so a top or
 * bottom border set on a run's edge is exactly the border each of its cells asks for.
 */
export function styleAreas(cells: readonly PlanCell[]): Map<StyleId, string[]> {
  const styled = locate(cells)
    .filter((l) => l.cell.style !== undefined)
    .sort((a, b) => a.ref.row - b.ref.row || a.ref.column - b.ref.column);
  const areas = new Map<StyleId, string[]>();
  let i = 0;
  while (i < styled.length) {
    const start = styled[i];
    const style = start.cell.style as StyleId;
    let end = start;
    while (
      i + 1 < styled.length &&
      styled[i + 1].cell.style === style &&
      styled[i + 1].ref.row === start.ref.row &&
      styled[i + 1].ref.column === end.ref.column + 1
    ) {
      end = styled[++i];
    }
    const from = addressOf(start.ref);
    const run = end === start ? from : `${from}:${addressOf(end.ref)}`;
    areas.set(style, [...(areas.get(style) ?? []), run]);
    i++;
  }
  return areas;
}

/** One write of a rectangle: formulas (constants included), and number formats when set. */
export interface RangeWrite {
  address: string;
  formulas: Entry[][];
  numberFormats?: string[][];
}

/** A cell to write into a sheet that has other content: its entry and, if any, its format. */
export interface CellWrite {
  address: string;
  entry: Entry;
  format?: string;
}

/**
 * Cells as few rectangles as possible without writing any cell not given: neighbours along a
 * row form a run, and runs over the same columns in consecutive rows stack into one block. A
 * user's own cell between two given cells is never touched. Cells with and without a format are
 * never mixed, so a cell without one keeps the format it has.
 */
export function gaplessWrites(cells: readonly CellWrite[]): RangeWrite[] {
  const located = cells
    .map((cell) => ({ cell, ref: parseAddress(cell.address) }))
    .sort((a, b) => a.ref.row - b.ref.row || a.ref.column - b.ref.column);
  type Run = { from: CellRef; to: CellRef; rows: CellWrite[][]; formatted: boolean };
  const runs: Run[] = [];
  for (const { cell, ref } of located) {
    const last = runs[runs.length - 1];
    const formatted = cell.format !== undefined;
    if (last && last.to.row === ref.row && last.to.column + 1 === ref.column && last.formatted === formatted) {
      last.to = ref;
      last.rows[0].push(cell);
    } else {
      runs.push({ from: ref, to: ref, rows: [[cell]], formatted });
    }
  }
  const blocks: Run[] = [];
  for (const run of runs) {
    const above = blocks.find(
      (b) =>
        b.to.row + 1 === run.from.row &&
        b.from.column === run.from.column &&
        b.to.column === run.to.column &&
        b.formatted === run.formatted,
    );
    if (above) {
      above.to = run.to;
      above.rows.push(run.rows[0]);
    } else {
      blocks.push(run);
    }
  }
  return blocks.map((b) => ({
    address: rangeOf(b.from, b.to),
    formulas: b.rows.map((row) => row.map((c) => c.entry)),
    ...(b.formatted ? { numberFormats: b.rows.map((row) => row.map((c) => c.format ?? "General")) } : {}),
  }));
}
