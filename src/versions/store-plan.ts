// The versions store decided: a snapshot of the workbook (the Versions sheet's used range and,
// for a save or an apply, the active model sheet) in; the writes, or a refusal, out. Naming the
// automatic "before …" version, restoring the FTT formula and reading text inputs all happen
// here; src/excel/versions-store.ts only reads the snapshot and queues what this returns.
//
// A refusal is decided before anything is queued, so it changes nothing.

import { type Locale } from "../model";
import type { RangeWrite } from "../sheet/blocks";
import { MODEL_LAYOUT } from "../template/layout";
import { articleVersion } from "./article";
import { say, type Message } from "./message";
import {
  changesCells,
  formulasInInputs,
  fttLineFormula,
  modelWrites,
  readModelInputs,
  type InputFormula,
  type ModelSnapshot,
} from "./model-sheet-snapshot";
import { NAME_MAX, NUMBER_ROOM, fitName } from "./names";
import { applyRefused, referenceNamed } from "./reference";
import {
  ARTICLE_DISPLAY_NAME,
  checkName,
  isArticleName,
  makeVersion,
  sameInputs,
  sameName,
  type Version,
} from "./version";
import {
  HEADER_ROW,
  nameWrite,
  newSheetWrites,
  readVersionsSheet,
  versionRowWrites,
  rangeColumnWrites,
  type Columns,
  type Issue,
  type NewVersionsSheet,
  type SheetGrid,
  type SheetRead,
} from "./versions-sheet";

export type RefusalCode = "exists" | "notFound" | "notModel" | "blocked" | "invalid";

/** Why an operation changes nothing, in words the user can act on. */
export interface Refusal {
  code: RefusalCode;
  text: Message;
}

/** What one sync reads. */
export interface StoreSnapshot {
  /** The Versions sheet's used range; null when the workbook has no Versions sheet. */
  versionsSheet: SheetGrid | null;
  /** The active sheet, read as a model sheet (save and apply only). */
  model?: ModelSnapshot;
}

/** What one sync writes. */
export interface StoreWrites {
  /** Add the Versions sheet first, with its header. */
  newVersionsSheet?: NewVersionsSheet;
  /** To the Versions sheet. */
  versions: RangeWrite[];
  /** A row of the Versions sheet to delete (the rows below move up). */
  deleteRow?: number;
  /** To the active model sheet. */
  model: RangeWrite[];
}

export type Planned<T> = { ok: true; value: T; writes: StoreWrites; notices: Message[] } | { ok: false; refusal: Refusal };

const refused = (code: RefusalCode, text: Message): { ok: false; refusal: Refusal } => ({ ok: false, refusal: { code, text } });

const notFound = (name: string) =>
  refused(
    "notFound",
    say(
      `No version named "${name}" (it may have been renamed or deleted).`,
      `「${name}」という名前のバージョンはありません(名前が変わったか、削除された可能性があります)。`,
    ),
  );

const exists = (name: string) =>
  refused("exists", say(`A version named "${name}" already exists.`, `「${name}」という名前のバージョンはすでにあります。`));

const EMPTY_READ: SheetRead = { versions: [], issues: [], lastRow: HEADER_ROW };

export const readStore = (s: StoreSnapshot): SheetRead => (s.versionsSheet ? readVersionsSheet(s.versionsSheet) : EMPTY_READ);

export interface VersionsState {
  /** Stored versions in sheet order (the built-in article version is not among them). */
  versions: Version[];
  issues: Issue[];
  /** Why the Versions sheet cannot be written to, if it cannot. */
  blocked?: Message;
  sheetExists: boolean;
}

export function versionsState(s: StoreSnapshot): VersionsState {
  const read = readStore(s);
  return { versions: read.versions.map((v) => v.version), issues: read.issues, blocked: read.blocked, sheetExists: s.versionsSheet !== null };
}

const findStored = (read: SheetRead, name: string) => read.versions.find((s) => sameName(s.version.name, name));

/** Where the next version goes and the columns to write, creating the sheet when missing. */
function target(
  s: StoreSnapshot,
  read: SheetRead,
  locale: Locale,
): { ok: true; columns: Columns; nextRow: number; newSheet?: NewVersionsSheet; migrate: RangeWrite[] } | { ok: false; refusal: Refusal } {
  if (read.blocked) return refused("blocked", read.blocked);
  if (s.versionsSheet && read.columns) {
    // A schema 1 sheet gains its range columns before a version is written to it.
    const added = rangeColumnWrites(read, locale);
    return { ok: true, columns: added?.columns ?? read.columns, nextRow: read.lastRow + 1, migrate: added?.writes ?? [] };
  }
  const newSheet = newSheetWrites(locale);
  return { ok: true, columns: newSheet.columns, nextRow: HEADER_ROW + 1, newSheet, migrate: [] };
}

