// An independent engine: LibreOffice (headless) recalculates the portable export, before and
// after an analyst changes an input, and no cell may come out as an error.
// Each run gets a throwaway LibreOffice profile that recalculates on load (support/libreoffice.ts).
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { LOCALES, type Locale } from "../../src/model";
import { templatePlan } from "../../src/template/plan";
import { ROWS, TORNADO, cell, tornadoRow } from "../../src/template/layout";
import { portablePlan } from "../../src/template/portable";
import { workbookBuffer } from "../../src/export/workbook";
import { convertWithLibreOffice } from "./support/libreoffice";

// Each recalculation starts LibreOffice (up to 120 s on a slow machine): more than jest's default.
jest.setTimeout(300_000);

// Text CSV, UTF-8, first line 1, raw values rather than as shown (the 9th token).
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false";
const ERROR = /^(#[A-Z0-9/]+[!?]?|#N\/A|Err:\d+)$/;

type Cell = string | number;

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "ftx-lo-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The sheet as LibreOffice computes it, by A1 address. */
function calc(xlsx: string, recalculate: boolean): Map<string, Cell> {
  const file = convertWithLibreOffice(xlsx, CSV_FILTER, work, recalculate);
  const csv = readFileSync(file, "utf8");
  const cells = new Map<string, Cell>();
  parseCsv(csv).forEach((row, r) =>
    row.forEach((text, c) => {
      if (text !== "") cells.set(`${String.fromCharCode(65 + c)}${r + 1}`, readCell(text));
    }),
  );
  return cells;
}

function readCell(text: string): Cell {
  const percent = /^(-?\d+(?:\.\d+)?(?:E[+-]?\d+)?)%$/i.exec(text);
  if (percent) return Number(percent[1]) / 100;
  return /^-?\d+(?:\.\d+)?(?:E[+-]?\d+)?$/i.test(text) ? Number(text) : text;
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') field += text[++i];
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === "," || ch === "\n") {
      row.push(field);
      field = "";
      if (ch === "\n") {
        rows.push(row);
        row = [];
      }
    } else if (ch !== "\r") {
      field += ch;
    }
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

const errors = (cells: Map<string, Cell>) =>
  [...cells].filter(([, v]) => typeof v === "string" && ERROR.test(v)).map(([a, v]) => `${a} ${v}`);

async function exportTo(locale: Locale, portable: boolean): Promise<string> {
  const path = join(work, `${locale}-${portable ? "portable" : "ftx"}.xlsx`);
  writeFileSync(path, await workbookBuffer(templatePlan(locale), { portable }));
  return path;
}

/** Equal to 12 significant digits: LibreOffice writes 15 to its CSV (12946766666.6667). */
const relativelyClose = (expected: number) => expect.closeTo(expected, -Math.log10(1e-12 * Math.max(1, Math.abs(expected))));

describe.each(LOCALES)("the portable export in LibreOffice (%s)", (locale) => {
  const plan = templatePlan(locale);
  const total = 15.5e9 / plan.unit;
  let file: string;
  beforeAll(async () => {
    file = await exportTo(locale, true);
  });

  test("recalculated, every formula gives the plan's result and no cell is an error", () => {
    const cells = calc(file, true);
    expect(errors(cells)).toEqual([]);
    expect(cells.get(plan.layout.analystTotal)).toBeCloseTo(total, 6);
    expect(cells.get(plan.layout.articleTotal)).toBeCloseTo(total, 6);
    for (const cell of portablePlan(plan).cells) {
      if (cell.formula === undefined) continue;
      const value = cells.get(cell.address) ?? "";
      if (typeof cell.result === "number")
        expect([cell.address, value]).toEqual([cell.address, relativelyClose(cell.result)]);
      else expect([cell.address, value]).toEqual([cell.address, cell.result]);
    }
    console.log(
      `LibreOffice, ${locale}: analyst total ${cells.get("D15")}, article total ${cells.get("C15")}`,
    );
  });

  test("LUNA raised to 3B: the total follows (cached results left stale on purpose)", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const luna = 3e9 / plan.unit;
    workbook.worksheets[0].getCell(plan.layout.inputs.luna).value = luna;
    // Its High raised to 10B: the tornado, native in the copy, puts LUNA first.
    workbook.worksheets[0].getCell(plan.layout.highs.luna).value = 10e9 / plan.unit;
    const edited = join(work, `${locale}-luna.xlsx`);
    await workbook.xlsx.writeFile(edited);

    const cells = calc(edited, true);
    expect(errors(cells)).toEqual([]);
    const raised = 17.5e9 / plan.unit;
    expect(cells.get(plan.layout.analystTotal)).toBeCloseTo(raised, 6);
    expect(cells.get(plan.layout.articleTotal)).toBeCloseTo(total, 6);
    const row = plan.layout.inputs.luna.replace("D", "");
    expect(cells.get(cell("difference", ROWS.total.first))).toBeCloseTo(raised - total, 6);
    expect(cells.get(cell("difference", Number(row)))).toBeCloseTo(2e9 / plan.unit, 6);
    expect(cells.get(cell("share", Number(row)))).toBeCloseTo(3 / 17.5, 9);
    expect(cells.get(cell(TORNADO.id, tornadoRow(0)))).toBe("luna");
    expect(cells.get(cell(TORNADO.swing, tornadoRow(0)))).toBeCloseTo(9.5e9 / plan.unit, 6);
    expect(cells.get(cell(TORNADO.highChange, tornadoRow(0)))).toBeCloseTo(7e9 / plan.unit, 6);
    // The mean, a native closed form, follows too.
    const lows = Object.values(plan.layout.lows).reduce((s, a) => s + (cells.get(a) as number), 0);
    const highs = Object.values(plan.layout.highs).reduce((s, a) => s + (cells.get(a) as number), 0);
    expect(cells.get(plan.layout.uncertainty.mean)).toEqual(relativelyClose((lows + raised + highs) / 3));
    console.log(
      `LibreOffice, ${locale}, LUNA ${luna}: analyst total ${cells.get("D15")}, difference ${cells.get(cell("difference", ROWS.total.first))}`,
    );
  });
});

describe("the add-in export (FTX calls saved as Excel saves them, _xldudf_FTX_…) in LibreOffice", () => {
  test("opened as LibreOffice opens it by default, it shows the cached figures", async () => {
    const cells = calc(await exportTo("en", false), false);
    expect(cells.get("D15")).toBe(15.5e9);
    expect(cells.get("C7")).toBe(1.5e9);
    expect(errors(cells)).toEqual([]);
    const ja = calc(await exportTo("ja", false), false);
    expect([ja.get("C7"), ja.get("D15")]).toEqual([15, 155]);
    expect(errors(ja)).toEqual([]);
  });

  test("recalculated, its FTX cells are errors: why the portable export exists", async () => {
    const cells = calc(await exportTo("en", false), true);
    expect(errors(cells)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^C7 /), expect.stringMatching(/^D15 /)]),
    );
  });
});

test("file sizes of the four exports", async () => {
  const sizes: string[] = [];
  for (const locale of LOCALES) {
    for (const portable of [false, true]) {
      const bytes = statSync(await exportTo(locale, portable)).size;
      expect(bytes).toBeGreaterThan(5000);
      expect(bytes).toBeLessThan(100000);
      sizes.push(`${locale}${portable ? " portable" : " add-in"}: ${bytes} bytes`);
    }
  }
  console.log(`Export sizes: ${sizes.join("; ")}`);
});
