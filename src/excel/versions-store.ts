// The versions store: the Versions sheet read and written through Office.js. Each operation
// reads what it needs in one sync and writes in a second, whatever the number of versions; a
// write touches only the row it targets (a damaged row elsewhere stays exactly as it was).
//
// A sheet that may not exist cannot be read in the same batch that finds out whether it exists
// (Office documents *OrNullObject for checking existence, not calling methods on the null object),
// so reads assume the Versions sheet is there and take Excel's ItemNotFound as "no sheet". A list
// is then one sync either way; a save or an apply must read the model again after that failed
// batch, so callers that know the sheet is missing say so and save the round trip.
//
// Office.js batches are not all-or-nothing: an apply queues the "before" row, then the model
// writes, and a failure in the second can leave the first saved. Refusals (VersionsError) are
// decided before anything is queued, so they change nothing.

import { type Locale } from "../model";
import { comparisonPlan } from "../versions/compare-plan";
import { articleVersion } from "../versions/article";
import { say, type Message } from "../versions/message";
import {
  ARTICLE_FTT_CELL,
  MODEL_LAYOUT,
  MODEL_READS,
  INPUTS_NAME,
  formulasInInputs,
  formulasMessage,
  fttLineFormula,
  modelWrites,
  readModelInputs,
  type ModelSnapshot,
} from "../versions/model-sheet";
import {
  HEADER_ROW,
  VERSIONS_SHEET,
  nameWrite,
  newSheetWrites,
  readVersionsSheet,
  versionRowWrites,
  type ColumnKey,
  type Issue,
  type RowWrite,
  type SheetRead,
} from "../versions/sheet-rows";
import { fitName } from "../versions/names";
import {
  ARTICLE_DISPLAY_NAME,
  NAME_MAX,
  checkName,
  isArticleName,
  makeVersion,
  sameInputs,
  sameName,
  type Version,
} from "../versions/version";
import { writePlan } from "./write-plan";

export type VersionsErrorCode = "exists" | "notFound" | "notModel" | "blocked" | "invalid" | "formulas";

/** A refusal in words the user can act on, decided before anything was queued: nothing in the
 * workbook was changed. `message` is the English text; `text` has every language. */
export class VersionsError extends Error {
  constructor(
    readonly code: VersionsErrorCode,
    readonly text: Message,
  ) {
    super(text.en);
    this.name = "VersionsError";
  }
}

const notFound = (name: string) =>
  new VersionsError(
    "notFound",
    say(
      `No version named "${name}" (it may have been renamed or deleted).`,
      `「${name}」という名前のバージョンはありません(名前が変わったか、削除された可能性があります)。`,
    ),
  );

const exists = (name: string) =>
  new VersionsError("exists", say(`A version named "${name}" already exists.`, `「${name}」という名前のバージョンはすでにあります。`));

export interface VersionsState {
  /** Stored versions in sheet order (the built-in article version is not among them). */
  versions: Version[];
  issues: Issue[];
  /** Why the Versions sheet cannot be written to, if it cannot. */
  blocked?: Message;
  sheetExists: boolean;
}

export interface StoreOptions {
  /** What the caller last saw; "missing" saves a round trip when a save or an apply is to create
   * the sheet. Without it the sheet is assumed to exist. */
  versionsSheet?: "exists" | "missing";
  locale?: Locale;
  now?: () => Date;
}

interface Loaded {
  read: SheetRead;
  exists: boolean;
  sheet?: Excel.Worksheet;
  model?: ModelSnapshot;
}

interface ModelRanges {
  sheet: Excel.Worksheet;
  names: Excel.NamedItemCollection;
  ids: Excel.Range;
  unit: Excel.Range;
  inputs: Excel.Range;
  drivers: Excel.Range;
  articleFtt: Excel.Range;
}

function queueModel(context: Excel.RequestContext): ModelRanges {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  const names = sheet.names;
  names.load("items/name");
  const range = (address: string, props: string) => sheet.getRange(address).load(props);
  return {
    sheet,
    names,
    ids: range(MODEL_READS.ids, "values"),
    unit: range(MODEL_READS.unit, "values"),
    inputs: range(MODEL_READS.inputs, "values, formulas"),
    drivers: range(MODEL_READS.drivers, "values, formulas"),
    articleFtt: range(ARTICLE_FTT_CELL, "formulas"),
  };
}

const snapshot = (m: ModelRanges): ModelSnapshot => ({
  sheetName: m.sheet.name,
  hasInputsName: m.names.items.some((n) => n.name === INPUTS_NAME),
  ids: m.ids.values,
  unit: m.unit.values,
  inputs: m.inputs.values,
  inputFormulas: m.inputs.formulas,
  drivers: m.drivers.values,
  driverFormulas: m.drivers.formulas,
  articleFtt: m.articleFtt.formulas[0]?.[0],
});

const EMPTY_READ: SheetRead = { versions: [], issues: [], lastRow: HEADER_ROW };

const isItemNotFound = (e: unknown) => typeof e === "object" && e !== null && (e as { code?: unknown }).code === "ItemNotFound";

