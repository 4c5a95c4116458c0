// Damaged or hand-edited version data: each damage gets a message naming it, the other versions
// still read, and later operations leave the damaged row exactly as the user left it.

import { listVersions, saveVersion, deleteVersion } from "../../src/excel/versions-store";
import { HEADER_ROW, VERSIONS_SHEET, newSheetWrites, readVersionsSheet, versionRowWrites } from "../../src/versions/versions-sheet";
import { modelWorkbook, version } from "./fixtures";
import type { MockSheet, MockWorkbook } from "./mock-workbook";

const opts = { now: () => new Date("2024-06-01T00:00:00.000Z") };

function seeded(): { workbook: MockWorkbook; sheet: MockSheet } {
  const { workbook } = modelWorkbook();
  const sheet = workbook.addSheet(VERSIONS_SHEET);
  const { writes, columns } = newSheetWrites("en");
  for (const w of writes) sheet.write(w.address, w.formulas);
  ["v0", "v1", "v2"].forEach((name, i) => {
    for (const w of versionRowWrites(version(name), HEADER_ROW + 1 + i, columns)) {
      sheet.formats(w.address, w.numberFormats ?? []);
      sheet.write(w.address, w.formulas);
    }
  });
  return { workbook, sheet };
}

// Columns of the sheet the store writes: A name, B note, C savedAt, D..K categories, L..N drivers.
const ROW_DAMAGES: [string, string, unknown, string][] = [
  ["text where a number belongs", "E6", "1.5B", 'Versions sheet, row 6 ("v1") is skipped: column luna: "1.5B" is text where a number belongs.'],
  ["a wrong type (a boolean)", "F6", true, 'Versions sheet, row 6 ("v1") is skipped: column algo: TRUE is the wrong type (a number belongs here).'],
  ["a wrong type (a number as name)", "A6", 2024, "Versions sheet, row 6 is skipped: column name: 2024 is the wrong type (text belongs here)."],
  ["an error value", "D6", "#REF!", 'Versions sheet, row 6 ("v1") is skipped: column voyager_blockfi holds the error #REF!.'],
  ["a blank amount", "K6", "", 'Versions sheet, row 6 ("v1") is skipped: column longs is blank (a version needs every amount; type 0 for none).'],
  ["a blank name", "A6", "", "Versions sheet, row 6 is skipped: column name is blank."],
  ["a date that is not one", "C6", "yesterday", 'Versions sheet, row 6 ("v1") is skipped: column savedAt: "yesterday" is not an ISO date such as "2024-05-31".'],
  ["a negative driver", "M6", -3, 'Versions sheet, row 6 ("v1") is skipped: column ftt_price_before: -3 is negative.'],
  [
    "a number typed over the FTT formula",
    "J6",
    123,
    'Versions sheet, row 6 ("v1") is skipped: ftt_drop is 123 but the FTT drivers give 1500000000 (100000000 tokens × (20 − 5)); the FTT line follows its drivers.',
  ],
  ["a duplicate name", "A6", "V0", 'Versions sheet, rows 5 and 6 are both named "V0"; row 6 is skipped until one of them is renamed.'],
];

describe.each(ROW_DAMAGES)("a row with %s", (_what, address, damage, message) => {
  test("is reported, skipped, and left exactly as it is by later operations", async () => {
    const { workbook, sheet } = seeded();
    // Typed by hand into a General cell: Excel keeps a number a number.
    if (typeof damage === "number") sheet.set(6, address.charCodeAt(0) - 64, { value: damage });
    else sheet.write(address, [[damage]]);
    const damagedRow = sheet.grid("A6:N6", "formula");

    const state = await listVersions(workbook.context());
    expect(state.issues.map((i) => [i.row, i.message.en])).toEqual([[6, message]]);
    expect(state.versions.map((v) => v.name)).toEqual(["v0", "v2"]);
    expect(state.versions[1]).toEqual(version("v2"));

    await saveVersion(workbook.context(), { name: "new", replace: false }, opts);
    expect(sheet.grid("A8")).toEqual([["new"]]);
    await deleteVersion(workbook.context(), "v0", opts);
    expect(sheet.grid("A5:N5", "formula")).toEqual(damagedRow);
    // With v0 gone, the second "V0" is no longer a duplicate and reads again.
    const survivors = damage === "V0" ? ["V0", "v2", "new"] : ["v2", "new"];
    expect((await listVersions(workbook.context())).versions.map((v) => v.name)).toEqual(survivors);
  });
});

