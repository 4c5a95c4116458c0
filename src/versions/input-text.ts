// An input cell of the model sheet holding text: ONE rule for save, apply, the portable copy and
// the export. Excel's validation refuses text typed into an input, but a paste gets past it.
// FTX.TOTAL reads a text amount ("$2B", "20億") as US dollars; every reader here takes that
// amount and shows it in the sheet's unit (20億 on the 億ドル sheet is 20), and says so. Text
// that is not an amount, and TRUE/FALSE, FTX.TOTAL refuses and a native SUM would skip.
// An error value (#VALUE!, #N/A) is no amount either: a save or an apply names the cell and stops.

import { parseAmount, type Locale } from "../model";
import { UNIT_WORDS, toSheetUnit } from "../template/unit";
import { say, type Message } from "./message";

export type InputReading =
  | { kind: "number" }
  /** A text amount: `dollars` as FTX.TOTAL reads it, `value` that amount in the sheet's unit. */
  | { kind: "amount"; text: string; dollars: number; value: number }
  /** Text (or TRUE/FALSE) that is not an amount. */
  | { kind: "notAmount"; text: string };

/** What an input showing `value` holds. `unit` is the sheet's (1, or 1e8 for 億ドル); pass 1 for
 * a plain number such as an FTT driver; undefined when the sheet's unit is not one this release
 * knows, so no text can be read. */
export function readInput(value: unknown, unit: number | undefined): InputReading {
  if (typeof value === "boolean") return { kind: "notAmount", text: String(value).toUpperCase() };
  if (typeof value !== "string" || value.trim() === "") return { kind: "number" };
  const parsed = parseAmount(value);
  if (!parsed.ok || unit === undefined) return { kind: "notAmount", text: value };
  return { kind: "amount", text: value, dollars: parsed.value, value: toSheetUnit(parsed.value, unit) };
}

/** "D8: read the text "20億" as 20 億ドル." — what every reader says when it reads a text amount.
 * `unit` undefined for a plain number (an FTT driver), which has no unit words. */
export function textAmountNotice(address: string, text: string, value: number, unit: number | undefined): Message {
  const words = (locale: Locale) => (unit === undefined ? "" : ` ${UNIT_WORDS[unit]?.[locale] ?? ""}`.trimEnd());
  return say(
    `${address}: read the text "${text}" as ${value}${words("en")}.`,
    `${address}:文字列「${text}」を ${value}${words("ja")} として読みました。`,
  );
}

// Excel's error values, as Range.values hands them back (a string such as "#N/A").
const ERROR_VALUE = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!|TIMEOUT!|EXTERNAL!)$/;

/** The error an input shows ("#VALUE!", "#N/A"), or undefined: no error value is an amount. */
export const shownError = (value: unknown): string | undefined =>
  typeof value === "string" && ERROR_VALUE.test(value) ? value : undefined;
