// Workbooks and versions the versions tests share.

import { CATEGORY_IDS, type CategoryId, type Locale } from "../../src/model";
import { templatePlan } from "../../src/template/plan";
import { makeVersion, type Version } from "../../src/versions/version";
import { MockWorkbook, type MockSheet } from "./mock-workbook";

/** A workbook whose active sheet is the model sheet, written cell for cell from the plan. */
export function modelWorkbook(locale: Locale = "en"): { workbook: MockWorkbook; model: MockSheet } {
  const workbook = new MockWorkbook();
  const plan = templatePlan(locale);
  const model = workbook.addSheet(plan.sheetName);
  for (const cell of plan.cells) {
    // A formula cell shows its result, as Excel would after calculating.
    const value = cell.formula !== undefined ? cell.result : cell.value;
    model.write(cell.address, [[cell.formula ?? value ?? ""]]);
    if (cell.formula !== undefined) {
      const [row, col] = locate(cell.address);
      model.set(row, col, { value: cell.result ?? "", formula: cell.formula });
    }
  }
  model.names = plan.names.map((n) => n.name);
  return { workbook, model };
}

export function locate(address: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(address);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]), col];
}

export function version(name: string, overrides: Partial<Record<CategoryId, number>> = {}, tokens = 1e8): Version {
  const amounts = Object.fromEntries(CATEGORY_IDS.filter((id) => id !== "ftt_drop").map((id, i) => [id, (i + 1) * 1e8])) as Record<CategoryId, number>;
  const parts = {
    name,
    note: `note for ${name}`,
    savedAt: "2024-05-31T09:30:00.000Z",
    amounts: { ...amounts, ...overrides },
    ftt: { tokens, priceBefore: 20, priceAfter: 5 },
  };
  const first = makeVersion(parts);
  if (!first.ok) throw new Error(JSON.stringify(first.error));
  // Each line from half to twice its amount (or the other way round for a gain).
  const ranges = Object.fromEntries(
    CATEGORY_IDS.map((id) => {
      const a = first.value.amounts[id];
      return [id, { low: Math.min(a / 2, a * 2), high: Math.max(a / 2, a * 2) }];
    }),
  );
  const made = makeVersion({ ...parts, ranges });
  if (!made.ok) throw new Error(JSON.stringify(made.error));
  return made.value;
}
