// The template's formulas evaluated in HyperFormula, an engine independent of Excel, with the FTX
// functions registered: the sheet computes what the plan says it does and follows every edit.
import { DetailedCellError } from "hyperformula";
import { CATEGORIES, REFERENCE_TOTALS, type Locale } from "../../src/model";
import { templatePlan } from "../../src/template/plan";
import { buildEngine } from "../support/hyperformula-ftx";
import * as functions from "../../functions/functions";

/** Equal to 12 significant digits. */
const close = (value: unknown, expected: number) => {
  expect(typeof value).toBe("number");
  const tolerance = 1e-12 * Math.max(1, Math.abs(expected));
  if (Math.abs((value as number) - expected) > tolerance) expect(value).toBe(expected);
};

describe.each<[Locale, number]>([
  ["en", 1],
  ["ja", 1e8],
])("the %s template in HyperFormula", (locale, unit) => {
  const plan = templatePlan(locale);
  const { layout } = plan;
  const billion = 1e9 / unit; // 1B in the sheet's unit: 1e9 in English, 10 (億ドル) in Japanese

  test("every formula cell computes the result the plan states", () => {
    const model = buildEngine(plan);
    const formulas = plan.cells.filter((c) => c.formula !== undefined);
    expect(formulas.length).toBeGreaterThan(40);
    for (const cell of formulas) {
      const value = model.value(cell.address);
      expect(value).not.toBeInstanceOf(DetailedCellError);
      if (typeof cell.result === "number") close(value, cell.result);
      else expect({ at: cell.address, value }).toEqual({ at: cell.address, value: cell.result });
    }
  });

  test(`the totals are the article's 15.5B (${locale === "ja" ? "155" : "15500000000"})`, () => {
    const model = buildEngine(plan);
    close(model.value(layout.analystTotal), 15.5 * billion);
    close(model.value(layout.articleTotal), 15.5 * billion);
    if (locale === "ja") {
      const figures = CATEGORIES.map((c) => model.value(layout.article[c.id]));
      expect(figures).toEqual([15, 10, 10, 20, 20, 20, 40, 20]);
      expect(model.value(layout.analystTotal)).toBe(155);
    }
  });

  test("LUNA to 3B: the total, LUNA's difference, every share and reference gap recompute", () => {
    const model = buildEngine(plan);
    const luna = layout.inputs.luna;
    model.setValue(luna, 3 * billion);
    const total = 17.5 * billion;
    close(model.value(layout.analystTotal), total);
    close(model.value(layout.articleTotal), 15.5 * billion);
    const row = (address: string) => address.replace(/^[A-Z]+/, "");
    close(model.value(`E${row(luna)}`), 2 * billion);
    close(model.value(`E${row(layout.analystTotal)}`), 2 * billion);
    for (const c of CATEGORIES) {
      const r = row(layout.inputs[c.id]);
      const estimate = c.id === "luna" ? 3e9 : c.amount;
      close(model.value(`F${r}`), estimate / 17.5e9);
      if (c.id !== "luna") close(model.value(`E${r}`), 0);
    }
    close(model.value(`F${row(layout.analystTotal)}`), 1);
    // The reference rows: the analyst's total beside each claim, and the gap.
    REFERENCE_TOTALS.forEach((ref) => {
      const at = plan.cells.find((c) => c.value === ref.label[locale]);
      expect(at).toBeDefined();
      const r = row(at!.address);
      close(model.value(`D${r}`), total);
      close(model.value(`E${r}`), total - ref.amount / unit);
    });
    // The chart's source columns hold what the chart draws.
    close(model.value(luna), 3 * billion);
  });

  test("the FTT line follows its drivers: tokens × (price before − price after)", () => {
    const model = buildEngine(plan);
    const fttLine = layout.inputs.ftt_drop;
    close(model.value(fttLine), 4 * billion);
    model.setValue(layout.ftt.priceAfter, 0); // FTT to zero: all of ≈ $5.0B lost
    const tokens = model.value(layout.ftt.tokens) as number;
    close(model.value(fttLine), (tokens * 22) / unit);
    close(model.value(fttLine), 5e9 / unit);
    model.setValue(layout.ftt.tokens, 100e6);
    model.setValue(layout.ftt.priceBefore, 30);
    model.setValue(layout.ftt.priceAfter, 5);
    close(model.value(fttLine), 2.5e9 / unit);
    close(model.value(layout.analystTotal), 14 * billion);
  });

  test("a typo in an input shows as an error rather than vanishing from the total", () => {
    const model = buildEngine(plan);
    model.setValue(layout.inputs.venture, "two billion-ish");
    const total = model.value(layout.analystTotal);
    expect(total).toBeInstanceOf(DetailedCellError);
    expect((total as DetailedCellError).value).toBe("#VALUE!");
    // An amount typed as text is read (in US dollars, so "$2B" on the English sheet only).
    model.setValue(layout.inputs.venture, locale === "ja" ? 20 : "$2B");
    close(model.value(layout.analystTotal), 15.5 * billion);
  });

  test("the portable copy (native formulas in place of FTX.*) computes the same results", () => {
    const model = buildEngine(plan, { portable: true });
    for (const cell of plan.cells.filter((c) => c.formula !== undefined)) {
      const value = model.value(cell.address);
      if (typeof cell.result === "number") close(value, cell.result);
      else expect(value).toEqual(cell.result);
    }
  });
});

describe("the engine runs the real wrappers in functions/functions.ts", () => {
  const plan = templatePlan("en");
  afterEach(() => jest.restoreAllMocks());

  test("what a wrapper returns is what the cell shows", () => {
    jest.spyOn(functions, "loss").mockReturnValue(42);
    expect(buildEngine(plan).value(plan.layout.article.luna)).toBe(42);
  });

  test("a CustomFunctions.Error becomes the cell error, with the wrapper's message", () => {
    const model = buildEngine(plan);
    model.setValue("H1", '=FTX.LOSS("no such category")');
    model.setValue("H2", '=FTX.FORMAT(1,"fr")');
    const notFound = model.value("H1") as DetailedCellError;
    expect(notFound).toBeInstanceOf(DetailedCellError);
    expect(notFound.value).toBe("#N/A");
    expect(notFound.message).toMatch(/no such category/);
    expect((model.value("H2") as DetailedCellError).value).toBe("#VALUE!");
  });

  test("any other exception from a wrapper is a bug, and is not hidden as a cell error", () => {
    jest.spyOn(functions, "total").mockImplementation(() => {
      throw new TypeError("wrapper bug");
    });
    expect(() => buildEngine(plan)).toThrow(/wrapper bug/);
  });
});
