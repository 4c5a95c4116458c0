// A model sheet's inputs ↔ a version. The sheet shows amounts in its own unit (D5: 1 for
// dollars, 1e8 for 億ドル); versions hold US dollars. Applying writes the seven plain inputs and
// the three FTT drivers, never the FTT line itself, which is a formula over the drivers.

import { CATEGORY_IDS, describe, fail, ok, parseAmount, type CategoryId, type Result } from "../model";
import { templatePlan, type TemplateLayout } from "../template/plan";
import { fttAmount, type FttDrivers, type Version } from "./version";

/** Both locales share one layout; only the unit and the words differ. */
export const MODEL_LAYOUT: TemplateLayout = templatePlan("en").layout;
export const INPUTS_NAME = "FTX_Inputs";

/** The ranges a save or an apply reads, as values (and the FTT line's formula). */
export const MODEL_READS = {
  ids: `A${rowOf(MODEL_LAYOUT.inputs.voyager_blockfi)}:A${rowOf(MODEL_LAYOUT.inputs.longs)}`,
  unit: MODEL_LAYOUT.unit,
  inputs: MODEL_LAYOUT.inputRange,
  drivers: `${MODEL_LAYOUT.ftt.tokens}:${MODEL_LAYOUT.ftt.priceAfter}`,
};

function rowOf(address: string): number {
  return Number(/\d+$/.exec(address)?.[0]);
}

export interface ModelSnapshot {
  sheetName: string;
  /** The sheet carries the FTX_Inputs name the writer gives every model sheet. */
  hasInputsName: boolean;
  ids: readonly (readonly unknown[])[];
  unit: readonly (readonly unknown[])[];
  inputs: readonly (readonly unknown[])[];
  inputFormulas: readonly (readonly unknown[])[];
  drivers: readonly (readonly unknown[])[];
}

export interface ModelInputs {
  unit: number;
  amounts: Record<CategoryId, number>;
  ftt: FttDrivers;
  /** False when someone typed a number over the FTT line: applying drivers will not show there. */
  fttFollowsDrivers: boolean;
}

const UNITS = [1, 1e8];

/** Why the sheet is not a model sheet this release can read, or undefined when it is one. */
export function notAModelSheet(s: ModelSnapshot): string | undefined {
  const idsMatch = CATEGORY_IDS.every((id, i) => s.ids[i]?.[0] === id);
  const unit = s.unit[0]?.[0];
  if (idsMatch && typeof unit === "number" && UNITS.includes(unit)) return undefined;
  if (s.hasInputsName) {
    return (
      `"${s.sheetName}" is a model sheet, but its rows have moved (the category ids are no longer in ` +
      `${MODEL_READS.ids}, or the unit in ${MODEL_READS.unit} is not 1 or 100000000). Insert a fresh model ` +
      "sheet to save or apply versions."
    );
  }
  return `"${s.sheetName}" is not a model sheet. Select a model sheet (or insert one) and try again.`;
}

/** Dollars from a sheet cell: shown amount × unit, rounded to the cent to undo float noise. */
const toDollars = (shown: number, unit: number) => (unit === 1 ? shown : Math.round(shown * unit * 100) / 100);

function cellAmount(where: string, x: unknown, unit: number): Result<number> {
  if (typeof x === "number" && Number.isFinite(x)) return ok(x);
  if (x === "" || x === null || x === undefined) return ok(0); // FTX.TOTAL skips blanks too
  if (typeof x === "string" && unit === 1) {
    // As FTX.TOTAL reads the column of a dollar sheet.
    const parsed = parseAmount(x);
    if (parsed.ok) return parsed;
  }
  if (typeof x === "string" && unit !== 1 && parseAmount(x).ok) {
    // "20億" means 20億ドル, but the sheet's numbers are already in 億ドル: which one the analyst
    // meant is a guess, and a wrong guess is off by 10^8. Ask for a number instead.
    return fail(
      "value",
      `${where} holds the text ${describe(x)}; this sheet's inputs are numbers in 億ドル ` +
        "(type 20 for 20億ドル). Fix it and try again.",
    );
  }
  return fail("value", `${where} holds ${describe(x)}, which is not an amount; fix it and try again.`);
}