const SHEET_DAMAGES: [string, (sheet: MockSheet) => void, string][] = [
  [
    "a missing column",
    (s) => s.write("E4", [[""]]),
    'The Versions sheet\'s header row has no "luna" column. Restore it (the add-in reads columns by these names); until then no version can be read or saved. Nothing was changed.',
  ],
  [
    "a column twice",
    (s) => s.write("AE4", [["luna"]]),
    'The Versions sheet\'s header row has "luna" more than once, so the add-in cannot tell which column to use. Rename or remove the extra column; nothing was changed.',
  ],
  [
    "a newer schema",
    (s) => s.write("B2", [[3]]),
    "The Versions sheet was written by a newer release of the add-in (schema 3; this one reads up to 2). Update the add-in to use these versions; nothing was changed.",
  ],
  [
    "no header row",
    (s) => s.write("A3:A4", [["x"], ["y"]]),
    'The Versions sheet has no header row (a row with "name", "note", "savedAt" and the category columns), so it cannot be read. Restore it, or rename the sheet to start a new Versions sheet; nothing was changed.',
  ],
];

describe.each(SHEET_DAMAGES)("a sheet with %s", (_what, damage, message) => {
  test("blocks writes with its message and changes nothing", async () => {
    const { workbook, sheet } = seeded();
    damage(sheet);
    const before = sheet.grid("A1:AE7", "formula");
    const state = await listVersions(workbook.context());
    expect(state.blocked?.en).toBe(message);
    expect(state.issues.map((i) => i.message.en)).toContain(message);
    for (const op of [
      () => saveVersion(workbook.context(), { name: "new", replace: false }, opts),
      () => deleteVersion(workbook.context(), "v1", opts),
    ]) {
      await expect(op()).rejects.toMatchObject({ code: expect.stringMatching(/blocked|notFound/) });
    }
    expect(sheet.grid("A1:AE7", "formula")).toEqual(before);
  });
});

test("an unreadable schema number is reported but does not block", () => {
  const read = readVersionsSheet({
    top: 1,
    left: 1,
    values: [["t"], ["schema", "one"], [], ["name"]],
    formulas: [],
  });
  expect(read.issues[0].message.en).toBe(
    'The Versions sheet\'s schema number (next to "schema", row 2) is "one", not a whole number; reading it as schema 2.',
  );
});

test("the same problems in Japanese name the row and column as the sheet shows them", async () => {
  const { workbook, sheet } = seeded();
  sheet.write("E6", [["abc"]]);
  sheet.write("A7", [["V0"]]);
  const state = await listVersions(workbook.context());
  expect(state.issues.map((i) => i.message.ja)).toEqual([
    "Versions シートの 6 行目(「v1」)、列 luna: 数値ではなく文字列「abc」が入っています。この行は読み飛ばしました(変更していません)。",
    "Versions シートの 5 行目と 7 行目がどちらも「V0」という名前です。どちらかの名前を変えるまで 7 行目は読み飛ばします(変更していません)。",
  ]);
  sheet.write("E4", [[""]]);
  const blocked = await listVersions(workbook.context());
  expect(blocked.blocked?.ja).toMatch(/^Versions シートの見出し行に「luna」の列がありません。/);
});

test("a date typed by hand (an Excel serial number) reads as an ISO date", async () => {
  const { workbook, sheet } = seeded();
  sheet.set(6, 3, { value: 45443 });
  const state = await listVersions(workbook.context());
  expect(state.issues).toEqual([]);
  expect(state.versions[1].savedAt).toBe("2024-05-31");
});
