// Row heights from text: what a row needs so that each wrapped line is readable in any reader.
import type { CellStyle, PlanCell, StyleId } from "../../src/sheet/plan";
import { linesHeight, rowHeights, textUnits, wrappedLines } from "../../src/sheet/row-heights";
import { templatePlan } from "../../src/template/plan";

const NONE: CellStyle = {};
const styles = {
  ...(Object.fromEntries(["title", "link", "header", "section", "id", "label", "input", "calc", "totalLabel", "total"].map((k) => [k, NONE])) as Record<StyleId, CellStyle>),
  note: { wrap: true },
  reasoning: { wrap: true, fontSize: 9 },
  title: { fontSize: 16 },
};
const heights = (cells: PlanCell[], merges: string[] = []) =>
  rowHeights({ cells, styles, columns: [{ column: "A", width: 20 }, { column: "B", width: 40 }], merges });

test("a wide (Japanese) character takes two units; lines follow the width and the font size", () => {
  expect(textUnits("FTX")).toBe(3);
  expect(textUnits("損失")).toBe(4);
  const text = "word ".repeat(200);
  expect(wrappedLines(text, 90)).toBeLessThan(wrappedLines(text, 40));
  expect(wrappedLines(text, 90, 9)).toBeLessThan(wrappedLines(text, 90, 11));
  expect(wrappedLines("損失".repeat(100), 90)).toBeGreaterThan(wrappedLines("ab".repeat(100), 90));
  expect(wrappedLines("one\ntwo", 90)).toBe(2);
  expect(wrappedLines("", 90)).toBe(1);
});

test("only rows that need more than Excel's 15 pt are listed, each at its tallest cell", () => {
  const long = "a long sentence of the article's reasoning ".repeat(4);
  const rows = heights([
    { address: "A1", value: "Title", style: "title" },
    { address: "A2", value: "short", style: "note" },
    { address: "B3", value: long, style: "note" },
    { address: "A3", value: "id", style: "label" },
    { address: "B4", value: 1e9, style: "note" },
    { address: "B5", formula: "=SOURCE()", result: long, style: "reasoning" },
  ]);
  expect(rows.map((r) => r.row)).toEqual([1, 3, 5]);
  const [title, note, reasoning] = rows.map((r) => r.height);
  expect(title).toBeGreaterThanOrEqual(21);
  expect(note).toBe(linesHeight(wrappedLines(long, 40)));
  expect(note).toBeGreaterThanOrEqual(3 * 15);
  expect(reasoning).toBeLessThan(note); // a smaller font, fewer lines of smaller height
  for (const { height } of rows) expect(height % 0.75).toBe(0); // Excel's steps, one pixel
});

test("a merged cell wraps across its merge, not its first column", () => {
  const text = "x ".repeat(60);
  const [alone] = heights([{ address: "A1", value: text, style: "note" }]);
  const merged = heights([{ address: "A1", value: text, style: "note" }], ["A1:B1"]);
  expect(alone.height).toBeGreaterThan(merged[0]?.height ?? 15);
});

test.each(["en", "ja"] as const)("the model sheet (%s): every reasoning row is sized for its text", (locale) => {
  const plan = templatePlan(locale);
  const rows = new Map((plan.rows ?? []).map((r) => [r.row, r.height]));
  const width = (address: string) => plan.columns.find((c) => c.column === address.replace(/\d+$/, ""))?.width ?? 0;
  const rowOf = (address: string) => Number(address.replace(/^[A-Z]+/, ""));
  const need = (c: (typeof plan.cells)[number]) => linesHeight(wrappedLines(String(c.value ?? c.result), width(c.address), 9), 9);
  for (const cell of plan.cells.filter((c) => c.style === "reasoning" && typeof c.result === "string")) {
    const row = rowOf(cell.address);
    // The article's reasoning and, beside it, where Low and High come from.
    const beside = plan.cells.filter((c) => c.style === "reasoning" && rowOf(c.address) === row);
    expect({ row, height: rows.get(row) ?? 15 }).toEqual({ row, height: Math.max(15, ...beside.map(need)) });
    expect(rows.get(row) ?? 15).toBeGreaterThanOrEqual(need(cell));
  }
});
