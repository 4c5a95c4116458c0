// The FTX custom functions as a HyperFormula plugin, and a loader for a SheetPlan, so tests can
// evaluate a plan's formulas in an engine that shares no code with Excel. HyperFormula is
// GPL-3.0: test-only, never imported from src/ or functions/.
//
//   const model = buildEngine(templatePlan("en"));
//   model.value("D15");            // 15500000000
//   model.setValue("D8", 3e9);     // every dependent cell recomputes
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type CellValue as EngineValue,
  type RawCellContent,
} from "hyperformula";
import type { ProcedureAst } from "hyperformula/typings/parser";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import type { InterpreterValue } from "hyperformula/typings/interpreter/InterpreterValue";
import { entryFor, parseAddress } from "../../src/excel/cell-blocks";
import {
  categoryRows,
  fttLoss,
  formatAmount,
  lossFor,
  parseAmount,
  parseLocale,
  sourceFor,
  sumAmounts,
  type Result,
} from "../../src/model";
import type { PlanCell, SheetPlan } from "../../src/template/plan";

/** A model error as the cell error Excel shows for it; an error that came in, as itself. */
function cellValue<T extends number | string>(result: Result<T>): T | CellError {
  if (result.ok) return result.value;
  const e = result.error;
  if (e.kind === "passthrough") return e.original as CellError;
  return new CellError(e.kind === "notAvailable" ? ErrorType.NA : ErrorType.VALUE, e.message);
}

/** What a cell hands a custom function in Excel: blanks as null, numbers as plain numbers. */
function excelValue(x: unknown): unknown {
  if (x === EmptyValue || x === undefined) return null;
  if (typeof x === "object" && x !== null && !(x instanceof CellError) && "val" in x) {
    return (x as { val: number }).val; // HyperFormula's typed numbers (currency, percent...)
  }
  return x;
}

const asGrid = (arg: unknown): unknown[][] =>
  arg instanceof SimpleRangeValue ? arg.data.map((row) => row.map(excelValue)) : [[excelValue(arg)]];

const scalar = { argumentType: FunctionArgumentType.SCALAR };
const optional = { argumentType: FunctionArgumentType.SCALAR, optionalArg: true };
const anything = { argumentType: FunctionArgumentType.ANY };

export class FtxPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    "FTX.LOSS": { method: "loss", parameters: [scalar] },
    "FTX.TOTAL": { method: "total", parameters: [anything, anything], repeatLastArgs: 1 },
    "FTX.AMOUNT": { method: "amount", parameters: [scalar] },
    "FTX.FORMAT": { method: "format", parameters: [scalar, optional] },
    "FTX.CATEGORIES": {
      method: "categories",
      parameters: [optional],
      sizeOfResultArrayMethod: "categoriesSize",
      vectorizationForbidden: true,
    },
    "FTX.SOURCE": { method: "source", parameters: [scalar, optional] },
    "FTX.FTTLOSS": { method: "fttloss", parameters: [scalar, scalar, scalar] },
  };

  private run(ast: ProcedureAst, state: InterpreterState, name: string, fn: (...args: unknown[]) => InterpreterValue) {
    return this.runFunction(ast.args, state, this.metadata(name), fn);
  }

  loss(ast: ProcedureAst, state: InterpreterState) {
    return this.run(ast, state, "FTX.LOSS", (c) => cellValue(lossFor(excelValue(c))));
  }

  total(ast: ProcedureAst, state: InterpreterState) {
    // FTX.TOTAL(D7:D14) has one argument; the second is optional in Excel, repeatable here.
    const metadata = { ...this.metadata("FTX.TOTAL"), parameters: [anything] };
    return this.runFunction(ast.args, state, metadata, (...args: unknown[]) =>
      cellValue(sumAmounts(args.map(asGrid))),
    );
  }

  amount(ast: ProcedureAst, state: InterpreterState) {
    return this.run(ast, state, "FTX.AMOUNT", (x) => cellValue(parseAmount(excelValue(x))));
  }

  format(ast: ProcedureAst, state: InterpreterState) {
    return this.run(ast, state, "FTX.FORMAT", (x, style) => {
      const locale = parseLocale(excelValue(style));
      if (!locale.ok) return cellValue(locale as Result<string>);
      const amount = parseAmount(excelValue(x));
      return amount.ok ? formatAmount(amount.value, locale.value) : cellValue(amount);
    });
  }

  categories(ast: ProcedureAst, state: InterpreterState) {
    return this.run(ast, state, "FTX.CATEGORIES", (language) => {
      const locale = parseLocale(excelValue(language));
      return locale.ok ? SimpleRangeValue.onlyValues(categoryRows(locale.value)) : cellValue(locale as Result<string>);
    });
  }

  categoriesSize(): ArraySize {
    const rows = categoryRows("en");
    return new ArraySize(rows[0].length, rows.length);
  }

  source(ast: ProcedureAst, state: InterpreterState) {
    return this.run(ast, state, "FTX.SOURCE", (c, language) => {
      const locale = parseLocale(excelValue(language));
      return locale.ok ? cellValue(sourceFor(excelValue(c), locale.value)) : cellValue(locale as Result<string>);
    });
  }

  fttloss(ast: ProcedureAst, state: InterpreterState) {
    return this.run(ast, state, "FTX.FTTLOSS", (t, before, after) =>
      cellValue(fttLoss(excelValue(t), excelValue(before), excelValue(after))),
    );
  }
}

