// The model sheet's input cells accept numbers only: every cell the analyst types into is covered
// by exactly one numbers-only rule, no formula is, and the article's own inputs pass their rules.
import { ARTICLE_FTT, CATEGORIES, LOCALES } from "../../src/model";
import { templatePlan } from "../../src/template/plan";
import type { PlanValidation, ValidationBound } from "../../src/sheet/plan";
import type { TemplatePlan } from "../../src/template/plan";
import { portablePlan } from "../../src/template/portable";

/** "D7:D9" → ["D7", "D8", "D9"] (one column, as the template's ranges are). */
function cellsOf(range: string): string[] {
  const [from, to = from] = range.split(":");
  const column = from.replace(/\d+$/, "");
  expect(to.replace(/\d+$/, "")).toBe(column);
  const top = Number(from.slice(column.length));
  const bottom = Number(to.slice(column.length));
  return Array.from({ length: bottom - top + 1 }, (_, i) => `${column}${top + i}`);
}

/** A bound as Excel reads it for `address`: a number, or a formula "=E7" relative to the
 * validated range's first cell, looked up in the plan (a formula cell by its result). */
function boundAt(plan: TemplatePlan, v: PlanValidation, bound: ValidationBound, address: string): number {
  if (typeof bound === "number") return bound;
  const top = Number(v.range.split(":")[0].replace(/^[A-Z]+/, ""));
  const m = /^=([A-Z]+)(\d+)$/.exec(bound);
  if (!m) throw new Error(`unexpected bound ${bound}`);
  const row = Number(m[2]) + Number(address.replace(/^[A-Z]+/, "")) - top;
  const cell = plan.cells.find((c) => c.address === `${m[1]}${row}`);
  return (cell?.value ?? cell?.result) as number;
}

function acceptsAt(plan: TemplatePlan, v: PlanValidation, address: string, value: number): boolean {
  const { rule } = v;
  const min = boundAt(plan, v, rule.min, address);
  if (rule.type === "whole" && !Number.isInteger(value)) return false;
  return rule.operator === "between" ? value >= min && value <= boundAt(plan, v, rule.max, address) : value >= min;
}

