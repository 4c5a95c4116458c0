// The versions store's Office layer against an in-memory workbook whose queued calls fail at
// context.sync() as Excel's do (ItemNotFound for a missing sheet): that the planned writes land
// where planned and nowhere else, that a refusal queues nothing, and how many round trips each
// operation costs. What is written is decided, and tested, in store-plan.test.ts.

import { CATEGORIES, CATEGORY_IDS } from "../../src/model";
import {
  VersionsError,
  applyVersion,
  compareVersions,
  deleteVersion,
  importVersion,
  listVersions,
  renameVersion,
  saveVersion,
} from "../../src/excel/versions-store";
import { HEADER_ROW, VERSIONS_SHEET, versionRowWrites, newSheetWrites } from "../../src/versions/versions-sheet";
import { articleVersion } from "../../src/versions/article";
import { modelWorkbook, version } from "./fixtures";
import type { MockWorkbook } from "./mock-workbook";

const now = () => new Date("2024-06-01T12:00:00.000Z");
const opts = { now, locale: "en" as const };

/** Runs an operation and reports how many context.sync() calls it made. */
async function counted<T>(workbook: MockWorkbook, op: (context: Excel.RequestContext) => Promise<T>): Promise<{ result: T; syncs: number }> {
  const before = workbook.syncs;
  const result = await op(workbook.context());
  return { result, syncs: workbook.syncs - before };
}

/** A Versions sheet holding `count` versions, written the way the store writes them. */
function seed(workbook: MockWorkbook, count: number) {
  const sheet = workbook.addSheet(VERSIONS_SHEET);
  const { writes, columns } = newSheetWrites("en");
  for (const w of writes) sheet.write(w.address, w.formulas);
  for (let i = 0; i < count; i++) {
    for (const w of versionRowWrites(version(`v${i}`), HEADER_ROW + 1 + i, columns)) {
      sheet.formats(w.address, w.numberFormats ?? []);
      sheet.write(w.address, w.formulas);
    }
  }
  return sheet;
}

