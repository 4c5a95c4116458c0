// A workbook built from office-addin-mock objects: every property the code under test sets lands
// on a mock (read it back to assert), context.sync is the mock's own (spy on it to count round
// trips). What the mock cannot express is added here and nowhere else:
// - objects a range owns (format, dataValidation) exist from the start, so setting their
//   properties records them;
// - methods that create objects (worksheets.add, getRange, charts.add...) return fresh mocks
//   and are recorded in call order, so a test sees which ranges were written and how;
// - a navigational load through a collection's items ("items/name"), which the mock rejects,
//   is loaded as "items", the same data.
import { OfficeMockObject } from "office-addin-mock";

type Mock = OfficeMockObject & Record<string, unknown>;

export interface RecordedRange {
  address: string;
  /** The mock the code wrote to: formulas, numberFormat, format.font.bold, hyperlink... */
  range: Mock;
  /** getRanges (several areas at once) rather than getRange. */
  areas: boolean;
  merged?: { across: boolean };
  autofitRows?: boolean;
  borders: Record<string, Mock>;
}

export interface RecordedSheet {
  name: string;
  /** Cells the sheet held before the code ran (user data); compare after. */
  cells: Record<string, unknown>;
  ranges: RecordedRange[];
  names: { name: string; reference: unknown; comment?: string }[];
  charts: { type: string; source: unknown; seriesBy?: string; chart: Mock; position?: unknown[] }[];
  freeze: { method: string; args: unknown[] }[];
  /** worksheet.pageLayout: the properties set on it (orientation, zoom) and the calls made. */
  pageLayout?: Mock;
  printCalls: { method: string; args: unknown[] }[];
  activated: number;
}

export interface MockWorkbook {
  context: Excel.RequestContext;
  sheets: RecordedSheet[];
  sheet(name: string): RecordedSheet;
  /** Every argument worksheets.load was called with. */
  loads: unknown[];
}

const ANY_HOST = "excel" as never;

function rangeMock(sheet: RecordedSheet, address: string, areas: boolean): Mock {
  const record: RecordedRange = { address, areas, borders: {} } as RecordedRange;
  const range = new OfficeMockObject(
    {
      format: {
        font: {},
        fill: {},
        autofitRows() {
          record.autofitRows = true;
        },
        borders: {
          getItem(edge: string) {
            record.borders[edge] ??= new OfficeMockObject({}, ANY_HOST) as Mock;
            return record.borders[edge];
          },
        },
      },
      dataValidation: {},
      merge(across?: boolean) {
        record.merged = { across: across ?? false };
      },
    },
    ANY_HOST,
  ) as Mock;
  record.range = range;
  sheet.ranges.push(record);
  return range;
}

function sheetMock(sheet: RecordedSheet): Mock {
  const mock = new OfficeMockObject(
    {
      getRange: (address: string) => rangeMock(sheet, address, false),
      getRanges: (address: string) => rangeMock(sheet, address, true),
      activate: () => {
        sheet.activated++;
      },
      freezePanes: Object.fromEntries(
        ["freezeRows", "freezeColumns", "freezeAt"].map((method) => [
          method,
          (...args: unknown[]) => sheet.freeze.push({ method, args }),
        ]),
      ),
      pageLayout: Object.fromEntries(
        ["setPrintArea", "setPrintTitleRows"].map((method) => [
          method,
          (...args: unknown[]) => sheet.printCalls.push({ method, args }),
        ]),
      ),
      names: {
        add: (name: string, reference: unknown, comment?: string) => {
          sheet.names.push({ name, reference, comment });
        },
      },
      charts: {
        add: (type: string, source: unknown, seriesBy?: string) => {
          const entry = { type, source, seriesBy } as RecordedSheet["charts"][number];
          entry.chart = new OfficeMockObject(
            {
              title: {},
              legend: {},
              axes: { categoryAxis: {} },
              setPosition: (...position: unknown[]) => {
                entry.position = position;
              },
            },
            ANY_HOST,
          ) as Mock;
          sheet.charts.push(entry);
          return entry.chart;
        },
      },
    },
    ANY_HOST,
  ) as Mock;
  sheet.pageLayout = mock.pageLayout as Mock;
  return mock;
}

const emptySheet = (name: string, cells: Record<string, unknown> = {}): RecordedSheet => ({
  name,
  cells,
  ranges: [],
  names: [],
  charts: [],
  freeze: [],
  printCalls: [],
  activated: 0,
});

/** A workbook holding the given sheets, each with its user's cells. */
export function mockWorkbook(existing: { name: string; cells?: Record<string, unknown> }[]): MockWorkbook {
  const sheets = existing.map((s) => emptySheet(s.name, s.cells));
  const loads: unknown[] = [];
  const items = () => sheets.map((s) => ({ name: s.name }));
  const context = new OfficeMockObject(
    {
      workbook: {
        worksheets: {
          items: items(),
          add(this: Mock, name: string) {
            if (sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
              throw new Error(`A sheet named "${name}" already exists.`);
            }
            const sheet = emptySheet(name);
            sheets.push(sheet);
            // Unloaded again, as after a real change (setValue is the mock's own, untyped as private).
            (this as unknown as { setValue(name: string, value: unknown): void }).setValue("items", items());
            return sheetMock(sheet);
          },
        },
      },
    },
    ANY_HOST,
  ) as Mock;
  const worksheets = (context.workbook as Mock).worksheets as Mock;
  const load = worksheets.load.bind(worksheets);
  worksheets.load = (what: string | string[]) => {
    loads.push(what);
    return load(typeof what === "string" && what.startsWith("items/") ? "items" : what);
  };
  // Existing sheets are reachable only through their own mocks; the code must not ask for them.
  return {
    context: context as unknown as Excel.RequestContext,
    sheets,
    loads,
    sheet(name) {
      const found = sheets.find((s) => s.name === name);
      if (!found) throw new Error(`no sheet "${name}"; have ${sheets.map((s) => s.name).join(", ")}`);
      return found;
    },
  };
}
