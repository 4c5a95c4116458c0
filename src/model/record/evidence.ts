// The record since the article: every later public figure the product ships, one row each, with
// its kind. Kind matters more than the number: a loss model that adds money that was moved or
// merely committed to money that was lost is wrong, so every figure carries one of six kinds and
// nothing here is ever summed across kinds. Notes are written for this product; the sources are
// in ./sources.ts. Ids are those of the research notes (../shared/source/later-figures.md),
// with a letter when one source row gave several figures; D-rows are derived here by arithmetic.

import type { CategoryId } from "../categories";
import type { Locale } from "../locale";
import type { SourceId } from "./sources";

export const KINDS = ["loss", "moved", "commitment", "mark", "flow", "claim"] as const;
/** loss: value gone; moved: turned into an asset or loan later partly or wholly recovered;
 * commitment: a contract value, not cash paid; mark: a change in the price of a holding;
 * flow: money borrowed or moved; claim: an amount owed. */
export type Kind = (typeof KINDS)[number];

/** What each kind is called where a figure is shown (the model sheet's record section). */
export const KIND_LABELS: Readonly<Record<Kind, Record<Locale, string>>> = {
  loss: { en: "loss", ja: "損失" },
  moved: { en: "moved", ja: "移転" },
  commitment: { en: "commitment", ja: "契約額" },
  mark: { en: "mark", ja: "評価損" },
  flow: { en: "flow", ja: "資金の移動" },
  claim: { en: "claim", ja: "債権" },
};

/** An article line, the headline totals, or a use of money the article has no line for. */
export type EvidenceLine = CategoryId | "headline" | "other";

type Text = Record<Locale, string>;

interface FigureBase {
  id: string;
  line: EvidenceLine;
  kind: Kind;
  /** One line in the reader's language; "{ratio}" shows the row's ratio as a percentage. */
  note: Text;
}

export interface SourcedFigure extends FigureBase {
  /** US dollars, or null when the source gives no dollar figure. */
  value: number | null;
  /** A proportion the source states instead of an amount (1.18 = 118%). */
  ratio?: number;
  source: SourceId;
}

/** Arithmetic on other rows of the same kind: a sum, a difference, or the value of a holding
 * times the fall of a price (holding × (before − after) / before). */
export type Arithmetic =
  | { op: "sum"; of: readonly string[] }
  | { op: "difference"; of: readonly [string, string] }
  | { op: "fall"; of: readonly [holding: string, before: string, after: string] };

export interface DerivedFigure extends FigureBase {
  derived: Arithmetic;
  /** The result to four significant figures; a test recomputes it from the inputs. */
  value: number;
}

export type Figure = SourcedFigure | DerivedFigure;

