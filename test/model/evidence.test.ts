// The record since the article: every shipped figure is checked against the rules of the
// research notes (../shared/source/later-figures.md): one of six kinds, a real ISO date, a link
// only on the named outlet's own host, no figure resting on one secondary source (S1) or not
// found (U), and every derived figure recomputed from its inputs.
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import {
  ARTICLE_TOTAL,
  CATEGORY_IDS,
  DERIVED_OUTLET,
  EVIDENCE,
  EVIDENCE_LINES,
  KINDS,
  OUTLET_HOSTS,
  REFERENCE_VERSIONS,
  bestSourced,
  compute,
  evidenceById,
  evidenceFor,
  formatAmount,
  headlineComparison,
  onOutletHost,
  recoveredLine,
  referenceTotal,
  roundFigure,
  type EvidenceRow,
} from "../../src/model";

const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe.each(EVIDENCE.map((r) => [r.id, r] as const))("figure %s", (_id, row) => {
  test("kind is one of the six", () => {
    expect(KINDS).toContain(row.kind);
  });

  test("the date is ISO 8601 and a real day or month", () => {
    const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(row.date);
    expect(m).not.toBeNull();
    const [y, mo, d] = [Number(m?.[1]), Number(m?.[2]), Number(m?.[3] ?? "1")];
    const date = new Date(Date.UTC(y, mo - 1, d));
    expect([date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]).toEqual([y, mo, d]);
    expect(row.date >= "2021" && row.date <= "2026-12-31").toBe(true);
  });

  test("a link is https on the outlet's own host; the outlet is a known one", () => {
    if (row.grade === "D") {
      expect(row.outlet).toBe(DERIVED_OUTLET);
      expect(row.url).toBeNull();
      return;
    }
    expect(OUTLET_HOSTS[row.outlet]).toBeDefined();
    if (row.url === null) return;
    expect(onOutletHost(row.outlet, row.url)).toBe(true);
  });

  test("only figures read in the outlet (V), in a re-post of it (V-m) or derived (D)", () => {
    expect(["V", "V-m", "D"]).toContain(row.grade);
  });

  test("the value is a positive amount, or none (never 0)", () => {
    if (row.value !== null) expect(row.value).toBeGreaterThan(0);
    if (row.ratio !== null) expect(row.value).toBeNull();
  });

  test("the note is one line in English and in Japanese", () => {
    expect(row.note.en).toMatch(/^[^\n]{10,200}$/);
    expect(row.note.ja).toMatch(japanese);
    expect(row.note.ja).not.toMatch(/\n/);
    expect(row.note.en.includes("{ratio}")).toBe(row.ratio !== null);
    expect(row.note.ja.includes("{ratio}")).toBe(row.ratio !== null);
  });

  test("a derived figure carries its arithmetic, over inputs of its own kind, and reproduces its value", () => {
    expect(row.derived !== null).toBe(row.grade === "D");
    if (row.derived === null) return;
    const inputs = row.derived.of.map(evidenceById);
    for (const input of inputs) {
      expect(input.kind).toBe(row.kind);
      expect(input.value).not.toBeNull();
    }
    expect(row.value).toBe(roundFigure(compute(row.derived)));
    expect(row.title).toMatch(/^= /);
  });
});

test("ids are unique and every line has its place", () => {
  expect(new Set(EVIDENCE.map((r) => r.id)).size).toBe(EVIDENCE.length);
  for (const r of EVIDENCE) expect(EVIDENCE_LINES).toContain(r.line);
});

test("independent sources agree where the arithmetic meets them", () => {
  // The court's three findings add up to the total the AP reported; the four Genesis rounds of
  // the estate's suit add up to the stake on Bankman-Fried's spreadsheet.
  expect(evidenceById("D-court").value).toBe(evidenceById("F15d").value);
  expect(evidenceById("D-genesis").value).toBe(evidenceById("F43a").value);
});

const NOTES = join(__dirname, "..", "..", "..", "shared", "source", "later-figures.md");
(existsSync(NOTES) ? test : test.skip)("no figure the research notes grade S1 or U ships", () => {
  const status = new Map<string, string>();
  for (const line of readFileSync(NOTES, "utf8").split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    if (/^F\d\d$/.test(cells[1] ?? "")) status.set(cells[1], cells[cells.length - 2]);
  }
  expect(status.size).toBe(68);
  for (const r of EVIDENCE.filter((x) => x.grade !== "D")) {
    const research = status.get(r.id.slice(0, 3));
    expect(`${r.id}: ${research}`).not.toMatch(/S1|\bU\b|undefined/);
  }
});