let registered = false;
function register(): void {
  if (registered) return;
  const names = Object.keys(FtxPlugin.implementedFunctions);
  HyperFormula.registerFunctionPlugin(FtxPlugin, {
    enGB: Object.fromEntries(names.map((n) => [n, n])),
  });
  registered = true;
}

export interface PlanEngine {
  engine: HyperFormula;
  sheetId: number;
  /** The computed value at an A1 address: number, text, boolean, null or a DetailedCellError. */
  value(address: string): EngineValue;
  /** Types into a cell, as an analyst would (a number, text, or a formula starting with "="). */
  setValue(address: string, content: RawCellContent): void;
}

export interface BuildOptions {
  /** Load each cell's `portable` stand-in instead of its FTX formula (the portable copy). */
  portable?: boolean;
}

/** The cell as the portable copy holds it: its native stand-in in place of an FTX formula. */
function portableCell(cell: PlanCell): PlanCell {
  const stand = cell.portable;
  if (stand === undefined) return cell;
  const isFormula = typeof stand === "string" && stand.startsWith("=");
  return { address: cell.address, ...(isFormula ? { formula: stand } : { value: stand }) };
}

/** A HyperFormula engine holding the plan's cells (as Excel receives them) on one sheet named
 * plan.sheetName, with the plan's names scoped to that sheet. */
export function buildEngine(plan: SheetPlan, options: BuildOptions = {}): PlanEngine {
  register();
  const rows: RawCellContent[][] = [];
  for (const cell of plan.cells) {
    const { row, column } = parseAddress(cell.address);
    const written = entryFor(options.portable ? portableCell(cell) : cell);
    rows[row - 1] ??= [];
    rows[row - 1][column - 1] = written;
  }
  const filled = Array.from(rows, (row) => Array.from(row ?? [], (x) => x ?? null));
  const engine = HyperFormula.buildFromSheets({ [plan.sheetName]: filled }, {
    licenseKey: "gpl-v3",
    smartRounding: false, // full doubles, as Excel computes them; tests compare with a tolerance
  });
  const sheetId = engine.getSheetId(plan.sheetName) as number;
  const quoted = `'${plan.sheetName.replace(/'/g, "''")}'`;
  for (const n of plan.names) engine.addNamedExpression(n.name, `=${quoted}!${n.ref}`, sheetId);
  const at = (address: string) => {
    const { row, column } = parseAddress(address);
    return { sheet: sheetId, row: row - 1, col: column - 1 };
  };
  return {
    engine,
    sheetId,
    value: (address) => engine.getCellValue(at(address)),
    setValue: (address, content) => {
      engine.setCellContents(at(address), [[content]]);
    },
  };
}
