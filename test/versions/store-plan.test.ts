// The versions store decided, data in and data out: a snapshot of the workbook in, the writes
// or a refusal out. The Office layer around it is checked in store.test.ts.

import { CATEGORY_IDS, REFERENCE_VERSIONS } from "../../src/model";
import { articleVersion } from "../../src/versions/article";
import { planApply, planDelete, planImport, planRename, planSave, versionsState, type Planned } from "../../src/versions/store-plan";
import type { Version } from "../../src/versions/version";
import { version } from "./fixtures";
import { modelSheet, setCell, setEstimate, snapshot, versionsGrid } from "./store-snapshot";
import { earlierLayoutSheet } from "../support/earlier-layout";
import { EARLIER_LAYOUT } from "../../src/versions/model-sheet-snapshot";
import { BASE_KEYS, RANGE_KEYS } from "../../src/versions/versions-sheet";

const NOW = "2024-06-01T12:00:00.000Z";

function ok<T>(planned: Planned<T>) {
  if (!planned.ok) throw new Error(planned.refusal.text.en);
  return planned;
}
function refusal<T>(planned: Planned<T>) {
  if (planned.ok) throw new Error("not refused");
  return planned.refusal;
}

describe("save", () => {
  test("the first save creates the Versions sheet and writes row 5: the FTT line as a native formula", () => {
    const planned = ok(planSave(snapshot(modelSheet(), null), { name: "Base", note: "as the article", replace: false }, "en", NOW));
    expect(planned.value.amounts).toEqual(articleVersion().amounts);
    expect(planned.notices).toEqual([]);
    expect(planned.writes.newVersionsSheet).toMatchObject({ name: "Versions", bold: "A3:AD4", wide: { columns: "A:C", points: 120 }, freezeRows: 4 });
    expect(planned.writes.newVersionsSheet?.writes[0].formulas.slice(1, 2)[0].slice(0, 2)).toEqual(["schema", 2]);
    expect(planned.writes.versions).toEqual([
      {
        address: "A5:AD5",
        formulas: [
          [
            "Base", "as the article", NOW,
            1.5e9, 1e9, 1e9, 2e9, 2e9, 2e9, "=ROUND(L5*(M5-N5),2)", 2e9,
            articleVersion().ftt.tokens, 22, 4.4,
            // Each line's low and high: the article's default ranges, the sheet's own cells.
            0.35e9, 1.5e9, 0.5e9, 1.5e9, 10e6, 1e9, 0, 2.5e9, 0, 4.6e9, 0.7243e9, 2e9, 0, 4.656e9, 1e9, 3e9,
          ],
        ],
        numberFormats: [["@", "@", "@", ...Array(8).fill("#,##0.00"), "#,##0.####", "$#,##0.00##", "$#,##0.00##", ...Array(16).fill("#,##0.00")]],
      },
    ]);
    expect(planned.writes.model).toEqual([]);
  });

  test("an existing name is refused unless replace is set; replacing writes only its row", () => {
    const stored = [version("v0"), version("v1"), version("v2")];
    expect(refusal(planSave(snapshot(modelSheet(), stored), { name: "V1", replace: false }, "en", NOW))).toMatchObject({
      code: "exists",
      text: { en: 'A version named "v1" already exists.' },
    });
    const sheet = modelSheet();
    setEstimate(sheet, "D8", 3e9);
    const planned = ok(planSave(snapshot(sheet, stored), { name: "v1", note: "updated", replace: true }, "en", NOW));
    expect(planned.writes.newVersionsSheet).toBeUndefined();
    expect(planned.writes.versions.map((w) => w.address)).toEqual(["A6:AD6"]);
    expect(planned.writes.versions[0].formulas[0].slice(0, 5)).toEqual(["v1", "updated", NOW, 1.5e9, 3e9]);
  });

  test("a new version goes below the last row, whatever the number of versions", () => {
    const stored = Array.from({ length: 50 }, (_, i) => version(`v${i}`));
    const planned = ok(planSave(snapshot(modelSheet(), stored), { name: "New", replace: false }, "en", NOW));
    expect(planned.writes.versions.map((w) => w.address)).toEqual(["A55:AD55"]);
  });

  test("the FTT line comes from its drivers, even before the sheet has calculated it", () => {
    const sheet = modelSheet();
    setCell(sheet, "D13", "=FTX.FTTLOSS(D18,D19,D20)", "", "String");
    setCell(sheet, "D18", 1e8, 1e8, "Double");
    const saved = ok(planSave(snapshot(sheet, null), { name: "Calc", replace: false }, "en", NOW)).value;
    expect(saved.amounts.ftt_drop).toBe(1.76e9);
    expect(saved.ftt.tokens).toBe(1e8);
  });

  test("a number typed over the FTT line is kept, as tokens at the sheet's prices", () => {
    const sheet = modelSheet();
    setCell(sheet, "D13", 3.52e9, 3.52e9, "Double");
    const saved = ok(planSave(snapshot(sheet, null), { name: "Typed", replace: false }, "en", NOW)).value;
    expect(saved.amounts.ftt_drop).toBeCloseTo(3.52e9, 2);
    expect(saved.ftt.tokens).toBeCloseTo(2e8, 3);
  });

  test("a sheet that is not a model sheet is refused with a message in both languages", () => {
    const notes = { ...snapshot(modelSheet(), null), model: { ...snapshot(modelSheet(), null).model!, sheetName: "Notes", hasInputsName: false, ids: [] } };
    expect(refusal(planSave(notes, { name: "X", replace: false }, "en", NOW))).toEqual({
      code: "notModel",
      text: {
        en: '"Notes" is not a model sheet. Select a model sheet (or insert one) and try again.',
        ja: "「Notes」はモデルのシートではありません。モデルのシートを選択(または挿入)してから、もう一度お試しください。",
      },
    });
    const moved = { ...notes, model: { ...notes.model, sheetName: "FTX Losses", hasInputsName: true } };
    expect(refusal(planSave(moved, { name: "X", replace: false }, "en", NOW)).text.en).toBe(
      '"FTX Losses" is a model sheet, but its rows have moved (the category ids are no longer in A7:A14, or the unit in D5 ' +
        "is not 1 or 100000000). Insert a fresh model sheet to save or apply versions.",
    );
  });

  test("the Japanese sheet (億ドル) stores US dollars", () => {
    const sheet = modelSheet("ja");
    setEstimate(sheet, "D8", 12.5);
    const planned = ok(planSave(snapshot(sheet, null), { name: "円", replace: false }, "ja", NOW));
    expect(planned.value.amounts.luna).toBe(1.25e9);
    expect(planned.value.amounts.voyager_blockfi).toBe(1.5e9);
    expect(planned.writes.versions[0].formulas[0][4]).toBe(1.25e9);
  });

  test("text amounts are read in the sheet's unit on both sheets, and the save says so", () => {
    const en = modelSheet("en");
    setCell(en, "F8", 3e9, 3e9, "Double");
    setCell(en, "D8", "$3B", "$3B", "String");
    const dollars = ok(planSave(snapshot(en, null), { name: "t", replace: false }, "en", NOW));
    expect(dollars.value.amounts.luna).toBe(3e9);
    expect(dollars.notices).toEqual([
      { en: 'D8: read the text "$3B" as 3000000000 US dollars.', ja: "D8:文字列「$3B」を 3000000000 ドル として読みました。" },
    ]);
    const ja = modelSheet("ja");
    setCell(ja, "F8", 20, 20, "Double");
    setCell(ja, "D8", "20億", "20億", "String");
    const oku = ok(planSave(snapshot(ja, null), { name: "t", replace: false }, "ja", NOW));
    expect(oku.value.amounts.luna).toBe(2e9);
    expect(oku.notices).toEqual([{ en: 'D8: read the text "20億" as 20 億ドル.', ja: "D8:文字列「20億」を 20 億ドル として読みました。" }]);
  });

  const total = (amounts: Record<string, number>) => Object.values(amounts).reduce((a, b) => a + b, 0);

  test("a formula of the user's on the FTT line is the value it shows, as tokens at the sheet's prices", () => {
    const sheet = modelSheet();
    setEstimate(sheet, "D13", 5e9, '=FTX.AMOUNT("$5B")'); // its High raised to hold it
    const saved = ok(planSave(snapshot(sheet, null), { name: "Mine", replace: false }, "en", NOW)).value;
    expect(saved.amounts.ftt_drop).toBe(5e9);
    expect(total(saved.amounts)).toBe(16.5e9); // what the sheet's total shows, not the article's 15.5B
    expect(saved.ftt).toEqual({ tokens: 5e9 / 17.6, priceBefore: 22, priceAfter: 4.4 });
  });

  test("a formula of the user's on another line is the value it shows", () => {
    const sheet = modelSheet();
    setEstimate(sheet, "D8", 3e9, "=2*1.5*10^9");
    setCell(sheet, "D9", '="$2B"', "$2B", "String");
    setCell(sheet, "F9", 2e9, 2e9, "Double"); // algo's High, raised to hold it
    const planned = ok(planSave(snapshot(sheet, null), { name: "Mine", replace: false }, "en", NOW));
    expect([planned.value.amounts.luna, planned.value.amounts.algo]).toEqual([3e9, 2e9]);
    expect(planned.notices.map((n) => n.en)).toEqual(['D9: read the text "$2B" as 2000000000 US dollars.']);
  });

  test("the template's own FTT formula follows the drivers, however Excel spells it, in either form", () => {
    for (const formula of ["=ftx.fttloss( D18, D19, D20 )", "=ROUND(D18*(D19-D20),2)"]) {
      const sheet = modelSheet();
      // Opened without the add-in, the FTX form shows #NAME?: the drivers still give the line.
      setCell(sheet, "D13", formula, "#NAME?", "Error");
      setCell(sheet, "D18", 1e8, 1e8, "Double");
      const saved = ok(planSave(snapshot(sheet, null), { name: "Calc", replace: false }, "en", NOW)).value;
      expect([formula, saved.amounts.ftt_drop, saved.ftt.tokens]).toEqual([formula, 1.76e9, 1e8]);
    }
  });

  test("the Japanese sheet (億ドル): a formula of the user's is read in the sheet's unit; the template's /10^8 form follows the drivers", () => {
    const sheet = modelSheet("ja");
    expect(sheet.formulas[12][3]).toBe("=FTX.FTTLOSS(D18,D19,D20)/10^8");
    setCell(sheet, "D18", 1e8, 1e8, "Double");
    expect(ok(planSave(snapshot(sheet, null), { name: "円", replace: false }, "ja", NOW)).value.amounts.ftt_drop).toBe(1.76e9);
    setEstimate(sheet, "D13", 50, '=FTX.AMOUNT("$5B")/10^8');
    setCell(sheet, "D8", "=12.5", 12.5, "Double");
    const saved = ok(planSave(snapshot(sheet, null), { name: "円", replace: false }, "ja", NOW)).value;
    expect([saved.amounts.ftt_drop, saved.amounts.luna]).toEqual([5e9, 1.25e9]);
    expect(saved.ftt.tokens).toBeCloseTo(5e9 / 17.6, 3);
  });

  test.each([
    ["D8", '=FTX.AMOUNT("lots")', "#VALUE!", "luna"],
    ["D13", "=VLOOKUP(1,Z1:Z2,2,FALSE)", "#N/A", "ftt_drop"],
  ])("an input showing an error (%s) refuses the save, naming the cell, in both languages", (cell, formula, error, id) => {
    const sheet = modelSheet();
    setCell(sheet, cell, formula, error, "Error");
    expect(refusal(planSave(snapshot(sheet, null), { name: "t", replace: false }, "en", NOW))).toEqual({
      code: "notModel",
      text: {
        en: `${cell} (${id}) shows the error ${error}, which cannot be saved as a number; fix the cell and try again.`,
        ja: `${cell}(${id})はエラー ${error} を表示していて、数値として保存できません。セルを直してから、もう一度お試しください。`,
      },
    });
  });

  test("an FTT driver showing an error refuses the save, naming it", () => {
    const sheet = modelSheet();
    setCell(sheet, "D19", "=1/0", "#DIV/0!", "Error");
    expect(refusal(planSave(snapshot(sheet, null), { name: "t", replace: false }, "en", NOW)).text).toEqual({
      en: "The FTT driver in D19 holds the error #DIV/0!; it must be a number, 0 or more.",
      ja: "FTT の前提のセル D19 にエラー #DIV/0! が入っています。0 以上の数値にしてください。",
    });
  });

  test("a formula of the user's on the FTT line when the prices do not fall: refused, quoting it", () => {
    const sheet = modelSheet();
    setCell(sheet, "D13", '=FTX.AMOUNT("$5B")', 5e9, "Double");
    setCell(sheet, "D20", 22, 22, "Double");
    expect(refusal(planSave(snapshot(sheet, null), { name: "t", replace: false }, "en", NOW)).text.en).toBe(
      'D13 holds your formula (=FTX.AMOUNT("$5B")) instead of its formula, and the FTT prices do not fall, so no token ' +
        "count gives it. Restore the formula or the prices and try again.",
    );
  });

  test("text that is not an amount refuses the save, naming the cell", () => {
    const sheet = modelSheet();
    setCell(sheet, "D9", "lots", "lots", "String");
    expect(refusal(planSave(snapshot(sheet, null), { name: "t", replace: false }, "en", NOW)).text.en).toBe(
      'D9 (algo) holds "lots", which is not an amount; fix it and try again.',
    );
  });
});

