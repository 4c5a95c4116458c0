// The comparison sheet plan: explicit cells, formulas and results, in both languages.

import { CATEGORIES, REFERENCE_VERSIONS } from "../../src/model";
import type { SheetPlan } from "../../src/sheet/plan";
import { comparisonPlan } from "../../src/versions/compare-plan";
import { articleVersion } from "../../src/versions/article";
import { version } from "./fixtures";
import { buildEngine } from "../support/hyperformula-ftx";

const at = (plan: SheetPlan, address: string) => plan.cells.find((c) => c.address === address);

test("the Japanese comparison shows 億ドル, with differences and totals as formulas", () => {
  const plan = comparisonPlan([version("低め", { luna: 5e8 }), articleVersion()], "ja");
  expect(plan.sheetName).toBe("比較");
  expect(at(plan, "C5")?.value).toBe("記事");
  expect(at(plan, "D5")?.value).toBe("低め");
  expect(at(plan, "E5")?.value).toBe("低め − 記事");
  expect(at(plan, "F5")).toBeUndefined(); // the article chosen again is not repeated
  expect(at(plan, "C7")).toMatchObject({ value: 10, format: '#,##0.00"億ドル"' });
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

describe("reference versions: '—' where the source gives no figure, partial totals", () => {
  const [debtors, trial, own] = REFERENCE_VERSIONS;

  test("English: a saved version and the debtors; '—' is never 0 in values, differences, totals or the chart", () => {
    const plan = comparisonPlan([debtors, version("Low", { luna: 5e8 })], "en");
    const v = (address: string) => at(plan, address)?.value ?? at(plan, address)?.formula;
    // The saved version first (complete), then the reference, whatever the order chosen.
    expect(["C5", "D5", "E5", "F5", "G5", "H5"].map(v)).toEqual([
      "Article", "Low", "FTX debtors (2023)", "Low − Article", "FTX debtors (2023) − Article", "FTX debtors (2023) − Low",
    ]);
    // venture (row 10) and spending (row 11) are covered; luna (row 7) is not.
    expect(["E7", "E10", "E11"].map(v)).toEqual(["—", 4.6e9, 3.46e8]);
    expect(["G7", "H7"].map(v)).toEqual(["—", "—"]);
    expect(at(plan, "G10")).toMatchObject({ formula: "=E10-C10", result: 4.6e9 - 2e9 });
    expect(at(plan, "F7")).toMatchObject({ formula: "=D7-C7", result: -5e8 });
    // SUM skips the "—"; the row below says the total is partial, with the lines covered.
    expect(at(plan, "E14")).toMatchObject({ formula: "=SUM(E6:E13)", result: 4.6e9 + 3.46e8 });
    expect(at(plan, "G14")?.result).toBeCloseTo(4.6e9 - 2e9 + 3.46e8 - 2e9, 0);
    expect(["B15", "C15", "D15", "E15", "F15", "G15", "H15"].map(v)).toEqual([
      "Lines covered", undefined, undefined, "partial: 2 of 8 lines", undefined, "partial: 2 of 8 lines", "partial: 2 of 8 lines",
    ]);
    expect(at(plan, "A4")?.value).toMatch(/never 0/);
    // The chart: the article and the saved version only (Excel draws a text cell as 0).
    expect(plan.charts[0].source).toBe("B5:D13");
    // Details below the partial row: the reference's date and note, no FTT drivers.
    expect(["B17", "E18", "E19"].map(v)).toEqual(["Details", debtors.savedAt, debtors.note.en]);
    expect(at(plan, "E20")).toBeUndefined();
  });

  test("Japanese: labels, 億ドル, and 部分的; two references compared with each other cover their common lines", () => {
    const plan = comparisonPlan([trial, debtors], "ja");
    const v = (address: string) => at(plan, address)?.value;
    expect(["C5", "D5", "E5"].map(v)).toEqual(["記事", "公判記録(2023年)", "FTX債務者(2023年)"]);
    expect(["D8", "D10", "E8"].map(v)).toEqual([8, 5.5, "—"]);
    // Debtors − trial: only venture and spending are covered by both.
    expect(at(plan, "H5")?.value).toBe("FTX債務者(2023年) − 公判記録(2023年)");
    expect(at(plan, "H8")?.value).toBe("—");
    expect(at(plan, "H10")).toMatchObject({ formula: "=E10-D10", result: 46 - 5.5 });
    expect(["D15", "E15", "H15"].map(v)).toEqual(["部分的: 8行中3行", "部分的: 8行中2行", "部分的: 8行中2行"]);
    expect(plan.charts[0].source).toBe("B5:C13");
  });

  test("Bankman-Fried's own account is labelled as his", () => {
    const plan = comparisonPlan([own], "en");
    expect(at(plan, "D5")?.value).toBe("Bankman-Fried's own account (Dec 2022)");
    expect(at(plan, "D19")?.value).toMatch(/own account/);
  });

  test("a comparison of saved versions only has no partial row", () => {
    const plan = comparisonPlan([version("Low")], "en");
    expect(plan.cells.some((c) => c.value === "Lines covered" || c.value === "—")).toBe(false);
    expect(at(plan, "A4")).toBeUndefined();
  });
});

test("in HyperFormula, every total and difference of a comparison with references is what the plan says", () => {
  for (const locale of ["en", "ja"] as const) {
    const plan = comparisonPlan([version("Low"), ...REFERENCE_VERSIONS], locale);
    const model = buildEngine(plan);
    const formulas = plan.cells.filter((c) => c.formula !== undefined);
    expect(formulas.length).toBeGreaterThan(30);
    for (const c of formulas) {
      const value = model.value(c.address);
      expect({ at: c.address, close: Math.abs(Number(value) - Number(c.result)) <= 1e-6 * Math.max(1, Math.abs(Number(c.result))) }).toEqual({ at: c.address, close: true });
    }
  }
});
