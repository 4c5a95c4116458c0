import { parseAmount } from "./amount";
import { ExactSum } from "./exact-sum";
import { describeValue, describeJa } from "./locale";
import { fail, ok, passthrough, type Result } from "./result";

/** A range as Excel hands it to a custom function: rows of cell values. */
export type Grid = readonly (readonly unknown[])[];

/** An empty cell: nothing, or text of only spaces. */
export const isBlank = (x: unknown): boolean =>
  x === null || x === undefined || (typeof x === "string" && x.trim() === "");

const U = 2 ** -53; // unit roundoff of a double
// A module binding, not a global lookup per cell: in a sandboxed global (jest's vm context, a
// sandboxed runtime) each `Math` lookup in the hot loop is a slow property access.
const abs = Math.abs;
/** Distinct texts remembered per call: a sheet of "$1.5B" is parsed once, a sheet of distinct
 * texts costs at most this many entries. */
const TEXT_CACHE_LIMIT = 10_000;

/**
 * Sums any number of ranges: numbers, and text amounts in any form parseAmount reads; blank
 * cells are skipped. Text that is not an amount fails, naming the text and where it stood, so a
 * typo cannot silently vanish from a loss total. An error value in the input is passed on.
 *
 * The answer is the exact total correctly rounded to a double, in any order, or #NUM! when that
 * is beyond the double range. The fast path is Neumaier's compensated sum (the rounding error of
 * every addition is carried in `c`; the branch costs less than Knuth's branch-free TwoSum, as in
 * a running total |s| ≥ |x| nearly always). Its only error is the rounding of `c` itself, bounded
 * by n²u²Σ|x|; when that bound cannot change the rounded result, the result is exact. Otherwise
 * (heavy cancellation, an intermediate overflow) exactSum adds the cells again without rounding.
 */
export function sumAmounts(args: readonly Grid[]): Result<number> {
  const texts = new Map<string, number>();
  let s = 0;
  let c = 0;
  let magnitude = 0; // Σ|x|
  let n = 0;
  for (let a = 0; a < args.length; a++) {
    const rows = args[a];
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      n += row.length;
      for (let k = 0; k < row.length; k++) {
        let x = row[k];
        if (typeof x !== "number") {
          // The slow path stays out of the loop body the common case runs.
          const read = readCell(x, texts, args.length, a, r, k, rows.length, row.length);
          if (typeof read !== "number") return read;
          x = read;
        }
        const v = x as number;
        const t = s + v;
        if (abs(s) >= abs(v)) c += s - t + v;
        else c += v - t + s;
        s = t;
        magnitude += abs(v);
      }
    }
  }
  const total = s + c;
  const roundingOfC = n * n * U * U * magnitude * 2;
  if (
    Number.isFinite(total) &&
    magnitude < Infinity &&
    magnitude > 1e-280 && // far from subnormals, where the bound's own arithmetic underflows
    Math.abs(twoSumError(s, c, total)) + roundingOfC < halfGap(total)
  ) {
    return ok(total === 0 ? 0 : total);
  }
  if (magnitude === 0) return ok(0);
  return exactTotal(args, texts);
}

/** The exact rounding error of a + b = sum (Knuth's TwoSum). */
function twoSumError(a: number, b: number, sum: number): number {
  const bVirtual = sum - a;
  return a - (sum - bVirtual) + (b - bVirtual);
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0; // the word with the exponent

/** Half the smaller gap between x and its neighbouring doubles: a total within this of the
 * exact sum is its correct rounding. 0 for subnormals (never certified there). */
function halfGap(x: number): number {
  F64[0] = Math.abs(x);
  const biased = U32[HIGH] >>> 20;
  const mantissaZero = (U32[HIGH] & 0xfffff) === 0 && U32[1 - HIGH] === 0;
  const exponent = biased - 1023 - 52 - 1 - (mantissaZero ? 1 : 0); // a power of two: gap below halves
  return biased <= 54 ? 0 : 2 ** exponent;
}

function exactTotal(args: readonly Grid[], texts: Map<string, number>): Result<number> {
  const sum = new ExactSum();
  let finite = true;
  for (const rows of args) {
    for (const row of rows) {
      for (const x of row) {
        // The first pass has refused every other kind of cell.
        if (typeof x === "number") finite = sum.add(x) && finite;
        else if (typeof x === "string") sum.add(texts.get(x) ?? textAmount(x));
      }
    }
  }
  if (!finite) {
    return fail("value", "An input is not a finite number.", "入力に有限でない数値があります。");
  }
  const total = sum.total();
  if (!Number.isFinite(total)) {
    return fail(
      "number",
      `The total is beyond the largest amount a number can hold (${total > 0 ? "" : "-"}1.8e308).`,
      `合計が数値で表せる範囲(${total > 0 ? "" : "-"}1.8e308)を超えます。`,
    );
  }
  return ok(total === 0 ? 0 : total);
}

/** A text the first pass read (0 when blank). */
function textAmount(x: string): number {
  const parsed = parseAmount(x);
  return parsed.ok ? parsed.value : 0;
}

/** A cell that is not a number, as an amount: blank is 0, an error value passes on, text is
 * parsed (each distinct text once per call, through `texts`); otherwise an error naming argument
 * a + 1 (when argCount > 1), row r + 1 and column k + 1 (when the range has more than one cell). */
export function readCell(
  x: unknown,
  texts: Map<string, number>,
  argCount: number,
  a: number,
  r: number,
  k: number,
  height: number,
  width: number,
): number | Result<number> {
  if (typeof x === "string") {
    const known = texts.get(x);
    if (known !== undefined) return known;
    const parsed = isBlank(x) ? ok(0) : parseAmount(x);
    if (parsed.ok) {
      if (texts.size < TEXT_CACHE_LIMIT) texts.set(x, parsed.value);
      return parsed.value;
    }
  } else if (isBlank(x)) return 0;
  else if (typeof x === "object") return passthrough(x); // an error value from a cell
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
    `${describeValue(x)}${where ? ` (${where})` : ""} is not an amount. Fix or clear that cell; ` +
      'amounts are numbers or text such as "$1.5B" or "15億".',
    `${describeJa(x)}${whereJa ? `(${whereJa})` : ""}は金額ではありません。そのセルを修正するか空にしてください。` +
      '金額は数値、または "$1.5B" や "15億" のような文字列です。',
  );
}
