// The portable copy decided: a snapshot of the sheet in (as one sync reads it), the copy's writes
// or a refusal out. The Office layer around it is checked in test/excel/portable-copy.test.ts.

import { earlierLayoutSheet } from "../support/earlier-layout";
import {
  planPortableCopy,
  type PortableCopyPlan,
  type SheetSnapshot,
  type SpillSnapshot,
} from "../../src/sharing/portable-copy-plan";
import { MODEL_LAYOUT, ROWS } from "../../src/template/layout";
import { templatePlan } from "../../src/template/plan";
import { TEXT } from "../../src/template/text";
import { CATEGORIES_SPILL, insertedSheet, setCell } from "../support/sheet-snapshot";

/** The copy's writes by address. */
const written = (plan: PortableCopyPlan) =>
  plan.kind === "copy" ? Object.fromEntries(plan.writes.map((w) => [w.address, w.formulas])) : {};

const EN = " (portable)";

describe.each(["en", "ja"] as const)("a freshly inserted model sheet (%s)", (locale) => {
  const plan = templatePlan(locale);

  test("native totals and FTT line, values for the rest, a free name", () => {
    const data = insertedSheet(locale, ["Sheet1"]);
    const before = JSON.stringify(data);
    const suffix = locale === "ja" ? "(共有用)" : " (portable)";
    const copy = planPortableCopy(data, suffix);
    expect(copy.kind).toBe("copy");
    expect(copy.result).toEqual({
      source: plan.sheetName,
      copy: locale === "ja" ? "FTX損失(共有用)" : "FTX Losses (portable)",
      native: 3,
      values: 22,
      errors: [],
      frozen: [],
      textAmounts: [],
      notAmounts: [],
    });
    const writes = written(copy);
    // Explicit, not derived from the plan: the three native stand-ins.
    expect(writes.C15).toEqual([[locale === "en" ? "=SUM(C7:C14)" : "=SUM(C7:C14)"]]);
    expect(writes.D15).toEqual([["=SUM(D7:D14)"]]);
    expect(writes.D13).toEqual([[locale === "en" ? "=ROUND(D18*(D19-D20),2)" : "=ROUND(D18*(D19-D20),2)/10^8"]]);
    expect(writes.C7).toEqual([[locale === "en" ? 1.5e9 : 15]]);
    expect(Object.keys(writes).sort()).toEqual(
      ["C7", "C8", "C9", "C10", "C11", "C12", "C13", "C14", "C15", "D13", "D15"]
        .concat(["I7", "I8", "I9", "I10", "I11", "I12", "I13", "I14", "I15"])
        // The simulation's figures as values, and the note above them saying so.
        .concat(["D34", "D35", "D36", "D38", "D39", "B31"])
        .sort(),
    );
    expect(writes.B31[0][0]).toContain(locale === "ja" ? "シミュレーションの写し(試行回数 10000、シード 1)" : "A snapshot of the simulation, made with 10000 iterations and seed 1:");
    expect(writes.D35).toEqual([[plan.cells.find((c) => c.address === "D35")?.result]]);
    expect(JSON.stringify(data)).toBe(before);
  });

  test("the simulation's figures are kept as the sheet shows them, an error too, with the settings shown", () => {
    const data = insertedSheet(locale);
    setCell(data, "D32", 50000, 50000, "Double", "50,000");
    setCell(data, "D33", 7, 7, "Double");
    setCell(data, "D35", data.formulas[34][3], 1.23, "Double");
    setCell(data, "D34", data.formulas[33][3], "#VALUE!", "Error");
    const copy = planPortableCopy(data, EN);
    const writes = written(copy);
    expect(writes.D35).toEqual([[1.23]]); // not the template's figure
    expect(writes.D34).toEqual([["#VALUE!"]]);
    expect(copy.result.errors).toEqual(["D34"]);
    expect(copy.result.frozen).toEqual([]);
    expect(writes.B31[0][0]).toContain(locale === "ja" ? "試行回数 50,000、シード 7" : "50,000 iterations and seed 7");
  });

  test("an analyst's own text in the note's cell is left as it is", () => {
    const data = insertedSheet(locale);
    setCell(data, "B31", "Our team's note", "Our team's note", "String");
    expect(written(planPortableCopy(data, EN)).B31).toBeUndefined();
  });

  test("\"What the record shows\" is copied as it is (constants and links): no write touches it", () => {
    const data = insertedSheet(locale);
    const copy = planPortableCopy(data, EN);
    if (copy.kind !== "copy") throw new Error("no copy");
    const rows = copy.writes.flatMap((w) => w.address.split(":").map((a) => Number(a.replace(/^[A-Z]+/, ""))));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row < ROWS.record.first || row > ROWS.record.last).toBe(true);
    // The section is in the sheet that is copied, as constants.
    const first = ROWS.record.first;
    expect(data.formulas[first - 1][1]).toBe(TEXT[locale].record.heading);
    expect(copy.spillProbes.filter((a) => Number(a.replace(/^[A-Z]+/, "")) >= first)).toEqual([]);
  });

  test("the copy's input prompts and error alerts lose their FTX.AMOUNT hint", () => {
    const copy = planPortableCopy(insertedSheet(locale), EN);
    const portable = (plan.validations ?? []).filter((v) => v.portable);
    expect(portable.map((v) => v.range)).toEqual(["D7:D12", "D14"]);
    if (copy.kind !== "copy") throw new Error("no copy");
    expect(copy.validations).toEqual(
      portable.map((v) => ({
        range: v.range,
        prompt: { showPrompt: true, title: v.prompt.title, message: v.portable?.prompt },
        errorAlert: { showAlert: true, style: "Stop", title: v.error.title, message: v.portable?.error },
      })),
    );
    expect(JSON.stringify(copy.validations)).not.toMatch(/FTX/);
  });
});

