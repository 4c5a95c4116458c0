// The comparison sheet plan: explicit cells, formulas and results, in both languages.

import { CATEGORIES } from "../../src/model";
import type { SheetPlan } from "../../src/sheet/plan";
import { comparisonPlan } from "../../src/versions/compare-plan";
import { articleVersion } from "../../src/versions/article";
import { version } from "./fixtures";

const at = (plan: SheetPlan, address: string) => plan.cells.find((c) => c.address === address);

test("the Japanese comparison shows 億ドル, with differences and totals as formulas", () => {
  const plan = comparisonPlan([version("低め", { luna: 5e8 }), articleVersion()], "ja");
  expect(plan.sheetName).toBe("比較");
  expect(at(plan, "C5")?.value).toBe("記事");
  expect(at(plan, "D5")?.value).toBe("低め");
  expect(at(plan, "E5")?.value).toBe("低め − 記事");
  expect(at(plan, "F5")).toBeUndefined(); // the article chosen again is not repeated
  expect(at(plan, "C7")).toMatchObject({ value: 10, format: 'General"億ドル"' });
  expect(at(plan, "D7")?.value).toBe(5);
  expect(at(plan, "E7")).toMatchObject({ formula: "=D7-C7", result: -5 });
  expect(at(plan, "C14")).toMatchObject({ formula: "=SUM(C6:C13)", result: 155 });
  expect(at(plan, "E14")).toMatchObject({ formula: "=SUM(E6:E13)" });
  expect(plan.charts).toEqual([{ type: "barClustered", title: "原因別:記事とあなたのバージョン", source: "B5:D13", anchor: { from: "B39", to: "F61" } }]);
  // Each line's range below the details, in 億ドル: the article's LUNA from 5 to 15; the version's
  // from half to twice its 5.
  const low = plan.cells.find((c) => c.value === "LUNAエクスポージャー: 下限");
  const row = low?.address.slice(1);
  expect([at(plan, `C${row}`)?.value, at(plan, `D${row}`)?.value]).toEqual([5, 2.5]);
  const highRow = Number(row) + 1;
  expect(at(plan, `B${highRow}`)?.value).toBe("LUNAエクスポージャー: 上限");
  expect([at(plan, `C${highRow}`)?.value, at(plan, `D${highRow}`)?.value]).toEqual([15, 10]);
});

test("the English comparison: two versions, differences from the article and from the first", () => {
  const low = version("Low", { luna: 5e8 });
  const high = version("High", { luna: 3e9 });
  const plan = comparisonPlan([low, high], "en");
  expect(plan.sheetName).toBe("Comparison");
  const row = (r: number, columns: string[]) => columns.map((c) => at(plan, `${c}${r}`)?.value ?? at(plan, `${c}${r}`)?.formula);
  expect(row(5, ["A", "B", "C", "D", "E", "F", "G", "H"])).toEqual([
    "ID", "Cause of loss", "Article", "Low", "High", "Low − Article", "High − Article", "High − Low",
  ]);
  expect(row(7, ["A", "B", "C", "D", "E", "F", "G", "H"])).toEqual([
    "luna", CATEGORIES[1].label.en, 1e9, 5e8, 3e9, "=D7-C7", "=E7-C7", "=E7-D7",
  ]);
  expect(at(plan, "H7")?.result).toBe(2.5e9);
  expect(at(plan, "C14")).toMatchObject({ formula: "=SUM(C6:C13)", result: 15.5e9 });
  // Details: when saved, the note, the FTT drivers with the model sheet's formats.
  expect(row(16, ["B"])).toEqual(["Details"]);
  expect(row(17, ["B", "C", "D"])).toEqual(["Saved", "2022-11-15", "2024-05-31T09:30:00.000Z"]);
  expect(row(19, ["B", "D", "E"])).toEqual(["FTT tokens held", 1e8, 1e8]);
  expect(at(plan, "D19")?.format).toBe("#,##0");
  expect(row(20, ["B", "D"])).toEqual(["Price before, $ per FTT", 20]);
  expect(at(plan, "D20")?.format).toBe("$#,##0.00");
  expect(plan.freeze).toEqual({ rows: 5, columns: 2 });
  expect(plan.columns.map((c) => c.column)).toEqual(["A", "B", "C", "D", "E", "F", "G", "H"]);
});
