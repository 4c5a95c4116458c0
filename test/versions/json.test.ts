// The JSON format: what import accepts, and the message for each thing it refuses.

import { ARTICLE_FTT, CATEGORY_IDS, ESTIMATE_BOUND, fttLoss, unwrap } from "../../src/model";
import { assumedNotice } from "../../src/versions/store-plan";
import fc from "fast-check";
import { JSON_FORMAT, JSON_MAX_BYTES, overUtf8Bytes, versionFromJson, versionToJson } from "../../src/versions/json";
import { articleVersion } from "../../src/versions/article";
import { version } from "./fixtures";

const doc = (patch: Record<string, unknown> = {}, versionPatch: Record<string, unknown> = {}) => {
  const base = JSON.parse(versionToJson(version("Bear case")));
  return JSON.stringify({ ...base, ...patch, version: { ...base.version, ...versionPatch } });
};
const message = (text: string) => {
  const r = versionFromJson(text);
  return r.ok ? "accepted" : r.error.en;
};

test("the exported document is self-describing", () => {
  const parsed = JSON.parse(versionToJson(version("Bear case")));
  expect(Object.keys(parsed)).toEqual(["format", "schema", "currency", "version"]);
  expect(parsed.format).toBe(JSON_FORMAT);
  expect(parsed.schema).toBe(2);
  expect(parsed.version.amounts.ftt_drop).toBe(1.5e9);
  expect(parsed.version.ftt).toEqual({ tokens: 1e8, priceBefore: 20, priceAfter: 5 });
});

