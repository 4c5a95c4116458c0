// A version: one analyst's breakdown of the loss, kept in the workbook (and in JSON outside it).
// Amounts are always US dollars, whatever unit the model sheet shows; the FTT line is not an
// input of its own but the product of its three drivers, so a version keeps the drivers.

import { CATEGORY_IDS, ESTIMATE_BOUND, formatAmount, fttLoss, ok, rangeFor, shorten, type CategoryId, type Result } from "../model";
import { refuse, say, inWords, type Checked, type Message } from "./message";
import { NAME_MAX, NAME_UNITS_MAX, NOTE_MAX, NOTE_UNITS_MAX, sameName, tooLong } from "./names";
import { referenceNamed, reservedName } from "./reference";

/** Bumped when the stored shape changes; a release reads every schema up to its own.
 * 1: estimates and FTT drivers. 2: and each line's low and high. */
export const SCHEMA_VERSION = 2;

/** The name of the read-only built-in version holding the article's own figures: stored and
 * exported as "Article" in every language; the Japanese panel shows it as 記事. */
export const ARTICLE_VERSION_NAME = "Article";
export const ARTICLE_DISPLAY_NAME: Message = say(ARTICLE_VERSION_NAME, "記事");

export { NAME_MAX, NAME_UNITS_MAX, NOTE_MAX, NOTE_UNITS_MAX, sameName } from "./names";

export interface FttDrivers {
  tokens: number;
  /** US dollars per FTT. */
  priceBefore: number;
  priceAfter: number;
}

/** A line's range in US dollars: low ≤ its amount ≤ high. */
export interface LineRange {
  low: number;
  high: number;
}

export interface Version {
  name: string;
  note: string;
  /** ISO 8601 date or date-time. */
  savedAt: string;
  /** US dollars per category; ftt_drop is always fttLoss(ftt). */
  amounts: Record<CategoryId, number>;
  ftt: FttDrivers;
  /** Each line's low and high, US dollars. */
  ranges: Record<CategoryId, LineRange>;
  /** The lines whose range was not stored (a version saved before ranges existed, or a model
   * sheet of the earlier layout): the article's default range, widened to hold the amount. */
  assumedRanges: CategoryId[];
}

/** The article's default range for a line, widened to hold `amount` when it falls outside. */
export function assumedRange(id: CategoryId, amount: number): LineRange {
  const { low, high } = rangeFor(id);
  return { low: Math.min(low.amount, amount), high: Math.max(high.amount, amount) };
}

/** Both names the article shows under are reserved, so no saved version looks like it. */
export const isArticleName = (name: string): boolean =>
  sameName(name, ARTICLE_DISPLAY_NAME.en) || sameName(name, ARTICLE_DISPLAY_NAME.ja);

// Control characters would be invisible in a cell and break the JSON a user copies.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The name as it will be stored (trimmed), or why it cannot be one. */
export function checkName(input: unknown): Checked<string> {
  if (typeof input !== "string") {
    const x = inWords(input);
    return refuse(`A version name must be text; got ${x.en}.`, `バージョン名は文字列にしてください(${x.ja}が指定されました)。`);
  }
  const name = input.trim();
  if (name === "") return refuse("A version needs a name.", "バージョンには名前が必要です。");
  const long = tooLong(name, NAME_MAX);
  if (long) {
    const head = shorten(name, 20);
    return "graphemes" in long
      ? refuse(
          `A version name can be at most ${NAME_MAX} characters; "${head}…" has ${long.graphemes}.`,
          `バージョン名は ${NAME_MAX} 文字までです(「${head}…」は ${long.graphemes} 文字あります)。`,
        )
      : refuse(
          `A version name can be at most ${NAME_MAX} characters; "${head}…" takes ${long.units} UTF-16 units, ` +
            `more than ${NAME_UNITS_MAX} (${NAME_MAX} characters can take at most that many).`,
          `バージョン名は ${NAME_MAX} 文字までです(「${head}…」は UTF-16 で ${long.units} 単位あり、` +
            `${NAME_MAX} 文字の上限 ${NAME_UNITS_MAX} 単位を超えています)。`,
        );
  }
  if (CONTROL.test(name)) {
    return refuse(
      `The version name "${name}" contains a line break or control character.`,
      `バージョン名「${name}」に改行または制御文字が含まれています。`,
    );
  }
  if (isArticleName(name)) {
    return refuse(
      `"${name}" is the built-in version of the article's figures; choose another name.`,
      `「${name}」は記事の数値を収めた組み込みバージョンの名前です。別の名前にしてください。`,
    );
  }
  if (referenceNamed(name)) return { ok: false, error: reservedName(name) };
  return ok(name);
}