/** One sync, unless a save or an apply finds the sheet missing without being told: the Versions
 * sheet's used range, and the model sheet if asked. */
async function load(context: Excel.RequestContext, withModel: boolean, options: StoreOptions): Promise<Loaded> {
  const worksheets = context.workbook.worksheets;
  if (options.versionsSheet !== "missing") {
    const sheet = worksheets.getItem(VERSIONS_SHEET);
    const used = sheet.getUsedRange(true).load("values, formulas, rowIndex, columnIndex");
    const model = withModel ? queueModel(context) : undefined;
    try {
      await context.sync();
      const read = readVersionsSheet({ top: used.rowIndex + 1, left: used.columnIndex + 1, values: used.values, formulas: used.formulas });
      return { read, exists: true, sheet, model: model && snapshot(model) };
    } catch (e) {
      if (!isItemNotFound(e)) throw e;
      // Only getItem(VERSIONS_SHEET) can be missing in this batch (the active sheet always exists).
      if (!withModel) return { read: EMPTY_READ, exists: false };
    }
  }
  const probe = worksheets.getItemOrNullObject(VERSIONS_SHEET);
  probe.load("name");
  const model = withModel ? queueModel(context) : undefined;
  await context.sync();
  if (!probe.isNullObject) return load(context, withModel, { ...options, versionsSheet: "exists" });
  return { read: EMPTY_READ, exists: false, model: model && snapshot(model) };
}

function queueWrites(sheet: Excel.Worksheet, writes: readonly RowWrite[]): void {
  for (const w of writes) {
    const range = sheet.getRange(w.address);
    range.numberFormat = w.numberFormats;
    range.formulas = w.formulas;
  }
}

/** The Versions sheet to write to, created (with its header) when missing. */
function versionsSheetFor(context: Excel.RequestContext, loaded: Loaded, locale: Locale): { sheet: Excel.Worksheet; columns: Record<ColumnKey, number> } {
  if (loaded.read.blocked) throw new VersionsError("blocked", loaded.read.blocked);
  if (loaded.exists && loaded.sheet && loaded.read.columns) return { sheet: loaded.sheet, columns: loaded.read.columns };
  const sheet = context.workbook.worksheets.add(VERSIONS_SHEET);
  const { writes, columns } = newSheetWrites(locale);
  queueWrites(sheet, writes);
  sheet.getRange(writes[0].address.replace(/^A1:/, `A${HEADER_ROW - 1}:`)).format.font.bold = true;
  sheet.getRange("A:C").format.columnWidth = 120;
  sheet.freezePanes.freezeRows(HEADER_ROW);
  return { sheet, columns };
}

function findStored(read: SheetRead, name: string) {
  return read.versions.find((s) => sameName(s.version.name, name));
}

function stateOf(loaded: Loaded): VersionsState {
  return {
    versions: loaded.read.versions.map((s) => s.version),
    issues: loaded.read.issues,
    blocked: loaded.read.blocked,
    sheetExists: loaded.exists,
  };
}

/** Every readable version and every problem found; one sync. */
export async function listVersions(context: Excel.RequestContext, options: StoreOptions = {}): Promise<VersionsState> {
  return stateOf(await load(context, false, options));
}

/** Stores a version in its own row: a new row below the others, or the row of the version it
 * replaces when `replace` is set. Two syncs. */
async function store(context: Excel.RequestContext, loaded: Loaded, version: Version, replace: boolean, locale: Locale): Promise<void> {
  const existing = findStored(loaded.read, version.name);
  if (existing && !replace) throw exists(existing.version.name);
  const { sheet, columns } = versionsSheetFor(context, loaded, locale);
  const row = existing?.row ?? (loaded.exists ? loaded.read.lastRow + 1 : HEADER_ROW + 1);
  queueWrites(sheet, versionRowWrites(version, row, columns));
  await context.sync();
}

export interface SaveRequest {
  name: string;
  note?: string;
  /** Replace a version of the same name (the UI asks the user first). */
  replace: boolean;
}

/** Saves the active model sheet's inputs as a version. */
export async function saveVersion(context: Excel.RequestContext, request: SaveRequest, options: StoreOptions = {}): Promise<Version> {
  const name = checkName(request.name);
  if (!name.ok) throw new VersionsError("invalid", name.error);
  const loaded = await load(context, true, options);
  const inputs = readModelInputs(loaded.model as ModelSnapshot);
  if (!inputs.ok) throw new VersionsError("notModel", inputs.error);
  const made = makeVersion({
    name: name.value,
    note: request.note ?? "",
    savedAt: (options.now ?? (() => new Date()))().toISOString(),
    amounts: inputs.value.amounts,
    ftt: inputs.value.ftt,
  });
  if (!made.ok) throw new VersionsError("invalid", made.error);
  const version = made.value;
  await store(context, loaded, version, request.replace, options.locale ?? "en");
  return version;
}

/** Stores a version that came from elsewhere (an imported JSON file). */
export async function importVersion(context: Excel.RequestContext, version: Version, replace: boolean, options: StoreOptions = {}): Promise<void> {
  const name = checkName(version.name);
  if (!name.ok) throw new VersionsError("invalid", name.error);
  await store(context, await load(context, false, options), version, replace, options.locale ?? "en");
}

