// The article's own breakdown as a read-only built-in version, built from the category table so
// no figure is typed twice. It is never stored in the workbook: every release has it.

import { ARTICLE, ARTICLE_FTT, CATEGORIES, unwrap, type CategoryId } from "../model";
import { ARTICLE_VERSION_NAME, fttAmount, type Version } from "./version";

export function articleVersion(): Version {
  const ftt = { tokens: ARTICLE_FTT.tokens, priceBefore: ARTICLE_FTT.priceBefore, priceAfter: ARTICLE_FTT.priceAfter };
  const amounts = {} as Record<CategoryId, number>;
  for (const c of CATEGORIES) amounts[c.id] = c.id === "ftt_drop" ? unwrap(fttAmount(ftt)) : c.amount;
  return {
    name: ARTICLE_VERSION_NAME,
    note: `${ARTICLE.author}, "${ARTICLE.title}" (${ARTICLE.published})`,
    savedAt: ARTICLE.published,
    amounts,
    ftt,
  };
}
