// The template's own words (headings, instructions). The article's figures, labels and
// reasoning are not here: they come from the category table in src/model.

import { CATEGORIES, SIMULATION_LIMITS, type Locale } from "../model";
import { column, type ColumnKey, type TORNADO, type UncertaintyRow } from "./layout";

/** The Japanese translation's own words for the FTT line, as the category table quotes them. */
const GARBLED_FTT_LINE = CATEGORIES.find((c) => c.id === "ftt_drop")?.label.ja;
/** The estimates' column, as the instructions name it. */
const ESTIMATES = column("input");
/** A simulation setting's range as the validation messages say it: "1 to 1,000,000". */
const range = ({ min, max }: { min: number; max: number }, to: string) =>
  `${min.toLocaleString("en-US")}${to}${max.toLocaleString("en-US")}`;
const ITERATIONS = SIMULATION_LIMITS.iterations;
const SEED = SIMULATION_LIMITS.seed;

interface TemplateText {
  sheetName: string;
  title: string;
  howTo: string;
  caveat: string;
  unitLabel: string;
  headers: Record<ColumnKey, string>;
  fttSection: string;
  fttDrivers: Record<"tokens" | "priceBefore" | "priceAfter", { label: string; note: string }>;
  fttGarbled: string;
  referenceSection: string;
  /** The reference table's headings; a column not named has none. */
  referenceHeaders: Partial<Record<ColumnKey, string>>;
  /** "What the record shows": figures published since the article, as references. */
  record: {
    heading: string;
    /** After the plain-words line (recoveredLine): what the figures are and are not; `kinds`
     * lists the kinds' labels. */
    rule: (kinds: string) => string;
    headers: Partial<Record<ColumnKey, string>>;
    parts: Record<"headline" | "lines", string>;
    /** The kind column beside the article's own figure. */
    article: string;
    /** Before the arithmetic of a figure derived here. */
    derived: string;
  };
  chartTitle: string;
  names: { inputs: string; article: string; total: string; articleTotal: string; lows: string; highs: string };
  /** "How wrong can it be?": heading, what it shows (live; on a copy, a snapshot), and a label per row. */
  uncertainty: {
    heading: string;
    live: string;
    /** iterations and seed as the sheet shows them ("10,000", "1"). */
    snapshot: (iterations: string, seed: string) => string;
    rows: Record<UncertaintyRow, string>;
  };
  tornado: { heading: string; headers: Record<keyof typeof TORNADO, string>; chartTitle: string };
  /** Each line's range source: "Low $350M (derived): Decrypt, 2022-07-06; …". */
  rangeSource: {
    bound: Record<"low" | "high", string>;
    basis: Record<"published" | "derived" | "floor" | "article" | "assumption", string>;
    /** For a bound widened to the article's figure: what the sources reach. */
    sourcesReach: (amount: string) => string;
  };
  /** What an input cell says while selected (title, message) and when text is typed into it
   * (error); `convert` is the FTX.AMOUNT hint, left out of copies made for use without the add-in.
   * Excel caps titles at 32 characters and messages at 225. */
  inputs: Record<
    "estimate" | "low" | "high" | "tokens" | "price" | "iterations" | "seed",
    { title: string; error: string; message: string; convert?: string }
  >;
}

