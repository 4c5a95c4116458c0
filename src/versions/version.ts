// A version: one analyst's breakdown of the loss, kept in the workbook (and in JSON outside it).
// Amounts are always US dollars, whatever unit the model sheet shows; the FTT line is not an
// input of its own but the product of its three drivers, so a version keeps the drivers.

import { CATEGORY_IDS, describe, fail, fttLoss, ok, type CategoryId, type Result } from "../model";

/** Bumped when the stored shape changes; a release reads every schema up to its own. */
export const SCHEMA_VERSION = 1;

/** The name of the read-only built-in version holding the article's own figures. */
export const ARTICLE_VERSION_NAME = "Article";

export const NAME_MAX = 80;
export const NOTE_MAX = 1000;

export interface FttDrivers {
  tokens: number;
  /** US dollars per FTT. */
  priceBefore: number;
  priceAfter: number;
}

export interface Version {
  name: string;
  note: string;
  /** ISO 8601 date or date-time. */
  savedAt: string;
  /** US dollars per category; ftt_drop is always fttLoss(ftt). */
  amounts: Record<CategoryId, number>;
  ftt: FttDrivers;
}

/** Two names are the same version when they match ignoring case and surrounding space. */
export const sameName = (a: string, b: string): boolean =>
  a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

export const isArticleName = (name: string): boolean => sameName(name, ARTICLE_VERSION_NAME);

// Control characters would be invisible in a cell and break the JSON a user copies.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The name as it will be stored (trimmed), or why it cannot be one. */
export function checkName(input: unknown): Result<string> {
  if (typeof input !== "string") return fail("value", `A version name must be text; got ${describe(input)}.`);
  const name = input.trim();
  if (name === "") return fail("value", "A version needs a name.");
  if (name.length > NAME_MAX) {
    return fail("value", `A version name can be at most ${NAME_MAX} characters; "${name.slice(0, 20)}…" has ${name.length}.`);
  }
  if (CONTROL.test(name)) return fail("value", `The version name "${name}" contains a line break or control character.`);
  if (isArticleName(name)) {
    return fail("value", `"${ARTICLE_VERSION_NAME}" is the built-in version of the article's figures; choose another name.`);
  }
  return ok(name);
}

export function checkNote(input: unknown): Result<string> {
  if (input === undefined || input === null) return ok("");
  if (typeof input !== "string") return fail("value", `A note must be text; got ${describe(input)}.`);
  if (input.length > NOTE_MAX) return fail("value", `A note can be at most ${NOTE_MAX} characters; this one has ${input.length}.`);
  return ok(input.trim());
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

export function checkSavedAt(input: unknown): Result<string> {
  if (typeof input !== "string" || !ISO_DATE.test(input.trim()) || Number.isNaN(Date.parse(input.trim()))) {
    return fail("value", `The saved date must be an ISO date such as "2024-05-31" or "2024-05-31T09:30:00Z"; got ${describe(input)}.`);
  }
  return ok(input.trim());
}

export function checkAmount(label: string, input: unknown): Result<number> {
  if (typeof input !== "number" || !Number.isFinite(input)) {
    return fail("value", `${label} must be a number of US dollars; got ${describe(input)}.`);
  }
  return ok(input === 0 ? 0 : input);
}

export function checkDriver(label: string, input: unknown): Result<number> {
  const n = checkAmount(label, input);
  if (!n.ok) return n;
  if (n.value < 0) return fail("value", `${label} cannot be negative; got ${n.value}.`);
  return n;
}

/** The FTT line the drivers give, in US dollars (rounded to the cent, as FTX.FTTLOSS does). */
export function fttAmount(ftt: FttDrivers): Result<number> {
  return fttLoss(ftt.tokens, ftt.priceBefore, ftt.priceAfter);
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
}): Result<Version> {
  const name = checkName(parts.name);
  if (!name.ok) return name;
  const note = checkNote(parts.note);
  if (!note.ok) return note;
  const savedAt = checkSavedAt(parts.savedAt);
  if (!savedAt.ok) return savedAt;
  const drivers = [
    checkDriver("FTT tokens", parts.ftt.tokens),
    checkDriver("FTT price before", parts.ftt.priceBefore),
    checkDriver("FTT price after", parts.ftt.priceAfter),
  ];
  for (const d of drivers) if (!d.ok) return d;
  const [tokens, priceBefore, priceAfter] = drivers.map((d) => (d.ok ? d.value : 0));
  const ftt = { tokens, priceBefore, priceAfter };
  const line = fttAmount(ftt);
  if (!line.ok) return line;
  const amounts = {} as Record<CategoryId, number>;
  for (const id of CATEGORY_IDS) {
    if (id === "ftt_drop") {
      const given = parts.amounts.ftt_drop;
      if (given !== undefined && given !== null) {
        const a = checkAmount(id, given);
        if (!a.ok) return a;
        if (Math.abs(a.value - line.value) > FTT_TOLERANCE(line.value)) {
          return fail(
            "value",
            `ftt_drop is ${a.value} but the FTT drivers give ${line.value} ` +
              `(${tokens} tokens × (${priceBefore} − ${priceAfter})); the FTT line follows its drivers.`,
          );
        }
      }
      amounts[id] = line.value;
      continue;
    }
    const a = checkAmount(id, parts.amounts[id]);
    if (!a.ok) return a;
    amounts[id] = a.value;
  }
  return ok({ name: name.value, note: note.value, savedAt: savedAt.value, amounts, ftt });
}

export const versionTotal = (v: Version): number =>
  CATEGORY_IDS.reduce((sum, id) => sum + v.amounts[id], 0);

/** The same inputs (what a model sheet would show), whatever the name, note and date. */
export function sameInputs(a: Version, b: Version): boolean {
  return (
    CATEGORY_IDS.every((id) => a.amounts[id] === b.amounts[id]) &&
    a.ftt.tokens === b.ftt.tokens &&
    a.ftt.priceBefore === b.ftt.priceBefore &&
    a.ftt.priceAfter === b.ftt.priceAfter
  );
}
