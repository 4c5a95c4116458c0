// The model sheet as a save or an apply reads it (one sync), and what that snapshot means: a
// model sheet's inputs ↔ a version. The sheet shows amounts in its own unit (1 for dollars, 1e8
// for 億ドル); versions hold US dollars. Applying writes the seven plain inputs and the three FTT
// drivers; the FTT line is the template's formula over the drivers, put back if a number or a
// formula of the user's was put over it. A formula in an input that is not the template's own is
// the user's value: a save stores the value it shows, and an apply replaces it only after the
// "before" version has kept that value, and says so (formulasInInputs).

import { CATEGORY_IDS, clipped, ok, type CategoryId } from "../model";
import { cellsIn } from "../sheet/address";
import { gaplessWrites, type RangeWrite } from "../sheet/blocks";
import { normalizedFormula, usesFtx } from "../sheet/formula-text";
import { FTT_DRIVERS, INPUTS_NAME, LAYOUT_VERSION, MODEL_LAYOUT } from "../template/layout";
import { templatePlan } from "../template/plan";
import { KNOWN_UNITS, isKnownUnit, localeOfUnit, toDollars, toSheetUnit } from "../template/unit";
import { readInput, shownError, textAmountNotice } from "./input-text";
import { inWords, refuse, say, type Checked, type Message } from "./message";
import { checkedFttAmount, type FttDrivers, type Version } from "./version";

/** The ranges a save or an apply reads (values, and formulas where it matters). */
export const MODEL_READS = {
  ids: MODEL_LAYOUT.ids,
  unit: MODEL_LAYOUT.unit,
  inputs: MODEL_LAYOUT.inputRange,
  drivers: MODEL_LAYOUT.fttRange,
  /** The article's FTT cell: an FTX formula on a model sheet, a number on a portable copy. */
  articleFtt: MODEL_LAYOUT.article.ftt_drop,
  /** Blank on a sheet of the earlier layout, whose columns E and F are not Low and High. */
  layout: MODEL_LAYOUT.layoutVersion,
  lows: MODEL_LAYOUT.lowRange,
  highs: MODEL_LAYOUT.highRange,
};

export interface ModelSnapshot {
  sheetName: string;
  /** The sheet carries the FTX_Inputs name the writer gives every model sheet. */
  hasInputsName: boolean;
  ids: readonly (readonly unknown[])[];
  unit: readonly (readonly unknown[])[];
  inputs: readonly (readonly unknown[])[];
  inputFormulas: readonly (readonly unknown[])[];
  drivers: readonly (readonly unknown[])[];
  driverFormulas?: readonly (readonly unknown[])[];
  /** The formula (or value) of MODEL_READS.articleFtt. */
  articleFtt?: unknown;
  /** The value of MODEL_READS.layout. */
  layout: unknown;
  /** Values and formulas of the Lows and Highs: read only as this layout's (see `layout`). */
  lows: readonly (readonly unknown[])[];
  lowFormulas: readonly (readonly unknown[])[];
  highs: readonly (readonly unknown[])[];
  highFormulas: readonly (readonly unknown[])[];
}

export interface ModelInputs {
  unit: number;
  amounts: Record<CategoryId, number>;
  ftt: FttDrivers;
  /** False when the FTT line holds a typed number or a formula of the user's, not the template's
   * formula over the drivers (an apply puts that formula back). */
  fttFollowsDrivers: boolean;
  /** What was read from text in an input (textAmountNotice), and that an earlier layout has no
   * ranges. */
  notices: Message[];
  /** Each line's low and high in US dollars; undefined on a sheet of the earlier layout. */
  ranges?: Record<CategoryId, { low: number; high: number }>;
}

/** A sheet of the earlier layout (columns A–G): its estimates and FTT drivers sit where this
 * layout's do, but it has no Low and High, and columns E and F hold differences and shares. */
export const EARLIER_LAYOUT: Message = say(
  "This model sheet was made by an earlier version of the add-in and has no Low and High columns: " +
    "only its estimates and FTT drivers are read or written, and the article's default ranges are assumed. " +
    "Insert a new model sheet to keep ranges too.",
  "このモデルのシートは以前のバージョンのアドインで作成されたため、下限・上限の列がありません。" +
    "推定と FTT の前提だけを読み書きし、範囲には記事の既定の範囲を仮定します。範囲も扱うには、モデルのシートを新しく挿入してください。",
);

