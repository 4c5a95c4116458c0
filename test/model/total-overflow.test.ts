// FTX.TOTAL as Excel calls it: the exact total correctly rounded to a double in any order, #NUM!
// beyond the double range, and text amounts at scale read once per distinct text.
import fc from "fast-check";
import * as FTX from "../../functions/functions";
import { cell, inJapaneseExcel } from "../support/cell";

/** FTX.TOTAL(a, b, c, ...) with one value per argument, as Excel passes them. */
const totalOf = (values: unknown[]) =>
  cell(() => FTX.total([[values[0]]], values.slice(1).map((v) => [[v]])));

/** Every order of the values. */
function orders<T>(values: T[]): T[][] {
  if (values.length <= 1) return [values];
  return values.flatMap((v, i) => orders([...values.slice(0, i), ...values.slice(i + 1)]).map((rest) => [v, ...rest]));
}

describe("FTX.TOTAL is the exact total whenever that is a finite double", () => {
  test.each(orders([1e308, 1e308, -1e308]))("TOTAL(%p, %p, %p) = 1e308", (...values) => {
    expect(totalOf(values)).toBe(1e308);
  });

  test("as text too: 1e308 twice less 1e308", () => {
    expect(totalOf(["1e308", 1e308, "-1e308"])).toBe(1e308);
  });

  test("beyond the double range: #NUM! saying why, in English and Japanese", () => {
    expect(totalOf([1e308, 1e308])).toEqual({
      error: "#NUM!",
      message: "The total is beyond the largest amount a number can hold (1.8e308).",
    });
    expect(totalOf([-1.7e308, -1.7e308, 1e300])).toEqual({ error: "#NUM!", message: expect.stringContaining("-1.8e308") });
    expect(inJapaneseExcel(() => totalOf([1e308, 1e308]))).toEqual({ error: "#NUM!", message: expect.stringMatching(/^合計が数値で表せる範囲/) });
  });

  test("where a compensated sum alone rounds wrongly (1 + 2^-53 + 2^-100 is nearer 1 + 2^-52)", () => {
    for (const values of orders([1e100, 1, 2 ** -53, 2 ** -100, -1e100])) {
      expect(totalOf(values)).toBe(1 + 2 ** -52);
    }
  });

  test("cancellation to zero is 0, never -0", () => {
    expect(Object.is(totalOf([1.5e9, "-$1.5B"]), 0)).toBe(true);
    expect(Object.is(totalOf([-0, -0]), 0)).toBe(true);
  });

  // Integer-valued doubles k × 2^e: BigInt adds them exactly, and Number(bigint) rounds that
  // once to the nearest double (or Infinity), an independent reference.
  const bigInteger = fc
    .tuple(fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }), fc.integer({ min: 0, max: 971 }))
    .map(([k, e]) => k * 2 ** e);
  test("any integer-valued doubles, in any order: the correctly rounded exact total or #NUM!", () => {
    fc.assert(
      fc.property(fc.array(bigInteger, { minLength: 1, maxLength: 12 }), (values) => {
        const exact = Number(values.reduce((s, x) => s + BigInt(x), 0n));
        const expected = Number.isFinite(exact) ? (exact === 0 ? 0 : exact) : { error: "#NUM!", message: expect.any(String) };
        expect(cell(() => FTX.total(values.map((v) => [v])))).toEqual(expected);
        expect(cell(() => FTX.total([...values].reverse().map((v) => [v])))).toEqual(expected);
      }),
      { numRuns: 5_000 },
    );
  });
});

describe("text amounts at scale", () => {
  test('2000×2000 cells of "$1.5B" add up to exactly 6e15', () => {
    const row = new Array<string>(2000).fill("$1.5B");
    expect(FTX.total(new Array<string[]>(2000).fill(row))).toBe(6e15);
  });

  test("distinct texts beyond the per-call memory are still read, each exactly", () => {
    // 20,000 distinct texts of whole dollars: the exact total is known in closed form.
    const rows = Array.from({ length: 20_000 }, (_, i) => [`$${i + 1}`]);
    expect(FTX.total(rows)).toBe((20_000 * 20_001) / 2);
  });

  test("a bad text among many repeated good ones is still named with its place", () => {
    const rows = Array.from({ length: 1000 }, () => Array.from({ length: 10 }, () => "15億"));
    rows[700][3] = "15億円";
    expect(cell(() => FTX.total(rows))).toEqual({
      error: "#VALUE!",
      message: expect.stringContaining('"15億円" (row 701, column 4) is not an amount'),
    });
  });
});
