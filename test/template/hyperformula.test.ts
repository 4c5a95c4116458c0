// The template's formulas evaluated in HyperFormula, an engine independent of Excel, with the FTX
// functions registered: the sheet computes what the plan says it does and follows every edit.
import { DetailedCellError } from "hyperformula";
import { CATEGORIES, REFERENCE_TOTALS, type Locale } from "../../src/model";
import { templatePlan } from "../../src/template/plan";
import { ROWS, TORNADO, cell, tornadoRow } from "../../src/template/layout";
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
    model.setValue(layout.inputs.luna, 3 * billion);
    model.setValue(layout.highs.luna, 3 * billion); // an estimate stays within its line's range
    // The article's lines in its order, in billions, with LUNA at 3 instead of 1: 17.5 in all.
    const estimates = { voyager_blockfi: 1.5, luna: 3, algo: 1, ftt_srm_collateral: 2, venture: 2, spending: 2, ftt_drop: 4, longs: 2 };
    const row = (address: string) => Number(address.replace(/^[A-Z]+/, ""));
    const [difference, share] = [(r: number) => cell("difference", r), (r: number) => cell("share", r)];
    close(model.value(layout.analystTotal), 17.5 * billion);
    close(model.value(layout.articleTotal), 15.5 * billion);
    close(model.value(difference(row(layout.analystTotal))), 2 * billion);
    close(model.value(share(row(layout.analystTotal))), 1);
    for (const [id, estimate] of Object.entries(estimates)) {
      const r = row(layout.inputs[id as keyof typeof estimates]);
      close(model.value(difference(r)), id === "luna" ? 2 * billion : 0); // difference from the article
      close(model.value(share(r)), estimate / 17.5); // share of the analyst's total
    }
    // The reference rows: the analyst's 17.5B beside each claim of the article, and the gap.
    const gaps = { incinerated: 17.5 - 20, alameda_lost: 17.5 - 15, user_collateral: 17.5 - 8, profits: 17.5 - 10 };
    expect(REFERENCE_TOTALS.map((ref) => ref.id).sort()).toEqual(Object.keys(gaps).sort());
    for (const ref of REFERENCE_TOTALS) {
      const at = plan.cells.find((c) => c.value === ref.label[locale]);
      expect(at).toBeDefined();
      const r = row(at!.address);
      close(model.value(cell("input", r)), 17.5 * billion);
      close(model.value(difference(r)), gaps[ref.id as keyof typeof gaps] * billion);
    }
    // The chart's source range ends with the column of the eight estimates it draws.
    const [from, to] = plan.charts[0].source.split(":");
    const column = to.replace(/\d+$/, "");
    const drawn = Array.from({ length: row(to) - row(from) }, (_x, i) => model.value(`${column}${row(from) + 1 + i}`));
    drawn.forEach((value, i) => close(value, Object.values(estimates)[i] * billion));
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

  const num = (model: ReturnType<typeof buildEngine>, address: string) => {
    const v = model.value(address);
    expect({ address, type: typeof v }).toEqual({ address, type: "number" });
    return v as number;
  };
  const sumOf = (model: ReturnType<typeof buildEngine>, cells: Record<string, string>) =>
    Object.values(cells).reduce((s, a) => s + num(model, a), 0);
  const sortedIds = (model: ReturnType<typeof buildEngine>) =>
    CATEGORIES.map((_, k) => model.value(cell(TORNADO.id, tornadoRow(k))));
  const sortedSwings = (model: ReturnType<typeof buildEngine>) =>
    CATEGORIES.map((_, k) => num(model, cell(TORNADO.swing, tornadoRow(k))));

  test("How wrong can it be?: P5 ≤ P50 ≤ P95 within [Σ low, Σ high]; the mean is Σ (l + b + h) / 3", () => {
    const model = buildEngine(plan);
    const u = layout.uncertainty;
    const [lows, highs] = [sumOf(model, layout.lows), sumOf(model, layout.highs)];
    const [p5, p50, p95] = [num(model, u.p5), num(model, u.p50), num(model, u.p95)];
    expect(lows).toBeLessThanOrEqual(p5);
    expect(p5).toBeLessThanOrEqual(p50);
    expect(p50).toBeLessThanOrEqual(p95);
    expect(p95).toBeLessThanOrEqual(highs);
    close(num(model, u.mean), (lows + sumOf(model, layout.inputs) + highs) / 3);
    for (const claim of ["alameda_lost", "user_collateral"] as const) {
      const p = num(model, u[claim]);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
    // Against $15B, the chance is well below against the ≈$8B hole.
    expect(num(model, u.alameda_lost)).toBeLessThan(num(model, u.user_collateral));
  });

  test("the sheet's simulation is the dollar simulation shown in its unit", () => {
    const dollars = buildEngine(templatePlan("en"));
    const model = buildEngine(plan);
    for (const key of ["p5", "p50", "p95"] as const) {
      const expected = num(dollars, layout.uncertainty[key]) / unit;
      const got = num(model, layout.uncertainty[key]);
      expect(Math.abs(got - expected)).toBeLessThanOrEqual(1e-9 * expected);
    }
    expect(num(model, layout.uncertainty.alameda_lost)).toBe(num(dollars, layout.uncertainty.alameda_lost));
  });

  test("edits to a Low or a High move the percentiles, the chances and the tornado; iterations and seed are used", () => {
    const model = buildEngine(plan);
    const u = layout.uncertainty;
    const before = { p50: num(model, u.p50), p95: num(model, u.p95), chance: num(model, u.alameda_lost) };
    expect(sortedIds(model)[0]).toBe("ftt_drop"); // $0 to $4.656B: the widest default range
    model.setValue(layout.highs.longs, 10 * billion);
    expect(num(model, u.p95)).toBeGreaterThan(before.p95);
    expect(num(model, u.p50)).toBeGreaterThan(before.p50);
    expect(num(model, u.alameda_lost)).toBeGreaterThan(before.chance);
    expect(sortedIds(model)[0]).toBe("longs");
    close(num(model, cell(TORNADO.highChange, tornadoRow(0))), 8 * billion);
    close(num(model, cell(TORNADO.lowChange, tornadoRow(0))), -1 * billion);
    model.setValue(layout.lows.longs, 2 * billion); // its low up to its estimate
    close(num(model, cell(TORNADO.lowChange, tornadoRow(0))), 0);
    const p50 = num(model, u.p50);
    model.setValue(u.seed, 2);
    expect(num(model, u.p50)).not.toBe(p50);
    model.setValue(u.iterations, 1_000_001);
    expect((model.value(u.p50) as DetailedCellError).value).toBe("#NUM!");
  });

  test("the tornado is sorted, largest swing first, and equal swings do not repeat a line", () => {
    const model = buildEngine(plan);
    const swings = sortedSwings(model);
    expect([...swings].sort((a, b) => b - a)).toEqual(swings);
    // Every line the same range: all swings equal, each line once, in sheet order.
    for (const c of CATEGORIES) {
      model.setValue(layout.lows[c.id], 0);
      if (c.id !== "ftt_drop") model.setValue(layout.inputs[c.id], billion);
      model.setValue(layout.highs[c.id], 5 * billion);
    }
    expect(sortedIds(model)).toEqual(CATEGORIES.map((c) => c.id));
    expect(new Set(sortedSwings(model))).toEqual(new Set([5 * billion]));
    expect(model.value(cell(TORNADO.label, ROWS.tornado.first))).toBe(CATEGORIES[0].label[locale]);
  });

  test("a low above its estimate is an error in the section, not a wrong figure", () => {
    const model = buildEngine(plan);
    model.setValue(layout.lows.luna, 2 * billion);
    const p50 = model.value(layout.uncertainty.p50) as DetailedCellError;
    expect(p50).toBeInstanceOf(DetailedCellError);
    expect(p50.value).toBe("#VALUE!");
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

  test("a spilling function fills its rows: FTX.CATEGORIES is the article's 8 × 3 table", () => {
    const model = buildEngine(plan);
    // Right of the sheet's last column (J), where nothing is in the way of the spill.
    model.setValue("L1", '=FTX.CATEGORIES("ja")');
    model.setValue("P1", "=SUM(N1:N8)");
    model.setValue("Q1", '=FTX.CATEGORIES("fr")');
    expect([model.value("L1"), model.value("M5"), model.value("N7"), model.value("L9")]).toEqual([
      "voyager_blockfi",
      "リスク投資",
      4e9,
      null,
    ]);
    expect(model.value("P1")).toBe(15.5e9);
    expect((model.value("Q1") as DetailedCellError).value).toBe("#VALUE!");
  });

  test("any other exception from a wrapper is a bug, and is not hidden as a cell error", () => {
    jest.spyOn(functions, "total").mockImplementation(() => {
      throw new TypeError("wrapper bug");
    });
    expect(() => buildEngine(plan)).toThrow(/wrapper bug/);
  });
});
