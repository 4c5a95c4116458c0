// The model sheet as data, rendered from the layout table (layout.ts) for a locale: every cell
// (value or formula, with its native stand-in and the result it shows with the article's
// inputs), style, number format, name, width and the chart. The Office.js writer, the .xlsx
// export and the tests all consume this one plan.

import {
  ARTICLE,
  ARTICLE_FTT,
  ARTICLE_TOTAL,
  CATEGORIES,
  REFERENCE_TOTALS,
  TOTAL,
  citation,
  fttLoss,
  fttLossFormula,
  rangeFor,
  unwrap,
  type Locale,
} from "../model";
import { absolute } from "../sheet/address";
import type { CellStyle, PlanCell, PlanChart, SheetPlan, StyleId } from "../sheet/plan";
import {
  CHART,
  COLUMNS,
  FTT_DRIVERS,
  LAYOUT_VERSION,
  TORNADO_CHART,
  MODEL_LAYOUT,
  MODEL_NAMES,
  ROWS,
  across,
  categoryRow,
  cell,
  column,
  driverRow,
  referenceRow,
  span,
  type TemplateLayout,
} from "./layout";
import { TEXT } from "./text";
import { DISPLAY_UNIT, inUnitFormula } from "./unit";
import { inputValidations } from "./validations";
import { rangeSourceText, uncertaintyCells, type SheetLine } from "./sections/uncertainty";

export type { TemplateLayout };

/** The model sheet: a SheetPlan plus where its inputs and totals are. */
export interface TemplatePlan extends SheetPlan {
  locale: Locale;
  /** US dollars per unit shown: 1 in English, 1e8 (億ドル) in Japanese. */
  unit: number;
  charts: PlanChart[];
  layout: TemplateLayout;
}

const STYLES: Record<StyleId, CellStyle> = {
  title: { bold: true, fontSize: 16, fontColor: "#1F3864" },
  link: { fontColor: "#0563C1", underline: true },
  note: { italic: true, fontColor: "#595959", wrap: true, vertical: "top" },
  header: { bold: true, fill: "#D9E1F2", borderBottom: "thin", wrap: true, vertical: "center" },
  section: { bold: true, fontSize: 12, fontColor: "#1F3864" },
  id: { fontColor: "#7F7F7F", fontSize: 9 },
  label: {},
  // The usual modelling convention: blue type on a light yellow fill marks a cell to change.
  input: { fontColor: "#0000FF", fill: "#FFF2CC", horizontal: "right" },
  calc: { horizontal: "right" },
  totalLabel: { bold: true, borderTop: "thin", borderBottom: "double" },
  total: { bold: true, borderTop: "thin", borderBottom: "double", horizontal: "right" },
  reasoning: { wrap: true, fontColor: "#404040", fontSize: 9, vertical: "top" },
};

const FORMATS: Record<Locale, { amount: string; difference: string; share: string; tokens: string; price: string }> = {
  // 1.5e9 shows as $1.5B, 2.1e8 as $0.21B: each trailing comma divides by 1,000.
  en: {
    amount: '$#,##0.0##,,,"B";-$#,##0.0##,,,"B";$0.0"B"',
    // Differences are often small: in millions, signed, so a $25M edit does not read "$0.0B".
    difference: '+$#,##0.0,,"M";-$#,##0.0,,"M";$0"M"',
    share: "0.0%",
    tokens: "#,##0",
    price: "$#,##0.00",
  },
  // Japanese cells hold 億ドル, so they show the article's own figures: 15, 10, ... 155.
  // "General" keeps 15 as 15 and 15.5 as 15.5 (a fixed "0.0" would show 15.0).
  ja: { amount: 'General"億ドル"', difference: 'General"億ドル"', share: "0.0%", tokens: "#,##0", price: "$#,##0.00" },
};

/**
 * The height in points that wrapped text needs across a width of `characters` (Excel's column
 * unit): Excel does not fit the height of merged cells. Wide (CJK) characters count as two;
 * 18 pt a line leaves room for Japanese fonts, a spare line for the window's font.
 */
function wrappedHeight(text: string, characters: number): number {
  const units = [...text].reduce((n, ch) => n + (ch.charCodeAt(0) >= 0x2e80 ? 2 : 1), 0);
  return (Math.ceil(units / characters) + 1) * 18;
}