describe.each(LOCALES)("the %s template's numbers-only inputs", (locale) => {
  const plan = templatePlan(locale);
  const { layout } = plan;
  const validations = plan.validations ?? [];
  const covering = new Map<string, PlanValidation[]>();
  for (const v of validations) {
    for (const cell of cellsOf(v.range)) covering.set(cell, [...(covering.get(cell) ?? []), v]);
  }
  const cell = (address: string) => plan.cells.find((c) => c.address === address);

  const accepts = (v: PlanValidation | undefined, value: number, address: string) => v !== undefined && acceptsAt(plan, v, address, value);

  test("every input cell is covered exactly once; the FTT line's formula is not", () => {
    const estimates = CATEGORIES.filter((c) => c.id !== "ftt_drop").map((c) => layout.inputs[c.id]);
    const drivers = Object.values(layout.ftt);
    const ranges = [...Object.values(layout.lows), ...Object.values(layout.highs)];
    const settings = [layout.uncertainty.iterations, layout.uncertainty.seed];
    const inputs = [...estimates, ...drivers, ...ranges, ...settings];
    expect(inputs).toHaveLength(28);
    for (const address of inputs) expect({ address, rules: covering.get(address)?.length }).toEqual({ address, rules: 1 });
    expect([...covering.keys()].sort()).toEqual([...inputs].sort());
    expect(layout.inputs.ftt_drop).toBe("D13");
    expect(covering.has("D13")).toBe(false);
    expect(cell("D13")?.formula).toMatch(/^=FTX\.FTTLOSS\(/);
  });

  test("only constants are validated, and they are the cells styled as inputs", () => {
    for (const address of covering.keys()) {
      expect({ address, formula: cell(address)?.formula }).toEqual({ address, formula: undefined });
      expect(typeof cell(address)?.value).toBe("number");
    }
    const styledInputs = plan.cells.filter((c) => c.style === "input").map((c) => c.address);
    expect(styledInputs.sort()).toEqual([...covering.keys()].sort());
  });

  test("each line keeps low ≤ estimate ≤ high; the FTT drivers cannot be negative", () => {
    const billion = 1e9 / plan.unit;
    const luna = covering.get(layout.inputs.luna)?.[0];
    expect(luna?.rule).toMatchObject({ type: "decimal", operator: "between" });
    // LUNA's default range is $0.5B to $1.5B.
    expect(accepts(luna, 0.5 * billion, layout.inputs.luna)).toBe(true);
    expect(accepts(luna, 1.5 * billion, layout.inputs.luna)).toBe(true);
    expect(accepts(luna, 0.4 * billion, layout.inputs.luna)).toBe(false);
    expect(accepts(luna, 1.6 * billion, layout.inputs.luna)).toBe(false);
    const longs = covering.get(layout.inputs.longs)?.[0]; // below the FTT line: a run of its own
    expect(accepts(longs, 3 * billion, layout.inputs.longs)).toBe(true);
    expect(accepts(longs, 3.1 * billion, layout.inputs.longs)).toBe(false);
    const low = covering.get(layout.lows.venture)?.[0];
    expect(accepts(low, -1 * billion, layout.lows.venture)).toBe(true); // a gain
    expect(accepts(low, 2 * billion, layout.lows.venture)).toBe(true);
    expect(accepts(low, 2.1 * billion, layout.lows.venture)).toBe(false);
    const high = covering.get(layout.highs.ftt_drop)?.[0]; // against the FTT line's formula
    expect(accepts(high, 4 * billion, layout.highs.ftt_drop)).toBe(true);
    expect(accepts(high, 3.9 * billion, layout.highs.ftt_drop)).toBe(false);
    const iterations = covering.get(layout.uncertainty.iterations)?.[0];
    expect(accepts(iterations, 1e6, layout.uncertainty.iterations)).toBe(true);
    expect(accepts(iterations, 1e6 + 1, layout.uncertainty.iterations)).toBe(false);
    expect(accepts(iterations, 10.5, layout.uncertainty.iterations)).toBe(false);
    for (const address of Object.values(layout.ftt)) {
      const rule = covering.get(address)?.[0];
      expect(rule?.rule).toEqual({ type: "decimal", operator: "greaterThanOrEqual", min: 0 });
    }
  });

  test("the article's own inputs pass their rules", () => {
    for (const [address, [v]] of covering) {
      expect({ address, ok: accepts(v, cell(address)?.value as number, address) }).toEqual({ address, ok: true });
    }
    expect(accepts(covering.get(layout.ftt.tokens)![0], ARTICLE_FTT.tokens, layout.ftt.tokens)).toBe(true);
  });

  test("messages fit Excel's limits (titles 32 characters, messages 225)", () => {
    for (const v of [...validations, ...(portablePlan(plan).validations ?? [])]) {
      for (const title of [v.error.title, v.prompt.title]) expect(title.length).toBeLessThanOrEqual(32);
      for (const message of [v.error.message, v.prompt.message]) {
        expect(message.length).toBeGreaterThan(10);
        expect(message.length).toBeLessThanOrEqual(225);
      }
    }
  });

  test("the estimate's message names the sheet's unit and how to convert text", () => {
    const { prompt, error } = covering.get(layout.inputs.luna)![0];
    expect(error.message).toBe(prompt.message);
    expect(prompt.message).toContain(locale === "ja" ? "億ドル単位" : "US dollars");
    expect(prompt.message).toContain(locale === "ja" ? '=FTX.AMOUNT("15億")/10^8' : '=FTX.AMOUNT("$1.5B")');
  });

  test("a portable copy's messages point at no FTX function", () => {
    const portable = portablePlan(plan).validations ?? [];
    expect(portable.map((v) => [v.range, v.rule])).toEqual(validations.map((v) => [v.range, v.rule]));
    for (const v of portable) {
      expect(JSON.stringify(v)).not.toMatch(/FTX\./);
      expect(v.portable).toBeUndefined();
    }
    expect(portable[0].prompt.message).toBe(validations[0].portable?.prompt);
  });
});

test("the two languages say it in their own words", () => {
  const [en, ja] = LOCALES.map((l) => templatePlan(l).validations ?? []);
  expect(en.map((v) => v.range)).toEqual(ja.map((v) => v.range));
  en.forEach((v, i) => {
    expect(v.prompt.message).not.toBe(ja[i].prompt.message);
    expect(v.error.title).not.toBe(ja[i].error.title);
  });
});
