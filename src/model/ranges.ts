// The default low and high of each of the article's lines, for the simulation and the tornado.
// Amounts are read from the record (./record/evidence.ts, by row id) and sources from
// ./record/sources.ts, shipped as ../shared/source/later-figures.md §3 allows: read verbatim in
// the named outlet (V) or in a copy of its text (V-m, cited to the outlet, never to the copy's
// address); arithmetic over such figures only labelled "derived". Where the
// published bound falls short of the article's own figure, the bound is widened to the article's
// figure and keeps the published bound beside it. Where no figure may ship (`luna`, `longs`), the
// bound is the article's figure −50% / +50%, an assumption, and says so.

import { formatAmount } from "./amount";
import { ARTICLE_FTT } from "./ftt";
import type { CategoryId } from "./categories";
import type { Locale } from "./locale";
import { categoryById } from "./lookup";
import { FIGURES } from "./record/evidence";
import { SOURCES, type SourceId } from "./record/sources";

/** Where a figure was published. `figure` is its id in later-figures.md; `source` is the row of
 * ./record/sources.ts it comes from, which gives its title, date and link; `outlet` is how the
 * sheet names it. `url` is given only when it is the outlet's own address. */
export interface Citation {
  figure: string;
  source?: SourceId;
  outlet: string;
  title?: string;
  date: string;
  url?: string;
}

/** One amount read in a source, and what it measures. */
export interface RangeFigure {
  amount: number;
  what: Record<Locale, string>;
  source: Citation;
  /** The row of the record (./record/evidence.ts) the amount is read from, when it has one. */
  evidence?: string;
}

/**
 * published:  a figure read in a named source
 * derived:    arithmetic over published figures, shown in the note
 * floor:      0, because the sources describeValue the line but publish no amount lost
 * article:    the article's own figure, the sourced bound (`widenedFrom`) falling short of it
 * assumption: the article's figure −50% / +50%, for want of a source that may ship
 */
export type BoundBasis = "published" | "derived" | "floor" | "article" | "assumption";

export interface RangeBound {
  amount: number;
  basis: BoundBasis;
  /** What the bound stands for, in the reader's language; a derived bound shows its arithmetic. */
  note: Record<Locale, string>;
  /** The figures a published, derived or article bound rests on. */
  figures: readonly RangeFigure[];
  /** Where those figures, or a floor's reasons, were published; empty only for an assumption. */
  sources: readonly Citation[];
  /** For basis "article": the sourced bound it replaces. */
  widenedFrom?: RangeBound;
}

export interface CategoryRange {
  id: CategoryId;
  low: RangeBound;
  high: RangeBound;
}

/** A source of ./record/sources.ts, cited for the figures `figure`; `outlet` only where the sheet
 * names the outlet otherwise. */
function cite(source: SourceId, figure: string, outlet: string = SOURCES[source].outlet): Citation {
  const { title, date, url } = SOURCES[source];
  return url === null ? { figure, source, outlet, title, date } : { figure, source, outlet, title, date, url };
}

