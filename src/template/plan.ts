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
import { rowHeights } from "../sheet/row-heights";
import type { CellStyle, PlanCell, PlanChart, SheetPlan, StyleId } from "../sheet/plan";
import {
  CHART,
  COLUMNS,
  FTT_DRIVERS,
  LAYOUT_VERSION,
  TORNADO_CHART,
  MODEL_LAYOUT,
  MODEL_NAMES,
  PRINT_RANGES,
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
import { recordSection } from "./sections/record";
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
  // Rows are as tall as their reasoning: every cell sits at the top, level with its first line.
  id: { fontColor: "#7F7F7F", fontSize: 9, vertical: "top" },
  label: { wrap: true, vertical: "top" },
  // The usual modelling convention: blue type on a light yellow fill marks a cell to change.
  input: { fontColor: "#0000FF", fill: "#FFF2CC", horizontal: "right", vertical: "top" },
  calc: { horizontal: "right", vertical: "top" },
  totalLabel: { bold: true, borderTop: "thin", borderBottom: "double", vertical: "top" },
  total: { bold: true, borderTop: "thin", borderBottom: "double", horizontal: "right", vertical: "top" },
  reasoning: { wrap: true, fontColor: "#404040", fontSize: 9, vertical: "top" },
  // A source's title, linked: wrapped, so it stays within the printed columns.
  source: { fontColor: "#0563C1", underline: true, fontSize: 9, wrap: true, vertical: "top" },
};

const FORMATS: Record<Locale, { unit: string; amount: string; difference: string; share: string; tokens: string; price: string }> = {
  // 1.5e9 shows as $1.5B, 2.1e8 as $0.21B: each trailing comma divides by 1,000.
  en: {
    unit: '"US$"#,##0',
    amount: '$#,##0.0##,,,"B";-$#,##0.0##,,,"B";$0.0"B"',
    // Signed, in billions like the amounts: +$2.0B, and a $25M edit shows as +$0.025B, not $0.0B.
    // Not billions above 1e9 and millions below: that takes [>=1e9] conditions, and under
    // conditions Excel and LibreOffice disagree on which section shows a negative number's minus
    // sign (Excel drops it in a conditional second section: SheetJS issue 2594).
    difference: '+$#,##0.0##,,,"B";-$#,##0.0##,,,"B";$0.0"B"',
    share: "0.0%",
    tokens: "#,##0",
    price: "$#,##0.00",
  },
  // Japanese cells hold 億ドル, shown with two decimals: the article's 15 as 15.00, the FTT line's
  // 39.99999… as 40.00 (General would let float noise widen the cell to ###).
  ja: {
    unit: '#,##0"ドル"',
    amount: '#,##0.00"億ドル"',
    difference: '+#,##0.00"億ドル";-#,##0.00"億ドル";0.00"億ドル"',
    share: "0.0%",
    tokens: "#,##0",
    price: "$#,##0.00",
  },
};

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
  put({ address: layout.unit, value: unit, format: f.unit, style: "id" });
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
    put({ address: cell("difference", row), formula: `=${yours}-${claimCell}`, result: articleTotal - claim, format: f.difference, style: "calc" });
    put({ address: cell("reasoning", row), value: ref.quote, style: "reasoning" });
  });

  cells.push(...uncertaintyCells(locale, unit, lines, f));
  const record = recordSection(locale, unit, f.amount);
  cells.push(...record.cells);

  const columns = COLUMNS.map(({ key, width }) => ({ column: column(key), width }));
  const merges = [
    ...[ROWS.title, ROWS.citation, ROWS.howTo, ROWS.caveat].map((rows) => across(rows.first)),
    across(ROWS.fttNote.first, "label"),
    across(ROWS.uncertaintyNote.first, "label"),
    ...record.merges,
  ];
  // A constant a copy for use without the add-in words differently (the simulation's snapshot
  // note) gets the height of the longer wording.
  const copyWordings = cells.flatMap((c) =>
    c.formula === undefined && typeof c.portable === "string" ? [{ ...c, value: c.portable }] : [],
  );
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
    // Every row whose text needs it (headings, notes, the article's reasoning), as autofit is not
    // available to every writer (the .xlsx export has none) and Excel does not fit merged cells.
    rows: rowHeights({ cells: [...cells, ...copyWordings], styles: STYLES, columns, merges }),
    merges,
    names: MODEL_NAMES.map(({ name, ref, says }) => ({ name, ref, comment: comments[says] })),
    freeze: { rows: ROWS.header.first, columns: 0 },
    charts: [
      { type: "barClustered", title: t.chartTitle, ...CHART },
      { type: "barStacked", title: t.tornado.chartTitle, ...TORNADO_CHART },
    ],
    layout,
    validations: inputValidations(locale, layout),
    print: { orientation: "landscape", fit: { wide: 1, tall: 2 }, ...PRINT_RANGES },
  };
}