export interface ApplyResult {
  /** The automatic version keeping the inputs the model had; undefined when nothing changed. */
  keptAs?: string;
  /** True when a number typed over the FTT line was replaced by its formula again. */
  fttRestored: boolean;
}

const BEFORE: Record<Locale, (name: string) => string> = {
  en: (name) => `before ${name}`,
  // "Bear case の適用前" but "強気の適用前": a space only after a Latin letter or digit.
  ja: (name) => `${name}${/[\x21-\x7e]$/.test(name) ? " " : ""}の適用前`,
};
/** The automatic version's name before any "(2)": "before Bear case", "記事の適用前"; a long
 * name is shortened inside ("before A very lo…"), leaving room for " (99)". */
export const beforeName = (name: string, locale: Locale): string =>
  fitName(isArticleName(name) ? ARTICLE_DISPLAY_NAME[locale] : name, BEFORE[locale], NAME_MAX - 6);

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

/** Writes a version's inputs into the active model sheet, keeping the previous inputs as an
 * automatic version first. Two syncs. Refused, changing nothing, when an input holds a formula. */
export async function applyVersion(context: Excel.RequestContext, name: string, options: StoreOptions = {}): Promise<ApplyResult> {
  const locale = options.locale ?? "en";
  const loaded = await load(context, true, options);
  const snapshot = loaded.model as ModelSnapshot;
  const inputs = readModelInputs(snapshot);
  if (!inputs.ok) throw new VersionsError("notModel", inputs.error);
  const target = isArticleName(name) ? articleVersion() : findStored(loaded.read, name)?.version;
  if (!target) throw notFound(name);
  const formulas = formulasInInputs(snapshot);
  if (formulas.length > 0) throw new VersionsError("formulas", formulasMessage(formulas));
  const shownName = isArticleName(target.name) ? ARTICLE_DISPLAY_NAME[locale] : target.name;
  const current: Version = {
    name: beforeName(target.name, locale),
    note: BEFORE_NOTE[locale](shownName),
    savedAt: (options.now ?? (() => new Date()))().toISOString(),
    amounts: inputs.value.amounts,
    ftt: inputs.value.ftt,
  };
  let keptAs: string | undefined;
  if (!sameInputs(current, target)) {
    const keep = keepName(loaded.read, current.name, current);
    keptAs = keep.name;
    if (!keep.reuse) {
      const { sheet, columns } = versionsSheetFor(context, loaded, locale);
      const row = loaded.exists ? loaded.read.lastRow + 1 : HEADER_ROW + 1;
      queueWrites(sheet, versionRowWrites({ ...current, name: keep.name }, row, columns));
    }
  }
  const model = context.workbook.worksheets.getActiveWorksheet();
  for (const w of modelWrites(target, inputs.value.unit)) model.getRange(w.address).values = w.values;
  const fttRestored = !inputs.value.fttFollowsDrivers;
  if (fttRestored) {
    // A number typed over the FTT line would hide the applied drivers; the before-version above
    // keeps what the line showed.
    const line = MODEL_LAYOUT.inputs.ftt_drop;
    model.getRange(line).formulas = [[fttLineFormula(inputs.value.unit, snapshot.articleFtt)]];
  }
  await context.sync();
  return { keptAs, fttRestored };
}

/** Renames a version in place (only its name cell changes). Two syncs. */
export async function renameVersion(context: Excel.RequestContext, from: string, to: string, options: StoreOptions = {}): Promise<string> {
  const name = checkName(to);
  if (!name.ok) throw new VersionsError("invalid", name.error);
  const loaded = await load(context, false, options);
  const stored = findStored(loaded.read, from);
  if (!stored) throw notFound(from);
  const clash = findStored(loaded.read, name.value);
  if (clash && clash !== stored) throw exists(clash.version.name);
  const { sheet, columns } = versionsSheetFor(context, loaded, options.locale ?? "en");
  queueWrites(sheet, [nameWrite(name.value, stored.row, columns)]);
  await context.sync();
  return name.value;
}

/** Deletes one version's row; the rows below move up, nothing else changes. Two syncs. */
export async function deleteVersion(context: Excel.RequestContext, name: string, options: StoreOptions = {}): Promise<void> {
  if (isArticleName(name)) {
    throw new VersionsError(
      "invalid",
      say("The article's version is built in and cannot be deleted.", "記事のバージョンは組み込みのため削除できません。"),
    );
  }
  const loaded = await load(context, false, options);
  const stored = findStored(loaded.read, name);
  if (!stored) throw notFound(name);
  const { sheet } = versionsSheetFor(context, loaded, options.locale ?? "en");
  sheet.getRange(`${stored.row}:${stored.row}`).delete("Up");
  await context.sync();
}

/** Inserts a comparison sheet of the article and the given versions (writePlan: two syncs). */
export async function compareVersions(context: Excel.RequestContext, versions: readonly Version[], locale: Locale): Promise<string> {
  return writePlan(context, comparisonPlan(versions, locale));
}
