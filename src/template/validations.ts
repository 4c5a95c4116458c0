// The model sheet's input cells accept numbers only. Text such as "20億" in an estimate would be
// read by FTX.TOTAL as dollars (2e9, where the Japanese sheet counts 億ドル) and would turn the
// Difference and Share columns into #VALUE!, so Excel refuses it as it is typed.

import { ESTIMATE_BOUND, type Locale } from "../model";
import type { PlanValidation, TemplateLayout } from "./plan";
import { TEXT } from "./text";

/** "D7","D8",...,"D12","D14" → "D7:D12","D14": one validation per unbroken run of rows. */
function columnRuns(addresses: string[]): string[] {
  const cells = addresses
    .map((a) => /^([A-Z]+)(\d+)$/.exec(a))
    .map((m, i) => {
      if (!m) throw new Error(`Not a cell address: ${addresses[i]}.`);
      return { column: m[1], row: Number(m[2]) };
    })
    .sort((a, b) => a.column.localeCompare(b.column) || a.row - b.row);
  const runs: { column: string; top: number; bottom: number }[] = [];
  for (const { column, row } of cells) {
    const last = runs[runs.length - 1];
    if (last && last.column === column && last.bottom + 1 === row) last.bottom = row;
    else runs.push({ column, top: row, bottom: row });
  }
  return runs.map((r) => (r.top === r.bottom ? `${r.column}${r.top}` : `${r.column}${r.top}:${r.column}${r.bottom}`));
}

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
