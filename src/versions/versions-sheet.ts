// The Versions sheet (where versions are stored) as rows: a visible block a user can read, audit and edit by hand.
//
//   row 1  title
//   row 2  "schema" | 2 | what the sheet is
//   row 3  column labels in the user's language (for people; never read back)
//   row 4  column keys: name, note, savedAt, the eight category ids, ftt_tokens,
//          ftt_price_before, ftt_price_after, then each category's <id>_low and <id>_high (the
//          header the add-in reads, in any order)
//   row 5… one version per row; amounts in US dollars; ftt_drop is a formula over the drivers
//
// A sheet of schema 1 has no range columns: its versions load with the article's default ranges
// assumed (Version.assumedRanges), and the first version written to it adds the range columns to
// the right of the sheet's last column and sets its schema to 2, leaving every other cell as it was.
//
// Reading is forgiving where it can be and precise where it cannot: a damaged row is reported
// (row, column, problem) and skipped, never rewritten; a damaged header or a newer schema blocks
// writes, since a write could then land in the wrong column.

import { CATEGORIES, CATEGORY_IDS, fttLossFormula, type CategoryId, type Locale } from "../model";
import { columnLetters } from "../sheet/address";
import { entryFor, gaplessWrites, type Entry, type RangeWrite } from "../sheet/blocks";
import { TEXT } from "../template/text";
import { joined, say, inWords, type Message } from "./message";
import { nameKey } from "./names";
import {
  SCHEMA_VERSION,
  checkName,
  checkSavedAt,
  isArticleName,
  makeVersion,
  type Version,
} from "./version";

export const VERSIONS_SHEET = "Versions";
export const SCHEMA_LABEL = "schema";
export const HEADER_ROW = 4;

export const DRIVER_KEYS = ["ftt_tokens", "ftt_price_before", "ftt_price_after"] as const;
/** The columns every schema has. */
export const BASE_KEYS = ["name", "note", "savedAt", ...CATEGORY_IDS, ...DRIVER_KEYS] as const;
export type BaseKey = (typeof BASE_KEYS)[number];
/** Each line's low and high (schema 2): "luna_low", "luna_high". */
export type RangeKey = `${CategoryId}_${"low" | "high"}`;
export const rangeKey = (id: CategoryId, side: "low" | "high"): RangeKey => `${id}_${side}`;
export const RANGE_KEYS: readonly RangeKey[] = CATEGORY_IDS.flatMap((id) => [rangeKey(id, "low"), rangeKey(id, "high")]);
export const COLUMN_KEYS: readonly ColumnKey[] = [...BASE_KEYS, ...RANGE_KEYS];
export type ColumnKey = BaseKey | RangeKey;
/** 1-based column of each key; the range keys are absent on a sheet of schema 1. */
export type Columns = Record<BaseKey, number> & Partial<Record<RangeKey, number>>;

export interface Issue {
  /** 1-based sheet row, when the problem is in one row. */
  row?: number;
  message: Message;
}

/** A rectangle of the sheet as Excel hands it back (used range values and formulas). */
export interface SheetGrid {
  /** 1-based row and column of values[0][0]. */
  top: number;
  left: number;
  values: readonly (readonly unknown[])[];
  formulas: readonly (readonly unknown[])[];
}

export interface StoredVersion {
  version: Version;
  row: number;
}

export interface SheetRead {
  versions: StoredVersion[];
  issues: Issue[];
  /** Why nothing may be written (a damaged header, a newer schema); undefined when writable. */
  blocked?: Message;
  /** 1-based column of each key (present unless blocked by the header). */
  columns?: Columns;
  /** The last row holding anything; a new version goes below it. */
  lastRow: number;
  /** The last column of the used range: range columns added to a schema 1 sheet go right of it. */
  lastColumn?: number;
  /** The cell holding the schema number, when there is one. */
  schemaCell?: string;
}

const EXCEL_ERROR = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|BUSY!|CONNECT!|UNKNOWN!|PYTHON!|EXTERNAL!)$/;

const isBlank = (x: unknown) => x === undefined || x === null || (typeof x === "string" && x.trim() === "");
const keyText = (x: unknown) => (typeof x === "string" ? x.trim().toLowerCase() : "");

