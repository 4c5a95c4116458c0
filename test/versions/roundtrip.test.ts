// Round trips: versions written to the Versions sheet and read back, and through JSON, unchanged.

import fc from "fast-check";
import { CATEGORY_IDS, type CategoryId } from "../../src/model";
import { importVersion, listVersions } from "../../src/excel/versions-store";
import { versionFromJson, versionToJson } from "../../src/versions/json";
import { COLUMN_KEYS, HEADER_ROW, newSheetWrites, readVersionsSheet, versionRowWrites } from "../../src/versions/versions-sheet";
import { columnLetters } from "../../src/sheet/address";
import { makeVersion, type Version } from "../../src/versions/version";
import { MockSheet } from "./mock-workbook";
import { VERSIONS_SHEET } from "../../src/versions/versions-sheet";
import { modelWorkbook } from "./fixtures";

const LAST = columnLetters(COLUMN_KEYS.length);
const noNegativeZero = (x: number) => (x === 0 ? 0 : x);
const amount = fc.double({ min: -1e12, max: 1e13, noNaN: true, noDefaultInfinity: true }).map(noNegativeZero);

// Names Excel would misread if it were allowed to: numbers, dates, formulas, booleans, errors.
const tricky = fc.constantFrom("2024", "1e5", "Jan 5", "=A1", "+1", "-", "TRUE", "#N/A", "(100)", "50%", "'quoted", "0012");
const name = fc
  .oneof(tricky, fc.string({ minLength: 1, maxLength: 40 }), fc.string({ minLength: 1, maxLength: 20, unit: "grapheme" }))
  .map((s) => s.trim())
  // eslint-disable-next-line no-control-regex
  .filter((s) => s !== "" && !/[\u0000-\u001f\u007f]/.test(s) && s.toLowerCase() !== "article");

const versionParts = fc.record({
  note: fc.string({ maxLength: 120 }).map((s) => s.trim()),
  savedAt: fc
    .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true })
    .map((d) => d.toISOString()),
  amounts: fc.record(Object.fromEntries(CATEGORY_IDS.filter((id) => id !== "ftt_drop").map((id) => [id, amount])) as Record<Exclude<CategoryId, "ftt_drop">, fc.Arbitrary<number>>),
  ftt: fc.record({
    tokens: fc.double({ min: 0, max: 1e10, noNaN: true }).map(noNegativeZero),
    priceBefore: fc.double({ min: 0, max: 1e3, noNaN: true }).map(noNegativeZero),
    priceAfter: fc.double({ min: 0, max: 1e3, noNaN: true }).map(noNegativeZero),
  }),
  /** How far each line's low and high lie from its amount. */
  widths: fc.array(fc.double({ min: 0, max: 1e12, noNaN: true }).map(noNegativeZero), { minLength: 16, maxLength: 16 }),
});

function build(n: string, { widths, ...parts }: Omit<Parameters<typeof makeVersion>[0], "name"> & { widths: number[] }): Version {
  const first = makeVersion({ name: n, ...parts });
  if (!first.ok) throw new Error(JSON.stringify(first.error));
  const ranges = Object.fromEntries(
    CATEGORY_IDS.map((id, i) => [id, { low: first.value.amounts[id] - widths[2 * i], high: first.value.amounts[id] + widths[2 * i + 1] }]),
  );
  const made = makeVersion({ name: n, ...parts, ranges });
  if (!made.ok) throw new Error(JSON.stringify(made.error));
  return made.value;
}

const versionArb = fc.tuple(name, versionParts).map(([n, parts]) => build(n, parts));
const uniqueVersions = (count: number) =>
  fc.uniqueArray(versionArb, { minLength: count, maxLength: count, selector: (v) => v.name.toLocaleLowerCase() });

test("1,000 generated versions written to the Versions sheet read back unchanged", () => {
  fc.assert(
    fc.property(uniqueVersions(1000), (versions) => {
      const sheet = new MockSheet("Versions");
      const { writes, columns } = newSheetWrites("en");
      for (const w of writes) sheet.write(w.address, w.formulas);
      versions.forEach((v, i) => {
        for (const w of versionRowWrites(v, HEADER_ROW + 1 + i, columns)) {
          sheet.formats(w.address, w.numberFormats ?? []);
          sheet.write(w.address, w.formulas);
        }
      });
      const last = HEADER_ROW + versions.length;
      const read = readVersionsSheet({ top: 1, left: 1, values: sheet.grid(`A1:${LAST}${last}`), formulas: sheet.grid(`A1:${LAST}${last}`, "formula") });
      expect(read.issues).toEqual([]);
      expect(read.versions.map((s) => s.version)).toEqual(versions);
    }),
    // A failure names its run at once: shrinking 1,000 versions would take minutes.
    { numRuns: 3, endOnFailure: true },
  );
});

test("1,000 generated versions in the workbook's Versions sheet list back unchanged through the store", async () => {
  await fc.assert(
    fc.asyncProperty(uniqueVersions(1000), async (versions) => {
      const { workbook } = modelWorkbook();
      const sheet = workbook.addSheet(VERSIONS_SHEET);
      const { writes, columns } = newSheetWrites("en");
      for (const w of writes) sheet.write(w.address, w.formulas);
      // The rows as the store writes them: number formats first, then the cells, which the mock
      // reads as Excel would (text that looks like a number becomes one unless formatted as Text).
      versions.forEach((v, i) => {
        for (const w of versionRowWrites(v, HEADER_ROW + 1 + i, columns)) {
          sheet.formats(w.address, w.numberFormats ?? []);
          sheet.write(w.address, w.formulas);
        }
      });
      const before = workbook.syncs;
      const state = await listVersions(workbook.context());
      expect(workbook.syncs - before).toBe(1);
      expect(state.issues).toEqual([]);
      expect(state.versions).toEqual(versions);
    }),
    { numRuns: 2, endOnFailure: true },
  );
});

test("versions stored through the store list back unchanged", async () => {
  await fc.assert(
    fc.asyncProperty(uniqueVersions(20), async (versions) => {
      const { workbook } = modelWorkbook();
      for (const [i, v] of versions.entries()) {
        await importVersion(workbook.context(), v, false, { versionsSheet: i === 0 ? "missing" : "exists" });
      }
      expect((await listVersions(workbook.context())).versions).toEqual(versions);
    }),
    { numRuns: 10, endOnFailure: true },
  );
});

test("JSON export then import gives the same version (1,000 generated)", () => {
  fc.assert(
    fc.property(versionArb, (v) => {
      const back = versionFromJson(versionToJson(v));
      expect(back).toEqual({ ok: true, value: v });
    }),
    { numRuns: 1000 },
  );
});
