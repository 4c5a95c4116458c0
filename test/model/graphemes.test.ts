// Shortening text as a reader sees it: by grapheme, never inside an emoji, between a surrogate
// pair or before a combining mark, whether the limit counts graphemes or UTF-16 units.

import fc from "fast-check";
import { clipped, fitUnits, graphemeCount, graphemes, shorten, unitsFor } from "../../src/model";

const DECOMPOSED = "Be\u0301ar"; // e + combining acute
const BEAR = "🐻";
const THUMB = "👍🏻"; // thumbs up + skin tone: 4 units, one grapheme
const FAMILY = "👨‍👩‍👧‍👦"; // 11 UTF-16 units, one grapheme
const ENGLAND = "🏴󠁧󠁢󠁥󠁮󠁧󠁿"; // 14 units
const JAPAN = "🇯🇵"; // two regional indicators: 4 units, one grapheme
/** A UTF-16 surrogate without its other half: what cutting an emoji in two leaves. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

test("graphemes: an emoji, a family, a flag and an accented letter each count one", () => {
  expect(graphemes(`a${DECOMPOSED}${BEAR}${FAMILY}${ENGLAND}`)).toEqual(["a", "B", "e\u0301", "a", "r", BEAR, FAMILY, ENGLAND]);
  expect(graphemes(`${BEAR}${BEAR}${BEAR}`, 2)).toEqual([BEAR, BEAR]);
  expect(ENGLAND.length).toBeLessThanOrEqual(unitsFor(1));
});

test("graphemeCount: what a reader counts, across the windows it reads long text in", () => {
  expect(graphemeCount("")).toBe(0);
  expect(graphemeCount(`a${DECOMPOSED}${BEAR}${FAMILY}${ENGLAND}${JAPAN}${THUMB}`)).toBe(10);
  // Windows end inside a surrogate pair, a family, a pair of flags and a skin tone.
  for (const g of [BEAR, FAMILY, JAPAN, THUMB, ENGLAND, "e\u0301"]) {
    for (const lead of [0, 1, 2, 3]) expect(graphemeCount(`${"x".repeat(lead)}${g.repeat(300)}`)).toBe(lead + 300);
  }
  expect(graphemeCount(`e${"\u0301".repeat(1000)}x`)).toBe(2); // one grapheme longer than a window
  expect(graphemeCount(BEAR.repeat(500_000))).toBe(500_000); // a megabyte, read a window at a time
  fc.assert(
    fc.property(fc.array(fc.string({ unit: "grapheme", maxLength: 40 }), { maxLength: 30 }), (parts) => {
      const text = parts.join("").repeat(8);
      expect(graphemeCount(text)).toBe(graphemes(text).length);
    }),
  );
});

test("shorten cuts between graphemes", () => {
  expect(shorten(`ab${BEAR}${BEAR}`, 3)).toBe(`ab${BEAR}`);
  expect(shorten(`ab${DECOMPOSED}`, 4)).toBe("abBe\u0301");
  expect(shorten("abc", 5)).toBe("abc");
});

test("shortening any text keeps whole graphemes from its start", () => {
  fc.assert(
    fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), fc.nat(45), (text, max) => {
      const short = shorten(text, max);
      expect(text.startsWith(short)).toBe(true);
      expect(graphemes(short)).toEqual(graphemes(text).slice(0, max));
      expect(LONE_SURROGATE.test(short)).toBe(LONE_SURROGATE.test(text) && short === text);
    }),
  );
});

test("the first graphemes of a long text are read from its start only, and never end mid-grapheme", () => {
  // The segmenter reads 17 units for one grapheme: an accent stack longer than that is left out
  // rather than cut, and an emoji's skin tone just past the 17th unit stays with it.
  expect(graphemes(`e${"\u0301".repeat(20)}x`, 1)).toEqual([]);
  expect(graphemes(`${"x".repeat(15)}${THUMB}`, 16)).toEqual([...Array(15).fill("x"), THUMB]);
  expect(graphemes(`a${"x".repeat(2_000_000)}`, 1)).toEqual(["a"]);
  fc.assert(
    fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), fc.integer({ min: 1, max: 4 }), (text, limit) => {
      const all = graphemes(text);
      const first = graphemes(text, limit);
      expect(first).toEqual(all.slice(0, first.length));
      const wanted = all.slice(0, limit);
      if (wanted.join("").length <= unitsFor(limit)) expect(first).toEqual(wanted);
    }),
  );
});

test("fitUnits: the longest start within a count of UTF-16 units, in whole graphemes", () => {
  const x = (n: number) => "x".repeat(n);
  expect(fitUnits(`${x(30)}${BEAR}`, 31)).toBe(x(30)); // not half a bear
  expect(fitUnits(`${x(30)}e\u0301`, 31)).toBe(x(30)); // not an e without its accent
  expect(fitUnits(`${x(29)}${THUMB}`, 31)).toBe(x(29)); // not a thumb without its skin tone
  expect(fitUnits(`${x(28)}${JAPAN}`, 31)).toBe(x(28)); // not one half of a flag
  expect(fitUnits(`${x(25)}${FAMILY}`, 31)).toBe(x(25)); // not part of a family
  expect(fitUnits(`${x(27)}${THUMB}y`, 31)).toBe(`${x(27)}${THUMB}`);
  expect(fitUnits("short", 31)).toBe("short");
  fc.assert(
    fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), fc.nat(50), (text, units) => {
      const fit = fitUnits(text, units);
      const all = graphemes(text);
      const kept = graphemes(fit);
      expect(fit.length).toBeLessThanOrEqual(units);
      expect(kept).toEqual(all.slice(0, kept.length));
      // The longest: the next grapheme would not fit.
      if (kept.length < all.length) expect(fit.length + all[kept.length].length).toBeGreaterThan(units);
    }),
  );
});

test("clipped: whole up to the limit, else whole graphemes and an ellipsis within it", () => {
  expect(clipped(`${"x".repeat(22)}${BEAR}${BEAR}`, 24)).toBe(`${"x".repeat(22)}…`);
  expect(clipped(`${"x".repeat(22)}e\u0301 and more`, 24)).toBe(`${"x".repeat(22)}…`);
  expect(clipped(`${"x".repeat(21)}e\u0301 and more`, 24)).toBe(`${"x".repeat(21)}e\u0301…`);
  expect(clipped(`${"x".repeat(22)}${BEAR}`, 24)).toBe(`${"x".repeat(22)}${BEAR}`);
});

test("without Intl.Segmenter (Firefox before 125), an emoji and an accent still count one", () => {
  const segmenter = Intl.Segmenter;
  try {
    Object.defineProperty(Intl, "Segmenter", { value: undefined, configurable: true, writable: true });
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const text = require("../../src/model/graphemes") as typeof import("../../src/model/graphemes");
      expect(text.graphemes(`a${DECOMPOSED}${BEAR}${FAMILY}`)).toEqual(["a", "B", "e\u0301", "a", "r", BEAR, FAMILY]);
      expect(text.shorten(`${BEAR}${BEAR}`, 1)).toBe(BEAR);
      expect(text.fitUnits(`${"x".repeat(30)}e\u0301`, 31)).toBe("x".repeat(30));
      expect(text.graphemeCount(`a${DECOMPOSED}${BEAR}${FAMILY}`)).toBe(7);
    });
  } finally {
    Object.defineProperty(Intl, "Segmenter", { value: segmenter, configurable: true, writable: true });
  }
});
