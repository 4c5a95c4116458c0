// An in-memory Excel for browser tests of the taskpane (and Node tests, if useful): enough of the
// Office.js object model to insert, read back and compare sheets, behaving like the real thing
// where it matters to our code:
// - every context.sync() is counted (Excel.run's closing flush is counted apart, only when it
//   carries work), and operations that fail in Excel fail at the sync, with Excel's error code;
// - reading a property that was neither loaded (load + sync) nor set throws PropertyNotLoaded;
// - text written through values/formulas is converted as Excel converts it ("1500" becomes a
//   number, "TRUE" a boolean, a leading apostrophe keeps text), formulas are kept as written;
// - anything this fake does not model is recorded (property sets and method calls, by path) in
//   workbook.unknown rather than crashing, so a test can see it and the fake can be extended.
// Formula cells have no computed value unless the test passes `evaluate(formula, sheet, address)`.
// Options: { sheets: [{ name, cells: { A1: value or "=formula" } }], evaluate, latencyMs (per
// sync), failOn: { call: "worksheets.add", code: "AccessDenied" } }.
//
// Browser:  page.addInitScript({ path: ".../fake-excel.js" });
//           page.addInitScript(() => FakeExcel.install({ sheets: [{ name: "Sheet1" }] }));
//           ... await page.evaluate(() => FakeExcel.workbook.dump())
// Node:     const { createExcel } = require(".../fake-excel.js"); const { Excel, workbook } = createExcel();
(function (root) {
  "use strict";

  // ---- addresses -------------------------------------------------------------------------------
  function columnNumber(letters) {
    let n = 0;
    for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
    return n;
  }
  function columnLetters(n) {
    let s = "";
    for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  }
  const MAX_ROW = 1048576;
  const MAX_COLUMN = 16384;
  /** "A1", "$D$7:$D$14", "A:A", "3:5", "'Sheet 1'!B2" → 1-based { sheet?, top, left, bottom, right }. */
  function parseRange(address) {
    let text = String(address).trim();
    let sheet;
    const bang = text.lastIndexOf("!");
    if (bang >= 0) {
      sheet = text.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
      text = text.slice(bang + 1);
    }
    const parts = text.replace(/\$/g, "").toUpperCase().split(":");
    if (parts.length > 2) throw excelError("InvalidArgument", `Bad address "${address}".`);
    const ends = parts.map((p) => {
      let m = /^([A-Z]{1,3})(\d+)$/.exec(p);
      if (m) return { row: Number(m[2]), column: columnNumber(m[1]) };
      if ((m = /^([A-Z]{1,3})$/.exec(p))) return { row: null, column: columnNumber(m[1]) };
      if ((m = /^(\d+)$/.exec(p))) return { row: Number(m[1]), column: null };
      throw excelError("InvalidArgument", `Bad address "${address}".`);
    });
    const [a, b = a] = ends;
    const top = Math.min(a.row ?? 1, b.row ?? 1);
    const bottom = a.row === null ? MAX_ROW : Math.max(a.row, b.row);
    const left = Math.min(a.column ?? 1, b.column ?? 1);
    const right = a.column === null ? MAX_COLUMN : Math.max(a.column, b.column);
    return { sheet, top, left, bottom, right };
  }
  const cellAddress = (row, column) => `${columnLetters(column)}${row}`;
  function rangeAddress(r) {
    const from = cellAddress(r.top, r.left);
    const to = cellAddress(r.bottom, r.right);
    return from === to ? from : `${from}:${to}`;
  }
  const quoteSheet = (name) => (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);
  const cellCount = (r) => (r.bottom - r.top + 1) * (r.right - r.left + 1);

  function excelError(code, message) {
    const error = new Error(message);
    error.name = "RichApi.Error";
    error.code = code;
    return error;
  }

  // ---- the workbook model (plain data) -----------------------------------------------------------
  class Sheet {
    constructor(name, cells) {
      this.name = name;
      this.cells = new Map(); // "A1" → { value, formula, numberFormat, quotePrefix, format: {...}, hyperlink }
      this.names = [];
      this.charts = [];
      this.merges = [];
      this.columnWidths = {};
      this.rowHeights = {};
      this.validations = []; // range.dataValidation sets: { address, rule, errorAlert, prompt }
      this.freeze = null;
      this.pageLayout = {}; // orientation, zoom, printArea, printTitleRows, as set
      this.formatLog = []; // every format set, by range: { address, property, value }
      for (const [address, content] of Object.entries(cells || {})) {
        const cell = this.cell(address);
        if (typeof content === "string" && content.startsWith("=")) cell.formula = content;
        else cell.value = content;
      }
    }
    cell(address) {
      if (!this.cells.has(address)) this.cells.set(address, {});
      return this.cells.get(address);
    }
    peek(address) {
      return this.cells.get(address);
    }
  }

  class Workbook {
    constructor(options) {
      this.options = options || {};
      this.sheets = [];
      this.names = []; // workbook-scoped
      this.active = null;
      this.syncs = 0;
      this.flushes = 0;
      this.runs = 0;
      this.unknown = [];
      this.calls = []; // every modelled method call, in order: "worksheets.add", "sync", ...
      this.runLog = []; // per Excel.run: { syncs, flushes, calls, unknown }
      for (const spec of this.options.sheets || [{ name: "Sheet1" }]) this.sheets.push(new Sheet(spec.name, spec.cells));
      this.active = this.sheets[0] ? this.sheets[0].name : null;
    }
    sheet(name) {
      return this.sheets.find((s) => s.name.toLowerCase() === String(name).toLowerCase());
    }
    /** A JSON snapshot of everything: what a test asserts on. */
    dump() {
      return {
        syncs: this.syncs,
        flushes: this.flushes,
        runs: this.runs,
        active: this.active,
        calls: this.calls.slice(),
        runLog: this.runLog.map((r) => ({ ...r, calls: r.calls.slice(), unknown: r.unknown.slice() })),
        unknown: this.unknown.slice(),
        names: this.names.slice(),
        sheets: this.sheets.map((s) => ({
          name: s.name,
          cells: Object.fromEntries([...s.cells].map(([a, c]) => [a, { ...c }])),
          names: s.names.slice(),
          charts: s.charts.map((c) => ({ ...c })),
          merges: s.merges.slice(),
          columnWidths: { ...s.columnWidths },
          rowHeights: { ...s.rowHeights },
          validations: s.validations.map((v) => ({ ...v })),
          freeze: s.freeze,
          pageLayout: { ...s.pageLayout },
          formatLog: s.formatLog.slice(),
        })),
      };
    }
    valueOf(sheet, address) {
      const cell = sheet.peek(address);
      if (!cell) return "";
      if (cell.formula !== undefined) {
        const evaluate = this.options.evaluate;
        return evaluate ? evaluate(cell.formula, sheet.name, address) : null;
      }
      return cell.value === undefined ? "" : cell.value;
    }
  }

  // Excel's reading of text typed or written into a cell.
  function convert(input) {
    if (typeof input !== "string") return { value: input };
    if (input.startsWith("'")) return { value: input.slice(1), quotePrefix: true };
    if (input.startsWith("=")) return { formula: input };
    const trimmed = input.trim();
    if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed)) return { value: Number(trimmed) };
    if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toUpperCase() === "TRUE" };
    return { value: input };
  }

  // ---- the Office.js surface --------------------------------------------------------------------
  function createExcel(options) {
    const workbook = new Workbook(options);

    /** Something this fake does not model: records sets and calls by path, never throws. */
    function recorder(context, path) {
      const target = function () {};
      return new Proxy(target, {
        get(_t, prop) {
          if (prop === "then" || typeof prop === "symbol") return undefined;
          if (prop === "toJSON") return () => ({ fake: path });
          return recorder(context, `${path}.${String(prop)}`);
        },
        set(_t, prop, value) {
          unknown(context, { path: `${path}.${String(prop)}`, value: plain(value) });
          return true;
        },
        apply(_t, _this, args) {
          unknown(context, { path: `${path}()`, args: args.map(plain) });
          return recorder(context, `${path}()`);
        },
      });
    }
    function unknown(context, entry) {
      workbook.unknown.push(entry);
      context._unknown.push(entry);
    }
    function plain(value) {
      try {
        return JSON.parse(JSON.stringify(value));
      } catch {
        return String(value);
      }
    }

    /**
     * An Office.js-like proxy object: `known` holds modelled members (getters, setters, methods),
     * `loadable` lists the properties that must be loaded (or set) before they are read. Anything
     * else goes to a recorder.
     */
    function proxy(context, path, known, loadable, preloaded) {
      // An item read from a loaded collection comes with its properties loaded.
      const state = { loaded: new Set(preloaded ? ["*"] : []), pending: new Set(), set: new Set() };
      const self = {
        load(props) {
          const list = props === undefined ? ["*"] : typeof props === "string" ? props.split(",") : Array.isArray(props) ? props : Object.keys(props);
          for (const p of list) state.pending.add(p.trim().split("/").pop() === "*" ? "*" : p.trim());
          context._track(state);
          return target;
        },
        toJSON() {
          const out = {};
          for (const p of loadable || []) if (state.loaded.has(p) || state.loaded.has("*") || state.set.has(p)) out[p] = target[p];
          return out;
        },
      };
      const target = new Proxy(self, {
        get(_t, prop) {
          if (typeof prop === "symbol" || prop === "then") return undefined;
          if (prop in self) return self[prop];
          const member = Object.getOwnPropertyDescriptor(known, prop);
          if (member) {
            if (loadable && loadable.includes(prop) && !isReadable(state, prop)) {
              throw excelError(
                "PropertyNotLoaded",
                `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
              );
            }
            return member.get ? member.get() : member.value;
          }
          return recorder(context, `${path}.${prop}`);
        },
        set(_t, prop, value) {
          const member = Object.getOwnPropertyDescriptor(known, prop);
          if (member && member.set) {
            member.set(value);
            state.set.add(prop);
            context._queue();
          } else {
            unknown(context, { path: `${path}.${String(prop)}`, value: plain(value) });
          }
          return true;
        },
      });
      return target;
    }
    function isReadable(state, prop) {
      if (state.set.has(prop)) return true;
      // Any load of a collection ("items/name", "name", "items", none) loads its items.
      if (prop === "items") return state.loaded.size > 0;
      if (state.loaded.has("*") || state.loaded.has(prop) || state.loaded.has(`items/${prop}`)) return true;
      // A bare load() or load("items") loads an item's scalar properties.
      return state.loaded.has("items");
    }

    /** A modelled method. options.failOn = { call: "charts.add", code, message } makes it fail
     * at the next sync, as Excel reports a failed operation. */
    function call(context, name, fn) {
      return (...args) => {
        workbook.calls.push(name);
        context._calls.push(name);
        context._queue();
        const failOn = workbook.options.failOn;
        if (failOn && failOn.call === name) {
          context._fail(excelError(failOn.code || "GeneralException", failOn.message || `${name} failed.`));
        }
        return fn(...args);
      };
    }

    // ---- formats ----
    function formatObject(context, sheet, ranges, path) {
      const log = (property, value) => {
        for (const r of ranges) {
          sheet.formatLog.push({ address: rangeAddress(r), property, value: plain(value) });
          if (cellCount(r) > 100000) continue; // whole rows/columns: logged, not spread to cells
          for (let row = r.top; row <= r.bottom; row++) {
            for (let col = r.left; col <= r.right; col++) {
              const cell = sheet.cell(cellAddress(row, col));
              cell.format = { ...(cell.format || {}), [property]: value };
            }
          }
        }
      };
      const group = (prefix, names) =>
        proxy(context, `${path}.${prefix}`, defineAccessors(names, (n, v) => log(`${prefix}.${n}`, v)));
      const known = defineAccessors(
        ["wrapText", "horizontalAlignment", "verticalAlignment", "indentLevel", "textOrientation"],
        (n, v) => log(n, v),
      );
      Object.defineProperty(known, "font", { value: group("font", ["bold", "italic", "underline", "size", "color", "name", "strikethrough"]) });
      Object.defineProperty(known, "fill", { value: group("fill", ["color", "pattern"]) });
      Object.defineProperty(known, "borders", {
        value: proxy(context, `${path}.borders`, {
          getItem: (edge) =>
            proxy(context, `${path}.borders.${edge}`, defineAccessors(["style", "weight", "color"], (n, v) => log(`borders.${edge}.${n}`, v))),
        }),
      });
      Object.defineProperty(known, "columnWidth", {
        set: (v) => {
          for (const r of ranges) for (let c = r.left; c <= r.right && c <= r.left + 1000; c++) sheet.columnWidths[columnLetters(c)] = v;
        },
        get: () => sheet.columnWidths[columnLetters(ranges[0].left)],
      });
      Object.defineProperty(known, "rowHeight", {
        set: (v) => {
          for (const r of ranges) for (let w = r.top; w <= r.bottom && w <= r.top + 10000; w++) sheet.rowHeights[w] = v;
        },
        get: () => sheet.rowHeights[ranges[0].top],
      });
      Object.defineProperty(known, "autofitColumns", { value: call(context, "format.autofitColumns", () => undefined) });
      Object.defineProperty(known, "autofitRows", { value: call(context, "format.autofitRows", () => undefined) });
      return proxy(context, path, known);
    }
    function defineAccessors(names, onSet) {
      const out = {};
      for (const n of names) {
        let current;
        Object.defineProperty(out, n, {
          get: () => current,
          set: (v) => {
            current = v;
            onSet(n, v);
          },
          enumerable: true,
        });
      }
      return out;
    }

    // ---- ranges ----
    function grid(r, read) {
      const rows = [];
      for (let row = r.top; row <= r.bottom; row++) {
        const line = [];
        for (let col = r.left; col <= r.right; col++) line.push(read(cellAddress(row, col)));
        rows.push(line);
      }
      return rows;
    }
    function writeGrid(context, sheet, r, input, write) {
      const height = r.bottom - r.top + 1;
      const width = r.right - r.left + 1;
      if (cellCount(r) > 1000000) return context._fail(excelError("InvalidArgument", "Range too large for this fake."));
      if (Array.isArray(input)) {
        if (input.length !== height || input.some((row) => !Array.isArray(row) || row.length !== width)) {
          return context._fail(
            excelError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rangeAddress(r)}).`),
          );
        }
      }
      for (let row = 0; row < height; row++) {
        for (let col = 0; col < width; col++) {
          const value = Array.isArray(input) ? input[row][col] : input;
          write(sheet.cell(cellAddress(r.top + row, r.left + col)), value);
        }
      }
    }
    const setContent = (cell, input) => {
      delete cell.value;
      delete cell.formula;
      delete cell.quotePrefix;
      if (input === null || input === undefined) return; // null leaves a cell as it is in Excel; here: empty
      const converted = convert(input);
      Object.assign(cell, converted);
      if (converted.value === "") delete cell.value;
    };

    /** range.dataValidation: what is set is kept per range, as plain data. */
    function validationObject(context, sheetRef, r, path) {
      const entry = () => {
        const s = sheetRef();
        const address = rangeAddress(r);
        let found = s.validations.find((v) => v.address === address);
        if (!found) s.validations.push((found = { address }));
        return found;
      };
      return proxy(
        context,
        path,
        defineAccessors(["rule", "errorAlert", "prompt", "ignoreBlanks"], (name, value) => {
          entry()[name] = plain(value);
        }),
      );
    }

    function rangeObject(context, sheet, address) {
      const r = parseRange(address);
      const sheetRef = () => sheet();
      const path = `range(${address})`;
      const known = {
        get address() {
          return `${quoteSheet(sheetRef().name)}!${rangeAddress(r)}`;
        },
        get rowCount() {
          return r.bottom - r.top + 1;
        },
        get columnCount() {
          return r.right - r.left + 1;
        },
        get rowIndex() {
          return r.top - 1;
        },
        get columnIndex() {
          return r.left - 1;
        },
        get values() {
          const s = sheetRef();
          return grid(r, (a) => workbook.valueOf(s, a));
        },
        set values(v) {
          writeGrid(context, sheetRef(), r, v, setContent);
        },
        get formulas() {
          const s = sheetRef();
          return grid(r, (a) => {
            const c = s.peek(a);
            if (!c) return "";
            return c.formula !== undefined ? c.formula : c.value === undefined ? "" : c.value;
          });
        },
        set formulas(v) {
          writeGrid(context, sheetRef(), r, v, setContent);
        },
        get text() {
          const s = sheetRef();
          return grid(r, (a) => String(workbook.valueOf(s, a) ?? ""));
        },
        get numberFormat() {
          const s = sheetRef();
          return grid(r, (a) => (s.peek(a) && s.peek(a).numberFormat) || "General");
        },
        set numberFormat(v) {
          writeGrid(context, sheetRef(), r, v, (cell, f) => {
            cell.numberFormat = f;
          });
        },
        get hyperlink() {
          const c = sheetRef().peek(cellAddress(r.top, r.left));
          return c && c.hyperlink;
        },
        set hyperlink(link) {
          const s = sheetRef();
          for (let row = r.top; row <= r.bottom; row++) {
            for (let col = r.left; col <= r.right; col++) {
              const cell = s.cell(cellAddress(row, col));
              cell.hyperlink = plain(link);
              if (link && link.textToDisplay !== undefined) setContent(cell, link.textToDisplay);
            }
          }
        },
        format: formatObject(context, sheet(), [r], `${path}.format`),
        dataValidation: validationObject(context, sheetRef, r, `${path}.dataValidation`),
        merge: call(context, "range.merge", (across) => {
          sheetRef().merges.push({ address: rangeAddress(r), across: Boolean(across) });
        }),
        unmerge: call(context, "range.unmerge", () => {
          const s = sheetRef();
          s.merges = s.merges.filter((m) => m.address !== rangeAddress(r));
        }),
        clear: call(context, "range.clear", () => {
          const s = sheetRef();
          for (const a of [...s.cells.keys()]) {
            const { row, column } = (() => {
              const p = parseRange(a);
              return { row: p.top, column: p.left };
            })();
            if (row >= r.top && row <= r.bottom && column >= r.left && column <= r.right) s.cells.delete(a);
          }
        }),
        getCell: (row, column) => rangeObject(context, sheet, cellAddress(r.top + row, r.left + column)),
        getOffsetRange: (rows, columns) =>
          rangeObject(context, sheet, rangeAddress({ top: r.top + rows, bottom: r.bottom + rows, left: r.left + columns, right: r.right + columns })),
        getResizedRange: (rows, columns) =>
          rangeObject(context, sheet, rangeAddress({ ...r, bottom: r.bottom + rows, right: r.right + columns })),
        get worksheet() {
          return worksheetObject(context, sheetRef().name);
        },
        _fakeRange: { sheet: sheetRef, r },
      };
      return proxy(context, path, known, ["address", "rowCount", "columnCount", "rowIndex", "columnIndex", "values", "formulas", "text", "numberFormat", "hyperlink"]);
    }

    function rangeAreasObject(context, sheet, addresses) {
      const ranges = String(addresses)
        .split(",")
        .map((a) => parseRange(a));
      return proxy(context, `ranges(${addresses})`, {
        format: formatObject(context, sheet(), ranges, `ranges(${addresses}).format`),
        get address() {
          return ranges.map((r) => `${quoteSheet(sheet().name)}!${rangeAddress(r)}`).join(",");
        },
        get areaCount() {
          return ranges.length;
        },
      }, ["address", "areaCount"]);
    }

    // ---- names ----
    function referenceText(reference) {
      if (typeof reference === "string") return reference.startsWith("=") ? reference : `=${reference}`;
      const fake = reference && reference._fakeRange;
      if (fake) {
        const r = fake.r;
        const abs = (row, col) => `$${columnLetters(col)}$${row}`;
        const body = cellCount(r) === 1 ? abs(r.top, r.left) : `${abs(r.top, r.left)}:${abs(r.bottom, r.right)}`;
        return `=${quoteSheet(fake.sheet().name)}!${body}`;
      }
      return `=${String(reference)}`;
    }
    function namesObject(context, list, scope) {
      const item = (n, loaded) =>
        proxy(context, `names.${n.name}`, {
          name: n.name,
          formula: n.formula,
          comment: n.comment,
          scope: n.scope ? "Worksheet" : "Workbook",
          type: "Range",
          visible: true,
          delete: call(context, "name.delete", () => list.splice(list.indexOf(n), 1)),
        }, ["name", "formula", "comment", "scope", "type", "visible"], loaded);
      return proxy(context, "names", {
        add: call(context, "names.add", (name, reference, comment) => {
          if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
            return context._fail(excelError("InvalidArgument", `"${name}" is not a valid name.`));
          }
          if (list.some((n) => n.name.toLowerCase() === name.toLowerCase())) {
            return context._fail(excelError("ItemAlreadyExists", `The name "${name}" already exists.`));
          }
          const entry = { name, formula: referenceText(reference), comment: comment || "", scope: scope || null };
          list.push(entry);
          return item(entry);
        }),
        get items() {
          return list.map((n) => item(n, true));
        },
        getItem: (name) => {
          const n = list.find((x) => x.name.toLowerCase() === String(name).toLowerCase());
          if (!n) context._fail(excelError("ItemNotFound", `The name "${name}" does not exist.`));
          return n ? item(n) : recorder(context, `names.${name}`);
        },
        getCount: () => list.length,
      }, ["items"]);
    }

    // ---- charts ----
    function chartsObject(context, sheet) {
      return proxy(context, "charts", {
        add: call(context, "charts.add", (type, source, seriesBy) => {
          const fake = source && source._fakeRange;
          const entry = {
            type: String(type),
            source: fake ? rangeAddress(fake.r) : String(source),
            seriesBy: seriesBy || "Auto",
            title: undefined,
            legend: {},
            position: null,
            name: `Chart ${sheet().charts.length + 1}`,
          };
          sheet().charts.push(entry);
          return proxy(context, `chart(${entry.name})`, {
            get name() {
              return entry.name;
            },
            set name(v) {
              entry.name = v;
            },
            title: proxy(context, "chart.title", {
              get text() {
                return entry.title;
              },
              set text(v) {
                entry.title = v;
              },
            }),
            legend: proxy(context, "chart.legend", defineAccessors(["position", "visible"], (n, v) => {
              entry.legend[n] = v;
            })),
            axes: proxy(context, "chart.axes", {
              categoryAxis: proxy(context, "chart.axes.categoryAxis", defineAccessors(["reversePlotOrder", "position"], (n, v) => {
                entry.categoryAxis = { ...(entry.categoryAxis || {}), [n]: v };
              })),
            }),
            setPosition: call(context, "chart.setPosition", (from, to) => {
              entry.position = [String(from && from._fakeRange ? rangeAddress(from._fakeRange.r) : from), to === undefined ? null : String(to && to._fakeRange ? rangeAddress(to._fakeRange.r) : to)];
            }),
          }, ["name"]);
        }),
        get count() {
          return sheet().charts.length;
        },
      }, ["count"]);
    }

    // ---- worksheets ----
    function worksheetObject(context, name, options = {}) {
      const missing = () => context._fail(excelError("ItemNotFound", `The requested worksheet "${name}" does not exist.`));
      const sheet = () => workbook.sheet(name) || (missing(), new Sheet(name));
      return proxy(context, `worksheet(${name})`, {
        get name() {
          return sheet().name;
        },
        set name(v) {
          sheet().name = v;
        },
        get isNullObject() {
          return Boolean(options.orNull && !workbook.sheet(name));
        },
        get position() {
          return workbook.sheets.indexOf(sheet());
        },
        getRange: (address) => rangeObject(context, sheet, address === undefined ? "A1:XFD1048576" : address),
        getRanges: (addresses) => rangeAreasObject(context, sheet, addresses),
        getRangeByIndexes: (row, column, rows, columns) =>
          rangeObject(context, sheet, rangeAddress({ top: row + 1, left: column + 1, bottom: row + rows, right: column + columns })),
        getUsedRange: () => {
          const s = sheet();
          const refs = [...s.cells.keys()].map((a) => parseRange(a));
          if (refs.length === 0) return rangeObject(context, sheet, "A1");
          return rangeObject(context, sheet, rangeAddress({
            top: Math.min(...refs.map((p) => p.top)),
            left: Math.min(...refs.map((p) => p.left)),
            bottom: Math.max(...refs.map((p) => p.bottom)),
            right: Math.max(...refs.map((p) => p.right)),
          }));
        },
        activate: call(context, "worksheet.activate", () => {
          workbook.active = sheet().name;
        }),
        delete: call(context, "worksheet.delete", () => {
          workbook.sheets.splice(workbook.sheets.indexOf(sheet()), 1);
        }),
        get names() {
          return namesObject(context, sheet().names, sheet().name);
        },
        get charts() {
          return chartsObject(context, sheet);
        },
        get pageLayout() {
          return pageLayoutObject(context, sheet);
        },
        freezePanes: proxy(context, "freezePanes", {
          freezeRows: call(context, "freezePanes.freezeRows", (rows) => {
            sheet().freeze = { rows, columns: 0 };
          }),
          freezeColumns: call(context, "freezePanes.freezeColumns", (columns) => {
            sheet().freeze = { rows: 0, columns };
          }),
          freezeAt: call(context, "freezePanes.freezeAt", (at) => {
            const r = at && at._fakeRange ? at._fakeRange.r : parseRange(at);
            sheet().freeze = { rows: r.bottom, columns: r.right };
          }),
          unfreeze: call(context, "freezePanes.unfreeze", () => {
            sheet().freeze = null;
          }),
        }),
      }, ["name", "isNullObject", "position"], options.loaded);
    }

    /** worksheet.pageLayout: orientation, fit-to-pages zoom, print area and title rows. A bad
     * value fails at the next sync with InvalidArgument, as in Excel. */
    function pageLayoutObject(context, sheet) {
      const invalid = (what) => context._fail(excelError("InvalidArgument", `The argument is invalid or missing or has an incorrect format (${what}).`));
      const pages = (n) => n === undefined || (Number.isInteger(n) && n >= 1);
      const known = {};
      Object.defineProperty(known, "orientation", {
        get: () => sheet().pageLayout.orientation,
        set: (v) => {
          if (v !== "Portrait" && v !== "Landscape") invalid(`orientation ${v}`);
          else sheet().pageLayout.orientation = v;
        },
      });
      Object.defineProperty(known, "zoom", {
        get: () => sheet().pageLayout.zoom,
        set: (v) => {
          const ok = v && typeof v === "object" && pages(v.horizontalFitToPages) && pages(v.verticalFitToPages) &&
            (v.scale === undefined || (v.scale >= 10 && v.scale <= 400));
          if (!ok) invalid(`zoom ${JSON.stringify(v)}`);
          else sheet().pageLayout.zoom = plain(v);
        },
      });
      const rangeArgument = (name, wholeRows) => (address) => {
        let r;
        try {
          r = parseRange(address);
        } catch {
          return invalid(`${name} ${address}`);
        }
        if (wholeRows && (r.left !== 1 || r.right !== MAX_COLUMN)) return invalid(`${name} ${address}`);
        sheet().pageLayout[name] = rangeAddress(r);
      };
      known.setPrintArea = call(context, "pageLayout.setPrintArea", rangeArgument("printArea", false));
      known.setPrintTitleRows = call(context, "pageLayout.setPrintTitleRows", rangeArgument("printTitleRows", true));
      return proxy(context, "pageLayout", known);
    }

    function worksheetsObject(context) {
      return proxy(context, "worksheets", {
        get items() {
          return workbook.sheets.map((s) => worksheetObject(context, s.name, { loaded: true }));
        },
        add: call(context, "worksheets.add", (name) => {
          let sheetName = name;
          if (sheetName === undefined) {
            let n = workbook.sheets.length + 1;
            while (workbook.sheet(`Sheet${n}`)) n++;
            sheetName = `Sheet${n}`;
          }
          if (workbook.sheet(sheetName)) {
            context._fail(excelError("ItemAlreadyExists", `A worksheet named "${sheetName}" already exists.`));
            return worksheetObject(context, sheetName);
          }
          if (sheetName.length > 31 || /[:\\/?*[\]]/.test(sheetName) || /^'|'$/.test(sheetName) || sheetName === "") {
            context._fail(excelError("InvalidArgument", `"${sheetName}" is not a valid sheet name.`));
            return recorder(context, `worksheet(${sheetName})`);
          }
          workbook.sheets.push(new Sheet(sheetName));
          return worksheetObject(context, sheetName);
        }),
        getItem: (name) => worksheetObject(context, name),
        getItemOrNullObject: (name) => worksheetObject(context, name, { orNull: true }),
        getActiveWorksheet: () => worksheetObject(context, workbook.active),
        getCount: () => workbook.sheets.length,
      }, ["items"]);
    }

    // ---- context and Excel.run ----
    function createContext(entry) {
      let tracked = [];
      let failure = null;
      let pending = false;
      const context = {
        _calls: entry.calls,
        _unknown: entry.unknown,
        _track(state) {
          tracked.push(state);
          pending = true;
        },
        _queue() {
          pending = true;
        },
        _fail(error) {
          failure = failure || error;
        },
        get _pending() {
          return pending;
        },
        /** The batch's explicit context.sync(); Excel.run's closing flush is counted apart. */
        async sync(internal) {
          const flush = Boolean(internal && internal.flush);
          if (!flush) {
            workbook.syncs++;
            entry.syncs++;
          }
          workbook.calls.push(flush ? "flush" : "sync");
          entry.calls.push(flush ? "flush" : "sync");
          await new Promise((resolve) => setTimeout(resolve, (workbook.options.latencyMs ?? 0)));
          for (const state of tracked) {
            for (const p of state.pending) state.loaded.add(p);
            state.pending.clear();
          }
          tracked = [];
          pending = false;
          if (failure) {
            const error = failure;
            failure = null;
            throw error;
          }
        },
      };
      context.workbook = proxy(context, "workbook", {
        worksheets: worksheetsObject(context),
        get names() {
          return namesObject(context, workbook.names, null);
        },
        getActiveCell: () => worksheetObject(context, workbook.active).getRange("A1"),
      });
      return context;
    }

    const enumProxy = new Proxy({}, {
      get: () =>
        new Proxy({}, { get: (_u, member) => (typeof member === "string" ? member.charAt(0).toUpperCase() + member.slice(1) : undefined) }),
    });

    const Excel = new Proxy(
      {
        async run(batch) {
          workbook.runs++;
          const entry = { syncs: 0, flushes: 0, calls: [], unknown: [] };
          workbook.runLog.push(entry);
          const context = createContext(entry);
          const result = await batch(context);
          // Excel.run sends what is still queued when the batch returns: a round trip, if any.
          if (context._pending) {
            workbook.flushes++;
            entry.flushes++;
            await context.sync({ flush: true });
          }
          return result;
        },
      },
      { get: (t, prop) => (prop in t ? t[prop] : enumProxy[prop]) },
    );
    return { Excel, workbook };
  }

  const api = {
    createExcel,
    workbook: null,
    /** Browser: installs window.Excel (a fake) before the page's scripts run. */
    install(options) {
      const { Excel, workbook } = createExcel(options);
      api.workbook = workbook;
      Object.defineProperty(root, "Excel", { value: Excel, writable: false, configurable: true });
      return workbook;
    },
    parseRange,
    columnLetters,
  };
  if (typeof module === "object" && module.exports) module.exports = api;
  else root.FakeExcel = api;
})(typeof globalThis !== "undefined" ? globalThis : this);
