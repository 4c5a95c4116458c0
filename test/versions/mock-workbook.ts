// An in-memory workbook behind office-addin-mock objects: ranges and sheets are OfficeMockObjects
// (so reading a property that was not loaded and synced gives the mock's error, not data), and
// every context.sync() applies the writes queued since the last one, like Excel's batch.
/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-this-alias -- closures handed to the mock need the workbook */

import { OfficeMockObject } from "office-addin-mock";

export interface Cell {
  value: unknown;
  formula?: string;
  format?: string;
}

export class MockSheet {
  cells = new Map<string, Cell>();
  names: string[] = [];
  charts: { source: string; title?: string }[] = [];
  constructor(public name: string) {}

  get(row: number, column: number): Cell | undefined {
    return this.cells.get(`${row},${column}`);
  }
  set(row: number, column: number, cell: Cell): void {
    if (cell.value === "" && cell.formula === undefined) this.cells.delete(`${row},${column}`);
    else this.cells.set(`${row},${column}`, cell);
  }
  /** Values of a rectangle, "" for empty cells. */
  grid(address: string, what: "value" | "formula" = "value"): unknown[][] {
    const r = parseRange(address);
    const out: unknown[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: unknown[] = [];
      for (let col = r.left; col <= r.right; col++) {
        const c = this.get(row, col);
        line.push(what === "formula" ? (c?.formula ?? c?.value ?? "") : (c?.value ?? ""));
      }
      out.push(line);
    }
    return out;
  }
  usedBounds(): { top: number; left: number; bottom: number; right: number } | undefined {
    const keys = [...this.cells.entries()].filter(([, c]) => c.value !== "" || c.formula !== undefined);
    if (keys.length === 0) return undefined;
    const rc = keys.map(([k]) => k.split(",").map(Number));
    return {
      top: Math.min(...rc.map((x) => x[0])),
      left: Math.min(...rc.map((x) => x[1])),
      bottom: Math.max(...rc.map((x) => x[0])),
      right: Math.max(...rc.map((x) => x[1])),
    };
  }
  /** Writes a block of formulas/constants at an address, as range.formulas does. */
  write(address: string, rows: unknown[][]): void {
    const r = parseRange(address);
    rows.forEach((line, i) => line.forEach((x, j) => this.set(r.top + i, r.left + j, toCell(x, this.get(r.top + i, r.left + j)?.format))));
  }
  formats(address: string, rows: unknown[][]): void {
    const r = parseRange(address);
    rows.forEach((line, i) =>
      line.forEach((f, j) => {
        const old = this.get(r.top + i, r.left + j);
        this.cells.set(`${r.top + i},${r.left + j}`, { value: "", ...old, format: String(f) });
      }),
    );
  }
  deleteRows(top: number, bottom: number): void {
    const count = bottom - top + 1;
    const moved = new Map<string, Cell>();
    for (const [k, c] of this.cells) {
      const [row, col] = k.split(",").map(Number);
      if (row < top) moved.set(k, c);
      else if (row > bottom) moved.set(`${row - count},${col}`, c);
    }
    this.cells = moved;
  }
}

function toCell(x: unknown, format: string | undefined): Cell {
  if (format === "@") return { value: typeof x === "string" ? x : String(x ?? ""), format };
  if (typeof x === "string" && x.startsWith("=")) return { value: "", formula: x, format };
  if (typeof x === "string" && x.startsWith("'")) return { value: x.slice(1), format };
  return { value: typeof x === "string" ? asExcelReads(x) : (x ?? ""), format };
}

/** Text written to a cell not formatted as Text turns into what Excel reads it as (a simple
 * version of its rules): numbers ("2024", "1e5", "(100)", "50%", "1,000"), TRUE/FALSE, and ISO or
 * "Jan 5" dates as serial numbers. Everything else stays text. */
export function asExcelReads(text: string): unknown {
  const t = text.trim();
  if (t === "") return text;
  if (/^(true|false)$/i.test(t)) return t.toUpperCase() === "TRUE";
  const number = /^([+-])?\(?(\d{1,3}(?:,\d{3})+|\d*\.?\d+)(?:e([+-]?\d+))?\)?(%)?$/i.exec(t);
  if (number && (t.startsWith("(") === t.endsWith(")") || t.endsWith("%"))) {
    let n = Number(number[2].replace(/,/g, "")) * 10 ** Number(number[3] ?? 0);
    if (number[1] === "-" || t.startsWith("(")) n = -n;
    return number[4] ? n / 100 : n;
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) return serial(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])));
  const months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
  const monthDay = /^([a-z]{3})[a-z]* (\d{1,2})$/i.exec(t);
  if (monthDay && months.includes(monthDay[1].toLowerCase())) {
    return serial(Date.UTC(2024, months.indexOf(monthDay[1].toLowerCase()), Number(monthDay[2])));
  }
  return text;
}

const serial = (ms: number) => ms / 86400000 + 25569;

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

export function parseRange(address: string): { top: number; left: number; bottom: number; right: number } {
  const parts = address.replace(/\$/g, "").split(":");
  const one = (p: string) => {
    const m = /^([A-Z]*)(\d*)$/i.exec(p);
    if (!m) throw new Error(`Bad address ${address}`);
    return { col: m[1] ? columnNumber(m[1]) : undefined, row: m[2] ? Number(m[2]) : undefined };
  };
  const a = one(parts[0]);
  const b = one(parts[1] ?? parts[0]);
  return { top: a.row ?? 1, left: a.col ?? 1, bottom: b.row ?? 1048576, right: b.col ?? 16384 };
}