// The sources, once each (ids as in later-figures.md).
const DECRYPT_VOYAGER = cite("decryptVoyager", "F25, F26");
const FORKAST_BLOCKFI = cite("forkastBlockfi", "F29");
const BLOCKFI_AFFIDAVIT = cite("blockfiAffidavit", "F30", "BlockFi first-day bankruptcy affidavit (Mark Renzi), as reported");
const BARADWAJ = cite("baradwajEssay", "F34", `${SOURCES.baradwajEssay.outlet} (adityabaradwaj.com), as submitted to Hacker News`);
const DAILYCOIN_ELLISON = cite("dailycoinEllison", "F33");
const SEC_FTT = cite("secLitigation", "F37", `${SOURCES.secLitigation.outlet}, ${SOURCES.secLitigation.title}`);
const COINDESK_BALANCE_SHEET = cite("coindeskDivisions", "F20", `${SOURCES.coindeskDivisions.outlet} (Ian Allison)`);
// Not in the record: cited only for the floor of FTT's fall.
const AXIOS_FTT: Citation = {
  figure: "F40",
  outlet: "Axios",
  date: "2022-12-22",
  url: "https://www.axios.com/2022/12/22/us-securities-regulator-alleges-price-manipulation-by-ftx",
};
const PROSPECT_MODULO = cite("prospectModulo", "F47");
const FTX_PLAN = cite("ftxPlan", "F17", "FTX press release (PR Newswire)");
const WSJ_VENTURE_BOOK = cite("wsjVentureBook", "F49");
const CNBC_BAHAMAS = cite("cnbcBahamas", "F55");
const DECRYPT_ENDORSEMENTS = cite("cmcEndorsements", "F61", "Decrypt (CoinMarketCap Alexandria)");
const FORTUNE_DEBTORS = cite("fortuneSpending", "F56", `${SOURCES.fortuneSpending.outlet} (Leo Schwartz)`);
const VERGE_SPONSORSHIPS = cite("vergeDefense", "F62", `${SOURCES.vergeDefense.outlet} (Liz Lopatto)`);
const COINGEEK_CHINA = cite("coingeekEllison", "F36");

/** A figure read in its source for which the record holds no amount (F34's "tens of millions"). */
const figure = (amount: number, en: string, ja: string, source: Citation): RangeFigure => ({
  amount,
  what: { en, ja },
  source,
});

/** The amount of a row of the record (./record/evidence.ts), by its id. */
function evidence(id: string, en: string, ja: string, source: Citation): RangeFigure {
  const value = FIGURES.find((f) => f.id === id)?.value;
  if (value === undefined || value === null) throw new Error(`no amount in the record for ${id}`);
  return { evidence: id, ...figure(value, en, ja, source) };
}

const citations = (figures: readonly RangeFigure[]): Citation[] => [...new Set(figures.map((f) => f.source))];

const published = (f: RangeFigure, en: string, ja: string): RangeBound => ({
  amount: f.amount,
  basis: "published",
  note: { en, ja },
  figures: [f],
  sources: [f.source],
});

/** The sum of figures (a negative sign subtracts), times an optional factor; the note ends with
 * the arithmetic, as "$75M + $275M = $350M". */
function derived(
  terms: readonly [1 | -1, RangeFigure][],
  en: string,
  ja: string,
  factor?: { value: number; en: string; ja: string },
): RangeBound {
  const sum = terms.reduce((s, [sign, f]) => s + sign * f.amount, 0);
  const amount = factor ? sum * factor.value : sum;
  const arithmetic = (locale: Locale) => {
    const parts = terms.map(([sign, f], i) => `${i === 0 ? (sign < 0 ? "−" : "") : sign < 0 ? " − " : " + "}${formatAmount(f.amount, locale)}`);
    const sum = parts.length > 1 ? `(${parts.join("")})` : parts.join("");
    const expression = factor ? `${sum} × ${factor[locale]}` : parts.join("");
    return `${expression} = ${formatAmount(amount, locale)}`;
  };
  return {
    amount,
    basis: "derived",
    note: { en: `${en} Derived: ${arithmetic("en")}.`, ja: `${ja}算出: ${arithmetic("ja")}。` },
    figures: terms.map(([, f]) => f),
    sources: citations(terms.map(([, f]) => f)),
  };
}

const floor = (sources: readonly Citation[], en: string, ja: string): RangeBound => ({
  amount: 0,
  basis: "floor",
  note: { en, ja },
  figures: [],
  sources,
});

/** The article's figure when the sourced bound falls below it (a high) or above it (a low). */
function widened(id: CategoryId, sourced: RangeBound): RangeBound {
  const article = categoryById(id).amount;
  const en = formatAmount(sourced.amount, "en");
  const ja = formatAmount(sourced.amount, "ja");
  return {
    amount: article,
    basis: "article",
    note: {
      en: `The article's own figure: the bound from published figures (${en}) does not reach it.`,
      ja: `記事自身の数字です。公表された数字による上限(${ja})は記事の数字に届きません。`,
    },
    figures: sourced.figures,
    sources: sourced.sources,
    widenedFrom: sourced,
  };
}

