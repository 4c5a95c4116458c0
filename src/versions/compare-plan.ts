// The comparison sheet as data: the article and the chosen versions side by side per category,
// each version's difference from the article (and from the first chosen version), totals, the
// FTT drivers, when each was saved, and a chart. writePlan turns it into a new sheet.
//
// The figures are a snapshot (constants), so the sheet keeps meaning what it meant when made;
// differences and totals are native formulas, so it reads the same without the add-in.
//
// A reference version (one public source's figures) shows "—" on a line its source does not
// cover: never a 0. Its total adds only the lines it covers and says so ("partial: 2 of 8
// lines"), a difference with a "—" on either side is "—", and it stays out of the chart, where
// Excel would draw a text cell as 0.

import { CATEGORIES, citation, ARTICLE, type CategoryId, type Locale } from "../model";
import { columnLetters } from "../sheet/address";
import { templatePlan } from "../template/plan";
import type { PlanCell, SheetPlan } from "../sheet/plan";
import { articleVersion } from "./article";
import { FTT_DRIVERS, MODEL_LAYOUT } from "../template/layout";
import { TEXT as TEMPLATE_TEXT } from "../template/text";
import { toSheetUnit } from "../template/unit";
import { partialTotal, type ReferenceVersion } from "./reference";
import { isArticleName, type FttDrivers, type LineRange, type Version } from "./version";

const TEXT: Record<Locale, {
  sheetName: string;
  title: string;
  note: (unit: string) => string;
  article: string;
  category: string;
  total: string;
  minus: (a: string, b: string) => string;
  chartTitle: string;
  details: string;
  saved: string;
  noteRow: string;
  unit: string;
  covered: string;
  partialNote: string;
}> = {
  en: {
    sheetName: "Comparison",
    title: "Versions compared with the article",
    note: (unit) => `A snapshot of the versions when this sheet was made; amounts in ${unit}. Differences are each version minus the column named after "−".`,
    article: "Article",
    category: "Cause of loss",
    total: "Total",
    minus: (a, b) => `${a} − ${b}`,
    chartTitle: "The article and your versions, by cause",
    details: "Details",
    saved: "Saved",
    noteRow: "Note",
    unit: "US dollars",
    covered: "Lines covered",
    partialNote:
      'A reference version shows "—" where its source gives no figure (never 0): its total adds only the lines it covers, and the chart leaves it out.',
  },
  ja: {
    sheetName: "比較",
    title: "バージョンと記事の比較",
    note: (unit) => `このシートを作成した時点のバージョンの写しです。金額の単位は${unit}。差額は各バージョンから「−」の後の列を引いた値です。`,
    article: "記事",
    category: "損失の原因",
    total: "合計",
    minus: (a, b) => `${a} − ${b}`,
    chartTitle: "原因別:記事とあなたのバージョン",
    details: "詳細",
    saved: "保存日時",
    noteRow: "メモ",
    unit: "億ドル",
    covered: "対象の行",
    partialNote:
      "参考バージョンは、出典に数字がない行を「—」で示します(0ではありません)。合計は対象の行だけの部分的な合計で、グラフには含めません。",
  },
};

export const COMPARISON_HEADER_ROW = 5;
const FIRST_ROW = COMPARISON_HEADER_ROW + 1;

/** A version as the comparison shows it: a reference version has no figure ("—", null) on the
 * lines its source does not cover, and no FTT drivers. */
export type Compared = Version | ReferenceVersion;

interface Column {
  name: string;
  note: string;
  savedAt: string;
  amounts: Record<CategoryId, number | null>;
  ftt: FttDrivers | null;
  ranges: Record<CategoryId, LineRange> | null;
}

const isReference = (v: Compared): v is ReferenceVersion => "covered" in v;

function columnOf(v: Compared, locale: Locale): Column {
  if (isReference(v)) return { name: v.label[locale], note: v.note[locale], savedAt: v.savedAt, amounts: v.amounts, ftt: null, ranges: null };
  return v;
}

const NO_FIGURE = "—";

/** The article first, then each chosen version once (the built-in article is not repeated): the
 * versions with a figure on every line, then the reference versions. */