test("an analyst's own prompt is left as it is; the template's error alert still changes", () => {
  const data = insertedSheet("en");
  const estimates = (templatePlan("en").validations ?? [])[0];
  data.validations = {
    ...data.validations,
    [estimates.range]: {
      prompt: { showPrompt: true, title: "Estimate", message: "Our team's estimate, in dollars." },
      errorAlert: { showAlert: true, style: "Warning", title: "Hm", message: estimates.error.message },
    },
  };
  const copy = planPortableCopy(data, EN);
  if (copy.kind !== "copy") throw new Error("no copy");
  expect(copy.validations.find((v) => v.range === estimates.range)).toEqual({
    range: estimates.range,
    errorAlert: { showAlert: true, style: "Warning", title: "Hm", message: estimates.portable?.error },
  });
});

describe("text in the inputs, which the copy's native SUM would skip", () => {
  test("an amount typed as text (English): the copy gets its number and the cell is named", () => {
    const data = insertedSheet("en");
    setCell(data, "D8", "$2B", "$2B", "String"); // pasted past the validation
    setCell(data, "D10", "  ", "  ", "String"); // blank to FTX.TOTAL and to SUM alike
    const copy = planPortableCopy(data, EN);
    expect(copy.result.textAmounts).toEqual([{ address: "D8", text: "$2B", dollars: 2e9, value: 2e9 }]);
    expect(copy.result.notAmounts).toEqual([]);
    expect(written(copy).D8).toEqual([[2e9]]);
    expect(written(copy).D10).toBeUndefined();
    expect(written(copy).D15).toEqual([["=SUM(D7:D14)"]]);
  });

  test("in 億ドル, 20億 is read in the sheet's unit and written as 20; an FTT driver's text as is", () => {
    const data = insertedSheet("ja");
    setCell(data, "D8", "20億", "20億", "String");
    setCell(data, "D19", "$22", "$22", "String");
    const copy = planPortableCopy(data, EN);
    expect(copy.result.textAmounts).toEqual([
      { address: "D8", text: "20億", dollars: 2e9, value: 20 },
      { address: "D19", text: "$22", dollars: 22, value: 22 },
    ]);
    expect(written(copy).D8).toEqual([[20]]);
    expect(written(copy).D19).toEqual([[22]]);
    expect(written(copy).D13).toEqual([["=ROUND(D18*(D19-D20),2)/10^8"]]);
  });

  test("text that is not an amount, or TRUE: no copy, the cells named", () => {
    const data = insertedSheet("en");
    setCell(data, "D9", "two billion-ish", "two billion-ish", "String");
    setCell(data, "D12", "=TRUE", true, "Boolean", "TRUE");
    setCell(data, "D18", "lots", "lots", "String");
    const copy = planPortableCopy(data, EN);
    expect(copy.kind).toBe("none");
    expect(copy.result.copy).toBeUndefined();
    expect(copy.result.notAmounts).toEqual([
      { address: "D9", text: "two billion-ish" },
      { address: "D12", text: "TRUE" },
      { address: "D18", text: "lots" },
    ]);
  });

  test("a unit cell that is neither 1 nor 億: no guessing, the text amount refuses the copy", () => {
    const data = insertedSheet("ja");
    setCell(data, MODEL_LAYOUT.unit, 1000, 1000, "Double");
    setCell(data, "D8", "20億", "20億", "String");
    const copy = planPortableCopy(data, EN);
    expect(copy.kind).toBe("none");
    expect(copy.result.notAmounts).toEqual([{ address: "D8", text: "20億" }]);
  });

  test("inputs are not checked when the total is not the template's (it is frozen instead)", () => {
    const data = insertedSheet("en");
    setCell(data, "D8", "oops", "oops", "String");
    setCell(data, "D15", "=FTX.TOTAL(D7:D9)", "#VALUE!", "Error");
    const copy = planPortableCopy(data, EN);
    expect(copy.result).toMatchObject({ notAmounts: [], textAmounts: [], errors: ["D15"] });
    expect(copy.kind).toBe("copy");
  });
});

