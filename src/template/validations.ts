// The model sheet's input cells accept numbers only. Text such as "20億" in an estimate would be
// read by FTX.TOTAL as dollars (2e9, where the Japanese sheet counts 億ドル) and would turn the
// Difference and Share columns into #VALUE!, so Excel refuses it as it is typed. Each line keeps
// low ≤ estimate ≤ high: the bounds are the row's own cells, formulas relative to a run's first
// row ("=E7" on D7:D12 is E8 on D8), as Excel reads a validation formula.

import { ESTIMATE_BOUND, SIMULATION_LIMITS, type Locale } from "../model";
import { columnRuns, parseAddress } from "../sheet/address";
import type { PlanValidation } from "../sheet/plan";
import { cell, type ColumnKey, type TemplateLayout } from "./layout";
import { TEXT } from "./text";

/** The numbers-only rules of the model sheet: the estimates (not the FTT line, a formula over
 * its drivers) and the FTT drivers, which cannot be negative. */
export function inputValidations(locale: Locale, layout: TemplateLayout): PlanValidation[] {
  const words = TEXT[locale].inputs;
  const validation = (
    range: string,
    rule: PlanValidation["rule"],
    kind: keyof typeof words,
  ): PlanValidation => {
    const { title, error, message, convert } = words[kind];
    // Japanese sentences follow one another without a space.
    const gap = message.endsWith("。") ? "" : " ";
    const full = convert === undefined ? message : `${message}${gap}${convert}`;
    return {
      range,
      rule,
      error: { title: error, message: full },
      prompt: { title, message: full },
      ...(convert === undefined ? {} : { portable: { error: message, prompt: message } }),
    };
  };
  const estimates = Object.entries(layout.inputs)
    .filter(([id]) => id !== "ftt_drop")
    .map(([, address]) => address);
  /** The same row's cell in another column, for the run starting at `range`. */
  const sameRow = (range: string, key: ColumnKey) => `=${cell(key, parseAddress(range.split(":")[0]).row)}`;
  const decimal = (min: string | number, max: string | number) => ({ type: "decimal", operator: "between", min, max }) as const;
  const atLeastZero = { type: "decimal", operator: "greaterThanOrEqual", min: 0 } as const;
  const { tokens, priceBefore, priceAfter } = layout.ftt;
  const whole = (limits: { min: number; max: number }) => ({ type: "whole", operator: "between", ...limits }) as const;
  return [
    ...columnRuns(estimates).map((range) => validation(range, decimal(sameRow(range, "low"), sameRow(range, "high")), "estimate")),
    ...columnRuns(Object.values(layout.lows)).map((range) =>
      validation(range, decimal(-ESTIMATE_BOUND, sameRow(range, "input")), "low"),
    ),
    ...columnRuns(Object.values(layout.highs)).map((range) =>
      validation(range, decimal(sameRow(range, "input"), ESTIMATE_BOUND), "high"),
    ),
    ...columnRuns([layout.uncertainty.iterations]).map((range) => validation(range, whole(SIMULATION_LIMITS.iterations), "iterations")),
    ...columnRuns([layout.uncertainty.seed]).map((range) => validation(range, whole(SIMULATION_LIMITS.seed), "seed")),
    ...columnRuns([tokens]).map((range) => validation(range, atLeastZero, "tokens")),
    ...columnRuns([priceBefore, priceAfter]).map((range) => validation(range, atLeastZero, "price")),
  ];
}
