// FTX.EVIDENCE through its wrapper, as Excel calls it: every line and the headline in both
// languages, the names it refuses, and generated inputs of every kind Excel can pass.
import fc from "fast-check";
import * as FTX from "../functions/functions";
import { CATEGORIES, EVIDENCE_LINES, evidenceFor, KINDS } from "../src/model";
import { cell, useJapaneseExcel } from "./support/cell";

const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
const names = [...EVIDENCE_LINES, "total", "Headline", ...CATEGORIES.map((c) => c.label.ja)];

describe.each(["en", "ja"] as const)("in %s", (language) => {
  test.each(names)("%s spills seven columns, one row per figure", (name) => {
    const rows = FTX.evidence(name, language);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toHaveLength(7);
      const [value, kind, date, outlet, title, url, note] = row;
      expect(value === "" || (typeof value === "number" && value > 0)).toBe(true);
      if (kind !== "") expect(KINDS).toContain(kind);
      for (const text of [kind, date, outlet, title, url, note]) expect(typeof text).toBe("string");
      if (url !== "") expect(url).toMatch(/^https:\/\//);
      if (language === "ja") expect(note).toMatch(japanese);
      else expect(note).not.toMatch(japanese);
    }
  });
});

test("one row per figure of the line, in the table's order", () => {
  for (const line of EVIDENCE_LINES) {
    const figures = evidenceFor(line);
    if (figures.length > 0) expect(FTX.evidence(line).map((r) => r[2])).toEqual(figures.map((f) => f.date));
  }
  expect(FTX.evidence("total")).toEqual(FTX.evidence("headline"));
  expect(FTX.evidence("リスク投資", "ja")).toEqual(FTX.evidence("venture", "日本語"));
});

test("a figure the source gives no amount for is an empty cell, never 0", () => {
  const sec = FTX.evidence("ftt_srm_collateral").find((r) => r[3] === "U.S. Securities and Exchange Commission");
  expect(sec?.[0]).toBe("");
  expect(sec?.[1]).toBe("loss");
  expect(sec?.[5]).toBe("https://www.sec.gov/litigation/litreleases/lr-25617");
});

test("the recovery ratio is written into its note", () => {
  const note = FTX.evidence("headline").find((r) => String(r[6]).includes("118%"));
  expect(note?.[0]).toBe("");
  expect(FTX.evidence("headline", "ja").some((r) => String(r[6]).includes("118%以上"))).toBe(true);
});

test("a line with no published figure says so in one row", () => {
  expect(FTX.evidence("luna")).toEqual([["", "", "", "", "", "", expect.stringMatching(/No figure/)]]);
  expect(FTX.evidence("terra", "ja")[0][6]).toMatch(/公表されていません/);
});

test.each(["lunar", "", "constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"])(
  "%j is #N/A",
  (name) => {
    expect(cell(() => FTX.evidence(name))).toEqual({
      error: "#N/A",
      message: expect.stringMatching(/Valid ids: .*total, headline, other\.$/),
    });
  },
);

test("input of the wrong kind is #VALUE!; an unknown language is #VALUE!", () => {
  expect(cell(() => FTX.evidence(42 as unknown as string))).toEqual({ error: "#VALUE!", message: expect.any(String) });
  expect(cell(() => FTX.evidence("venture", "fr"))).toEqual({
    error: "#VALUE!",
    message: 'Unknown language "fr": use "en" (English) or "ja" (Japanese).',
  });
  // A language name is looked up among the table's own entries, not Object.prototype's.
  expect(cell(() => FTX.evidence("venture", "constructor"))).toEqual({ error: "#VALUE!", message: expect.stringMatching(/Unknown language/) });
});

const scalar = fc.oneof(
  fc.double(),
  fc.string(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(...names, "ja", "en", "日本語", "headline", "other", "constructor"),
);

test("no crash, no NaN, only #VALUE! or #N/A (10,000 generated inputs)", () => {
  fc.assert(
    fc.property(scalar, fc.option(scalar, { nil: undefined }), (category, language) => {
      const result = cell(() => FTX.evidence(category as string, language as string));
      if (Array.isArray(result)) {
        for (const row of result) for (const v of row) if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
      } else {
        expect(["#VALUE!", "#N/A"]).toContain((result as { error: string }).error);
      }
    }),
    { numRuns: 10_000 },
  );
});

describe("in Japanese Excel", () => {
  useJapaneseExcel();

  test("every error message is Japanese (10,000 generated inputs)", () => {
    expect(cell(() => FTX.evidence("constructor"))).toEqual({
      error: "#N/A",
      message: expect.stringMatching(/^不明なカテゴリ「constructor」です。.*headline, other。$/),
    });
    fc.assert(
      fc.property(scalar, fc.option(scalar, { nil: undefined }), (category, language) => {
        const result = cell(() => FTX.evidence(category as string, language as string));
        if (!Array.isArray(result)) expect((result as { message: string }).message).toMatch(japanese);
      }),
      { numRuns: 10_000 },
    );
  });
});
