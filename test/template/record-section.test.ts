// "What the record shows" on the model sheet, in both languages: every headline figure and every
// best-sourced figure per line, with its kind, date and a link only on the outlet's own host;
// references, never inputs (no input style, no validation, outside FTX_Inputs, no formula reads
// them, no total over them); the plain-words line with its figures; evaluation unchanged.
import {
  ARTICLE,
  ARTICLE_TOTAL,
  CATEGORIES,
  KINDS,
  KIND_LABELS,
  NO_FIGURE,
  bestSourced,
  headlineComparison,
  onOutletHost,
  recoveredLine,
  type Locale,
} from "../../src/model";
import { parseAddress } from "../../src/sheet/address";
import { linesHeight, wrappedLines } from "../../src/sheet/row-heights";
import { ROWS } from "../../src/template/layout";
import { templatePlan } from "../../src/template/plan";
import { portablePlan } from "../../src/template/portable";
import { RECORD_ROWS } from "../../src/template/sections/record-rows";
import { TEXT } from "../../src/template/text";
import { DISPLAY_UNIT } from "../../src/template/unit";
import { buildEngine } from "../support/hyperformula-ftx";

const rowOf = (address: string) => parseAddress(address).row;
const inSection = (address: string) => rowOf(address) >= ROWS.record.first && rowOf(address) <= ROWS.record.last;
const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;

test("every kind has a label in each language, all different", () => {
  for (const locale of ["en", "ja"] as const) {
    const labels = KINDS.map((k) => KIND_LABELS[k][locale]);
    expect(new Set(labels).size).toBe(KINDS.length);
    if (locale === "ja") for (const l of labels) expect(l).toMatch(japanese);
  }
});

describe.each(["en", "ja"] as const)("the %s model sheet", (locale: Locale) => {
  const plan = templatePlan(locale);
  const unit = DISPLAY_UNIT[locale];
  const section = plan.cells.filter((c) => inSection(c.address));
  const at = (address: string) => plan.cells.find((c) => c.address === address);
  const t = TEXT[locale].record;

  test("the section sits after the references, before the chart, within the sheet's columns", () => {
    expect(ROWS.record.first).toBeGreaterThan(ROWS.references.last);
    expect(rowOf(plan.charts[0].anchor.from)).toBeGreaterThan(ROWS.record.last);
    expect(at(`B${ROWS.record.first}`)?.value).toBe(t.heading);
    const columns = new Set(plan.columns.map((c) => c.column));
    for (const c of section) expect(columns).toContain(c.address.replace(/\d+$/, ""));
  });

  test("the plain-words line says, with the figures, that much was recovered", () => {
    const line = section.find((c) => typeof c.value === "string" && c.value.startsWith(recoveredLine(locale)));
    expect(line).toBeDefined();
    expect(plan.merges).toContain(`B${rowOf(line?.address ?? "")}:J${rowOf(line?.address ?? "")}`);
    // Excel does not fit a merged cell: the plan sizes the row, for the lines the text takes across
    // B:J, two at least (test/deep/print.test.ts checks in LibreOffice that nothing overlaps).
    const across = plan.columns.filter((c) => c.column !== "A").reduce((sum, c) => sum + c.width, 0);
    const height = plan.rows?.find((r) => r.row === rowOf(line?.address ?? ""))?.height;
    expect(height).toBe(linesHeight(wrappedLines(String(line?.value), across)));
    expect(height).toBeGreaterThanOrEqual(linesHeight(2));
  });

  test("each headline figure and each best-sourced line figure: value in the sheet's unit, kind, date", () => {
    const figures = [
      ...headlineComparison().flatMap((h) => h.figures),
      ...CATEGORIES.flatMap((c) => bestSourced(c.id).map((row) => ({ value: row.value, ratio: row.ratio, row }))),
    ];
    const rows = RECORD_ROWS.flatMap((r, i) => (r.type === "figure" ? [ROWS.record.first + i] : []));
    expect(rows.length).toBe(figures.length);
    figures.forEach((f, i) => {
      const row = rows[i];
      const value = at(`C${row}`);
      if (f.value !== null) expect(value?.value).toBeCloseTo(f.value / unit, 10);
      else expect(value).toMatchObject({ value: f.ratio, format: '"≥"0%' });
      expect(at(`D${row}`)?.value).toBe(f.row ? KIND_LABELS[f.row.kind][locale] : t.article);
      expect(at(`E${row}`)?.value).toBe(f.row ? f.row.date : ARTICLE.published);
    });
    // The article's 15.5B and its ">$15B" head the totals.
    expect(at(`C${rows[0]}`)?.value).toBe(ARTICLE_TOTAL / unit);
    expect(at(`C${rows[1]}`)?.format).toMatch(/^">"/);
    // LUNA: no later figure, said in words, never a 0.
    const luna = RECORD_ROWS.findIndex((r) => r.type === "group" && r.id === "luna");
    expect(at(`B${ROWS.record.first + luna + 1}`)?.value).toBe(NO_FIGURE[locale]);
    expect(at(`C${ROWS.record.first + luna + 1}`)).toBeUndefined();
  });

  test("every link is https on its outlet's own host (the article's own page for its figures)", () => {
    const linked = section.filter((c) => c.link !== undefined);
    expect(linked.length).toBeGreaterThan(10);
    for (const c of linked) {
      const item = RECORD_ROWS[rowOf(c.address) - ROWS.record.first];
      if (item.type !== "figure") throw new Error(`a link outside a figure row: ${c.address}`);
      const source = item.figure.row;
      if (source === null) expect(c.link).toBe(ARTICLE.url);
      else expect({ at: c.address, ok: onOutletHost(source.outlet, c.link ?? "") }).toEqual({ at: c.address, ok: true });
      expect(c.style).toBe("source");
      expect(typeof c.value).toBe("string");
    }
  });

  test("references, never inputs: constants only, no input style, no validation, outside FTX_Inputs", () => {
    expect(section.length).toBeGreaterThan(100);
    for (const c of section) {
      expect(c.formula).toBeUndefined();
      expect(c.style).not.toBe("input");
    }
    for (const v of plan.validations ?? []) {
      for (const end of v.range.split(":")) expect(inSection(end)).toBe(false);
    }
    for (const n of plan.names) for (const end of n.ref.replace(/\$/g, "").split(":")) expect(inSection(end)).toBe(false);
  });

  test("no formula on the sheet reads the section (and no total is taken over it)", () => {
    const model = buildEngine(plan);
    const dependentsOf = (address: string) => {
      const { row, column } = parseAddress(address);
      return model.engine.getCellDependents({ sheet: model.sheetId, row: row - 1, col: column - 1 });
    };
    // An input is read by the total, its difference and share: the check below can see a reader.
    expect(dependentsOf(plan.layout.inputs.luna).length).toBeGreaterThan(0);
    for (const c of section) {
      const dependents = dependentsOf(c.address);
      expect({ at: c.address, dependents }).toEqual({ at: c.address, dependents: [] });
    }
    // The article's 15.5B still comes out.
    expect(model.value(plan.layout.analystTotal)).toBeCloseTo(ARTICLE_TOTAL / unit, 6);
    expect(model.value(plan.layout.articleTotal)).toBeCloseTo(ARTICLE_TOTAL / unit, 6);
  });

  test("the portable plan keeps every cell of the section, values and links alike", () => {
    const portable = portablePlan(plan).cells.filter((c) => inSection(c.address));
    expect(portable).toEqual(section);
  });
});