/** Excel's serial day number (1900 date system) as an ISO date: what a typed date turns into. */
function serialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return undefined;
  const ms = Math.round((serial - 25569) * 86400000);
  const iso = new Date(ms).toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

function whatIsWrongWithNumber(column: string, x: unknown): Message {
  if (isBlank(x)) {
    return say(
      `column ${column} is blank (a version needs every amount; type 0 for none)`,
      `列 ${column} が空白です(バージョンにはすべての金額が必要です。ない場合は 0 と入力してください)`,
    );
  }
  if (typeof x === "string" && EXCEL_ERROR.test(x.trim())) {
    return say(`column ${column} holds the error ${x.trim()}`, `列 ${column} にエラー ${x.trim()} が入っています`);
  }
  const what = inWords(x);
  if (typeof x === "string") {
    return say(`column ${column}: ${what.en} is text where a number belongs`, `列 ${column}: 数値ではなく${what.ja}が入っています`);
  }
  if (typeof x === "number") return say(`column ${column}: ${x} is not a usable number`, `列 ${column}: ${x} は使える数値ではありません`);
  return say(
    `column ${column}: ${what.en} is the wrong type (a number belongs here)`,
    `列 ${column}: ${what.ja}は種類が違います(数値を入れてください)`,
  );
}

/** The row naming the most columns: row 3's labels ("Name", "Note") must not be taken for it. */
function findHeader(grid: SheetGrid): number | undefined {
  const keys = new Set(COLUMN_KEYS.map((k) => k.toLowerCase()));
  let best: number | undefined;
  let bestCount = 0;
  grid.values.forEach((row, i) => {
    if (!row.some((cell) => keyText(cell) === "name")) return;
    const count = row.filter((cell) => keys.has(keyText(cell))).length;
    if (count > bestCount) [best, bestCount] = [i, count];
  });
  return best;
}

function readColumns(header: readonly unknown[], left: number): { columns?: Columns; problem?: Message } {
  const found = new Map<string, number[]>();
  header.forEach((cell, i) => {
    const key = keyText(cell);
    if (key) found.set(key, [...(found.get(key) ?? []), left + i]);
  });
  // The range columns come all together (schema 2) or not at all (schema 1).
  const ranges = RANGE_KEYS.some((k) => found.has(k.toLowerCase()));
  const missing = (ranges ? COLUMN_KEYS : BASE_KEYS).filter((k) => !found.has(k.toLowerCase()));
  const doubled = COLUMN_KEYS.filter((k) => (found.get(k.toLowerCase()) ?? []).length > 1);
  if (missing.length > 0) {
    const many = missing.length > 1;
    return {
      problem: say(
        `The Versions sheet's header row has no ${missing.map((k) => `"${k}"`).join(", ")} column` +
          `${many ? "s" : ""}. Restore ${many ? "them" : "it"} (the add-in reads ` +
          "columns by these names); until then no version can be read or saved. Nothing was changed.",
        `Versions シートの見出し行に${missing.map((k) => `「${k}」`).join("、")}の列がありません。` +
          "アドインはこの列名で列を読むため、元に戻すまでバージョンの読み込みも保存もできません。何も変更していません。",
      ),
    };
  }
  if (doubled.length > 0) {
    return {
      problem: say(
        `The Versions sheet's header row has ${doubled.map((k) => `"${k}"`).join(", ")} more than once, so ` +
          "the add-in cannot tell which column to use. Rename or remove the extra column; nothing was changed.",
        `Versions シートの見出し行に${doubled.map((k) => `「${k}」`).join("、")}が複数あり、どの列を使うか決められません。` +
          "余分な列の名前を変えるか削除してください。何も変更していません。",
      ),
    };
  }
  const columns = {} as Columns;
  for (const k of ranges ? COLUMN_KEYS : BASE_KEYS) columns[k] = (found.get(k.toLowerCase()) ?? [0])[0];
  return { columns };
}

