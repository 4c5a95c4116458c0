// FTX formulas as an .xlsx file holds them. Excel saves a JavaScript custom function with the
// "_xldudf_" prefix and the namespace's dot as an underscore (FTX.LOSS( → _xldudf_FTX_LOSS(), and
// maps it back to the add-in's function once the add-in has loaded; a plain "FTX.LOSS(" in a file
// is not recognised until the formula is typed again (OfficeDev/Excel-Custom-Functions#108).
// Text inside "quotes" is never touched.

import { outsideStrings } from "../sheet/formula-text";

// The look-behind keeps "MYFTX.X(" and names such as "FTX_Inputs" from matching.
const FTX_CALL = /(?<![A-Za-z0-9_.])FTX\.([A-Za-z][A-Za-z0-9]*)(\s*\()/gi;
const FILE_CALL = /(?<![A-Za-z0-9_.])_xldudf_FTX_([A-Za-z][A-Za-z0-9]*)(\s*\()/gi;

/** "=FTX.LOSS($A7)/10^8" → "=_xldudf_FTX_LOSS($A7)/10^8": as Excel writes it to a file. */
export function toFileFormula(formula: string): string {
  return outsideStrings(formula, (part) =>
    part.replace(FTX_CALL, (_, name: string, paren: string) => `_xldudf_FTX_${name.toUpperCase()}${paren}`),
  );
}

/** "_xldudf_FTX_TOTAL(D7:D14)" → "FTX.TOTAL(D7:D14)": the formula a user sees with the add-in. */
export function fromFileFormula(formula: string): string {
  return outsideStrings(formula, (part) =>
    part.replace(FILE_CALL, (_, name: string, paren: string) => `FTX.${name.toUpperCase()}${paren}`),
  );
}
