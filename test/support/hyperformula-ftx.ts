// The FTX custom functions (the real wrappers in functions/functions.ts) as a HyperFormula
// plugin, and a loader for a SheetPlan, so tests can evaluate a plan's formulas in an engine
// that shares no code with Excel. HyperFormula is GPL-3.0: test-only, never imported from src/
// or functions/.
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
import * as FTX from "../../functions/functions";
import { entryFor } from "../../src/sheet/blocks";
import { parseAddress } from "../../src/sheet/address";
import type { SheetPlan } from "../../src/sheet/plan";
import { portablePlan } from "../../src/template/portable";
import { SUMMARY_STATISTICS } from "../../src/model";

// The cell errors a custom function can throw (CustomFunctions.ErrorCode), as HyperFormula's.
const ERROR_TYPES: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
  "#NAME?": ErrorType.NAME,
  "#REF!": ErrorType.REF,
};

/** Runs a custom function as Excel does: what it returns is the cell's value; a
 * CustomFunctions.Error it throws is the cell error with its message; an error value that came
 * in and is thrown on is itself. Anything else thrown is a bug in the wrapper and is thrown on,
 * failing the test (Excel would hide it as a bare #VALUE!). */
function call<T>(fn: () => T): T | CellError {
  try {
    return fn();
  } catch (error) {
    if (error instanceof CellError) return error;
    if (error instanceof CustomFunctions.Error) {
      const type = ERROR_TYPES[error.code];
      if (type === undefined) {
        throw new Error(`Unknown custom function error code ${error.code}.`, { cause: error });
      }
      return new CellError(type, error.message);
    }
    throw error;
  }
}