function readSchema(grid: SheetGrid, headerIndex: number): { issue?: Message; blocked?: Message; cell?: string } {
  for (let r = 0; r < headerIndex; r++) {
    const row = grid.values[r];
    const at = row.findIndex((cell) => keyText(cell) === SCHEMA_LABEL);
    if (at < 0) continue;
    const value = row[at + 1];
    const cell = `${columnLetters(grid.left + at + 1)}${grid.top + r}`;
    if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
      const what = inWords(value);
      const sheetRow = grid.top + r;
      return {
        issue: say(
          `The Versions sheet's schema number (next to "schema", row ${sheetRow}) is ${what.en}, not a whole number; reading it as schema ${SCHEMA_VERSION}.`,
          `Versions シートの schema 番号(${sheetRow} 行目の「schema」の右)が${what.ja}で、整数ではありません。schema ${SCHEMA_VERSION} として読みます。`,
        ),
        cell,
      };
    }
    if (value > SCHEMA_VERSION) {
      return {
        blocked: say(
          `The Versions sheet was written by a newer release of the add-in (schema ${value}; this one ` +
            `reads up to ${SCHEMA_VERSION}). Update the add-in to use these versions; nothing was changed.`,
          `Versions シートは新しいリリースのアドインで書かれています(schema ${value}。このリリースが読めるのは ` +
            `${SCHEMA_VERSION} まで)。これらのバージョンを使うにはアドインを更新してください。何も変更していません。`,
        ),
      };
    }
    return { cell };
  }
  return {
    issue: say(
      `The Versions sheet has no "schema" cell above its header; reading it as schema ${SCHEMA_VERSION}.`,
      `Versions シートの見出しより上に「schema」のセルがありません。schema ${SCHEMA_VERSION} として読みます。`,
    ),
  };
}

function lastUsedRow(grid: SheetGrid): number {
  for (let r = grid.values.length - 1; r >= 0; r--) {
    if (grid.values[r].some((cell) => !isBlank(cell))) return grid.top + r;
  }
  return grid.top - 1;
}

/** Reads every version it can; each problem becomes an Issue naming its row and column. */
export function readVersionsSheet(grid: SheetGrid): SheetRead {
  const lastRow = Math.max(lastUsedRow(grid), HEADER_ROW);
  const headerIndex = findHeader(grid);
  if (headerIndex === undefined) {
    const blocked = say(
      'The Versions sheet has no header row (a row with "name", "note", "savedAt" and the category ' +
        "columns), so it cannot be read. Restore it, or rename the sheet to start a new Versions sheet; " +
        "nothing was changed.",
      "Versions シートに見出し行(「name」「note」「savedAt」と損失原因の列名が並ぶ行)がないため、読み込めません。" +
        "見出し行を元に戻すか、シート名を変えて新しい Versions シートを始めてください。何も変更していません。",
    );
    return { versions: [], issues: [{ message: blocked }], blocked, lastRow };
  }
  const issues: Issue[] = [];
  const schema = readSchema(grid, headerIndex);
  if (schema.blocked) return { versions: [], issues: [{ message: schema.blocked }], blocked: schema.blocked, lastRow };
  if (schema.issue) issues.push({ message: schema.issue });
  const { columns, problem } = readColumns(grid.values[headerIndex], grid.left);
  if (!columns) {
    const why = problem ?? say("", "");
    return { versions: [], issues: [...issues, { message: why }], blocked: why, lastRow };
  }

  const versions: StoredVersion[] = [];
  const firstRowOf = new Map<string, number>();
  const lastColumn = grid.left + Math.max(0, ...grid.values.map((r) => r.length)) - 1;
  for (let r = headerIndex + 1; r < grid.values.length; r++) {
    const row = grid.top + r;
    const cell = (key: ColumnKey) => {
      const c = columns[key];
      return c === undefined ? undefined : grid.values[r][c - grid.left];
    };
    const formula = (key: ColumnKey) => {
      const c = columns[key];
      return c === undefined ? undefined : grid.formulas[r]?.[c - grid.left];
    };
    if (COLUMN_KEYS.every((k) => isBlank(cell(k)))) continue;
    const read = readRow(cell, formula);
    const named = typeof cell("name") === "string" && !isBlank(cell("name")) ? String(cell("name")).trim() : undefined;
    if ("problems" in read) {
      const why = joined(read.problems, "; ", "。");
      issues.push({
        row,
        message: say(
          `Versions sheet, row ${row}${named ? ` ("${named}")` : ""} is skipped: ${why.en}.`,
          `Versions シートの ${row} 行目${named ? `(「${named}」)` : ""}、${why.ja}。この行は読み飛ばしました(変更していません)。`,
        ),
      });
      continue;
    }
    const key = nameKey(read.version.name);
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      issues.push({
        row,
        message: say(
          `Versions sheet, rows ${first} and ${row} are both named "${read.version.name}"; row ${row} is ` +
            "skipped until one of them is renamed.",
          `Versions シートの ${first} 行目と ${row} 行目がどちらも「${read.version.name}」という名前です。` +
            `どちらかの名前を変えるまで ${row} 行目は読み飛ばします(変更していません)。`,
        ),
      });
      continue;
    }
    firstRowOf.set(key, row);
    versions.push({ version: read.version, row });
  }
  const assumed = versions.filter((v) => v.version.assumedRanges.length === CATEGORY_IDS.length).map((v) => `"${v.version.name}"`);
  if (assumed.length > 0) {
    issues.push({
      message: say(
        `${assumed.join(", ")} ${assumed.length > 1 ? "were" : "was"} saved before versions kept a Low and High per line: ` +
          "the article's default ranges are assumed (widened where an estimate falls outside).",
        `${assumed.join("、")}は、バージョンが行ごとの下限・上限を保存する前に保存されたため、記事の既定の範囲を仮定します` +
          "(推定が範囲の外にある場合は広げます)。",
      ),
    });
  }
  return { versions, issues, columns, lastRow, lastColumn, schemaCell: schema.cell };
}

