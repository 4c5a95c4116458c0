// Round trip: the plan written with ExcelJS and read back must hold every formula, cached
// result, value, number format, name, width, row height, merge, the freeze, the link and the
// numbers-only inputs, in both languages. FTX calls are in the file as Excel saves them
// (_xldudf_FTX_LOSS) and map back to the plan's formulas.
import ExcelJS from "exceljs";
import { LOCALES } from "../../src/model";
import { ROWS, cell } from "../../src/template/layout";
import { templatePlan } from "../../src/template/plan";
import { TEXT } from "../../src/template/text";
import type { PlanCell } from "../../src/sheet/plan";
import { usesFtx } from "../../src/sheet/formula-text";
import { portablePlan } from "../../src/template/portable";
import { sheetReference, workbookBuffer } from "../../src/export/workbook";
import { fromFileFormula, toFileFormula } from "../../src/export/file-formulas";
import { loadXlsx } from "./load-xlsx";
import { zipEntry } from "./zip-entry";

/** Cached results as written: ExcelJS reads a cached 0 back as no result at all. */
function cachedNumbers(sheetXml: string): Map<string, number> {
  const cells = sheetXml.matchAll(/<c r="([A-Z]+\d+)"[^>]*>(?:<f>[^<]*<\/f>)<v>([^<]*)<\/v><\/c>/g);
  return new Map([...cells].map(([, address, v]) => [address, Number(v)]));
}

function expectCell(actual: ExcelJS.Cell, cell: PlanCell, cached: Map<string, number>): void {
  const where = `${cell.address}`;
  if (cell.formula !== undefined) {
    const formula = cell.formula.slice(1);
    expect({ where, formula: actual.formula }).toEqual({ where, formula: toFileFormula(formula) });
    expect({ where, formula: fromFileFormula(actual.formula) }).toEqual({ where, formula });
    expect(cell.result).toBeDefined();
    const result = typeof cell.result === "number" ? cached.get(cell.address) : actual.result;
    expect({ where, result }).toEqual({ where, result: cell.result });
  } else if (cell.link !== undefined) {
    expect(actual.value).toEqual({ text: cell.value, hyperlink: cell.link });
  } else {
    expect({ where, value: actual.value }).toEqual({ where, value: cell.value });
  }
  expect({ where, format: actual.numFmt ?? "General" }).toEqual({
    where,
    format: cell.format ?? "General",
  });
}

