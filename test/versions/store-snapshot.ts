// Snapshots the versions planner reads, built as one sync would read them: the model sheet from
// its plan (each formula showing its result) and a Versions sheet written by the planner's own
// row writes.

import type { Locale } from "../../src/model";
import { cellsIn, parseAddress } from "../../src/sheet/address";
import type { RangeWrite } from "../../src/sheet/blocks";
import { INPUTS_NAME, MODEL_READS, type ModelSnapshot } from "../../src/versions/model-sheet-snapshot";
import type { StoreSnapshot } from "../../src/versions/store-plan";
import type { Version } from "../../src/versions/version";
import { HEADER_ROW, newSheetWrites, versionRowWrites, type SheetGrid } from "../../src/versions/versions-sheet";
import { insertedSheet, setCell } from "../support/sheet-snapshot";

export type ModelSheet = ReturnType<typeof insertedSheet>;

export const modelSheet = (locale: Locale = "en"): ModelSheet => insertedSheet(locale);
export { setCell };

/** The model sheet's ranges as a save or an apply reads them. */
export function modelSnapshot(sheet: ModelSheet, names = [INPUTS_NAME]): ModelSnapshot {
  const at = (address: string, what: "values" | "formulas") => {
    const { row, column } = parseAddress(address);
    const x = sheet[what][row - 1]?.[column - 1];
    return x === undefined ? "" : x;
  };
  const column = (range: string, what: "values" | "formulas") => cellsIn(range).map((a) => [at(a, what)]);
  return {
    sheetName: sheet.name,
    hasInputsName: names.includes(INPUTS_NAME),
    ids: column(MODEL_READS.ids, "values"),
    unit: column(MODEL_READS.unit, "values"),
    inputs: column(MODEL_READS.inputs, "values"),
    inputFormulas: column(MODEL_READS.inputs, "formulas"),
    drivers: column(MODEL_READS.drivers, "values"),
    driverFormulas: column(MODEL_READS.drivers, "formulas"),
    articleFtt: at(MODEL_READS.articleFtt, "formulas"),
    layout: at(MODEL_READS.layout, "values"),
    lows: column(MODEL_READS.lows, "values"),
    lowFormulas: column(MODEL_READS.lows, "formulas"),
    highs: column(MODEL_READS.highs, "values"),
    highFormulas: column(MODEL_READS.highs, "formulas"),
  };
}

/** A Versions sheet holding `versions`, as its used range reads back. */
export function versionsGrid(versions: readonly Version[]): SheetGrid {
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  const apply = (w: RangeWrite) => {
    const [from] = w.address.split(":");
    const { row, column } = parseAddress(from);
    w.formulas.forEach((line, i) =>
      line.forEach((x, j) => {
        const [r, c] = [row - 1 + i, column - 1 + j];
        while (values.length <= r) {
          values.push([]);
          formulas.push([]);
        }
        formulas[r][c] = x;
        values[r][c] = typeof x === "string" && x.startsWith("'") ? x.slice(1) : x;
      }),
    );
  };
  const created = newSheetWrites("en");
  created.writes.forEach(apply);
  versions.forEach((v, i) => {
    versionRowWrites(v, HEADER_ROW + 1 + i, created.columns).forEach(apply);
    // The ftt_drop formula shows what the drivers give.
    values[HEADER_ROW + i][created.columns.ftt_drop - 1] = v.amounts.ftt_drop;
  });
  const width = Math.max(...formulas.map((r) => r.length));
  const pad = (rows: unknown[][]) => rows.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? ""));
  return { top: 1, left: 1, values: pad(values), formulas: pad(formulas) };
}

export function snapshot(sheet: ModelSheet | undefined, versions: readonly Version[] | null): StoreSnapshot {
  return { versionsSheet: versions === null ? null : versionsGrid(versions), model: sheet && modelSnapshot(sheet) };
}

/** Types an estimate as an analyst would in Excel, where validation keeps low ≤ estimate ≤ high:
 * the row's Low or High first moved to hold it. */
export function setEstimate(sheet: ModelSheet, address: string, value: number, formula: unknown = value): void {
  const { row } = parseAddress(address);
  const [low, high] = [`E${row}`, `F${row}`];
  const at = (a: string) => {
    const p = parseAddress(a);
    return sheet.values[p.row - 1][p.column - 1] as number;
  };
  if (value < at(low)) setCell(sheet, low, value, value, "Double");
  if (value > at(high)) setCell(sheet, high, value, value, "Double");
  setCell(sheet, address, formula, value, "Double");
}