function readRow(
  cell: (key: ColumnKey) => unknown,
  formula: (key: ColumnKey) => unknown,
): { version: Version } | { problems: Message[] } {
  const problems: Message[] = [];
  const name = cell("name");
  if (typeof name !== "string" || isBlank(name)) {
    const what = inWords(name);
    problems.push(
      isBlank(name)
        ? say("column name is blank", "列 name が空白です")
        : say(`column name: ${what.en} is the wrong type (text belongs here)`, `列 name: ${what.ja}は種類が違います(文字列を入れてください)`),
    );
  } else if (isArticleName(name)) {
    problems.push(say(`"${name.trim()}" is the name of the built-in article version`, `「${name.trim()}」は組み込みの記事バージョンの名前です`));
  } else {
    const checked = checkName(name);
    if (!checked.ok) problems.push(say(`column name: ${checked.error.en.replace(/\.$/, "")}`, `列 name: ${checked.error.ja.replace(/。$/, "")}`));
  }
  const noteCell = cell("note");
  const note = isBlank(noteCell) ? "" : typeof noteCell === "string" ? noteCell : String(noteCell);
  let savedAt = cell("savedAt");
  if (typeof savedAt === "number") savedAt = serialToIso(savedAt) ?? savedAt;
  if (!checkSavedAt(savedAt).ok) {
    const what = inWords(savedAt);
    problems.push(
      isBlank(savedAt)
        ? say("column savedAt is blank", "列 savedAt が空白です")
        : say(
            `column savedAt: ${what.en} is not an ISO date such as "2024-05-31"`,
            `列 savedAt: ${what.ja}は「2024-05-31」のような ISO 形式の日付ではありません`,
          ),
    );
  }
  const amounts: Partial<Record<CategoryId, unknown>> = {};
  for (const id of CATEGORY_IDS) {
    const x = cell(id);
    if (id === "ftt_drop") {
      // The stored formula follows the drivers; only a number typed over it is checked against them.
      const f = formula(id);
      if (!(typeof f === "string" && f.startsWith("=")) && !isBlank(x)) {
        if (typeof x === "number" && Number.isFinite(x)) amounts[id] = x;
        else problems.push(whatIsWrongWithNumber(id, x));
      }
      continue;
    }
    if (typeof x === "number" && Number.isFinite(x)) amounts[id] = x;
    else problems.push(whatIsWrongWithNumber(id, x));
  }
  const drivers = DRIVER_KEYS.map((k) => {
    const x = cell(k);
    if (typeof x === "number" && Number.isFinite(x)) {
      if (x < 0) problems.push(say(`column ${k}: ${x} is negative`, `列 ${k}: ${x} は負の数です`));
      return x;
    }
    problems.push(whatIsWrongWithNumber(k, x));
    return 0;
  });
  if (problems.length > 0) return { problems };
  const ranges = Object.fromEntries(
    CATEGORY_IDS.map((id) => [id, { low: cell(rangeKey(id, "low")), high: cell(rangeKey(id, "high")) }]),
  ) as Record<CategoryId, { low: unknown; high: unknown }>;
  const made = makeVersion({
    name,
    note,
    savedAt,
    amounts,
    ftt: { tokens: drivers[0], priceBefore: drivers[1], priceAfter: drivers[2] },
    ranges,
  });
  if (!made.ok) return { problems: [say(made.error.en.replace(/\.$/, ""), made.error.ja.replace(/。$/, ""))] };
  return { version: made.value };
}

