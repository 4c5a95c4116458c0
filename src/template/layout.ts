// The model sheet's layout: ONE table of which column holds what and which row holds which line.
// templatePlan renders it; save, apply, compare, the portable copy and the export ask it for
// addresses, so no other file spells a model-sheet address.
//
// To add a section (a "How wrong can it be?" block, "What the record shows"), add an entry to
// SECTIONS where it belongs: every row below moves down, and every reader follows. To add a
// column (a Low/High range per line), add a key to COLUMNS. Then render it in plan.ts.

import { CATEGORIES, REFERENCE_TOTALS, type CategoryId } from "../model";
import { absolute, columnLetters } from "../sheet/address";
import { RECORD_ROWS } from "./sections/record-rows";

/** The columns, left to right, with their widths in characters (Excel's column unit). */
export const COLUMNS = [
  { key: "id", width: 18 },
  { key: "label", width: 46 },
  { key: "article", width: 13 },
  { key: "input", width: 15 },
  { key: "low", width: 12 },
  { key: "high", width: 12 },
  { key: "difference", width: 13 },
  { key: "share", width: 11 },
  // The two columns of prose, narrow enough that the printed page (one page wide) stays legible.
  { key: "reasoning", width: 80 },
  { key: "rangeSource", width: 52 },
] as const;
export type ColumnKey = (typeof COLUMNS)[number]["key"];

/** The FTT line's drivers, in the order of their rows. */
export const FTT_DRIVERS = ["tokens", "priceBefore", "priceAfter"] as const;
export type FttDriver = (typeof FTT_DRIVERS)[number];

/** The rows of "How wrong can it be?": the simulation's settings (inputs), its results, and the
 * chance the total reaches each headline claim (ids of REFERENCE_TOTALS, figures not retyped). */
export const HEADLINE_CLAIMS = ["alameda_lost", "user_collateral"] as const;
export type HeadlineClaim = (typeof HEADLINE_CLAIMS)[number];
export const UNCERTAINTY_ROWS = ["iterations", "seed", "p5", "p50", "p95", "mean", ...HEADLINE_CLAIMS] as const;
export type UncertaintyRow = (typeof UNCERTAINTY_ROWS)[number];

/** The sections, top to bottom: how many rows each takes and the blank rows after it. */
const SECTIONS = [
  { key: "title", rows: 1 },
  { key: "citation", rows: 1 },
  { key: "howTo", rows: 1 },
  { key: "caveat", rows: 1 },
  { key: "unit", rows: 1 },
  { key: "header", rows: 1 },
  { key: "categories", rows: CATEGORIES.length },
  { key: "total", rows: 1, blankAfter: 1 },
  { key: "fttHeading", rows: 1 },
  { key: "fttDrivers", rows: FTT_DRIVERS.length },
  { key: "fttNote", rows: 1, blankAfter: 1 },
  { key: "referenceHeading", rows: 1 },
  { key: "referenceHeader", rows: 1 },
  { key: "references", rows: REFERENCE_TOTALS.length, blankAfter: 1 },
  { key: "uncertaintyHeading", rows: 1 },
  { key: "uncertaintyNote", rows: 1 },
  { key: "uncertainty", rows: UNCERTAINTY_ROWS.length, blankAfter: 1 },
  { key: "tornadoHeading", rows: 1 },
  { key: "tornadoHeader", rows: 1 },
  { key: "tornado", rows: CATEGORIES.length, blankAfter: 1 },
  // "What the record shows": references only, rendered by sections/record.ts.
  { key: "record", rows: RECORD_ROWS.length, blankAfter: 1 },
  // The charts sit below everything, over this many rows each.
  { key: "chart", rows: 21, blankAfter: 1 },
  { key: "tornadoChart", rows: 21 },
] as const;
export type SectionKey = (typeof SECTIONS)[number]["key"];

/** First and last row of each section. */
export const ROWS = (() => {
  const rows = {} as Record<SectionKey, { first: number; last: number }>;
  let next = 1;
  for (const s of SECTIONS) {
    rows[s.key] = { first: next, last: next + s.rows - 1 };
    next += s.rows + ("blankAfter" in s ? s.blankAfter : 0);
  }
  return rows;
})();

export const column = (key: ColumnKey): string => columnLetters(COLUMNS.findIndex((c) => c.key === key) + 1);
export const FIRST_COLUMN = column(COLUMNS[0].key);
export const LAST_COLUMN = column(COLUMNS[COLUMNS.length - 1].key);

/** The cell of a column in a row: cell("input", 7) = "D7". */
export const cell = (key: ColumnKey, row: number): string => `${column(key)}${row}`;

/** A column's cells over a section: span("input", "categories") = "D7:D14". */
export const span = (key: ColumnKey, section: SectionKey): string =>
  `${cell(key, ROWS[section].first)}:${cell(key, ROWS[section].last)}`;

/** A whole row across the sheet's columns, or from one column to the last: "A1:G1". */
export const across = (row: number, from: ColumnKey = COLUMNS[0].key): string => `${cell(from, row)}:${LAST_COLUMN}${row}`;

export const categoryRow = (id: CategoryId): number => ROWS.categories.first + CATEGORIES.findIndex((c) => c.id === id);
export const driverRow = (driver: FttDriver): number => ROWS.fttDrivers.first + FTT_DRIVERS.indexOf(driver);
export const referenceRow = (index: number): number => ROWS.references.first + index;
export const uncertaintyRow = (key: UncertaintyRow): number => ROWS.uncertainty.first + UNCERTAINTY_ROWS.indexOf(key);
/** The tornado's k-th row (0-based), the k-th largest swing. */
export const tornadoRow = (k: number): number => ROWS.tornado.first + k;

