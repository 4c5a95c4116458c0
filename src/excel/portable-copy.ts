// "Make a portable copy": the active sheet copied to a new sheet whose FTX.* formulas are
// replaced by native formulas (where the template has one) or by the values they show, so a
// colleague without the add-in sees the same numbers. The sheet is read as it is now (the analyst
// may have edited inputs or formulas), not re-written from the plan; the original is never
// written to. Two context.sync() calls, three when an unknown FTX formula may spill.

import { knownStandIn, usesFtx } from "../template/portable";
import type { CellValue } from "../template/plan";
import { addressOf, entryFor, parseAddress, type Entry } from "./cell-blocks";
import { uniqueSheetName } from "./sheet-name";

export interface PortableCopyOptions {
  /** Added to the sheet's name: " (portable)", "(共有用)". */
  suffix: string;
  /** ExcelApi 1.12: an FTX formula's spilled results can be found and kept. */
  dynamicArrays: boolean;
}

export interface PortableCopyResult {
  source: string;
  /** The new sheet's name; undefined when the sheet had no FTX formula (no copy made). */
  copy?: string;
  /** FTX formulas replaced by a native formula. */
  native: number;
  /** FTX formulas replaced by the value they showed. */
  values: number;
  /** Cells whose FTX formula showed an error; the copy shows the same error. */
  errors: string[];
}

interface Write {
  address: string;
  entry: Entry;
}

/** What a cell showed, as something to write: an error as its text ("#N/A"), which Excel reads
 * back as that error; text that would read as a number or formula is kept text. */
function shown(address: string, value: unknown, type: string): Entry {
  if (type === "Error") return String(value);
  if (value === null || value === undefined) return "";
  return entryFor({ address, value: value as CellValue });
}

const withoutSheet = (address: string) => address.slice(address.lastIndexOf("!") + 1);

export async function makePortableCopy(
  context: Excel.RequestContext,
  options: PortableCopyOptions,
): Promise<PortableCopyResult> {
  const worksheets = context.workbook.worksheets;
  const sheet = worksheets.getActiveWorksheet();
  const used = sheet.getUsedRange();
  sheet.load("name");
  used.load("address,formulas,values,valueTypes");
  worksheets.load("items/name");
  await context.sync();

  const result: PortableCopyResult = { source: sheet.name, native: 0, values: 0, errors: [] };
  const origin = parseAddress(withoutSheet(used.address).split(":")[0]);
  const writes: Write[] = [];
  const valueCells: Write[] = [];
  used.formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      if (typeof formula !== "string" || !formula.startsWith("=") || !usesFtx(formula)) return;
      const address = addressOf({ row: origin.row + r, column: origin.column + c });
      const type = String(used.valueTypes[r][c]);
      const standIn = knownStandIn(address, formula);
      if (standIn && "formula" in standIn) {
        writes.push({ address, entry: standIn.formula });
        result.native++;
        return;
      }
      // A known constant stand-in is the article's figure; what the cell shows now is better
      // (the analyst may have changed its category), unless it shows an error.
      const entry =
        standIn && type === "Error"
          ? entryFor({ address, value: standIn.value })
          : shown(address, used.values[r][c], type);
      if (type === "Error" && !standIn) result.errors.push(address);
      valueCells.push({ address, entry });
      result.values++;
    }),
  );
  if (result.native + result.values === 0) return result;

  // An FTX formula replaced by its value stops spilling; keep its whole spilled area as values.
  const spills: { address: string; entries: Entry[][] }[] = [];
  const spilling = new Set<number>();
  if (options.dynamicArrays && valueCells.length > 0) {
    const probes = valueCells.map((cell) => {
      const spill = sheet.getRange(cell.address).getSpillingToRangeOrNullObject();
      spill.load("address,values,valueTypes");
      return spill;
    });
    await context.sync();
    probes.forEach((spill, i) => {
      if (spill.isNullObject) return;
      const address = withoutSheet(spill.address);
      const first = parseAddress(address.split(":")[0]);
      const entries = spill.values.map((row, r) =>
        row.map((value, c) =>
          shown(
            addressOf({ row: first.row + r, column: first.column + c }),
            value,
            String(spill.valueTypes[r][c]),
          ),
        ),
      );
      spills.push({ address, entries });
      spilling.add(i);
    });
  }

  const copy = sheet.copy("After", sheet);
  const name = uniqueSheetName(
    `${sheet.name}${options.suffix}`,
    worksheets.items.map((s) => s.name),
  );
  copy.name = name;
  const single = [...writes, ...valueCells.filter((_, i) => !spilling.has(i))];
  for (const { address, entry } of single) copy.getRange(address).formulas = [[entry]];
  for (const { address, entries } of spills) copy.getRange(address).formulas = entries;
  copy.activate();
  await context.sync();
  return { ...result, copy: name };
}