describe("best-sourced figures per line", () => {
  const rank = (r: EvidenceRow) => [{ V: 0, "V-m": 1, D: 2 }[r.grade], r.url === null ? 1 : 0];
  test.each(EVIDENCE_LINES)("%s: one per kind, none better of its kind", (line) => {
    const best = bestSourced(line);
    expect(new Set(best.map((r) => r.kind)).size).toBe(best.length);
    for (const b of best) {
      expect(b.line).toBe(line);
      expect(b.value).not.toBeNull();
      for (const other of evidenceFor(line).filter((r) => r.kind === b.kind && r.value !== null)) {
        const [bg, bu] = rank(b);
        const [og, ou] = rank(other);
        expect(og > bg || (og === bg && ou >= bu)).toBe(true);
      }
    }
    const kinds = new Set(evidenceFor(line).filter((r) => r.value !== null).map((r) => r.kind));
    expect(best.length).toBe(kinds.size);
  });

  test("LUNA has no shippable figure (the only one rests on a single secondary source)", () => {
    expect(evidenceFor("luna")).toEqual([]);
  });
});

describe("headline comparison", () => {
  const items = headlineComparison();
  test("the article's 15.5B and its >$15B, then the record, each figure with its kind", () => {
    expect(items.map((i) => i.id)).toEqual(["article", "customer_shortfall", "alameda_took", "court_findings", "distributable"]);
    expect(items[0].figures.map((f) => [f.value, f.relation, f.kind])).toEqual([
      [ARTICLE_TOTAL, "=", null],
      [15e9, ">", null],
    ]);
    for (const item of items.slice(1)) {
      expect(item.label.ja).toMatch(japanese);
      for (const f of item.figures) {
        expect(f.row).not.toBeNull();
        expect(f.kind).toBe(f.row?.kind);
        expect(f.value ?? f.ratio).toBeGreaterThan(0);
      }
    }
    expect(items[3].figures.map((f) => f.value)).toEqual([8e9, 1.7e9, 1.3e9, 11e9]);
    expect(items[4].figures.find((f) => f.ratio !== null)?.ratio).toBe(1.18);
  });

  test.each(["en", "ja"] as const)("the plain-words line (%s) shows the table's figures", (locale) => {
    const line = recoveredLine(locale);
    for (const amount of [ARTICLE_TOTAL, 11e9, 14.5e9, 16.3e9]) expect(line).toContain(formatAmount(amount, locale));
    expect(line).toContain("118%");
    expect(line).not.toMatch(/NaN|undefined/);
  });
});

describe("reference versions", () => {
  test("the debtors, the trial record and Bankman-Fried's own account, labelled as his", () => {
    expect(REFERENCE_VERSIONS.map((v) => [v.name, v.covered, v.ownAccount])).toEqual([
      ["FTX debtors (2023)", 2, false],
      ["Trial record (2023)", 3, false],
      ["Bankman-Fried's own account (Dec 2022)", 1, true],
    ]);
    const own = REFERENCE_VERSIONS[2];
    expect(own.label.en).toMatch(/own account/);
    expect(own.label.ja).toMatch(/本人/);
  });

  test.each(REFERENCE_VERSIONS.map((v) => [v.name, v] as const))("%s: amounts come from the table, uncovered lines are null", (_n, v) => {
    for (const id of CATEGORY_IDS) {
      const rows = v.rows[id];
      for (const r of rows) expect(r.line).toBe(id);
      if (rows.length === 0) expect(v.amounts[id]).toBeNull();
      else expect(v.amounts[id]).toBe(rows.reduce((s, r) => s + (r.value as number), 0));
    }
    for (const r of v.beyond) expect(["headline", "other"]).toContain(r.line);
    const total = referenceTotal(v);
    expect(total).toEqual({
      amount: CATEGORY_IDS.reduce((s, id) => s + (v.amounts[id] ?? 0), 0),
      covered: v.covered,
      lines: 8,
      partial: true,
    });
    expect(v.savedAt).toMatch(/^\d{4}-\d{2}/);
  });

  test("the figures the research notes map", () => {
    const [debtors, trial, sbf] = REFERENCE_VERSIONS;
    expect(debtors.amounts.venture).toBe(4.6e9);
    expect(debtors.amounts.spending).toBeCloseTo(0.346e9, -3);
    expect(trial.amounts.algo).toBe(0.8e9);
    expect(trial.amounts.spending).toBeCloseTo(1.378e9, -3);
    expect(trial.amounts.luna).toBeNull();
    expect(sbf.amounts.venture).toBe(4e9);
    expect(sbf.amounts.longs).toBeNull();
  });
});
