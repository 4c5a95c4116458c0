// FTX.PERCENTILE, FTX.PROBABILITY and FTX.SIMULATE as a cell shows them: values, and every
// error with its code and message in English and in Japanese.
import * as FTX from "../functions/functions";
import { cell } from "./support/cell";

const column = (...xs: unknown[]) => xs.map((x) => [x]);
// The article's eight lines (B), with lows (A) and highs (C) in billions.
const A = column(0.35, 0.5, 0.01, 0, 0, 0.7243, 0, 1);
const B = column(1.5, 1, 1, 2, 2, 2, 4, 2);
const C = column(1.5, 1.5, 1, 2.5, 4.6, 2, 4.656, 3);

describe("values", () => {
  test("SIMULATE spills the statistics in order, with the mean near Σ (low + base + high)/3", () => {
    const rows = FTX.simulate(A, B, C) as [string, number][];
    expect(rows.map(([id]) => id)).toEqual(["mean", "sd", "p5", "p10", "p50", "p90", "p95", "min", "max"]);
    const stats = Object.fromEntries(rows);
    const mean = [...A, ...B, ...C].reduce((s, [x]) => s + (x as number), 0) / 3;
    // 10,000 iterations: the mean's standard error is sd/100; five of them.
    expect(Math.abs(stats.mean - mean)).toBeLessThan((5 * stats.sd) / 100);
    expect(stats.min).toBeLessThanOrEqual(stats.p5);
    expect(stats.p95).toBeLessThanOrEqual(stats.max);
    expect(stats.p50).toBe(FTX.percentile(0.5, A, B, C));
  });

  test("defaults: 10,000 iterations and seed 1, whether left out or blank", () => {
    const explicit = FTX.percentile(0.9, A, B, C, 10000, 1);
    expect(FTX.percentile(0.9, A, B, C)).toBe(explicit);
    expect((FTX.percentile as (...a: unknown[]) => number)(0.9, A, B, C, null, null)).toBe(explicit);
    expect(FTX.percentile(0.9, A, B, C, 10000, 2)).not.toBe(explicit);
    expect(FTX.percentile(0.9, A, B, C, 10001, 1)).not.toBe(explicit);
  });

  test("text amounts are read as FTX.TOTAL reads them; rows blank in all three ranges are skipped", () => {
    const lows = [["15億"], [null], ["$0.5B"]];
    const bases = [["$1.5B"], [""], ["5億"]];
    const highs = [[1.5e9], ["  "], ["500M"]];
    expect(FTX.percentile(0.5, lows, bases, highs)).toBe(2e9);
    expect(FTX.simulate(lows, bases, highs)[1]).toEqual(["sd", 0]);
  });

  test("ranges may run across a row", () => {
    const row = (c: unknown[][]) => [c.map(([x]) => x)];
    expect(FTX.percentile(0.3, row(A), row(B), row(C))).toBe(FTX.percentile(0.3, A, B, C));
  });

  test("PROBABILITY: triangular(0, 0, 1) reaches 0.5 with probability (1 − 0.5)² = 0.25", () => {
    const n = 200_000;
    const share = FTX.probability(0.5, [[0]], [[0]], [[1]], n);
    expect(Math.abs(share - 0.25)).toBeLessThan(5 * Math.sqrt((0.25 * 0.75) / n));
    expect(FTX.probability("$15B", A, B, C)).toBe(FTX.probability(15e9, A, B, C));
  });

  test("PROBABILITY is 1 at or below Σ low, 0 above Σ high", () => {
    expect(FTX.probability(2.58, A, B, C)).toBe(1);
    expect(FTX.probability(20.8, A, B, C)).toBe(0);
  });

  test("the ends of the allowed arguments", () => {
    expect(FTX.percentile(0, [[1]], [[2]], [[3]], 1, 0)).toBeGreaterThanOrEqual(1);
    expect(FTX.percentile(1, [[1]], [[2]], [[3]], 1_000_000, 2 ** 32 - 1)).toBeLessThanOrEqual(3);
    expect(FTX.percentile(0.5, [[null]], [[null]], [[null]])).toBe(0);
  });
});

const range = column(1, 2, 3);
const divError = new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);

