// The template sheet as data: every cell (value or formula, with its native stand-in and the
// result it shows with the article's inputs), style, number format, name, width and the chart.
// The Office.js writer, the .xlsx export and the tests all consume this one plan.

import {
  ARTICLE,
  ARTICLE_FTT,
  ARTICLE_TOTAL,
  CATEGORIES,
  REFERENCE_TOTALS,
  TOTAL,
  citation,
  fttLoss,
  unwrap,
  type CategoryId,
  type Locale,
} from "../model";
import { TEXT } from "./text";
import { inputValidations } from "./validations";

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
  | "reasoning";

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
  /** A1 address on the model sheet. */
  address: string;
  /** A constant (text, number or boolean). */
  value?: CellValue;
  /** An English (invariant) formula, written through range.formulas, never formulasLocal. */
  formula?: string;
  /** For formulas using FTX.*: the native formula ("=SUM(D7:D14)") or constant that stands in
   * for it in a portable copy. Absent when the formula is already native. */
  portable?: string | CellValue;
  /** What the formula shows with the article's inputs (cached result in exports). */
  result?: CellValue;
  format?: string;
  style?: StyleId;
  /** A hyperlink target. */
  link?: string;
}

export interface PlanName {
  name: string;
  /** Absolute reference on the model sheet, e.g. "$D$7:$D$14". */
  ref: string;
  comment: string;
}

export interface PlanChart {
  type: "barClustered";
  title: string;
  /** Category labels in the first column, one series per further column, headers in row 1. */
  source: string;
  anchor: { from: string; to: string };
}

export interface TemplateLayout {
  /** The analyst's estimate for each category (the FTT line is a formula over its drivers). */
  inputs: Record<CategoryId, string>;
  article: Record<CategoryId, string>;
  inputRange: string;
  /** The cell holding `unit`, so code reading a model sheet knows its scale. */
  unit: string;
  analystTotal: string;
  articleTotal: string;
  ftt: { tokens: string; priceBefore: string; priceAfter: string };
}

/** Cells that accept numbers only (Excel's data validation, "Stop" style): text typed into them
 * is refused with `error`, and `prompt` shows while one is selected. A formula stays allowed
 * when its result passes, as Excel validates what a formula entered shows. */
export interface PlanValidation {
  /** A range on the sheet, e.g. "D7:D12". */
  range: string;
  rule:
    | { type: "decimal"; operator: "between"; min: number; max: number }
    | { type: "decimal"; operator: "greaterThanOrEqual"; min: number };
  error: { title: string; message: string };
  prompt: { title: string; message: string };
  /** The messages without any FTX.* hint, for a copy opened without the add-in. */
  portable?: { error: string; prompt: string };
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
  chart?: PlanChart;
  /** Row heights in points, for rows Excel does not fit itself (wrapped text in merged cells);
   * other rows are fitted to their content. */
  rows?: { row: number; height: number }[];
  validations?: PlanValidation[];
}

/** The model sheet: a SheetPlan plus where its inputs and totals are. */
export interface TemplatePlan extends SheetPlan {
  locale: Locale;
  /** US dollars per unit shown: 1 in English, 1e8 (億ドル) in Japanese. */
  unit: number;
  chart: PlanChart;
  layout: TemplateLayout;
}

export const FIRST_CATEGORY_ROW = 7;
const HEADER_ROW = FIRST_CATEGORY_ROW - 1;
const TOTAL_ROW = FIRST_CATEGORY_ROW + CATEGORIES.length; // 15
const FTT_SECTION_ROW = TOTAL_ROW + 2; // 17
const FTT_ROW = { tokens: FTT_SECTION_ROW + 1, priceBefore: FTT_SECTION_ROW + 2, priceAfter: FTT_SECTION_ROW + 3 };
const FTT_NOTE_ROW = FTT_SECTION_ROW + 4; // 21
const REFERENCE_SECTION_ROW = FTT_NOTE_ROW + 2; // 23
const REFERENCE_HEADER_ROW = REFERENCE_SECTION_ROW + 1;