export const FIGURES: readonly Figure[] = [
  // Headline: what was borrowed, owed, found by the court and recovered.
  {
    id: "F01a", line: "headline", kind: "flow", value: 10e9, source: "theblockWsj",
    note: { en: "FTX lent about this much to Alameda, per the Wall Street Journal.", ja: "WSJによると、FTXがAlamedaに貸し付けた額(約)。" },
  },
  {
    id: "F01b", line: "headline", kind: "claim", value: 16e9, source: "theblockWsj",
    note: { en: "Customer assets held by FTX, more than this.", ja: "FTXが預かっていた顧客資産(これ以上)。" },
  },
  {
    id: "F02", line: "headline", kind: "claim", value: 1.5e9, source: "wsjTapped",
    note: { en: "Alameda's loans from lenders outside FTX, as of 7 Nov 2022.", ja: "2022年11月7日時点の、FTX以外の貸し手からのAlamedaの借入。" },
  },
  {
    id: "F03a", line: "headline", kind: "flow", value: 4e9, source: "coindeskProp",
    note: { en: "At least this much in FTX funds was moved to support Alameda after losses on deals (Reuters).", ja: "取引での損失の後、Alamedaを支えるために移されたFTXの資金(少なくとも、ロイター報道)。" },
  },
  {
    id: "F04a", line: "headline", kind: "flow", value: 10e9, source: "reutersMissing",
    note: { en: "Customer funds secretly moved from FTX to Alameda.", ja: "FTXからAlamedaへひそかに移された顧客資金。" },
  },
  {
    id: "F04b", line: "headline", kind: "claim", value: 1.7e9, source: "reutersMissing",
    note: { en: "Client funds missing, by one source's count; another put it between $1B and $2B.", ja: "行方不明の顧客資金(情報源の一人による。別の情報源は10億〜20億ドルとした)。" },
  },
  {
    id: "F05", line: "headline", kind: "claim", value: 9e9, source: "ftBalanceSheet",
    note: { en: "Liabilities on Bankman-Fried's own balance sheet of 10 Nov 2022, against far fewer liquid assets.", ja: "バンクマン-フリード自身の2022年11月10日のバランスシート上の負債(流動資産ははるかに少ない)。" },
  },
  {
    id: "F06", line: "headline", kind: "claim", value: 8e9, source: "bloombergDim",
    note: { en: "A negative balance of this size in a hidden, poorly labelled fiat account on the same sheet.", ja: "同じシートにあった、表示の不明瞭な隠れた法定通貨口座のマイナス残高。" },
  },
  {
    id: "F07", line: "headline", kind: "claim", value: 5e9, source: "sbfTweet",
    note: { en: "Bankman-Fried's own account: leverage built up, backed by about $20B of assets.", ja: "バンクマン-フリード本人の説明: 約200億ドルの資産を裏付けに積み上がったレバレッジ。" },
  },
  {
    id: "F09", line: "headline", kind: "flow", value: 9.3e9, source: "theblockShortfall",
    note: { en: "The FTX debtors: borrowed by Alameda from the exchange's wallets and accounts.", ja: "FTX債務者: Alamedaが取引所のウォレットと口座から借りた額。" },
  },
  {
    id: "F11a", line: "headline", kind: "claim", value: 8.7e9, source: "unchainedRecovers",
    note: { en: "The FTX debtors: what the exchange owed customers when it filed for bankruptcy.", ja: "FTX債務者: 破産申立て時に取引所が顧客に負っていた額。" },
  },
  {
    id: "F11b", line: "headline", kind: "claim", value: 6.4e9, source: "unchainedRecovers",
    note: { en: "Of that, fiat and stablecoins that had been misappropriated (more than).", ja: "そのうち流用された法定通貨とステーブルコイン(これ以上)。" },
  },
  {
    id: "F12", line: "headline", kind: "flow", value: 14e9, source: "innerCityEllison",
    note: { en: "Ellison at trial: customer money Alameda used, about $10B at first, ultimately this much.", ja: "エリソンの証言: Alamedaが使った顧客資金(当初約100億ドル、最終的にこの額)。" },
  },
  {
    id: "F13a", line: "headline", kind: "flow", value: 13e9, source: "insiderSingh",
    note: { en: "Singh at trial: at one point Alameda had borrowed this much from FTX.", ja: "シンの証言: ある時点でAlamedaがFTXから借りていた額。" },
  },
  {
    id: "F13b", line: "headline", kind: "claim", value: 8e9, source: "insiderSingh",
    note: { en: "Singh at trial: customer money he knew had gone missing (about).", ja: "シンの証言: 消えたと知っていた顧客資金(約)。" },
  },
  {
    id: "F14a", line: "headline", kind: "claim", value: 11e9, source: "coindeskEaston",
    note: { en: "The prosecution's accounting expert at trial: user deposits at their June 2022 peak (more than), backed by about $2B on hand.", ja: "検察側の会計専門家の証言: 2022年6月のピーク時のユーザー預金(これ以上)。手元資金は約20億ドル。" },
  },
  {
    id: "F15a", line: "headline", kind: "loss", value: 8e9, source: "reutersSentenced",
    note: { en: "The court at sentencing: what FTX customers lost.", ja: "量刑時の裁判所の認定: FTXの顧客が失った額。" },
  },
  {
    id: "F15b", line: "headline", kind: "loss", value: 1.7e9, source: "reutersSentenced",
    note: { en: "The court at sentencing: what FTX's equity investors lost.", ja: "量刑時の裁判所の認定: FTXの株式投資家が失った額。" },
  },
  {
    id: "F15c", line: "headline", kind: "loss", value: 1.3e9, source: "reutersSentenced",
    note: { en: "The court at sentencing: what lenders to Alameda lost.", ja: "量刑時の裁判所の認定: Alamedaへの貸し手が失った額。" },
  },
  {
    id: "F15d", line: "headline", kind: "loss", value: 11e9, source: "apSentencing",
    note: { en: "Customers, investors and lenders left short (more than); the judge ordered it forfeited.", ja: "顧客・投資家・貸し手の不足額(これ以上)。裁判官は没収を命じた。" },
  },
  {
    id: "D-court", line: "headline", kind: "loss", value: 11e9, derived: { op: "sum", of: ["F15a", "F15b", "F15c"] },
    note: { en: "Derived: the court's three findings added up.", ja: "算出値: 裁判所の3つの認定額の合計。" },
  },
  {
    id: "F16a", line: "headline", kind: "claim", value: 8.7e9, source: "paperjamCftc",
    note: { en: "Restitution the bankrupt firms agreed to pay under the CFTC order.", ja: "CFTCの命令により破産した会社が支払う賠償金。" },
  },
  {
    id: "F16b", line: "headline", kind: "claim", value: 4e9, source: "paperjamCftc",
    note: { en: "Disgorgement under the same order.", ja: "同じ命令による不当利得の返還額。" },
  },
  {
    id: "F17a", line: "headline", kind: "moved", value: 14.5e9, source: "ftxPlan",
    note: { en: "The debtors' forecast of value collected and available to distribute: low end.", ja: "債務者が予測する回収済みで分配可能な価値(下限)。" },
  },
  {
    id: "F17b", line: "headline", kind: "moved", value: 16.3e9, source: "ftxPlan",
    note: { en: "The same forecast: high end.", ja: "同じ予測(上限)。" },
  },
  {
    id: "F17c", line: "headline", kind: "moved", value: null, ratio: 1.18, source: "ftxPlan",
    note: { en: "98% of creditors to receive at least {ratio} of their allowed claims in cash.", ja: "債権者の98%が、認められた債権の{ratio}以上を現金で受け取る見込み。" },
  },
  {
    id: "F18a", line: "headline", kind: "moved", value: 14.7e9, source: "reutersPlanApproved",
    note: { en: "Available to repay creditors when the plan was approved: low end.", ja: "再建計画の承認時に債権者への返済に充てられる額(下限)。" },
  },
  {
    id: "F18b", line: "headline", kind: "moved", value: 16.5e9, source: "reutersPlanApproved",
    note: { en: "The same estimate: high end, enough to pay customers at least their November 2022 balances and more.", ja: "同じ見積もり(上限)。顧客に2022年11月時点の残高以上を支払える額。" },
  },
  {
    id: "F19", line: "headline", kind: "claim", value: 8e9, source: "coindeskDivisions",
    note: { en: "Alameda's liabilities on its leaked balance sheet of 30 Jun 2022, mostly loans.", ja: "流出したAlamedaの2022年6月30日のバランスシート上の負債(大半は借入)。" },
  },
  {
    id: "F51d", line: "headline", kind: "flow", value: 8e9, source: "hackernoonTestimony",
    note: { en: "Bankman-Fried's own account: Alameda's net short margin position, which he splits into the uses below.", ja: "バンクマン-フリード本人の説明: Alamedaの純ショート証拠金ポジション(本人はこれを使途に分けている)。" },
  },

  // Uses of money the article has no line for.
  {
    id: "F51b", line: "other", kind: "loss", value: 1e9, source: "hackernoonTestimony",
    note: { en: "Bankman-Fried's own account: interest paid to lenders (about).", ja: "バンクマン-フリード本人の説明: 貸し手への利払い(約)。" },
  },
  {
    id: "F51c", line: "other", kind: "flow", value: 3e9, source: "hackernoonTestimony",
    note: { en: "Bankman-Fried's own account: buying back Binance's stake in FTX (about).", ja: "バンクマン-フリード本人の説明: BinanceのFTX株の買い戻し(約)。" },
  },
  {
    id: "F65", line: "other", kind: "flow", value: 1e9, source: "coindeskBinance",
    note: { en: "The prosecution's accounting expert at trial: customer money in the 2021 Binance buy-back (more than).", ja: "検察側の会計専門家の証言: 2021年のBinance株買い戻しに使われた顧客資金(これ以上)。" },
  },
  {
    id: "F52", line: "other", kind: "flow", value: 5e9, source: "blockworksEllison",
    note: { en: "Ellison at trial: loans to insiders by mid-2022 (upwards of).", ja: "エリソンの証言: 2022年半ばまでの内部者への貸付(これ以上)。" },
  },
  {
    id: "F53", line: "other", kind: "flow", value: 3.2e9, source: "reutersInsiders",
    note: { en: "The FTX debtors: payments and loans to founders and key employees (more than).", ja: "FTX債務者: 創業者と主要社員への支払いと貸付(これ以上)。" },
  },
  {
    id: "F54", line: "other", kind: "flow", value: 1e9, source: "guardianRay",
    note: { en: "The new CEO's first-day declaration: Alameda's personal loan to Bankman-Fried.", ja: "新CEOの第一日宣誓書: Alamedaからバンクマン-フリードへの個人貸付。" },
  },

  // Voyager / BlockFi.
  {
    id: "F03b", line: "voyager_blockfi", kind: "commitment", value: 0.5e9, source: "coindeskProp",
    note: { en: "The Voyager loan agreement Reuters named as one of Alameda's losses.", ja: "ロイターがAlamedaの損失の一つとしたVoyagerとの融資契約。" },
  },
  {
    id: "F25", line: "voyager_blockfi", kind: "commitment", value: 0.5e9, source: "decryptVoyager",
    note: { en: "Alameda's line of credit to Voyager: cash and 15,000 bitcoin.", ja: "AlamedaからVoyagerへの融資枠(現金と1万5000ビットコイン)。" },
  },
  {
    id: "F26", line: "voyager_blockfi", kind: "flow", value: 75e6, source: "decryptVoyager",
    note: { en: "What Voyager had actually drawn, an unsecured loan.", ja: "Voyagerが実際に引き出した額(無担保融資)。" },
  },
  {
    id: "F27", line: "voyager_blockfi", kind: "claim", value: 377e6, source: "decryptVoyager",
    note: { en: "Alameda was also Voyager's borrower and owed it this much.", ja: "AlamedaはVoyagerからの借り手でもあり、この額を負っていた。" },
  },
  {
    id: "F28", line: "voyager_blockfi", kind: "moved", value: 445.8e6, source: "reutersVoyagerSuit",
    note: { en: "FTX's repayments to Voyager of Alameda's own debt, which it sued to claw back and later gave up.", ja: "FTXがAlameda自身の債務としてVoyagerに返済した額(回収を求めて提訴し、後に放棄)。" },
  },
  {
    id: "F29a", line: "voyager_blockfi", kind: "commitment", value: 400e6, source: "forkastBlockfi",
    note: { en: "FTX US's revolving credit facility for BlockFi.", ja: "FTX USがBlockFiに設けたリボルビング融資枠。" },
  },
  {
    id: "F29b", line: "voyager_blockfi", kind: "commitment", value: 240e6, source: "forkastBlockfi",
    note: { en: "FTX's option to buy BlockFi, subject to performance targets (about).", ja: "業績目標を条件とするFTXのBlockFi買収オプション(約)。" },
  },
  {
    id: "F30a", line: "voyager_blockfi", kind: "flow", value: 275e6, source: "blockfiAffidavit",
    note: { en: "What BlockFi drew on that facility (about).", ja: "BlockFiがその融資枠から引き出した額(約)。" },
  },
  {
    id: "F30b", line: "voyager_blockfi", kind: "claim", value: 680e6, source: "blockfiAffidavit",
    note: { en: "Loans from BlockFi on which Alameda defaulted: money owed to BlockFi, not a bailout.", ja: "AlamedaがBlockFiからの借入で債務不履行となった額(救済ではなく、BlockFiへの債務)。" },
  },
  {
    id: "F31", line: "voyager_blockfi", kind: "claim", value: 874.5e6, source: "cointelegraphBlockfi",
    note: { en: "The 2024 settlement: up to this much to BlockFi, and FTX drops its claims.", ja: "2024年の和解: BlockFiに最大この額を支払い、FTXは請求を取り下げる。" },
  },
  {
    id: "D-vb-committed", line: "voyager_blockfi", kind: "commitment", value: 1.14e9, derived: { op: "sum", of: ["F25", "F29a", "F29b"] },
    note: { en: "Derived: the Voyager line plus the BlockFi facility and option: committed, not paid.", ja: "算出値: Voyagerへの融資枠とBlockFiの融資枠・買収オプションの合計(約定額であり支払額ではない)。" },
  },
  {
    id: "D-vb-drawn", line: "voyager_blockfi", kind: "flow", value: 350e6, derived: { op: "sum", of: ["F26", "F30a"] },
    note: { en: "Derived: what Voyager and BlockFi actually drew.", ja: "算出値: VoyagerとBlockFiが実際に引き出した額の合計。" },
  },

  // Knight Capital-style algorithm blowup.
  {
    id: "F33", line: "algo", kind: "loss", value: 800e6, source: "dailycoinEllison",
    note: { en: "Ellison at trial: a 2021 loss from FTX's margin system, moved onto Alameda to hide it from investors.", ja: "エリソンの証言: 2021年のFTXの証拠金システムの損失。投資家に隠すためAlamedaに付け替えた。" },
  },
  {
    id: "F34", line: "algo", kind: "loss", value: null, source: "baradwajEssay",
    note: { en: "A fat-finger trade in Oct 2021 cost Alameda \"tens of millions\"; no exact figure.", ja: "2021年10月の誤発注でAlamedaは「数千万ドル」を失った(正確な額は不明)。" },
  },

  // FTT/SRM collateral.
  {
    id: "F23a", line: "ftt_srm_collateral", kind: "mark", value: 2.2e9, source: "ftBalanceSheet",
    note: { en: "Serum (SRM) carried on Bankman-Fried's sheet of 10 Nov 2022, its biggest asset.", ja: "2022年11月10日のバンクマン-フリードのシートに計上されたSerum(SRM)。最大の資産。" },
  },
  {
    id: "F23b", line: "ftt_srm_collateral", kind: "mark", value: 88e6, source: "ftBalanceSheet",
    note: { en: "What that Serum was worth at market two days later.", ja: "その2日後のSerumの市場価値。" },
  },
  {
    id: "D-srm-gap", line: "ftt_srm_collateral", kind: "mark", value: 2.112e9, derived: { op: "difference", of: ["F23a", "F23b"] },
    note: { en: "Derived: SRM as carried minus its market value: an overstatement, not cash spent.", ja: "算出値: 計上額から市場価値を引いたSRMの過大計上分(使われた現金ではない)。" },
  },
  {
    id: "F37", line: "ftt_srm_collateral", kind: "loss", value: null, source: "secLitigation",
    note: { en: "The SEC alleges Alameda bought FTT on the open market to prop up its price; no amount stated.", ja: "SECは、AlamedaがFTTの価格を支えるため市場で買い入れたと主張(金額の記載なし)。" },
  },
  {
    id: "F58c", line: "ftt_srm_collateral", kind: "mark", value: 362e6, source: "cointelegraphSep2023",
    note: { en: "SRM still carried by the debtors in September 2023.", ja: "2023年9月時点で債務者がなお計上していたSRM。" },
  },

  // Venture investments.
  {
    id: "F42", line: "venture", kind: "moved", value: 5.4e9, source: "ftAlphavilleVenture",
    note: { en: "Alameda's venture portfolio on Bankman-Fried's rescue spreadsheet, nearly 500 stakes (more than).", ja: "バンクマン-フリードの救済用シートにあるAlamedaのベンチャー投資(約500件、これ以上)。" },
  },
  {
    id: "F43a", line: "venture", kind: "moved", value: 1.15e9, source: "pymntsSpreadsheet",
    note: { en: "The largest stake: crypto miner Genesis Digital Assets.", ja: "最大の投資先: 暗号資産マイニングのGenesis Digital Assets。" },
  },
  {
    id: "F43b", line: "venture", kind: "moved", value: 0.5e9, source: "pymntsSpreadsheet",
    note: { en: "The AI company Anthropic (a hair under).", ja: "AI企業Anthropicへの投資(わずかに下回る)。" },
  },
  {
    id: "F44a", line: "venture", kind: "moved", value: 100e6, source: "ainvestGenesis",
    note: { en: "Genesis Digital, first round (Aug 2021), per the estate's clawback suit.", ja: "Genesis Digitalへの第1回投資(2021年8月、管財側の返還請求訴訟による)。" },
  },
  {
    id: "F44b", line: "venture", kind: "moved", value: 550e6, source: "ainvestGenesis",
    note: { en: "Genesis Digital, second round (Jan 2022).", ja: "Genesis Digitalへの第2回投資(2022年1月)。" },
  },
  {
    id: "F44c", line: "venture", kind: "moved", value: 250e6, source: "ainvestGenesis",
    note: { en: "Genesis Digital, third round (Feb 2022).", ja: "Genesis Digitalへの第3回投資(2022年2月)。" },
  },
  {
    id: "F44d", line: "venture", kind: "moved", value: 250e6, source: "ainvestGenesis",
    note: { en: "Genesis Digital, fourth round (Apr 2022).", ja: "Genesis Digitalへの第4回投資(2022年4月)。" },
  },
  {
    id: "D-genesis", line: "venture", kind: "moved", value: 1.15e9, derived: { op: "sum", of: ["F44a", "F44b", "F44c", "F44d"] },
    note: { en: "Derived: the four Genesis rounds added up.", ja: "算出値: Genesisへの4回の投資の合計。" },
  },
  {
    id: "F14b", line: "venture", kind: "moved", value: 550e6, source: "coindeskEaston",
    note: { en: "The prosecution's accounting expert at trial: customers funded the bulk of this FTX investment in Genesis Digital.", ja: "検察側の会計専門家の証言: FTXのGenesis Digitalへのこの投資の大半は顧客資金だった。" },
  },
  {
    id: "F45a", line: "venture", kind: "moved", value: 452.2e6, source: "cryptotickerAnthropic",
    note: { en: "The estate's sale of its remaining Anthropic shares.", ja: "管財側が残りのAnthropic株を売却した額。" },
  },
  {
    id: "F45b", line: "venture", kind: "moved", value: 1.3e9, source: "cryptotickerAnthropic",
    note: { en: "All Anthropic sales together, about: more than twice what the stake cost.", ja: "Anthropic株の売却総額(約)。取得額の2倍以上。" },
  },
  {
    id: "F46a", line: "venture", kind: "moved", value: 546e6, source: "scmpRobinhood",
    note: { en: "Borrowed from Alameda by Bankman-Fried to buy a nearly 8% stake in Robinhood (more than).", ja: "バンクマン-フリードがRobinhood株約8%の取得のためAlamedaから借りた額(これ以上)。" },
  },
  {
    id: "F46b", line: "venture", kind: "moved", value: 605.7e6, source: "reutersRobinhood",
    note: { en: "What Robinhood paid the US Marshals Service to buy that stake back.", ja: "Robinhoodがその株を買い戻すため米連邦保安官局に支払った額。" },
  },
  {
    id: "F47a", line: "venture", kind: "moved", value: 475e6, source: "prospectModulo",
    note: { en: "Sent by Alameda to the fund Modulo Capital in 2022.", ja: "2022年にAlamedaがファンドModulo Capitalに送った額。" },
  },
  {
    id: "F47b", line: "venture", kind: "moved", value: 460e6, source: "prospectModulo",
    note: { en: "What the settlement with Modulo could bring back to the estate.", ja: "Moduloとの和解で管財側に戻りうる額。" },
  },
  {
    id: "F49", line: "venture", kind: "moved", value: 4.6e9, source: "wsjVentureBook",
    note: { en: "The debtors' non-strategic investments at book value (more than); recoverable value likely much lower.", ja: "債務者の非戦略的投資の簿価(これ以上)。回収可能額はかなり低い見込み。" },
  },
  {
    id: "F50", line: "venture", kind: "moved", value: 4.5e9, source: "cointelegraphSep2023",
    note: { en: "The debtors' venture portfolio at the petition date, 438 investments (about).", ja: "破産時点の債務者のベンチャーポートフォリオ(438件、約)。" },
  },
  {
    id: "F51a", line: "venture", kind: "moved", value: 4e9, source: "hackernoonTestimony",
    note: { en: "Bankman-Fried's own account: venture investments (about).", ja: "バンクマン-フリード本人の説明: ベンチャー投資(約)。" },
  },
  {
    id: "F21a", line: "venture", kind: "mark", value: 2e9, source: "coindeskDivisions",
    note: { en: "\"Investment in equity securities\" on Alameda's sheet of 30 Jun 2022.", ja: "2022年6月30日のAlamedaのシート上の「株式投資」。" },
  },

  // Real estate, branding, other spending.
  {
    id: "F55", line: "spending", kind: "moved", value: 256.3e6, source: "cnbcBahamas",
    note: { en: "Spent to buy and keep 35 properties in the Bahamas, per the Bahamian liquidators.", ja: "バハマの清算人によると、バハマの35物件の購入・維持に使われた額。" },
  },
  {
    id: "F56a", line: "spending", kind: "moved", value: 253e6, source: "fortuneSpending",
    note: { en: "The FTX debtors: 36 properties in the Bahamas, at purchase price.", ja: "FTX債務者: バハマの36物件(購入価格)。" },
  },
  {
    id: "F56b", line: "spending", kind: "loss", value: 93e6, source: "fortuneSpending",
    note: { en: "The FTX debtors: political donations.", ja: "FTX債務者: 政治献金。" },
  },
  {
    id: "F57", line: "spending", kind: "flow", value: 228e6, source: "blockworksEaston",
    note: { en: "The prosecution's accounting expert at trial: client funds spent on Bahamas real estate by June 2022.", ja: "検察側の会計専門家の証言: 2022年6月までにバハマの不動産に使われた顧客資金。" },
  },
  {
    id: "F58a", line: "spending", kind: "moved", value: 222e6, source: "cointelegraphSep2023",
    note: { en: "38 Bahamas properties still owned, at book value (Sep 2023).", ja: "なお所有するバハマの38物件の簿価(2023年9月)。" },
  },
  {
    id: "F58b", line: "spending", kind: "moved", value: 86.6e6, source: "cointelegraphSep2023",
    note: { en: "Political and charitable donations the debtors may claw back.", ja: "債務者が回収しうる政治献金と寄付。" },
  },
  {
    id: "F59", line: "spending", kind: "moved", value: 194e6, source: "tribuneBahamas",
    note: { en: "What the Bahamas properties could bring in: sales done, pending and appraised.", ja: "バハマの物件から得られうる額(売却済み・契約中・鑑定額の合計)。" },
  },
  {
    id: "F60a", line: "spending", kind: "commitment", value: 210e6, source: "sbjTsm",
    note: { en: "TSM esports naming rights: a 10-year deal, paid yearly.", ja: "eスポーツチームTSMの命名権(10年契約、毎年支払い)。" },
  },
  {
    id: "F60b", line: "spending", kind: "commitment", value: 135e6, source: "sbjTsm",
    note: { en: "Naming rights to the Miami Heat's arena over 19 years.", ja: "マイアミ・ヒートの本拠地アリーナの19年間の命名権。" },
  },
  {
    id: "F61", line: "spending", kind: "commitment", value: 375e6, source: "cmcEndorsements",
    note: { en: "All multi-year endorsements pledged (at least).", ja: "約束した複数年のスポンサー契約の総額(少なくとも)。" },
  },
  {
    id: "F62", line: "spending", kind: "commitment", value: 1e9, source: "vergeDefense",
    note: { en: "Sponsorship spending as put to Singh in cross-examination; how much was paid is not stated.", ja: "反対尋問でシンに示されたスポンサー支出(支払済み額は不明)。" },
  },
  {
    id: "F63", line: "spending", kind: "loss", value: 6.5e6, source: "fosSuperBowl",
    note: { en: "A 30-second Super Bowl ad, as previously reported.", ja: "スーパーボウルの30秒広告(既報)。" },
  },
  {
    id: "F64", line: "spending", kind: "loss", value: 90e6, source: "nytDonations",
    note: { en: "Customer money used for campaign contributions, per FTX's bankruptcy lawyers (about).", ja: "FTXの破産弁護士によると、選挙献金に使われた顧客資金(約)。" },
  },
  {
    id: "F36", line: "spending", kind: "loss", value: 150e6, source: "coingeekEllison",
    note: { en: "Ellison at trial: paid to Chinese officials to unfreeze about $1B of assets.", ja: "エリソンの証言: 約10億ドルの資産凍結解除のため中国の当局者に支払った額。" },
  },

  // FTT's fall.
  {
    id: "F20a", line: "ftt_drop", kind: "mark", value: 3.66e9, source: "coindeskDivisions",
    note: { en: "Unlocked FTT on Alameda's sheet of 30 Jun 2022.", ja: "2022年6月30日のAlamedaのシート上のロックされていないFTT。" },
  },
  {
    id: "F20b", line: "ftt_drop", kind: "mark", value: 2.16e9, source: "coindeskDivisions",
    note: { en: "FTT collateral on the same sheet.", ja: "同じシート上の担保としてのFTT。" },
  },
  {
    id: "D-ftt-held", line: "ftt_drop", kind: "mark", value: 5.82e9, derived: { op: "sum", of: ["F20a", "F20b"] },
    note: { en: "Derived: all the FTT on that sheet, more than FTT's whole market value that day.", ja: "算出値: そのシート上のFTTの合計。当日のFTTの時価総額を上回る。" },
  },
  {
    id: "F20c", line: "ftt_drop", kind: "mark", value: 3.32e9, source: "coindeskDivisions",
    note: { en: "FTT's whole market capitalisation on 30 Jun 2022.", ja: "2022年6月30日のFTTの時価総額全体。" },
  },
  {
    id: "F41a", line: "ftt_drop", kind: "mark", value: 2.97e9, source: "finboldFtt",
    note: { en: "FTT's market capitalisation before the crash of 8 Nov 2022.", ja: "2022年11月8日の暴落前のFTTの時価総額。" },
  },
  {
    id: "F41b", line: "ftt_drop", kind: "mark", value: 568.9e6, source: "finboldFtt",
    note: { en: "FTT's market capitalisation 24 hours later.", ja: "その24時間後のFTTの時価総額。" },
  },
  {
    id: "D-ftt-wiped", line: "ftt_drop", kind: "mark", value: 2.401e9, derived: { op: "difference", of: ["F41a", "F41b"] },
    note: { en: "Derived: market value of all FTT wiped out in those 24 hours.", ja: "算出値: その24時間に消えたFTT全体の市場価値。" },
  },
  {
    id: "D-ftt-fall", line: "ftt_drop", kind: "mark", value: 4.705e9, derived: { op: "fall", of: ["D-ftt-held", "F41a", "F41b"] },
    note: { en: "Derived: Alameda's FTT, marked down by FTT's fall of 8 Nov 2022: a price change, not cash spent.", ja: "算出値: AlamedaのFTTに2022年11月8日の下落率を当てた評価損(価格変動であり支出ではない)。" },
  },

  // Discretionary longs.
  {
    id: "F21b", line: "longs", kind: "mark", value: 3.37e9, source: "coindeskDivisions",
    note: { en: "\"Crypto held\" on Alameda's sheet of 30 Jun 2022.", ja: "2022年6月30日のAlamedaのシート上の「保有暗号資産」。" },
  },
  {
    id: "F22", line: "longs", kind: "mark", value: 600e6, source: "coindeskBreakingDown",
    note: { en: "OXY and MAPS tokens, locked and unlocked, on the same sheet (nearly).", ja: "同じシート上のOXYとMAPSトークン(ロック分を含む、約)。" },
  },
  {
    id: "F67", line: "longs", kind: "mark", value: null, source: "sbfPremortem",
    note: { en: "Bankman-Fried's own account: Alameda's assets lost about 80% of their market value in 2022; no dollar loss given.", ja: "バンクマン-フリード本人の説明: 2022年にAlamedaの資産の市場価値は約80%下落(損失額の記載なし)。" },
  },
];
