// Writes any SheetPlan (the model, a comparison) into a new sheet of the open workbook in two
// round trips: one to read the sheet names, one carrying the whole sheet. Nothing outside the
// new sheet is touched, so a user's cells can never be overwritten.

import type { CellStyle, PlanChart, PlanPrint, PlanValidation, SheetPlan } from "../sheet/plan";
import { cellBlocks, styleAreas } from "../sheet/blocks";
import { columnLetters, parseAddress } from "../sheet/address";
import { uniqueSheetName } from "../sheet/sheet-name";

/**
 * Excel measures a column in characters of the default font's widest digit (7 px in Calibri
 * 11) plus 5 px of padding; Office.js sets widths in points (96 px = 72 pt). 8.43 characters,
 * Excel's default, comes out at 48 pt, the width Office.js reports for an untouched column.
 */
export function columnWidthPoints(characters: number): number {
  const pixels = Math.round(characters * 7 + 5);
  return (pixels * 72) / 96;
}

// Office.js enums are string unions: spelt as strings, they keep this module free of the global
// Excel object, so a test can hand writePlan a mock context.
const CHART_TYPES = { barClustered: "BarClustered", barStacked: "BarStacked" } as const satisfies Record<PlanChart["type"], string>;

function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  const font = format.font;
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.underline !== undefined) font.underline = style.underline ? "Single" : "None";
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor !== undefined) font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.borderTop !== undefined) {
    const edge = format.borders.getItem("EdgeTop");
    edge.style = "Continuous";
    edge.weight = style.borderTop === "medium" ? "Medium" : "Thin";
  }
  if (style.borderBottom !== undefined) {
    const edge = format.borders.getItem("EdgeBottom");
    edge.style = style.borderBottom === "double" ? "Double" : "Continuous";
    if (style.borderBottom === "thin") edge.weight = "Thin";
  }
}

const OPERATORS = {
  between: "Between",
  greaterThanOrEqual: "GreaterThanOrEqualTo",
} as const satisfies Record<PlanValidation["rule"]["operator"], Excel.BasicDataValidation["operator"]>;

function validate(range: Excel.Range, { rule, error, prompt }: PlanValidation): void {
  // A bound may be a formula ("=D7"), which Excel reads relative to the range's top-left cell.
  const basic: Excel.BasicDataValidation = { formula1: rule.min, operator: OPERATORS[rule.operator] };
  if (rule.operator === "between") basic.formula2 = rule.max;
  const validation = range.dataValidation;
  validation.rule = rule.type === "whole" ? { wholeNumber: basic } : { decimal: basic };
  validation.errorAlert = { showAlert: true, style: "Stop", ...error };
  validation.prompt = { showPrompt: true, ...prompt };
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", center: "Center", bottom: "Bottom" } as const;

const ORIENTATIONS = { portrait: "Portrait", landscape: "Landscape" } as const satisfies Record<
  PlanPrint["orientation"],
  `${Excel.PageOrientation}`
>;

function setUpPrinting(sheet: Excel.Worksheet, { orientation, fit, area, titleRows }: PlanPrint): void {
  const page = sheet.pageLayout;
  page.orientation = ORIENTATIONS[orientation];
  page.zoom = { horizontalFitToPages: fit.wide, verticalFitToPages: fit.tall };
  page.setPrintArea(area);
  page.setPrintTitleRows(titleRows);
}

function freeze(sheet: Excel.Worksheet, rows: number, columns: number): void {
  if (rows > 0 && columns > 0) {
    sheet.freezePanes.freezeAt(`A1:${columnLetters(columns)}${rows}`);
  } else if (rows > 0) {
    sheet.freezePanes.freezeRows(rows);
  } else if (columns > 0) {
    sheet.freezePanes.freezeColumns(columns);
  }
}

/** Writes the plan into a new sheet (named after plan.sheetName, numbered when taken),
 * activates it and returns its name. Exactly two context.sync() calls, whatever the plan's size. */
export async function writePlan(context: Excel.RequestContext, plan: SheetPlan): Promise<string> {
  // Everything that can fail on a bad plan fails here, before Excel is asked for anything.
  const blocks = cellBlocks(plan.cells);
  const areas = styleAreas(plan.cells);
  for (const { range } of plan.validations ?? []) range.split(":").forEach(parseAddress);

  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();

  const name = uniqueSheetName(plan.sheetName, worksheets.items.map((s) => s.name));
  const sheet = worksheets.add(name);
  for (const block of blocks) {
    const range = sheet.getRange(block.address);
    // Formats first, so a value is never shown, even for a moment, in the wrong format.
    range.numberFormat = block.numberFormats;
    range.formulas = block.formulas;
  }
  for (const [id, runs] of areas) applyStyle(sheet.getRanges(runs.join(",")).format, plan.styles[id]);
  for (const merge of plan.merges) sheet.getRange(merge).merge(false);
  for (const cell of plan.cells) {
    if (cell.link === undefined) continue;
    const text = cell.value !== undefined ? String(cell.value) : undefined;
    sheet.getRange(cell.address).hyperlink = { address: cell.link, textToDisplay: text };
  }
  for (const { column, width } of plan.columns) {
    sheet.getRange(`${column}:${column}`).format.columnWidth = columnWidthPoints(width);
  }
  if (blocks.length > 0) {
    // Rows with wrapped text (headers, the article's reasoning) get the height they need, as
    // typing would give them; then the rows the plan sizes itself (Excel does not fit merges).
    const rows = `${blocks[0].top}:${blocks[blocks.length - 1].bottom}`;
    sheet.getRange(rows).format.autofitRows();
  }
  for (const { row, height } of plan.rows ?? []) {
    sheet.getRange(`${row}:${row}`).format.rowHeight = height;
  }
  for (const validation of plan.validations ?? []) validate(sheet.getRange(validation.range), validation);
  freeze(sheet, plan.freeze.rows, plan.freeze.columns);
  if (plan.print) setUpPrinting(sheet, plan.print);
  for (const n of plan.names) {
    // Scoped to the sheet, so a second model's names do not collide with the first's.
    sheet.names.add(n.name, sheet.getRange(n.ref.replace(/\$/g, "")), n.comment);
  }
  for (const { type, title, source, anchor } of plan.charts) {
    const chart = sheet.charts.add(CHART_TYPES[type], sheet.getRange(source), "Columns");
    chart.title.text = title;
    chart.legend.position = "Bottom";
    // A bar chart draws its first category at the bottom; reversed, the causes read top-down
    // in the sheet's order.
    chart.axes.categoryAxis.reversePlotOrder = true;
    // ...and the value axis then crosses at the last category, so it stays at the bottom.
    chart.axes.categoryAxis.position = "Maximum";
    chart.setPosition(anchor.from, anchor.to);
  }
  sheet.activate();
  await context.sync();
  return name;
}
