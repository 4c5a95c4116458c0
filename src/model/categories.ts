// The one category table: everything a user sees of the article's estimate (ids, labels,
// amounts, reasoning) comes from here. Japanese labels are the article's own lines, verbatim.

import type { Locale } from "./locale";

export type CategoryId =
  | "voyager_blockfi"
  | "luna"
  | "algo"
  | "ftt_srm_collateral"
  | "venture"
  | "spending"
  | "ftt_drop"
  | "longs";

export interface Category {
  id: CategoryId;
  /** The article's figure in US dollars. */
  amount: number;
  label: Record<Locale, string>;
  /** The article's reasoning for the line; the Japanese is quoted from the translation. */
  source: Record<Locale, string>;
  /** Other names a user may type; the id and both labels match as well. */
  aliases: readonly string[];
}

export const CATEGORIES: readonly Category[] = [
  {
    id: "voyager_blockfi",
    amount: 1.5e9,
    label: { en: "Voyager/BlockFi bailouts", ja: "Voyager/BlockFiの買収" },
    source: {
      en:
        "After LUNA's collapse, with its own loans being recalled, FTX/Alameda backed the " +
        "failing lenders Voyager and BlockFi; the author reads this as part of an " +
        "unpredictable, huge short-term need for cash met with customer deposits.",
      ja:
        "この理論は、CarolineがLUNA崩壊後にFTXが顧客の預金を移転して召回されたローンを返済したことを認めたことと非常に一致しています。" +
        "特に、FTXが破産したVoyagerやBlockFiなどの企業を支援した理由を説明しています。",
    },
    aliases: ["voyager", "blockfi", "bailout", "bailouts", "voyager_blockfi_bailouts", "Voyager/BlockFi"],
  },
  {
    id: "luna",
    amount: 1e9,
    label: { en: "LUNA exposure", ja: "LUNAエクスポージャー" },
    source: {
      en:
        "Alameda probably had large exposure to the LUNA/Terra collapse itself; the author " +
        "says this is one of the two figures he knows least about.",
      ja:
        "特にAlamedaがLUNA崩壊自体のリスクに大きなエクスポージャーを持っていた場合、SBFなどが顧客の預金を動かさざるを得ないと感じるのは想像に難くありません。" +
        "私は彼らがLUNAでどれだけ損失を被ったのか…を知りません。",
    },
    aliases: ["terra", "luna_exposure", "ust", "LUNA", "ルナ"],
  },
  {
    id: "algo",
    amount: 1e9,
    label: { en: '"Knight Capital"-style algo blowup', ja: "「ナイトキャピタル式」のアルゴリズム崩壊" },
    source: {
      en:
        "Doug Colkitt speculated that Alameda's privileged access on FTX led to an " +
        "algorithmic-trading blowup like Knight Capital's in 2012; private reports to the " +
        "author put the loss at over $1B.",
      ja:
        "Doug Colkittは、これが実際に「アルゴリズム取引の崩壊」を引き起こした可能性があると推測しています。" +
        "私的なコミュニケーションの報告によれば、損失は10億ドルを超える可能性があります。",
    },
    aliases: ["knight", "knight_capital", "algo_blowup", "algorithm", "algorithmic", "アルゴリズム崩壊", "ナイトキャピタル"],
  },
  {
    id: "ftt_srm_collateral",
    amount: 2e9,
    label: { en: "Propping up FTT/SRM collateral", ja: "FTT/SRM担保の維持" },
    source: {
      en:
        "Loans were backed by illiquid FTT and SRM; keeping their prices up against token " +
        "emissions took a constant inflow of capital, raising Alameda's exposure to them and " +
        "draining its cash to avoid a reflexive liquidation.",
      ja:
        "非流動性のゴミコイン(FTT/SRM)に基づくローンの反射的清算を支えるものでした。" +
        "トークンの排出により、その価格を一定に保つためには継続的な資本流入が必要であり、Alamedaのこれらのトークンへのエクスポージャーを増加させ、現金準備を減少させました。",
    },
    aliases: ["collateral", "srm", "ftt_srm", "ftt/srm", "FTT/SRM担保"],
  },
  {
    id: "venture",
    amount: 2e9,
    label: { en: "Venture investments", ja: "リスク投資" },
    source: {
      en:
        "Illiquid venture investments by FTX and Alameda; the New York Times held that user " +
        "deposits filled the hole they left, and the author does not attempt to total them.",
      ja:
        "《ニューヨーク・タイムズ》は、ユーザーの預金がリスク投資の資金を補うために使用されたと考えています。" +
        "彼らのリスク投資の総額を計算することも…ありません。",
    },
    aliases: ["vc", "venture_investments", "ventures", "investments", "venture_capital"],
  },
  {
    id: "spending",
    amount: 2e9,
    label: {
      en: "Real estate, branding, other unnecessary spending",
      ja: "不動産、ブランド、その他の不必要な支出",
    },
    source: {
      en:
        "Lavish discretionary spending: $210M for the TSM esports naming rights, far above " +
        "comparable deals, and a reported $200M real-estate portfolio in the Bahamas.",
      ja:
        "FTXは2.1億ドルという驚くべき価格でeスポーツ組織TSMの命名権を獲得し、eスポーツ業界の同類取引をはるかに超えました。" +
        "彼の不動産取得も衝撃的で、バハマに2億ドルの不動産投資ポートフォリオを持っていると報じられています。",
    },
    aliases: ["real_estate", "branding", "unnecessary_spending", "marketing", "不動産", "ブランド", "支出"],
  },
  {
    id: "ftt_drop",
    amount: 4e9,
    label: { en: "FTT falling from $22 to $4.4", ja: "FTTが220億から44億に下落" },
    source: {
      en:
        "The FTT Alameda held and pledged lost about 80% of its value, from $22 to $4.4 a " +
        "token; the Japanese text's \"220億から44億\" garbles this per-token price move.",
      ja:
        "担保としてのFTTの価値の低下が資産と負債の間の巨大な不均衡を引き起こしたことを示唆しているようです。",
    },
    aliases: ["ftt", "ftt_price", "ftt_collapse", "ftt_fall", "FTT下落"],
  },
  {
    id: "longs",
    amount: 2e9,
    label: { en: "Bad results of discretionary longs", ja: "自由ロングの悪い結果" },
    source: {
      en:
        "Leveraged discretionary longs in illiquid ecosystem tokens, borrowed against and " +
        "never sold in an orderly way, turned against them when the market reversed in late " +
        "2021; the author calls this figure one of the least known.",
      ja:
        "彼らは非流動性のエコシステムトークンを担保に借り入れを行う戦略を取り、整然とした方法でそれらを売却することはありませんでした。" +
        "私は…彼らがゴミコインのロングにどれだけ費やしたのかを知りません。",
    },
    aliases: ["discretionary_longs", "long", "junk_longs", "自由ロング"],
  },
];

/** The line that sums the eight: usable wherever a category id is. */
export const TOTAL = {
  id: "total",
  label: { en: "Total", ja: "合計" },
  source: {
    en:
      'The author\'s sum of the eight causes, "a very rough estimate": with enough potential ' +
      "sources of loss, the picture holds even if some of the figures are wrong.",
    ja:
      "これは非常に粗い推定です。" +
      "十分な潜在的な損失源があれば、たとえいくつかの数字が間違っていても、彼らがどのようにしてこれほど驚くべき損失を引き起こしたのかを想像することができます。",
  },
  aliases: ["sum", "all", "合計"],
} as const;

export const CATEGORY_IDS: readonly CategoryId[] = CATEGORIES.map((c) => c.id);
