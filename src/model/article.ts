// Bibliographic facts about the article, shown wherever the product cites it.

import type { Locale } from "./locale";

export const ARTICLE = {
  title: "What happened at Alameda Research",
  author: "milkyeggs",
  published: "2022-11-15",
  url: "https://milkyeggs.com/what-happened-at-alameda-research/",
  translation: {
    title: "Alameda Research では一体何が起こったのか?",
    translator: "Katie 辜, Odaily 星球日报",
    publisher: "ChainCatcher",
    published: "2022-11-16",
  },
} as const;

/** The Japanese translation's credit: title, translator, publisher and date. */
export function translationCredit(): string {
  const t = ARTICLE.translation;
  return `日本語訳: 「${t.title}」翻訳 ${t.translator}、${t.publisher}(${t.published})`;
}

/** One line citing the source, in the reader's language. */
export function citation(locale: Locale): string {
  const a = ARTICLE;
  if (locale === "ja") return `出典: ${a.author}「${a.title}」(${a.published})。${translationCredit()}`;
  return `Source: ${a.author}, "${a.title}" (${a.published}), ${a.url}`;
}