test("rows moved: the total is copied as its value, and named with what it showed", () => {
  const data = insertedSheet("en");
  setCell(data, "D15", "", "", "Empty", "");
  setCell(data, "D16", "=FTX.TOTAL(D7:D14)", 17.5e9, "Double", "$17.5B");
  const copy = planPortableCopy(data, EN);
  expect(copy.result.frozen).toEqual([{ address: "D16", calls: ["FTX.TOTAL"], displayed: "$17.5B" }]);
  expect(written(copy).D16).toEqual([[17.5e9]]);
  expect(copy.result).toMatchObject({ native: 2, values: 23 });
});

test("an edited sheet: inputs left to the copy, a changed FTX formula keeps the value it shows", () => {
  const data = insertedSheet("en");
  setCell(data, "D8", 3e9, 3e9, "Double"); // an input: copied by Excel, not rewritten
  setCell(data, "C7", '=FTX.LOSS("algo")*2', 2e9, "Double");
  setCell(data, "H1", "=FTX.TOTAL(D7:D9)", 5.5e9, "Double");
  setCell(data, "H2", "=ftx.format(15)", "15", "String"); // text that would read as a number
  const copy = planPortableCopy(data, EN);
  expect(copy.result).toMatchObject({ native: 3, values: 24, errors: [] });
  expect(copy.result.frozen).toEqual([
    { address: "H1", calls: ["FTX.TOTAL"], displayed: "5500000000" },
    { address: "H2", calls: ["FTX.FORMAT"], displayed: "15" },
    { address: "C7", calls: ["FTX.LOSS"], displayed: "2000000000" },
  ]);
  const writes = written(copy);
  expect(writes.C7).toEqual([[2e9]]);
  expect(writes.H1).toEqual([[5.5e9]]);
  expect(writes.H2).toEqual([["'15"]]);
  expect(writes.D8).toBeUndefined();
  expect(writes.D15).toEqual([["=SUM(D7:D14)"]]);
});

test("errors: a known cell falls back to the article's figure; an unknown one keeps its error", () => {
  const data = insertedSheet("en");
  setCell(data, "C8", "=FTX.LOSS($A8)", "#NAME?", "Error"); // the add-in not loaded
  setCell(data, "H3", "=FTX.LOSS(B3)", "#N/A", "Error");
  const copy = planPortableCopy(data, EN);
  expect(written(copy).C8).toEqual([[1e9]]);
  expect(written(copy).H3).toEqual([["#N/A"]]);
  expect(copy.result.errors).toEqual(["H3"]);
});

test("a spilling FTX formula: probed, then its whole spilled area kept as values", () => {
  const data = insertedSheet("en");
  setCell(data, "I1", "=FTX.CATEGORIES()", "voyager_blockfi", "String");
  const first = planPortableCopy(data, EN);
  if (first.kind !== "copy") throw new Error("no copy");
  expect(first.spillProbes).toContain("I1");
  const spill: SpillSnapshot = CATEGORIES_SPILL;
  const spills = Object.fromEntries(first.spillProbes.map((a) => [a, a === "I1" ? spill : null]));
  const second = planPortableCopy(data, EN, spills);
  expect(written(second)["I1:K2"]).toEqual(spill.values);
  expect(written(second).I1).toBeUndefined();
});

