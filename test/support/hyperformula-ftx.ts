// The FTX custom functions (functions.json's table, each calling its real wrapper in
// functions/functions.ts) as a HyperFormula plugin, and a loader for a SheetPlan, so tests can
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
  type FunctionArgument,
  type ImplementedFunctions,
  type RawCellContent,
} from "hyperformula";
import type { ProcedureAst } from "hyperformula/typings/parser";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import type { InterpreterValue } from "hyperformula/typings/interpreter/InterpreterValue";
import type { MetadataParameter } from "../../scripts/functions-ja";
import { FTX_FUNCTIONS, type FtxFunction } from "./ftx-functions";
import { entryFor } from "../../src/sheet/blocks";
import { parseAddress } from "../../src/sheet/address";
import type { SheetPlan } from "../../src/sheet/plan";
import { portablePlan } from "../../src/template/portable";

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

/** A range argument as Excel hands it to a matrix parameter: a 2-D array, a lone value as [[value]]. */
const asGrid = (arg: unknown): unknown[][] =>
  arg instanceof SimpleRangeValue ? arg.data.map((row) => row.map(excelValue)) : [[excelValue(arg)]];

/** How HyperFormula passes one declared parameter (functions.json) to the plugin. */
function engineParameter(p: MetadataParameter): FunctionArgument {
  return {
    // A matrix parameter takes a whole range; a scalar one given a range is applied cell by cell.
    argumentType: p.dimensionality === "matrix" ? FunctionArgumentType.ANY : FunctionArgumentType.SCALAR,
    optionalArg: p.optional === true || p.repeating === true,
  };
}

/** The arguments of one call as Excel passes them: one per declared parameter, in Excel's shapes;
 * the arguments given for a repeating (last) parameter as one array. */
function excelArguments(parameters: MetadataParameter[], given: unknown[]): unknown[] {
  const shaped = (p: MetadataParameter, x: unknown) => (p.dimensionality === "matrix" ? asGrid(x) : excelValue(x));
  return parameters.map((p, i) =>
    p.repeating
      ? given.slice(i).filter((x) => x !== undefined).map((x) => shaped(p, x))
      : shaped(p, given[i]),
  );
}

const byName = new Map(FTX_FUNCTIONS.map((f) => [`FTX.${f.id}`, f]));

function ftxFunction(name: string): FtxFunction {
  const f = byName.get(name);
  if (f === undefined) throw new Error(`${name} is not in functions.json`);
  return f;
}

/** Every FTX function of functions.json, calling its wrapper in functions/functions.ts, so the
 * engine computes what Excel's cells would, wrappers included. */
export class FtxPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = Object.fromEntries(
    FTX_FUNCTIONS.map((f) => {
      const parameters = f.parameters ?? [];
      const spills = f.result?.dimensionality === "matrix";
      return [
        `FTX.${f.id}`,
        {
          method: "ftx",
          parameters: parameters.map(engineParameter),
          ...(parameters.at(-1)?.repeating ? { repeatLastArgs: 1 } : {}),
          ...(spills ? { sizeOfResultArrayMethod: "ftxSize", vectorizationForbidden: true } : {}),
        },
      ];
    }),
  );

  ftx(ast: ProcedureAst, state: InterpreterState) {
    const f = ftxFunction(ast.procedureName);
    const parameters = f.parameters ?? [];
    return this.runFunction(ast.args, state, this.metadata(ast.procedureName), (...given: unknown[]) => {
      const result = call(() => f.wrapper(...excelArguments(parameters, given)));
      return Array.isArray(result) ? SimpleRangeValue.onlyValues(result) : (result as InterpreterValue);
    });
  }

  /** A spilled result's size, known before evaluation as Excel knows it: the size of the
   * wrapper's result for the formula's literal arguments (others as blanks). */
  ftxSize(ast: ProcedureAst): ArraySize {
    const f = ftxFunction(ast.procedureName);
    const literal = ast.args.map((a) => ("value" in a && typeof a.value !== "object" ? a.value : undefined));
    const result = call(() => f.wrapper(...excelArguments(f.parameters ?? [], literal)));
    return Array.isArray(result) && Array.isArray(result[0]) ? new ArraySize(result[0].length, result.length) : ArraySize.scalar();
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