export class MockWorkbook {
  sheets: MockSheet[] = [];
  active = "";
  syncs = 0;
  /** Every Office.js call that queued a write, for assertions about what was touched. */
  log: string[] = [];
  private tracked: { proxy: any; sheet: MockSheet; address: string; populated: { values: unknown; formulas: unknown; numberFormat?: unknown } }[] = [];
  private pendingError: any;
  private proxies: any[] = [];

  sheet(name: string): MockSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  addSheet(name: string): MockSheet {
    const s = new MockSheet(name);
    this.sheets.push(s);
    if (!this.active) this.active = name;
    return s;
  }

  private rangeProxy(sheet: MockSheet, address: string, extra: Record<string, unknown> = {}): any {
    const r = parseRange(address);
    const small = (r.bottom - r.top + 1) * (r.right - r.left + 1) <= 100000;
    const values = small ? sheet.grid(address) : [];
    const formulas = small ? sheet.grid(address, "formula") : [];
    const workbook = this;
    const proxy: any = new OfficeMockObject({
      address: `${sheet.name}!${address}`,
      values,
      formulas,
      numberFormat: [],
      rowIndex: r.top - 1,
      columnIndex: r.left - 1,
      format: { font: {}, fill: {}, columnWidth: 0, rowHeight: 0, borders: { getItem: () => ({}) }, autofitRows() {}, autofitColumns() {} },
      delete(shift: string) {
        workbook.queue(() => {
          if (shift !== "Up") throw new Error("only Up is modelled");
          workbook.log.push(`delete ${sheet.name}!${address}`);
          sheet.deleteRows(r.top, r.bottom);
        });
      },
      merge() {},
      ...extra,
    });
    proxy.mockAddress = `${sheet.name}!${address}`;
    this.tracked.push({ proxy, sheet, address, populated: { values: proxy.values, formulas: proxy.formulas, numberFormat: proxy.numberFormat } });
    this.proxies.push(proxy);
    return proxy;
  }

  private queued: (() => void)[] = [];
  private queue(action: () => void) {
    this.queued.push(action);
  }

  private sheetProxy(sheet: MockSheet | undefined, missingName?: string): any {
    const workbook = this;
    const target = () => {
      if (!sheet) {
        workbook.pendingError = Object.assign(new Error(`The requested resource doesn't exist (${missingName}).`), { code: "ItemNotFound" });
        return new MockSheet(missingName ?? "?");
      }
      return sheet;
    };
    const names = {
      items: [] as { name: string }[],
      load() {
        names.items = target().names.map((name) => ({ name }));
        return names;
      },
      add(name: string) {
        workbook.queue(() => target().names.push(name));
      },
    };
    const proxy: any = new OfficeMockObject({
      name: sheet?.name ?? "",
      getRange: (address?: string) => workbook.rangeProxy(target(), address ?? "A1:XFD1048576"),
      getRanges: (addresses: string) => workbook.rangeProxy(target(), addresses.split(",")[0]),
      getUsedRange: () => {
        const s = target();
        const b = s.usedBounds() ?? { top: 1, left: 1, bottom: 1, right: 1 };
        const address = `${colLetters(b.left)}${b.top}:${colLetters(b.right)}${b.bottom}`;
        return workbook.rangeProxy(s, address);
      },
      freezePanes: { freezeRows() {}, freezeAt() {}, freezeColumns() {} },
      charts: {
        add: (_type: string, source: any) => {
          workbook.queue(() => target().charts.push({ source: source.mockAddress }));
          return { title: {}, legend: {}, axes: { categoryAxis: {}, valueAxis: {} }, setPosition() {} };
        },
      },
      activate: () => workbook.queue(() => (workbook.active = target().name)),
    });
    // Set after construction: the mock would otherwise demand a load before they can be read.
    proxy.isNullObject = !sheet;
    proxy.names = names;
    this.proxies.push(proxy);
    return proxy;
  }

  context(): any {
    const workbook = this;
    const worksheets = {
      items: [] as { name: string }[],
      load() {
        worksheets.items = workbook.sheets.map((s) => ({ name: s.name }));
        return worksheets;
      },
      getItem: (name: string) => workbook.sheetProxy(workbook.sheet(name), name),
      getItemOrNullObject: (name: string) => workbook.sheetProxy(workbook.sheet(name), name),
      getActiveWorksheet: () => workbook.sheetProxy(workbook.sheet(workbook.active)),
      add: (name: string) => {
        if (workbook.sheet(name)) throw new Error(`A sheet named ${name} exists`);
        workbook.log.push(`add sheet ${name}`);
        return workbook.sheetProxy(workbook.addSheet(name));
      },
    };
    return {
      workbook: { worksheets },
      sync: async () => {
        workbook.syncs++;
        const error = workbook.pendingError;
        workbook.pendingError = undefined;
        const queued = workbook.queued;
        workbook.queued = [];
        if (error) {
          workbook.tracked = [];
          workbook.proxies = [];
          throw error;
        }
        for (const t of workbook.tracked) {
          const nf = t.proxy.numberFormat;
          if (Array.isArray(nf) && nf.length > 0 && nf !== t.populated.numberFormat) {
            t.sheet.formats(t.address, nf);
            t.populated.numberFormat = nf;
          }
          for (const prop of ["formulas", "values"] as const) {
            const now = t.proxy[prop];
            if (Array.isArray(now) && now !== t.populated[prop]) {
              workbook.log.push(`write ${t.sheet.name}!${t.address}`);
              t.sheet.write(t.address, now);
              t.populated[prop] = now;
            }
          }
        }
        for (const action of queued) action();
        for (const p of workbook.proxies) await p.sync();
        // What a read brought in is not a write: only later assignments are.
        for (const t of workbook.tracked) {
          t.populated = { values: t.proxy.values, formulas: t.proxy.formulas, numberFormat: t.proxy.numberFormat };
        }
      },
    };
  }
}

export function colLetters(n: number): string {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
