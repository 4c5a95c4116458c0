// "Make a portable copy", decided: a snapshot of the active sheet in, the copy's writes (or a
// refusal) out. Every FTX.* formula is replaced by its native stand-in where the template puts
// that very formula there, or by the value it shows; the sheet is read as it is now (the analyst
// may have edited inputs or formulas), not re-written from the plan.
//
// What a native stand-in would get wrong is dealt with here: SUM skips text where FTX.TOTAL reads
// "$2B", so a text amount is written into the copy as its number (src/versions/input-text.ts, the
// one rule for text in an input) and any other text refuses the copy; the inputs' prompts lose
// their FTX.AMOUNT hint; every FTX formula frozen as a value is named.

import { LOCALES } from "../model";
import { addressOf, cellsIn, parseAddress, withoutSheet } from "../sheet/address";
import { entryFor, type Entry, type RangeWrite } from "../sheet/blocks";
import { ftxCalls, usesFtx } from "../sheet/formula-text";
import type { CellValue, PlanValidation } from "../sheet/plan";
import { LAYOUT_VERSION, MODEL_LAYOUT } from "../template/layout";
import { TEXT } from "../template/text";
import { templatePlan } from "../template/plan";
import { knownStandIn } from "../template/portable";
import { isKnownUnit, localeOfUnit } from "../template/unit";
import { readInput } from "../versions/input-text";
import { uniqueSheetName } from "../sheet/sheet-name";

export interface PromptTexts {
  showPrompt: boolean;
  title: string;
  message: string;
}
export interface AlertTexts {
  showAlert: boolean;
  style: string;
  title: string;
  message: string;
}

/** The active sheet as one sync reads it. */
export interface SheetSnapshot {
  name: string;
  /** The used range as Excel reports it: "'FTX Losses'!A1:G28". */
  usedAddress: string;
  formulas: readonly (readonly unknown[])[];
  values: readonly (readonly unknown[])[];
  /** Excel's value types: "Double", "String", "Boolean", "Error", "Empty". */
  valueTypes: readonly (readonly string[])[];
  /** Each cell as Excel displays it. */
  text: readonly (readonly string[])[];
  /** Every sheet of the workbook, for a free name. */
  sheetNames: readonly string[];
  /** The data validation texts of each range in VALIDATION_RANGES. */
  validations: Readonly<Record<string, { prompt?: PromptTexts; errorAlert?: AlertTexts }>>;
}

/** An FTX formula's spilled results, read when it is turned into a value (ExcelApi 1.12). */
export interface SpillSnapshot {
  /** The spilled area, e.g. "'FTX Losses'!I1:K2". */
  address: string;
  values: readonly (readonly unknown[])[];
  valueTypes: readonly (readonly string[])[];
}

/** An FTX formula the template does not put there (moved, edited or added by the analyst), copied
 * as the value it showed: in the copy it no longer follows edits. */
export interface FrozenCell {
  address: string;
  /** The FTX functions it called: ["FTX.TOTAL"]. */
  calls: string[];
  /** The cell's text as Excel displayed it: "$17.5B". */
  displayed: string;
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
  /** The taskpane says what was read from each (as textAmountNotice does for save and apply). */
  textAmounts: TextAmount[];
  /** Inputs holding text that is not an amount, which a native total would skip: when any, the
   * copy is refused. */
  notAmounts: { address: string; text: string }[];
}

export interface ValidationWrite {
  range: string;
  prompt?: PromptTexts;
  errorAlert?: AlertTexts;
}

export type PortableCopyPlan =
  /** No FTX formula on the sheet, or refused (result.notAmounts): nothing to write. */
  | { kind: "none"; result: PortableCopyResult }
  | {
      kind: "copy";
      /** result.copy is the new sheet's name. */
      result: PortableCopyResult;
      /** Formulas written to the copy (one cell, or a spilled area, each). */
      writes: RangeWrite[];
      validations: ValidationWrite[];
      /** Cells turned into values: with dynamic arrays, probe each for a spill and plan again. */
      spillProbes: string[];
    };

