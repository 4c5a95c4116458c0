import { parseAddress, addressOf } from "../../src/sheet/address";
import { columnWidthPoints, writePlan } from "../../src/excel/write-plan";
import { ARTICLE } from "../../src/model";
import { templatePlan, type TemplatePlan } from "../../src/template/plan";
import type { CellStyle, SheetPlan } from "../../src/sheet/plan";
import { mockWorkbook, type MockWorkbook, type RecordedSheet } from "../support/office-mock-workbook";

type Obj = Record<string, unknown>;

/** Counts context.sync() calls, noting how many sheets the workbook had at each. */
function countSyncs(book: MockWorkbook): { count(): number; sheetsAtSync: number[] } {
  const sheetsAtSync: number[] = [];
  const sync = book.context.sync.bind(book.context);
  const spy = jest.spyOn(book.context, "sync").mockImplementation(() => {
    sheetsAtSync.push(book.sheets.length);
    return sync();
  });
  return { count: () => spy.mock.calls.length, sheetsAtSync };
}

/** The cells a sheet received, from the rectangular formulas/numberFormat writes. */
function writtenCells(sheet: RecordedSheet): Map<string, { entry: unknown; format: unknown }> {
  const cells = new Map<string, { entry: unknown; format: unknown }>();
  for (const { address, range } of sheet.ranges) {
    if (range.formulas === undefined) continue;
    const [from, to] = address.split(":");
    const start = parseAddress(from);
    const end = parseAddress(to ?? from);
    const formulas = range.formulas as unknown[][];
    const formats = range.numberFormat as unknown[][];
    expect(formulas).toHaveLength(end.row - start.row + 1);
    expect(formats).toHaveLength(formulas.length);
    formulas.forEach((row, r) => {
      expect(row).toHaveLength(end.column - start.column + 1);
      row.forEach((entry, c) => {
        const at = addressOf({ row: start.row + r, column: start.column + c });
        expect(cells.has(at)).toBe(false); // each cell written once
        cells.set(at, { entry, format: formats[r][c] });
      });
    });
  }
  return cells;
}

/** The areas (getRanges) a cell belongs to. */
function areasHolding(sheet: RecordedSheet, address: string) {
  const { row, column } = parseAddress(address);
  return sheet.ranges.filter((r) => {
    if (!r.areas) return false;
    return r.address.split(",").some((area) => {
      const [from, to] = area.split(":");
      const a = parseAddress(from);
      const b = parseAddress(to ?? from);
      return row >= a.row && row <= b.row && column >= a.column && column <= b.column;
    });
  });
}

function expectStyle(sheet: RecordedSheet, address: string, style: CellStyle): void {
  const holding = areasHolding(sheet, address);
  expect(holding).toHaveLength(1);
  const format = holding[0].range.format as Obj;
  const font = format.font as Obj;
  expect(font.bold).toBe(style.bold);
  expect(font.italic).toBe(style.italic);
  expect(font.size).toBe(style.fontSize);
  expect(font.color).toBe(style.fontColor);
  expect(font.underline).toBe(style.underline === undefined ? undefined : style.underline ? "Single" : "None");
  expect((format.fill as Obj).color).toBe(style.fill);
  expect(format.wrapText).toBe(style.wrap);
  const top = holding[0].borders.EdgeTop as Obj | undefined;
  const bottom = holding[0].borders.EdgeBottom as Obj | undefined;
  expect(top?.style).toBe(style.borderTop ? "Continuous" : undefined);
  expect(bottom?.style).toBe(
    style.borderBottom === "double" ? "Double" : style.borderBottom ? "Continuous" : undefined,
  );
}

async function insert(book: MockWorkbook, plan: SheetPlan): Promise<RecordedSheet> {
  return book.sheet(await writePlan(book.context, plan));
}