/** What a cell hands a custom function in Excel: blanks as null, numbers as plain numbers. */
function excelValue(x: unknown): unknown {
  if (x === EmptyValue || x === undefined) return null;
  if (typeof x === "object" && x !== null && !(x instanceof CellError) && "val" in x) {
    return (x as { val: number }).val; // HyperFormula's typed numbers (currency, percent...)
  }
  return x;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the wrappers take Excel's any[][]
const asGrid = (arg: unknown): any[][] =>
  arg instanceof SimpleRangeValue ? arg.data.map((row) => row.map(excelValue)) : [[excelValue(arg)]];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Excel hands the wrappers any cell value
const cellArg = (x: unknown): any => excelValue(x);

const scalar = { argumentType: FunctionArgumentType.SCALAR };
const optional = { argumentType: FunctionArgumentType.SCALAR, optionalArg: true };
const anything = { argumentType: FunctionArgumentType.ANY };

/** Each FTX function calls its wrapper in functions/functions.ts, so the engine computes what
 * Excel's cells would, wrappers included. */
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
    "FTX.PERCENTILE": { method: "percentile", parameters: [scalar, anything, anything, anything, optional, optional] },
    "FTX.PROBABILITY": { method: "probability", parameters: [scalar, anything, anything, anything, optional, optional] },
    "FTX.SIMULATE": {
      method: "simulate",
      parameters: [anything, anything, anything, optional, optional],
      sizeOfResultArrayMethod: "simulateSize",
      vectorizationForbidden: true,
    },
  };

  private run(ast: ProcedureAst, state: InterpreterState, name: string, fn: (...args: unknown[]) => InterpreterValue) {
    return this.runFunction(ast.args, state, this.metadata(name), fn);
  }

  loss(ast: ProcedureAst, state: InterpreterState) {
    return this.run(ast, state, "FTX.LOSS", (c) => call(() => FTX.loss(cellArg(c))));
  }

  total(ast: ProcedureAst, state: InterpreterState) {
    // FTX.TOTAL(D7:D14) has one argument; the second is optional in Excel, repeatable here.
    const metadata = { ...this.metadata("FTX.TOTAL"), parameters: [anything] };
    return this.runFunction(ast.args, state, metadata, (first: unknown, ...more: unknown[]) =>
      // As Excel calls it: the repeating arguments as one array of ranges.
      call(() => FTX.total(asGrid(first), more.map(asGrid))),
    );
  }

  amount(ast: ProcedureAst, state: InterpreterState) {
    return this.run(ast, state, "FTX.AMOUNT", (x) => call(() => FTX.amount(cellArg(x))));
  }

  format(ast: ProcedureAst, state: InterpreterState) {
    return this.run(ast, state, "FTX.FORMAT", (x, style) =>
      call(() => FTX.format(cellArg(x), cellArg(style))),
    );
  }

  categories(ast: ProcedureAst, state: InterpreterState) {
    return this.run(ast, state, "FTX.CATEGORIES", (language) => {
      const rows = call(() => FTX.categories(cellArg(language)));
      return rows instanceof CellError ? rows : SimpleRangeValue.onlyValues(rows);
    });
  }

  categoriesSize(): ArraySize {
    const rows = FTX.categories("en");
    return new ArraySize(rows[0].length, rows.length);
  }

  source(ast: ProcedureAst, state: InterpreterState) {
    return this.run(ast, state, "FTX.SOURCE", (c, language) =>
      call(() => FTX.source(cellArg(c), cellArg(language))),
    );
  }

  fttloss(ast: ProcedureAst, state: InterpreterState) {
    return this.run(ast, state, "FTX.FTTLOSS", (t, before, after) =>
      call(() => FTX.fttloss(cellArg(t), cellArg(before), cellArg(after))),
    );
  }

  percentile(ast: ProcedureAst, state: InterpreterState) {
    return this.run(ast, state, "FTX.PERCENTILE", (p, lows, bases, highs, iterations, seed) =>
      call(() => FTX.percentile(cellArg(p), asGrid(lows), asGrid(bases), asGrid(highs), cellArg(iterations), cellArg(seed))),
    );
  }

  probability(ast: ProcedureAst, state: InterpreterState) {
    return this.run(ast, state, "FTX.PROBABILITY", (t, lows, bases, highs, iterations, seed) =>
      call(() => FTX.probability(cellArg(t), asGrid(lows), asGrid(bases), asGrid(highs), cellArg(iterations), cellArg(seed))),
    );
  }

  simulate(ast: ProcedureAst, state: InterpreterState) {
    return this.run(ast, state, "FTX.SIMULATE", (lows, bases, highs, iterations, seed) => {
      const rows = call(() => FTX.simulate(asGrid(lows), asGrid(bases), asGrid(highs), cellArg(iterations), cellArg(seed)));
      return rows instanceof CellError ? rows : SimpleRangeValue.onlyValues(rows);
    });
  }

  simulateSize(): ArraySize {
    return new ArraySize(2, SUMMARY_STATISTICS.length);
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
  /** Load the plan as portablePlan makes it: each FTX formula replaced by its stand-in. */
  portable?: boolean;
}

/** A HyperFormula engine holding the plan's cells (as Excel receives them) on one sheet named
 * plan.sheetName, with the plan's names scoped to that sheet. */
export function buildEngine(plan: SheetPlan, options: BuildOptions = {}): PlanEngine {
  register();
  const rows: RawCellContent[][] = [];
  // The real portable rule (portablePlan), never a copy of it kept here.
  const cells = options.portable ? portablePlan(plan).cells : plan.cells;
  for (const cell of cells) {
    const { row, column } = parseAddress(cell.address);
    const written = entryFor(cell);
    rows[row - 1] ??= [];
    rows[row - 1][column - 1] = written;
  }
  const filled = Array.from(rows, (row) => Array.from(row ?? [], (x) => x ?? null));
  const engine = HyperFormula.buildFromSheets({ [plan.sheetName]: filled }, {
    licenseKey: "gpl-v3",
    smartRounding: false, // full doubles, as Excel computes them; tests compare with a tolerance
    // SUMPRODUCT(--(range>x)) over arrays, as Excel and LibreOffice compute it (the tornado's ranks).
    useArrayArithmetic: true,
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
