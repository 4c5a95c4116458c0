import * as fs from "fs";
import * as path from "path";
import { CATEGORIES, CATEGORY_RANGES, formatAmount, rangeFor, type RangeBound } from "../../src/model";

const bounds = CATEGORY_RANGES.flatMap((r) => [
  [r.id, "low", r.low] as const,
  [r.id, "high", r.high] as const,
]);

test("one range per article line, in the article's order", () => {
  expect(CATEGORY_RANGES.map((r) => r.id)).toEqual(CATEGORIES.map((c) => c.id));
  expect(rangeFor("luna").low.amount).toBe(0.5e9);
});

test.each(CATEGORIES.map((c) => [c.id, c.amount] as const))("%s: low ≤ the article's figure ≤ high", (id, article) => {
  const { low, high } = rangeFor(id);
  expect(low.amount).toBeLessThanOrEqual(article);
  expect(high.amount).toBeGreaterThanOrEqual(article);
});

test.each(bounds)("%s %s: a source, or flagged as an assumption", (_id, _side, bound) => {
  if (bound.basis === "assumption") {
    expect(bound.sources).toEqual([]);
    expect(bound.note.en).toMatch(/^Assumption:/);
    expect(bound.note.ja).toMatch(/^仮定:/);
  } else {
    expect(bound.sources.length).toBeGreaterThan(0);
    for (const f of bound.figures) expect(bound.sources).toContain(f.source);
  }
  expect(bound.note.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
});

test("only luna and longs, which have no figure that may ship, are assumptions: the article's figure ±50%", () => {
  const assumed = bounds.filter(([, , b]) => b.basis === "assumption");
  expect([...new Set(assumed.map(([id]) => id))]).toEqual(["luna", "longs"]);
  for (const [id, side, b] of assumed) {
    const article = CATEGORIES.find((c) => c.id === id)?.amount ?? NaN;
    expect(b.amount).toBe(article * (side === "low" ? 0.5 : 1.5));
  }
});

test.each(bounds.filter(([, , b]) => b.basis === "derived"))("%s %s: derived, with the arithmetic shown", (_id, _side, b) => {
  expect(b.note.en).toContain(`Derived: `);
  expect(b.note.en).toContain(`= ${formatAmount(b.amount, "en")}.`);
  expect(b.note.ja).toContain(`= ${formatAmount(b.amount, "ja")}。`);
  for (const f of b.figures) expect(b.note.en).toContain(formatAmount(f.amount, "en"));
});

test("a bound widened to the article's figure keeps the sourced bound that fell short", () => {
  const widened = bounds.filter(([, , b]) => b.basis === "article");
  expect(widened.map(([id, side]) => `${id} ${side}`)).toEqual(["voyager_blockfi high", "algo high", "spending high"]);
  for (const [id, , b] of widened) {
    expect(b.amount).toBe(CATEGORIES.find((c) => c.id === id)?.amount);
    expect((b.widenedFrom as RangeBound).amount).toBeLessThan(b.amount);
    expect(b.note.en).toContain(formatAmount((b.widenedFrom as RangeBound).amount, "en"));
  }
  expect(rangeFor("voyager_blockfi").high.widenedFrom?.amount).toBe(1.14e9);
  expect(rangeFor("spending").high.widenedFrom?.amount).toBe(1.4993e9);
});

test("the defaults' sums", () => {
  const sum = (side: "low" | "high") => CATEGORY_RANGES.reduce((s, r) => s + r[side].amount, 0);
  expect(sum("low")).toBeCloseTo(2.5843e9, 0);
  expect(sum("high")).toBeCloseTo(20.756e9, 0);
});

// The research notes (kept beside the repository, as in CI) say which figures may ship.
const NOTES = path.resolve(__dirname, "..", "..", "..", "shared", "source", "later-figures.md");
const present = fs.existsSync(NOTES);
if (!present) console.log(`${NOTES} not found: the source-status checks are skipped (.ci/run always runs them)`);

(present ? describe : describe.skip)("every cited figure may ship (../shared/source/later-figures.md)", () => {
  const rows = present ? fs.readFileSync(NOTES, "utf8").split("\n").filter((l) => /^\| F\d\d \|/.test(l)) : [];
  const row = (id: string) => rows.find((l) => l.startsWith(`| ${id} |`)) ?? "";
  const citations = [...new Set(bounds.flatMap(([, , b]) => [...b.sources, ...(b.widenedFrom?.sources ?? [])]))];

  test.each(citations.map((c) => [c.figure, c] as const))("%s", (ids, citation) => {
    for (const id of ids.split(", ")) {
      const cells = row(id).split(" | ");
      const status = cells[cells.length - 1].replace(/\|\s*$/, "").trim();
      // V or V-m (a V-m status may carry a parenthesis); never S1 or U.
      expect(`${id}: ${status}`).toMatch(/^F\d\d: (V|V-m|V \/ V-m|V-m \/ V)( \(.*\))?$/);
    }
    // A link is the outlet's own address as the notes give it, never a mirror's.
    if (citation.url) expect(ids.split(", ").some((id) => row(id).includes(citation.url as string))).toBe(true);
  });
});