const STYLES: Record<StyleId, CellStyle> = {
  title: { bold: true, fontSize: 16, fontColor: "#1F3864" },
  link: { fontColor: "#0563C1", underline: true },
  note: { italic: true, fontColor: "#595959", wrap: true, vertical: "top" },
  header: { bold: true, fill: "#D9E1F2", borderBottom: "thin", wrap: true, vertical: "center" },
  section: { bold: true, fontSize: 12, fontColor: "#1F3864" },
  id: { fontColor: "#7F7F7F", fontSize: 9 },
  label: {},
  // The usual modelling convention: blue type on a light yellow fill marks a cell to change.
  input: { fontColor: "#0000FF", fill: "#FFF2CC", horizontal: "right" },
  calc: { horizontal: "right" },
  totalLabel: { bold: true, borderTop: "thin", borderBottom: "double" },
  total: { bold: true, borderTop: "thin", borderBottom: "double", horizontal: "right" },
  reasoning: { wrap: true, fontColor: "#404040", fontSize: 9, vertical: "top" },
};

const FORMATS: Record<Locale, { amount: string; difference: string; share: string; tokens: string; price: string }> = {
  // 1.5e9 shows as $1.5B, 2.1e8 as $0.21B: each trailing comma divides by 1,000.
  en: {
    amount: '$#,##0.0##,,,"B";-$#,##0.0##,,,"B";$0.0"B"',
    // Differences are often small: in millions, signed, so a $25M edit does not read "$0.0B".
    difference: '+$#,##0.0,,"M";-$#,##0.0,,"M";$0"M"',
    share: "0.0%",
    tokens: "#,##0",
    price: "$#,##0.00",
  },
  // Japanese cells hold 億ドル, so they show the article's own figures: 15, 10, ... 155.
  // "General" keeps 15 as 15 and 15.5 as 15.5 (a fixed "0.0" would show 15.0).
  ja: { amount: 'General"億ドル"', difference: 'General"億ドル"', share: "0.0%", tokens: "#,##0", price: "$#,##0.00" },
};

const UNITS: Record<Locale, number> = { en: 1, ja: 1e8 };

/**
 * The height in points that wrapped text needs across a width of `characters` (Excel's column
 * unit): Excel does not fit the height of merged cells. Wide (CJK) characters count as two;
 * 18 pt a line leaves room for Japanese fonts, a spare line for the window's font.
 */
function wrappedHeight(text: string, characters: number): number {
  const units = [...text].reduce((n, ch) => n + (ch.charCodeAt(0) >= 0x2e80 ? 2 : 1), 0);
  return (Math.ceil(units / characters) + 1) * 18;
}

/** "=FTX.LOSS($A7)" in dollars, "=FTX.LOSS($A7)/10^8" in 億ドル. */
function inUnit(expression: string, unit: number): string {
  return unit === 1 ? `=${expression}` : `=${expression}/10^${Math.log10(unit)}`;
}