/** The sheet's layout: 2 (this one), 1 (the earlier, no marker), or undefined (unknown). */
export function layoutOf(s: ModelSnapshot): 1 | 2 | undefined {
  const x = s.layout;
  if (x === LAYOUT_VERSION) return 2;
  return x === "" || x === null || x === undefined ? 1 : undefined;
}

export { INPUTS_NAME };

/** Why the sheet is not a model sheet this release can read, or undefined when it is one. */
export function notAModelSheet(s: ModelSnapshot): Message | undefined {
  const idsMatch = CATEGORY_IDS.every((id, i) => s.ids[i]?.[0] === id);
  if (idsMatch && isKnownUnit(s.unit[0]?.[0]) && layoutOf(s) === undefined) {
    return say(
      `"${s.sheetName}" is a model sheet of a layout this version does not know (${MODEL_READS.layout} holds ` +
        `${inWords(s.layout).en}). Insert a new model sheet to save or apply versions.`,
      `「${s.sheetName}」は、このバージョンが知らないレイアウトのモデルのシートです(${MODEL_READS.layout} に` +
        `${inWords(s.layout).ja}が入っています)。バージョンを保存・適用するには、モデルのシートを新しく挿入してください。`,
    );
  }
  if (idsMatch && isKnownUnit(s.unit[0]?.[0])) return undefined;
  if (s.hasInputsName) {
    const units = KNOWN_UNITS.join(" or ");
    return say(
      `"${s.sheetName}" is a model sheet, but its rows have moved (the category ids are no longer in ` +
        `${MODEL_READS.ids}, or the unit in ${MODEL_READS.unit} is not ${units}). Insert a fresh model ` +
        "sheet to save or apply versions.",
      `「${s.sheetName}」はモデルのシートですが、行が移動しています(損失原因の ID が ${MODEL_READS.ids} にないか、` +
        `${MODEL_READS.unit} の単位が ${KNOWN_UNITS.join(" でも ")} でもありません)。バージョンを保存・適用するには、` +
        "モデルのシートを新しく挿入してください。",
    );
  }
  return say(
    `"${s.sheetName}" is not a model sheet. Select a model sheet (or insert one) and try again.`,
    `「${s.sheetName}」はモデルのシートではありません。モデルのシートを選択(または挿入)してから、もう一度お試しください。`,
  );
}

/** An input in the sheet's unit: a number, a blank (0, as FTX.TOTAL skips it), or a text amount
 * read by the one rule for text in an input (with its notice). */
function cellAmount(address: string, id: CategoryId, x: unknown, unit: number, notices: Message[]): Checked<number> {
  if (typeof x === "number" && Number.isFinite(x)) return ok(x);
  if (x === "" || x === null || x === undefined) return ok(0);
  const error = shownError(x);
  if (error) {
    return refuse(
      `${address} (${id}) shows the error ${error}, which cannot be saved as a number; fix the cell and try again.`,
      `${address}(${id})はエラー ${error} を表示していて、数値として保存できません。セルを直してから、もう一度お試しください。`,
    );
  }
  const reading = readInput(x, unit);
  if (reading.kind === "amount") {
    notices.push(textAmountNotice(address, reading.text, reading.value, unit));
    return ok(reading.value);
  }
  const what = inWords(x);
  return refuse(
    `${address} (${id}) holds ${what.en}, which is not an amount; fix it and try again.`,
    `${address}(${id})の${what.ja}は金額として読めません。直してから、もう一度お試しください。`,
  );
}

const DRIVER_CELLS = FTT_DRIVERS.map((d) => MODEL_LAYOUT.ftt[d]);
const FTT_INDEX = CATEGORY_IDS.indexOf("ftt_drop");
const isFormula = (x: unknown): x is string => typeof x === "string" && x.startsWith("=");
/** A formula as a message quotes it: at most 40 UTF-16 units, cut between graphemes. */
export const clip = (formula: string) => clipped(formula, 40);

/** The template's own formulas for the FTT line on a sheet of this unit: the FTX formula over the
 * drivers, and its native stand-in (a portable copy). */