describe("save", () => {
  test("the first save creates the Versions sheet, header and schema, in two syncs", async () => {
    const { workbook } = modelWorkbook();
    const { result, syncs } = await counted(workbook, (c) =>
      saveVersion(c, { name: "Base", note: "as the article", replace: false }, { ...opts, versionsSheet: "missing" }),
    );
    expect(syncs).toBe(2);
    const sheet = workbook.sheet(VERSIONS_SHEET);
    expect(sheet).toBeDefined();
    expect(sheet?.grid("A2:B2")).toEqual([["schema", 2]]);
    expect(sheet?.grid("A4:C4")).toEqual([["name", "note", "savedAt"]]);
    expect(sheet?.grid("A5:D5")).toEqual([["Base", "as the article", "2024-06-01T12:00:00.000Z", 1.5e9]]);
    // The FTT line is stored as a native formula over its drivers.
    expect(sheet?.grid("J5", "formula")).toEqual([["=ROUND(L5*(M5-N5),2)"]]);
    expect(result.version.amounts).toEqual(articleVersion().amounts);
    expect(result.notices).toEqual([]);
    expect(workbook.active).toBe("FTX Losses"); // the user stays on the model
  });

  test("without the hint, a missing sheet costs one failed read more", async () => {
    const { workbook } = modelWorkbook();
    const { syncs } = await counted(workbook, (c) => saveVersion(c, { name: "Base", replace: false }, opts));
    expect(syncs).toBe(3);
    expect((await listVersions(workbook.context())).versions.map((v) => v.name)).toEqual(["Base"]);
  });

  test("later saves append a row, two syncs whatever the number of versions", async () => {
    for (const count of [1, 50, 500]) {
      const { workbook } = modelWorkbook();
      seed(workbook, count);
      const { syncs } = await counted(workbook, (c) => saveVersion(c, { name: "New", replace: false }, opts));
      expect(syncs).toBe(2);
      expect(workbook.sheet(VERSIONS_SHEET)?.grid(`A${HEADER_ROW + 1 + count}`)).toEqual([["New"]]);
    }
  });

  test("an existing name is refused unless replace is set; replacing rewrites only its row", async () => {
    const { workbook, model } = modelWorkbook();
    const sheet = seed(workbook, 3);
    const error = await saveVersion(workbook.context(), { name: "V1", replace: false }, opts).catch((e) => e);
    expect(error).toBeInstanceOf(VersionsError);
    expect(error.code).toBe("exists");
    expect(workbook.log).toEqual([]);

    model.write("F8", [[3e9]]);
    model.write("D8", [[3e9]]);
    const before = [sheet.grid("A5:N5"), sheet.grid("A7:N7")];
    const { syncs } = await counted(workbook, (c) => saveVersion(c, { name: "v1", note: "updated", replace: true }, opts));
    expect(syncs).toBe(2);
    expect(sheet.grid("A6:E6")).toEqual([["v1", "updated", "2024-06-01T12:00:00.000Z", 1.5e9, 3e9]]);
    expect([sheet.grid("A5:N5"), sheet.grid("A7:N7")]).toEqual(before);
    expect(workbook.log.every((entry) => entry.includes("!A6:") || entry.includes("!A6"))).toBe(true);
  });



  test("a formula of the user's on the FTT line is saved as the value it shows", async () => {
    const { workbook, model } = modelWorkbook();
    model.set(13, 4, { value: 5e9, formula: '=FTX.AMOUNT("$5B")' });
    model.set(13, 6, { value: 5e9 }); // its High, raised to hold it
    const { result, syncs } = await counted(workbook, (c) => saveVersion(c, { name: "Mine", replace: false }, { ...opts, versionsSheet: "missing" }));
    expect(syncs).toBe(2);
    expect(result.version.amounts.ftt_drop).toBe(5e9);
    const listed = (await listVersions(workbook.context())).versions[0];
    expect(listed.amounts.ftt_drop).toBe(5e9);
    expect(Object.values(listed.amounts).reduce((a, b) => a + b, 0)).toBe(16.5e9);
    // The formula itself stays on the model sheet: a save writes nothing there.
    expect(model.grid("D13", "formula")).toEqual([['=FTX.AMOUNT("$5B")']]);
  });

  test("an input showing an error refuses the save, naming the cell, and queues nothing", async () => {
    const { workbook, model } = modelWorkbook();
    model.set(8, 4, { value: "#VALUE!", formula: '=FTX.AMOUNT("lots")' });
    const error = await saveVersion(workbook.context(), { name: "X", replace: false }, opts).catch((e) => e);
    expect(error).toBeInstanceOf(VersionsError);
    expect(error.message).toBe("D8 (luna) shows the error #VALUE!, which cannot be saved as a number; fix the cell and try again.");
    expect(workbook.log).toEqual([]);
  });

  test("a sheet that is not a model sheet is refused with a message", async () => {
    const { workbook } = modelWorkbook();
    workbook.addSheet("Notes");
    workbook.active = "Notes";
    const error = await saveVersion(workbook.context(), { name: "X", replace: false }, opts).catch((e) => e);
    expect(error.code).toBe("notModel");
    expect(error.message).toBe('"Notes" is not a model sheet. Select a model sheet (or insert one) and try again.');
    expect(error.text.ja).toBe("「Notes」はモデルのシートではありません。モデルのシートを選択(または挿入)してから、もう一度お試しください。");
  });


});

