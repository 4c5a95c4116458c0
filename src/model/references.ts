// Totals the article states but does not reconcile with its 15.5B: shown beside the analyst's
// total as separate, labelled references.
import type { Locale } from "./locale";

export interface ReferenceTotal {
  id: "incinerated" | "alameda_lost" | "user_collateral" | "profits";
  relation: ">" | "≈" | "≥";
  amount: number;
  label: Record<Locale, string>;
  /** The article's words (Japanese translation). */
  quote: string;
}

export const REFERENCE_TOTALS: readonly ReferenceTotal[] = [
  {
    id: "incinerated",
    relation: ">",
    amount: 20e9,
    label: { en: "Fund profits and user deposits incinerated", ja: "消失した基金利益とユーザー預金" },
    quote: "200億ドル以上の基金利益とFTXユーザーの預金を消失させた",
  },
  {
    id: "alameda_lost",
    relation: ">",
    amount: 15e9,
    label: { en: "Alameda probably lost", ja: "Alamedaの損失(推定)" },
    quote: "Alameda Researchは150億ドル以上の損失を被った可能性がある",
  },
  {
    id: "user_collateral",
    relation: "≈",
    amount: 8e9,
    label: { en: "FTX user collateral lost", ja: "失われたFTXユーザー担保" },
    quote: "FTXは約80億ドルのユーザー担保を失いました",
  },
  {
    id: "profits",
    relation: "≥",
    amount: 10e9,
    label: { en: "Profits from fees, venture trades and edge", ja: "手数料・リスク取引・優位性による利益" },
    quote: "AlamedaとFTXに少なくとも100億ドルの利益をもたらしました",
  },
];