describe("writePlan with the English template", () => {
  const plan = templatePlan("en");
  let book: MockWorkbook;
  let syncs: ReturnType<typeof countSyncs>;
  let sheet: RecordedSheet;

  beforeAll(async () => {
    book = mockWorkbook([{ name: "Sheet1", cells: { A1: "my notes" } }]);
    syncs = countSyncs(book);
    sheet = await insert(book, plan);
  });

  test("creates 'FTX Losses' in two round trips, reading the sheet names first", () => {
    expect(sheet.name).toBe("FTX Losses");
    expect(syncs.count()).toBe(2);
    expect(syncs.sheetsAtSync).toEqual([1, 2]); // the first round trip only reads
    expect(book.loads).toEqual(["items/name"]);
    expect(sheet.activated).toBe(1);
  });

  test("writes every plan cell's formula or value and number format, and nothing else", () => {
    const written = writtenCells(sheet);
    const planned = new Map(plan.cells.map((c) => [addressOf(parseAddress(c.address)), c]));
    for (const [address, cell] of planned) {
      const got = written.get(address);
      // Text with digits is written with Excel's text prefix (an apostrophe, not shown).
      const entry = typeof got?.entry === "string" && got.entry.startsWith("'") ? got.entry.slice(1) : got?.entry;
      expect({ address, ...got, entry }).toEqual({
        address,
        entry: cell.formula ?? cell.value ?? "",
        format: cell.format ?? "General",
      });
    }
    for (const [address, got] of written) {
      if (!planned.has(address)) expect({ address, ...got }).toEqual({ address, entry: "", format: "General" });
    }
    // A handful of cells spelt out, independent of the plan's own data.
    const at = (a: string) => written.get(a)?.entry;
    expect(at("D15")).toBe("=FTX.TOTAL(D7:D14)");
    expect(at("C7")).toBe("=FTX.LOSS($A7)");
    expect(at("D7")).toBe(1.5e9);
    expect(at("D8")).toBe(1e9);
    expect(at("D13")).toBe("=FTX.FTTLOSS(D18,D19,D20)");
    expect(at("D19")).toBe(22);
    expect(at("D20")).toBe(4.4);
    expect(at("C15")).toBe('=FTX.LOSS("total")');
    expect(at("H7")).toBe('=IF($D$15=0,"",D7/$D$15)');
    expect(at("B15")).toBe("Total");
    expect(written.get("C7")?.format).toBe('$#,##0.0##,,,"B";-$#,##0.0##,,,"B";$0.0"B"');
    expect(written.get("H7")?.format).toBe("0.0%");
    // The Low and High beside each estimate, and the layout's version in the unit row.
    expect([at("E7"), at("F7"), at("E8"), at("F8")]).toEqual([0.35e9, 1.5e9, 0.5e9, 1.5e9]);
    expect([at("E5"), at("F5")]).toEqual(["layout", 2]);
    expect(at("D35")).toBe("=FTX.PERCENTILE(0.5,E7:E14,D7:D14,F7:F14,$D$32,$D$33)");
    expect(at("D38")).toBe("=FTX.PROBABILITY(C26,E7:E14,D7:D14,F7:F14,$D$32,$D$33)");
  });

  test("writes the cells in one rectangle per block of rows, not cell by cell", () => {
    const writes = sheet.ranges.filter((r) => r.range.formulas !== undefined);
    // Title to the total (rows 1-15 run on), the FTT block, the reference table, "How wrong can
    // it be?", the tornado and the record.
    expect(writes.map((w) => w.address)).toEqual(["A1:J15", "B17:I21", "A23:I28", "A30:D39", "A41:H50", "A52:I100"]);
  });

  test("styles every styled cell through one area per style", () => {
    for (const cell of plan.cells) {
      if (cell.style) expectStyle(sheet, cell.address, plan.styles[cell.style]);
    }
    expectStyle(sheet, "D7", { fontColor: "#0000FF", fill: "#FFF2CC" });
    expectStyle(sheet, "D15", { bold: true, borderTop: "thin", borderBottom: "double" });
    const styleCalls = sheet.ranges.filter((r) => r.areas);
    expect(styleCalls.length).toBe(new Set(plan.cells.map((c) => c.style).filter(Boolean)).size);
  });

  test("merges, links the source, sizes the columns and freezes the header", () => {
    expect(sheet.ranges.filter((r) => r.merged).map((r) => [r.address, r.merged?.across])).toEqual(
      plan.merges.map((m) => [m, false]),
    );
    const link = sheet.ranges.find((r) => r.range.hyperlink !== undefined);
    expect(link?.address).toBe("A2");
    expect(link?.range.hyperlink).toEqual({ address: ARTICLE.url, textToDisplay: expect.stringContaining("milkyeggs") });
    const widths = sheet.ranges
      .filter((r) => (r.range.format as Obj).columnWidth !== undefined)
      .map((r) => [r.address, (r.range.format as Obj).columnWidth]);
    expect(widths).toEqual(plan.columns.map((c) => [`${c.column}:${c.column}`, columnWidthPoints(c.width)]));
    expect(sheet.freeze).toEqual([{ method: "freezeRows", args: [6] }]);
  });

  test("fits the rows to their wrapped text, then sets the heights the plan gives", () => {
    const fitted = sheet.ranges.findIndex((r) => r.autofitRows);
    expect(sheet.ranges[fitted]?.address).toBe("1:100");
    const heights = sheet.ranges
      .map((r, i) => [i, r.address, (r.range.format as Obj).rowHeight] as const)
      .filter(([, , h]) => h !== undefined);
    expect(heights.map(([, a, h]) => [a, h])).toEqual((plan.rows ?? []).map((r) => [`${r.row}:${r.row}`, r.height]));
    expect(heights.every(([i]) => i > fitted)).toBe(true);
    const rows = new Map((plan.rows ?? []).map((r) => [r.row, r.height]));
    expect(rows.get(21)).toBeGreaterThanOrEqual(30); // the long FTT note, over two lines
    expect(rows.get(6)).toBeGreaterThanOrEqual(30); // wrapped headings ("Share of your total")
    expect(rows.get(7)).toBeGreaterThanOrEqual(25); // the article's reasoning, over two lines
    expect(rows.has(22)).toBe(false); // a blank row keeps Excel's default
  });

  test("prints landscape, one page wide and at most two tall, the headings on every page", () => {
    expect(sheet.pageLayout?.orientation).toBe("Landscape");
    expect(sheet.pageLayout?.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 2 });
    // Title to the last chart (the tornado's), every column; the column headings (row 6) repeated.
    expect(sheet.printCalls).toEqual([
      { method: "setPrintArea", args: [`A1:J${plan.charts[1].anchor.to.replace(/^[A-Z]+/, "")}`] },
      { method: "setPrintTitleRows", args: ["6:6"] },
    ]);
    expect(syncs.count()).toBe(2);
  });

  test("makes the input cells accept numbers only, in the same round trip", () => {
    const validated = sheet.ranges
      .filter((r) => (r.range.dataValidation as Obj).rule !== undefined)
      .map((r) => {
        const { rule, errorAlert, prompt } = r.range.dataValidation as Obj;
        return [r.address, { rule, errorAlert, prompt }] as const;
      });
    expect(validated).toEqual(
      (plan.validations ?? []).map((v) => [
        v.range,
        {
          rule: {
            [v.rule.type === "whole" ? "wholeNumber" : "decimal"]:
              v.rule.operator === "between"
                ? { formula1: v.rule.min, formula2: v.rule.max, operator: "Between" }
                : { formula1: v.rule.min, operator: "GreaterThanOrEqualTo" },
          },
          errorAlert: { showAlert: true, style: "Stop", ...v.error },
          prompt: { showPrompt: true, ...v.prompt },
        },
      ]),
    );
    // Spelt out: the estimates around the FTT line (a formula), each between its row's Low and
    // High; the Lows and Highs; the simulation's settings; the FTT line's three drivers.
    expect(validated.map(([address]) => address)).toEqual(["D7:D12", "D14", "E7:E14", "F7:F14", "D32", "D33", "D18", "D19:D20"]);
    const estimates = validated[0][1];
    expect(estimates.rule).toEqual({ decimal: { formula1: "=E7", formula2: "=F7", operator: "Between" } });
    expect(validated[1][1].rule).toEqual({ decimal: { formula1: "=E14", formula2: "=F14", operator: "Between" } });
    expect(validated[2][1].rule).toEqual({ decimal: { formula1: -1e15, formula2: "=D7", operator: "Between" } });
    expect(validated[4][1].rule).toEqual({ wholeNumber: { formula1: 1, formula2: 1e6, operator: "Between" } });
    expect((estimates.prompt as Obj).message).toContain('=FTX.AMOUNT("$1.5B")');
    expect(validated[6][1].rule).toEqual({ decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } });
    expect(syncs.count()).toBe(2);
  });

  test("names the key ranges on the sheet itself", () => {
    expect(sheet.names.map((n) => n.name)).toEqual(plan.names.map((n) => n.name));
    const inputs = sheet.names.find((n) => n.name === "FTX_Inputs");
    const range = sheet.ranges.find((r) => r.range === inputs?.reference);
    expect(range?.address).toBe("D7:D14");
    expect(inputs?.comment).toBe(plan.names[0].comment);
  });

  test("adds the native charts: the estimate against the article, and the tornado", () => {
    expect(sheet.charts).toHaveLength(2);
    expect(sheet.charts.map((c) => c.type)).toEqual(["BarClustered", "BarStacked"]);
    expect(sheet.charts.map((c) => sheet.ranges.find((r) => r.range === c.source)?.address)).toEqual(["B6:D14", "B42:D50"]);
    sheet.charts.forEach((chart, i) => {
      expect(chart.seriesBy).toBe("Columns");
      expect((chart.chart.title as Obj).text).toBe(plan.charts[i].title);
      expect(chart.position).toEqual([plan.charts[i].anchor.from, plan.charts[i].anchor.to]);
      // Causes read top-down as in the sheet, not bottom-up as a bar chart draws them by default.
      expect(((chart.chart.axes as Obj).categoryAxis as Obj).reversePlotOrder).toBe(true);
      expect(((chart.chart.axes as Obj).categoryAxis as Obj).position).toBe("Maximum");
    });
  });

  test("converts Excel's character widths to points (8.43 characters = 48 pt)", () => {
    expect(columnWidthPoints(8.43)).toBe(48);
    expect(columnWidthPoints(18)).toBe(98.25);
  });
});

