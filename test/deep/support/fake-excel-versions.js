// What the versions panel needs beyond fake-excel.js, added around it without changing it:
// - range.delete("Up") on whole rows (deleting a version's row), rows below moving up;
// - Text-formatted cells ("@") keep what is written as text, as Excel does ("2024" stays text);
// - isNullObject is readable after any load() and sync of the object, as in office.js (its query
//   result sets _isNull), not only after load("isNullObject").
// Load after fake-excel.js, then call FakeExcelVersions.augment() after FakeExcel.install().
(function (root) {
  "use strict";

  function augment() {
    const FakeExcel = root.FakeExcel;
    const workbook = FakeExcel.workbook;
    const original = root.Excel;
    const { parseRange, columnLetters } = FakeExcel;

    function deleteRows(sheet, top, bottom) {
      const count = bottom - top + 1;
      const moved = new Map();
      for (const [address, cell] of sheet.cells) {
        const at = parseRange(address);
        if (at.top < top) moved.set(address, cell);
        else if (at.top > bottom) moved.set(`${columnLetters(at.left)}${at.top - count}`, cell);
      }
      sheet.cells = moved;
    }

    function wrapRange(context, range) {
      return new Proxy(range, {
        get(target, prop) {
          if (prop === "delete") {
            return (shift) => {
              workbook.calls.push("range.delete");
              context._queue();
              const { sheet, r } = target._fakeRange;
              if (shift !== "Up" || r.left !== 1 || r.right !== 16384) {
                workbook.unknown.push({ path: "range.delete()", args: [shift, `${r.top}:${r.bottom}`] });
                return;
              }
              deleteRows(sheet(), r.top, r.bottom);
            };
          }
          return target[prop];
        },
        set(target, prop, value) {
          if ((prop === "values" || prop === "formulas") && Array.isArray(value)) {
            const { sheet, r } = target._fakeRange;
            const s = sheet();
            value = value.map((line, i) =>
              line.map((x, j) => {
                const cell = s.peek(`${columnLetters(r.left + j)}${r.top + i}`);
                const text = cell && cell.numberFormat === "@";
                return text && typeof x === "string" && x !== "" && !x.startsWith("'") ? `'${x}` : x;
              }),
            );
          }
          target[prop] = value;
          return true;
        },
      });
    }

    function wrapSheet(context, sheet, orNullName) {
      let loaded = false;
      return new Proxy(sheet, {
        get(target, prop) {
          if (prop === "load") {
            return (...args) => {
              loaded = true;
              return target.load(...args);
            };
          }
          if (prop === "isNullObject" && orNullName !== undefined && loaded) {
            // Read after the sync that carried the load: the sheet's existence then.
            return !workbook.sheet(orNullName);
          }
          if (prop === "getRange" || prop === "getUsedRange") {
            return (...args) => wrapRange(context, target[prop](...args));
          }
          return target[prop];
        },
        set(target, prop, value) {
          target[prop] = value;
          return true;
        },
      });
    }

    function wrapContext(context) {
      const worksheets = context.workbook.worksheets;
      const wrappedSheets = new Proxy(worksheets, {
        get(target, prop) {
          if (["getItem", "getItemOrNullObject", "getActiveWorksheet", "add"].includes(prop)) {
            return (...args) => wrapSheet(context, target[prop](...args), prop === "getItemOrNullObject" ? args[0] : undefined);
          }
          return target[prop];
        },
      });
      const wrappedWorkbook = new Proxy(context.workbook, {
        get: (target, prop) => (prop === "worksheets" ? wrappedSheets : target[prop]),
      });
      return new Proxy(context, {
        get: (target, prop) => (prop === "workbook" ? wrappedWorkbook : target[prop]),
      });
    }

    const Excel = new Proxy(original, {
      get(target, prop) {
        if (prop === "run") return (batch) => target.run((context) => batch(wrapContext(context)));
        return target[prop];
      },
    });
    Object.defineProperty(root, "Excel", { value: Excel, writable: false, configurable: true });
    return workbook;
  }

  const api = { augment };
  if (typeof module === "object" && module.exports) module.exports = api;
  else root.FakeExcelVersions = api;
})(typeof globalThis !== "undefined" ? globalThis : this);