export function checkNote(input: unknown): Checked<string> {
  if (input === undefined || input === null) return ok("");
  if (typeof input !== "string") {
    const x = inWords(input);
    return refuse(`A note must be text; got ${x.en}.`, `メモは文字列にしてください(${x.ja}が指定されました)。`);
  }
  const long = tooLong(input.trim(), NOTE_MAX);
  if (long) {
    return "graphemes" in long
      ? refuse(
          `A note can be at most ${NOTE_MAX} characters; this one has ${long.graphemes}.`,
          `メモは ${NOTE_MAX} 文字までです(このメモは ${long.graphemes} 文字あります)。`,
        )
      : refuse(
          `A note can be at most ${NOTE_MAX} characters; this one takes ${long.units} UTF-16 units, more than ${NOTE_UNITS_MAX}.`,
          `メモは ${NOTE_MAX} 文字までです(このメモは UTF-16 で ${long.units} 単位あり、上限 ${NOTE_UNITS_MAX} 単位を超えています)。`,
        );
  }
  return ok(input.trim());
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

export function checkSavedAt(input: unknown): Checked<string> {
  if (typeof input !== "string" || !ISO_DATE.test(input.trim()) || Number.isNaN(Date.parse(input.trim()))) {
    const x = inWords(input);
    return refuse(
      `The saved date must be an ISO date such as "2024-05-31" or "2024-05-31T09:30:00Z"; got ${x.en}.`,
      `保存日は「2024-05-31」や「2024-05-31T09:30:00Z」のような ISO 形式の日付にしてください(${x.ja}が指定されました)。`,
    );
  }
  return ok(input.trim());
}

function checkNumber(label: Message, input: unknown): Checked<number> {
  if (typeof input !== "number" || !Number.isFinite(input)) {
    const x = inWords(input);
    return refuse(
      `${label.en} must be a number of US dollars; got ${x.en}.`,
      `${label.ja} は米ドルの数値にしてください(${x.ja}が指定されました)。`,
    );
  }
  return ok(input === 0 ? 0 : input);
}

const LIMIT = say(`−${formatAmount(ESTIMATE_BOUND, "en")} and ${formatAmount(ESTIMATE_BOUND, "en")}`, `−${formatAmount(ESTIMATE_BOUND, "ja")}から${formatAmount(ESTIMATE_BOUND, "ja")}`);

/** An amount in US dollars, within the model sheet's limit on an estimate. */
export function checkAmount(label: Message, input: unknown): Checked<number> {
  const n = checkNumber(label, input);
  if (!n.ok || Math.abs(n.value) <= ESTIMATE_BOUND) return n;
  return refuse(
    `${label.en} must be between ${LIMIT.en} (the model sheet's limit); got ${n.value}.`,
    `${label.ja} は${LIMIT.ja}の範囲にしてください(モデルシートの上限です。${n.value} が指定されました)。`,
  );
}

export function checkDriver(label: Message, input: unknown): Checked<number> {
  const n = checkNumber(label, input);
  if (!n.ok) return n;
  if (n.value < 0) {
    return refuse(`${label.en} cannot be negative; got ${n.value}.`, `${label.ja} は負の数にできません(${n.value} が指定されました)。`);
  }
  return n;
}

export const DRIVER_LABELS = {
  tokens: say("FTT tokens", "FTT のトークン数"),
  priceBefore: say("FTT price before", "FTT の下落前の価格"),
  priceAfter: say("FTT price after", "FTT の下落後の価格"),
};

/** The FTT line the drivers give, in US dollars (rounded to the cent, as FTX.FTTLOSS does). */
export function fttAmount(ftt: FttDrivers): Result<number> {
  return fttLoss(ftt.tokens, ftt.priceBefore, ftt.priceAfter);
}

/** fttAmount for drivers already checked: the only failure left is a product too large. */
export function checkedFttAmount(ftt: FttDrivers): Checked<number> {
  const line = fttAmount(ftt);
  if (line.ok && Math.abs(line.value) <= ESTIMATE_BOUND) return line;
  if (line.ok) {
    return refuse(
      `The FTT drivers (${ftt.tokens} tokens × (${ftt.priceBefore} − ${ftt.priceAfter})) give ${line.value}, ` +
        `beyond the model sheet's limit on an amount (between ${LIMIT.en}).`,
      `FTT の前提(${ftt.tokens} トークン ×(${ftt.priceBefore} − ${ftt.priceAfter}))から求める損失 ${line.value} が` +
        `モデルシートの上限(${LIMIT.ja})を超えています。`,
    );
  }
  return refuse(
    `The FTT drivers (${ftt.tokens} tokens × (${ftt.priceBefore} − ${ftt.priceAfter})) give a loss too large to compute.`,
    `FTT の前提(${ftt.tokens} トークン ×(${ftt.priceBefore} − ${ftt.priceAfter}))から求める損失が大きすぎて計算できません。`,
  );
}

/** Half a cent, plus the float noise of a product near $10^13. */
const FTT_TOLERANCE = (amount: number) => 0.005 + Math.abs(amount) * 1e-12;

/**
 * A version from loose parts, every field checked; the FTT line is recomputed from the drivers
 * and must agree with `amounts.ftt_drop` when that is given.
 */
export function makeVersion(parts: {
  name: unknown;
  note?: unknown;
  savedAt: unknown;
  amounts: Partial<Record<CategoryId, unknown>>;
  ftt: { tokens: unknown; priceBefore: unknown; priceAfter: unknown };
  /** Each line's low and high; a line missing here (or with both blank) gets assumedRange. */
  ranges?: Partial<Record<CategoryId, { low: unknown; high: unknown } | undefined>>;
}): Checked<Version> {
  const name = checkName(parts.name);
  if (!name.ok) return name;
  const note = checkNote(parts.note);
  if (!note.ok) return note;
  const savedAt = checkSavedAt(parts.savedAt);
  if (!savedAt.ok) return savedAt;
  const drivers = [
    checkDriver(DRIVER_LABELS.tokens, parts.ftt.tokens),
    checkDriver(DRIVER_LABELS.priceBefore, parts.ftt.priceBefore),
    checkDriver(DRIVER_LABELS.priceAfter, parts.ftt.priceAfter),
  ];
  for (const d of drivers) if (!d.ok) return d;
  const [tokens, priceBefore, priceAfter] = drivers.map((d) => (d.ok ? d.value : 0));
  const ftt = { tokens, priceBefore, priceAfter };
  const line = checkedFttAmount(ftt);
  if (!line.ok) return line;
  const amounts = {} as Record<CategoryId, number>;
  for (const id of CATEGORY_IDS) {
    if (id === "ftt_drop") {
      const given = parts.amounts.ftt_drop;
      if (given !== undefined && given !== null) {
        const a = checkAmount(say(id, id), given);
        if (!a.ok) return a;
        if (Math.abs(a.value - line.value) > FTT_TOLERANCE(line.value)) {
          return refuse(
            `ftt_drop is ${a.value} but the FTT drivers give ${line.value} ` +
              `(${tokens} tokens × (${priceBefore} − ${priceAfter})); the FTT line follows its drivers.`,
            `ftt_drop は ${a.value} ですが、FTT の前提からは ${line.value} になります` +
              `(${tokens} トークン ×(${priceBefore} − ${priceAfter}))。FTT の行は前提から計算されます。`,
          );
        }
      }
      amounts[id] = line.value;
      continue;
    }
    const a = checkAmount(say(id, id), parts.amounts[id]);
    if (!a.ok) return a;
    amounts[id] = a.value;
  }
  const ranges = {} as Record<CategoryId, LineRange>;
  const assumedRanges: CategoryId[] = [];
  for (const id of CATEGORY_IDS) {
    const given = parts.ranges?.[id];
    const blank = (x: unknown) => x === undefined || x === null || x === "";
    if (given === undefined || (blank(given.low) && blank(given.high))) {
      ranges[id] = assumedRange(id, amounts[id]);
      assumedRanges.push(id);
      continue;
    }
    const low = checkAmount(say(`${id} low`, `${id} の下限`), given.low);
    if (!low.ok) return low;
    const high = checkAmount(say(`${id} high`, `${id} の上限`), given.high);
    if (!high.ok) return high;
    const amount = amounts[id];
    if (!(low.value <= amount && amount <= high.value)) {
      return refuse(
        `${id}: the low (${low.value}) and high (${high.value}) must hold the estimate (${amount}): low ≤ estimate ≤ high.`,
        `${id}: 下限(${low.value})と上限(${high.value})の間に推定(${amount})が入っていません。下限 ≤ 推定 ≤ 上限にしてください。`,
      );
    }
    ranges[id] = { low: low.value, high: high.value };
  }
  return ok({ name: name.value, note: note.value, savedAt: savedAt.value, amounts, ftt, ranges, assumedRanges });
}

export const versionTotal = (v: Version): number =>
  CATEGORY_IDS.reduce((sum, id) => sum + v.amounts[id], 0);

/** The same inputs (what a model sheet would show), whatever the name, note and date. */
export function sameInputs(a: Version, b: Version): boolean {
  return (
    CATEGORY_IDS.every((id) => a.amounts[id] === b.amounts[id]) &&
    a.ftt.tokens === b.ftt.tokens &&
    a.ftt.priceBefore === b.ftt.priceBefore &&
    a.ftt.priceAfter === b.ftt.priceAfter &&
    CATEGORY_IDS.every((id) => a.ranges[id].low === b.ranges[id].low && a.ranges[id].high === b.ranges[id].high)
  );
}