describe("writePlan with the Japanese template", () => {
  test("writes 億ドル figures: 15 ... 合計 155, as formulas over FTX.LOSS", async () => {
    const book = mockWorkbook([{ name: "Sheet1" }]);
    const plan: TemplatePlan = templatePlan("ja");
    const sheet = await insert(book, plan);
    expect(sheet.name).toBe("FTX損失");
    const written = writtenCells(sheet);
    const at = (a: string) => written.get(a)?.entry;
    expect([7, 8, 9, 10, 11, 12, 14].map((r) => at(`D${r}`))).toEqual([15, 10, 10, 20, 20, 20, 20]);
    expect(at("D13")).toBe("=FTX.FTTLOSS(D18,D19,D20)/10^8");
    expect(at("C7")).toBe("=FTX.LOSS($A7)/10^8");
    expect(at("B15")).toBe("合計");
    expect(at("I7")).toBe('=FTX.SOURCE($A7,"ja")');
    expect([at("E8"), at("F8")]).toEqual([5, 15]);
    expect(written.get("D7")?.format).toBe('#,##0.00"億ドル"');
    const prompt = sheet.ranges.find((r) => r.address === "D7:D12")?.range.dataValidation as Obj;
    expect((prompt.prompt as Obj).message).toContain("億ドル単位で、この行の下限と上限の間の数値");
    expect((prompt.errorAlert as Obj).style).toBe("Stop");
  });
});