export function readModelInputs(s: ModelSnapshot): Result<ModelInputs> {
  const problem = notAModelSheet(s);
  if (problem) return fail("value", problem);
  const unit = s.unit[0][0] as number;
  const amounts = {} as Record<CategoryId, number>;
  for (const [i, id] of CATEGORY_IDS.entries()) {
    const a = cellAmount(`${MODEL_LAYOUT.inputs[id]} (${id})`, s.inputs[i]?.[0], unit);
    if (!a.ok) return a;
    amounts[id] = toDollars(a.value, unit);
  }
  const driverCells = [MODEL_LAYOUT.ftt.tokens, MODEL_LAYOUT.ftt.priceBefore, MODEL_LAYOUT.ftt.priceAfter];
  const values: number[] = [];
  for (const [i, address] of driverCells.entries()) {
    const x = s.drivers[i]?.[0];
    if (typeof x !== "number" || !Number.isFinite(x) || x < 0) {
      return fail("value", `The FTT driver in ${address} holds ${describe(x)}; it must be a number, 0 or more.`);
    }
    values.push(x);
  }
  const ftt = { tokens: values[0], priceBefore: values[1], priceAfter: values[2] };
  const fttRow = CATEGORY_IDS.indexOf("ftt_drop");
  const formula = s.inputFormulas[fttRow]?.[0];
  const fttFollowsDrivers = typeof formula === "string" && formula.startsWith("=");
  if (!fttFollowsDrivers) {
    // Someone typed an amount over the FTT line: keep what the sheet shows, as drivers that give it.
    const { priceBefore, priceAfter } = ftt;
    if (priceBefore <= priceAfter) {
      return fail(
        "value",
        `${MODEL_LAYOUT.inputs.ftt_drop} holds a number instead of its formula, and the FTT prices do not ` +
          "fall, so no token count gives it. Restore the formula or the prices and try again.",
      );
    }
    ftt.tokens = amounts.ftt_drop / (priceBefore - priceAfter);
  }
  // The line's value is the drivers' product (the cell may not have calculated yet).
  const line = fttAmount(ftt);
  if (!line.ok) return line;
  amounts.ftt_drop = line.value;
  return ok({ unit, amounts, ftt, fttFollowsDrivers });
}

export interface ModelWrite {
  address: string;
  values: number[][];
}

/** The inputs of a version in the sheet's unit: runs of consecutive input cells, then the drivers. */
export function modelWrites(version: Version, unit: number): ModelWrite[] {
  const shown = (dollars: number) => (unit === 1 ? dollars : dollars / unit);
  const writes: ModelWrite[] = [];
  let run: { row: number; value: number }[] = [];
  const column = /^[A-Z]+/.exec(MODEL_LAYOUT.inputs.luna)?.[0] ?? "D";
  const flush = () => {
    if (run.length === 0) return;
    const address = `${column}${run[0].row}:${column}${run[run.length - 1].row}`;
    writes.push({ address, values: run.map((r) => [r.value]) });
    run = [];
  };
  for (const id of CATEGORY_IDS) {
    if (id === "ftt_drop") {
      flush();
      continue;
    }
    const row = rowOf(MODEL_LAYOUT.inputs[id]);
    if (run.length > 0 && run[run.length - 1].row !== row - 1) flush();
    run.push({ row, value: shown(version.amounts[id]) });
  }
  flush();
  const { tokens, priceAfter } = MODEL_LAYOUT.ftt;
  writes.push({
    address: `${tokens}:${priceAfter}`,
    values: [[version.ftt.tokens], [version.ftt.priceBefore], [version.ftt.priceAfter]],
  });
  return writes;
}
