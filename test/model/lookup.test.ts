import {
  ARTICLE_TOTAL,
  CATEGORIES,
  TOTAL,
  acceptedKeys,
  categoryKey,
  categoryRows,
  findLine,
  lossFor,
  sourceFor,
} from "../../src/model";
import { readFileSync } from "fs";
import { join } from "path";

// The article sits in ../shared beside the repo (CI has it); a bare clone may not.
const ARTICLE_JA = (() => {
  try {
    return readFileSync(join(__dirname, "..", "..", "..", "shared", "source", "alameda-article-ja.txt"), "utf8");
  } catch {
    return "";
  }
})();
const haveArticle = ARTICLE_JA.length > 0;

describe("the category table", () => {
  test("holds the article's eight lines and its 15.5B total", () => {
    expect(CATEGORIES.map((c) => [c.id, c.amount])).toEqual([
      ["voyager_blockfi", 1.5e9],
      ["luna", 1e9],
      ["algo", 1e9],
      ["ftt_srm_collateral", 2e9],
      ["venture", 2e9],
      ["spending", 2e9],
      ["ftt_drop", 4e9],
      ["longs", 2e9],
    ]);
    expect(ARTICLE_TOTAL).toBe(15.5e9);
  });

  // Every name a line answers to: its id, its English and Japanese labels and its aliases.
  const names = [...CATEGORIES, TOTAL].flatMap((line) =>
    [line.id, line.label.en, line.label.ja, ...line.aliases].map((name) => [name, line.id] as const),
  );

  test("every name finds its own line", () => {
    const wrong = names
      .map(([name, id]) => ({ name, expected: id, found: findLine(name) }))
      .filter(({ expected, found }) => !(found.ok && found.value === expected));
    expect(wrong).toEqual([]);
  });

  test("no name belongs to two lines, once case, width, spaces and hyphens are ignored", () => {
    const lines = new Map<string, Set<string>>();
    for (const [name, id] of names) {
      const key = categoryKey(name);
      lines.set(key, (lines.get(key) ?? new Set()).add(id));
    }
    expect([...lines].filter(([, ids]) => ids.size > 1)).toEqual([]);
    // and the lookup accepts these names and nothing else
    expect(new Set(acceptedKeys().keys())).toEqual(new Set(lines.keys()));
  });

  (haveArticle ? test : test.skip)("Japanese labels and reasoning are the article's own words", () => {
    const unquoted = (text: string) => text.split(/…|(?<=。)/).filter((s) => s.length > 8);
    for (const c of CATEGORIES) {
      expect(ARTICLE_JA).toContain(`${c.label.ja}:${c.amount / 1e8}億`);
      for (const sentence of unquoted(c.source.ja)) {
        if (sentence.startsWith("(")) continue; // our bracketed explanation of the garbled line
        expect(ARTICLE_JA).toContain(sentence.replace(/^私は$/, ""));
      }
    }
  });
});

describe("findLine", () => {
  test.each([
    ["luna", "luna"],
    ["LUNA", "luna"],
    ["ｌｕｎａ", "luna"],
    ["Terra", "luna"],
    ["voyager", "voyager_blockfi"],
    ["BlockFi", "voyager_blockfi"],
    ["voyager-blockfi", "voyager_blockfi"],
    ["Voyager / BlockFi", "voyager_blockfi"],
    ["knight", "algo"],
    ["Knight Capital", "algo"],
    ["knight_capital", "algo"],
    ["collateral", "ftt_srm_collateral"],
    ["vc", "venture"],
    ["venture_investments", "venture"],
    ["real estate", "spending"],
    ["branding", "spending"],
    ["ftt", "ftt_drop"],
    ["discretionary_longs", "longs"],
    ["Discretionary-Longs", "longs"],
    ["リスク投資", "venture"],
    ["LUNAエクスポージャー", "luna"],
    ["「ナイトキャピタル式」のアルゴリズム崩壊", "algo"],
    ["FTTが220億から44億に下落", "ftt_drop"],
    ["不動産、ブランド、その他の不必要な支出", "spending"],
    ["自由ロングの悪い結果", "longs"],
    ["Voyager/BlockFiの買収", "voyager_blockfi"],
    ["FTT/SRM担保の維持", "ftt_srm_collateral"],
    ["total", "total"],
    ["合計", "total"],
    [" TOTAL ", "total"],
  ])("%p → %p", (input, id) => {
    expect(findLine(input)).toEqual({ ok: true, value: id });
  });

  test("an unknown name is #N/A listing the valid ids", () => {
    const result = findLine("lunna");
    expect(result).toEqual({
      ok: false,
      error: {
        kind: "notAvailable",
        message:
          'Unknown category "lunna". Valid ids: voyager_blockfi, luna, algo, ftt_srm_collateral, ' +
          "venture, spending, ftt_drop, longs, total.",
        ja: '不明なカテゴリ「lunna」です。有効なID: voyager_blockfi, luna, algo, ftt_srm_collateral, venture, spending, ftt_drop, longs, total。',
      },
    });
  });

  test.each([[5], [true], [null]])("input of the wrong kind (%p) is #VALUE!", (input) => {
    const result = findLine(input);
    expect(!result.ok && result.error.kind).toBe("value");
  });

  test("the katakana long vowel mark is not dropped as a hyphen", () => {
    expect(categoryKey("エクスポージャー")).toBe("エクスポージャー");
  });
});

test("lossFor, sourceFor and categoryRows", () => {
  expect(lossFor("luna")).toEqual({ ok: true, value: 1e9 });
  expect(lossFor("total")).toEqual({ ok: true, value: 15.5e9 });
  const ja = sourceFor("luna", "ja");
  expect(ja.ok && ja.value).toContain("LUNA崩壊");
  const en = sourceFor("total", "en");
  expect(en.ok && en.value).toContain("very rough estimate");
  expect(categoryRows("ja")).toHaveLength(8);
  expect(categoryRows("ja")[6]).toEqual(["ftt_drop", "FTTが220億から44億に下落", 4e9]);
});
