import { LOCALES } from "../../src/model";
import { templatePlan } from "../../src/template/plan";
import type { SheetPlan } from "../../src/sheet/plan";
import { ftxCalls, usesFtx } from "../../src/sheet/formula-text";
import { knownStandIn, portablePlan, standInFor } from "../../src/template/portable";
import { readInput, textAmountNotice } from "../../src/versions/input-text";

describe("usesFtx", () => {
  test.each([
    "=FTX.LOSS($A7)",
    "=ftx.total(D7:D14)",
    "=1+FTX.FTTLOSS(1,2,1)/10^8",
    "=SUM(FTX.TOTAL(A1), 2)",
    "=FTX.LOSS (A1)",
  ])("%s calls FTX", (formula) => expect(usesFtx(formula)).toBe(true));
  test.each([
    '="FTX.LOSS(A1)"',
    "=FTX_Inputs",
    "=SUM(FTX_Total)",
    "=MYFTX.LOSS(1)",
    "=SUM(D7:D14)",
    '=IF(A1="a""FTX.LOSS(",1,2)',
  ])("%s does not", (formula) => expect(usesFtx(formula)).toBe(false));
});

describe.each(LOCALES)("portablePlan(%s)", (locale) => {
  const plan = templatePlan(locale);
  const before = JSON.stringify(plan);
  const portable = portablePlan(plan);

  test("no FTX formula is left, and the plan it came from is unchanged", () => {
    expect(portable.cells.filter((c) => c.formula && usesFtx(c.formula))).toEqual([]);
    expect(JSON.stringify(plan)).toBe(before);
  });

  test("each FTX cell gets its stand-in and keeps its place, format, style and result", () => {
    const replaced = plan.cells.filter((c) => c.formula && usesFtx(c.formula));
    expect(replaced.length).toBeGreaterThanOrEqual(2 * 8);
    for (const cell of replaced) {
      const after = portable.cells.find((c) => c.address === cell.address);
      const standIn = standInFor(cell);
      if ("formula" in standIn) {
        expect(after).toEqual({
          address: cell.address,
          formula: cell.portable,
          result: cell.result,
          format: cell.format,
          style: cell.style,
        });
      } else {
        expect(after).toEqual({
          address: cell.address,
          value: cell.portable,
          format: cell.format,
          style: cell.style,
        });
        // A constant stand-in is what the FTX formula shows with the article's inputs.
        expect(cell.portable).toEqual(cell.result);
      }
    }
  });

  test("the totals become native sums; every other cell is as it was", () => {
    const byAddress = new Map(portable.cells.map((c) => [c.address, c]));
    expect(byAddress.get(plan.layout.analystTotal)?.formula).toBe("=SUM(D7:D14)");
    expect(byAddress.get(plan.layout.articleTotal)?.formula).toBe("=SUM(C7:C14)");
    const untouched = plan.cells.filter((c) => !(c.formula && usesFtx(c.formula)) && c.portable === undefined);
    for (const cell of untouched) expect(byAddress.get(cell.address)).toBe(cell);
    // The simulation's note says the figures are a snapshot, with its iterations and seed.
    const note = byAddress.get(plan.layout.simulationNote);
    expect(note?.value).toContain(plan.locale === "ja" ? "写し(試行回数 10,000、シード 1)" : "snapshot of the simulation, made with 10,000 iterations and seed 1");
    expect(note?.portable).toBeUndefined();
    expect(portable.cells.length).toBe(plan.cells.length);
  });
});

describe("a plan that cannot be made portable is refused", () => {
  const base: SheetPlan = { ...templatePlan("en"), cells: [] };
  test("an FTX formula without a stand-in", () => {
    const plan = { ...base, cells: [{ address: "A1", formula: '=FTX.LOSS("luna")' }] };
    expect(() => portablePlan(plan)).toThrow(/no portable stand-in for A1/);
  });
  test("a stand-in that itself calls FTX", () => {
    const plan = {
      ...base,
      cells: [{ address: "A1", formula: "=FTX.TOTAL(B1)", portable: "=FTX.LOSS(B1)" }],
    };
    expect(() => portablePlan(plan)).toThrow(/still uses FTX/);
  });
});

