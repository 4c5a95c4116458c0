// The model sheet's input cells accept numbers only. Text such as "20億" in an estimate would be
// read by FTX.TOTAL as dollars (2e9, where the Japanese sheet counts 億ドル) and would turn the
// Difference and Share columns into #VALUE!, so Excel refuses it as it is typed.

import { ESTIMATE_BOUND, type Locale } from "../model";
import { columnRuns } from "../sheet/address";
import type { PlanValidation } from "../sheet/plan";
import type { TemplateLayout } from "./layout";
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
  const between = { type: "decimal", operator: "between", min: -ESTIMATE_BOUND, max: ESTIMATE_BOUND } as const;
  const atLeastZero = { type: "decimal", operator: "greaterThanOrEqual", min: 0 } as const;
  const { tokens, priceBefore, priceAfter } = layout.ftt;
  return [
    ...columnRuns(estimates).map((range) => validation(range, between, "estimate")),
    ...columnRuns([tokens]).map((range) => validation(range, atLeastZero, "tokens")),
    ...columnRuns([priceBefore, priceAfter]).map((range) => validation(range, atLeastZero, "price")),
  ];
}
