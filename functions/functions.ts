// The FTX custom functions: every formula a user can type, and nothing else. The JSDoc is the
// public contract: the build turns it into functions.json. Each function is a thin wrapper over
// src/model; model errors become #VALUE!, #N/A or #NUM! with a message, never an exception of
// another kind, NaN or Infinity. All are synchronous, so no cell is ever left #BUSY!.

import {
  categoryRows,
  evidenceTable,
  fttLoss,
  formatAmount,
  localeFromOffice,
  lossFor,
  parseAmount,
  parseLocale,
  sourceFor,
  sumAmounts,
  totalPercentile,
  totalProbability,
  totalSummary,
  type Result,
} from "../src/model";

/** Excel in Japanese shows the error messages in Japanese (the functions run in the shared
 * runtime, where Office knows the display language); anywhere else they are English. */
function inJapanese(): boolean {
  return typeof Office !== "undefined" && localeFromOffice(Office.context?.displayLanguage) === "ja";
}

/** Throws the cell error a failed Result stands for; an error value from the input as itself. */
function cellValue<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  const e = result.error;
  if (e.kind === "passthrough") throw e.original;
  const code =
    e.kind === "notAvailable"
      ? CustomFunctions.ErrorCode.notAvailable
      : e.kind === "number"
        ? CustomFunctions.ErrorCode.invalidNumber
        : CustomFunctions.ErrorCode.invalidValue;
  throw new CustomFunctions.Error(code, inJapanese() && e.ja ? e.ja : e.message);
}

/**
 * The article's loss estimate for a category, in US dollars.
 * @customfunction LOSS
 * @param category A category id such as "luna", "venture" or "total", an alias such as "terra", or the article's Japanese label.
 * @returns The article's figure in US dollars, e.g. 1000000000 for "luna".
 */
export function loss(category: string): number {
  return cellValue(lossFor(category));
}

/**
 * Adds loss amounts: numbers and text amounts such as "$1.5B" or "15億"; blank cells are ignored.
 * @customfunction TOTAL
 * @param values A cell, range or amount to add. Text that is not an amount is an error.
 * @param [more_values] More cells, ranges or amounts to add.
 * @returns The compensated sum in US dollars.
 */
// Excel passes a repeating parameter as ONE array holding each argument's range (not spread),
// and appends its invocation object after the declared parameters.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Excel hands ranges of mixed cells
export function total(values: any[][], more_values?: any[][][]): number {
  const ranges = Array.isArray(more_values) ? [values, ...more_values] : [values];
  return cellValue(sumAmounts(ranges));
}

/**
 * Reads an amount written as text ("15億", "155億ドル", "$1.5B", "2 billion", "▲15億") as US dollars.
 * @customfunction AMOUNT
 * @param text The amount as text, or a number.
 * @returns The amount in US dollars.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a number or text
export function amount(text: any): number {
  return cellValue(parseAmount(text));
}

/**
 * Writes an amount in US dollars as short text: "$15.5B" in English, "155億ドル" in Japanese.
 * @customfunction FORMAT
 * @param amount An amount in US dollars, or text FTX.AMOUNT reads.
 * @param [style] "en" (default) for "$15.5B" or "ja" for "155億ドル".
 * @returns The amount as text.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a number or text
export function format(amount: any, style?: string): string {
  const locale = cellValue(parseLocale(style));
  return formatAmount(cellValue(parseAmount(amount)), locale);
}

/**
 * Lists the article's eight loss categories: id, label and the article's figure in US dollars.
 * @customfunction CATEGORIES
 * @param [language] "en" (default) or "ja" for the article's Japanese labels.
 * @returns Eight rows of id, label and amount.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- mixed text and numbers
export function categories(language?: string): any[][] {
  return categoryRows(cellValue(parseLocale(language)));
}

/**
 * The article's reasoning for a category, in a sentence or two.
 * @customfunction SOURCE
 * @param category A category id such as "luna", an alias, a Japanese label, or "total".
 * @param [language] "en" (default) or "ja" for the article's own Japanese text.
 * @returns The article's reasoning.
 */
export function source(category: string, language?: string): string {
  const locale = cellValue(parseLocale(language));
  return cellValue(sourceFor(category, locale));
}

