// Version names by what a reader sees: one name however an accent is encoded; lengths and
// shortening by grapheme, never splitting an emoji or an accent from its letter.

import fc from "fast-check";
import { beforeName } from "../../src/excel/versions-store";
import { CATEGORY_IDS, type CategoryId } from "../../src/model";
import { graphemes } from "../../src/model";
import { fitName, nameKey, tooLong } from "../../src/versions/names";
import { NAME_MAX, NAME_UNITS_MAX, checkName, makeVersion, sameName, versionTotal } from "../../src/versions/version";

const COMPOSED = "B\u00e9ar"; // é as one code point
const DECOMPOSED = "Be\u0301ar"; // e + combining acute
const BEAR = "🐻";
const FAMILY = "👨‍👩‍👧‍👦"; // 11 UTF-16 units, one grapheme
/** A UTF-16 surrogate without its other half: what cutting an emoji in two leaves. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

test("a composed and a decomposed accent are one name; case and outer space aside too", () => {
  expect(COMPOSED).not.toBe(DECOMPOSED);
  expect(sameName(COMPOSED, DECOMPOSED)).toBe(true);
  expect(sameName(` ${COMPOSED.toUpperCase()} `, DECOMPOSED)).toBe(true);
  expect(sameName("Bear", COMPOSED)).toBe(false);
  expect(nameKey("\u212b")).toBe(nameKey("\u00c5")); // the ångström sign is Å
});

test("length: 80 emoji are 80 characters, not 160; the 81st is refused with the count", () => {
  expect(checkName(BEAR.repeat(NAME_MAX))).toEqual({ ok: true, value: BEAR.repeat(NAME_MAX) });
  expect(checkName(FAMILY.repeat(NAME_MAX)).ok).toBe(true);
  expect(checkName(`${DECOMPOSED}`.repeat(20)).ok).toBe(true); // 80 characters, 100 units
  const over = checkName(BEAR.repeat(NAME_MAX + 1));
  expect(over).toEqual({
    ok: false,
    error: {
      en: `A version name can be at most 80 characters; "${BEAR.repeat(20)}…" has 81.`,
      ja: `バージョン名は 80 文字までです(「${BEAR.repeat(20)}…」は 81 文字あります)。`,
    },
  });
});

test("a name past the units an input's maxlength allows is refused before it is counted", () => {
  // e + 40 stacked accents: one character for a reader, 41 units.
  const stacked = `e${"\u0301".repeat(40)}`;
  const name = stacked.repeat(Math.ceil(NAME_UNITS_MAX / stacked.length) + 1);
  expect(tooLong(name, NAME_MAX)).toEqual({ units: name.length });
  const r = checkName(name);
  expect(r.ok ? "" : r.error.en).toMatch(/^A version name can be at most 80 characters; ".*" takes \d+ UTF-16 units, more than 1280/);
  expect(r.ok ? "" : r.error.ja).toMatch(/UTF-16 で \d+ 単位あり、80 文字の上限 1280 単位を超えています/);
  // A megabyte is refused at once, without stepping through it.
  const started = Date.now();
  expect(checkName("x".repeat(1_000_000)).ok).toBe(false);
  expect(Date.now() - started).toBeLessThan(1000);
});

test("the automatic version's name: a 70-character name ending in two bears never ends in half a bear", () => {
  const name = `${"x".repeat(66)}${BEAR}${BEAR}`; // 70 UTF-16 units, as in the report
  expect(name.length).toBe(70);
  for (const locale of ["en", "ja"] as const) {
    const before = beforeName(name, locale);
    expect(LONE_SURROGATE.test(before)).toBe(false);
    expect(graphemes(before).length).toBeLessThanOrEqual(NAME_MAX - 6);
    expect(checkName(`${before} (99)`).ok).toBe(true);
  }
  expect(beforeName(name, "en")).toBe(`before ${"x".repeat(66)}…`);
  expect(beforeName(name, "ja")).toBe(`${name}の適用前`);
  // Cut after a whole bear; the Japanese suffix stays, the name is shortened inside it.
  expect(beforeName(`${"x".repeat(65)}${BEAR.repeat(3)}`, "en")).toBe(`before ${"x".repeat(65)}${BEAR}…`);
  expect(beforeName(`${"x".repeat(68)}${BEAR.repeat(3)}`, "ja")).toBe(`${"x".repeat(68)}${BEAR}…の適用前`);
  expect(beforeName("Bear case", "ja")).toBe("Bear case の適用前");
  expect(beforeName(DECOMPOSED.repeat(20), "en")).toBe(`before ${DECOMPOSED.repeat(16)}Be\u0301…`);
});

test("fitName shortens inside the wrapper, by grapheme", () => {
  expect(fitName(`${BEAR}`.repeat(10), (n) => `[${n}]`, 8)).toBe(`[${BEAR.repeat(5)}…]`);
  expect(fitName("short", (n) => `[${n}]`, 8)).toBe("[short]");
});

test("any version the rules accept has a finite total: no $InfinityT in the list", () => {
  const amount = fc.oneof(fc.double(), fc.constantFrom(1e308, -1e308, 1e15, -1e15, 1e15 + 1));
  fc.assert(
    fc.property(fc.array(amount, { minLength: CATEGORY_IDS.length, maxLength: CATEGORY_IDS.length }), fc.double({ min: 0 }), (xs, tokens) => {
      const amounts = Object.fromEntries(CATEGORY_IDS.map((id, i) => [id, xs[i]])) as Record<CategoryId, number>;
      const { ftt_drop: _line, ...inputs } = amounts;
      const made = makeVersion({ name: "v", savedAt: "2024-05-31", amounts: inputs, ftt: { tokens, priceBefore: 22, priceAfter: 4.4 } });
      if (made.ok) expect(Number.isFinite(versionTotal(made.value))).toBe(true);
    }),
  );
});
