// A plan any spreadsheet program computes the same: every FTX.* formula replaced by its native
// stand-in (a formula such as "=SUM(D7:D14)") or, where none exists, by the constant it shows.
// Pure, so the .xlsx export and the taskpane's portable copy agree on what "portable" means.

import { LOCALES, parseAmount } from "../model";
import {
  templatePlan,
  type CellValue,
  type PlanCell,
  type PlanValidation,
  type SheetPlan,
} from "./plan";

/** Whether a formula calls an FTX.* function (text inside "quotes" does not count). */
export function usesFtx(formula: string): boolean {
  const outsideStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
  // The look-behind keeps "MYFTX.X(" and names such as "FTX_Inputs" from matching.
  return /(?<![A-Za-z0-9_.])FTX\.[A-Za-z][A-Za-z0-9_.]*\s*\(/i.test(outsideStrings);
}

/** The FTX functions a formula calls, once each, in capitals: ["FTX.TOTAL", "FTX.LOSS"]. */
export function ftxCalls(formula: string): string[] {
  const outsideStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const calls = outsideStrings.matchAll(/(?<![A-Za-z0-9_.])FTX\.([A-Za-z][A-Za-z0-9_.]*)\s*\(/gi);
  return [...new Set([...calls].map(([, name]) => `FTX.${name.toUpperCase()}`))];
}

export type StandIn = { formula: string } | { value: CellValue };

/** What replaces a plan cell's FTX formula: its `portable`, read as a formula or a constant. */
export function standInFor(cell: PlanCell): StandIn {
  const portable = cell.portable;
  if (portable === undefined) {
    throw new Error(`The plan gives no portable stand-in for ${cell.address} (${cell.formula}).`);
  }
  if (typeof portable === "string" && portable.startsWith("=")) {
    if (usesFtx(portable)) {
      throw new Error(`The stand-in for ${cell.address} still uses FTX: ${portable}.`);
    }
    return { formula: portable };
  }
  return { value: portable };
}

function portableCell(cell: PlanCell): PlanCell {
  if (cell.formula === undefined || !usesFtx(cell.formula)) return cell;
  const standIn = standInFor(cell);
  const rest: PlanCell = { ...cell };
  delete rest.formula;
  delete rest.portable;
  delete rest.result;
  return "formula" in standIn
    ? { ...rest, formula: standIn.formula, result: cell.result }
    : { ...rest, value: standIn.value };
}

/** A validation whose messages point at FTX.* gives its plainer wording instead. */
function portableValidation(validation: PlanValidation): PlanValidation {
  const { portable, ...rest } = validation;
  if (portable === undefined) return rest;
  return {
    ...rest,
    error: { ...rest.error, message: portable.error },
    prompt: { ...rest.prompt, message: portable.prompt },
  };
}

/** The same sheet with no FTX.* left anywhere; throws if the plan lacks a stand-in. */
export function portablePlan<P extends SheetPlan>(plan: P): P {
  const cells = plan.cells.map(portableCell);
  const left = cells.filter((c) => c.formula !== undefined && usesFtx(c.formula));
  if (left.length > 0) {
    throw new Error(
      `FTX formulas left in the portable plan: ${left.map((c) => c.address).join(", ")}.`,
    );
  }
  if (plan.validations === undefined) return { ...plan, cells };
  return { ...plan, cells, validations: plan.validations.map(portableValidation) };
}

/** Formula text as Excel may hand it back: spacing and case differ, "text" does not. */
function normalized(formula: string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\s+/g, "").toUpperCase()))
    .join("");
}

let known: Map<string, StandIn> | undefined;

/** The stand-in for an FTX formula found on a model sheet when it is the very formula a template
 * plan (either language) puts at that address; undefined for any other formula. */
export function knownStandIn(address: string, formula: string): StandIn | undefined {
  if (!known) {
    known = new Map();
    for (const plan of LOCALES.map(templatePlan)) {
      for (const cell of plan.cells) {
        if (cell.formula === undefined || !usesFtx(cell.formula)) continue;
        known.set(`${cell.address}|${normalized(cell.formula)}`, standInFor(cell));
      }
    }
  }
  return known.get(`${address.replace(/\$/g, "").toUpperCase()}|${normalized(formula)}`);
}

/** An input cell as a native stand-in (SUM in place of FTX.TOTAL) would read it. */
export type InputReading =
  | { kind: "number" }
  /** Text FTX.TOTAL reads as an amount in dollars; `value` is that amount in the sheet's unit. */
  | { kind: "amount"; text: string; dollars: number; value: number }
  /** Text (or TRUE/FALSE) that FTX.TOTAL refuses and SUM would silently skip. */
  | { kind: "notAmount"; text: string };

/** What an input cell showing `value` needs in a portable copy. Text amounts mean dollars, as
 * FTX.TOTAL reads them; `unit` is the sheet's (1, or 1e8 for 億ドル), undefined when the sheet's
 * unit cell is not one this release knows, in which case no text can be converted. */
export function readInput(value: unknown, unit: number | undefined): InputReading {
  if (typeof value === "boolean") return { kind: "notAmount", text: String(value).toUpperCase() };
  if (typeof value !== "string" || value.trim() === "") return { kind: "number" };
  const parsed = parseAmount(value);
  if (!parsed.ok || unit === undefined) return { kind: "notAmount", text: value };
  return { kind: "amount", text: value, dollars: parsed.value, value: parsed.value / unit };
}
