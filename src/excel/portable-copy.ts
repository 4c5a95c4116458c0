// "Make a portable copy": the active sheet copied to a new sheet whose FTX.* formulas are
// replaced by native formulas (where the template has one) or by the values they show, so a
// colleague without the add-in sees the same numbers. The sheet is read as it is now (the analyst
// may have edited inputs or formulas), not re-written from the plan; the original is never
// written to. Two context.sync() calls, three when an unknown FTX formula may spill; one when
// there is nothing to copy or the copy is refused.
//
// What a native stand-in would get wrong is dealt with before copying: SUM skips text where
// FTX.TOTAL reads "$2B" (pasting bypasses the inputs' validation), so a text amount is written
// into the copy as its number and any other text refuses the copy; the inputs' prompts lose
// their FTX.AMOUNT hint; every FTX formula frozen as a value is named.

import { LOCALES } from "../model";
import { ftxCalls, knownStandIn, readInput, usesFtx } from "../template/portable";
import { templatePlan, type CellValue, type PlanValidation } from "../template/plan";
import { addressOf, entryFor, parseAddress, type Entry } from "./cell-blocks";
import { uniqueSheetName } from "./sheet-name";

export interface PortableCopyOptions {
  /** Added to the sheet's name: " (portable)", "(共有用)". */
  suffix: string;
  /** ExcelApi 1.12: an FTX formula's spilled results can be found and kept. */
  dynamicArrays: boolean;
}

/** An FTX formula the template does not put there (moved, edited or added by the analyst), copied
 * as the value it showed: in the copy it no longer follows edits. */
export interface FrozenCell {
  address: string;
  /** The FTX functions it called: ["FTX.TOTAL"]. */
  calls: string[];
  /** What it showed, as Excel displayed it: "$17.5B". */
  shown: string;
}

/** An input holding an amount as text, written into the copy as a number so its total counts it. */
export interface TextAmount {
  address: string;
  text: string;
  /** The amount in US dollars, as FTX.TOTAL read it. */
  dollars: number;
  /** The number written, in the sheet's unit (dollars, or 億ドル). */
  value: number;
}

export interface PortableCopyResult {
  source: string;
  /** The new sheet's name; undefined when no copy was made (no FTX formula, or refused). */
  copy?: string;
  /** FTX formulas replaced by a native formula. */
  native: number;
  /** FTX formulas replaced by the value they showed. */
  values: number;
  /** Cells whose FTX formula showed an error; the copy shows the same error. */
  errors: string[];
  /** Of `values`, the formulas the template does not put there. */
  frozen: FrozenCell[];
  textAmounts: TextAmount[];
  /** Inputs holding text that is not an amount, which a native total would skip: when any, the
   * copy is refused. */
  notAmounts: { address: string; text: string }[];
}

interface Write {
  address: string;
  entry: Entry;
}

const MODELS = LOCALES.map(templatePlan);
const LAYOUT = MODELS[0].layout; // both languages share one layout
const UNITS = new Set(MODELS.map((p) => p.unit));

function cellsOf(range: string): string[] {
  const [from, to = from] = range.split(":").map(parseAddress);
  const cells: string[] = [];
  for (let row = from.row; row <= to.row; row++) {
    for (let column = from.column; column <= to.column; column++) {
      cells.push(addressOf({ row, column }));
    }
  }
  return cells;
}

/** The inputs each native stand-in reads, and whether their text amounts are in the sheet's unit
 * (the estimates) or plain numbers (the FTT drivers: tokens and dollar prices). */
const NATIVE_READS = [
  { standIn: LAYOUT.analystTotal, cells: cellsOf(LAYOUT.inputRange), inUnit: true },
  { standIn: LAYOUT.inputs.ftt_drop, cells: Object.values(LAYOUT.ftt), inUnit: false },
];

/** Each input range's validation texts, in either language, with their portable wording. */
const VALIDATIONS = new Map<string, PlanValidation[]>();
for (const v of MODELS.flatMap((p) => p.validations ?? [])) {
  if (v.portable) VALIDATIONS.set(v.range, [...(VALIDATIONS.get(v.range) ?? []), v]);
}

/** What a cell showed, as something to write: an error as its text ("#N/A"), which Excel reads
 * back as that error; text that would read as a number or formula is kept text. */
function shown(address: string, value: unknown, type: string): Entry {
  if (type === "Error") return String(value);
  if (value === null || value === undefined) return "";
  return entryFor({ address, value: value as CellValue });
}

const withoutSheet = (address: string) => address.slice(address.lastIndexOf("!") + 1);