function fttTemplateFormulas(unit: number): { ftx: string; portable: string } {
  const line = MODEL_LAYOUT.inputs.ftt_drop;
  const cell = templatePlan(localeOfUnit(unit)).cells.find((c) => c.address === line);
  const { formula: ftx, portable } = cell ?? {};
  if (!isFormula(ftx) || !isFormula(portable)) throw new Error(`The plan has no formula for ${line}.`);
  return { ftx, portable };
}

/** Whether the FTT line holds the template's formula over its drivers (either form), however
 * Excel spaces or cases it; anything else there (a number, another formula) is the user's value. */
function fttFollows(s: ModelSnapshot, unit: number): boolean {
  const f = s.inputFormulas[FTT_INDEX]?.[0];
  if (!isFormula(f)) return false;
  const { ftx, portable } = fttTemplateFormulas(unit);
  return [ftx, portable].some((t) => normalizedFormula(t) === normalizedFormula(f));
}

export function readModelInputs(s: ModelSnapshot): Checked<ModelInputs> {
  const problem = notAModelSheet(s);
  if (problem) return { ok: false, error: problem };
  const unit = s.unit[0][0] as number;
  const notices: Message[] = [];
  const amounts = {} as Record<CategoryId, number>;
  const fttFollowsDrivers = fttFollows(s, unit);
  for (const [i, id] of CATEGORY_IDS.entries()) {
    // The template's FTT formula follows the drivers, whatever it shows now (#NAME? without the add-in).
    if (id === "ftt_drop" && fttFollowsDrivers) continue;
    const a = cellAmount(MODEL_LAYOUT.inputs[id], id, s.inputs[i]?.[0], unit, notices);
    if (!a.ok) return a;
    amounts[id] = toDollars(a.value, unit);
  }
  const values: number[] = [];
  for (const [i, address] of DRIVER_CELLS.entries()) {
    const x = s.drivers[i]?.[0];
    if (typeof x !== "number" || !Number.isFinite(x) || x < 0) {
      const error = shownError(x);
      const what = error ? say(`the error ${error}`, `エラー ${error} `) : inWords(x);
      return refuse(
        `The FTT driver in ${address} holds ${what.en}; it must be a number, 0 or more.`,
        `FTT の前提のセル ${address} に${what.ja}が入っています。0 以上の数値にしてください。`,
      );
    }
    values.push(x);
  }
  const ftt = { tokens: values[0], priceBefore: values[1], priceAfter: values[2] };
  if (!fttFollowsDrivers) {
    // A number or a formula of the user's on the FTT line: keep what the sheet shows, as drivers
    // that give it.
    const { priceBefore, priceAfter } = ftt;
    if (priceBefore <= priceAfter) {
      const cell = MODEL_LAYOUT.inputs.ftt_drop;
      const f = s.inputFormulas[FTT_INDEX]?.[0];
      const what = isFormula(f) ? say(`your formula (${clip(f)})`, `あなたの数式(${clip(f)})`) : say("a number", "数値");
      return refuse(
        `${cell} holds ${what.en} instead of its formula, and the FTT prices do not ` +
          "fall, so no token count gives it. Restore the formula or the prices and try again.",
        `${cell} に元の数式ではなく${what.ja}が入っていて、FTT の価格が下落していないため、その値になるトークン数がありません。` +
          "数式か価格を元に戻してから、もう一度お試しください。",
      );
    }
    ftt.tokens = amounts.ftt_drop / (priceBefore - priceAfter);
  }
  // The line's value is the drivers' product (the cell may not have calculated yet).
  const line = checkedFttAmount(ftt);
  if (!line.ok) return line;
  amounts.ftt_drop = line.value;
  if (layoutOf(s) === 1) return ok({ unit, amounts, ftt, fttFollowsDrivers, notices: [...notices, EARLIER_LAYOUT] });
  const ranges = {} as Record<CategoryId, { low: number; high: number }>;
  for (const [i, id] of CATEGORY_IDS.entries()) {
    const low = cellAmount(MODEL_LAYOUT.lows[id], id, s.lows[i]?.[0], unit, notices);
    if (!low.ok) return low;
    const high = cellAmount(MODEL_LAYOUT.highs[id], id, s.highs[i]?.[0], unit, notices);
    if (!high.ok) return high;
    ranges[id] = { low: toDollars(low.value, unit), high: toDollars(high.value, unit) };
  }
  return ok({ unit, amounts, ftt, fttFollowsDrivers, notices, ranges });
}

