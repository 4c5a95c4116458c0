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

/** A row as the table below writes it: id, kind, value, where it comes from (a source, or the
 * arithmetic on other rows), the note in English and in Japanese, and a ratio the source states
 * instead of an amount. */
type SourcedRow = readonly [id: string, kind: Kind, value: number | null, source: SourceId, en: string, ja: string, ratio?: number];
type DerivedRow = readonly [id: string, kind: Kind, value: number, derived: Arithmetic, en: string, ja: string];
type Row = SourcedRow | DerivedRow;

const isDerived = (row: Row): row is DerivedRow => typeof row[3] === "object";

const sum = (...of: string[]): Arithmetic => ({ op: "sum", of });
const difference = (...of: [string, string]): Arithmetic => ({ op: "difference", of });
const fall = (...of: [holding: string, before: string, after: string]): Arithmetic => ({ op: "fall", of });

/** One line's rows as figures. */
function figures(line: EvidenceLine, rows: readonly Row[]): Figure[] {
  return rows.map((row): Figure => {
    const [id, kind, , , en, ja] = row;
    const note = { en, ja };
    if (isDerived(row)) return { id, line, kind, value: row[2], derived: row[3], note };
    const [, , value, source, , , ratio] = row;
    return ratio === undefined ? { id, line, kind, value, source, note } : { id, line, kind, value, ratio, source, note };
  });
}

