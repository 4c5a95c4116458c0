// "How wrong can it be?" and the tornado, rendered from the layout table for a locale: the
// simulation's settings as inputs, its percentiles, mean and chances as live formulas over the
// sheet's own Low, estimate and High cells, and each line's swing of the total, sorted largest
// first by native formulas (a helper in sheet order ranks the swings, ties broken by sheet order).
//
// The FTX simulation is handed the sheet's cells as they are, in the sheet's unit, and so is the
// threshold: every draw is low + (high − low)·g(u), so amounts in 億ドル give the total in 億ドル,
// the same figure as in dollars ÷ 10^8 (test/template/hyperformula.test.ts checks it). Converting
// inside the call (E7:E14*10^8) would need an array expression in a custom function's argument,
// which Excel opens from a file as a legacy formula and may implicitly intersect.

import {
  REFERENCE_TOTALS,
  SIMULATION_LIMITS,
  formatAmount,
  joinSentences,
  rangeFor,
  type CategoryId,
  tornado,
  totalPercentile,
  totalProbability,
  unwrap,
  type Locale,
  type Triangle,
} from "../../model";
import { absolute } from "../../sheet/address";
import type { PlanCell } from "../../sheet/plan";
import {
  COLUMNS,
  HEADLINE_CLAIMS,
  MODEL_LAYOUT,
  ROWS,
  TORNADO,
  UNCERTAINTY_ROWS,
  cell,
  referenceRow,
  span,
  tornadoRow,
  uncertaintyRow,
  type UncertaintyRow,
} from "../layout";
import { TEXT } from "../text";

/** The percentiles the section shows, by row. */
const PERCENTILES = { p5: 0.05, p50: 0.5, p95: 0.95 } as const;

export interface UncertaintyFormats {
  amount: string;
  share: string;
}

/** A line as the template writes it: its id and label, and its low, estimate and high in the
 * sheet's unit (for the results the formulas show). */
export interface SheetLine extends Triangle {
  id: string;
  label: string;
}

