// The record since the article, as readers use it: every figure resolved to its source (or its
// arithmetic), the figures for one line, the best-sourced figure of each kind for a line, and
// the headline comparison with the article's own totals.

import { formatAmount } from "../amount";
import { CATEGORIES, TOTAL } from "../categories";
import type { Locale } from "../locale";
import { ARTICLE_TOTAL, categoryKey, findLine } from "../lookup";
import { REFERENCE_TOTALS } from "../references";
import { fail, ok, type Result } from "../result";
import { FIGURES, KINDS, type Arithmetic, type EvidenceLine, type Figure, type Kind } from "./evidence";
import { SOURCES, type SourceGrade } from "./sources";

type Text = Record<Locale, string>;

export interface EvidenceRow {
  id: string;
  line: EvidenceLine;
  /** US dollars, or null when the source gives no dollar figure ("—", never 0). */
  value: number | null;
  /** A proportion stated instead of an amount (1.18 = 118%), or null. */
  ratio: number | null;
  kind: Kind;
  date: string;
  outlet: string;
  title: string;
  url: string | null;
  /** "D": derived here from other rows by the arithmetic shown. */
  grade: SourceGrade | "D";
  note: Text;
  derived: Arithmetic | null;
}

export const DERIVED_OUTLET = "Derived (FTX Loss Model)";

/** Four significant figures: how derived values are recorded and shown. */
export const roundFigure = (x: number): number => Number(x.toPrecision(4));

const byId = new Map<string, Figure>(FIGURES.map((f) => [f.id, f]));

function figure(id: string): Figure {
  const f = byId.get(id);
  if (!f) throw new Error(`evidence table: no figure ${id}`);
  return f;
}

function valueOf(id: string): number {
  const v = figure(id).value;
  if (v === null) throw new Error(`evidence table: ${id} has no value to derive from`);
  return v;
}

/** The arithmetic of a derived row, computed from its inputs' values (unrounded). */
export function compute(arithmetic: Arithmetic): number {
  const v = arithmetic.of.map(valueOf);
  switch (arithmetic.op) {
    case "sum":
      return v.reduce((a, b) => a + b, 0);
    case "difference":
      return v[0] - v[1];
    case "fall":
      return (v[0] * (v[1] - v[2])) / v[1];
  }
}

/** The arithmetic in words, with the inputs' figures: "= $3.66B + $2.16B". */
export function arithmeticText(arithmetic: Arithmetic, locale: Locale): string {
  const [a, b, c] = arithmetic.of.map((id) => formatAmount(valueOf(id), locale));
  switch (arithmetic.op) {
    case "sum":
      return "= " + arithmetic.of.map((id) => formatAmount(valueOf(id), locale)).join(" + ");
    case "difference":
      return `= ${a} − ${b}`;
    case "fall":
      return `= ${a} × (${b} − ${c}) ÷ ${b}`;
  }
}

function resolve(f: Figure): EvidenceRow {
  if ("derived" in f) {
    const dates = f.derived.of.map((id) => resolve(figure(id)).date).sort();
    return {
      id: f.id, line: f.line, value: f.value, ratio: null, kind: f.kind,
      date: dates[dates.length - 1], outlet: DERIVED_OUTLET, title: arithmeticText(f.derived, "en"),
      url: null, grade: "D", note: f.note, derived: f.derived,
    };
  }
  const s = SOURCES[f.source];
  return {
    id: f.id, line: f.line, value: f.value, ratio: f.ratio ?? null, kind: f.kind,
    date: s.date, outlet: s.outlet, title: s.title, url: s.url, grade: s.grade, note: f.note, derived: null,
  };
}

/** Every shipped figure, resolved, in table order. */
export const EVIDENCE: readonly EvidenceRow[] = FIGURES.map(resolve);

export function evidenceById(id: string): EvidenceRow {
  const row = EVIDENCE.find((r) => r.id === id);
  if (!row) throw new Error(`evidence table: no figure ${id}`);
  return row;
}