describe("apply", () => {
  test("writes the seven inputs and three drivers, keeps the FTT formula, and keeps the old inputs", async () => {
    const { workbook, model } = modelWorkbook();
    seed(workbook, 2);
    model.write("F8", [[7e9]]);
    model.write("D8", [[7e9]]);
    const ftt = model.grid("D13", "formula");
    const { result, syncs } = await counted(workbook, (c) => applyVersion(c, "v1", opts));
    expect(syncs).toBe(2);
    expect(result.keptAs).toBe("before v1");
    const v1 = version("v1");
    const shown = model.grid("D7:D14").map((r) => r[0]);
    CATEGORY_IDS.forEach((id, i) => {
      if (id !== "ftt_drop") expect(shown[i]).toBe(v1.amounts[id]);
    });
    expect(model.grid("D13", "formula")).toEqual(ftt);
    expect(model.grid("D18:D20")).toEqual([[1e8], [20], [5]]);
    const state = await listVersions(workbook.context());
    const kept = state.versions.find((v) => v.name === "before v1");
    expect(kept?.amounts.luna).toBe(7e9);
    expect(kept?.note).toContain('"v1"');
  });






  test("onto a sheet that already holds the version cell for cell: one sync, nothing written", async () => {
    const { workbook } = modelWorkbook();
    seed(workbook, 1);
    const { result, syncs } = await counted(workbook, (c) => applyVersion(c, "Article", opts));
    expect(syncs).toBe(1);
    expect(result).toEqual({ fttRestored: false, formulasReplaced: [], notices: [] });
    expect(workbook.log).toEqual([]);
  });

  test("the same values from a formula of the user's: the before-version is kept, then the formula replaced", async () => {
    const { workbook, model } = modelWorkbook();
    model.set(8, 4, { value: 1e9, formula: "=10^9" });
    const { result, syncs } = await counted(workbook, (c) => applyVersion(c, "Article", opts));
    expect(syncs).toBe(3); // no Versions sheet, and the caller did not say so: one failed read more
    expect(result).toMatchObject({ keptAs: "before Article", formulasReplaced: [{ address: "D8", formula: "=10^9" }] });
    expect(workbook.log[0]).toBe("add sheet Versions");
    expect(model.grid("D8", "formula")).toEqual([[1e9]]);
    const kept = (await listVersions(workbook.context())).versions.find((v) => v.name === "before Article");
    expect(kept?.amounts.luna).toBe(1e9);
  });

  test("formulas of the user's are replaced only after the before-version keeps what they showed, in two syncs", async () => {
    const { workbook, model } = modelWorkbook();
    seed(workbook, 1);
    model.set(8, 4, { value: 3e9, formula: '=FTX.AMOUNT("$3B")' });
    model.set(13, 4, { value: 5e9, formula: '=FTX.AMOUNT("$5B")' });
    // Their Highs, raised to hold them.
    model.set(8, 6, { value: 3e9 });
    model.set(13, 6, { value: 5e9 });
    const { result, syncs } = await counted(workbook, (c) => applyVersion(c, "v0", opts));
    expect(syncs).toBe(2);
    expect(result.formulasReplaced).toEqual([
      { address: "D8", formula: '=FTX.AMOUNT("$3B")' },
      { address: "D13", formula: '=FTX.AMOUNT("$5B")' },
    ]);
    expect(result.keptAs).toBe("before v0");
    // The before-version's row is queued first, then the model's cells.
    expect(workbook.log).toEqual([
      "write Versions!A6:AD6",
      "write FTX Losses!D7:F12",
      "write FTX Losses!E13:F13",
      "write FTX Losses!D14:F14",
      "write FTX Losses!D18:D20",
      "write FTX Losses!D13",
    ]);
    expect(model.grid("D8:D13", "formula").map((r) => r[0])).toEqual([2e8, 3e8, 4e8, 5e8, 6e8, "=FTX.FTTLOSS(D18,D19,D20)"]);
    const kept = (await listVersions(workbook.context())).versions.find((v) => v.name === "before v0");
    expect([kept?.amounts.luna, kept?.amounts.ftt_drop]).toEqual([3e9, 5e9]);
  });
});

describe("text that Excel would read as something else", () => {
  test("names and notes such as 2024, TRUE or Jan 5 are stored and listed as typed", async () => {
    const { workbook } = modelWorkbook();
    const names = ["2024", "TRUE", "Jan 5", "1e5", "(100)"];
    for (const [i, name] of names.entries()) {
      await saveVersion(workbook.context(), { name, note: names[(i + 1) % names.length], replace: false }, {
        ...opts,
        versionsSheet: i === 0 ? "missing" : "exists",
      });
    }
    const state = await listVersions(workbook.context());
    expect(state.issues).toEqual([]);
    expect(state.versions.map((v) => [v.name, v.note])).toEqual(names.map((n, i) => [n, names[(i + 1) % names.length]]));
  });

  test("the mock reads such text as Excel does when a cell is not Text-formatted", () => {
    // Without this, the test above could not fail if the store stopped formatting as Text.
    const { workbook } = modelWorkbook();
    const sheet = workbook.addSheet("Plain");
    sheet.write("A1:E1", [["2024", "TRUE", "Jan 5", "1e5", "2024-05-31"]]);
    expect(sheet.grid("A1:E1")).toEqual([[2024, true, 45296, 100000, 45443]]);
    sheet.formats("A2:B2", [["@", "@"]]);
    sheet.write("A2:B2", [["2024", "TRUE"]]);
    expect(sheet.grid("A2:B2")).toEqual([["2024", "TRUE"]]);
  });
});

