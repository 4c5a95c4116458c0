// The built dist/functions.js (`npm run build`), run as Excel's custom-functions runtime runs it:
// the bundle registers each function with CustomFunctions.associate, and Excel then calls the
// registered function. The simulation functions must give their closed forms and their errors
// from that bundle, not only from the TypeScript source.
import { readFileSync } from "fs";
import { join } from "path";
import { runInNewContext } from "vm";
import * as FTX from "../../functions/functions";

type Fn = (...args: unknown[]) => unknown;

class CellError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

const registered = new Map<string, Fn>();
beforeAll(() => {
  const bundle = readFileSync(join(__dirname, "..", "..", "dist", "functions.js"), "utf8");
  const sandbox = {
    CustomFunctions: {
      Error: CellError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!", divisionByZero: "#DIV/0!" },
      associate: (id: string, fn: Fn) => registered.set(id, fn),
    },
    Math,
    Float64Array,
  };
  runInNewContext(bundle, { ...sandbox, self: sandbox, window: sandbox });
});

function call(id: string, ...args: unknown[]): unknown {
  const fn = registered.get(id);
  if (!fn) throw new Error(`${id} is not registered`);
  try {
    return fn(...args);
  } catch (e) {
    if (e instanceof CellError) return { error: e.code, message: e.message };
    throw e;
  }
}

const N = 200_000; // five standard errors of a median on 200,000 draws: about 0.0018 here

test("the bundle registers the three functions", () => {
  expect(["PERCENTILE", "PROBABILITY", "SIMULATE"].filter((id) => registered.has(id))).toHaveLength(3);
});

test("closed forms: the medians of triangular(0,0,1) and (0,1,1), and the mean of a sum", () => {
  expect(Math.abs((call("PERCENTILE", 0.5, [[0]], [[0]], [[1]], N) as number) - (1 - Math.SQRT1_2))).toBeLessThan(0.0018);
  expect(Math.abs((call("PERCENTILE", 0.5, [[0]], [[1]], [[1]], N) as number) - Math.SQRT1_2)).toBeLessThan(0.0018);
  const rows = call("SIMULATE", [[0], [1e9]], [[1], [2e9]], [[3], [4e9]], N) as [string, number][];
  const stats = Object.fromEntries(rows);
  // Σ (low + base + high)/3 = 4/3 + 7e9/3; five standard errors of the mean.
  expect(Math.abs(stats.mean - (4 + 7e9) / 3)).toBeLessThan((5 * stats.sd) / Math.sqrt(N));
  expect(Math.abs((call("PROBABILITY", 0.5, [[0]], [[0]], [[1]], N) as number) - 0.25)).toBeLessThan(5 * Math.sqrt(0.1875 / N));
});

test("degenerate ranges give the exact total, with text amounts read", () => {
  const amounts = [["15億"], ["$2B"], [0.5e9]];
  expect(call("PERCENTILE", 0.95, amounts, amounts, amounts)).toBe(4e9);
});

test("the same inputs and seed give the source's result, to the last bit", () => {
  const args: [number[][], number[][], number[][], number, number] = [[[1], [2]], [[2], [3]], [[5], [4]], 5000, 9];
  expect(call("SIMULATE", ...args)).toEqual(FTX.simulate(...args));
  expect(call("PERCENTILE", 0.3, ...args)).toBe(FTX.percentile(0.3, ...args));
});

test.each<[string, unknown[], string, RegExp]>([
  ["PERCENTILE", [0.5, [[2]], [[1]], [[3]]], "#VALUE!", /^Row 1: the low \(2\) is above the estimate \(1\)/],
  ["PERCENTILE", [0.5, [[1]], [[4]], [[3]]], "#VALUE!", /^Row 1: the estimate \(4\) is above the high \(3\)/],
  ["SIMULATE", [[[1], [2]], [[1]], [[1]]], "#VALUE!", /same shape/],
  ["PROBABILITY", ["lots", [[1]], [[1]], [[1]]], "#VALUE!", /"lots" is not an amount/],
  ["PERCENTILE", [1.5, [[1]], [[1]], [[1]]], "#NUM!", /^p must be from 0 to 1/],
  ["SIMULATE", [[[1]], [[1]], [[1]], 0], "#NUM!", /^iterations must be a whole number/],
  ["SIMULATE", [[[1]], [[1]], [[1]], 10, -1], "#NUM!", /^seed must be a whole number/],
])("%s error %#", (id, args, code, message) => {
  expect(call(id, ...args)).toEqual({ error: code, message: expect.stringMatching(message) });
});