describe("apply", () => {
  const stored = [version("v0"), version("v1")];

  test("writes the seven inputs and three drivers, not the FTT line, and keeps the old inputs", () => {
    const sheet = modelSheet();
    setEstimate(sheet, "D8", 7e9);
    const planned = ok(planApply(snapshot(sheet, stored), "v1", "en", NOW));
    expect(planned.value).toEqual({ keptAs: "before v1", fttRestored: false, formulasReplaced: [] });
    const v1 = version("v1");
    expect(planned.writes.model).toEqual([
      // The estimates with each line's low and high beside them (the FTT line keeps its formula).
      { address: "D7:F12", formulas: CATEGORY_IDS.slice(0, 6).map((id) => [v1.amounts[id], v1.ranges[id].low, v1.ranges[id].high]) },
      { address: "E13:F13", formulas: [[v1.ranges.ftt_drop.low, v1.ranges.ftt_drop.high]] },
      { address: "D14:F14", formulas: [[v1.amounts.longs, v1.ranges.longs.low, v1.ranges.longs.high]] },
      { address: "D18:D20", formulas: [[1e8], [20], [5]] },
    ]);
    expect(planned.writes.versions.map((w) => w.address)).toEqual(["A7:AD7"]);
    const kept = planned.writes.versions[0].formulas[0];
    expect(kept.slice(0, 2)).toEqual(["before v1", 'Automatic: the model\'s inputs before "v1" was applied.']);
    expect(kept[4]).toBe(7e9);
  });

  test.each(["en", "ja"] as const)("a sheet that holds the target cell for cell (%s): nothing kept, nothing written", (locale) => {
    const planned = ok(planApply(snapshot(modelSheet(locale), null), "article", locale, NOW));
    expect(planned.value).toEqual({ fttRestored: false, formulasReplaced: [] });
    expect(planned.writes).toEqual({ versions: [], model: [] });
  });

  test.each([
    ["a formula of the user's", "D8", "=10^9", 1e9, [{ address: "D8", formula: "=10^9" }]],
    ["a driver's formula", "D19", "=44/2", 22, [{ address: "D19", formula: "=44/2" }]],
    ["a Low's formula", "E7", "=D7*0.35/1.5", 3.5e8, [{ address: "E7", formula: "=D7*0.35/1.5" }]],
    ["a text amount", "D8", "$1B", "$1B", []],
  ] as const)("the same values, but %s in a cell: the before copy is kept first, then the cell replaced", (_what, address, formula, value, named) => {
    const sheet = modelSheet();
    setCell(sheet, address, formula, value, typeof value === "number" ? "Double" : "String");
    const planned = ok(planApply(snapshot(sheet, null), "Article", "en", NOW));
    expect(planned.value).toEqual({ keptAs: "before Article", fttRestored: false, formulasReplaced: named });
    expect(planned.writes.newVersionsSheet).toBeDefined();
    const kept = planned.writes.versions.find((w) => w.formulas[0][0] === "before Article")?.formulas[0];
    expect(kept?.[4]).toBe(1e9); // luna, as the cell showed it
    expect(planned.writes.model.map((w) => w.address)).toEqual(["D7:F12", "E13:F13", "D14:F14", "D18:D20"]);
  });

  test("a number typed over the FTT line that equals what the drivers give: kept first, then the formula restored", () => {
    const sheet = modelSheet();
    const shown = articleVersion().amounts.ftt_drop;
    setCell(sheet, "D13", shown, shown, "Double");
    const planned = ok(planApply(snapshot(sheet, null), "Article", "en", NOW));
    expect(planned.value).toEqual({ keptAs: "before Article", fttRestored: true, formulasReplaced: [] });
    expect(planned.writes.model.at(-1)).toEqual({ address: "D13", formulas: [["=FTX.FTTLOSS(D18,D19,D20)"]] });
  });

  test("a taken automatic name gets a number, never replacing the earlier one", () => {
    const sheet = modelSheet();
    setEstimate(sheet, "D7", 2);
    const article = articleVersion();
    const taken = { ...article, name: "before v0", amounts: { ...article.amounts, voyager_blockfi: 1 }, ranges: { ...article.ranges, voyager_blockfi: { low: 1, high: 1.5e9 } } };
    const planned = ok(planApply(snapshot(sheet, [version("v0"), taken]), "v0", "en", NOW));
    expect(planned.value.keptAs).toBe("before v0 (2)");
    expect(planned.writes.versions[0].formulas[0][0]).toBe("before v0 (2)");
    // The same inputs as a taken automatic version: that one is named, nothing is written.
    setEstimate(sheet, "D7", 1);
    const again = ok(planApply(snapshot(sheet, [version("v0"), taken]), "v0", "en", NOW));
    expect(again.value.keptAs).toBe("before v0");
    expect(again.writes.versions).toEqual([]);
  });

  test("the Japanese sheet gets 億ドル and Japanese automatic names", () => {
    const planned = ok(planApply(snapshot(modelSheet("ja"), [version("v0")]), "v0", "ja", NOW));
    expect(planned.writes.model[0].formulas.slice(0, 2)).toEqual([[1, 0.5, 2], [2, 1, 4]]);
    expect(planned.value.keptAs).toBe("v0 の適用前");
    const sheet = modelSheet("ja");
    setEstimate(sheet, "D7", 1);
    expect(ok(planApply(snapshot(sheet, null), "Article", "ja", NOW)).value.keptAs).toBe("記事の適用前");
  });

  test.each([
    ["en", 3.52e9, "=FTX.FTTLOSS(D18,D19,D20)"],
    ["ja", 35.2, "=FTX.FTTLOSS(D18,D19,D20)/10^8"],
  ] as const)("a number typed over the FTT line (%s): the plan's formula comes back", (locale, typed, formula) => {
    const sheet = modelSheet(locale);
    setCell(sheet, "D13", typed, typed, "Double");
    const planned = ok(planApply(snapshot(sheet, [version("v0")]), "v0", locale, NOW));
    expect(planned.value.fttRestored).toBe(true);
    expect(planned.writes.model.at(-1)).toEqual({ address: "D13", formulas: [[formula]] });
    const kept = planned.writes.versions[0].formulas[0];
    // What the line showed, as tokens at the sheet's prices ($22 → $4.4).
    expect(kept[11] as number).toBeCloseTo(2e8, 3);
  });

  test("on a portable copy (article column holds numbers), the FTT line gets its native formula", () => {
    const sheet = modelSheet();
    setCell(sheet, "C13", 4e9, 4e9, "Double");
    setCell(sheet, "D13", 1e9, 1e9, "Double");
    const planned = ok(planApply(snapshot(sheet, null), "Article", "en", NOW));
    expect(planned.writes.model.at(-1)).toEqual({ address: "D13", formulas: [["=ROUND(D18*(D19-D20),2)"]] });
  });

  test("formulas of the user's in inputs are replaced after the before-version keeps what they showed, and named", () => {
    const sheet = modelSheet();
    setEstimate(sheet, "D8", 3e9, '=FTX.AMOUNT("$3B")');
    setCell(sheet, "D19", "=D30*2", 20, "Double");
    const planned = ok(planApply(snapshot(sheet, [version("v0")]), "v0", "en", NOW));
    expect(planned.value).toEqual({
      keptAs: "before v0",
      fttRestored: false,
      formulasReplaced: [
        { address: "D8", formula: '=FTX.AMOUNT("$3B")' },
        { address: "D19", formula: "=D30*2" },
      ],
    });
    const v0 = version("v0");
    expect(planned.writes.model).toEqual([
      { address: "D7:F12", formulas: CATEGORY_IDS.slice(0, 6).map((id) => [v0.amounts[id], v0.ranges[id].low, v0.ranges[id].high]) },
      { address: "E13:F13", formulas: [[v0.ranges.ftt_drop.low, v0.ranges.ftt_drop.high]] },
      { address: "D14:F14", formulas: [[v0.amounts.longs, v0.ranges.longs.low, v0.ranges.longs.high]] },
      { address: "D18:D20", formulas: [[1e8], [20], [5]] },
    ]);
    const kept = planned.writes.versions[0].formulas[0];
    expect([kept[0], kept[4], kept[12]]).toEqual(["before v0", 3e9, 20]);
  });

  test.each([
    ["en", '=FTX.AMOUNT("$5B")', 5e9, "=FTX.FTTLOSS(D18,D19,D20)"],
    ["ja", "=50", 50, "=FTX.FTTLOSS(D18,D19,D20)/10^8"],
  ] as const)("a formula of the user's on the FTT line (%s): kept as shown in the before-version, then the plan's formula", (locale, formula, shown, restored) => {
    const sheet = modelSheet(locale);
    setEstimate(sheet, "D13", shown, formula);
    const planned = ok(planApply(snapshot(sheet, [version("v0")]), "v0", locale, NOW));
    expect(planned.value.formulasReplaced).toEqual([{ address: "D13", formula }]);
    expect(planned.value.fttRestored).toBe(false);
    expect(planned.writes.model.at(-1)).toEqual({ address: "D13", formulas: [[restored]] });
    const kept = planned.writes.versions[0].formulas[0];
    // The drivers that give $5B at the sheet's prices ($22 → $4.4), not the article's $4B.
    expect(kept[11]).toBe(5e9 / 17.6);
  });

  test("the template's own FTT formula is not the user's: nothing named", () => {
    const sheet = modelSheet();
    setEstimate(sheet, "D7", 2e9);
    const planned = ok(planApply(snapshot(sheet, [version("v0")]), "v0", "en", NOW));
    expect(planned.value.formulasReplaced).toEqual([]);
    expect(planned.writes.model.map((w) => w.address)).not.toContain("D13");
  });

  test("an input showing an error refuses the apply before anything is written", () => {
    const sheet = modelSheet();
    setCell(sheet, "D8", '=FTX.AMOUNT("lots")', "#VALUE!", "Error");
    expect(refusal(planApply(snapshot(sheet, [version("v0")]), "v0", "en", NOW)).text.en).toMatch(/^D8 \(luna\) shows the error #VALUE!/);
  });

  test("an unknown version is refused", () => {
    expect(refusal(planApply(snapshot(modelSheet(), stored), "nope", "en", NOW)).code).toBe("notFound");
  });
});

describe("rename and delete", () => {
  const stored = [version("v0"), version("v1"), version("v2")];

  test("rename writes one cell; a taken name is refused; a change of case is allowed", () => {
    const planned = ok(planRename(snapshot(undefined, stored), "v1", "Bull case", "en"));
    expect(planned.writes.versions).toEqual([{ address: "A6", formulas: [["Bull case"]], numberFormats: [["@"]] }]);
    expect(refusal(planRename(snapshot(undefined, stored), "v0", "V1", "en")).code).toBe("exists");
    expect(ok(planRename(snapshot(undefined, stored), "v0", "V0", "en")).writes.versions[0].address).toBe("A5");
  });

  test("delete removes only that row; the article and unknown names are refused", () => {
    expect(ok(planDelete(snapshot(undefined, stored), "v1")).writes.deleteRow).toBe(6);
    expect(refusal(planDelete(snapshot(undefined, stored), "v9")).code).toBe("notFound");
    expect(refusal(planDelete(snapshot(undefined, stored), "Article")).code).toBe("invalid");
  });
});

describe("a model sheet of the earlier layout (A–G, no Low and High)", () => {
  const earlier = () => earlierLayoutSheet("en");

  test("it is recognised: E5 and F5 are blank, and E and F hold differences and shares", () => {
    const sheet = earlier();
    expect([sheet.values[4][4], sheet.values[4][5]]).toEqual(["", ""]);
    expect(sheet.formulas[6].slice(4, 7)).toEqual(["=D7-C7", '=IF($D$15=0,"",D7/$D$15)', '=FTX.SOURCE($A7,"en")']);
  });

  test("a save keeps its estimates and drivers, assumes the article's ranges and says so", () => {
    const sheet = earlier();
    setCell(sheet, "D8", 3e9, 3e9, "Double");
    const planned = ok(planSave(snapshot(sheet, null), { name: "old", replace: false }, "en", NOW));
    expect(planned.value.amounts.luna).toBe(3e9);
    // Not the share in F8 nor the difference in E8.
    expect(planned.value.ranges.luna).toEqual({ low: 0.5e9, high: 3e9 });
    expect(planned.value.assumedRanges).toEqual([...CATEGORY_IDS]);
    expect(planned.notices).toEqual([EARLIER_LAYOUT]);
    expect(planned.notices[0].ja).toContain("以前のバージョンのアドインで作成された");
  });

  test("an apply writes its estimates and drivers only, never the differences and shares in E and F", () => {
    const planned = ok(planApply(snapshot(earlier(), [version("v1")]), "v1", "en", NOW));
    const v1 = version("v1");
    expect(planned.writes.model).toEqual([
      { address: "D7:D12", formulas: CATEGORY_IDS.slice(0, 6).map((id) => [v1.amounts[id]]) },
      { address: "D14", formulas: [[v1.amounts.longs]] },
      { address: "D18:D20", formulas: [[1e8], [20], [5]] },
    ]);
    expect(planned.notices).toEqual([EARLIER_LAYOUT]);
  });

  test("a layout this release does not know is refused, changing nothing", () => {
    const sheet = modelSheet();
    setCell(sheet, "F5", 3, 3, "Double");
    const r = refusal(planSave(snapshot(sheet, null), { name: "x", replace: false }, "en", NOW));
    expect(r.code).toBe("notModel");
    expect(r.text.en).toBe('"FTX Losses" is a model sheet of a layout this version does not know (F5 holds 3). Insert a new model sheet to save or apply versions.');
    expect(r.text.ja).toContain("モデルのシートを新しく挿入してください");
  });
});

describe("a Versions sheet of schema 1 (no range columns)", () => {
  /** As the earlier release wrote it: schema 1, columns A–N. */
  const schema1 = (versions: Version[]) => {
    const grid = versionsGrid(versions);
    const cut = (rows: readonly (readonly unknown[])[]) => rows.map((r) => r.slice(0, BASE_KEYS.length));
    const values = cut(grid.values).map((r, i) => (i === 1 ? ["schema", 1, ...r.slice(2)] : r));
    return { ...grid, values, formulas: cut(grid.formulas).map((r, i) => (i === 1 ? ["schema", 1, ...r.slice(2)] : r)) };
  };

  test("its versions load with the article's ranges assumed, and the list says so", () => {
    const state = versionsState({ versionsSheet: schema1([version("v0"), version("v1")]) });
    expect(state.versions.map((v) => v.name)).toEqual(["v0", "v1"]);
    expect(state.versions[0].assumedRanges).toEqual([...CATEGORY_IDS]);
    expect(state.blocked).toBeUndefined();
    expect(state.issues.map((i) => i.message.en)).toEqual([
      '"v0", "v1" were saved before versions kept a Low and High per line: the article\'s default ranges are assumed (widened where an estimate falls outside).',
    ]);
  });

  test("the next save adds the range columns right of column N and sets schema 2, touching nothing else", () => {
    const planned = ok(planSave({ versionsSheet: schema1([version("v0")]), model: snapshot(modelSheet(), null).model }, { name: "new", replace: false }, "en", NOW));
    expect(planned.writes.versions.map((w) => w.address)).toEqual(["O3:AD4", "B2", "A6:AD6"]);
    expect(planned.writes.versions[0].formulas[1]).toEqual([...RANGE_KEYS]);
    expect(planned.writes.versions[1].formulas).toEqual([[2]]);
    // The new row carries the sheet's ranges.
    expect(planned.writes.versions[2].formulas[0].slice(14, 16)).toEqual([0.35e9, 1.5e9]);
  });
});

describe("reference versions: names reserved, never applied", () => {
  const stored = [version("v0")];
  const names = REFERENCE_VERSIONS.flatMap((r) => [r.label.en, r.label.ja, `  ${r.label.en.toUpperCase()} `]);

  test.each(names)("%s cannot be saved, imported or renamed to (en and ja messages)", (name) => {
    const refusals = [
      refusal(planSave(snapshot(modelSheet(), stored), { name, replace: true }, "en", NOW)),
      refusal(planImport(snapshot(undefined, stored), { ...version("x"), name }, true, "en")),
      refusal(planRename(snapshot(undefined, stored), "v0", name, "en")),
    ];
    for (const r of refusals) {
      expect(r.code).toBe("invalid");
      expect(r.text.en).toMatch(/is a built-in reference version/);
      expect(r.text.ja).toMatch(/組み込みの参考バージョン/);
    }
  });

  test("apply is refused, nothing written, saying how many lines the source covers", () => {
    const [debtors] = REFERENCE_VERSIONS;
    for (const name of [debtors.label.en, debtors.label.ja]) {
      const r = refusal(planApply(snapshot(modelSheet(), stored), name, "en", NOW));
      expect(r.code).toBe("invalid");
      expect(r.text.en).toBe(
        '"FTX debtors (2023)" is a read-only reference: its source gives figures for 2 of 8 lines, and the others have no figure to put in the model (never a 0). Compare it with the article or your versions instead.',
      );
      expect(r.text.ja).toMatch(/8行中2行/);
    }
  });
});