export function templatePlan(locale: Locale): TemplatePlan {
  const t = TEXT[locale];
  const unit = UNITS[locale];
  const f = FORMATS[locale];
  const cells: PlanCell[] = [];
  const put = (cell: PlanCell) => cells.push(cell);
  const lastCategoryRow = TOTAL_ROW - 1;
  const totalRef = `$D$${TOTAL_ROW}`;
  const articleTotal = ARTICLE_TOTAL / unit;

  put({ address: "A1", value: t.title, style: "title" });
  put({ address: "A2", value: citation(locale), style: "link", link: ARTICLE.url });
  put({ address: "A3", value: t.howTo, style: "note" });
  put({ address: "A4", value: t.caveat, style: "note" });
  put({ address: "A5", value: "unit", style: "id" });
  put({ address: "B5", value: t.unitLabel, style: "note" });
  put({ address: "D5", value: unit, format: "#,##0", style: "id" });

  t.headers.forEach((header, i) => {
    put({ address: `${String.fromCharCode(65 + i)}${HEADER_ROW}`, value: header, style: "header" });
  });

  const inputs = {} as Record<CategoryId, string>;
  const article = {} as Record<CategoryId, string>;
  const fttCells = { tokens: `D${FTT_ROW.tokens}`, priceBefore: `D${FTT_ROW.priceBefore}`, priceAfter: `D${FTT_ROW.priceAfter}` };
  CATEGORIES.forEach((c, i) => {
    const row = FIRST_CATEGORY_ROW + i;
    const amount = c.amount / unit;
    inputs[c.id] = `D${row}`;
    article[c.id] = `C${row}`;
    put({ address: `A${row}`, value: c.id, style: "id" });
    put({ address: `B${row}`, value: c.label[locale], style: "label" });
    put({
      address: `C${row}`,
      formula: inUnit(`FTX.LOSS($A${row})`, unit),
      portable: amount,
      result: amount,
      format: f.amount,
      style: "calc",
    });
    if (c.id === "ftt_drop") {
      const { tokens, priceBefore, priceAfter } = fttCells;
      const dollars = unwrap(fttLoss(ARTICLE_FTT.tokens, ARTICLE_FTT.priceBefore, ARTICLE_FTT.priceAfter));
      put({
        address: `D${row}`,
        formula: inUnit(`FTX.FTTLOSS(${tokens},${priceBefore},${priceAfter})`, unit),
        portable: inUnit(`ROUND(${tokens}*(${priceBefore}-${priceAfter}),2)`, unit),
        result: dollars / unit,
        format: f.amount,
        style: "calc",
      });
    } else {
      put({ address: `D${row}`, value: amount, format: f.amount, style: "input" });
    }
    put({ address: `E${row}`, formula: `=D${row}-C${row}`, result: 0, format: f.difference, style: "calc" });
    put({
      address: `F${row}`,
      formula: `=IF(${totalRef}=0,"",D${row}/${totalRef})`,
      result: c.amount / ARTICLE_TOTAL,
      format: f.share,
      style: "calc",
    });
    put({
      address: `G${row}`,
      formula: `=FTX.SOURCE($A${row},"${locale}")`,
      portable: c.source[locale],
      result: c.source[locale],
      style: "reasoning",
    });
  });

  const r = TOTAL_ROW;
  const range = (col: string) => `${col}${FIRST_CATEGORY_ROW}:${col}${lastCategoryRow}`;
  put({ address: `A${r}`, value: TOTAL.id, style: "id" });
  put({ address: `B${r}`, value: TOTAL.label[locale], style: "totalLabel" });
  put({
    address: `C${r}`,
    formula: inUnit(`FTX.LOSS("${TOTAL.id}")`, unit),
    portable: `=SUM(${range("C")})`,
    result: articleTotal,
    format: f.amount,
    style: "total",
  });
  put({
    address: `D${r}`,
    formula: `=FTX.TOTAL(${range("D")})`,
    portable: `=SUM(${range("D")})`,
    result: articleTotal,
    format: f.amount,
    style: "total",
  });
  put({ address: `E${r}`, formula: `=D${r}-C${r}`, result: 0, format: f.difference, style: "total" });
  put({ address: `F${r}`, formula: `=IF(D${r}=0,"",SUM(${range("F")}))`, result: 1, format: f.share, style: "total" });
  put({
    address: `G${r}`,
    formula: `=FTX.SOURCE("${TOTAL.id}","${locale}")`,
    portable: TOTAL.source[locale],
    result: TOTAL.source[locale],
    style: "reasoning",
  });

  put({ address: `B${FTT_SECTION_ROW}`, value: t.fttSection, style: "section" });
  const drivers = [
    ["tokens", ARTICLE_FTT.tokens, f.tokens],
    ["priceBefore", ARTICLE_FTT.priceBefore, f.price],
    ["priceAfter", ARTICLE_FTT.priceAfter, f.price],
  ] as const;
  for (const [key, value, format] of drivers) {
    const row = FTT_ROW[key];
    put({ address: `B${row}`, value: t.fttDrivers[key].label, style: "label" });
    put({ address: `D${row}`, value, format, style: "input" });
    put({ address: `G${row}`, value: t.fttDrivers[key].note, style: "reasoning" });
  }
  put({ address: `B${FTT_NOTE_ROW}`, value: t.fttGarbled, style: "note" });

  put({ address: `B${REFERENCE_SECTION_ROW}`, value: t.referenceSection, style: "section" });
  t.referenceHeaders.forEach((header, i) => {
    if (header === "") return;
    put({ address: `${String.fromCharCode(65 + i)}${REFERENCE_HEADER_ROW}`, value: header, style: "header" });
  });
  REFERENCE_TOTALS.forEach((ref, i) => {
    const row = REFERENCE_HEADER_ROW + 1 + i;
    const claim = ref.amount / unit;
    put({ address: `A${row}`, value: ref.relation, style: "id" });
    put({ address: `B${row}`, value: ref.label[locale], style: "label" });
    put({ address: `C${row}`, value: claim, format: f.amount, style: "calc" });
    put({ address: `D${row}`, formula: `=${totalRef}`, result: articleTotal, format: f.amount, style: "calc" });
    put({ address: `E${row}`, formula: `=D${row}-C${row}`, result: articleTotal - claim, format: f.amount, style: "calc" });
    put({ address: `G${row}`, value: ref.quote, style: "reasoning" });
  });
  const lastReferenceRow = REFERENCE_HEADER_ROW + REFERENCE_TOTALS.length;

  const columns = [
    { column: "A", width: 18 },
    { column: "B", width: 46 },
    { column: "C", width: 13 },
    { column: "D", width: 15 },
    { column: "E", width: 13 },
    { column: "F", width: 11 },
    { column: "G", width: 90 },
  ];
  const layout: TemplateLayout = {
    inputs,
    article,
    inputRange: `D${FIRST_CATEGORY_ROW}:D${lastCategoryRow}`,
    unit: "D5",
    analystTotal: `D${TOTAL_ROW}`,
    articleTotal: `C${TOTAL_ROW}`,
    ftt: fttCells,
  };
  const noteWidth = columns.slice(1).reduce((sum, c) => sum + c.width, 0); // B:G, merged

  return {
    locale,
    sheetName: t.sheetName,
    unit,
    cells,
    styles: STYLES,
    columns,
    rows: [
      // Two lines for the wrapped headings ("Share of your total"), as autofit is not
      // available to every writer (the .xlsx export has none).
      { row: HEADER_ROW, height: 30 },
      { row: REFERENCE_HEADER_ROW, height: 30 },
      { row: FTT_NOTE_ROW, height: wrappedHeight(t.fttGarbled, noteWidth) },
    ],
    merges: ["A1:G1", "A2:G2", "A3:G3", "A4:G4", `B${FTT_NOTE_ROW}:G${FTT_NOTE_ROW}`],
    names: [
      { name: "FTX_Inputs", ref: `$D$${FIRST_CATEGORY_ROW}:$D$${lastCategoryRow}`, comment: t.names.inputs },
      { name: "FTX_Article", ref: `$C$${FIRST_CATEGORY_ROW}:$C$${lastCategoryRow}`, comment: t.names.article },
      { name: "FTX_Total", ref: totalRef, comment: t.names.total },
      { name: "FTX_Unit", ref: "$D$5", comment: t.unitLabel },
      { name: "FTX_ArticleTotal", ref: `$C$${TOTAL_ROW}`, comment: t.names.articleTotal },
      { name: "FTX_FTT_Tokens", ref: `$D$${FTT_ROW.tokens}`, comment: t.fttDrivers.tokens.label },
      { name: "FTX_FTT_PriceBefore", ref: `$D$${FTT_ROW.priceBefore}`, comment: t.fttDrivers.priceBefore.label },
      { name: "FTX_FTT_PriceAfter", ref: `$D$${FTT_ROW.priceAfter}`, comment: t.fttDrivers.priceAfter.label },
    ],
    freeze: { rows: HEADER_ROW, columns: 0 },
    chart: {
      type: "barClustered",
      title: t.chartTitle,
      source: `B${HEADER_ROW}:D${lastCategoryRow}`,
      // Below the reference table, across B:F (about 700 × 400 px): in view on a vertical
      // scroll, where columns to the right of the 90-character reasoning would be off-screen.
      anchor: { from: `B${lastReferenceRow + 2}`, to: `F${lastReferenceRow + 22}` },
    },
    layout,
    validations: inputValidations(locale, layout),
  };
}
