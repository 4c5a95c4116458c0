// The simulation part of `npm run bench` (scripts/bench.js calls it with the compiled model and
// functions): 100,000 iterations of the article's 8 lines at their default ranges.
//   1. FTX.SIMULATE end to end (read the ranges, draw, statistics): target ≤ 30 ms.
//   2. The draws (simulateTotals) against a bare loop making the same draws with the same
//      library calls and no checks, both timed in the same run, alternating: target ≤ 1.5×.
const { uniformFloat64 } = require("pure-rand/distribution/uniformFloat64");
const { xoroshiro128plus } = require("pure-rand/generator/xoroshiro128plus");

const ITERATIONS = 100_000;
const RUNS = 25;
const MS_TARGET = 30;
const RATIO_TARGET = 1.5;

/** The same draws as simulateTotals, written as plainly as possible. */
function bareLoop(lines, iterations, seed) {
  const low = lines.map((t) => t.low);
  const high = lines.map((t) => t.high);
  const width = lines.map((t) => t.high - t.low);
  const split = lines.map((t) => (t.base - t.low) / (t.high - t.low));
  const rng = xoroshiro128plus(seed);
  rng.jump();
  const totals = new Float64Array(iterations);
  for (let i = 0; i < iterations; i++) {
    let total = 0;
    for (let j = 0; j < lines.length; j++) {
      const u = uniformFloat64(rng);
      const f = split[j];
      total += u < f ? low[j] + width[j] * Math.sqrt(u * f) : high[j] - width[j] * Math.sqrt((1 - u) * (1 - f));
    }
    totals[i] = total;
  }
  return totals;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median ms of each function over RUNS rounds, the functions taking turns within a round. */
function race(fns) {
  for (const fn of fns) for (let i = 0; i < 3; i++) fn();
  const times = fns.map(() => []);
  for (let r = 0; r < RUNS; r++) {
    fns.forEach((fn, k) => {
      const start = process.hrtime.bigint();
      fn();
      times[k].push(Number(process.hrtime.bigint() - start) / 1e6);
    });
  }
  return times.map(median);
}

/** Prints the figures; returns whether both targets were met. */
function benchSimulation(model, ftx) {
  const lines = model.CATEGORY_RANGES.map((r) => ({
    low: r.low.amount,
    base: model.CATEGORIES.find((c) => c.id === r.id).amount,
    high: r.high.amount,
  }));
  const column = (k) => lines.map((t) => [t[k]]);
  const [lows, bases, highs] = [column("low"), column("base"), column("high")];

  const ours = model.simulateTotals(lines, ITERATIONS, 1);
  const bare = bareLoop(lines, ITERATIONS, 1);
  let differ = 0;
  for (let i = 0; i < ITERATIONS; i++) if (ours[i] !== bare[i]) differ++;

  const [simulate, draws, loop] = race([
    () => ftx.simulate(lows, bases, highs, ITERATIONS, 1),
    () => model.simulateTotals(lines, ITERATIONS, 1),
    () => bareLoop(lines, ITERATIONS, 1),
  ]);
  const ratio = draws / loop;
  const stats = Object.fromEntries(ftx.simulate(lows, bases, highs, ITERATIONS, 1));
  const b = (x) => `$${(x / 1e9).toFixed(2)}B`;

  console.log(`Monte Carlo of the total: ${ITERATIONS.toLocaleString("en-US")} iterations × ${lines.length} lines (default ranges; median of ${RUNS} alternating runs)`);
  console.log(`  FTX.SIMULATE   ${simulate.toFixed(2).padStart(9)} ms   read, draw, statistics (target ≤ ${MS_TARGET} ms: ${simulate <= MS_TARGET ? "met" : "EXCEEDED"})`);
  console.log(`  draws          ${draws.toFixed(2).padStart(9)} ms   simulateTotals`);
  console.log(`  bare loop      ${loop.toFixed(2).padStart(9)} ms   the same draws, no checks`);
  console.log(`  ratio          ${ratio.toFixed(2).padStart(9)} ×   draws / bare loop (target ≤ ${RATIO_TARGET}×: ${ratio <= RATIO_TARGET ? "met" : "EXCEEDED"})`);
  console.log(`  same draws     ${differ} of ${ITERATIONS.toLocaleString("en-US")} totals differ between the two`);
  console.log(`  result         mean ${b(stats.mean)}, P5 ${b(stats.p5)}, P50 ${b(stats.p50)}, P95 ${b(stats.p95)}\n`);
  return { ok: simulate <= MS_TARGET && ratio <= RATIO_TARGET, summary: `FTX.SIMULATE ${simulate.toFixed(2)} ms, draws ${ratio.toFixed(2)}× the bare loop` };
}

module.exports = { benchSimulation };
