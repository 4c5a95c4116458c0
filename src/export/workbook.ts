// Writes a sheet plan to an .xlsx workbook with ExcelJS: the same cells, formulas (with their
// cached results), formats, styles, merges, names, widths, row heights, freeze, link,
// numbers-only input cells and print setup the taskpane inserts. FTX calls are saved as Excel
// saves them (_xldudf_FTX_LOSS), so Excel with the add-in recognises them.
// ExcelJS cannot write charts, so the plan's charts are left out (the CLI says so).

import ExcelJS from "exceljs";
import type { CellValue, PlanCell, PlanPrint, PlanValidation, SheetPlan, ValidationBound } from "../sheet/plan";
import { portablePlan } from "../template/portable";
import { toFileFormula } from "./file-formulas";
import { excelStyle } from "./styles";

export interface ExportOptions {
  /** Native formulas only (no FTX.*), for people without the add-in. */
  portable: boolean;
}

/** "FTX Losses" → "'FTX Losses'": OOXML references quote sheet names that need it. */
export function sheetReference(sheetName: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName)
    ? sheetName
    : `'${sheetName.replace(/'/g, "''")}'`;
}

function cellContent(cell: PlanCell): ExcelJS.CellValue {
  if (cell.formula !== undefined) {
    // ExcelJS writes <f> verbatim, and OOXML stores formulas without the leading "=".
    const formula = toFileFormula(cell.formula).replace(/^=/, "");
    return cell.result === undefined ? { formula } : { formula, result: cell.result };
  }
  const value: CellValue | undefined = cell.value;
  if (value === undefined) return null;
  if (cell.link !== undefined) return { text: String(value), hyperlink: cell.link };
  return value;
}

/** ExcelJS 4.4 also keeps a validation for a whole range ("D7:D12"), which its typings leave out.
 * Set cell by cell instead, its writer regroups the cells with rows sorted as text (D10 before
 * D7) into overlapping ranges, which Excel does not allow (exceljs#2820). */
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): unknown };
}

/** A bound as OOXML stores it: a number, or a formula without its "=" (relative to the range's
 * top-left cell, as Excel reads it). */
const formula = (bound: ValidationBound): number | string => (typeof bound === "string" ? bound.replace(/^=/, "") : bound);

function dataValidation({ rule, error, prompt }: PlanValidation): ExcelJS.DataValidation {
  return {
    type: rule.type,
    operator: rule.operator,
    formulae: (rule.operator === "between" ? [rule.min, rule.max] : [rule.min]).map(formula),
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: error.title,
    error: error.message,
    showInputMessage: true,
    promptTitle: prompt.title,
    prompt: prompt.message,
  };
}

function pageSetup({ orientation, fit, area, titleRows }: PlanPrint): Partial<ExcelJS.PageSetup> {
  return {
    orientation,
    fitToPage: true,
    fitToWidth: fit.wide,
    fitToHeight: fit.tall,
    // ExcelJS puts a "$" before each end ("A1" → "$A1"): given "A$1", it writes the absolute
    // "$A$1" Excel writes, where "$A1" would be a row relative to the cell in use.
    printArea: area.replace(/([A-Z]+)(\d+)/g, "$1$$$2"),
    printTitlesRow: titleRows,
  };
}

export function writeWorkbook(plan: SheetPlan, options: ExportOptions): ExcelJS.Workbook {
  const sheetPlan = options.portable ? portablePlan(plan) : plan;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "FTX Loss Model";
  // Excel recomputes on open instead of trusting the cached results, so a file edited by a tool
  // that does not calculate never shows stale totals. LibreOffice ignores the flag (its own
  // setting decides), so the add-in version still opens there with the cached figures.
  workbook.calcProperties = { fullCalcOnLoad: true };

  const { rows, columns } = sheetPlan.freeze;
  const sheet = workbook.addWorksheet(sheetPlan.sheetName, {
    views: [{ state: "frozen", xSplit: columns, ySplit: rows }],
    ...(sheetPlan.print ? { pageSetup: pageSetup(sheetPlan.print) } : {}),
  });
  for (const { column, width } of sheetPlan.columns) sheet.getColumn(column).width = width;

  for (const cell of sheetPlan.cells) {
    const target = sheet.getCell(cell.address);
    target.value = cellContent(cell);
    const style = cell.style === undefined ? {} : excelStyle(sheetPlan.styles[cell.style]);
    if (cell.format !== undefined) style.numFmt = cell.format;
    target.style = style;
  }
  for (const range of sheetPlan.merges) sheet.mergeCells(range);
  for (const { row, height } of sheetPlan.rows ?? []) sheet.getRow(row).height = height;
  const validations = (sheet as unknown as RangeValidations).dataValidations;
  for (const v of sheetPlan.validations ?? []) validations.add(v.range, dataValidation(v));

  const prefix = sheetReference(sheetPlan.sheetName);
  for (const name of sheetPlan.names) workbook.definedNames.add(`${prefix}!${name.ref}`, name.name);
  return workbook;
}

/** The workbook as .xlsx bytes. */
export async function workbookBuffer(plan: SheetPlan, options: ExportOptions): Promise<Buffer> {
  const bytes = await writeWorkbook(plan, options).xlsx.writeBuffer();
  return Buffer.from(bytes);
}