test.each([
  ["not JSON", "{oops", /^This is not valid JSON \(/],
  ["another format", doc({ format: "something/else" }), /^"format" must be "ftx-loss-model\/version"; got "something\/else"/],
  ["a newer schema", doc({ schema: 3 }), /^This version was exported by a newer release \(schema 3; this one reads up to 2\)/],
  ["another currency", doc({ currency: "JPY" }), /^"currency" must be "USD"/],
  ["an unknown category", doc({}, { amounts: { ...JSON.parse(doc()).version.amounts, lunar: 1 } }), /^Version "Bear case": Unknown category in amounts: lunar\./],
  ["a missing amount", doc({}, { amounts: { luna: 1 } }), /^Version "Bear case": "amounts" lacks voyager_blockfi, algo,/],
  ["text where a number belongs", doc({}, { amounts: { ...JSON.parse(doc()).version.amounts, luna: "1.5B" } }), /^Version "Bear case": luna must be a number of US dollars; got "1.5B"\./],
  ["no name", doc({}, { name: "  " }), /^A version needs a name\./],
  ["the article's name", doc({}, { name: "article" }), /is the built-in version/],
  ["a bad date", doc({}, { savedAt: "31/05/2024" }), /^Version "Bear case": The saved date must be an ISO date/],
  ["drivers that disagree with the FTT line", doc({}, { amounts: { ...JSON.parse(doc()).version.amounts, ftt_drop: 1 } }), /^Version "Bear case": ftt_drop is 1 but the FTT drivers give 1500000000/],
  ["a negative driver", doc({}, { ftt: { tokens: -1, priceBefore: 22, priceAfter: 4.4 } }), /^Version "Bear case": FTT tokens cannot be negative/],
  ["an amount beyond the sheet's limit", doc({}, { amounts: { ...JSON.parse(doc()).version.amounts, luna: -1.5e15 } }),
    /^Version "Bear case": luna must be between −\$1,000T and \$1,000T \(the model sheet's limit\); got -1500000000000000\./],
  ["an FTT line beyond the limit", doc({}, { ftt: { tokens: 1e14, priceBefore: 20, priceAfter: 0 } }),
    /^Version "Bear case": The FTT drivers \(100000000000000 tokens × \(20 − 0\)\) give 2000000000000000, beyond the model sheet's limit/],
  ["drivers whose product overflows", doc({}, { ftt: { tokens: 1e308, priceBefore: 1e308, priceAfter: 0 } }), /give a loss too large to compute/],
  ["an ftt_drop beyond the limit, without drivers", JSON.stringify({ ...JSON.parse(doc()), version: { ...JSON.parse(doc()).version, ftt: undefined, amounts: { ...JSON.parse(doc()).version.amounts, ftt_drop: 1e308 } } }),
    /^Version "Bear case": ftt_drop must be between −\$1,000T and \$1,000T/],
])("import refuses %s", (_what, text, expected) => {
  expect(message(text)).toMatch(expected);
});

test("every refusal has its Japanese wording too", () => {
  const r = versionFromJson(doc({}, { amounts: { ...JSON.parse(doc()).version.amounts, luna: "1.5B" } }));
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error.ja).toBe("バージョン「Bear case」: luna は米ドルの数値にしてください(文字列「1.5B」が指定されました)。");
  const schema = versionFromJson(doc({ schema: 3 }));
  expect(schema.ok ? "" : schema.error.ja).toMatch(/^このバージョンは新しいリリースで書き出されています\(schema 3/);
  const reserved = versionFromJson(doc({}, { name: "記事" }));
  expect(reserved.ok ? "" : reserved.error.en).toMatch(/"記事" is the built-in version/);
});

test("without drivers, the FTT line gives tokens at the article's prices", () => {
  const { ftt: _ftt, ranges: _ranges, ...rest } = JSON.parse(doc()).version;
  const amounts = { ...rest.amounts, ftt_drop: 3.52e9 };
  const r = versionFromJson(JSON.stringify({ format: JSON_FORMAT, schema: 1, version: { ...rest, amounts } }));
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.value.ftt.priceBefore).toBe(ARTICLE_FTT.priceBefore);
  expect(r.value.ftt.priceAfter).toBe(ARTICLE_FTT.priceAfter);
  expect(r.value.ftt.tokens).toBeCloseTo(2e8, 3);
  expect(r.value.amounts.ftt_drop).toBe(unwrap(fttLoss(r.value.ftt.tokens, 22, 4.4)));
  expect(r.value.amounts.ftt_drop).toBeCloseTo(3.52e9, 2);
});

test("the built-in article version is the article's breakdown", () => {
  const a = articleVersion();
  expect(a.amounts.ftt_drop).toBe(4e9);
  expect(Object.values(a.amounts).reduce((s, x) => s + x, 0)).toBe(15.5e9);
  expect(versionFromJson(versionToJson(a))).toMatchObject({ ok: false }); // reserved name
});

test("ranges travel with the version (schema 2); a schema 1 file loads with the article's ranges assumed", () => {
  const v = version("ranged");
  const back = versionFromJson(versionToJson(v));
  expect(back.ok && back.value).toEqual(v);
  expect(v.assumedRanges).toEqual([]);
  // As an earlier release exported it: schema 1, no ranges.
  const { ranges: _ranges, ...old } = JSON.parse(versionToJson(v)).version;
  const loaded = versionFromJson(JSON.stringify({ format: JSON_FORMAT, schema: 1, currency: "USD", version: old }));
  if (!loaded.ok) throw new Error(loaded.error.en);
  expect(loaded.value.amounts).toEqual(v.amounts);
  expect(loaded.value.assumedRanges).toEqual([...CATEGORY_IDS]);
  // The article's default range, widened where the amount falls outside it.
  expect(loaded.value.ranges.luna).toEqual({ low: Math.min(0.5e9, v.amounts.luna), high: 1.5e9 });
  expect(loaded.value.ranges.longs).toEqual({ low: Math.min(1e9, v.amounts.longs), high: 3e9 }); // 0.7B: below the default low
  const notice = assumedNotice(loaded.value);
  expect(notice[0].en).toMatch(/^"ranged" has no Low and High for voyager_blockfi, luna, .*the article's default ranges are assumed\.$/);
  expect(notice[0].ja).toMatch(/記事の既定の範囲を仮定します。$/);
});

test("a range that does not hold its amount, or is not a number, is refused", () => {
  const doc2 = (ranges: unknown) => {
    const parsed = JSON.parse(versionToJson(version("r")));
    parsed.version.ranges = { ...parsed.version.ranges, ...(ranges as object) };
    return versionFromJson(JSON.stringify(parsed));
  };
  const low = doc2({ luna: { low: 9e9, high: 10e9 } });
  expect(low.ok ? "" : low.error.en).toMatch(/^Version "r": luna: the low \(9000000000\) and high \(10000000000\) must hold the estimate/);
  const text = doc2({ algo: { low: "lots", high: 1 } });
  expect(text.ok ? "" : text.error.en).toMatch(/^Version "r": algo low must be a number of US dollars/);
  const unknown = doc2({ lunar: { low: 0, high: 1 } });
  expect(unknown.ok ? "" : unknown.error.en).toBe('Version "r": Unknown category in ranges: lunar.');
});

test("the sheet's limit itself is accepted, on both sides, for an amount and a bound", () => {
  const { amounts: given, ranges: rangesGiven } = JSON.parse(doc()).version;
  const amounts = { ...given, luna: ESTIMATE_BOUND, algo: -ESTIMATE_BOUND };
  const ranges = { ...rangesGiven, luna: { low: 0, high: ESTIMATE_BOUND }, algo: { low: -ESTIMATE_BOUND, high: 0 } };
  const r = versionFromJson(doc({}, { amounts, ranges }));
  expect(r.ok && [r.value.amounts.luna, r.value.amounts.algo]).toEqual([ESTIMATE_BOUND, -ESTIMATE_BOUND]);
  expect(r.ok && [r.value.ranges.luna.high, r.value.ranges.algo.low]).toEqual([ESTIMATE_BOUND, -ESTIMATE_BOUND]);
});

test("two amounts of 1e308 (a total of Infinity) are refused, naming the version and the field, in Japanese too", () => {
  const amounts = { ...JSON.parse(doc()).version.amounts, luna: 1e308, algo: 1e308 };
  const r = versionFromJson(doc({}, { amounts }));
  expect(r).toEqual({
    ok: false,
    error: {
      en: 'Version "Bear case": luna must be between −$1,000T and $1,000T (the model sheet\'s limit); got 1e+308.',
      ja: "バージョン「Bear case」: luna は−1000兆ドルから1000兆ドルの範囲にしてください(モデルシートの上限です。1e+308 が指定されました)。",
    },
  });
});

test("the size limit counts UTF-8 bytes as an encoder does: emoji, accents and lone surrogates", () => {
  const bytes = (text: string) => Buffer.byteLength(text, "utf8");
  for (const text of ["", "a", "é", "e\u0301", "億", "🐻", "👨‍👩‍👧‍👦", "\ud83d", "x\udc3bx", "🐻".repeat(3)]) {
    for (let max = 0; max <= bytes(text) + 1; max++) expect([text, max, overUtf8Bytes(text, max)]).toEqual([text, max, bytes(text) > max]);
  }
  fc.assert(
    fc.property(fc.string({ unit: "binary" }), fc.nat(200), (text, max) => {
      expect(overUtf8Bytes(text, max)).toBe(bytes(text) > max);
    }),
  );
  expect(message(" ".repeat(JSON_MAX_BYTES + 1))).toMatch(/^This JSON is over 1 MB;/);
  expect(message(" ".repeat(JSON_MAX_BYTES))).toMatch(/^This is not valid JSON/);
});