export function comparisonPlan(chosen: readonly Compared[], locale: Locale): SheetPlan {
  const t = TEXT[locale];
  const template = templatePlan(locale);
  const formatAt = (address: string) => template.cells.find((c) => c.address === address)?.format ?? "General";
  const amountFormat = formatAt(MODEL_LAYOUT.inputs.luna);
  const inUnit = (dollars: number | null) => (dollars === null ? null : toSheetUnit(dollars, template.unit));

  const complete = chosen.filter((v) => !isReference(v) && !isArticleName(v.name));
  const references = chosen.filter(isReference);
  const versions = [...complete, ...references].map((v) => columnOf(v, locale));
  const columns: Column[] = [{ ...articleVersion(), name: t.article }, ...versions];
  const names = columns.map((v) => v.name);
  const lastRow = FIRST_ROW + CATEGORIES.length - 1;
  const totalRow = lastRow + 1;
  const cells: PlanCell[] = [];
  const put = (cell: PlanCell) => cells.push(cell);
  const col = (i: number) => columnLetters(3 + i); // C is the article

  put({ address: "A1", value: t.title, style: "title" });
  put({ address: "A2", value: citation(locale), style: "link", link: ARTICLE.url });
  put({ address: "A3", value: t.note(t.unit), style: "note" });
  if (references.length > 0) put({ address: "A4", value: t.partialNote, style: "note" });
  put({ address: `A${COMPARISON_HEADER_ROW}`, value: "ID", style: "header" });
  put({ address: `B${COMPARISON_HEADER_ROW}`, value: t.category, style: "header" });

  // Difference columns: every version minus the article, then minus the first chosen version.
  const diffs: { of: number; from: number }[] = [
    ...versions.map((_, i) => ({ of: i + 1, from: 0 })),
    ...versions.slice(1).map((_, i) => ({ of: i + 2, from: 1 })),
  ];
  columns.forEach((_, i) => put({ address: `${col(i)}${COMPARISON_HEADER_ROW}`, value: names[i], style: "header" }));
  diffs.forEach((d, j) => {
    put({ address: `${col(columns.length + j)}${COMPARISON_HEADER_ROW}`, value: t.minus(names[d.of], names[d.from]), style: "header" });
  });

  /** Per column (versions, then differences): the amounts per line in the sheet's unit, null for "—". */
  const shown: (number | null)[][] = [
    ...columns.map((v) => CATEGORIES.map((c) => inUnit(v.amounts[c.id]))),
    ...diffs.map((d) =>
      CATEGORIES.map((c) => {
        const [a, b] = [inUnit(columns[d.of].amounts[c.id]), inUnit(columns[d.from].amounts[c.id])];
        return a === null || b === null ? null : a - b;
      }),
    ),
  ];

  CATEGORIES.forEach((c, k) => {
    const row = FIRST_ROW + k;
    put({ address: `A${row}`, value: c.id, style: "id" });
    put({ address: `B${row}`, value: c.label[locale], style: "label" });
    columns.forEach((_, i) => {
      const value = shown[i][k];
      put({ address: `${col(i)}${row}`, value: value ?? NO_FIGURE, format: amountFormat, style: "calc" });
    });
    diffs.forEach((d, j) => {
      const address = `${col(columns.length + j)}${row}`;
      const result = shown[columns.length + j][k];
      if (result === null) return put({ address, value: NO_FIGURE, format: amountFormat, style: "calc" });
      put({ address, formula: `=${col(d.of)}${row}-${col(d.from)}${row}`, result, format: amountFormat, style: "calc" });
    });
  });

  put({ address: `A${totalRow}`, value: "total", style: "id" });
  put({ address: `B${totalRow}`, value: t.total, style: "totalLabel" });
  // SUM adds numbers only, so a "—" is skipped, never counted as 0; the row below says which
  // totals are partial.
  const partialRow = totalRow + 1;
  let partial = false;
  shown.forEach((values, i) => {
    const c = col(i);
    const covered = values.filter((v): v is number => v !== null);
    const result = covered.reduce((a, b) => a + b, 0);
    put({ address: `${c}${totalRow}`, formula: `=SUM(${c}${FIRST_ROW}:${c}${lastRow})`, result, format: amountFormat, style: "total" });
    if (covered.length === values.length) return;
    partial = true;
    put({ address: `${c}${partialRow}`, value: partialTotal(covered.length, values.length)[locale], style: "note" });
  });
  if (partial) put({ address: `B${partialRow}`, value: t.covered, style: "label" });

  const details = (partial ? partialRow : totalRow) + 2;
  const driverRows = FTT_DRIVERS.map((d) => ({
    label: TEMPLATE_TEXT[locale].fttDrivers[d].label,
    value: (v: Column) => v.ftt?.[d] ?? "",
    format: formatAt(MODEL_LAYOUT.ftt[d]),
  }));
  // Each line's range, in the sheet's unit: "LUNA: Low", "LUNA: High" (none for a reference).
  const headers = TEMPLATE_TEXT[locale].headers;
  const rangeRows = CATEGORIES.flatMap((c) =>
    (["low", "high"] as const).map((side) => ({
      label: `${c.label[locale]}: ${headers[side]}`,
      value: (v: Column) => inUnit(v.ranges?.[c.id][side] ?? null) ?? "",
      format: amountFormat,
    })),
  );
  const rows: { label: string; value: (v: Column) => string | number; format?: string }[] = [
    { label: t.saved, value: (v) => v.savedAt },
    { label: t.noteRow, value: (v) => v.note },
    ...driverRows,
    ...rangeRows,
  ];
  put({ address: `B${details}`, value: t.details, style: "section" });
  rows.forEach((r, k) => {
    const row = details + 1 + k;
    put({ address: `B${row}`, value: r.label, style: "label" });
    columns.forEach((v, i) => {
      const value = r.value(v);
      if (value === "") return;
      put({ address: `${col(i)}${row}`, value, format: r.format, style: r.format ? "calc" : "note" });
    });
  });
  const lastDetailRow = details + rows.length;

  const lastColumn = columnLetters(Math.max(6, 2 + columns.length + diffs.length));
  return {
    sheetName: t.sheetName,
    cells,
    styles: template.styles,
    columns: [
      { column: "A", width: 18 },
      { column: "B", width: 46 },
      ...[...columns, ...diffs].map((_, i) => ({ column: col(i), width: 16 })),
    ],
    merges: [],
    names: [],
    freeze: { rows: COMPARISON_HEADER_ROW, columns: 2 },
    charts: [{
      type: "barClustered",
      title: t.chartTitle,
      source: `B${COMPARISON_HEADER_ROW}:${col(complete.length)}${lastRow}`,
      anchor: { from: `B${lastDetailRow + 2}`, to: `${lastColumn}${lastDetailRow + 24}` },
    }],
  };
}
