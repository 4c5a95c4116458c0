import { parseAmount } from "./amount";
import { describe, describeJa } from "./locale";
import { fail, ok, passthrough, type Result } from "./result";

/** A range as Excel hands it to a custom function: rows of cell values. */
export type Grid = readonly (readonly unknown[])[];

/** An empty cell: nothing, or text of only spaces. */
export const isBlank = (x: unknown): boolean =>
  x === null || x === undefined || (typeof x === "string" && x.trim() === "");

/**
 * Sums any number of ranges: numbers, and text amounts in any form parseAmount reads; blank
 * cells are skipped. Text that is not an amount fails, naming the text and where it stood, so a
 * typo cannot silently vanish from a loss total. An error value in the input is passed on.
 *
 * The sum is compensated (Neumaier's improved Kahan sum): the rounding error of every addition
 * is carried in `c`, so a million amounts with cents add up to the cent. The branch costs less
 * than Knuth's branch-free TwoSum here (1.6× a plain loop against 2.1×, `npm run bench`):
 * in a running total |s| ≥ |x| nearly always, so it is well predicted.
 */
export function sumAmounts(args: readonly Grid[]): Result<number> {
  let s = 0;
  let c = 0;
  for (let a = 0; a < args.length; a++) {
    const rows = args[a];
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      for (let k = 0; k < row.length; k++) {
        let x = row[k];
        if (typeof x !== "number") {
          // The slow path stays out of the loop body the common case runs.
          const read = readCell(x, args.length, a, r, k, rows.length, row.length);
          if (typeof read !== "number") return read;
          x = read;
        }
        const v = x as number;
        const t = s + v;
        if (Math.abs(s) >= Math.abs(v)) c += s - t + v;
        else c += v - t + s;
        s = t;
      }
    }
  }
  const total = s + c;
  if (!Number.isFinite(total)) {
    return fail(
      "value",
      "The total is not a finite number (an input is too large or not a number).",
      "合計が有限の数値になりません(入力が大きすぎるか、数値ではありません)。",
    );
  }
  return ok(total === 0 ? 0 : total);
}

/** A cell that is not a number, as an amount: blank is 0, an error value passes on, text is
 * parsed; otherwise an error naming argument a + 1 (when argCount > 1), row r + 1 and column
 * k + 1 (when the range has more than one cell). */
export function readCell(
  x: unknown,
  argCount: number,
  a: number,
  r: number,
  k: number,
  height: number,
  width: number,
): number | Result<number> {
  if (isBlank(x)) return 0;
  if (typeof x === "object") return passthrough(x); // an error value from a cell
  if (typeof x === "string") {
    const parsed = parseAmount(x);
    if (parsed.ok) return parsed.value;
  }
  const where = [
    argCount > 1 ? `argument ${a + 1}` : "",
    height > 1 || width > 1 ? `row ${r + 1}, column ${k + 1}` : "",
  ]
    .filter(Boolean)
    .join(", ");
  const whereJa = [
    argCount > 1 ? `引数${a + 1}` : "",
    height > 1 || width > 1 ? `${r + 1}行目、${k + 1}列目` : "",
  ]
    .filter(Boolean)
    .join("、");
  return fail(
    "value",
    `${describe(x)}${where ? ` (${where})` : ""} is not an amount. Fix or clear that cell; ` +
      'amounts are numbers or text such as "$1.5B" or "15億".',
    `${describeJa(x)}${whereJa ? `(${whereJa})` : ""}は金額ではありません。そのセルを修正するか空にしてください。` +
      '金額は数値、または "$1.5B" や "15億" のような文字列です。',
  );
}