const noWrites = (): StoreWrites => ({ versions: [], model: [] });

/** Whether a plan writes nothing (an apply onto a sheet that already holds the version): the
 * Office layer then makes no round trip. */
export const writesNothing = (w: StoreWrites): boolean =>
  !w.newVersionsSheet && w.versions.length === 0 && w.deleteRow === undefined && w.model.length === 0;

/** A version in its own row: a new row below the others, or the row of the version it replaces. */
function store(s: StoreSnapshot, version: Version, replace: boolean, locale: Locale): { ok: true; writes: StoreWrites } | { ok: false; refusal: Refusal } {
  const read = readStore(s);
  const existing = findStored(read, version.name);
  if (existing && !replace) return exists(existing.version.name);
  const t = target(s, read, locale);
  if (!t.ok) return t;
  const row = existing?.row ?? t.nextRow;
  const versions = [...t.migrate, ...versionRowWrites(version, row, t.columns)];
  return { ok: true, writes: { ...noWrites(), newVersionsSheet: t.newSheet, versions } };
}

/** A name as a request gives it: checked before anything is read. */
export function checkRequestName(name: unknown): Refusal | undefined {
  const checked = checkName(name);
  return checked.ok ? undefined : { code: "invalid", text: checked.error };
}

export interface SaveRequest {
  name: string;
  note?: string;
  /** Replace a version of the same name (the UI asks the user first). */
  replace: boolean;
}

/** Saves the active model sheet's inputs as a version. `now`: an ISO date-time. */
export function planSave(s: StoreSnapshot, request: SaveRequest, locale: Locale, now: string): Planned<Version> {
  const name = checkName(request.name);
  if (!name.ok) return refused("invalid", name.error);
  if (!s.model) throw new Error("A save reads the model sheet.");
  const inputs = readModelInputs(s.model);
  if (!inputs.ok) return refused("notModel", inputs.error);
  const made = makeVersion({
    name: name.value,
    note: request.note ?? "",
    savedAt: now,
    amounts: inputs.value.amounts,
    ftt: inputs.value.ftt,
    ranges: inputs.value.ranges,
  });
  if (!made.ok) return refused("invalid", made.error);
  const stored = store(s, made.value, request.replace, locale);
  if (!stored.ok) return stored;
  // A sheet of the earlier layout already says why its ranges are assumed (EARLIER_LAYOUT).
  return { ok: true, value: made.value, writes: stored.writes, notices: inputs.value.notices };
}

/** Stores a version that came from elsewhere (an imported JSON file). */
export function planImport(s: StoreSnapshot, version: Version, replace: boolean, locale: Locale): Planned<void> {
  const name = checkName(version.name);
  if (!name.ok) return refused("invalid", name.error);
  const stored = store(s, version, replace, locale);
  return stored.ok ? { ok: true, value: undefined, writes: stored.writes, notices: assumedNotice(version) } : stored;
}

/** What the panel says of a version whose ranges were not stored (JSON of schema 1, a line left out). */
export function assumedNotice(version: Version): Message[] {
  const ids = version.assumedRanges;
  if (ids.length === 0) return [];
  return [
    say(
      `"${version.name}" has no Low and High for ${ids.join(", ")} (saved before versions kept ranges): ` +
        "the article's default ranges are assumed.",
      `「${version.name}」には ${ids.join("、")} の下限・上限がありません(範囲を保存する前のバージョンです)。記事の既定の範囲を仮定します。`,
    ),
  ];
}

export interface ApplyResult {
  /** The automatic version keeping what the model's cells showed; undefined when the sheet
   * already held the version cell for cell, formulas and text aside, and nothing was written. */
  keptAs?: string;
  /** True when a number typed over the FTT line was replaced by its formula again. */
  fttRestored: boolean;
  /** Input cells whose formula (the user's) the apply replaced; the "before" version keeps
   * the values they showed. */
  formulasReplaced: InputFormula[];
}

const BEFORE: Record<Locale, (name: string) => string> = {
  en: (name) => `before ${name}`,
  // "Bear case の適用前" but "強気の適用前": a space only after a Latin letter or digit.
  ja: (name) => `${name}${/[\x21-\x7e]$/.test(name) ? " " : ""}の適用前`,
};
/** The automatic version's name before any "(2)": "before Bear case", "記事の適用前"; a long
 * name is shortened inside, by grapheme ("before A very lo…"), leaving NUMBER_ROOM. */
export const beforeName = (name: string, locale: Locale): string =>
  fitName(isArticleName(name) ? ARTICLE_DISPLAY_NAME[locale] : name, BEFORE[locale], NAME_MAX - NUMBER_ROOM);

const BEFORE_NOTE: Record<Locale, (name: string) => string> = {
  en: (name) => `Automatic: the model's inputs before "${name}" was applied.`,
  ja: (name) => `自動保存:「${name}」を適用する前のモデルの入力。`,
};