// Text cells are formatted as Text ("@") before they are written, so Excel keeps a name such as
// "2024", "1e5", "Jan 5" or "=A1" exactly as typed instead of reading a number, date or formula.
const FORMATS: Record<ColumnKey, string> = {
  name: "@",
  note: "@",
  savedAt: "@",
  ...(Object.fromEntries(CATEGORY_IDS.map((id) => [id, "#,##0.00"])) as Record<CategoryId, string>),
  ...(Object.fromEntries(RANGE_KEYS.map((k) => [k, "#,##0.00"])) as Record<RangeKey, string>),
  ftt_tokens: "#,##0.####",
  ftt_price_before: "$#,##0.00##",
  ftt_price_after: "$#,##0.00##",
};

/** The cells of one version in its row, as few writes as the column order allows; a user's own
 * column in between is left alone. */
export function versionRowWrites(version: Version, row: number, columns: Columns): RangeWrite[] {
  const at = (k: ColumnKey) => `${columnLetters(columns[k] ?? 0)}${row}`;
  const entry = (k: ColumnKey): Entry => {
    switch (k) {
      case "name":
        return version.name;
      case "note":
        return version.note;
      case "savedAt":
        return version.savedAt;
      case "ftt_tokens":
        return version.ftt.tokens;
      case "ftt_price_before":
        return version.ftt.priceBefore;
      case "ftt_price_after":
        return version.ftt.priceAfter;
      case "ftt_drop":
        // A native formula over the drivers, so it works without the add-in.
        return `=${fttLossFormula(at("ftt_tokens"), at("ftt_price_before"), at("ftt_price_after"))}`;
      default: {
        const range = /^(.*)_(low|high)$/.exec(k);
        if (range) return version.ranges[range[1] as CategoryId][range[2] as "low" | "high"];
        return version.amounts[k as CategoryId];
      }
    }
  };
  // A schema 1 sheet's columns lack the ranges: target() adds them (rangeColumnWrites) first.
  const keys = COLUMN_KEYS.filter((k) => columns[k] !== undefined);
  return gaplessWrites(keys.map((k) => ({ address: at(k), entry: entry(k), format: FORMATS[k] })));
}

/** On a sheet of schema 1: the range columns added right of its last column (labels in row 3, keys
 * in row 4) and the schema number set to 2, so a version written next keeps its ranges. */
export function rangeColumnWrites(read: SheetRead, locale: Locale): { columns: Columns; writes: RangeWrite[] } | undefined {
  if (!read.columns || RANGE_KEYS.every((k) => read.columns?.[k] !== undefined)) return undefined;
  const first = (read.lastColumn ?? 0) + 1;
  const labels = columnLabels(locale);
  const columns: Columns = { ...read.columns };
  RANGE_KEYS.forEach((k, i) => (columns[k] = first + i));
  const span = `${columnLetters(first)}${HEADER_ROW - 1}:${columnLetters(first + RANGE_KEYS.length - 1)}${HEADER_ROW}`;
  const formulas = [RANGE_KEYS.map((k) => entryFor({ address: "A1", value: labels[k] })), [...RANGE_KEYS]];
  const writes: RangeWrite[] = [{ address: span, formulas, numberFormats: formulas.map((r) => r.map(() => "General")) }];
  if (read.schemaCell) writes.push({ address: read.schemaCell, formulas: [[SCHEMA_VERSION]] });
  return { columns, writes };
}