describe.each(
  LOCALES.flatMap((locale) => [false, true].map((portable) => [locale, portable] as const)),
)("export %s (portable: %s)", (locale, portable) => {
  const plan = templatePlan(locale);
  const expected = portable ? portablePlan(plan) : plan;
  let bytes: Buffer;
  let workbook: ExcelJS.Workbook;
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    bytes = await workbookBuffer(plan, { portable });
    workbook = await loadXlsx(bytes);
    sheet = workbook.worksheets[0];
  });

  test("one sheet, named as the plan", () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([plan.sheetName]);
  });

  test("every cell: formula and cached result, or value; number format", () => {
    const cached = cachedNumbers(zipEntry(bytes, "xl/worksheets/sheet1.xml"));
    for (const cell of expected.cells) expectCell(sheet.getCell(cell.address), cell, cached);
  });

  test("\"What the record shows\" reads back as values and working links", () => {
    const first = ROWS.record.first;
    expect(sheet.getCell(`B${first}`).value).toBe(TEXT[locale].record.heading);
    const linked = expected.cells.filter((c) => c.link !== undefined && Number(c.address.replace(/^[A-Z]+/, "")) >= first);
    expect(linked.length).toBeGreaterThan(10);
    for (const c of linked) {
      const back = sheet.getCell(c.address);
      expect(back.hyperlink).toBe(c.link);
      expect(back.text).toBe(c.value);
      expect(back.formula).toBeUndefined();
    }
  });

  test("no cell outside the plan holds anything", () => {
    const planned = new Set(expected.cells.map((c) => c.address));
    const merged = new Set<string>();
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.isMerged && cell.master.address !== cell.address) merged.add(cell.address);
        else if (!planned.has(cell.address)) throw new Error(`unplanned cell ${cell.address}`);
      }),
    );
    expect(merged.size).toBeGreaterThan(0);
  });

  test("styles: the input and total cells look as the plan says", () => {
    const input = sheet.getCell(plan.layout.inputs.luna);
    expect(input.font.color?.argb).toBe("FF0000FF");
    expect(input.fill).toEqual({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFFFF2CC" },
    });
    const total = sheet.getCell(plan.layout.analystTotal);
    expect(total.font.bold).toBe(true);
    expect(total.border.bottom?.style).toBe("double");
    expect(sheet.getCell("I7").alignment).toMatchObject({ wrapText: true, vertical: "top" });
  });

  test("names are workbook-level and point at the plan's cells", () => {
    const prefix = sheetReference(plan.sheetName);
    const names = workbook.definedNames.model.map((n) => [n.name, n.ranges]);
    const want = plan.names.map((n) => [n.name, [`${prefix}!${n.ref}`]]);
    expect(names.sort()).toEqual(want.sort());
  });

  test("column widths, merges and the frozen header", () => {
    for (const { column, width } of plan.columns) expect(sheet.getColumn(column).width).toBe(width);
    expect([...sheet.model.merges].sort()).toEqual([...plan.merges].sort());
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: plan.freeze.rows });
    expect((sheet.views[0] as ExcelJS.WorksheetViewFrozen).xSplit ?? 0).toBe(plan.freeze.columns);
  });

  test("the plan's row heights (the merged note Excel does not fit itself)", () => {
    expect(plan.rows?.length).toBeGreaterThan(0);
    for (const { row, height } of plan.rows ?? []) expect(sheet.getRow(row).height).toBe(height);
    expect(zipEntry(bytes, "xl/worksheets/sheet1.xml")).toMatch(
      new RegExp(`<row r="${plan.rows?.[0].row}" ht="${plan.rows?.[0].height}" customHeight="1"`),
    );
  });

  test("the input cells accept numbers only, with the plan's messages", () => {
    const validations = expected.validations ?? [];
    // Estimates (two runs), Lows, Highs, iterations, seed, the FTT drivers (two runs).
    expect(validations.length).toBe(8);
    // A bound between cells is stored as OOXML keeps a formula, without its "=" (checked in the
    // file below: ExcelJS reads a decimal rule's formula back as a number, NaN).
    const stored = (b: number | string) => (typeof b === "string" ? NaN : b);
    const xml = zipEntry(bytes, "xl/worksheets/sheet1.xml");
    for (const v of validations) {
      const bounds = v.rule.operator === "between" ? [v.rule.min, v.rule.max] : [v.rule.min];
      const formulas = bounds.map((b, i) => `<formula${i + 1}>${typeof b === "string" ? b.slice(1) : b}</formula${i + 1}>`).join("");
      expect(xml).toContain(`sqref="${v.range}">${formulas}`);
    }
    for (const v of validations) {
      const [from, to = from] = v.range.split(":");
      const column = from.replace(/\d+$/, "");
      for (let row = Number(from.slice(column.length)); row <= Number(to.slice(column.length)); row++) {
        const where = `${column}${row}`;
        expect({ where, ...sheet.getCell(where).dataValidation }).toEqual({
          where,
          type: v.rule.type,
          operator: v.rule.operator,
          formulae: (v.rule.operator === "between" ? [v.rule.min, v.rule.max] : [v.rule.min]).map(stored),
          allowBlank: true,
          showErrorMessage: true,
          errorStyle: "stop",
          errorTitle: v.error.title,
          error: v.error.message,
          showInputMessage: true,
          promptTitle: v.prompt.title,
          prompt: v.prompt.message,
        });
      }
    }
    expect(sheet.getCell(plan.layout.inputs.ftt_drop).dataValidation).toBeUndefined();
    expect(sheet.getCell(plan.layout.analystTotal).dataValidation).toBeUndefined();
    // One rule per plan range: Excel refuses a file whose validations overlap.
    const sqrefs = [...zipEntry(bytes, "xl/worksheets/sheet1.xml").matchAll(/sqref="([^"]*)"/g)];
    expect(sqrefs.map(([, r]) => r).sort()).toEqual(validations.map((v) => v.range).sort());
    const estimate = sheet.getCell(plan.layout.inputs.luna).dataValidation.prompt ?? "";
    expect(estimate.includes("FTX.AMOUNT")).toBe(!portable);
  });

  test(portable ? "no FTX formula anywhere" : "the FTX formulas are kept, as Excel saves them", () => {
    const formulas: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => cell.formula && formulas.push(cell.formula)));
    const ftx = formulas.map(fromFileFormula).filter(usesFtx);
    if (portable) expect(ftx).toEqual([]);
    else expect(ftx.length).toBe(plan.cells.filter((c) => c.formula && usesFtx(c.formula)).length);
    expect(formulas.length).toBe(expected.cells.filter((c) => c.formula !== undefined).length);
    const rawFormulas = [
      ...zipEntry(bytes, "xl/worksheets/sheet1.xml").matchAll(/<f>([^<]*)<\/f>/g),
    ].map(([, f]) => f);
    expect(rawFormulas.length).toBe(formulas.length);
    // A plain "FTX.LOSS(" in a file is not recognised by Excel, add-in or not.
    expect(rawFormulas.filter((f) => /FTX\./.test(f))).toEqual([]);
    const saved = rawFormulas.filter((f) => f.includes("_xldudf_FTX_"));
    expect(saved.length).toBe(portable ? 0 : ftx.length);
    if (!portable) {
      expect(rawFormulas).toContain("_xldudf_FTX_TOTAL(D7:D14)");
      expect(rawFormulas).toContain(
        plan.unit === 1 ? "_xldudf_FTX_LOSS($A7)" : "_xldudf_FTX_LOSS($A7)/10^8",
      );
    }
  });

  test("recalculates on open, so totals edited by another tool are never stale", () => {
    // ExcelJS writes calcPr but does not read it back.
    const calcPr = /<calcPr[^>]*>/.exec(zipEntry(bytes, "xl/workbook.xml"))?.[0] ?? "";
    expect(calcPr).toContain('fullCalcOnLoad="1"');
  });

  test("prints landscape, one page wide and at most two tall, the headings on every page", () => {
    const xml = zipEntry(bytes, "xl/worksheets/sheet1.xml");
    const setup = /<pageSetup [^>]*>/.exec(xml)?.[0] ?? "";
    expect(setup).toContain('orientation="landscape"');
    expect(setup).toContain('fitToWidth="1"');
    expect(setup).toContain('fitToHeight="2"');
    expect(xml).toMatch(/<sheetPr[^>]*>\s*<pageSetUpPr fitToPage="1"\/>/);
    const names = zipEntry(bytes, "xl/workbook.xml");
    const prefix = sheetReference(plan.sheetName).replace(/'/g, "&apos;");
    expect(names).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">${prefix}!$6:$6</definedName>`);
    expect(names).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="0">${prefix}!$A$1:$J$${plan.charts[1].anchor.to.slice(1)}</definedName>`);
  });

  test("a font on every styled cell (Calibri, as the workbook's default), so no reader falls back to a serif", () => {
    const reasoning = sheet.getCell(cell("reasoning", 7)).font;
    expect(reasoning).toMatchObject({ name: "Calibri", size: 9 });
    expect(sheet.getCell(plan.layout.inputs.luna).font).toMatchObject({ name: "Calibri", size: 11 });
  });
});

test("a sheet name with a space or an apostrophe is quoted in references", () => {
  expect(sheetReference("FTX Losses")).toBe("'FTX Losses'");
  expect(sheetReference("Bob's")).toBe("'Bob''s'");
  expect(sheetReference("Model")).toBe("Model");
  expect(sheetReference("FTX損失")).toBe("'FTX損失'");
});
