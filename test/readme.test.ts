// The README's function table is a promise: it shows every FTX function, and every example whose
// result is a literal (`1000000000`, `$15.5B`) is evaluated by an independent engine with the FTX
// functions registered, and must give exactly that.
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { FTX_FUNCTIONS } from "./support/ftx-functions";
import { buildEngine } from "./support/hyperformula-ftx";
import type { SheetPlan } from "../src/sheet/plan";

const README = readFileSync(join(__dirname, "..", "README.md"), "utf8");
// A row of the function table: | `FTX.LOSS(category)` | `=FTX.LOSS("luna")` | `1000000000` |
const EXAMPLE = /^\|[^|]*\| `(=FTX\.[^`]+)` \| (.*?) \|$/;
const rows = README.split("\n")
  .map((line) => EXAMPLE.exec(line))
  .filter((m): m is RegExpExecArray => m !== null);
/** The examples whose result is a literal (`1000000000`, `$15.5B`), not a description. */
const literal = rows
  .map((m) => [m[1], /^`([^`]+)`/.exec(m[2])?.[1]] as const)
  .filter((e): e is readonly [string, string] => e[1] !== undefined);

/** Every literal example evaluated in one engine: example i in cell A(i+1). */
function evaluateAll(formulas: string[]): unknown[] {
  const plan: SheetPlan = {
    sheetName: "README",
    cells: formulas.map((formula, i) => ({ address: `A${i + 1}`, formula })),
    styles: {} as SheetPlan["styles"],
    columns: [],
    merges: [],
    names: [],
    freeze: { rows: 0, columns: 0 },
    charts: [],
  };
  const engine = buildEngine(plan);
  return formulas.map((_f, i) => engine.value(`A${i + 1}`));
}

test("the README shows every FTX function of functions.json", () => {
  const shown = new Set(rows.map((m) => /^=FTX\.(\w+)/.exec(m[1])?.[1]));
  expect([...shown].sort()).toEqual(FTX_FUNCTIONS.map((f) => f.id).sort());
});

describe("each literal example gives exactly its result", () => {
  let values: unknown[];
  beforeAll(() => {
    values = evaluateAll(literal.map(([formula]) => formula));
  });
  test.each(literal.map(([formula, shown], i) => [formula, shown, i] as const))("%s → %s", (_formula, shown, i) => {
    const expected = /^-?\d+(\.\d+)?$/.test(shown) ? Number(shown) : shown;
    expect(values[i]).toBe(expected);
  });
});

test("every picture and file the README links to exists", () => {
  const targets = [...README.matchAll(/(?:\]\(|src=")([^)"#:]+)[)"]/g)].map((m) => m[1]);
  expect(targets).toEqual(expect.arrayContaining(["docs/model-sheet.png", "docs/taskpane.png", "CONTRIBUTING.md"]));
  const root = join(__dirname, "..");
  // ARCHITECTURE.md is written apart from this change; the rest must be here.
  const missing = targets.filter((t) => t !== "ARCHITECTURE.md" && !existsSync(join(root, t)));
  expect(missing).toEqual([]);
});
