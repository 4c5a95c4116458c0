// The Monte Carlo of the total: each line is an independent triangular(low, base, high) draw
// and the total is their sum. Pure numbers in, numbers out; reading cells is uncertainty.ts.
//
// Reproducible on every machine: the draws come from pure-rand's xoroshiro128+ and
// uniformFloat64 (integer operations and exact scaling), and the inverse CDF uses only + − × and
// sqrt, which IEEE 754 rounds exactly in every JavaScript engine (no Math.log/exp/pow).

import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { sumAmounts } from "./total";

// Read once: a global lookup per draw costs 30× the draw itself in jest's vm sandbox.
const { sqrt, min, max } = Math;

/** One line of the model as a range: low ≤ base ≤ high (base is the line's estimate). */
export interface Triangle {
  low: number;
  base: number;
  high: number;
}

/** The statistics FTX.SIMULATE spills, in its row order; pN is the N-th percentile. */
export const SUMMARY_STATISTICS = ["mean", "sd", "p5", "p10", "p50", "p90", "p95", "min", "max"] as const;
export type SummaryStatistic = (typeof SUMMARY_STATISTICS)[number];

/** The mean of triangular(a, c, b): (a + b + c) / 3. */
export const triangularMean = (t: Triangle): number => (t.low + t.base + t.high) / 3;

/** The variance of triangular(a, c, b): (a² + b² + c² − ab − ac − bc) / 18. */
export function triangularVariance(t: Triangle): number {
  const { low: a, base: c, high: b } = t;
  return (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
}

/**
 * `iterations` simulated totals, one Float64Array and no other allocation per iteration.
 * Lines whose low equals their high add a constant, summed once as FTX.TOTAL sums, so a model
 * of such lines gives that exact total every time. Draw order: iteration by iteration, the
 * other lines in their order, one uniform each. The lines' amounts and their sum must be finite.
 */
export function simulateTotals(lines: readonly Triangle[], iterations: number, seed: number): Float64Array {
  const fixed = sumAmounts([[lines.filter((t) => t.high === t.low).map((t) => t.low)]]);
  const constant = fixed.ok ? fixed.value : NaN;
  const random = lines.filter((t) => t.high > t.low);
  const m = random.length;
  const low = new Float64Array(m);
  const high = new Float64Array(m);
  const width = new Float64Array(m);
  // F(base): the probability of drawing below the mode, where the inverse CDF changes branch.
  const split = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    const t = random[j];
    low[j] = t.low;
    high[j] = t.high;
    width[j] = t.high - t.low;
    split[j] = (t.base - t.low) / width[j];
  }
  const rng = xoroshiro128plus(seed);
  // The first outputs of a freshly seeded xoroshiro128+ echo the seed (seeds 1 and 2 start
  // alike); the library's jump moves 2^64 steps on, where nearby seeds share nothing.
  rng.jump();
  const totals = new Float64Array(iterations);
  for (let i = 0; i < iterations; i++) {
    let total = constant;
    for (let j = 0; j < m; j++) {
      const u = uniformFloat64(rng);
      const f = split[j];
      // Inverse CDF: low + w·√(u·F) below the mode, high − w·√((1−u)(1−F)) above. Rounding can
      // put a draw one unit in the last place past its bound; no check for it in this loop.
      total += u < f ? low[j] + width[j] * sqrt(u * f) : high[j] - width[j] * sqrt((1 - u) * (1 - f));
    }
    totals[i] = total;
  }
  return totals;
}

/**
 * Excel's PERCENTILE.INC of the values at each p, ps ascending: rank (n − 1)·p, interpolated
 * linearly between the two values around it. Finds those values by selection, O(n) per p, and
 * rearranges `values` on the way (it does not sort them).
 */
export function percentilesInc(values: Float64Array, ps: readonly number[]): number[] {
  const n = values.length;
  let from = 0;
  return ps.map((p) => {
    const h = (n - 1) * p;
    const i = Math.floor(h);
    select(values, i, from, n - 1);
    from = i; // everything before i is ≤ values[i]: the next (higher) rank lies at or after it
    const below = values[i];
    if (i >= n - 1) return below;
    let above = values[i + 1];
    for (let k = i + 2; k < n; k++) if (values[k] < above) above = values[k];
    // Clamped so that rounding can never make a higher p give a lower value.
    return min(max(below + (h - i) * (above - below), below), above);
  });
}

export const percentileInc = (values: Float64Array, p: number): number => percentilesInc(values, [p])[0];

/** Hoare's selection: rearranges a[lo..hi] so that a[k] holds the value a sort would put there,
 * with nothing larger before it and nothing smaller after it. */
function select(a: Float64Array, k: number, lo: number, hi: number): void {
  while (lo < hi) {
    const x = a[lo];
    const y = a[(lo + hi) >>> 1];
    const z = a[hi];
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y; // median of 3
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i++] = a[j];
        a[j--] = t;
      }
    }
    // Now a[lo..j] ≤ pivot ≤ a[i..hi], and anything between i and j equals the pivot.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/** The share of totals at or above the threshold. */
export function shareAtLeast(totals: Float64Array, threshold: number): number {
  let count = 0;
  for (let i = 0; i < totals.length; i++) if (totals[i] >= threshold) count++;
  return count / totals.length;
}

/**
 * The mean, standard deviation, percentiles, min and max of the totals; rearranges `totals`.
 * The sd is the population standard deviation of the simulated totals (Excel's STDEV.P over
 * them): like the percentiles, a statistic of the sample itself.
 */
export function summarize(totals: Float64Array): Record<SummaryStatistic, number> {
  const n = totals.length;
  let sum = 0;
  let least = totals[0];
  let most = totals[0];
  for (let i = 0; i < n; i++) {
    const x = totals[i];
    sum += x;
    if (x < least) least = x;
    if (x > most) most = x;
  }
  const mean = min(max(sum / n, least), most);
  let squares = 0; // two passes: no cancellation between Σx² and n·mean²
  for (let i = 0; i < n; i++) {
    const d = totals[i] - mean;
    squares += d * d;
  }
  const [p5, p10, p50, p90, p95] = percentilesInc(totals, [0.05, 0.1, 0.5, 0.9, 0.95]);
  return { mean, sd: sqrt(squares / n), p5, p10, p50, p90, p95, min: least, max: most };
}

export interface Swing {
  /** The line's position in the input. */
  index: number;
  /** The total with this line at its low and every other line at its base. */
  totalAtLow: number;
  /** The same with this line at its high. */
  totalAtHigh: number;
  /** totalAtHigh − totalAtLow, which is the line's high − low. */
  swing: number;
}

/** The tornado: each line's swing of the total from its low to its high, the others at their
 * bases, largest first (ties keep the input order). `baseTotal` is the sum of the bases. */
export function tornado(lines: readonly Triangle[], baseTotal: number): Swing[] {
  return lines
    .map((t, index) => ({
      index,
      totalAtLow: baseTotal + (t.low - t.base),
      totalAtHigh: baseTotal + (t.high - t.base),
      swing: t.high - t.low,
    }))
    .sort((a, b) => b.swing - a.swing);
}
