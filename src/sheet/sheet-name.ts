// A sheet name Excel accepts and the workbook does not have yet: "FTX Losses", then
// "FTX Losses (2)", "FTX Losses (3)"... as Excel itself numbers copies of a sheet.

import { fitUnits } from "../model";

/** Excel's limit on a sheet name, in UTF-16 code units. */
export const SHEET_NAME_MAX = 31;

// Excel rejects these anywhere in a sheet name, and an apostrophe at either end; control
// characters (a pasted line break) cannot be typed into a sheet tab either.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[:\\/?*[\]\u0000-\u001f]/g;
// Excel reserves "History" for its change-tracking sheet, in any case.
const RESERVED = ["history"];

/** Excel compares sheet names without regard to case ("Sheet1" and "SHEET1" collide). */
const key = (name: string): string => name.normalize("NFC").toLocaleLowerCase("en-US");

/** base, made valid: forbidden characters become "_", no apostrophe at the ends, ≤ 31 units,
 * shortened in whole graphemes (never half an emoji, never a letter without its accent). */
export function validSheetName(base: string): string {
  let name = base.replace(FORBIDDEN, "_").trim();
  name = fitUnits(name, SHEET_NAME_MAX).replace(/^'+|'+$/g, "").trim();
  return name === "" ? "Sheet" : name;
}

/** base (made valid) if free, else base " (n)" with the smallest free n ≥ 2, shortened to fit. */
export function uniqueSheetName(base: string, existing: Iterable<string>): string {
  const taken = new Set(RESERVED);
  for (const name of existing) taken.add(key(name));
  const valid = validSheetName(base);
  if (!taken.has(key(valid))) return valid;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const stem = fitUnits(valid, SHEET_NAME_MAX - suffix.length).trimEnd();
    const candidate = `${stem}${suffix}`;
    if (!taken.has(key(candidate))) return candidate;
  }
}
