// The article's own breakdown as a read-only built-in version, built from the category table so
// no figure is typed twice. It is never stored in the workbook: every release has it.

import { ARTICLE, ARTICLE_FTT, CATEGORIES, rangeFor, unwrap, type CategoryId } from "../model";
import { ARTICLE_VERSION_NAME, fttAmount, type LineRange, type Version } from "./version";

export function articleVersion(): Version {
  const ftt = { tokens: ARTICLE_FTT.tokens, priceBefore: ARTICLE_FTT.priceBefore, priceAfter: ARTICLE_FTT.priceAfter };
  const amounts = {} as Record<CategoryId, number>;
  const ranges = {} as Record<CategoryId, LineRange>;
  for (const c of CATEGORIES) {
    amounts[c.id] = c.id === "ftt_drop" ? unwrap(fttAmount(ftt)) : c.amount;
    ranges[c.id] = { low: rangeFor(c.id).low.amount, high: rangeFor(c.id).high.amount };
  }
  return {
    name: ARTICLE_VERSION_NAME,
    note: `${ARTICLE.author}, "${ARTICLE.title}" (${ARTICLE.published})`,
    savedAt: ARTICLE.published,
    amounts,
    ftt,
    // The default ranges (src/model/ranges.ts), each bound with its source on the model sheet.
    ranges,
    assumedRanges: [],
  };
}