/** The name cell alone: what a rename writes. */
export function nameWrite(name: string, row: number, columns: Columns): RangeWrite {
  return { address: `${columnLetters(columns.name)}${row}`, formulas: [[name]], numberFormats: [["@"]] };
}

const SHEET_TEXT: Record<Locale, { title: string; about: string; name: string; note: string; savedAt: string; dollars: string; low: string; high: string }> = {
  en: {
    title: "FTX Loss Model: saved versions",
    about:
      "Written by the FTX Loss Model add-in: one version per row from row 5, amounts in US dollars. " +
      "You may edit values; keep the column names in row 4. The ftt_drop column follows the three FTT columns.",
    name: "Name",
    note: "Note",
    savedAt: "Saved (ISO date)",
    dollars: "US$",
    low: "low",
    high: "high",
  },
  ja: {
    title: "FTX損失モデル:保存したバージョン",
    about:
      "FTX損失モデル アドインが書き込みます。5行目から1行に1バージョン、金額は米ドル。" +
      "値は編集できますが、4行目の列名は変えないでください。ftt_drop列はFTTの3列から計算されます。",
    name: "名前",
    note: "メモ",
    savedAt: "保存日時(ISO)",
    dollars: "ドル",
    low: "下限",
    high: "上限",
  },
};

/** A new Versions sheet: rows 1–4, columns A onward in COLUMN_KEYS order, and its look. */
export interface NewVersionsSheet {
  name: string;
  writes: RangeWrite[];
  columns: Columns;
  /** The labels and keys rows, in bold. */
  bold: string;
  /** Name, note and date columns widened to this many points. */
  wide: { columns: string; points: number };
  freezeRows: number;
}

/** Each column's label in row 3, for people (never read back). */
function columnLabels(locale: Locale): Record<ColumnKey, string> {
  const t = SHEET_TEXT[locale];
  const drivers = TEXT[locale].fttDrivers;
  return {
    name: t.name,
    note: t.note,
    savedAt: t.savedAt,
    ...(Object.fromEntries(CATEGORIES.map((c) => [c.id, `${c.label[locale]} (${t.dollars})`])) as Record<CategoryId, string>),
    ...(Object.fromEntries(
      CATEGORIES.flatMap((c) =>
        (["low", "high"] as const).map((side) => [rangeKey(c.id, side), `${c.label[locale]}: ${t[side]} (${t.dollars})`]),
      ),
    ) as Record<RangeKey, string>),
    ftt_tokens: drivers.tokens.label,
    ftt_price_before: drivers.priceBefore.label,
    ftt_price_after: drivers.priceAfter.label,
  };
}

export function newSheetWrites(locale: Locale): NewVersionsSheet {
  const t = SHEET_TEXT[locale];
  const labels = columnLabels(locale);
  const width = COLUMN_KEYS.length;
  const pad = (cells: Entry[]) => [...cells, ...new Array<Entry>(width - cells.length).fill("")];
  const text = (row: number, value: string): Entry => entryFor({ address: `A${row}`, value });
  const formulas = [
    pad([text(1, t.title)]),
    pad([SCHEMA_LABEL, SCHEMA_VERSION, text(2, t.about)]),
    COLUMN_KEYS.map((k) => text(3, labels[k])),
    COLUMN_KEYS.map((k) => text(4, k)),
  ];
  const columns = Object.fromEntries(COLUMN_KEYS.map((k, i) => [k, i + 1])) as Columns;
  const last = columnLetters(width);
  return {
    name: VERSIONS_SHEET,
    writes: [{ address: `A1:${last}${HEADER_ROW}`, formulas, numberFormats: formulas.map((r) => r.map(() => "General")) }],
    columns,
    bold: `A${HEADER_ROW - 1}:${last}${HEADER_ROW}`,
    wide: { columns: `A:${columnLetters(columns.savedAt)}`, points: 120 },
    freezeRows: HEADER_ROW,
  };
}
