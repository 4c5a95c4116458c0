// Formula text outside its "string literals": the one scanner every layer uses to find FTX
// calls, rewrite them for a file, or compare two spellings of a formula. Text inside quotes
// ("FTX.LOSS(1)" as a label) is never a call and is never changed.

/** Applies `change` to the parts of a formula outside "string literals" ("" escapes a quote). */
export function outsideStrings(formula: string, change: (part: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : change(part)))
    .join("");
}

// The look-behind keeps "MYFTX.X(" and names such as "FTX_Inputs" from matching.
const FTX_CALL = /(?<![A-Za-z0-9_.])FTX\.([A-Za-z][A-Za-z0-9_.]*)\s*\(/gi;

/** The FTX functions a formula calls, once each, in capitals: ["FTX.TOTAL", "FTX.LOSS"]. */
export function ftxCalls(formula: string): string[] {
  const names: string[] = [];
  outsideStrings(formula, (part) => {
    for (const [, name] of part.matchAll(FTX_CALL)) names.push(`FTX.${name.toUpperCase()}`);
    return part;
  });
  return [...new Set(names)];
}

/** Whether a formula calls an FTX.* function (text inside "quotes" does not count). */
export const usesFtx = (formula: unknown): formula is string =>
  typeof formula === "string" && ftxCalls(formula).length > 0;

/** Formula text as Excel may hand it back: spacing and case differ, "text" does not. */
export const normalizedFormula = (formula: string): string =>
  outsideStrings(formula, (part) => part.replace(/\s+/g, "").toUpperCase());