export const percent = (ratio: number): string => `${Math.round(ratio * 100)}%`;

/** A row's note in the reader's language, its ratio written in. */
export function noteText(row: EvidenceRow, locale: Locale): string {
  return row.note[locale].replace("{ratio}", row.ratio === null ? "" : percent(row.ratio));
}

export const EVIDENCE_LINES: readonly EvidenceLine[] = [...CATEGORIES.map((c) => c.id), "headline", "other"];

/** The figures that bear on one line, in table order. */
export function evidenceFor(line: EvidenceLine): EvidenceRow[] {
  return EVIDENCE.filter((r) => r.line === line);
}

const GRADE_RANK: Record<EvidenceRow["grade"], number> = { V: 0, "V-m": 1, D: 2 };

/** Per kind, the best-sourced figure with a value: read in the outlet itself before a re-post,
 * a re-post before a derivation, a linked source before an unlinked one, the later date first.
 * One per kind, in the order of KINDS, so the figures shown are never added across kinds. */
export function bestSourced(line: EvidenceLine): EvidenceRow[] {
  const best = new Map<Kind, EvidenceRow>();
  const better = (a: EvidenceRow, b: EvidenceRow): boolean =>
    GRADE_RANK[a.grade] !== GRADE_RANK[b.grade]
      ? GRADE_RANK[a.grade] < GRADE_RANK[b.grade]
      : (a.url !== null) !== (b.url !== null)
        ? a.url !== null
        : a.date > b.date;
  for (const row of evidenceFor(line)) {
    if (row.value === null) continue;
    const current = best.get(row.kind);
    if (!current || better(row, current)) best.set(row.kind, row);
  }
  return KINDS.flatMap((k) => (best.has(k) ? [best.get(k) as EvidenceRow] : []));
}

// ---- FTX.EVIDENCE ----

const LINE_NAMES: ReadonlyMap<string, EvidenceLine> = new Map(
  (
    [
      ["headline", "headline"], ["headlines", "headline"], ["見出し", "headline"], ["ヘッドライン", "headline"],
      ["other", "other"], ["unmapped", "other"], ["その他の使途", "other"], ["記事にない使途", "other"],
    ] as const
  ).map(([name, line]) => [categoryKey(name), line]),
);

/** The line a user names: a category as FTX.LOSS accepts it, "total" or "headline" for the
 * headline totals, "other" for uses of money the article has no line for. */
export function findEvidenceLine(input: unknown): Result<EvidenceLine> {
  if (typeof input === "string") {
    const named = LINE_NAMES.get(categoryKey(input));
    if (named) return ok(named);
  }
  const line = findLine(input);
  if (!line.ok) {
    if (line.error.kind !== "notAvailable") return line;
    const { message, ja } = line.error;
    return fail("notAvailable", message.replace(/\.$/, ", headline, other."), ja?.replace(/。$/, ", headline, other。"));
  }
  return ok(line.value === TOTAL.id ? "headline" : line.value);
}

export const NO_FIGURE: Text = {
  en: "No figure for this line has been published since the article.",
  ja: "記事以降、この項目についての数字は公表されていません。",
};

/** One row per figure: value (or "" when the source gives none), kind, date, outlet, title,
 * url (or ""), note. A line with no figure answers with one row saying so. */
export function evidenceTable(category: unknown, locale: Locale): Result<(string | number)[][]> {
  const line = findEvidenceLine(category);
  if (!line.ok) return line;
  const rows = evidenceFor(line.value);
  if (rows.length === 0) return ok([["", "", "", "", "", "", NO_FIGURE[locale]]]);
  return ok(
    rows.map((r) => [r.value ?? "", r.kind, r.date, r.outlet, r.title, r.url ?? "", noteText(r, locale)]),
  );
}

// ---- Headline comparison ----

