// A plan any spreadsheet program computes the same: every FTX.* formula replaced by its native
// stand-in (a formula such as "=SUM(D7:D14)") or, where none exists, by the constant it shows.
// Pure, so the .xlsx export and the taskpane's portable copy agree on what "portable" means.

import { LOCALES } from "../model";
import { normalizedFormula, usesFtx } from "../sheet/formula-text";
import { templatePlan } from "./plan";
import type { CellValue, PlanCell, PlanValidation, SheetPlan } from "../sheet/plan";

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
  // A constant with its own wording for a copy without the add-in (the simulation's snapshot note).
  if (cell.formula === undefined && cell.portable !== undefined) {
    const rest: PlanCell = { ...cell, value: cell.portable as CellValue };
    delete rest.portable;
    return rest;
  }
  if (!usesFtx(cell.formula)) return cell;
  const standIn = standInFor(cell);
  const rest: PlanCell = { ...cell };
  delete rest.formula;
  delete rest.portable;
  delete rest.result;
  delete rest.snapshot;
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
  const left = cells.filter((c) => usesFtx(c.formula));
  if (left.length > 0) {
    throw new Error(
      `FTX formulas left in the portable plan: ${left.map((c) => c.address).join(", ")}.`,
    );
  }
  if (plan.validations === undefined) return { ...plan, cells };
  return { ...plan, cells, validations: plan.validations.map(portableValidation) };
}

/** A simulation's figure: a copy keeps what the cell shows (PlanCell.snapshot). */
export type KnownStandIn = StandIn | { snapshot: true };

let known: Map<string, KnownStandIn> | undefined;

/** The stand-in for an FTX formula found on a model sheet when it is the very formula a template
 * plan (either language) puts at that address; undefined for any other formula. */
export function knownStandIn(address: string, formula: string): KnownStandIn | undefined {
  if (!known) {
    known = new Map();
    for (const plan of LOCALES.map(templatePlan)) {
      for (const cell of plan.cells) {
        if (!usesFtx(cell.formula)) continue;
        known.set(`${cell.address}|${normalizedFormula(cell.formula)}`, cell.snapshot ? { snapshot: true } : standInFor(cell));
      }
    }
  }
  return known.get(`${address.replace(/\$/g, "").toUpperCase()}|${normalizedFormula(formula)}`);
}