export const TEXT: Record<Locale, TemplateText> = {
  en: {
    sheetName: "FTX Losses",
    title: "Where did the money go? FTX/Alameda losses, after milkyeggs (2022)",
    howTo:
      `Change the blue cells (your estimates in column ${ESTIMATES} with their Low and High beside them, and the ` +
      "FTT drivers below); the totals, shares, simulation, tornado and charts follow. Amounts in US dollars.",
    caveat:
      'The author calls the breakdown "a very rough estimate"; the LUNA and junk-coin-long ' +
      "figures are the ones he knows least about.",
    // Read with the unit cell beside it: "… one unit is: US$1". One line in its column.
    unitLabel: "Amounts in US dollars; one unit is:",
    headers: {
      id: "ID",
      label: "Cause of loss",
      article: "Article",
      input: "Your estimate",
      difference: "Difference",
      share: "Share of your total",
      reasoning: "The article's reasoning",
      low: "Low",
      high: "High",
      rangeSource: "Where Low and High come from",
    },
    fttSection: "FTT line, driven by its assumptions",
    fttDrivers: {
      tokens: {
        label: "FTT tokens held",
        note: "Implied by the article: $4B ÷ ($22 − $4.4) ≈ 227.27 million tokens (≈ $5.0B of FTT at $22).",
      },
      priceBefore: {
        label: "Price before, $ per FTT",
        note: "The $22 floor offered for FTT on 6–7 Nov 2022.",
      },
      priceAfter: {
        label: "Price after, $ per FTT",
        note: "Near where FTT traded on 8 Nov 2022 (−80%).",
      },
    },
    fttGarbled:
      `The Japanese translation prints this line as "${GARBLED_FTT_LINE}" ($22B → $4.4B), ` +
      "which would be a $17.6B loss and contradicts the $4B on the same line. It is the per-token " +
      "price move $22 → $4.4: $4B at −80% implies about $5.0B of FTT at $22, ≈ 227 million tokens " +
      "(Alameda's leaked 30 Jun 2022 balance sheet showed $5.82B of FTT: $3.66B unlocked, $2.16B as collateral).",
    referenceSection: "Totals the article states but does not reconcile with its breakdown",
    referenceHeaders: {
      label: "Claim",
      article: "Article",
      input: "Your total",
      difference: "Your total − claim",
      reasoning: "The article's words (Japanese translation)",
    },
    record: {
      heading: "What the record shows: figures published since the article",
      rule: (kinds) =>
        `These figures are references, not inputs: nothing in the model reads them. Each has a kind (${kinds}), ` +
        "and figures of different kinds are never added together.",
      headers: { id: "ID", label: "What the figure is", article: "Figure", input: "Kind", low: "Date", reasoning: "Source (link where the outlet's page is known)" },
      parts: {
        headline: "The totals: the article beside the debtors, the trial and the court",
        lines: "Line by line: the best-sourced figure of each kind",
      },
      article: "the article",
      derived: "Derived here:",
    },
    chartTitle: "Your estimate vs the article, by cause",
    names: {
      inputs: "Your estimates, one per cause (the FTT line is a formula over its drivers)",
      article: "The article's figures, one per cause",
      total: "Your total",
      articleTotal: "The article's total",
      lows: "The low of each cause: the least it could be",
      highs: "The high of each cause: the most it could be",
    },
    uncertainty: {
      heading: "How wrong can it be?",
      live:
        "Each cause is drawn between its Low and High, most often near your estimate (a triangular " +
        "distribution), independently, as many times as the iterations say; the seed makes the draws " +
        "repeatable. The figures follow every edit of an estimate, a Low or a High.",
      snapshot: (iterations, seed) =>
        `A snapshot of the simulation, made with ${iterations} iterations and seed ${seed}: ` +
        "the percentiles and chances below are values and no longer follow edits (they need the FTX add-in). " +
        "The mean and the tornado are formulas and still do.",
      rows: {
        iterations: "Iterations (simulated totals)",
        seed: "Seed (same seed, same draws)",
        p5: "P5: 1 total in 20 is lower",
        p50: "P50: the median total",
        p95: "P95: 1 total in 20 is higher",
        mean: "Mean total: Σ (Low + estimate + High) ÷ 3",
        alameda_lost: "Chance your total reaches the article's \"Alameda probably lost more than\"",
        user_collateral: "Chance your total covers the \"user collateral lost\" (the customer hole)",
      },
    },
    tornado: {
      heading: "Which cause moves the total most? (the tornado, largest swing first)",
      headers: {
        id: "ID",
        label: "Cause (largest swing first)",
        lowChange: "Total change at its Low",
        highChange: "Total change at its High",
        swing: "Swing (High − Low)",
        lineSwing: "Helper: swing, in sheet order",
        lineRank: "Helper: its rank",
      },
      chartTitle: "Tornado: how far each cause moves your total, from its Low to its High",
    },
    rangeSource: {
      bound: { low: "Low", high: "High" },
      basis: {
        published: "published",
        derived: "derived",
        floor: "floor",
        article: "the article's own figure",
        assumption: "ASSUMPTION: the article's figure ±50%, no source may be cited",
      },
      sourcesReach: (amount) => `sources reach ${amount}`,
    },
    inputs: {
      estimate: {
        title: "Your estimate",
        error: "A number from Low to High",
        message: "Type a number of US dollars between this row's Low and High, e.g. 1500000000 for $1.5B.",
        convert: 'To convert text, use =FTX.AMOUNT("$1.5B").',
      },
      low: {
        title: "Low",
        error: "A number up to the estimate",
        message: `The least this cause could be, in US dollars: at most the estimate in column ${ESTIMATES}.`,
      },
      high: {
        title: "High",
        error: "A number from the estimate up",
        message: `The most this cause could be, in US dollars: at least the estimate in column ${ESTIMATES}.`,
      },
      iterations: {
        title: "Iterations",
        error: `A whole number, ${range(ITERATIONS, " to ")}`,
        message: `How many totals to simulate: a whole number from ${range(ITERATIONS, " to ")}.`,
      },
      seed: {
        title: "Seed",
        error: `Whole number, ${range(SEED, " to ").replace(/,/g, "")}`,
        message: "Chooses the random draws: the same seed always gives the same figures.",
      },
      tokens: {
        title: "FTT tokens held",
        error: "A number of tokens, 0 or more",
        message: "Type a number of FTT tokens, 0 or more, e.g. 227000000.",
      },
      price: {
        title: "Price, $ per FTT",
        error: "A price, 0 or more",
        message: "Type a price in US dollars per FTT, 0 or more, e.g. 22 or 4.4.",
      },
    },
  },
  ja: {
    sheetName: "FTX損失",
    title: "資金はどこへ消えたのか:FTX/Alamedaの損失(milkyeggs, 2022)",
    howTo:
      `青いセル(${ESTIMATES}列のあなたの推定とその横の下限・上限、下のFTTの前提)を変えると、合計・構成比・シミュレーション・トルネード・グラフが連動します。単位:億ドル。`,
    caveat:
      "著者はこの内訳を「非常に粗い推定」としており、LUNAとゴミコインのロングの金額が最も不確かだと述べています。",
    unitLabel: "金額の単位: 億ドル。1億ドルは:",
    headers: {
      id: "ID",
      label: "損失の原因",
      article: "記事",
      input: "あなたの推定",
      difference: "差額",
      share: "構成比",
      reasoning: "記事の根拠",
      low: "下限",
      high: "上限",
      rangeSource: "下限・上限の出典",
    },
    fttSection: "FTTの行:前提から計算",
    fttDrivers: {
      tokens: {
        label: "FTT保有量(トークン)",
        note: "記事から逆算:40億ドル ÷ (22ドル − 4.4ドル) ≈ 2億2727万トークン(22ドル時点で約50億ドル分)。",
      },
      priceBefore: {
        label: "下落前の価格(ドル/FTT)",
        note: "2022年11月6〜7日に提示された22ドルの下限価格。",
      },
      priceAfter: {
        label: "下落後の価格(ドル/FTT)",
        note: "2022年11月8日の取引価格付近(−80%)。",
      },
    },
    fttGarbled:
      `訳文の「${GARBLED_FTT_LINE}」は、1トークンあたり22ドルから4.4ドルへの下落(−80%)の誤記です。` +
      "220億ドルから44億ドルへの下落なら損失は176億ドルとなり、同じ行の40億と矛盾します。" +
      "−80%で40億ドルの損失は、22ドル時点で約50億ドル分、約2億2700万トークンのFTT保有を意味します" +
      "(流出した2022年6月30日時点のAlamedaの貸借対照表ではFTTは58.2億ドル:非ロック36.6億ドル、担保21.6億ドル)。",
    referenceSection: "記事が述べるが内訳と照合していない合計",
    referenceHeaders: {
      label: "記事の主張",
      article: "記事",
      input: "あなたの合計",
      difference: "あなたの合計 − 主張",
      reasoning: "記事の文言",
    },
    record: {
      heading: "記録が示すもの:記事以降に公表された数字",
      rule: (kinds) =>
        "これらの数字は参考値で、入力ではありません(モデルのどの計算もこれらを参照しません)。" +
        `各数字には種類(${kinds})があり、種類の異なる数字は決して合算しません。`,
      headers: { id: "ID", label: "数字の内容", article: "数値", input: "種類", low: "日付", reasoning: "出典(媒体のページが分かるものはリンク)" },
      parts: {
        headline: "合計:記事と、債務者・公判・裁判所の数字",
        lines: "項目別:種類ごとに最も出典の確かな数字",
      },
      article: "記事",
      derived: "当モデルでの算出:",
    },
    chartTitle: "原因別:あなたの推定と記事の比較",
    names: {
      inputs: "あなたの推定(原因別。FTTの行は前提から計算する数式)",
      article: "記事の金額(原因別)",
      total: "あなたの合計",
      articleTotal: "記事の合計",
      lows: "原因別の下限(最も少ない場合)",
      highs: "原因別の上限(最も多い場合)",
    },
    uncertainty: {
      heading: "記事はどこまで外れうるか",
      live:
        "各原因を下限と上限の間で(あなたの推定の近くほど出やすい三角分布で)互いに独立に、試行回数だけ引きます。" +
        "シードが同じなら結果も同じです。推定・下限・上限を変えると、数字はすべて連動します。",
      snapshot: (iterations, seed) =>
        `シミュレーションの写し(試行回数 ${iterations}、シード ${seed}):` +
        "下のパーセンタイルと確率は値で、編集しても変わりません(FTX アドインが必要です)。平均とトルネードは数式なので連動します。",
      rows: {
        iterations: "試行回数(シミュレーションする合計の数)",
        seed: "シード(同じシードなら同じ結果)",
        p5: "P5:合計の20回に1回はこれより小さい",
        p50: "P50:合計の中央値",
        p95: "P95:合計の20回に1回はこれより大きい",
        mean: "合計の平均:Σ(下限 + 推定 + 上限)÷ 3",
        alameda_lost: "あなたの合計が記事の「Alamedaの損失(推定)」以上になる確率",
        user_collateral: "あなたの合計が「失われたFTXユーザー担保」(顧客の穴)以上になる確率",
      },
    },
    tornado: {
      heading: "合計を最も動かす原因は?(トルネード、振れ幅の大きい順)",
      headers: {
        id: "ID",
        label: "原因(振れ幅の大きい順)",
        lowChange: "下限のときの合計の変化",
        highChange: "上限のときの合計の変化",
        swing: "振れ幅(上限 − 下限)",
        lineSwing: "補助:振れ幅(シート順)",
        lineRank: "補助:順位",
      },
      chartTitle: "トルネード:各原因が下限から上限まで動くと合計はどれだけ動くか",
    },
    rangeSource: {
      bound: { low: "下限", high: "上限" },
      basis: {
        published: "公表値",
        derived: "算出値",
        floor: "下限0",
        article: "記事自身の数字",
        assumption: "仮定:記事の数字の±50%(引用できる出典なし)",
      },
      sourcesReach: (amount) => `出典による値は${amount}`,
    },
    inputs: {
      estimate: {
        title: "あなたの推定",
        error: "下限から上限までの数値のみ",
        message: "億ドル単位で、この行の下限と上限の間の数値を入力してください(例: 15 = 15億ドル)。",
        convert: '文字列の金額は =FTX.AMOUNT("15億")/10^8 で変換できます。',
      },
      low: {
        title: "下限",
        error: "推定以下の数値のみ",
        message: `この原因の最も少ない場合の額(億ドル)。${ESTIMATES}列の推定以下にしてください。`,
      },
      high: {
        title: "上限",
        error: "推定以上の数値のみ",
        message: `この原因の最も多い場合の額(億ドル)。${ESTIMATES}列の推定以上にしてください。`,
      },
      iterations: {
        title: "試行回数",
        error: `${range(ITERATIONS, "〜")}の整数のみ`,
        message: `シミュレーションする合計の数:${range(ITERATIONS, "〜")}の整数。`,
      },
      seed: {
        title: "シード",
        error: `${range(SEED, "〜")}の整数のみ`,
        message: "乱数の選び方を決めます。同じシードなら常に同じ結果になります。",
      },
      tokens: {
        title: "FTT保有量(トークン)",
        error: "0以上のトークン数のみ",
        message: "FTTのトークン数を0以上の数値で入力してください(例: 227000000)。",
      },
      price: {
        title: "FTTの価格(ドル)",
        error: "0以上の価格のみ",
        message: "1 FTTあたりのドル価格を0以上の数値で入力してください(例: 22、4.4)。",
      },
    },
  },
};