/** How the figure relates to the amount: equal to it, more than it, at least it. */
export type Relation = "=" | ">" | "≥";

export interface HeadlineFigure {
  /** US dollars, or null for a ratio. */
  value: number | null;
  ratio: number | null;
  relation: Relation;
  /** null for the article's own estimate. */
  kind: Kind | null;
  /** The record row, or null for the article's own figure. */
  row: EvidenceRow | null;
  /** What the article's own figure is (null for a record figure: its row's note says). */
  label: Text | null;
}

export interface HeadlineComparison {
  id: "article" | "customer_shortfall" | "alameda_took" | "court_findings" | "distributable";
  label: Text;
  figures: HeadlineFigure[];
}

const fromRow = (id: string): HeadlineFigure => {
  const row = evidenceById(id);
  return { value: row.value, ratio: row.ratio, relation: "=", kind: row.kind, row, label: null };
};

const ALAMEDA_LOST = REFERENCE_TOTALS.find((r) => r.id === "alameda_lost");

/** The article's totals beside what later came out, each record figure with its kind. */
export function headlineComparison(): HeadlineComparison[] {
  if (!ALAMEDA_LOST) throw new Error("reference totals: no alameda_lost");
  const article = (value: number, relation: Relation, label: Text): HeadlineFigure => ({ value, ratio: null, relation, kind: null, row: null, label });
  return [
    {
      id: "article",
      label: { en: "The article's estimate (Nov 2022)", ja: "記事の推計(2022年11月)" },
      figures: [article(ARTICLE_TOTAL, "=", TOTAL.label), article(ALAMEDA_LOST.amount, ">", ALAMEDA_LOST.label)],
    },
    {
      id: "customer_shortfall",
      label: { en: "The FTX debtors: owed to customers at the petition date", ja: "FTX債務者: 破産申立て時の顧客への債務" },
      figures: ["F11a", "F11b"].map(fromRow),
    },
    {
      id: "alameda_took",
      label: { en: "Money Alameda took from the exchange", ja: "Alamedaが取引所から引き出した資金" },
      figures: ["F09", "F13a", "F12"].map(fromRow),
    },
    {
      id: "court_findings",
      label: { en: "Losses found by the court: customers, investors, lenders, total", ja: "裁判所が認定した損失: 顧客・投資家・貸し手・合計" },
      figures: ["F15a", "F15b", "F15c", "D-court"].map(fromRow),
    },
    {
      id: "distributable",
      label: { en: "Value available to distribute, and what customers get back", ja: "分配可能な価値と顧客への返済率" },
      // The plan's "at least 118%".
      figures: ["F17a", "F17b", "F18a", "F18b", "F17c"].map(fromRow).map((f) => (f.ratio === null ? f : { ...f, relation: "≥" })),
    },
  ];
}

/** In plain words, with the table's figures: much of what the article counts as lost came back. */
export function recoveredLine(locale: Locale): string {
  const amount = (id: string) => formatAmount(evidenceById(id).value ?? NaN, locale);
  const article = formatAmount(ARTICLE_TOTAL, locale);
  const ratio = percent(evidenceById("F17c").ratio ?? NaN);
  const [court, low, high] = [amount("D-court"), amount("F17a"), amount("F17b")];
  return locale === "ja"
    ? `記事は${article}を損失と数えました。裁判所は顧客・投資家・貸し手の損失を${court}と認定しましたが、` +
        `管財側は${low}〜${high}を分配できる見込みで、大半の債権者は債権額の${ratio}以上を受け取ります。` +
        "記事が損失と数えた額の多くは消えたのではなく移されたもので、後に回収されました。"
    : `The article counts ${article} as lost. The court found ${court} lost by customers, investors and ` +
        `lenders, yet the estate expects ${low} to ${high} to be available to distribute, and most ` +
        `creditors get back at least ${ratio} of their claims: much of what the article counts as lost ` +
        "was moved, not destroyed, and was later recovered.";
}