describe("writePlan never touches what the user has", () => {
  const userCells = { A1: "Q3 forecast", B2: 42, C3: "=SUM(B2:B9)" };

  test("an existing 'FTX Losses' and the user's data stay as they were; inserts are numbered", async () => {
    const book = mockWorkbook([
      { name: "FTX Losses", cells: { ...userCells } },
      { name: "Data", cells: { ...userCells } },
    ]);
    const syncs = countSyncs(book);
    const first = await insert(book, templatePlan("en"));
    const second = await insert(book, templatePlan("en"));
    expect([first.name, second.name]).toEqual(["FTX Losses (2)", "FTX Losses (3)"]);
    expect(syncs.count()).toBe(4);
    for (const name of ["FTX Losses", "Data"]) {
      const sheet = book.sheet(name);
      expect(sheet.cells).toEqual(userCells);
      expect(sheet.ranges).toEqual([]);
      expect(sheet.names).toEqual([]);
      expect(sheet.charts).toEqual([]);
    }
    // Two independent models: each sheet got its own cells, names and chart.
    expect(writtenCells(first)).toEqual(writtenCells(second));
    expect(second.names).toHaveLength(templatePlan("en").names.length);
    expect(second.charts).toHaveLength(2);
  });

  test("sheet names are compared as Excel does, ignoring case", async () => {
    const book = mockWorkbook([{ name: "ftx losses" }, { name: "FTX LOSSES (2)" }]);
    expect((await insert(book, templatePlan("en"))).name).toBe("FTX Losses (3)");
  });

  test("a plan with two cells at one address fails before Excel is asked anything", async () => {
    const book = mockWorkbook([{ name: "Sheet1" }]);
    const syncs = countSyncs(book);
    const plan = templatePlan("en");
    const bad = { ...plan, cells: [...plan.cells, { address: "D7", value: 1 }] };
    await expect(writePlan(book.context, bad)).rejects.toThrow("two cells at D7");
    expect(syncs.count()).toBe(0);
    expect(book.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});

test("a validation on a malformed range fails before Excel is asked anything", async () => {
  const book = mockWorkbook([{ name: "Sheet1" }]);
  const syncs = countSyncs(book);
  const plan = templatePlan("en");
  const [first, ...rest] = plan.validations ?? [];
  const bad = { ...plan, validations: [...rest, { ...first, range: "D7:Dx" }] };
  await expect(writePlan(book.context, bad)).rejects.toThrow('"Dx" is not a single-cell A1 address');
  expect(syncs.count()).toBe(0);
});

describe("writePlan is generic over SheetPlan", () => {
  test("a plain comparison-like sheet: no chart, frozen rows and columns, text kept text", async () => {
    const plan: SheetPlan = {
      sheetName: "Compare: v1/v2?",
      cells: [
        { address: "A1", value: "Version", style: "header" },
        { address: "B1", value: "2022-11-08", style: "header" },
        { address: "A2", value: "=not a formula" },
        { address: "B2", formula: "=SUM(1,2)", result: 3, format: "0" },
        { address: "C5", value: true },
      ],
      styles: templatePlan("en").styles,
      columns: [{ column: "A", width: 10 }],
      merges: [],
      names: [],
      freeze: { rows: 1, columns: 2 },
      charts: [],
    };
    const book = mockWorkbook([{ name: "Sheet1" }]);
    const sheet = await insert(book, plan);
    expect(sheet.name).toBe("Compare_ v1_v2_");
    const written = writtenCells(sheet);
    expect(written.get("B1")?.entry).toBe("'2022-11-08");
    expect(written.get("A2")?.entry).toBe("'=not a formula");
    expect(written.get("B2")).toEqual({ entry: "=SUM(1,2)", format: "0" });
    expect(written.get("C5")?.entry).toBe(true);
    expect(sheet.ranges.filter((r) => r.range.formulas !== undefined).map((r) => r.address)).toEqual([
      "A1:B2",
      "C5:C5",
    ]);
    expect(sheet.freeze).toEqual([{ method: "freezeAt", args: ["A1:B1"] }]);
    expect(sheet.charts).toEqual([]);
    expect(sheet.ranges.filter((r) => (r.range.dataValidation as Obj).rule !== undefined)).toEqual([]);
    expect(sheet.printCalls).toEqual([]); // no print setup in the plan, none set
    expect(sheet.pageLayout?.orientation).toBeUndefined();
  });
});