/** The automatic version's name: "before X", or "before X (2)"… when taken by other inputs. */
function keepName(read: SheetRead, base: string, current: Version): { name: string; reuse: boolean } {
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    const taken = findStored(read, name);
    if (!taken) return { name, reuse: false };
    if (sameInputs(taken.version, current)) return { name: taken.version.name, reuse: true };
  }
}

/** Writes a version's inputs into the active model sheet, keeping the previous inputs (as the
 * sheet shows them) as an automatic version first whenever a cell changes; a formula of the
 * user's in an input is replaced, and named in the result. A sheet that already holds the version
 * cell for cell is left alone. */
export function planApply(s: StoreSnapshot, name: string, locale: Locale, now: string): Planned<ApplyResult> {
  if (!s.model) throw new Error("An apply reads the model sheet.");
  const inputs = readModelInputs(s.model);
  if (!inputs.ok) return refused("notModel", inputs.error);
  const reference = referenceNamed(name);
  if (reference) return refused("invalid", applyRefused(reference));
  const read = readStore(s);
  const version = isArticleName(name) ? articleVersion() : findStored(read, name)?.version;
  if (!version) return notFound(name);
  const displayName = isArticleName(version.name) ? ARTICLE_DISPLAY_NAME[locale] : version.name;
  const kept = makeVersion({
    name: beforeName(version.name, locale),
    note: BEFORE_NOTE[locale](displayName),
    savedAt: now,
    amounts: inputs.value.amounts,
    ftt: inputs.value.ftt,
    ranges: inputs.value.ranges,
  });
  // The sheet's inputs must make a version to be kept (a low above its estimate does not): refused,
  // changing nothing, rather than applying over inputs that could not be kept.
  if (!kept.ok) return refused("invalid", kept.error);
  const model = modelWrites(version, inputs.value.unit, inputs.value.ranges !== undefined);
  const fttLine = MODEL_LAYOUT.inputs.ftt_drop;
  if (!inputs.value.fttFollowsDrivers) {
    // A number or a formula of the user's on the FTT line would hide the applied drivers; the
    // before-version below keeps what the line showed.
    model.push({ address: fttLine, formulas: [[fttLineFormula(inputs.value.unit, s.model.articleFtt)]] });
  }
  // The sheet already holds the version, cell for cell: nothing to keep, nothing written.
  if (!changesCells(s.model, model)) {
    return { ok: true, value: { fttRestored: false, formulasReplaced: [] }, writes: noWrites(), notices: inputs.value.notices };
  }
  // Anything else changes a cell, if only a formula or a text amount into the same number: the
  // cells' values are kept first, as a new automatic version or one that holds them already.
  const current: Version = { ...kept.value, name: beforeName(version.name, locale) };
  const writes = noWrites();
  const keep = keepName(read, current.name, current);
  if (!keep.reuse) {
    const t = target(s, read, locale);
    if (!t.ok) return t;
    writes.newVersionsSheet = t.newSheet;
    writes.versions = [...t.migrate, ...versionRowWrites({ ...current, name: keep.name }, t.nextRow, t.columns)];
  }
  writes.model = model;
  const formulasReplaced = formulasInInputs(s.model, inputs.value.unit);
  const fttRestored = !inputs.value.fttFollowsDrivers && !formulasReplaced.some((f) => f.address === fttLine);
  return { ok: true, value: { keptAs: keep.name, fttRestored, formulasReplaced }, writes, notices: inputs.value.notices };
}

/** Renames a version in place (only its name cell changes). */
export function planRename(s: StoreSnapshot, from: string, to: string, locale: Locale): Planned<string> {
  const name = checkName(to);
  if (!name.ok) return refused("invalid", name.error);
  const read = readStore(s);
  const stored = findStored(read, from);
  if (!stored) return notFound(from);
  const clash = findStored(read, name.value);
  if (clash && clash !== stored) return exists(clash.version.name);
  const t = target(s, read, locale);
  if (!t.ok) return t;
  return { ok: true, value: name.value, writes: { ...noWrites(), versions: [nameWrite(name.value, stored.row, t.columns)] }, notices: [] };
}

/** Deletes one version's row; the rows below move up, nothing else changes. */
export function planDelete(s: StoreSnapshot, name: string): Planned<void> {
  if (isArticleName(name)) {
    return refused("invalid", say("The article's version is built in and cannot be deleted.", "記事のバージョンは組み込みのため削除できません。"));
  }
  const read = readStore(s);
  const stored = findStored(read, name);
  if (!stored) return notFound(name);
  if (read.blocked) return refused("blocked", read.blocked);
  return { ok: true, value: undefined, writes: { ...noWrites(), deleteRow: stored.row }, notices: [] };
}