/** The article's figure −50% (low) or +50% (high), marked as an assumption. */
function assumption(id: CategoryId, side: "low" | "high"): RangeBound {
  const low = side === "low";
  return {
    amount: categoryById(id).amount * (low ? 0.5 : 1.5),
    basis: "assumption",
    note: {
      en: `Assumption: the article's figure ${low ? "−50%" : "+50%"}. No published amount for this line may be cited.`,
      ja: `仮定: 記事の数字の${low ? "−50%" : "+50%"}です。この項目には引用できる公表額がありません。`,
    },
    figures: [],
    sources: [],
  };
}

const FTT_FALL = (ARTICLE_FTT.priceBefore - ARTICLE_FTT.priceAfter) / ARTICLE_FTT.priceBefore;
const FTT_ON_SHEET = evidence("D-ftt-held", "FTT on Alameda's balance sheet, 30 June 2022", "2022年6月30日時点のAlamedaの貸借対照表上のFTT", COINDESK_BALANCE_SHEET);

const BAHAMAS = evidence("F55", "Bahamas real estate", "バハマの不動産", CNBC_BAHAMAS);
const DONATIONS = evidence("F56b", "Political donations", "政治献金", FORTUNE_DEBTORS);

export const CATEGORY_RANGES: readonly CategoryRange[] = [
  {
    id: "voyager_blockfi",
    low: derived(
      [
        [1, evidence("F26", "Drawn by Voyager on Alameda's credit line", "VoyagerがAlamedaの融資枠から引き出した額", DECRYPT_VOYAGER)],
        [1, evidence("F30a", "Drawn by BlockFi on FTX US's credit line", "BlockFiがFTX USの融資枠から引き出した額", BLOCKFI_AFFIDAVIT)],
      ],
      "Cash the two lenders actually drew; FTX later gave up its claims on them.",
      "2社が実際に引き出した現金。FTXは後にその債権を放棄しました。",
    ),
    high: widened(
      "voyager_blockfi",
      derived(
        [
          [1, evidence("F25", "Alameda's credit line to Voyager", "AlamedaからVoyagerへの融資枠", DECRYPT_VOYAGER)],
          [1, evidence("F29a", "FTX US's credit line to BlockFi", "FTX USからBlockFiへの融資枠", FORKAST_BLOCKFI)],
          [1, evidence("F29b", "FTX US's option to buy BlockFi", "FTX USのBlockFi買収オプション", FORKAST_BLOCKFI)],
        ],
        "Everything FTX and Alameda committed to the two lenders.",
        "FTXとAlamedaが2社に約束した金額の合計。",
      ),
    ),
  },
  { id: "luna", low: assumption("luna", "low"), high: assumption("luna", "high") },
  {
    id: "algo",
    low: published(
      figure(10e6, "A fat-finger trade's loss, \"tens of millions\"", "誤発注による損失(「数千万ドル」)", BARADWAJ),
      "The one documented trading mishap: a loss of tens of millions, taken at the least that can mean.",
      "記録に残る唯一の取引事故。「数千万ドル」の損失を、その最小値で見込みます。",
    ),
    high: widened(
      "algo",
      published(
        evidence("F33", "FTX's 2021 margin-system loss moved onto Alameda", "2021年にFTXの証拠金システムで生じ、Alamedaに付け替えられた損失", DAILYCOIN_ELLISON),
        "The largest trading loss described at trial, though not an algorithm's.",
        "公判で語られた最大の取引損失(アルゴリズムによるものではありません)。",
      ),
    ),
  },
  {
    id: "ftt_srm_collateral",
    low: floor(
      [SEC_FTT],
      "0: the SEC describes buying FTT to hold up its price but states no amount spent.",
      "0: SECはFTTの価格を支える買いを指摘していますが、支出額は示していません。",
    ),
    high: derived(
      [
        [1, FTT_ON_SHEET],
        [-1, evidence("F20c", "FTT's entire market value that day", "同日のFTTの時価総額全体", COINDESK_BALANCE_SHEET)],
      ],
      "How far the FTT on Alameda's books exceeded what all FTT in the market was worth.",
      "Alamedaの帳簿上のFTTが、市場のFTT全体の価値をどれだけ上回っていたか。",
    ),
  },
  {
    id: "venture",
    low: floor(
      [PROSPECT_MODULO, FTX_PLAN],
      "0: much of this money was invested rather than lost. Stakes came back near or above cost " +
        "($460M of the $475M sent to Modulo Capital), and the estate expects to repay creditors " +
        "at least 118% of their claims.",
      "0: この資金の多くは失われたのではなく投資されたものです。出資は元本近くかそれ以上で回収され" +
        "(Modulo Capitalに送った4億7500万ドルのうち4億6000万ドル)、破産財団は債権者に請求額の118%以上を弁済する見込みです。",
    ),
    high: published(
      evidence("F49", "Book value of the venture stakes the estate took over", "破産財団が引き継いだ投資先の簿価", WSJ_VENTURE_BOOK),
      "Everything the venture book was carried at, as if none of it came back.",
      "投資先の簿価の全額。何も回収できなかった場合です。",
    ),
  },
  {
    id: "spending",
    low: derived(
      [
        [1, BAHAMAS],
        [1, evidence("F61", "Multi-year endorsement deals pledged", "複数年のスポンサー契約の約束額", DECRYPT_ENDORSEMENTS)],
        [1, DONATIONS],
      ],
      "Property, pledged endorsements and political donations.",
      "不動産、約束されたスポンサー契約、政治献金の合計。",
    ),
    high: widened(
      "spending",
      derived(
        [
          [1, BAHAMAS],
          [1, evidence("F62", "Sponsorship spending put to a witness at trial", "公判で証人に示されたスポンサー支出", VERGE_SPONSORSHIPS)],
          [1, DONATIONS],
          [1, evidence("F36", "Payment to unfreeze assets in China", "中国で凍結された資産を解除するための支払い", COINGEEK_CHINA)],
        ],
        "Property, all sponsorships as put at trial, donations and the payment in China.",
        "不動産、公判で示されたスポンサー支出の全体、献金、中国での支払いの合計。",
      ),
    ),
  },
  {
    id: "ftt_drop",
    low: floor(
      [AXIOS_FTT],
      "0: FTT was FTX's own token, sold for $0.10 to $0.80 at its 2019 launch; its fall wiped out paper value, not money spent.",
      "0: FTTはFTX自身のトークンで、2019年の発行時は0.10～0.80ドルで販売されました。下落で失われたのは帳簿上の価値で、支出した資金ではありません。",
    ),
    high: derived(
      [[1, FTT_ON_SHEET]],
      "The FTT on Alameda's books, marked down by the article's fall.",
      "Alamedaの帳簿上のFTTに、記事の下落率を当てはめた額。",
      {
        value: FTT_FALL,
        en: `${Math.round(FTT_FALL * 100)}% (the article's $${ARTICLE_FTT.priceBefore} → $${ARTICLE_FTT.priceAfter})`,
        ja: `${Math.round(FTT_FALL * 100)}%(記事の ${ARTICLE_FTT.priceBefore}ドル → ${ARTICLE_FTT.priceAfter}ドル)`,
      },
    ),
  },
  { id: "longs", low: assumption("longs", "low"), high: assumption("longs", "high") },
];

/** The default range of a line. */
export function rangeFor(id: CategoryId): CategoryRange {
  const range = CATEGORY_RANGES.find((r) => r.id === id);
  if (!range) throw new Error(`no default range for ${id}`);
  return range;
}
