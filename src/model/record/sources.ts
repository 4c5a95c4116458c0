// Where each later figure was published: the named outlet, its headline, its date and, only when
// known, the address on the outlet's own site. A figure read in a mirror or re-post (grade
// "V-m") is cited to the outlet it reproduces and keeps no link unless the outlet's own address
// is known: the product never links a mirror, a proxy or a scraper. Titles in [brackets]
// describeValue a report whose headline the research notes do not record.
// Research notes: ../shared/source/later-figures.md (the F-numbers below are its ids).

/** "V": read verbatim in the named outlet or release; "V-m": read verbatim in a re-post of it. */
export type SourceGrade = "V" | "V-m";

export interface Source {
  outlet: string;
  title: string;
  /** ISO 8601: a day (2022-11-10) or, when the notes give only the month, a month (2022-12). */
  date: string;
  /** https on the outlet's own host, or null when only a mirror was seen. */
  url: string | null;
  grade: SourceGrade;
}

/** The hosts each outlet publishes on: a link must be on one of them (or a subdomain). */
export const OUTLET_HOSTS: Readonly<Record<string, readonly string[]>> = {
  "The Block": ["theblock.co"],
  "The Wall Street Journal": ["wsj.com"],
  CoinDesk: ["coindesk.com"],
  Reuters: ["reuters.com"],
  "Financial Times": ["ft.com"],
  Bloomberg: ["bloomberg.com"],
  "X (Twitter), @SBF_FTX": ["twitter.com", "x.com"],
  Unchained: ["unchainedcrypto.com"],
  "Inner City Press": ["innercitypress.com"],
  "Business Insider": ["businessinsider.com"],
  "Associated Press": ["apnews.com"],
  Paperjam: ["paperjam.lu"],
  "FTX Debtors (press release)": ["prnewswire.com"],
  HackerNoon: ["hackernoon.com"],
  Blockworks: ["blockworks.co"],
  "The Guardian": ["theguardian.com"],
  Decrypt: ["decrypt.co"],
  Forkast: ["forkast.news"],
  "BlockFi (Chapter 11 filing, as reported)": ["kroll.com"],
  Cointelegraph: ["cointelegraph.com"],
  DailyCoin: ["dailycoin.com"],
  "Aditya Baradwaj": ["adityabaradwaj.com"],
  "U.S. Securities and Exchange Commission": ["sec.gov"],
  Finbold: ["finbold.com"],
  "FT Alphaville": ["ft.com"],
  PYMNTS: ["pymnts.com"],
  AInvest: ["ainvest.com"],
  CryptoTicker: ["cryptoticker.io"],
  "South China Morning Post (Bloomberg)": ["scmp.com"],
  "Prospect News": ["prospectnews.com"],
  CNBC: ["cnbc.com"],
  Fortune: ["fortune.com"],
  "The Tribune (Nassau)": ["tribune242.com"],
  "Sports Business Journal": ["sportsbusinessjournal.com"],
  "CoinMarketCap Alexandria (Decrypt)": ["coinmarketcap.com"],
  "The Verge": ["theverge.com"],
  "Front Office Sports": ["frontofficesports.com"],
  "The New York Times": ["nytimes.com"],
  CoinGeek: ["coingeek.com"],
  "Substack, Sam Bankman-Fried": ["substack.com"],
};

/** True when `url` is https on one of the outlet's own hosts (or a subdomain of one). */
export function onOutletHost(outlet: string, url: string): boolean {
  const hosts = OUTLET_HOSTS[outlet];
  if (hosts === undefined) return false;
  const { protocol, hostname } = new URL(url);
  return protocol === "https:" && hosts.some((h) => hostname === h || hostname.endsWith(`.${h}`));
}

