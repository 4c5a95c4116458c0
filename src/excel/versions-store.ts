// The versions store: the Versions sheet read and written through Office.js. Each operation
// reads what it needs in one sync and writes in a second, whatever the number of versions; a
// write touches only the row it targets (a damaged row elsewhere stays exactly as it was).
//
// A sheet that may not exist cannot be read in the same batch that finds out whether it exists,
// so reads assume the Versions sheet is there (the usual case) and fall back when Excel says it
// is not; callers that know it is missing say so and save that round trip.

import { type Locale } from "../model";
import { comparisonPlan } from "../versions/compare-plan";
import { articleVersion } from "../versions/article";
import {
  MODEL_READS,
  INPUTS_NAME,
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
import { NAME_MAX, checkName, isArticleName, makeVersion, sameInputs, sameName, type Version } from "../versions/version";
import { writePlan } from "./write-plan";

export type VersionsErrorCode = "exists" | "notFound" | "notModel" | "blocked" | "invalid";

/** A refusal in words the user can act on; nothing in the workbook was changed. */
export class VersionsError extends Error {
  constructor(
    readonly code: VersionsErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "VersionsError";
  }
}

export interface VersionsState {
  /** Stored versions in sheet order (the built-in article version is not among them). */
  versions: Version[];
  issues: Issue[];
  /** Why the Versions sheet cannot be written to, if it cannot. */
  blocked?: string;
  sheetExists: boolean;
}

export interface StoreOptions {
  /** What the caller last saw; "missing" saves a round trip when the sheet is to be created. */
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
    drivers: range(MODEL_READS.drivers, "values"),
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
});

const EMPTY_READ: SheetRead = { versions: [], issues: [], lastRow: HEADER_ROW };

const isItemNotFound = (e: unknown) => typeof e === "object" && e !== null && (e as { code?: unknown }).code === "ItemNotFound";

/** One sync in the usual case: the Versions sheet's used range, and the model sheet if asked. */
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
  if (existing && !replace) {
    throw new VersionsError("exists", `A version named "${existing.version.name}" already exists.`);
  }
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
  if (!name.ok) throw new VersionsError("invalid", errorText(name.error));
  const loaded = await load(context, true, options);
  const inputs = readModelInputs(loaded.model as ModelSnapshot);
  if (!inputs.ok) throw new VersionsError("notModel", errorText(inputs.error));
  const made = makeVersion({
    name: name.value,
    note: request.note ?? "",
    savedAt: (options.now ?? (() => new Date()))().toISOString(),
    amounts: inputs.value.amounts,
    ftt: inputs.value.ftt,
  });
  if (!made.ok) throw new VersionsError("invalid", errorText(made.error));
  const version = made.value;
  await store(context, loaded, version, request.replace, options.locale ?? "en");
  return version;
}

/** Stores a version that came from elsewhere (an imported JSON file). */
export async function importVersion(context: Excel.RequestContext, version: Version, replace: boolean, options: StoreOptions = {}): Promise<void> {
  const name = checkName(version.name);
  if (!name.ok) throw new VersionsError("invalid", errorText(name.error));
  await store(context, await load(context, false, options), version, replace, options.locale ?? "en");
}

export interface ApplyResult {
  /** The automatic version keeping the inputs the model had; undefined when nothing changed. */
  keptAs?: string;
  /** False when the FTT line holds a typed number, so the applied drivers do not show there. */
  fttFollowsDrivers: boolean;
}

const BEFORE: Record<Locale, (name: string) => string> = {
  en: (name) => `before ${name}`,
  ja: (name) => `${name} の適用前`,
};
const BEFORE_NOTE: Record<Locale, (name: string) => string> = {
  en: (name) => `Automatic: the model's inputs before "${name}" was applied.`,
  ja: (name) => `自動保存:「${name}」を適用する前のモデルの入力。`,
};

/** The automatic version's name: "before X", or "before X (2)"… when taken by other inputs. */
function keepName(read: SheetRead, base: string, current: Version): { name: string; reuse: boolean } {
  const trimmed = base.length > NAME_MAX - 6 ? base.slice(0, NAME_MAX - 6) : base;
  for (let n = 1; ; n++) {
    const name = n === 1 ? trimmed : `${trimmed} (${n})`;
    const taken = findStored(read, name);
    if (!taken) return { name, reuse: false };
    if (sameInputs(taken.version, current)) return { name: taken.version.name, reuse: true };
  }
}

/** Writes a version's inputs into the active model sheet, keeping the previous inputs as an
 * automatic version first. Two syncs. */
export async function applyVersion(context: Excel.RequestContext, name: string, options: StoreOptions = {}): Promise<ApplyResult> {
  const locale = options.locale ?? "en";
  const loaded = await load(context, true, options);
  const inputs = readModelInputs(loaded.model as ModelSnapshot);
  if (!inputs.ok) throw new VersionsError("notModel", errorText(inputs.error));
  const target = isArticleName(name) ? articleVersion() : findStored(loaded.read, name)?.version;
  if (!target) throw new VersionsError("notFound", `No version named "${name}" (it may have been renamed or deleted).`);
  const current: Version = {
    name: BEFORE[locale](target.name),
    note: BEFORE_NOTE[locale](target.name),
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
  await context.sync();
  return { keptAs, fttFollowsDrivers: inputs.value.fttFollowsDrivers };
}

/** Renames a version in place (only its name cell changes). Two syncs. */
export async function renameVersion(context: Excel.RequestContext, from: string, to: string, options: StoreOptions = {}): Promise<string> {
  const name = checkName(to);
  if (!name.ok) throw new VersionsError("invalid", errorText(name.error));
  const loaded = await load(context, false, options);
  const stored = findStored(loaded.read, from);
  if (!stored) throw new VersionsError("notFound", `No version named "${from}" (it may have been renamed or deleted).`);
  const clash = findStored(loaded.read, name.value);
  if (clash && clash !== stored) throw new VersionsError("exists", `A version named "${clash.version.name}" already exists.`);
  const { sheet, columns } = versionsSheetFor(context, loaded, options.locale ?? "en");
  queueWrites(sheet, [nameWrite(name.value, stored.row, columns)]);
  await context.sync();
  return name.value;
}

/** Deletes one version's row; the rows below move up, nothing else changes. Two syncs. */
export async function deleteVersion(context: Excel.RequestContext, name: string, options: StoreOptions = {}): Promise<void> {
  if (isArticleName(name)) throw new VersionsError("invalid", "The article's version is built in and cannot be deleted.");
  const loaded = await load(context, false, options);
  const stored = findStored(loaded.read, name);
  if (!stored) throw new VersionsError("notFound", `No version named "${name}" (it may have been renamed or deleted).`);
  const { sheet } = versionsSheetFor(context, loaded, options.locale ?? "en");
  sheet.getRange(`${stored.row}:${stored.row}`).delete("Up");
  await context.sync();
}

/** Inserts a comparison sheet of the article and the given versions (writePlan: two syncs). */
export async function compareVersions(context: Excel.RequestContext, versions: readonly Version[], locale: Locale): Promise<string> {
  return writePlan(context, comparisonPlan(versions, locale));
}

function errorText(error: { kind: string; message?: string }): string {
  return error.message ?? "An input holds an error value.";
}