/** The layout version a model sheet carries in its unit row: a sheet without it was made by an
 * earlier release (columns A–G, no Low/High), whose estimates and FTT drivers sit in the same
 * cells but whose columns E and F hold differences and shares. */
export const LAYOUT_VERSION = 2;

export interface TemplateLayout {
  /** The analyst's estimate for each category (the FTT line is a formula over its drivers). */
  inputs: Record<CategoryId, string>;
  article: Record<CategoryId, string>;
  /** The category ids, one per row: how a reader recognises a model sheet. */
  ids: string;
  inputRange: string;
  /** The cell holding the display unit, so code reading a model sheet knows its scale. */
  unit: string;
  analystTotal: string;
  articleTotal: string;
  ftt: Record<FttDriver, string>;
  /** The drivers as one range, top to bottom. */
  fttRange: string;
  /** Each line's low and high (plain inputs, the FTT line's too), and as ranges. */
  lows: Record<CategoryId, string>;
  highs: Record<CategoryId, string>;
  lowRange: string;
  highRange: string;
  /** The cell holding LAYOUT_VERSION; blank on sheets of the earlier layout. */
  layoutVersion: string;
  /** The simulation's settings and results ("How wrong can it be?"). */
  uncertainty: Record<UncertaintyRow, string>;
  /** What the simulation's figures are: live, or on a copy a snapshot of its settings. */
  simulationNote: string;
}

const byCategory = (key: ColumnKey) =>
  Object.fromEntries(CATEGORIES.map((c) => [c.id, cell(key, categoryRow(c.id))])) as Record<CategoryId, string>;

/** Where the inputs, the FTT drivers, the unit and the totals are: the same in every language. */
export const MODEL_LAYOUT: TemplateLayout = {
  inputs: byCategory("input"),
  article: byCategory("article"),
  ids: span("id", "categories"),
  inputRange: span("input", "categories"),
  unit: cell("input", ROWS.unit.first),
  analystTotal: cell("input", ROWS.total.first),
  articleTotal: cell("article", ROWS.total.first),
  ftt: Object.fromEntries(FTT_DRIVERS.map((d) => [d, cell("input", driverRow(d))])) as Record<FttDriver, string>,
  fttRange: span("input", "fttDrivers"),
  lows: byCategory("low"),
  highs: byCategory("high"),
  lowRange: span("low", "categories"),
  highRange: span("high", "categories"),
  layoutVersion: cell("high", ROWS.unit.first),
  uncertainty: Object.fromEntries(UNCERTAINTY_ROWS.map((k) => [k, cell("input", uncertaintyRow(k))])) as Record<UncertaintyRow, string>,
  simulationNote: cell("label", ROWS.uncertaintyNote.first),
};

/** The names every model sheet carries, scoped to the sheet; FTX_Inputs also marks a model sheet. */
export const INPUTS_NAME = "FTX_Inputs";
export const MODEL_NAMES = [
  { name: INPUTS_NAME, ref: absolute(MODEL_LAYOUT.inputRange), says: "inputs" },
  { name: "FTX_Article", ref: absolute(span("article", "categories")), says: "article" },
  { name: "FTX_Total", ref: absolute(MODEL_LAYOUT.analystTotal), says: "total" },
  { name: "FTX_Unit", ref: absolute(MODEL_LAYOUT.unit), says: "unit" },
  { name: "FTX_ArticleTotal", ref: absolute(MODEL_LAYOUT.articleTotal), says: "articleTotal" },
  { name: "FTX_FTT_Tokens", ref: absolute(MODEL_LAYOUT.ftt.tokens), says: "tokens" },
  { name: "FTX_FTT_PriceBefore", ref: absolute(MODEL_LAYOUT.ftt.priceBefore), says: "priceBefore" },
  { name: "FTX_FTT_PriceAfter", ref: absolute(MODEL_LAYOUT.ftt.priceAfter), says: "priceAfter" },
  { name: "FTX_Lows", ref: absolute(MODEL_LAYOUT.lowRange), says: "lows" },
  { name: "FTX_Highs", ref: absolute(MODEL_LAYOUT.highRange), says: "highs" },
] as const;

/** What prints: every section across every column (the chart's rows too), with the column
 * headings repeated at the top of each page. */
export const PRINT_RANGES = {
  area: `${cell(COLUMNS[0].key, ROWS.title.first)}:${LAST_COLUMN}${Math.max(...Object.values(ROWS).map((r) => r.last))}`,
  titleRows: `${ROWS.header.first}:${ROWS.header.last}`,
};

/** The chart's data (labels, the article and the estimates, with their header row) and where it sits. */
export const CHART = {
  source: `${cell("label", ROWS.header.first)}:${cell("input", ROWS.categories.last)}`,
  // Across label..share (about 700 × 400 px): in view on a vertical scroll, where columns to the
  // right of the wide reasoning would be off-screen.
  anchor: { from: cell("label", ROWS.chart.first), to: cell("high", ROWS.chart.last) },
};

/** The tornado's columns, left to right: the line (sorted), the change of the total with the line
 * at its low and at its high, the swing; then a helper in sheet order (each line's swing and its
 * rank, ties broken by sheet order) that the sorted rows look up. */
export const TORNADO = {
  id: "id",
  label: "label",
  lowChange: "article",
  highChange: "input",
  swing: "low",
  lineSwing: "difference",
  lineRank: "share",
} as const satisfies Record<string, ColumnKey>;

/** The tornado chart: the sorted labels and the two changes, with their header row. */
export const TORNADO_CHART = {
  source: `${cell(TORNADO.label, ROWS.tornadoHeader.first)}:${cell(TORNADO.highChange, ROWS.tornado.last)}`,
  anchor: { from: cell("label", ROWS.tornadoChart.first), to: cell("high", ROWS.tornadoChart.last) },
};