/** Each error path: the call, its code, and a piece of its English and Japanese messages. */
const ERRORS: [string, () => unknown, string, RegExp, RegExp][] = [
  ["ranges of different shapes", () => FTX.simulate(column(1, 2), column(1, 2), column(1, 2, 3)), "#VALUE!",
    /same shape; they are 2×1, 2×1, 3×1/, /同じ形の範囲にしてください\(いまは 2行×1列、2行×1列、3行×1列\)/],
  // A row's numbers as its cells show them, in no unit: on the Japanese model sheet the cells
  // hold 億ドル (72.43 is $7.243B), and the function cannot know it.
  ["low above base, naming the row", () => FTX.percentile(0.5, column(1, 5), column(2, 4), column(3, 6)), "#VALUE!",
    /^Row 2: the low \(5\) is above the estimate \(4\)\. Each line needs low ≤ estimate ≤ high\.$/,
    /^2行目: 下限\(5\)が見積もり\(4\)を上回っています。各行は 下限 ≤ 見積もり ≤ 上限 にしてください。$/],
  ["base above high, naming the row", () => FTX.probability(1, range, column(1, 2, 4e9), range), "#VALUE!",
    /^Row 3: the estimate \(4000000000\) is above the high \(3\)\./, /^3行目: 見積もり\(4000000000\)が上限\(3\)を上回っています。/],
  ["a row in a 2-D range", () => FTX.simulate([[1, 2]], [[1, 1]], [[1, 2]]), "#VALUE!",
    /^Column 2: the low \(2\) is above the estimate \(1\)\./, /^2列目: 下限\(2\)が見積もり\(1\)を上回っています。/],
  ["億ドル cells on the Japanese sheet, as shown", () => FTX.simulate(column(5, 10), column(72.43, 7.5), column(80, 20)), "#VALUE!",
    /^Row 2: the low \(10\) is above the estimate \(7\.5\)\./, /^2行目: 下限\(10\)が見積もり\(7\.5\)を上回っています。/],
  ["a text amount as typed", () => FTX.percentile(0.5, column("20億"), column(4), column("$3B")), "#VALUE!",
    /^Row 1: the low \("20億"\) is above the estimate \(4\)\./, /^1行目: 下限\(「20億」\)が見積もり\(4\)を上回っています。/],
  ["the estimate above the high, both typed as text", () => FTX.simulate(column(0), column("1.5B"), column("10億")), "#VALUE!",
    /^Row 1: the estimate \("1\.5B"\) is above the high \("10億"\)\./, /^1行目: 見積もり\(「1\.5B」\)が上限\(「10億」\)を上回っています。/],
  ["a line partly blank", () => FTX.simulate(range, column(1, null, 3), range), "#VALUE!",
    /^Row 2: the low is filled in but the estimate is blank\. Fill in low, estimate and high, or clear all three\.$/,
    /^2行目: 下限は入力されていますが、見積もりが空白です。/],
  ["text that is not an amount, naming argument and row", () => FTX.percentile(0.5, range, column(1, "2 apples", 3), range), "#VALUE!",
    /^"2 apples" \(argument 3, row 2, column 1\) is not an amount\./, /^「2 apples」\(引数3、2行目、1列目\)は金額ではありません。/],
  ["an error value in a range comes out as itself", () => FTX.simulate(column(1, divError), range.slice(0, 2), range.slice(0, 2)), "#DIV/0!", /^$/, /^$/],
  ["amounts too large to add", () => FTX.simulate(column(1e308, 1e308), column(1e308, 1e308), column(1e308, 1e308)), "#VALUE!",
    /too large to add up/, /大きすぎて合計できません/],
  ["a threshold that is not an amount", () => FTX.probability("lots", range, range, range), "#VALUE!",
    /^"lots" is not an amount\./, /^「lots」は金額として読めません。/],
  ["a blank threshold", () => FTX.probability(null, range, range, range), "#VALUE!", /a blank is not an amount/, /空白は金額ではありません/],
  ["p that is not a number", () => FTX.percentile("half" as unknown as number, range, range, range), "#VALUE!",
    /^p must be a number from 0 to 1; got "half"\.$/, /^p は 0 から 1 までの数値で指定してください\(入力: 「half」\)。$/],
  ["p below 0", () => FTX.percentile(-0.01, range, range, range), "#NUM!", /^p must be from 0 to 1 .*got -0\.01\.$/, /^p は 0 から 1 までの数値/],
  ["p above 1", () => FTX.percentile(1.5, range, range, range), "#NUM!", /got 1\.5\.$/, /入力: 1\.5$/],
  ["iterations 0", () => FTX.simulate(range, range, range, 0), "#NUM!",
    /^iterations must be a whole number from 1 to 1,000,000; got 0\.$/, /^iterations は 1 から 1,000,000 までの整数で指定してください\(入力: 0\)。$/],
  ["iterations above 1,000,000", () => FTX.simulate(range, range, range, 1_000_001), "#NUM!", /got 1000001\./, /入力: 1000001/],
  ["iterations not whole", () => FTX.percentile(0.5, range, range, range, 2.5), "#NUM!", /got 2\.5\./, /入力: 2\.5/],
  ["iterations as text", () => FTX.probability(1, range, range, range, "many" as unknown as number), "#VALUE!",
    /^iterations must be .*; got "many"\.$/, /入力: 「many」/],
  ["a negative seed", () => FTX.simulate(range, range, range, 10, -1), "#NUM!",
    /^seed must be a whole number from 0 to 4,294,967,295; got -1\.$/, /^seed は 0 から 4,294,967,295 までの整数/],
  ["a seed beyond 32 bits", () => FTX.simulate(range, range, range, 10, 2 ** 32), "#NUM!", /got 4294967296\./, /入力: 4294967296/],
  ["more than 100 million draws", () => {
    const many = Array.from({ length: 101 }, (_, i) => [i]);
    const more = many.map(([x]) => [x + 1]);
    return FTX.simulate(many, many, more, 1_000_000);
  }, "#NUM!", /^1,000,000 iterations of 101 uncertain lines is more than 100,000,000 draws; use at most 990,099 iterations\.$/,
    /^不確かな 101 行を 1,000,000 回試行すると 100,000,000 回の抽選を超えます。試行回数は 990,099 回以下/],
];

describe.each([
  ["English", undefined, 3],
  ["Japanese", "ja-JP", 4],
] as const)("errors in %s Excel", (_language, displayLanguage, messageIndex) => {
  const office = globalThis as { Office?: unknown };
  beforeAll(() => {
    if (displayLanguage) office.Office = { context: { displayLanguage } };
  });
  afterAll(() => {
    delete office.Office;
  });

  test.each(ERRORS)("%s", (...row) => {
    const [, run, code] = row;
    const expected = row[messageIndex] as RegExp;
    expect(cell(run)).toEqual({ error: code, message: expect.stringMatching(expected) });
  });
});