test("a used range that does not start at A1: not the template's cells, so values", () => {
  const data: SheetSnapshot = {
    name: "Notes",
    usedAddress: "Notes!C3:D4",
    formulas: [
      ["x", '=FTX.LOSS("luna")'],
      ["=FTX.TOTAL(C4:C4)", "=SUM(1,2)"],
    ],
    values: [
      ["x", 1e9],
      [1e9, 3],
    ],
    valueTypes: [
      ["String", "Double"],
      ["Double", "Double"],
    ],
    text: [
      ["x", "$1B"],
      ["$1B", "3"],
    ],
    sheetNames: ["Notes", "Notes (portable)"],
    validations: {},
  };
  const copy = planPortableCopy(data, EN);
  expect(written(copy)).toEqual({ D3: [[1e9]], C4: [[1e9]] });
  expect(copy).toMatchObject({ kind: "copy", validations: [] });
  expect(copy.result).toEqual({
    source: "Notes",
    copy: "Notes (portable) (2)",
    native: 0,
    values: 2,
    errors: [],
    frozen: [
      { address: "D3", calls: ["FTX.LOSS"], displayed: "$1B" },
      { address: "C4", calls: ["FTX.TOTAL"], displayed: "$1B" },
    ],
    textAmounts: [],
    notAmounts: [],
  });
});

test("a long sheet name is shortened for the copy between graphemes: no emoji or accent cut in two", () => {
  const sheet = insertedSheet("en");
  const named = (name: string, sheetNames: string[]) => planPortableCopy({ ...sheet, name, sheetNames: [name, ...sheetNames] }, EN).result.copy;
  // 25 units, then a thumb with its skin tone (4 units): " (portable)" is cut to " (" at unit 31.
  const thumb = `${"x".repeat(25)}👍🏻`;
  expect(named(thumb, [])).toBe(`${thumb} (`);
  // That name taken: the stem makes room for " (2)" before the thumb, not between it and its tone.
  expect(named(thumb, [`${thumb} (`])).toBe(`${"x".repeat(25)} (2)`);
  // 31 units: the copy's name would be the sheet's own; the stem is cut before the accented e.
  expect(named(`${"x".repeat(26)}e\u0301abc`, [])).toBe(`${"x".repeat(26)} (2)`);
});

test("a sheet with no FTX formula (text inside quotes does not count): no copy", () => {
  const data: SheetSnapshot = {
    name: "FTX Losses (portable)",
    usedAddress: "'FTX Losses (portable)'!A1:B1",
    formulas: [['="FTX.LOSS(1)"', "=SUM(FTX_Inputs)"]],
    values: [["FTX.LOSS(1)", 0]],
    valueTypes: [["String", "Double"]],
    text: [["FTX.LOSS(1)", "0"]],
    sheetNames: [],
    validations: {},
  };
  const copy = planPortableCopy(data, EN);
  expect(copy).toEqual({
    kind: "none",
    result: { source: "FTX Losses (portable)", native: 0, values: 0, errors: [], frozen: [], textAmounts: [], notAmounts: [] },
  });
});

test("a sheet of the earlier layout (A–G): totals native, its reasoning kept as shown, no note written", () => {
  const data = earlierLayoutSheet("en");
  const copy = planPortableCopy(data, EN);
  const writes = written(copy);
  expect(writes.D15).toEqual([["=SUM(D7:D14)"]]);
  expect(writes.D13).toEqual([["=ROUND(D18*(D19-D20),2)"]]);
  // Its reasoning in G is not where this layout puts FTX.SOURCE: kept as the text it showed.
  expect(copy.result.frozen.map((f) => f.address)).toContain("G7");
  expect(writes.G7).toEqual([[data.values[6][6]]]);
  // Nothing written to its differences and shares, nor to where this layout has the note.
  for (const address of Object.keys(writes)) expect(address).not.toMatch(/^[EF]\d+$|^B31$/);
});
