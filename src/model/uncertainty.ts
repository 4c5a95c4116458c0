// The three simulation functions as the model answers them: read the ranges and arguments a
// user typed, refuse what cannot be simulated with an error that says why, then run simulate.ts.
//   totalPercentile     FTX.PERCENTILE(p, lows, bases, highs, [iterations], [seed])
//   totalProbability    FTX.PROBABILITY(threshold, lows, bases, highs, [iterations], [seed])
//   totalSummary        FTX.SIMULATE(lows, bases, highs, [iterations], [seed])

import { parseAmount } from "./amount";
import { describeValue, describeJa } from "./locale";
import { fail, ok, type Result } from "./result";
import {
  percentileInc,
  shareAtLeast,
  simulateTotals,
  summarize,
  SUMMARY_STATISTICS,
  type SummaryStatistic,
  type Triangle,
} from "./simulate";
import { isBlank, readCell, type Grid } from "./total";

export const SIMULATION_LIMITS = {
  iterations: { default: 10_000, min: 1, max: 1_000_000 },
  /** pure-rand seeds with 32 bits: each whole number in this range is a different stream. */
  seed: { default: 1, min: 0, max: 2 ** 32 - 1 },
  /** iterations × lines whose low and high differ: about a second of work at most, so a cell
   * never holds Excel up for long. */
  draws: 100_000_000,
} as const;

const NAMES = ["low", "estimate", "high"] as const;
const NAMES_JA = { low: "下限", estimate: "見積もり", high: "上限" } as const;

/** A grid as Excel hands a matrix parameter; a lone value (a JavaScript caller) as one cell. */
const asGrid = (x: unknown): Grid => (Array.isArray(x) ? (x as Grid) : [[x]]);

function shapeOf(grid: Grid): [number, number] {
  return [grid.length, grid.reduce((w, row) => Math.max(w, row.length), 0)];
}

/** "Row 3", "Column 3" or "Row 3, column 2": where a line sits in ranges of this shape. */
function where(r: number, k: number, height: number, width: number): { en: string; ja: string } {
  if (width === 1) return { en: `Row ${r + 1}`, ja: `${r + 1}行目` };
  if (height === 1) return { en: `Column ${k + 1}`, ja: `${k + 1}列目` };
  return { en: `Row ${r + 1}, column ${k + 1}`, ja: `${r + 1}行目、${k + 1}列目` };
}

/**
 * Reads lows, bases and highs (ranges of one shape) into lines: a position blank in all three
 * is skipped; numbers and text amounts are read as FTX.TOTAL reads them. `first` is the
 * 0-based argument position of `lows`, for messages that name the argument.
 */
export function readLines(lows: unknown, bases: unknown, highs: unknown, first: number): Result<Triangle[]> {
  const grids = [asGrid(lows), asGrid(bases), asGrid(highs)];
  const shapes = grids.map(shapeOf);
  const [height, width] = shapes[0];
  if (shapes.some(([h, w]) => h !== height || w !== width)) {
    const list = shapes.map(([h, w]) => `${h}×${w}`);
    const listJa = shapes.map(([h, w]) => `${h}行×${w}列`);
    return fail(
      "value",
      `lows, bases and highs must be ranges of the same shape; they are ${list.join(", ")}.`,
      `lows、bases、highs は同じ形の範囲にしてください(いまは ${listJa.join("、")})。`,
    );
  }
  const lines: Triangle[] = [];
  const texts = new Map<string, number>();
  let scale = 0;
  for (let r = 0; r < height; r++) {
    for (let k = 0; k < width; k++) {
      const cells = grids.map((g) => g[r]?.[k]);
      const blank = cells.map(isBlank);
      if (blank.every(Boolean)) continue;
      const at = where(r, k, height, width);
      const values: number[] = [];
      for (let i = 0; i < 3; i++) {
        const x = cells[i];
        if (blank[i]) continue;
        const read = typeof x === "number" && Number.isFinite(x) ? x : readCell(x, texts, 6, first + i, r, k, height, width);
        if (typeof read === "number") values[i] = read;
        else if (read.ok) values[i] = read.value;
        else return read; // not an amount, or an error value passed on
      }
      const missing = blank.indexOf(true);
      if (missing >= 0) {
        const given = NAMES[blank.indexOf(false)];
        return fail(
          "value",
          `${at.en}: the ${given} is filled in but the ${NAMES[missing]} is blank. ` +
            "Fill in low, estimate and high, or clear all three.",
          `${at.ja}: ${NAMES_JA[given]}は入力されていますが、${NAMES_JA[NAMES[missing]]}が空白です。` +
            "下限・見積もり・上限をすべて入力するか、3つとも空にしてください。",
        );
      }
      const [low, base, high] = values;
      const order = low > base ? ([0, 1] as const) : base > high ? ([1, 2] as const) : undefined;
      if (order) {
        // Each cell as the user typed it (5, "15億"), never as dollars: the cells may hold 億ドル
        // (the Japanese model sheet), and nothing here knows the sheet's unit.
        const [a, b] = order;
        return fail(
          "value",
          `${at.en}: the ${NAMES[a]} (${describeValue(cells[a])}) is above the ${NAMES[b]} ` +
            `(${describeValue(cells[b])}). Each line needs low ≤ estimate ≤ high.`,
          `${at.ja}: ${NAMES_JA[NAMES[a]]}(${describeJa(cells[a])})が` +
            `${NAMES_JA[NAMES[b]]}(${describeJa(cells[b])})を上回っています。` +
            "各行は 下限 ≤ 見積もり ≤ 上限 にしてください。",
        );
      }
      scale += Math.abs(low) + Math.abs(high);
      lines.push({ low, base, high });
    }
  }
  if (!Number.isFinite(scale)) {
    return fail(
      "value",
      "The amounts are too large to add up (the total would not be a finite number).",
      "金額が大きすぎて合計できません(合計が有限の数値になりません)。",
    );
  }
  return ok(lines);
}