export const FIGURES: readonly Figure[] = [
  // Headline: what was borrowed, owed, found by the court and recovered.
  ...figures("headline", [
    ["F01a", "flow", 10e9, "theblockWsj", "FTX lent about this much to Alameda, per the Wall Street Journal.", "WSJによると、FTXがAlamedaに貸し付けた額(約)。"],
    ["F01b", "claim", 16e9, "theblockWsj", "Customer assets held by FTX, more than this.", "FTXが預かっていた顧客資産(これ以上)。"],
    ["F02", "claim", 1.5e9, "wsjTapped", "Alameda's loans from lenders outside FTX, as of 7 Nov 2022.", "2022年11月7日時点の、FTX以外の貸し手からのAlamedaの借入。"],
    ["F03a", "flow", 4e9, "coindeskProp", "At least this much in FTX funds was moved to support Alameda after losses on deals (Reuters).", "取引での損失の後、Alamedaを支えるために移されたFTXの資金(少なくとも、ロイター報道)。"],
    ["F04a", "flow", 10e9, "reutersMissing", "Customer funds secretly moved from FTX to Alameda.", "FTXからAlamedaへひそかに移された顧客資金。"],
    ["F04b", "claim", 1.7e9, "reutersMissing", "Client funds missing, by one source's count; another put it between $1B and $2B.", "行方不明の顧客資金(情報源の一人による。別の情報源は10億〜20億ドルとした)。"],
    ["F05", "claim", 9e9, "ftBalanceSheet", "Liabilities on Bankman-Fried's own balance sheet of 10 Nov 2022, against far fewer liquid assets.", "バンクマン-フリード自身の2022年11月10日のバランスシート上の負債(流動資産ははるかに少ない)。"],
    ["F06", "claim", 8e9, "bloombergDim", "A negative balance of this size in a hidden, poorly labelled fiat account on the same sheet.", "同じシートにあった、表示の不明瞭な隠れた法定通貨口座のマイナス残高。"],
    ["F07", "claim", 5e9, "sbfTweet", "Bankman-Fried's own account: leverage built up, backed by about $20B of assets.", "バンクマン-フリード本人の説明: 約200億ドルの資産を裏付けに積み上がったレバレッジ。"],
    ["F09", "flow", 9.3e9, "theblockShortfall", "The FTX debtors: borrowed by Alameda from the exchange's wallets and accounts.", "FTX債務者: Alamedaが取引所のウォレットと口座から借りた額。"],
    ["F11a", "claim", 8.7e9, "unchainedRecovers", "The FTX debtors: what the exchange owed customers when it filed for bankruptcy.", "FTX債務者: 破産申立て時に取引所が顧客に負っていた額。"],
    ["F11b", "claim", 6.4e9, "unchainedRecovers", "Of that, fiat and stablecoins that had been misappropriated (more than).", "そのうち流用された法定通貨とステーブルコイン(これ以上)。"],
    ["F12", "flow", 14e9, "innerCityEllison", "Ellison at trial: customer money Alameda used, about $10B at first, ultimately this much.", "エリソンの証言: Alamedaが使った顧客資金(当初約100億ドル、最終的にこの額)。"],
    ["F13a", "flow", 13e9, "insiderSingh", "Singh at trial: at one point Alameda had borrowed this much from FTX.", "シンの証言: ある時点でAlamedaがFTXから借りていた額。"],
    ["F13b", "claim", 8e9, "insiderSingh", "Singh at trial: customer money he knew had gone missing (about).", "シンの証言: 消えたと知っていた顧客資金(約)。"],
    ["F14a", "claim", 11e9, "coindeskEaston", "The prosecution's accounting expert at trial: user deposits at their June 2022 peak (more than), backed by about $2B on hand.", "検察側の会計専門家の証言: 2022年6月のピーク時のユーザー預金(これ以上)。手元資金は約20億ドル。"],
    ["F15a", "loss", 8e9, "reutersSentenced", "The court at sentencing: what FTX customers lost.", "量刑時の裁判所の認定: FTXの顧客が失った額。"],
    ["F15b", "loss", 1.7e9, "reutersSentenced", "The court at sentencing: what FTX's equity investors lost.", "量刑時の裁判所の認定: FTXの株式投資家が失った額。"],
    ["F15c", "loss", 1.3e9, "reutersSentenced", "The court at sentencing: what lenders to Alameda lost.", "量刑時の裁判所の認定: Alamedaへの貸し手が失った額。"],
    ["F15d", "loss", 11e9, "apSentencing", "Customers, investors and lenders left short (more than); the judge ordered it forfeited.", "顧客・投資家・貸し手の不足額(これ以上)。裁判官は没収を命じた。"],
    ["D-court", "loss", 11e9, sum("F15a", "F15b", "F15c"), "Derived: the court's three findings added up.", "算出値: 裁判所の3つの認定額の合計。"],
    ["F16a", "claim", 8.7e9, "paperjamCftc", "Restitution the bankrupt firms agreed to pay under the CFTC order.", "CFTCの命令により破産した会社が支払う賠償金。"],
    ["F16b", "claim", 4e9, "paperjamCftc", "Disgorgement under the same order.", "同じ命令による不当利得の返還額。"],
    ["F17a", "moved", 14.5e9, "ftxPlan", "The debtors' forecast of value collected and available to distribute: low end.", "債務者が予測する回収済みで分配可能な価値(下限)。"],
    ["F17b", "moved", 16.3e9, "ftxPlan", "The same forecast: high end.", "同じ予測(上限)。"],
    ["F17c", "moved", null, "ftxPlan", "98% of creditors to receive at least {ratio} of their allowed claims in cash.", "債権者の98%が、認められた債権の{ratio}以上を現金で受け取る見込み。", 1.18],
    ["F18a", "moved", 14.7e9, "reutersPlanApproved", "Available to repay creditors when the plan was approved: low end.", "再建計画の承認時に債権者への返済に充てられる額(下限)。"],
    ["F18b", "moved", 16.5e9, "reutersPlanApproved", "The same estimate: high end, enough to pay customers at least their November 2022 balances and more.", "同じ見積もり(上限)。顧客に2022年11月時点の残高以上を支払える額。"],
    ["F19", "claim", 8e9, "coindeskDivisions", "Alameda's liabilities on its leaked balance sheet of 30 Jun 2022, mostly loans.", "流出したAlamedaの2022年6月30日のバランスシート上の負債(大半は借入)。"],
    ["F51d", "flow", 8e9, "hackernoonTestimony", "Bankman-Fried's own account: Alameda's net short margin position, which he splits into the uses below.", "バンクマン-フリード本人の説明: Alamedaの純ショート証拠金ポジション(本人はこれを使途に分けている)。"],
  ]),

  // Uses of money the article has no line for.
  ...figures("other", [
    ["F51b", "loss", 1e9, "hackernoonTestimony", "Bankman-Fried's own account: interest paid to lenders (about).", "バンクマン-フリード本人の説明: 貸し手への利払い(約)。"],
    ["F51c", "flow", 3e9, "hackernoonTestimony", "Bankman-Fried's own account: buying back Binance's stake in FTX (about).", "バンクマン-フリード本人の説明: BinanceのFTX株の買い戻し(約)。"],
    ["F65", "flow", 1e9, "coindeskBinance", "The prosecution's accounting expert at trial: customer money in the 2021 Binance buy-back (more than).", "検察側の会計専門家の証言: 2021年のBinance株買い戻しに使われた顧客資金(これ以上)。"],
    ["F52", "flow", 5e9, "blockworksEllison", "Ellison at trial: loans to insiders by mid-2022 (upwards of).", "エリソンの証言: 2022年半ばまでの内部者への貸付(これ以上)。"],
    ["F53", "flow", 3.2e9, "reutersInsiders", "The FTX debtors: payments and loans to founders and key employees (more than).", "FTX債務者: 創業者と主要社員への支払いと貸付(これ以上)。"],
    ["F54", "flow", 1e9, "guardianRay", "The new CEO's first-day declaration: Alameda's personal loan to Bankman-Fried.", "新CEOの第一日宣誓書: Alamedaからバンクマン-フリードへの個人貸付。"],
  ]),

  // Voyager / BlockFi.
  ...figures("voyager_blockfi", [
    ["F03b", "commitment", 0.5e9, "coindeskProp", "The Voyager loan agreement Reuters named as one of Alameda's losses.", "ロイターがAlamedaの損失の一つとしたVoyagerとの融資契約。"],
    ["F25", "commitment", 0.5e9, "decryptVoyager", "Alameda's line of credit to Voyager: cash and 15,000 bitcoin.", "AlamedaからVoyagerへの融資枠(現金と1万5000ビットコイン)。"],
    ["F26", "flow", 75e6, "decryptVoyager", "What Voyager had actually drawn, an unsecured loan.", "Voyagerが実際に引き出した額(無担保融資)。"],
    ["F27", "claim", 377e6, "decryptVoyager", "Alameda was also Voyager's borrower and owed it this much.", "AlamedaはVoyagerからの借り手でもあり、この額を負っていた。"],
    ["F28", "moved", 445.8e6, "reutersVoyagerSuit", "FTX's repayments to Voyager of Alameda's own debt, which it sued to claw back and later gave up.", "FTXがAlameda自身の債務としてVoyagerに返済した額(回収を求めて提訴し、後に放棄)。"],
    ["F29a", "commitment", 400e6, "forkastBlockfi", "FTX US's revolving credit facility for BlockFi.", "FTX USがBlockFiに設けたリボルビング融資枠。"],
    ["F29b", "commitment", 240e6, "forkastBlockfi", "FTX's option to buy BlockFi, subject to performance targets (about).", "業績目標を条件とするFTXのBlockFi買収オプション(約)。"],
    ["F30a", "flow", 275e6, "blockfiAffidavit", "What BlockFi drew on that facility (about).", "BlockFiがその融資枠から引き出した額(約)。"],
    ["F30b", "claim", 680e6, "blockfiAffidavit", "Loans from BlockFi on which Alameda defaulted: money owed to BlockFi, not a bailout.", "AlamedaがBlockFiからの借入で債務不履行となった額(救済ではなく、BlockFiへの債務)。"],
    ["F31", "claim", 874.5e6, "cointelegraphBlockfi", "The 2024 settlement: up to this much to BlockFi, and FTX drops its claims.", "2024年の和解: BlockFiに最大この額を支払い、FTXは請求を取り下げる。"],
    ["D-vb-committed", "commitment", 1.14e9, sum("F25", "F29a", "F29b"), "Derived: the Voyager line plus the BlockFi facility and option: committed, not paid.", "算出値: Voyagerへの融資枠とBlockFiの融資枠・買収オプションの合計(約定額であり支払額ではない)。"],
    ["D-vb-drawn", "flow", 350e6, sum("F26", "F30a"), "Derived: what Voyager and BlockFi actually drew.", "算出値: VoyagerとBlockFiが実際に引き出した額の合計。"],
  ]),

  // Knight Capital-style algorithm blowup.
  ...figures("algo", [
    ["F33", "loss", 800e6, "dailycoinEllison", "Ellison at trial: a 2021 loss from FTX's margin system, moved onto Alameda to hide it from investors.", "エリソンの証言: 2021年のFTXの証拠金システムの損失。投資家に隠すためAlamedaに付け替えた。"],
    ["F34", "loss", null, "baradwajEssay", "A fat-finger trade in Oct 2021 cost Alameda \"tens of millions\"; no exact figure.", "2021年10月の誤発注でAlamedaは「数千万ドル」を失った(正確な額は不明)。"],
  ]),

  // FTT/SRM collateral.
  ...figures("ftt_srm_collateral", [
    ["F23a", "mark", 2.2e9, "ftBalanceSheet", "Serum (SRM) carried on Bankman-Fried's sheet of 10 Nov 2022, its biggest asset.", "2022年11月10日のバンクマン-フリードのシートに計上されたSerum(SRM)。最大の資産。"],
    ["F23b", "mark", 88e6, "ftBalanceSheet", "What that Serum was worth at market two days later.", "その2日後のSerumの市場価値。"],
    ["D-srm-gap", "mark", 2.112e9, difference("F23a", "F23b"), "Derived: SRM as carried minus its market value: an overstatement, not cash spent.", "算出値: 計上額から市場価値を引いたSRMの過大計上分(使われた現金ではない)。"],
    ["F37", "loss", null, "secLitigation", "The SEC alleges Alameda bought FTT on the open market to prop up its price; no amount stated.", "SECは、AlamedaがFTTの価格を支えるため市場で買い入れたと主張(金額の記載なし)。"],
    ["F58c", "mark", 362e6, "cointelegraphSep2023", "SRM still carried by the debtors in September 2023.", "2023年9月時点で債務者がなお計上していたSRM。"],
  ]),

  // Venture investments.
  ...figures("venture", [
    ["F42", "moved", 5.4e9, "ftAlphavilleVenture", "Alameda's venture portfolio on Bankman-Fried's rescue spreadsheet, nearly 500 stakes (more than).", "バンクマン-フリードの救済用シートにあるAlamedaのベンチャー投資(約500件、これ以上)。"],
    ["F43a", "moved", 1.15e9, "pymntsSpreadsheet", "The largest stake: crypto miner Genesis Digital Assets.", "最大の投資先: 暗号資産マイニングのGenesis Digital Assets。"],
    ["F43b", "moved", 0.5e9, "pymntsSpreadsheet", "The AI company Anthropic (a hair under).", "AI企業Anthropicへの投資(わずかに下回る)。"],
    ["F44a", "moved", 100e6, "ainvestGenesis", "Genesis Digital, first round (Aug 2021), per the estate's clawback suit.", "Genesis Digitalへの第1回投資(2021年8月、管財側の返還請求訴訟による)。"],
    ["F44b", "moved", 550e6, "ainvestGenesis", "Genesis Digital, second round (Jan 2022).", "Genesis Digitalへの第2回投資(2022年1月)。"],
    ["F44c", "moved", 250e6, "ainvestGenesis", "Genesis Digital, third round (Feb 2022).", "Genesis Digitalへの第3回投資(2022年2月)。"],
    ["F44d", "moved", 250e6, "ainvestGenesis", "Genesis Digital, fourth round (Apr 2022).", "Genesis Digitalへの第4回投資(2022年4月)。"],
    ["D-genesis", "moved", 1.15e9, sum("F44a", "F44b", "F44c", "F44d"), "Derived: the four Genesis rounds added up.", "算出値: Genesisへの4回の投資の合計。"],
    ["F14b", "moved", 550e6, "coindeskEaston", "The prosecution's accounting expert at trial: customers funded the bulk of this FTX investment in Genesis Digital.", "検察側の会計専門家の証言: FTXのGenesis Digitalへのこの投資の大半は顧客資金だった。"],
    ["F45a", "moved", 452.2e6, "cryptotickerAnthropic", "The estate's sale of its remaining Anthropic shares.", "管財側が残りのAnthropic株を売却した額。"],
    ["F45b", "moved", 1.3e9, "cryptotickerAnthropic", "All Anthropic sales together, about: more than twice what the stake cost.", "Anthropic株の売却総額(約)。取得額の2倍以上。"],
    ["F46a", "moved", 546e6, "scmpRobinhood", "Borrowed from Alameda by Bankman-Fried to buy a nearly 8% stake in Robinhood (more than).", "バンクマン-フリードがRobinhood株約8%の取得のためAlamedaから借りた額(これ以上)。"],
    ["F46b", "moved", 605.7e6, "reutersRobinhood", "What Robinhood paid the US Marshals Service to buy that stake back.", "Robinhoodがその株を買い戻すため米連邦保安官局に支払った額。"],
    ["F47a", "moved", 475e6, "prospectModulo", "Sent by Alameda to the fund Modulo Capital in 2022.", "2022年にAlamedaがファンドModulo Capitalに送った額。"],
    ["F47b", "moved", 460e6, "prospectModulo", "What the settlement with Modulo could bring back to the estate.", "Moduloとの和解で管財側に戻りうる額。"],
    ["F49", "moved", 4.6e9, "wsjVentureBook", "The debtors' non-strategic investments at book value (more than); recoverable value likely much lower.", "債務者の非戦略的投資の簿価(これ以上)。回収可能額はかなり低い見込み。"],
    ["F50", "moved", 4.5e9, "cointelegraphSep2023", "The debtors' venture portfolio at the petition date, 438 investments (about).", "破産時点の債務者のベンチャーポートフォリオ(438件、約)。"],
    ["F51a", "moved", 4e9, "hackernoonTestimony", "Bankman-Fried's own account: venture investments (about).", "バンクマン-フリード本人の説明: ベンチャー投資(約)。"],
    ["F21a", "mark", 2e9, "coindeskDivisions", "\"Investment in equity securities\" on Alameda's sheet of 30 Jun 2022.", "2022年6月30日のAlamedaのシート上の「株式投資」。"],
  ]),

  // Real estate, branding, other spending.
  ...figures("spending", [
    ["F55", "moved", 256.3e6, "cnbcBahamas", "Spent to buy and keep 35 properties in the Bahamas, per the Bahamian liquidators.", "バハマの清算人によると、バハマの35物件の購入・維持に使われた額。"],
    ["F56a", "moved", 253e6, "fortuneSpending", "The FTX debtors: 36 properties in the Bahamas, at purchase price.", "FTX債務者: バハマの36物件(購入価格)。"],
    ["F56b", "loss", 93e6, "fortuneSpending", "The FTX debtors: political donations.", "FTX債務者: 政治献金。"],
    ["F57", "flow", 228e6, "blockworksEaston", "The prosecution's accounting expert at trial: client funds spent on Bahamas real estate by June 2022.", "検察側の会計専門家の証言: 2022年6月までにバハマの不動産に使われた顧客資金。"],
    ["F58a", "moved", 222e6, "cointelegraphSep2023", "38 Bahamas properties still owned, at book value (Sep 2023).", "なお所有するバハマの38物件の簿価(2023年9月)。"],
    ["F58b", "moved", 86.6e6, "cointelegraphSep2023", "Political and charitable donations the debtors may claw back.", "債務者が回収しうる政治献金と寄付。"],
    ["F59", "moved", 194e6, "tribuneBahamas", "What the Bahamas properties could bring in: sales done, pending and appraised.", "バハマの物件から得られうる額(売却済み・契約中・鑑定額の合計)。"],
    ["F60a", "commitment", 210e6, "sbjTsm", "TSM esports naming rights: a 10-year deal, paid yearly.", "eスポーツチームTSMの命名権(10年契約、毎年支払い)。"],
    ["F60b", "commitment", 135e6, "sbjTsm", "Naming rights to the Miami Heat's arena over 19 years.", "マイアミ・ヒートの本拠地アリーナの19年間の命名権。"],
    ["F61", "commitment", 375e6, "cmcEndorsements", "All multi-year endorsements pledged (at least).", "約束した複数年のスポンサー契約の総額(少なくとも)。"],
    ["F62", "commitment", 1e9, "vergeDefense", "Sponsorship spending as put to Singh in cross-examination; how much was paid is not stated.", "反対尋問でシンに示されたスポンサー支出(支払済み額は不明)。"],
    ["F63", "loss", 6.5e6, "fosSuperBowl", "A 30-second Super Bowl ad, as previously reported.", "スーパーボウルの30秒広告(既報)。"],
    ["F64", "loss", 90e6, "nytDonations", "Customer money used for campaign contributions, per FTX's bankruptcy lawyers (about).", "FTXの破産弁護士によると、選挙献金に使われた顧客資金(約)。"],
    ["F36", "loss", 150e6, "coingeekEllison", "Ellison at trial: paid to Chinese officials to unfreeze about $1B of assets.", "エリソンの証言: 約10億ドルの資産凍結解除のため中国の当局者に支払った額。"],
  ]),

  // FTT's fall.
  ...figures("ftt_drop", [
    ["F20a", "mark", 3.66e9, "coindeskDivisions", "Unlocked FTT on Alameda's sheet of 30 Jun 2022.", "2022年6月30日のAlamedaのシート上のロックされていないFTT。"],
    ["F20b", "mark", 2.16e9, "coindeskDivisions", "FTT collateral on the same sheet.", "同じシート上の担保としてのFTT。"],
    ["D-ftt-held", "mark", 5.82e9, sum("F20a", "F20b"), "Derived: all the FTT on that sheet, more than FTT's whole market value that day.", "算出値: そのシート上のFTTの合計。当日のFTTの時価総額を上回る。"],
    ["F20c", "mark", 3.32e9, "coindeskDivisions", "FTT's whole market capitalisation on 30 Jun 2022.", "2022年6月30日のFTTの時価総額全体。"],
    ["F41a", "mark", 2.97e9, "finboldFtt", "FTT's market capitalisation before the crash of 8 Nov 2022.", "2022年11月8日の暴落前のFTTの時価総額。"],
    ["F41b", "mark", 568.9e6, "finboldFtt", "FTT's market capitalisation 24 hours later.", "その24時間後のFTTの時価総額。"],
    ["D-ftt-wiped", "mark", 2.401e9, difference("F41a", "F41b"), "Derived: market value of all FTT wiped out in those 24 hours.", "算出値: その24時間に消えたFTT全体の市場価値。"],
    ["D-ftt-fall", "mark", 4.705e9, fall("D-ftt-held", "F41a", "F41b"), "Derived: Alameda's FTT, marked down by FTT's fall of 8 Nov 2022: a price change, not cash spent.", "算出値: AlamedaのFTTに2022年11月8日の下落率を当てた評価損(価格変動であり支出ではない)。"],
  ]),

  // Discretionary longs.
  ...figures("longs", [
    ["F21b", "mark", 3.37e9, "coindeskDivisions", "\"Crypto held\" on Alameda's sheet of 30 Jun 2022.", "2022年6月30日のAlamedaのシート上の「保有暗号資産」。"],
    ["F22", "mark", 600e6, "coindeskBreakingDown", "OXY and MAPS tokens, locked and unlocked, on the same sheet (nearly).", "同じシート上のOXYとMAPSトークン(ロック分を含む、約)。"],
    ["F67", "mark", null, "sbfPremortem", "Bankman-Fried's own account: Alameda's assets lost about 80% of their market value in 2022; no dollar loss given.", "バンクマン-フリード本人の説明: 2022年にAlamedaの資産の市場価値は約80%下落(損失額の記載なし)。"],
  ]),
];