const MODELS = LOCALES.map(templatePlan);

/** Each input range's validation texts, in either language, with their portable wording. */
const PORTABLE_VALIDATIONS = new Map<string, PlanValidation[]>();
for (const v of MODELS.flatMap((p) => p.validations ?? [])) {
  if (v.portable) PORTABLE_VALIDATIONS.set(v.range, [...(PORTABLE_VALIDATIONS.get(v.range) ?? []), v]);
}
/** The ranges whose validation texts the snapshot reads. */
export const VALIDATION_RANGES: readonly string[] = [...PORTABLE_VALIDATIONS.keys()];

/** The inputs each native stand-in reads, and whether their text amounts are in the sheet's unit
 * (the estimates) or plain numbers (the FTT drivers: tokens and dollar prices). */
const NATIVE_READS = [
  { standIn: MODEL_LAYOUT.analystTotal, cells: cellsIn(MODEL_LAYOUT.inputRange), inUnit: true },
  { standIn: MODEL_LAYOUT.inputs.ftt_drop, cells: cellsIn(MODEL_LAYOUT.fttRange), inUnit: false },
];

/** What a cell showed, as an entry to write: an error as its text ("#N/A"), which Excel reads
 * back as that error; text that would read as a number or formula is kept text. */
function asEntry(address: string, value: unknown, type: string): Entry {
  if (type === "Error") return String(value);
  if (value === null || value === undefined) return "";
  return entryFor({ address, value: value as CellValue });
}

interface CellWrite {
  address: string;
  entry: Entry;
}

