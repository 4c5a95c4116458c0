import * as fs from "fs";
import * as path from "path";
import { ARTICLE_FTT, CATEGORIES, CATEGORY_RANGES, FIGURES, formatAmount, rangeFor, SOURCES, type Figure, type RangeBound, type SourceId } from "../../src/model";

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

const row = (id: string): Figure => {
  const figure = FIGURES.find((f) => f.id === id);
  if (!figure) throw new Error(`no row ${id} in the record`);
  return figure;
};
/** The sources a row rests on: its own, or those of the rows its arithmetic uses. */
const sourcesOf = (f: Figure): SourceId[] => ("derived" in f ? f.derived.of.flatMap((id) => sourcesOf(row(id))) : [f.source]);
const cited = bounds.flatMap(([id, side, b]) => [b, ...(b.widenedFrom ? [b.widenedFrom] : [])].map((bound) => [id, side, bound] as const));

test.each(cited)("%s %s: each figure read from the record is the record's value, cited to the record's source", (_id, _side, b) => {
  for (const f of b.figures) {
    if (f.evidence === undefined) continue;
    const r = row(f.evidence);
    expect(f.amount).toBe(r.value);
    expect(sourcesOf(r)).toContain(f.source.source);
  }
});

test("the figures read from the record, and the bounds' arithmetic over them", () => {
  const value = (id: string) => row(id).value as number;
  const read = (b: RangeBound) => b.figures.map((f) => f.evidence);
  const { voyager_blockfi: vb, algo, ftt_srm_collateral: srm, venture, spending, ftt_drop: drop } = Object.fromEntries(
    CATEGORY_RANGES.map((r) => [r.id, r]),
  );
  expect(read(vb.low)).toEqual(["F26", "F30a"]);
  expect(vb.low.amount).toBe(value("F26") + value("F30a"));
  expect(read(vb.high.widenedFrom as RangeBound)).toEqual(["F25", "F29a", "F29b"]);
  expect(vb.high.widenedFrom?.amount).toBe(value("F25") + value("F29a") + value("F29b"));
  expect(read(algo.low)).toEqual([undefined]); // F34 gives no amount: "tens of millions"
  expect(algo.low.sources.map((s) => s.figure)).toEqual(["F34"]);
  expect(read(algo.high.widenedFrom as RangeBound)).toEqual(["F33"]);
  expect(algo.high.widenedFrom?.amount).toBe(value("F33"));
  expect(read(srm.high)).toEqual(["D-ftt-held", "F20c"]);
  expect(srm.high.amount).toBe(value("D-ftt-held") - value("F20c"));
  expect(read(venture.high)).toEqual(["F49"]);
  expect(venture.high.amount).toBe(value("F49"));
  expect(read(spending.low)).toEqual(["F55", "F61", "F56b"]);
  expect(spending.low.amount).toBe(value("F55") + value("F61") + value("F56b"));
  expect(read(spending.high.widenedFrom as RangeBound)).toEqual(["F55", "F62", "F56b", "F36"]);
  expect(spending.high.widenedFrom?.amount).toBe(value("F55") + value("F62") + value("F56b") + value("F36"));
  expect(read(drop.high)).toEqual(["D-ftt-held"]);
  expect(drop.high.amount).toBe(value("D-ftt-held") * ((ARTICLE_FTT.priceBefore - ARTICLE_FTT.priceAfter) / ARTICLE_FTT.priceBefore));
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
    // A source of the record keeps the record's link (its own test checks the outlet's host); any
    // other link is the outlet's own address as the notes give it, never a mirror's.
    if (citation.source) expect(citation.url ?? null).toBe(SOURCES[citation.source].url);
    else if (citation.url) expect(ids.split(", ").some((id) => row(id).includes(citation.url as string))).toBe(true);
  });
});
