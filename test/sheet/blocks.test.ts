// Grouping neighbouring cells into one write, against writes spelled out by hand.

import { cellBlocks, gaplessWrites, styleAreas } from "../../src/sheet/blocks";
import { absolute, cellsIn, columnLetters, columnRuns, parseAddress } from "../../src/sheet/address";

test("cellBlocks: one rectangle per band of consecutive rows, gaps written empty", () => {
  const blocks = cellBlocks([
    { address: "B2", value: "x" },
    { address: "D3", formula: "=B2", format: "0.0" },
    { address: "A5", value: 1 },
  ]);
  expect(blocks).toEqual([
    { address: "B2:D3", top: 2, bottom: 3, formulas: [["x", "", ""], ["", "", "=B2"]], numberFormats: [["General", "General", "General"], ["General", "General", "0.0"]] },
    { address: "A5:A5", top: 5, bottom: 5, formulas: [[1]], numberFormats: [["General"]] },
  ]);
  expect(() => cellBlocks([{ address: "A1", value: 1 }, { address: "$A$1", value: 2 }])).toThrow("The plan has two cells at A1.");
  expect(() => cellBlocks([{ address: "A1", formula: "SUM(1)" }])).toThrow('A1: formula must start with "=".');
});

test("gaplessWrites: neighbours join, a cell not given is never written, formats never mixed", () => {
  expect(
    gaplessWrites([
      { address: "D7", entry: 1 },
      { address: "D8", entry: 2 },
      { address: "D10", entry: 3 },
      { address: "A1", entry: "a", format: "@" },
      { address: "B1", entry: "b", format: "@" },
      { address: "C1", entry: 5 },
      { address: "E7", entry: 9 },
    ]),
  ).toEqual([
    { address: "A1:B1", formulas: [["a", "b"]], numberFormats: [["@", "@"]] },
    { address: "C1", formulas: [[5]] },
    { address: "D7:E7", formulas: [[1, 9]] },
    { address: "D8", formulas: [[2]] },
    { address: "D10", formulas: [[3]] },
  ]);
  expect(gaplessWrites(["D18", "D19", "D20"].map((address, i) => ({ address, entry: i })))).toEqual([
    { address: "D18:D20", formulas: [[0], [1], [2]] },
  ]);
});

test("styleAreas: runs along a row per style", () => {
  const areas = styleAreas([
    { address: "B15", style: "total" },
    { address: "C15", style: "total" },
    { address: "E15", style: "total" },
    { address: "B16", style: "label" },
  ]);
  expect([...areas]).toEqual([
    ["total", ["B15:C15", "E15"]],
    ["label", ["B16"]],
  ]);
});

test("addresses", () => {
  expect(columnLetters(28)).toBe("AB");
  expect(parseAddress("$ab$3")).toEqual({ row: 3, column: 28 });
  expect(() => parseAddress("A0")).toThrow();
  expect(cellsIn("'My sheet'!D7:E8")).toEqual(["D7", "E7", "D8", "E8"]);
  expect(columnRuns(["D14", "D7", "D8", "D9", "E1"])).toEqual(["D7:D9", "D14", "E1"]);
  expect(absolute("D7:D14")).toBe("$D$7:$D$14");
});