export function templatePlan(locale: Locale): TemplatePlan {
  const t = TEXT[locale];
  const unit = DISPLAY_UNIT[locale];
  const f = FORMATS[locale];
  const layout = MODEL_LAYOUT;
  const cells: PlanCell[] = [];
  const put = (cell: PlanCell) => cells.push(cell);
  const totalRef = absolute(layout.analystTotal);
  const articleTotal = ARTICLE_TOTAL / unit;

  put({ address: cell("id", ROWS.title.first), value: t.title, style: "title" });
  put({ address: cell("id", ROWS.citation.first), value: citation(locale), style: "link", link: ARTICLE.url });
  put({ address: cell("id", ROWS.howTo.first), value: t.howTo, style: "note" });
  put({ address: cell("id", ROWS.caveat.first), value: t.caveat, style: "note" });
  put({ address: cell("id", ROWS.unit.first), value: "unit", style: "id" });
  put({ address: cell("label", ROWS.unit.first), value: t.unitLabel, style: "note" });
  put({ address: layout.unit, value: unit, format: "#,##0", style: "id" });
  put({ address: cell("low", ROWS.unit.first), value: "layout", style: "id" });
  put({ address: layout.layoutVersion, value: LAYOUT_VERSION, style: "id" });

  for (const { key } of COLUMNS) put({ address: cell(key, ROWS.header.first), value: t.headers[key], style: "header" });

  const { tokens, priceBefore, priceAfter } = layout.ftt;
  const lines: SheetLine[] = [];
  for (const c of CATEGORIES) {
    const row = categoryRow(c.id);
    const id = `$${cell("id", row)}`;
    const input = layout.inputs[c.id];
    const article = layout.article[c.id];
    const amount = c.amount / unit;
    put({ address: cell("id", row), value: c.id, style: "id" });
    put({ address: cell("label", row), value: c.label[locale], style: "label" });
    put({
      address: article,
      formula: inUnitFormula(`FTX.LOSS(${id})`, unit),
      portable: amount,
      result: amount,
      format: f.amount,
      style: "calc",
    });
    const range = rangeFor(c.id);
    const [low, high] = [range.low.amount / unit, range.high.amount / unit];
    put({ address: layout.lows[c.id], value: low, format: f.amount, style: "input" });
    put({ address: layout.highs[c.id], value: high, format: f.amount, style: "input" });
    put({ address: cell("rangeSource", row), value: rangeSourceText(c.id, locale), style: "reasoning" });
    if (c.id === "ftt_drop") {
      const dollars = unwrap(fttLoss(ARTICLE_FTT.tokens, ARTICLE_FTT.priceBefore, ARTICLE_FTT.priceAfter));
      lines.push({ id: c.id, label: c.label[locale], low, base: dollars / unit, high });
      put({
        address: input,
        formula: inUnitFormula(`FTX.FTTLOSS(${tokens},${priceBefore},${priceAfter})`, unit),
        portable: inUnitFormula(fttLossFormula(tokens, priceBefore, priceAfter), unit),
        result: dollars / unit,
        format: f.amount,
        style: "calc",
      });
    } else {
      lines.push({ id: c.id, label: c.label[locale], low, base: amount, high });
      put({ address: input, value: amount, format: f.amount, style: "input" });
    }
    put({ address: cell("difference", row), formula: `=${input}-${article}`, result: 0, format: f.difference, style: "calc" });
    put({
      address: cell("share", row),
      formula: `=IF(${totalRef}=0,"",${input}/${totalRef})`,
      result: c.amount / ARTICLE_TOTAL,
      format: f.share,
      style: "calc",
    });
    put({
      address: cell("reasoning", row),
      formula: `=FTX.SOURCE(${id},"${locale}")`,
      portable: c.source[locale],
      result: c.source[locale],
      style: "reasoning",
    });
  }

  const r = ROWS.total.first;
  put({ address: cell("id", r), value: TOTAL.id, style: "id" });
  put({ address: cell("label", r), value: TOTAL.label[locale], style: "totalLabel" });
  put({
    address: layout.articleTotal,
    formula: inUnitFormula(`FTX.LOSS("${TOTAL.id}")`, unit),
    portable: `=SUM(${span("article", "categories")})`,
    result: articleTotal,
    format: f.amount,
    style: "total",
  });
  put({
    address: layout.analystTotal,
    formula: `=FTX.TOTAL(${layout.inputRange})`,
    portable: `=SUM(${layout.inputRange})`,
    result: articleTotal,
    format: f.amount,
    style: "total",
  });
  put({
    address: cell("difference", r),
    formula: `=${layout.analystTotal}-${layout.articleTotal}`,
    result: 0,
    format: f.difference,
    style: "total",
  });
  put({
    address: cell("share", r),
    formula: `=IF(${layout.analystTotal}=0,"",SUM(${span("share", "categories")}))`,
    result: 1,
    format: f.share,
    style: "total",
  });
  put({
    address: cell("reasoning", r),
    formula: `=FTX.SOURCE("${TOTAL.id}","${locale}")`,
    portable: TOTAL.source[locale],
    result: TOTAL.source[locale],
    style: "reasoning",
  });

  put({ address: cell("label", ROWS.fttHeading.first), value: t.fttSection, style: "section" });
  const driverValues = { tokens: [ARTICLE_FTT.tokens, f.tokens], priceBefore: [ARTICLE_FTT.priceBefore, f.price], priceAfter: [ARTICLE_FTT.priceAfter, f.price] } as const;
  for (const driver of FTT_DRIVERS) {
    const row = driverRow(driver);
    const [value, format] = driverValues[driver];
    put({ address: cell("label", row), value: t.fttDrivers[driver].label, style: "label" });
    put({ address: layout.ftt[driver], value, format, style: "input" });
    put({ address: cell("reasoning", row), value: t.fttDrivers[driver].note, style: "reasoning" });
  }
  put({ address: cell("label", ROWS.fttNote.first), value: t.fttGarbled, style: "note" });

  put({ address: cell("label", ROWS.referenceHeading.first), value: t.referenceSection, style: "section" });
  for (const { key } of COLUMNS) {
    const header = t.referenceHeaders[key];
    if (header !== undefined) put({ address: cell(key, ROWS.referenceHeader.first), value: header, style: "header" });
  }
  REFERENCE_TOTALS.forEach((ref, i) => {
    const row = referenceRow(i);
    const claim = ref.amount / unit;
    const [claimCell, yours] = [cell("article", row), cell("input", row)];
    put({ address: cell("id", row), value: ref.relation, style: "id" });
    put({ address: cell("label", row), value: ref.label[locale], style: "label" });
    put({ address: claimCell, value: claim, format: f.amount, style: "calc" });
    put({ address: yours, formula: `=${totalRef}`, result: articleTotal, format: f.amount, style: "calc" });
    put({ address: cell("difference", row), formula: `=${yours}-${claimCell}`, result: articleTotal - claim, format: f.amount, style: "calc" });
    put({ address: cell("reasoning", row), value: ref.quote, style: "reasoning" });
  });

  cells.push(...uncertaintyCells(locale, unit, lines, f));

  const columns = COLUMNS.map(({ key, width }) => ({ column: column(key), width }));
  const noteWidth = COLUMNS.filter((c) => c.key !== "id").reduce((sum, c) => sum + c.width, 0); // merged label..last
  const comments = {
    ...t.names,
    unit: t.unitLabel,
    lows: t.names.lows,
    highs: t.names.highs,
    tokens: t.fttDrivers.tokens.label,
    priceBefore: t.fttDrivers.priceBefore.label,
    priceAfter: t.fttDrivers.priceAfter.label,
  };

  return {
    locale,
    sheetName: t.sheetName,
    unit,
    cells,
    styles: STYLES,
    columns,
    rows: [
      // Two lines for the wrapped headings ("Share of your total"), as autofit is not
      // available to every writer (the .xlsx export has none).
      { row: ROWS.header.first, height: 30 },
      { row: ROWS.referenceHeader.first, height: 30 },
      { row: ROWS.fttNote.first, height: wrappedHeight(t.fttGarbled, noteWidth) },
      { row: ROWS.uncertaintyNote.first, height: wrappedHeight(t.uncertainty.snapshot("1,000,000", "4294967295"), noteWidth) },
      { row: ROWS.tornadoHeader.first, height: 30 },
    ],
    merges: [
      ...[ROWS.title, ROWS.citation, ROWS.howTo, ROWS.caveat].map((rows) => across(rows.first)),
      across(ROWS.fttNote.first, "label"),
      across(ROWS.uncertaintyNote.first, "label"),
    ],
    names: MODEL_NAMES.map(({ name, ref, says }) => ({ name, ref, comment: comments[says] })),
    freeze: { rows: ROWS.header.first, columns: 0 },
    charts: [
      { type: "barClustered", title: t.chartTitle, ...CHART },
      { type: "barStacked", title: t.tornado.chartTitle, ...TORNADO_CHART },
    ],
    layout,
    validations: inputValidations(locale, layout),
  };
}
