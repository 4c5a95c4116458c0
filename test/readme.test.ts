// The README's function examples are a promise: every row of its function table whose result is
// a literal (`1000000000`, `$15.5B`) is evaluated by an independent engine with the FTX functions
// registered, and must give exactly that.
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { buildEngine } from "./support/hyperformula-ftx";
import type { SheetPlan } from "../src/sheet/plan";

const README = readFileSync(join(__dirname, "..", "README.md"), "utf8");
const EXAMPLE = /^\|[^|]*\| `(=FTX\.[^`]+)` \| `([^`]+)`/;
const examples = README.split("\n")
  .map((line) => EXAMPLE.exec(line))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => [m[1], m[2]] as const);

function evaluate(formula: string): unknown {
  const plan: SheetPlan = {
    sheetName: "README",
    cells: [{ address: "A1", formula }],
    styles: {} as SheetPlan["styles"],
    columns: [],
    merges: [],
    names: [],
    freeze: { rows: 0, columns: 0 },
    charts: [],
  };
  return buildEngine(plan).value("A1");
}

test("the README has literal examples for every function", () => {
  const names = new Set(examples.map(([formula]) => /^=FTX\.(\w+)/.exec(formula)?.[1]));
  expect([...names].sort()).toEqual(["AMOUNT", "FORMAT", "FTTLOSS", "LOSS", "TOTAL"]);
  expect(examples.length).toBeGreaterThanOrEqual(10);
});

test.each(examples)("%s → %s", (formula, shown) => {
  const expected = /^-?\d+(\.\d+)?$/.test(shown) ? Number(shown) : shown;
  expect(evaluate(formula)).toBe(expected);
});

test("every picture and file the README links to exists", () => {
  const targets = [...README.matchAll(/(?:\]\(|src=")([^)"#:]+)[)"]/g)].map((m) => m[1]);
  expect(targets).toEqual(expect.arrayContaining(["docs/model-sheet.png", "docs/taskpane.png", "CONTRIBUTING.md"]));
  const root = join(__dirname, "..");
  // ARCHITECTURE.md is written apart from this change; the rest must be here.
  const missing = targets.filter((t) => t !== "ARCHITECTURE.md" && !existsSync(join(root, t)));
  expect(missing).toEqual([]);
});
