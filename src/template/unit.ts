// The model sheet's display unit: US dollars per number shown. The English sheet counts dollars
// (1), the Japanese sheet 億ドル (1e8), as the article's translation does. Versions, the
// comparison and FTX.* always hold dollars; these convert at the sheet's edge.

import type { Locale } from "../model";

export const DISPLAY_UNIT: Readonly<Record<Locale, number>> = { en: 1, ja: 1e8 };

/** The units a model sheet's unit cell may hold; any other number is a sheet this release cannot read. */
export const KNOWN_UNITS: readonly number[] = Object.values(DISPLAY_UNIT);

export const isKnownUnit = (x: unknown): x is number => typeof x === "number" && KNOWN_UNITS.includes(x);

/** The sheet's language from its unit: 1e8 is the Japanese sheet. */
export const localeOfUnit = (unit: number): Locale => (unit === DISPLAY_UNIT.ja ? "ja" : "en");

/** The unit as words after a number: "US dollars", "億ドル". */
export const UNIT_WORDS: Readonly<Record<number, Readonly<Record<Locale, string>>>> = {
  [DISPLAY_UNIT.en]: { en: "US dollars", ja: "ドル" },
  [DISPLAY_UNIT.ja]: { en: "億ドル", ja: "億ドル" },
};

/** Dollars as the sheet shows them. */
export const toSheetUnit = (dollars: number, unit: number): number => (unit === 1 ? dollars : dollars / unit);

/** A number shown in the sheet's unit, as dollars, rounded to the cent to undo float noise. */
export const toDollars = (shownAmount: number, unit: number): number =>
  unit === 1 ? shownAmount : Math.round(shownAmount * unit * 100) / 100;

/** "=FTX.LOSS($A7)" in dollars, "=FTX.LOSS($A7)/10^8" in 億ドル: a formula of dollars, shown in the unit. */
export const inUnitFormula = (expression: string, unit: number): string =>
  unit === 1 ? `=${expression}` : `=${expression}/10^${Math.log10(unit)}`;
