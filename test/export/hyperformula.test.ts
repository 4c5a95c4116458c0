// The exports as another engine computes them: each .xlsx read back with ExcelJS (so what is
// evaluated is what the file holds, not the plan), its saved FTX calls (_xldudf_FTX_LOSS) mapped
// back as Excel does once the add-in loads, and loaded into HyperFormula with the FTX
// functions registered. Both exports must give the plan's figures and follow an edited input.
import { LOCALES } from "../../src/model";
import { templatePlan, type TemplatePlan } from "../../src/template/plan";
import type { PlanCell, SheetPlan } from "../../src/sheet/plan";
import { portablePlan } from "../../src/template/portable";
import { workbookBuffer } from "../../src/export/workbook";
import { fromFileFormula } from "../../src/export/file-formulas";
import { buildEngine } from "../support/hyperformula-ftx";
import { loadXlsx } from "./load-xlsx";

/** The sheet the file holds, as a plan: formulas with their "=", constants as written. */
async function fileAsPlan(plan: TemplatePlan, portable: boolean): Promise<SheetPlan> {
  const workbook = await loadXlsx(await workbookBuffer(plan, { portable }));
  const sheet = workbook.worksheets[0];
  const cells: PlanCell[] = [];
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      // As Excel with the add-in reads the file: _xldudf_FTX_LOSS( becomes FTX.LOSS(.
      if (cell.formula) cells.push({ address: cell.address, formula: fromFileFormula(`=${cell.formula}`) });
      else if (typeof cell.value === "object" && cell.value && "hyperlink" in cell.value) {
        cells.push({ address: cell.address, value: cell.value.text });
      } else if (["string", "number", "boolean"].includes(typeof cell.value)) {
        cells.push({ address: cell.address, value: cell.value as string | number | boolean });
      } else throw new Error(`${cell.address}: unexpected ${JSON.stringify(cell.value)}`);
    }),
  );
  const prefix = /^.*!/;
  const names = workbook.definedNames.model.map((n) => ({
    name: n.name,
    ref: n.ranges[0].replace(prefix, ""),
    comment: "",
  }));
  return { ...plan, sheetName: sheet.name, cells, names };
}

describe.each(
  LOCALES.flatMap((locale) => [false, true].map((portable) => [locale, portable] as const)),
)("%s export (portable: %s) in HyperFormula", (locale, portable) => {
  const plan = templatePlan(locale);
  let file: SheetPlan;
  beforeAll(async () => {
    file = await fileAsPlan(plan, portable);
  });

  test("every formula gives the plan's result", () => {
    const model = buildEngine(file);
    const formulas = plan.cells.filter((c) => c.formula !== undefined);
    const written = (p: SheetPlan) =>
      p.cells.filter((c) => c.formula).map((c) => `${c.address} ${c.formula}`);
    expect(written(file).sort()).toEqual(written(portable ? portablePlan(plan) : plan).sort());
    for (const cell of formulas) {
      const value = model.value(cell.address);
      if (typeof cell.result === "number")
        expect([cell.address, value]).toEqual([cell.address, expect.closeTo(cell.result, 6)]);
      else expect([cell.address, value]).toEqual([cell.address, cell.result]);
    }
    expect(model.value(plan.layout.analystTotal)).toBeCloseTo(15.5e9 / plan.unit, 6);
  });

  test("LUNA at 3B: the total and the shares follow; the names reach the inputs", () => {
    const model = buildEngine(file);
    model.setValue(plan.layout.inputs.luna, 3e9 / plan.unit);
    expect(model.value(plan.layout.analystTotal)).toBeCloseTo(17.5e9 / plan.unit, 6);
    expect(model.value(plan.layout.articleTotal)).toBeCloseTo(15.5e9 / plan.unit, 6);
    model.setValue("H1", "=SUM(FTX_Inputs)");
    expect(model.value("H1")).toBeCloseTo(17.5e9 / plan.unit, 6);
  });

  test("the FTT drivers move the FTT line", () => {
    const model = buildEngine(file);
    model.setValue(plan.layout.ftt.priceAfter, 0);
    const tokens = model.value(plan.layout.ftt.tokens) as number;
    expect(model.value(plan.layout.inputs.ftt_drop)).toBeCloseTo((tokens * 22) / plan.unit, 2);
  });
});