export const SOURCES = {
  theblockWsj: {
    outlet: "The Block",
    title: "FTX lent Alameda billions of dollars in customer assets: WSJ",
    date: "2022-11-10",
    url: "https://www.theblock.co/post/185415/ftx-lent-alameda-billions-of-dollars-in-customer-assets-wsj",
    grade: "V",
  },
  wsjTapped: {
    outlet: "The Wall Street Journal",
    title: "FTX Tapped Into Customer Accounts to Fund Risky Bets",
    date: "2022-11-10",
    url: null,
    grade: "V-m",
  },
  coindeskProp: {
    outlet: "CoinDesk",
    title: "FTX Used Customer Funds Among Other Assets to Prop Up Alameda Research in May: Report",
    date: "2022-11-10",
    url: "https://www.coindesk.com/business/2022/11/10/ftx-used-customer-funds-among-other-assets-to-prop-up-alameda-research-in-may-reuters/",
    grade: "V",
  },
  reutersMissing: {
    outlet: "Reuters",
    title: "Exclusive: At least $1 billion of client funds missing at failed crypto firm FTX",
    date: "2022-11-12",
    url: null,
    grade: "V",
  },
  ftBalanceSheet: {
    outlet: "Financial Times",
    title: "FTX held less than $1bn in liquid assets against $9bn in liabilities",
    date: "2022-11-12",
    url: null,
    grade: "V-m",
  },
  bloombergDim: {
    outlet: "Bloomberg",
    title: "FTX's Balance Sheet, Hack Paint Dim Picture for User Recovery",
    date: "2022-11-13",
    url: null,
    grade: "V",
  },
  sbfTweet: {
    outlet: "X (Twitter), @SBF_FTX",
    title: "[Sam Bankman-Fried's thread on what happened]",
    date: "2022-11-16",
    url: "https://twitter.com/SBF_FTX/status/1592958065212502016",
    grade: "V",
  },
  theblockShortfall: {
    outlet: "The Block",
    title: "FTX stakeholder report shows massive shortfall of assets",
    date: "2023-03-02",
    url: "https://www.theblock.co/post/216725/ftx-stakeholder-report-shows-massive-shortfall-of-assets",
    grade: "V",
  },
  unchainedRecovers: {
    outlet: "Unchained",
    title: "FTX recovers $7 billion in liquid assets",
    date: "2023-06-26",
    url: "https://unchainedcrypto.com/ftx-recovers-7-billion-in-assets-in-liquid-assets/",
    grade: "V",
  },
  innerCityEllison: {
    outlet: "Inner City Press",
    title: "[Caroline Ellison's testimony, US v. Bankman-Fried]",
    date: "2023-10-10",
    url: null,
    grade: "V-m",
  },
  insiderSingh: {
    outlet: "Business Insider",
    title: "[Nishad Singh's testimony, US v. Bankman-Fried]",
    date: "2023-10-16",
    url: null,
    grade: "V-m",
  },
  coindeskEaston: {
    outlet: "CoinDesk",
    title: "SBF Trial: A Witness Contrasts Sam Bankman-Fried's House Testimony With FTX's Dangerous Secrets",
    date: "2023-10-18",
    url: "https://www.coindesk.com/policy/2023/10/18/sbf-trial-a-witness-contrasts-sam-bankman-frieds-house-testimony-with-ftxs-dangerous-secrets",
    grade: "V-m",
  },
  reutersSentenced: {
    outlet: "Reuters",
    title: "Crypto mogul Sam Bankman-Fried sentenced to 25 years",
    date: "2024-03-28",
    url: null,
    grade: "V-m",
  },
  apSentencing: {
    outlet: "Associated Press",
    title: "[Sam Bankman-Fried sentenced for defrauding FTX customers, investors and lenders]",
    date: "2024-03-28",
    url: null,
    grade: "V-m",
  },
  paperjamCftc: {
    outlet: "Paperjam",
    title: "[US judge approves the CFTC's $12.7bn settlement with FTX and Alameda]",
    date: "2024-08-07",
    url: null,
    grade: "V-m",
  },
  ftxPlan: {
    outlet: "FTX Debtors (press release)",
    title: "FTX Files Consensus-Based Plan of Reorganization",
    date: "2024-05-07",
    url: null,
    grade: "V",
  },
  reutersPlanApproved: {
    outlet: "Reuters",
    title: "U.S. judge approves FTX bankruptcy plan to repay billions",
    date: "2024-10-07",
    url: null,
    grade: "V-m",
  },
  coindeskDivisions: {
    outlet: "CoinDesk",
    title: "Divisions in Sam Bankman-Fried's Crypto Empire Blur on His Trading Titan Alameda's Balance Sheet",
    date: "2022-11-02",
    url: null,
    grade: "V-m",
  },
  coindeskBreakingDown: {
    outlet: "CoinDesk",
    title: "Breaking Down the Infamous Alameda Balance Sheet",
    date: "2023-09-20",
    url: null,
    grade: "V-m",
  },
  hackernoonTestimony: {
    outlet: "HackerNoon",
    title: "Sam Bankman-Fried's Written Testimony Notes Dec 12, 2022 (part 3)",
    date: "2022-12-12",
    url: "https://hackernoon.com/sbf-blamed-market-conditions-for-alamedas-insolvency",
    grade: "V-m",
  },
  sbfPremortem: {
    outlet: "Substack, Sam Bankman-Fried",
    title: "FTX Pre-Mortem Overview",
    date: "2023-01-12",
    url: null,
    grade: "V-m",
  },
  blockworksEllison: {
    outlet: "Blockworks",
    title: "[Caroline Ellison testifies at the SBF trial]",
    date: "2023-10-10",
    url: "https://blockworks.co/news/caroline-ellison-testifies-sbf-trial",
    grade: "V",
  },
  reutersInsiders: {
    outlet: "Reuters",
    title: "[FTX transferred $2.2 bln to Bankman-Fried via related entities, new managers say]",
    date: "2023-03-15",
    url: null,
    grade: "V-m",
  },
  guardianRay: {
    outlet: "The Guardian",
    title: "[FTX's new chief executive on the first-day declaration]",
    date: "2022-11-17",
    url: null,
    grade: "V-m",
  },
  coindeskBinance: {
    outlet: "CoinDesk",
    title: "FTX Used Billions in Customer Funds to Buy Back Binance Stake",
    date: "2023-10-19",
    url: null,
    grade: "V-m",
  },
  decryptVoyager: {
    outlet: "Decrypt",
    title: "[Alameda is Voyager's lender and also owes it $377M]",
    date: "2022-07-06",
    url: "https://decrypt.co/104570/sam-bankman-fried-alameda-research-bankrupt-voyager-377m",
    grade: "V",
  },
  reutersVoyagerSuit: {
    outlet: "Reuters",
    title: "FTX sues Voyager Digital to claw back $446 million in 2022 loan payments",
    date: "2023-01-30",
    url: null,
    grade: "V-m",
  },
  forkastBlockfi: {
    outlet: "Forkast",
    title: "[BlockFi's deal with Sam Bankman-Fried's FTX]",
    date: "2022-07-01",
    url: "https://forkast.news/headlines/blockfi-deal-sam-bankman-fried-ftx-clients/",
    grade: "V",
  },
  blockfiAffidavit: {
    outlet: "BlockFi (Chapter 11 filing, as reported)",
    title: "[First-day affidavit of Mark Renzi]",
    date: "2022-11-28",
    url: null,
    grade: "V-m",
  },
  cointelegraphBlockfi: {
    outlet: "Cointelegraph",
    title: "[FTX settles with BlockFi]",
    date: "2024-03-06",
    url: null,
    grade: "V-m",
  },
  dailycoinEllison: {
    outlet: "DailyCoin",
    title: "Ellison Testimony Reveals All: FTX Concealed $800M Loss",
    date: "2023-10-11",
    url: "https://dailycoin.com/ellison-testimony-reveals-all-ftx-concealed-800m-loss/",
    grade: "V-m",
  },
  baradwajEssay: {
    outlet: "Aditya Baradwaj",
    title: "[Essay on Alameda's fat-finger trade of 21 Oct 2021]",
    date: "2023-09-20",
    url: null,
    grade: "V-m",
  },
  secLitigation: {
    outlet: "U.S. Securities and Exchange Commission",
    title: "Litigation Release No. 25617",
    date: "2022-12-21",
    url: "https://www.sec.gov/litigation/litreleases/lr-25617",
    grade: "V",
  },
  cointelegraphSep2023: {
    outlet: "Cointelegraph",
    title: "[FTX shareholder presentation, September 2023]",
    date: "2023-09",
    url: "https://jp.cointelegraph.com/news/ftx-shareholder-presentation-222-million-bahamas-real-estate-1300-tokens",
    grade: "V-m",
  },
  finboldFtt: {
    outlet: "Finbold",
    title: "[FTT's market capitalisation in the 24 hours to 8 Nov 2022]",
    date: "2022-11-08",
    url: null,
    grade: "V-m",
  },
  ftAlphavilleVenture: {
    outlet: "FT Alphaville",
    title: "Revealed: the Alameda venture capital portfolio",
    date: "2022-12-06",
    url: "https://www.ft.com/content/aaa4a42c-efcc-4c60-9dc6-ba6cccb599e6",
    grade: "V",
  },
  pymntsSpreadsheet: {
    outlet: "PYMNTS",
    title: "[FTX's investment spreadsheet mirrors the failed exchange's internal disarray]",
    date: "2022-12",
    url: "https://www.pymnts.com/cryptocurrency/2022/ftx-crypto-investment-spreadsheet-mirrors-internal-disarray-of-failed-exchange/",
    grade: "V",
  },
  ainvestGenesis: {
    outlet: "AInvest",
    title: "[FTX Recovery Trust's clawback suit against Genesis Digital Assets]",
    date: "2025-09",
    url: "https://www.ainvest.com/news/ftx-trust-targets-genesis-1-15b-fraud-clawback-battle-2509",
    grade: "V-m",
  },
  cryptotickerAnthropic: {
    outlet: "CryptoTicker",
    title: "[FTX sells the rest of its Anthropic stake]",
    date: "2024-05",
    url: "https://cryptoticker.io/en/ftx-gain-800m-stake-sale",
    grade: "V-m",
  },
  scmpRobinhood: {
    outlet: "South China Morning Post (Bloomberg)",
    title: "[Alameda lent Sam Bankman-Fried US$546 million for his Robinhood stake]",
    date: "2022-12-27",
    url: "https://www.scmp.com/tech/tech-trends/article/3204771/alameda-lent-sam-bankman-fried-us546-million-robinhood-stake",
    grade: "V-m",
  },
  reutersRobinhood: {
    outlet: "Reuters",
    title: "[Robinhood to buy back Bankman-Fried's stake]",
    date: "2023-09-01",
    url: null,
    grade: "V",
  },
  prospectModulo: {
    outlet: "Prospect News",
    title: "[FTX debtors' settlement with Modulo Capital]",
    date: "2023-04-10",
    url: null,
    grade: "V",
  },
  wsjVentureBook: {
    outlet: "The Wall Street Journal",
    title: "[FTX has located more than $5 billion in cash and liquid assets]",
    date: "2023-01-17",
    url: null,
    grade: "V-m",
  },
  cnbcBahamas: {
    outlet: "CNBC",
    title: "[Bahamas liquidators' filing on FTX property purchases]",
    date: "2022-12-12",
    url: null,
    grade: "V-m",
  },
  fortuneSpending: {
    outlet: "Fortune",
    title: "Latest FTX bankruptcy doc details spending $253 million on Bahamian real estate and $93 million on political donations",
    date: "2023-01-17",
    url: null,
    grade: "V-m",
  },
  blockworksEaston: {
    outlet: "Blockworks",
    title: "[SBF used client funds to buy Bahamas real estate, accounting expert testifies]",
    date: "2023-10-18",
    url: null,
    grade: "V-m",
  },
  tribuneBahamas: {
    outlet: "The Tribune (Nassau)",
    title: "FTX liquidators get $38m from selling Bahamas properties",
    date: "2026-01-19",
    url: "https://www.tribune242.com/news/2026/jan/19/ftx-liquidators-get-38m-from-selling-bahamas-properties",
    grade: "V",
  },
  sbjTsm: {
    outlet: "Sports Business Journal",
    title: "[TSM esports signs $210 million sponsorship with FTX crypto exchange]",
    date: "2021-06-07",
    url: "https://www.sportsbusinessjournal.com/Daily/Issues/2021/06/07/Technology/tsm-esports-signs-210-million-sponsorship-with-ftx-crypto-exchange",
    grade: "V",
  },
  cmcEndorsements: {
    outlet: "CoinMarketCap Alexandria (Decrypt)",
    title: "[Sam Bankman-Fried planned to spend $13M on a Super Bowl ad]",
    date: "2023-02",
    url: "https://coinmarketcap.com/alexandria/article/sam-bankman-fried-planned-to-spend-dollar13m-on-a-super-bowl-ad",
    grade: "V",
  },
  vergeDefense: {
    outlet: "The Verge",
    title: "Sam Bankman-Fried's defense finally woke up",
    date: "2023-10-19",
    url: null,
    grade: "V-m",
  },
  fosSuperBowl: {
    outlet: "Front Office Sports",
    title: "[FTX accused of illegally financing its Super Bowl ad]",
    date: "2022-12",
    url: "https://frontofficesports.com/ftx-accused-of-illegally-financing-super-bowl-ad",
    grade: "V",
  },
  nytDonations: {
    outlet: "The New York Times",
    title: "[New details shed light on FTX's campaign contributions]",
    date: "2023-02-23",
    url: null,
    grade: "V-m",
  },
  coingeekEllison: {
    outlet: "CoinGeek",
    title: "[Sam Bankman-Fried's lawyers botch cross-examination of Caroline Ellison]",
    date: "2023-10-11",
    url: "https://coingeek.com/sam-bankman-fried-lawyers-botch-cross-examination-of-caroline-ellison/",
    grade: "V",
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
