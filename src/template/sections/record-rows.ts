// Which rows "What the record shows" takes, top to bottom, as data from the record table
// (src/model/record): the layout table counts them and the section renders them, so a figure
// added to the table moves every row below without anyone counting by hand.

import { CATEGORIES, bestSourced, headlineComparison, type EvidenceRow, type HeadlineFigure, type Locale } from "../../model";

type Text = Record<Locale, string>;

export type RecordRow =
  | { type: "heading" | "note" | "header" }
  /** "The headline totals" or "Line by line". */
  | { type: "subheading"; part: "headline" | "lines" }
  /** A line or a headline comparison; `article` is the article's own figure for a line. */
  | { type: "group"; id: string; label: Text; article?: number }
  | { type: "figure"; figure: HeadlineFigure }
  /** A line with no figure published since the article (never shown as 0). */
  | { type: "none" };

/** A record figure as the headline comparison shows one: its value, kind and row. */
const asFigure = (row: EvidenceRow): HeadlineFigure => ({
  value: row.value,
  ratio: row.ratio,
  relation: "=",
  kind: row.kind,
  row,
  label: null,
});

export const RECORD_ROWS: readonly RecordRow[] = [
  { type: "heading" },
  { type: "note" },
  { type: "header" },
  { type: "subheading", part: "headline" },
  ...headlineComparison().flatMap((item): RecordRow[] => [
    { type: "group", id: item.id, label: item.label },
    ...item.figures.map((figure): RecordRow => ({ type: "figure", figure })),
  ]),
  { type: "subheading", part: "lines" },
  ...CATEGORIES.flatMap((c): RecordRow[] => {
    const best = bestSourced(c.id);
    return [
      { type: "group", id: c.id, label: c.label, article: c.amount },
      ...(best.length === 0 ? [{ type: "none" } as const] : best.map((row): RecordRow => ({ type: "figure", figure: asFigure(row) }))),
    ];
  }),
];