/**
 * The loss on FTT held through a price drop: tokens × (price before − price after).
 * @customfunction FTTLOSS
 * @param tokens FTT tokens held (the article's line implies about 227.27 million).
 * @param price_before Price per token before the drop in US dollars (the article: 22).
 * @param price_after Price per token after the drop in US dollars (the article: 4.4).
 * @returns The loss in US dollars, rounded to the cent.
 */
export function fttloss(tokens: number, price_before: number, price_after: number): number {
  return cellValue(fttLoss(tokens, price_before, price_after));
}

/**
 * The public record since the article for a line: one row per later figure, with its kind and source.
 * @customfunction EVIDENCE
 * @param category A category id such as "venture" (or an alias or Japanese label), "headline" (or "total") for the totals, or "other" for uses of money the article has no line for.
 * @param [language] "en" (default) or "ja" for the notes in Japanese.
 * @returns Rows of value in US dollars (blank when the source gives none), kind, date, outlet, title, url and note.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- mixed text and numbers
export function evidence(category: string, language?: string): any[][] {
  const locale = cellValue(parseLocale(language));
  return cellValue(evidenceTable(category, locale));
}

/**
 * A percentile of the total when each line is uncertain, in the cells' unit: every row is drawn, independently, from a triangular distribution between its low and high, peaking at its estimate; the result is Excel's PERCENTILE.INC over the simulated totals. The same inputs and seed always give the same result.
 * @customfunction PERCENTILE
 * @param p The percentile, from 0 to 1: 0.05 for P5, 0.5 for the median, 0.95 for P95.
 * @param lows Each line's low: numbers, or text amounts read as US dollars ("$1.5B", "15億"). Rows blank in all three ranges are skipped.
 * @param bases Each line's estimate, a range the shape of lows.
 * @param highs Each line's high, a range the shape of lows. Each line needs low ≤ estimate ≤ high.
 * @param [iterations] How many totals to simulate, from 1 to 1,000,000 (default 10,000).
 * @param [seed] A whole number from 0 to 4,294,967,295 choosing the random draws (default 1).
 * @returns The p-th percentile of the simulated total, in the unit of the lows, bases and highs cells.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Excel hands ranges of mixed cells
export function percentile(p: number, lows: any[][], bases: any[][], highs: any[][], iterations?: number, seed?: number): number {
  return cellValue(totalPercentile(p, lows, bases, highs, iterations, seed));
}

/**
 * The probability that the total is at least a threshold when each line is uncertain (triangular draws between each line's low and high, peaking at its estimate): the share of simulated totals at or above it.
 * @customfunction PROBABILITY
 * @param threshold The total to reach: a number in the cells' unit, or text read as US dollars ("$15B", "150億").
 * @param lows Each line's low: numbers, or text amounts read as US dollars. Rows blank in all three ranges are skipped.
 * @param bases Each line's estimate, a range the shape of lows.
 * @param highs Each line's high, a range the shape of lows. Each line needs low ≤ estimate ≤ high.
 * @param [iterations] How many totals to simulate, from 1 to 1,000,000 (default 10,000).
 * @param [seed] A whole number from 0 to 4,294,967,295 choosing the random draws (default 1).
 * @returns A share from 0 to 1.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an amount, and ranges of mixed cells
export function probability(threshold: any, lows: any[][], bases: any[][], highs: any[][], iterations?: number, seed?: number): number {
  return cellValue(totalProbability(threshold, lows, bases, highs, iterations, seed));
}

/**
 * Simulates the total when each line is uncertain (triangular draws between each line's low and high, peaking at its estimate) and spills its statistics in the cells' unit: mean, sd (of the simulated totals, as STDEV.P), p5, p10, p50, p90, p95, min and max.
 * @customfunction SIMULATE
 * @param lows Each line's low: numbers, or text amounts read as US dollars. Rows blank in all three ranges are skipped.
 * @param bases Each line's estimate, a range the shape of lows.
 * @param highs Each line's high, a range the shape of lows. Each line needs low ≤ estimate ≤ high.
 * @param [iterations] How many totals to simulate, from 1 to 1,000,000 (default 10,000).
 * @param [seed] A whole number from 0 to 4,294,967,295 choosing the random draws (default 1).
 * @returns Nine rows of statistic id and value, in the unit of the lows, bases and highs cells.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- ids and numbers; ranges of mixed cells
export function simulate(lows: any[][], bases: any[][], highs: any[][], iterations?: number, seed?: number): any[][] {
  return cellValue(totalSummary(lows, bases, highs, iterations, seed));
}
