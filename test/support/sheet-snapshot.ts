// A model sheet as one sync reads it (the portable copy's snapshot), built from the plan with
// each formula showing its result, as Excel shows it after calculating; and edits to it.

import { columnLetters, parseAddress } from "../../src/sheet/address";
import type { SheetSnapshot, SpillSnapshot } from "../../src/sharing/portable-copy-plan";
import { templatePlan } from "../../src/template/plan";

/** The model sheet as Excel reports it right after insertion, from the plan. */
export function insertedSheet(locale: "en" | "ja", sheetNames: string[] = []): SheetSnapshot & {
  formulas: unknown[][];
  values: unknown[][];
  valueTypes: string[][];
  text: string[][];
} {
  const plan = templatePlan(locale);
  const rows = Math.max(...plan.cells.map((c) => parseAddress(c.address).row));
  const width = Math.max(...plan.cells.map((c) => parseAddress(c.address).column));
  const grid = <T>(fill: T) => Array.from({ length: rows }, () => Array.from({ length: width }, () => fill));
  const formulas = grid<unknown>("");
  const values = grid<unknown>("");
  const valueTypes = grid("Empty");
  const text = grid("");
  for (const cell of plan.cells) {
    const { row, column } = parseAddress(cell.address);
    const result = cell.formula !== undefined ? cell.result : cell.value;
    formulas[row - 1][column - 1] = cell.formula ?? cell.value;
    values[row - 1][column - 1] = result;
    valueTypes[row - 1][column - 1] = typeof result === "number" ? "Double" : typeof result === "boolean" ? "Boolean" : "String";
    text[row - 1][column - 1] = String(result);
  }
  const validations: SheetSnapshot["validations"] = Object.fromEntries(
    (plan.validations ?? []).map((v) => [
      v.range,
      { prompt: { showPrompt: true, ...v.prompt }, errorAlert: { showAlert: true, style: "Stop", ...v.error } },
    ]),
  );
  return {
    name: plan.sheetName,
    usedAddress: `'${plan.sheetName}'!A1:${columnLetters(width)}${rows}`,
    formulas,
    values,
    valueTypes,
    text,
    sheetNames: [plan.sheetName, ...sheetNames],
    validations,
  };
}

export function setCell(data: ReturnType<typeof insertedSheet>, address: string, formula: unknown, value: unknown, type: string, text = String(value)): void {
  const { row, column } = parseAddress(address);
  for (const grid of [data.formulas, data.values, data.valueTypes, data.text] as unknown[][][]) {
    while (grid.length < row) grid.push([]);
    while (grid[row - 1].length < column) grid[row - 1].push("");
  }
  data.formulas[row - 1][column - 1] = formula;
  data.values[row - 1][column - 1] = value;
  data.valueTypes[row - 1][column - 1] = type;
  data.text[row - 1][column - 1] = text;
}


/** What =FTX.CATEGORIES() in I1 spills over (its first two rows), as Excel reports the area. */
export const CATEGORIES_SPILL: SpillSnapshot = {
  address: "'FTX Losses'!I1:K2",
  values: [
    ["voyager_blockfi", "Voyager/BlockFi bailouts", 1.5e9],
    ["luna", "LUNA exposure", 1e9],
  ],
  valueTypes: [
    ["String", "String", "Double"],
    ["String", "String", "Double"],
  ],
};