describe("knownStandIn: the template's own FTX formulas, found on a sheet", () => {
  test("each plan's FTX cells are recognised at their address, in Excel's spelling", () => {
    for (const plan of LOCALES.map(templatePlan)) {
      for (const cell of plan.cells.filter((c) => c.formula && usesFtx(c.formula))) {
        // A simulation's figure is kept as the copy finds it: the template's figure would be
        // wrong once a range is edited.
        const expected = cell.snapshot ? { snapshot: true } : standInFor(cell);
        expect(knownStandIn(cell.address, cell.formula as string)).toEqual(expected);
      }
    }
    expect(knownStandIn("$D$15", "= ftx.total( D7:D14 )")).toEqual({ formula: "=SUM(D7:D14)" });
  });

  test("the same formula elsewhere, an edited formula or different text is not", () => {
    expect(knownStandIn("D16", "=FTX.TOTAL(D7:D14)")).toBeUndefined();
    expect(knownStandIn("D15", "=FTX.TOTAL(D7:D13)")).toBeUndefined();
    expect(knownStandIn("G7", '=FTX.SOURCE($A7,"EN")')).toBeUndefined();
    expect(knownStandIn("C7", "=FTX.LOSS($A7)*2")).toBeUndefined();
  });
});

describe("ftxCalls: the functions a frozen cell called, for the status message", () => {
  test.each([
    ["=FTX.TOTAL(D7:D15)", ["FTX.TOTAL"]],
    ["=ftx.loss(A1)*2+FTX.LOSS(A2)/FTX.TOTAL(B1)", ["FTX.LOSS", "FTX.TOTAL"]],
    ['=FTX.SOURCE("FTX.AMOUNT(1)")', ["FTX.SOURCE"]],
    ["=SUM(FTX_Inputs)", []],
  ])("%s", (formula, calls) => expect(ftxCalls(formula)).toEqual(calls));
});

describe("readInput: an input cell as a native SUM would read it", () => {
  test("numbers and blanks need nothing", () => {
    expect(readInput(2e9, 1)).toEqual({ kind: "number" });
    expect(readInput("", 1)).toEqual({ kind: "number" });
    expect(readInput("   ", 1e8)).toEqual({ kind: "number" });
  });
  test("a text amount means dollars, written in the sheet's unit", () => {
    expect(readInput("$2B", 1)).toEqual({ kind: "amount", text: "$2B", dollars: 2e9, value: 2e9 });
    expect(readInput("20億", 1e8)).toEqual({ kind: "amount", text: "20億", dollars: 2e9, value: 20 });
    expect(readInput("▲15億", 1e8)).toMatchObject({ kind: "amount", value: -15 });
  });
  test("text that is not an amount, a boolean, or a text amount in an unknown unit", () => {
    expect(readInput("two billion-ish", 1)).toEqual({ kind: "notAmount", text: "two billion-ish" });
    expect(readInput("100万円", 1)).toEqual({ kind: "notAmount", text: "100万円" });
    expect(readInput(true, 1)).toEqual({ kind: "notAmount", text: "TRUE" });
    expect(readInput("$2B", undefined)).toEqual({ kind: "notAmount", text: "$2B" });
  });
  test("what a reader says about a text amount, in both languages", () => {
    expect(textAmountNotice("D8", "20億", 20, 1e8)).toEqual({
      en: 'D8: read the text "20億" as 20 億ドル.',
      ja: "D8:文字列「20億」を 20 億ドル として読みました。",
    });
    expect(textAmountNotice("D8", "$2B", 2e9, 1).en).toBe('D8: read the text "$2B" as 2000000000 US dollars.');
    expect(textAmountNotice("D19", "$22", 22, undefined).en).toBe('D19: read the text "$22" as 22.');
  });
});