type CellAt = (address: string) => { value: unknown; type: string };

/** The inputs a native stand-in about to be written reads, checked for text: an amount becomes a
 * write of its number (in `result.textAmounts`); anything else goes to `result.notAmounts`. */
function textInputs(result: PortableCopyResult, writes: Write[], at: CellAt): Write[] {
  const unitShown = at(LAYOUT.unit).value;
  const unit = typeof unitShown === "number" && UNITS.has(unitShown) ? unitShown : undefined;
  const amounts: Write[] = [];
  for (const { standIn, cells, inUnit } of NATIVE_READS) {
    if (!writes.some((w) => w.address === standIn)) continue;
    for (const address of cells) {
      const { value, type } = at(address);
      if (type !== "String" && type !== "Boolean") continue;
      const reading = readInput(value, inUnit ? unit : 1);
      if (reading.kind === "notAmount") result.notAmounts.push({ address, text: reading.text });
      if (reading.kind !== "amount") continue;
      const { text, dollars, value: number } = reading;
      result.textAmounts.push({ address, text, dollars, value: number });
      amounts.push({ address, entry: number });
    }
  }
  return amounts;
}

export async function makePortableCopy(
  context: Excel.RequestContext,
  options: PortableCopyOptions,
): Promise<PortableCopyResult> {
  const worksheets = context.workbook.worksheets;
  const sheet = worksheets.getActiveWorksheet();
  const used = sheet.getUsedRange();
  sheet.load("name");
  used.load("address,formulas,values,valueTypes,text");
  worksheets.load("items/name");
  const validations = [...VALIDATIONS.keys()].map((range) => {
    const validation = sheet.getRange(range).dataValidation;
    validation.load("prompt,errorAlert");
    return { range, validation };
  });
  await context.sync();

  const result: PortableCopyResult = {
    source: sheet.name,
    native: 0,
    values: 0,
    errors: [],
    frozen: [],
    textAmounts: [],
    notAmounts: [],
  };
  const origin = parseAddress(withoutSheet(used.address).split(":")[0]);
  const at: CellAt = (address) => {
    const { row, column } = parseAddress(address);
    const r = row - origin.row;
    const c = column - origin.column;
    const inside = r >= 0 && c >= 0 && r < used.values.length && c < (used.values[r]?.length ?? 0);
    return inside
      ? { value: used.values[r][c] as unknown, type: String(used.valueTypes[r][c]) }
      : { value: "" as unknown, type: "Empty" };
  };
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
      if (type !== "Error" && !standIn) {
        result.frozen.push({ address, calls: ftxCalls(formula), shown: String(used.text[r][c]) });
      }
      valueCells.push({ address, entry });
      result.values++;
    }),
  );
  if (result.native + result.values === 0) return result;

  const amounts = textInputs(result, writes, at);
  if (result.notAmounts.length > 0) return result;

  // An FTX formula replaced by its value stops spilling; keep its whole spilled area as values.
  const spills: { address: string; entries: Entry[][] }[] = [];
  const spilling = new Set<number>();
  // api-set-guard: ExcelApi 1.12 (options.dynamicArrays is set from isSetSupported in the sharing panel)
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
  const converted = new Set(amounts.map((a) => a.address));
  const single = [...writes, ...valueCells.filter((_, i) => !spilling.has(i))].filter(
    (w) => !converted.has(w.address),
  );
  for (const { address, entry } of [...single, ...amounts]) {
    copy.getRange(address).formulas = [[entry]];
  }
  for (const { address, entries } of spills) copy.getRange(address).formulas = entries;
  for (const { range, validation } of validations) {
    portablePrompts(copy.getRange(range), range, validation);
  }
  copy.activate();
  await context.sync();
  return { ...result, copy: name };
}

/** Gives the copy's input prompt and error alert their wording without FTX.AMOUNT, where the
 * sheet still has the template's own texts (an analyst's own texts are left alone). */
function portablePrompts(target: Excel.Range, range: string, original: Excel.DataValidation): void {
  const prompt = original.prompt;
  const alert = original.errorAlert;
  for (const v of VALIDATIONS.get(range) ?? []) {
    if (!v.portable) continue;
    if (prompt?.message === v.prompt.message) {
      target.dataValidation.prompt = {
        showPrompt: prompt.showPrompt,
        title: prompt.title,
        message: v.portable.prompt,
      };
    }
    if (alert?.message === v.error.message) {
      target.dataValidation.errorAlert = {
        showAlert: alert.showAlert,
        style: alert.style,
        title: alert.title,
        message: v.portable.error,
      };
    }
  }
}
