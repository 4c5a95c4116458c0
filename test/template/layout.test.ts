// The model sheet's layout table: where each line is, spelled out once more here as the
// contract the reader code and users' formulas rely on (moving a row is a deliberate change).

import { CATEGORY_IDS } from "../../src/model";
import { CHART, MODEL_LAYOUT, MODEL_NAMES, PRINT_RANGES, ROWS, across, cell, column } from "../../src/template/layout";
import { templatePlan } from "../../src/template/plan";

test("the addresses of the inputs, drivers, unit and totals", () => {
  expect(MODEL_LAYOUT).toEqual({
    inputs: Object.fromEntries(CATEGORY_IDS.map((id, i) => [id, `D${7 + i}`])),
    article: Object.fromEntries(CATEGORY_IDS.map((id, i) => [id, `C${7 + i}`])),
    ids: "A7:A14",
    inputRange: "D7:D14",
    unit: "D5",
    analystTotal: "D15",
    articleTotal: "C15",
    ftt: { tokens: "D18", priceBefore: "D19", priceAfter: "D20" },
    fttRange: "D18:D20",
  });
  expect(MODEL_NAMES.map((n) => [n.name, n.ref])).toEqual([
    ["FTX_Inputs", "$D$7:$D$14"],
    ["FTX_Article", "$C$7:$C$14"],
    ["FTX_Total", "$D$15"],
    ["FTX_Unit", "$D$5"],
    ["FTX_ArticleTotal", "$C$15"],
    ["FTX_FTT_Tokens", "$D$18"],
    ["FTX_FTT_PriceBefore", "$D$19"],
    ["FTX_FTT_PriceAfter", "$D$20"],
  ]);
  expect(CHART).toEqual({ source: "B6:D14", anchor: { from: "B80", to: "F100" } });
  // Printed: title to chart, every column, the column headings on each page.
  expect(PRINT_RANGES).toEqual({ area: "A1:G100", titleRows: "6:6" });
});

test("sections follow one another with their blank rows; helpers spell addresses from the table", () => {
  expect(ROWS.total).toEqual({ first: 15, last: 15 });
  expect(ROWS.fttHeading.first).toBe(17);
  expect(ROWS.fttNote.first).toBe(21);
  expect(ROWS.referenceHeading.first).toBe(23);
  expect(ROWS.references).toEqual({ first: 25, last: 28 });
  // "What the record shows": one row per headline figure and per best-sourced line figure.
  expect(ROWS.record).toEqual({ first: 30, last: 78 });
  expect([column("reasoning"), cell("share", 9), across(1), across(21, "label")]).toEqual(["G", "F9", "A1:G1", "B21:G21"]);
});

test("both languages render the same layout", () => {
  for (const locale of ["en", "ja"] as const) expect(templatePlan(locale).layout).toBe(MODEL_LAYOUT);
});