/** An input cell holding a formula of the user's. */
export interface InputFormula {
  address: string;
  formula: string;
}

/** Cells an apply writes that hold a formula of the user's (on the FTT line: any formula but the
 * template's own); the apply replaces them after the "before" version keeps what they show. */
export function formulasInInputs(s: ModelSnapshot, unit: number): InputFormula[] {
  const found: InputFormula[] = [];
  CATEGORY_IDS.forEach((id, i) => {
    const f = s.inputFormulas[i]?.[0];
    if (isFormula(f) && !(id === "ftt_drop" && fttFollows(s, unit))) found.push({ address: MODEL_LAYOUT.inputs[id], formula: f });
  });
  DRIVER_CELLS.forEach((address, i) => {
    const f = s.driverFormulas?.[i]?.[0];
    if (isFormula(f)) found.push({ address, formula: f });
  });
  if (layoutOf(s) !== 2) return found;
  for (const [cells, formulas] of [[MODEL_LAYOUT.lows, s.lowFormulas], [MODEL_LAYOUT.highs, s.highFormulas]] as const) {
    CATEGORY_IDS.forEach((id, i) => {
      const f = formulas[i]?.[0];
      if (isFormula(f)) found.push({ address: cells[id], formula: f });
    });
  }
  return found;
}

/** The FTT line's formula as the plan writes it for this sheet's unit: the FTX formula, or its
 * native stand-in on a portable copy (where the article column holds numbers, not FTX calls). */
export function fttLineFormula(unit: number, articleFtt: unknown): string {
  const { ftx, portable } = fttTemplateFormulas(unit);
  return usesFtx(articleFtt) || articleFtt === undefined ? ftx : portable;
}

/** The inputs of a version in the sheet's unit (not the FTT line, a formula), the drivers and,
 * with `ranges` (a sheet of this layout, not the earlier one), each line's low and high, as few
 * writes as the layout allows. */
export function modelWrites(version: Version, unit: number, ranges: boolean): RangeWrite[] {
  const bounds = (side: "low" | "high") =>
    CATEGORY_IDS.map((id) => ({
      address: (side === "low" ? MODEL_LAYOUT.lows : MODEL_LAYOUT.highs)[id],
      entry: toSheetUnit(version.ranges[id][side], unit),
    }));
  return gaplessWrites([
    ...CATEGORY_IDS.filter((id) => id !== "ftt_drop").map((id) => ({
      address: MODEL_LAYOUT.inputs[id],
      entry: toSheetUnit(version.amounts[id], unit),
    })),
    ...(ranges ? [...bounds("low"), ...bounds("high")] : []),
    ...FTT_DRIVERS.map((d) => ({ address: MODEL_LAYOUT.ftt[d], entry: version.ftt[d] })),
  ]);
}

/** Whether writing `writes` changes any cell of the sheet: a number that differs, a text amount
 * or a blank where a number goes, a formula (the user's, or the FTT line's own over a typed
 * number) replaced. What each cell holds is its formula, or its value when it has none, as
 * Excel's range.formulas reads it; a cell the snapshot did not read counts as changed. */
export function changesCells(s: ModelSnapshot, writes: readonly RangeWrite[]): boolean {
  const held = new Map<string, unknown>();
  const read = (range: string, formulas: readonly (readonly unknown[])[] | undefined) => {
    if (formulas) cellsIn(range).forEach((address, i) => held.set(address, formulas[i]?.[0]));
  };
  read(MODEL_READS.inputs, s.inputFormulas);
  read(MODEL_READS.drivers, s.driverFormulas ?? s.drivers);
  if (layoutOf(s) === 2) {
    read(MODEL_READS.lows, s.lowFormulas);
    read(MODEL_READS.highs, s.highFormulas);
  }
  return writes.some((w) => {
    const entries = w.formulas.flat();
    return cellsIn(w.address).some((address, i) => !held.has(address) || held.get(address) !== entries[i]);
  });
}