/** The copy a snapshot calls for. `spills`: what probing `spillProbes` found (null: no spill). */
export function planPortableCopy(
  snapshot: SheetSnapshot,
  suffix: string,
  spills: Readonly<Record<string, SpillSnapshot | null>> = {},
): PortableCopyPlan {
  const result: PortableCopyResult = {
    source: snapshot.name,
    native: 0,
    values: 0,
    errors: [],
    frozen: [],
    textAmounts: [],
    notAmounts: [],
  };
  const origin = parseAddress(withoutSheet(snapshot.usedAddress).split(":")[0]);
  const at = (address: string): { value: unknown; type: string } => {
    const { row, column } = parseAddress(address);
    const [r, c] = [row - origin.row, column - origin.column];
    const inside = r >= 0 && c >= 0 && r < snapshot.values.length && c < (snapshot.values[r]?.length ?? 0);
    return inside ? { value: snapshot.values[r][c], type: String(snapshot.valueTypes[r][c]) } : { value: "", type: "Empty" };
  };

  const natives: CellWrite[] = [];
  const valueCells: CellWrite[] = [];
  let snapshots = 0;
  snapshot.formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      if (typeof formula !== "string" || !formula.startsWith("=") || !usesFtx(formula)) return;
      const address = addressOf({ row: origin.row + r, column: origin.column + c });
      const type = String(snapshot.valueTypes[r][c]);
      const standIn = knownStandIn(address, formula);
      if (standIn && "snapshot" in standIn) {
        // A simulation's figure: what it shows now, an error too (SNAPSHOT_NOTE says so).
        if (type === "Error") result.errors.push(address);
        valueCells.push({ address, entry: asEntry(address, snapshot.values[r][c], type) });
        result.values++;
        snapshots++;
        return;
      }
      if (standIn && "formula" in standIn) {
        natives.push({ address, entry: standIn.formula });
        result.native++;
        return;
      }
      // A known constant stand-in is the article's figure; what the cell shows now is better
      // (the analyst may have changed its category), unless it shows an error.
      const entry =
        standIn && type === "Error" ? entryFor({ address, value: standIn.value }) : asEntry(address, snapshot.values[r][c], type);
      if (type === "Error" && !standIn) result.errors.push(address);
      if (type !== "Error" && !standIn) {
        result.frozen.push({ address, calls: ftxCalls(formula), displayed: String(snapshot.text[r][c]) });
      }
      valueCells.push({ address, entry });
      result.values++;
    }),
  );
  if (result.native + result.values === 0) return { kind: "none", result };

  // The inputs a native stand-in about to be written reads, checked for text.
  const unitCell = at(MODEL_LAYOUT.unit).value;
  const unit = isKnownUnit(unitCell) ? unitCell : undefined;
  const amounts: CellWrite[] = [];
  for (const { standIn, cells, inUnit } of NATIVE_READS) {
    if (!natives.some((w) => w.address === standIn)) continue;
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
  if (result.notAmounts.length > 0) return { kind: "none", result };

  // An FTX formula replaced by its value stops spilling; keep its whole spilled area as values.
  const spilled: RangeWrite[] = [];
  const spilling = new Set<string>();
  for (const cell of valueCells) {
    const spill = spills[cell.address];
    if (!spill) continue;
    const address = withoutSheet(spill.address);
    const first = parseAddress(address.split(":")[0]);
    const formulas = spill.values.map((row, r) =>
      row.map((value, c) => asEntry(addressOf({ row: first.row + r, column: first.column + c }), value, String(spill.valueTypes[r][c]))),
    );
    spilled.push({ address, formulas });
    spilling.add(cell.address);
  }

  // The simulation's figures are now values: the note above them says so, with the iterations and
  // seed they were made with, on a sheet of this layout only (an earlier layout has no note cell),
  // in place of the template's own "live" note (an analyst's own text there is left alone).
  const notes: CellWrite[] = [];
  const liveNote = LOCALES.some((l) => at(MODEL_LAYOUT.simulationNote).value === TEXT[l].uncertainty.live);
  if (snapshots > 0 && unit !== undefined && liveNote && at(MODEL_LAYOUT.layoutVersion).value === LAYOUT_VERSION) {
    const shown = (address: string) => {
      const { row, column } = parseAddress(address);
      return String(snapshot.text[row - origin.row]?.[column - origin.column] ?? "");
    };
    const { iterations, seed } = MODEL_LAYOUT.uncertainty;
    const text = TEXT[localeOfUnit(unit)].uncertainty.snapshot(shown(iterations), shown(seed));
    notes.push({ address: MODEL_LAYOUT.simulationNote, entry: entryFor({ address: MODEL_LAYOUT.simulationNote, value: text }) });
  }

  const converted = new Set(amounts.map((a) => a.address));
  const single = [...natives, ...valueCells.filter((c) => !spilling.has(c.address))].filter((w) => !converted.has(w.address));
  const writes: RangeWrite[] = [
    ...[...single, ...amounts, ...notes].map(({ address, entry }) => ({ address, formulas: [[entry]] })),
    ...spilled,
  ];
  const copy = uniqueSheetName(`${snapshot.name}${suffix}`, snapshot.sheetNames);
  return {
    kind: "copy",
    result: { ...result, copy },
    writes,
    validations: VALIDATION_RANGES.flatMap((range) => portablePrompts(range, snapshot.validations[range] ?? {})),
    spillProbes: valueCells.map((c) => c.address),
  };
}

/** The copy's input prompt and error alert in their wording without FTX.AMOUNT, where the sheet
 * still has the template's own texts (an analyst's own texts are left alone). */
function portablePrompts(range: string, original: { prompt?: PromptTexts; errorAlert?: AlertTexts }): ValidationWrite[] {
  const write: ValidationWrite = { range };
  const { prompt, errorAlert: alert } = original;
  for (const v of PORTABLE_VALIDATIONS.get(range) ?? []) {
    if (!v.portable) continue;
    if (prompt?.message === v.prompt.message) write.prompt = { ...prompt, message: v.portable.prompt };
    if (alert?.message === v.error.message) write.errorAlert = { ...alert, message: v.portable.error };
  }
  return write.prompt || write.errorAlert ? [write] : [];
}