/** The cells of both sections; `lines` in sheet order, `unit` the dollars per number shown. */
export function uncertaintyCells(locale: Locale, unit: number, lines: readonly SheetLine[], f: UncertaintyFormats): PlanCell[] {
  const t = TEXT[locale];
  const layout = MODEL_LAYOUT;
  const cells: PlanCell[] = [];
  const put = (c: PlanCell) => cells.push(c);
  const { iterations, seed } = SIMULATION_LIMITS;
  const at = layout.uncertainty;
  const ranges = `${layout.lowRange},${layout.inputRange},${layout.highRange}`;
  const settings = `${absolute(at.iterations)},${absolute(at.seed)}`;
  const grids = (["low", "base", "high"] as const).map((k) => lines.map((l) => [l[k]]));
  const [lows, bases, highs] = grids;

  put({ address: cell("label", ROWS.uncertaintyHeading.first), value: t.uncertainty.heading, style: "section" });
  put({
    address: layout.simulationNote,
    value: t.uncertainty.live,
    // Stays true in a copy for use without the add-in, where the percentiles become values.
    portable: t.uncertainty.snapshot(iterations.default.toLocaleString("en-US"), String(seed.default)),
    style: "note",
  });

  const row = (key: UncertaintyRow) => {
    put({ address: cell("id", uncertaintyRow(key)), value: key, style: "id" });
    put({ address: cell("label", uncertaintyRow(key)), value: t.uncertainty.rows[key], style: "label" });
  };
  for (const key of UNCERTAINTY_ROWS) row(key);
  put({ address: at.iterations, value: iterations.default, format: "#,##0", style: "input" });
  put({ address: at.seed, value: seed.default, format: "0", style: "input" });
  for (const [key, p] of Object.entries(PERCENTILES) as [keyof typeof PERCENTILES, number][]) {
    const result = unwrap(totalPercentile(p, lows, bases, highs, iterations.default, seed.default));
    put({
      address: at[key],
      formula: `=FTX.PERCENTILE(${p},${ranges},${settings})`,
      portable: result,
      snapshot: true,
      result,
      format: f.amount,
      style: "calc",
    });
  }
  // The mean has a closed form: Σ (low + estimate + high) / 3, native and exact.
  put({
    address: at.mean,
    formula: `=(SUM(${layout.lowRange})+SUM(${layout.inputRange})+SUM(${layout.highRange}))/3`,
    result: lines.reduce((s, l) => s + l.low + l.base + l.high, 0) / 3,
    format: f.amount,
    style: "calc",
  });
  for (const claim of HEADLINE_CLAIMS) {
    const index = REFERENCE_TOTALS.findIndex((r) => r.id === claim);
    const threshold = cell("article", referenceRow(index));
    const amount = REFERENCE_TOTALS[index].amount / unit;
    const result = unwrap(totalProbability(amount, lows, bases, highs, iterations.default, seed.default));
    put({ address: cell("article", uncertaintyRow(claim)), formula: `=${threshold}`, result: amount, format: f.amount, style: "calc" });
    put({
      address: at[claim],
      formula: `=FTX.PROBABILITY(${threshold},${ranges},${settings})`,
      portable: result,
      snapshot: true,
      result,
      format: f.share,
      style: "calc",
    });
  }

  // The tornado.
  put({ address: cell("label", ROWS.tornadoHeading.first), value: t.tornado.heading, style: "section" });
  for (const [key, column] of Object.entries(TORNADO) as [keyof typeof TORNADO, (typeof TORNADO)[keyof typeof TORNADO]][]) {
    put({ address: cell(column, ROWS.tornadoHeader.first), value: t.tornado.headers[key], style: "header" });
  }
  const total = lines.reduce((s, l) => s + l.base, 0);
  const sorted = tornado(lines, total);
  const swings = span(TORNADO.lineSwing, "tornado");
  const ranks = absolute(span(TORNADO.lineRank, "tornado"));
  const pick = (column: (typeof COLUMNS)[number]["key"], k: number) =>
    `INDEX(${absolute(span(column, "categories"))},MATCH(${k + 1},${ranks},0))`;
  lines.forEach((line, k) => {
    const r = tornadoRow(k);
    const categoryRow = ROWS.categories.first + k;
    // Helper, sheet order: line k's swing and its rank (larger first; an equal swing higher up
    // the sheet ranks first, so no two lines share a rank).
    const swingCell = cell(TORNADO.lineSwing, r);
    put({
      address: swingCell,
      formula: `=${cell("high", categoryRow)}-${cell("low", categoryRow)}`,
      result: line.high - line.low,
      format: f.amount,
      style: "calc",
    });
    const first = cell(TORNADO.lineSwing, ROWS.tornado.first);
    put({
      address: cell(TORNADO.lineRank, r),
      formula: `=SUMPRODUCT(--(${absolute(swings)}>${swingCell}))+SUMPRODUCT(--(${absolute(first)}:${swingCell}=${swingCell}))`,
      result: sorted.findIndex((s) => s.index === k) + 1,
      format: "0",
      style: "calc",
    });
    // Sorted: the k-th largest swing.
    const s = sorted[k];
    const shown = lines[s.index];
    const [lowChange, highChange] = [cell(TORNADO.lowChange, r), cell(TORNADO.highChange, r)];
    put({ address: cell(TORNADO.id, r), formula: `=${pick("id", k)}`, result: shown.id, style: "id" });
    put({ address: cell(TORNADO.label, r), formula: `=${pick("label", k)}`, result: shown.label, style: "label" });
    for (const side of ["low", "high"] as const) {
      put({
        address: side === "low" ? lowChange : highChange,
        formula: `=${pick(side, k)}-${pick("input", k)}`,
        result: shown[side] - shown.base,
        format: f.amount,
        style: "calc",
      });
    }
    put({ address: cell(TORNADO.swing, r), formula: `=${highChange}-${lowChange}`, result: s.swing, format: f.amount, style: "calc" });
  });
  return cells;
}

/** Where a line's default Low and High come from, in a few words: each bound's amount, its basis
 * (an assumption said so) and the outlets and dates of its sources. */
export function rangeSourceText(id: CategoryId, locale: Locale): string {
  const t = TEXT[locale].rangeSource;
  const range = rangeFor(id);
  const sep = locale === "ja" ? "、" : "; ";
  const bound = (side: "low" | "high"): string => {
    const b = range[side];
    const basis = b.widenedFrom
      ? `${t.basis.article}${locale === "ja" ? "。" : "; "}${t.sourcesReach(formatAmount(b.widenedFrom.amount, locale))}`
      : t.basis[b.basis];
    const sources = b.sources.map((s) => `${s.outlet}, ${s.date}`).join(sep);
    const head = `${t.bound[side]} ${formatAmount(b.amount, locale)}`;
    return locale === "ja"
      ? `${head}(${basis})${sources ? `:${sources}` : ""}。`
      : `${head} (${basis})${sources ? `: ${sources}` : ""}.`;
  };
  return joinSentences(locale, [bound("low"), bound("high")]);
}