describe("rename and delete", () => {
  test("rename changes one cell in two syncs; a taken name is refused", async () => {
    const { workbook } = modelWorkbook();
    const sheet = seed(workbook, 3);
    const { syncs } = await counted(workbook, (c) => renameVersion(c, "v1", "Bull case", opts));
    expect(syncs).toBe(2);
    expect(workbook.log).toEqual(["write Versions!A6"]);
    expect(sheet.grid("A5:A7")).toEqual([["v0"], ["Bull case"], ["v2"]]);
    const clash = await renameVersion(workbook.context(), "v0", "BULL CASE", opts).catch((e) => e);
    expect(clash.code).toBe("exists");
    await renameVersion(workbook.context(), "v0", "V0", opts); // a change of case is allowed
    expect(sheet.grid("A5")).toEqual([["V0"]]);
  });

  test("delete removes only that row, in two syncs", async () => {
    const { workbook } = modelWorkbook();
    const sheet = seed(workbook, 3);
    const last = sheet.grid("A7:N7", "formula");
    const { syncs } = await counted(workbook, (c) => deleteVersion(c, "v1", opts));
    expect(syncs).toBe(2);
    expect(workbook.log).toEqual(["delete Versions!6:6"]);
    expect(sheet.grid("A5:A6")).toEqual([["v0"], ["v2"]]);
    expect(sheet.grid("A6:N6", "formula")[0].slice(0, 9)).toEqual(last[0].slice(0, 9));
    const missing = await deleteVersion(workbook.context(), "v1", opts).catch((e) => e);
    expect(missing.code).toBe("notFound");
    const builtIn = await deleteVersion(workbook.context(), "Article", opts).catch((e) => e);
    expect(builtIn.code).toBe("invalid");
  });
});

describe("list, import and compare", () => {
  test("list is one sync whatever the number of versions", async () => {
    for (const count of [0, 10, 1000]) {
      const { workbook } = modelWorkbook();
      seed(workbook, count);
      const { result, syncs } = await counted(workbook, (c) => listVersions(c));
      expect(syncs).toBe(1);
      expect(result.versions).toHaveLength(count);
      expect(result.issues).toEqual([]);
    }
    const { workbook } = modelWorkbook();
    const { result, syncs } = await counted(workbook, (c) => listVersions(c, { versionsSheet: "missing" }));
    expect([result.sheetExists, syncs]).toEqual([false, 1]);
  });

  test("list without a hint is one sync too, whether the sheet exists or not", async () => {
    const missing = modelWorkbook().workbook;
    const none = await counted(missing, (c) => listVersions(c));
    expect([none.result.sheetExists, none.result.versions, none.syncs]).toEqual([false, [], 1]);
    const present = modelWorkbook().workbook;
    seed(present, 2);
    const two = await counted(present, (c) => listVersions(c));
    expect([two.result.sheetExists, two.result.versions.length, two.syncs]).toEqual([true, 2, 1]);
  });

  test("an imported version is stored as given", async () => {
    const { workbook } = modelWorkbook();
    seed(workbook, 1);
    const v = version("Imported", { luna: 123.45 });
    const { syncs } = await counted(workbook, (c) => importVersion(c, v, false, opts));
    expect(syncs).toBe(2);
    expect((await listVersions(workbook.context())).versions[1]).toEqual(v);
  });

  test("compare inserts a comparison sheet through writePlan, in two syncs", async () => {
    const { workbook } = modelWorkbook();
    const a = version("Low", { luna: 5e8 });
    const b = version("High", { luna: 3e9 });
    const { result, syncs } = await counted(workbook, (c) => compareVersions(c, [a, b], "en"));
    expect(syncs).toBe(2);
    expect(result).toBe("Comparison");
    const sheet = workbook.sheet("Comparison");
    expect(sheet?.grid("A5:E5")).toEqual([["ID", "Cause of loss", "Article", "Low", "High"]]);
    expect(sheet?.grid("A7:E7")).toEqual([["luna", CATEGORIES[1].label.en, 1e9, 5e8, 3e9]]);
    expect(sheet?.grid("F5:H5")).toEqual([["Low − Article", "High − Article", "High − Low"]]);
    expect(sheet?.grid("F7:H7", "formula")).toEqual([["=D7-C7", "=E7-C7", "=E7-D7"]]);
    expect(sheet?.grid("C14", "formula")).toEqual([["=SUM(C6:C13)"]]);
    expect(sheet?.charts).toEqual([{ source: "Comparison!B5:E13" }]);
  });
});
