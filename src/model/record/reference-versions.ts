// Read-only reference versions: one named public source's breakdown, mapped onto the article's
// eight lines from the evidence table (ids), never typed again. A line the source does not cover
// is null: shown "—", never counted as 0, and a total over such a version is partial.
// Shaped like the built-in "Article" version (src/versions/article.ts: name, note, savedAt,
// amounts) so the versions list can show them beside it; the candidates and their mapping are
// those of the research notes (../shared/source/later-figures.md, section 2), keeping only the
// figures that ship (the trial's LUNA figure rests on one secondary source, so LUNA is "—").

import { CATEGORY_IDS, type CategoryId } from "../categories";
import type { Locale } from "../locale";
import { evidenceById, type EvidenceRow } from "./record";

type Text = Record<Locale, string>;

interface ReferenceSpec {
  id: "ftx_debtors_2023" | "trial_record_2023" | "sbf_own_account_2022_12";
  name: Text;
  note: Text;
  /** The defendant's own account, to be labelled as such wherever it is shown. */
  ownAccount: boolean;
  /** Evidence rows behind each covered line; their values are added (the source's gross view:
   * spent or committed, whether later recovered or not). */
  lines: Partial<Record<CategoryId, readonly string[]>>;
  /** Figures the source gives beyond the eight lines (totals, uses the article has no line for). */
  beyond: readonly string[];
}

const SPECS: readonly ReferenceSpec[] = [
  {
    id: "ftx_debtors_2023",
    name: { en: "FTX debtors (2023)", ja: "FTX債務者(2023年)" },
    note: {
      en: "The FTX debtors' reports and filings under John J. Ray III, 2023, with the 2024 plan: official, conservative, partial.",
      ja: "ジョン・J・レイ3世のもとでのFTX債務者の2023年の報告と届出、および2024年の再建計画。公式で保守的だが部分的。",
    },
    ownAccount: false,
    lines: { venture: ["F49"], spending: ["F56a", "F56b"] },
    beyond: ["F11a", "F11b", "F09", "F53", "F17a", "F17b", "F17c"],
  },
  {
    id: "trial_record_2023",
    name: { en: "Trial record (2023)", ja: "公判記録(2023年)" },
    note: {
      en: "Testimony at US v. Bankman-Fried (Ellison, Singh and the prosecution's accounting expert), October 2023, as reported.",
      ja: "2023年10月の米国対バンクマン-フリード裁判での証言(エリソン、シン、検察側の会計専門家)の報道。",
    },
    ownAccount: false,
    lines: { algo: ["F33"], venture: ["F14b"], spending: ["F57", "F62", "F36"] },
    beyond: ["F12", "F13a", "F13b", "F14a", "F52", "F65"],
  },
  {
    id: "sbf_own_account_2022_12",
    name: { en: "Bankman-Fried's own account (Dec 2022)", ja: "バンクマン-フリード本人の説明(2022年12月)" },
    note: {
      en: "Sam Bankman-Fried's own account, in his draft House testimony of December 2022: his version, contradicted at trial.",
      ja: "サム・バンクマン-フリード本人の説明(2022年12月の下院証言草稿)。本人の言い分であり、公判で否定された。",
    },
    ownAccount: true,
    lines: { venture: ["F51a"] },
    beyond: ["F51d", "F51b", "F51c"],
  },
];

export interface ReferenceVersion {
  id: ReferenceSpec["id"];
  /** The stored name (English in every language, like "Article"); display names in `label`. */
  name: string;
  label: Text;
  note: Text;
  ownAccount: boolean;
  /** The latest date among the figures it maps onto the lines. */
  savedAt: string;
  /** US dollars per line; null where the source gives no figure ("—", never 0). */
  amounts: Record<CategoryId, number | null>;
  /** The evidence rows behind each amount (empty where null). */
  rows: Record<CategoryId, readonly EvidenceRow[]>;
  beyond: readonly EvidenceRow[];
  /** How many of the eight lines the source covers. */
  covered: number;
}

function build(spec: ReferenceSpec): ReferenceVersion {
  const amounts = {} as Record<CategoryId, number | null>;
  const rows = {} as Record<CategoryId, readonly EvidenceRow[]>;
  for (const id of CATEGORY_IDS) {
    const lineRows = (spec.lines[id] ?? []).map(evidenceById);
    rows[id] = lineRows;
    amounts[id] = lineRows.length === 0 ? null : lineRows.reduce((sum, r) => sum + (r.value ?? NaN), 0);
  }
  const dates = CATEGORY_IDS.flatMap((id) => rows[id].map((r) => r.date)).sort();
  return {
    id: spec.id,
    name: spec.name.en,
    label: spec.name,
    note: spec.note,
    ownAccount: spec.ownAccount,
    savedAt: dates[dates.length - 1],
    amounts,
    rows,
    beyond: spec.beyond.map(evidenceById),
    covered: CATEGORY_IDS.filter((id) => amounts[id] !== null).length,
  };
}

export const REFERENCE_VERSIONS: readonly ReferenceVersion[] = SPECS.map(build);

export interface PartialTotal {
  /** The sum of the covered lines only. */
  amount: number;
  covered: number;
  lines: number;
  partial: boolean;
}

/** A reference version's total: the covered lines added, said to be partial when some are "—". */
export function referenceTotal(version: ReferenceVersion): PartialTotal {
  const values = CATEGORY_IDS.map((id) => version.amounts[id]).filter((v): v is number => v !== null);
  return {
    amount: values.reduce((a, b) => a + b, 0),
    covered: values.length,
    lines: CATEGORY_IDS.length,
    partial: values.length < CATEGORY_IDS.length,
  };
}