/** A whole number in [min, max], or the default when the argument is left out. */
function readWhole(
  name: string,
  x: unknown,
  limits: { default: number; min: number; max: number },
): Result<number> {
  if (x === undefined || x === null) return ok(limits.default);
  const range = `a whole number from ${limits.min.toLocaleString("en-US")} to ${limits.max.toLocaleString("en-US")}`;
  const rangeJa = `${limits.min.toLocaleString("en-US")} から ${limits.max.toLocaleString("en-US")} までの整数`;
  if (typeof x !== "number") {
    return fail("value", `${name} must be ${range}; got ${describeValue(x)}.`, `${name} は ${rangeJa}で指定してください(入力: ${describeJa(x)})。`);
  }
  if (!Number.isInteger(x) || x < limits.min || x > limits.max) {
    return fail("number", `${name} must be ${range}; got ${x}.`, `${name} は ${rangeJa}で指定してください(入力: ${x})。`);
  }
  return ok(x);
}

/** The arguments the three functions share: lows, bases, highs, [iterations], [seed]. */
export type SimulationArgs = [lows: unknown, bases: unknown, highs: unknown, iterations?: unknown, seed?: unknown];

/** Reads the ranges, iterations and seed, and simulates the totals. `first` is the 0-based
 * argument position of lows in the function the user typed. */
function simulate([lows, bases, highs, iterations, seed]: SimulationArgs, first: number): Result<Float64Array> {
  const read = readLines(lows, bases, highs, first);
  if (!read.ok) return read;
  const n = readWhole("iterations", iterations, SIMULATION_LIMITS.iterations);
  if (!n.ok) return n;
  const s = readWhole("seed", seed, SIMULATION_LIMITS.seed);
  if (!s.ok) return s;
  const varying = read.value.filter((t) => t.low < t.high).length;
  if (n.value * varying > SIMULATION_LIMITS.draws) {
    const most = Math.floor(SIMULATION_LIMITS.draws / varying);
    return fail(
      "number",
      `${n.value.toLocaleString("en-US")} iterations of ${varying} uncertain lines is more than ` +
        `${SIMULATION_LIMITS.draws.toLocaleString("en-US")} draws; use at most ${most.toLocaleString("en-US")} iterations.`,
      `不確かな ${varying} 行を ${n.value.toLocaleString("en-US")} 回試行すると ` +
        `${SIMULATION_LIMITS.draws.toLocaleString("en-US")} 回の抽選を超えます。` +
        `試行回数は ${most.toLocaleString("en-US")} 回以下にしてください。`,
    );
  }
  return ok(simulateTotals(read.value, n.value, s.value));
}

/** The p-quantile of the simulated total (Excel's PERCENTILE.INC on the sample). */
export function totalPercentile(p: unknown, ...args: SimulationArgs): Result<number> {
  if (typeof p !== "number" || !Number.isFinite(p)) {
    return fail("value", `p must be a number from 0 to 1; got ${describeValue(p)}.`, `p は 0 から 1 までの数値で指定してください(入力: ${describeJa(p)})。`);
  }
  if (p < 0 || p > 1) {
    return fail(
      "number",
      `p must be from 0 to 1 (0.05 for P5, 0.5 for the median); got ${p}.`,
      `p は 0 から 1 までの数値で指定してください(P5 は 0.05、中央値は 0.5)。入力: ${p}`,
    );
  }
  const totals = simulate(args, 1);
  return totals.ok ? ok(percentileInc(totals.value, p)) : totals;
}

/** The share of simulated totals at or above the threshold (an amount, text or number). */
export function totalProbability(threshold: unknown, ...args: SimulationArgs): Result<number> {
  const t = parseAmount(threshold);
  if (!t.ok) return t;
  const totals = simulate(args, 1);
  return totals.ok ? ok(shareAtLeast(totals.value, t.value)) : totals;
}

/** The statistics of the simulated total, one [id, value] row each, in SUMMARY_STATISTICS order. */
export function totalSummary(...args: SimulationArgs): Result<[SummaryStatistic, number][]> {
  const totals = simulate(args, 0);
  if (!totals.ok) return totals;
  const stats = summarize(totals.value);
  return ok(SUMMARY_STATISTICS.map((id) => [id, stats[id]]));
}
