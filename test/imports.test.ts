// The layers, as the import statements of src/ draw them: no cycle anywhere, and no pure layer
// (model, sheet, template, versions, sharing, export) reaching into src/excel, the Office layer.

import fs from "fs";
import path from "path";

const SRC = path.join(__dirname, "..", "src");
const PURE = ["model", "sheet", "template", "versions", "sharing", "export"];

/** Every relative import of every .ts file, as a map from file to the files it imports. */
export function importGraph(root: string): Map<string, string[]> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".ts")) files.push(full);
    }
  };
  walk(root);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = fs.readFileSync(file, "utf8");
    const targets = [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^;]*?from\s+"(\.[^"]+)"/g)].map(([, spec]) => {
      const base = path.resolve(path.dirname(file), spec);
      return [`${base}.ts`, path.join(base, "index.ts")].find((f) => fs.existsSync(f)) ?? `${base}.ts`;
    });
    graph.set(path.relative(root, file), targets.map((t) => path.relative(root, t)));
  }
  return graph;
}

/** One cycle, as the files along it, or undefined. */
export function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === "done") return undefined;
    if (state.get(node) === "open") return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, "done");
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

/** Imports from a pure layer into src/excel, as "from → to". */
export function pureImportsOfExcel(graph: Map<string, string[]>): string[] {
  const layer = (file: string) => file.split(path.sep)[0];
  return [...graph].flatMap(([from, targets]) =>
    PURE.includes(layer(from)) ? targets.filter((t) => layer(t) === "excel").map((t) => `${from} → ${t}`) : [],
  );
}

const graph = importGraph(SRC);

test("src/ has no import cycle", () => {
  expect(graph.size).toBeGreaterThan(30);
  expect(findCycle(graph)).toBeUndefined();
});

test("no pure layer imports src/excel", () => {
  expect(pureImportsOfExcel(graph)).toEqual([]);
});

test("the checks can fail: a cycle and a pure import of src/excel are found", () => {
  const bad = new Map([
    ["template/plan.ts", ["template/validations.ts"]],
    ["template/validations.ts", ["template/plan.ts"]],
    ["versions/x.ts", [path.join("excel", "cell-blocks.ts")]],
  ]);
  expect(findCycle(bad)).toEqual(["template/plan.ts", "template/validations.ts", "template/plan.ts"]);
  expect(pureImportsOfExcel(bad)).toEqual([`versions/x.ts → ${path.join("excel", "cell-blocks.ts")}`]);
});
