// What any sheet the add-in writes is, as data: cells (a value or an English formula, with the
// native stand-in a portable copy uses and the result it shows), styles, number formats, names,
// widths, validations and a chart. The Office.js writer, the .xlsx export and the tests all
// consume a SheetPlan; nothing here knows which sheet it is.

export type CellValue = string | number | boolean;

export type StyleId =
  | "title"
  | "link"
  | "note"
  | "header"
  | "section"
  | "id"
  | "label"
  | "input"
  | "calc"
  | "totalLabel"
  | "total"
  | "reasoning"
  | "source";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  fontSize?: number;
  /** "#RRGGBB" */
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "center" | "bottom";
  borderTop?: "thin" | "medium";
  borderBottom?: "thin" | "double";
}

export interface PlanCell {
  /** A1 address on the sheet. */
  address: string;
  /** A constant (text, number or boolean). */
  value?: CellValue;
  /** An English (invariant) formula, written through range.formulas, never formulasLocal. */
  formula?: string;
  /** For formulas using FTX.*: the native formula ("=SUM(D7:D14)") or constant that stands in
   * for it in a portable copy. Absent when the formula is already native. On a constant: the
   * text a portable copy shows instead (a note that holds only while the add-in computes). */
  portable?: string | CellValue;
  /** A simulation's figure: a copy for use without the add-in keeps the value the cell shows now,
   * an error too (`portable` is the figure with the template's own inputs, for the export). */
  snapshot?: boolean;
  /** What the formula shows with the article's inputs (cached result in exports). */
  result?: CellValue;
  format?: string;
  style?: StyleId;
  /** A hyperlink target. */
  link?: string;
}

export interface PlanName {
  name: string;
  /** Absolute reference on the sheet, e.g. "$D$7:$D$14". */
  ref: string;
  comment: string;
}

export interface PlanChart {
  /** barStacked: negative values stack left of the axis, positive right (a tornado). */
  type: "barClustered" | "barStacked";
  title: string;
  /** Category labels in the first column, one series per further column, headers in row 1. */
  source: string;
  anchor: { from: string; to: string };
}

/** Cells that accept numbers only (Excel's data validation, "Stop" style): text typed into them
 * is refused with `error`, and `prompt` shows while one is selected. A formula stays allowed
 * when its result passes, as Excel validates what a formula entered shows. A bound may be a
 * formula ("=D7"), relative to the range's top-left cell as Excel reads it: "between the low and
 * the high of the same row". */
export interface PlanValidation {
  /** A range on the sheet, e.g. "D7:D12". */
  range: string;
  rule:
    | { type: "decimal" | "whole"; operator: "between"; min: ValidationBound; max: ValidationBound }
    | { type: "decimal"; operator: "greaterThanOrEqual"; min: ValidationBound };
  error: { title: string; message: string };
  prompt: { title: string; message: string };
  /** The messages without any FTX.* hint, for a copy opened without the add-in. */
  portable?: { error: string; prompt: string };
}

/** A number, or a formula starting with "=". */
export type ValidationBound = number | string;

/** How a sheet prints: both writers set it (Office.js pageLayout, the .xlsx pageSetup). */
export interface PlanPrint {
  orientation: "portrait" | "landscape";
  /** Scaled to fit this many pages across and at most this many down. */
  fit: { wide: number; tall: number };
  /** The range printed, e.g. "A1:G49". */
  area: string;
  /** Rows repeated at the top of every printed page, e.g. "6:6". */
  titleRows: string;
}

/** Any sheet the add-in writes (the model, a comparison): what the writers consume. */
export interface SheetPlan {
  /** Base sheet name; the writer adds " (2)", " (3)"... when it is taken. */
  sheetName: string;
  cells: PlanCell[];
  styles: Record<StyleId, CellStyle>;
  /** Widths in characters of the default font (Excel's column-width unit). */
  columns: { column: string; width: number }[];
  merges: string[];
  names: PlanName[];
  freeze: { rows: number; columns: number };
  charts: PlanChart[];
  /** Row heights in points, for rows whose text needs more than Excel's default (wrapped text,
   * large fonts: see rowHeights), as a file written without them shows wrapped lines overlapping. */
  rows?: { row: number; height: number }[];
  validations?: PlanValidation[];
  print?: PlanPrint;
}

