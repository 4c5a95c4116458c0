import { CATEGORIES, TOTAL, type Category } from "./categories";
import { describeValue, describeJa, type Locale } from "./locale";
import { fail, ok, type Result } from "./result";

export type LineId = Category["id"] | typeof TOTAL.id;

/** What a user typed, reduced to what matters: case, width, spaces, hyphens, underscores,
 * slashes, middle dots and quote brackets are ignored ("Knight-Capital" = "knight_capital"). */
export function categoryKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\-_‐‑‒–—―−/・「」『』"'“”‘’]/g, "");
}

const INDEX: ReadonlyMap<string, LineId> = (() => {
  const index = new Map<string, LineId>();
  const add = (name: string, id: LineId) => {
    const key = categoryKey(name);
    const existing = index.get(key);
    if (existing && existing !== id) {
      throw new Error(`category table: "${name}" names both ${existing} and ${id}`);
    }
    index.set(key, id);
  };
  for (const c of CATEGORIES) {
    for (const name of [c.id, c.label.en, c.label.ja, ...c.aliases]) add(name, c.id);
  }
  for (const name of [TOTAL.id, TOTAL.label.en, TOTAL.label.ja, ...TOTAL.aliases]) add(name, TOTAL.id);
  return index;
})();

/** Every name the lookup accepts, reduced by categoryKey (for tests and docs). */
export function acceptedKeys(): ReadonlyMap<string, LineId> {
  return INDEX;
}

export const VALID_IDS_TEXT = [...CATEGORIES.map((c) => c.id), TOTAL.id].join(", ");

/** Resolves an id, alias or label in either language to the line it names. */
export function findLine(input: unknown): Result<LineId> {
  if (typeof input !== "string") {
    return fail(
      "value",
      `Category must be text such as "luna"; got ${describeValue(input)}. Valid ids: ${VALID_IDS_TEXT}.`,
      `カテゴリは "luna" のような文字列で指定してください(入力: ${describeJa(input)})。有効なID: ${VALID_IDS_TEXT}。`,
    );
  }
  const id = INDEX.get(categoryKey(input));
  return id
    ? ok(id)
    : fail(
        "notAvailable",
        `Unknown category ${describeValue(input)}. Valid ids: ${VALID_IDS_TEXT}.`,
        `不明なカテゴリ${describeJa(input)}です。有効なID: ${VALID_IDS_TEXT}。`,
      );
}

export function categoryById(id: Category["id"]): Category {
  const c = CATEGORIES.find((x) => x.id === id);
  if (!c) throw new Error(`no category ${id}`);
  return c;
}

/** The article's total: the sum of its eight lines (15.5B). */
export const ARTICLE_TOTAL = CATEGORIES.reduce((sum, c) => sum + c.amount, 0);

/** The article's figure for a line, in US dollars. */
export function lossFor(category: unknown): Result<number> {
  const line = findLine(category);
  if (!line.ok) return line;
  return ok(line.value === TOTAL.id ? ARTICLE_TOTAL : categoryById(line.value).amount);
}

/** The article's reasoning for a line, in the reader's language. */
export function sourceFor(category: unknown, locale: Locale): Result<string> {
  const line = findLine(category);
  if (!line.ok) return line;
  return ok(line.value === TOTAL.id ? TOTAL.source[locale] : categoryById(line.value).source[locale]);
}

/** One row per category: id, label, article amount. */
export function categoryRows(locale: Locale): [string, string, number][] {
  return CATEGORIES.map((c) => [c.id, c.label[locale], c.amount]);
}
