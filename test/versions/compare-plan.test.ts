// The comparison sheet plan, and the model-sheet layout the versions rely on.

import { cellBlocks } from "../../src/sheet/blocks";
import { templatePlan } from "../../src/template/plan";
import { comparisonPlan } from "../../src/versions/compare-plan";
import { MODEL_LAYOUT, MODEL_READS, modelWrites } from "../../src/versions/model-sheet";
import { articleVersion } from "../../src/versions/article";
import { version } from "./fixtures";

const at = (plan: ReturnType<typeof comparisonPlan>, address: string) => plan.cells.find((c) => c.address === address);

test("the Japanese comparison shows 億ドル, with differences and totals as formulas", () => {
  const plan = comparisonPlan([version("低め", { luna: 5e8 }), articleVersion()], "ja");
  expect(plan.sheetName).toBe("比較");
  expect(at(plan, "C5")?.value).toBe("記事");
  expect(at(plan, "D5")?.value).toBe("低め");
  expect(at(plan, "E5")?.value).toBe("低め − 記事");
  expect(at(plan, "F5")).toBeUndefined(); // the article chosen again is not repeated
  expect(at(plan, "C7")?.value).toBe(10);
  expect(at(plan, "D7")?.value).toBe(5);
  expect(at(plan, "E7")).toMatchObject({ formula: "=D7-C7", result: -5 });
  expect(at(plan, "C14")).toMatchObject({ formula: "=SUM(C6:C13)", result: 155 });
  expect(plan.chart?.source).toBe("B5:D13");
  expect(() => cellBlocks(plan.cells)).not.toThrow();
});

test("the model layout is the same in both languages, with the drivers in consecutive rows", () => {
  expect(templatePlan("ja").layout).toEqual(MODEL_LAYOUT);
  expect(MODEL_READS).toEqual({ ids: "A7:A14", unit: "D5", inputs: "D7:D14", drivers: "D18:D20" });
  const writes = modelWrites(articleVersion(), 1e8);
  expect(writes.map((w) => w.address)).toEqual(["D7:D12", "D14:D14", "D18:D20"]);
  expect(writes[0].values[0]).toEqual([15]);
  expect(writes.some((w) => w.address.includes("D13"))).toBe(false);
});
