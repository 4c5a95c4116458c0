// The versions store through Office.js: read a snapshot of the workbook (one sync), let the pure
// planner decide (src/versions/store-plan.ts), queue its writes (one sync). Whatever the number
// of versions, a save, an apply, a rename or a delete costs two syncs and a list one (an apply
// onto a sheet that already holds the version writes nothing: one); a write touches only the row
// it targets (a damaged row elsewhere stays exactly as it was).
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
import type { RangeWrite } from "../sheet/blocks";
import { comparisonPlan, type Compared } from "../versions/compare-plan";
import type { Message } from "../versions/message";
import { INPUTS_NAME, MODEL_READS, type ModelSnapshot } from "../versions/model-sheet-snapshot";
import {
  checkRequestName,
  planApply,
  planDelete,
  planImport,
  planRename,
  planSave,
  versionsState,
  writesNothing,
  type ApplyResult,
  type Planned,
  type Refusal,
  type RefusalCode,
  type SaveRequest,
  type StoreSnapshot,
  type StoreWrites,
  type VersionsState,
} from "../versions/store-plan";
import type { Version } from "../versions/version";
import { VERSIONS_SHEET } from "../versions/versions-sheet";
import { writePlan } from "./write-plan";

export { beforeName, type ApplyResult, type SaveRequest, type VersionsState } from "../versions/store-plan";
export type VersionsErrorCode = RefusalCode;

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

const refusal = (r: Refusal) => new VersionsError(r.code, r.text);

export interface StoreOptions {
  /** What the caller last saw; "missing" saves a round trip when a save or an apply is to create
   * the sheet. Without it the sheet is assumed to exist. */
  versionsSheet?: "exists" | "missing";
  locale?: Locale;
  now?: () => Date;
}

function queueModel(context: Excel.RequestContext): () => ModelSnapshot {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  const names = sheet.names;
  names.load("items/name");
  const range = (address: string, props: string) => sheet.getRange(address).load(props);
  const ids = range(MODEL_READS.ids, "values");
  const unit = range(MODEL_READS.unit, "values");
  const inputs = range(MODEL_READS.inputs, "values, formulas");
  const drivers = range(MODEL_READS.drivers, "values, formulas");
  const articleFtt = range(MODEL_READS.articleFtt, "formulas");
  const layout = range(MODEL_READS.layout, "values");
  const lows = range(MODEL_READS.lows, "values, formulas");
  const highs = range(MODEL_READS.highs, "values, formulas");
  return () => ({
    sheetName: sheet.name,
    hasInputsName: names.items.some((n) => n.name === INPUTS_NAME),
    ids: ids.values,
    unit: unit.values,
    inputs: inputs.values,
    inputFormulas: inputs.formulas,
    drivers: drivers.values,
    driverFormulas: drivers.formulas,
    articleFtt: articleFtt.formulas[0]?.[0],
    layout: layout.values[0]?.[0],
    lows: lows.values,
    lowFormulas: lows.formulas,
    highs: highs.values,
    highFormulas: highs.formulas,
  });
}

const isItemNotFound = (e: unknown) => typeof e === "object" && e !== null && (e as { code?: unknown }).code === "ItemNotFound";

/** One sync, unless a save or an apply finds the sheet missing without being told: the Versions
 * sheet's used range, and the model sheet if asked. */
async function read(context: Excel.RequestContext, withModel: boolean, options: StoreOptions): Promise<StoreSnapshot> {
  const worksheets = context.workbook.worksheets;
  if (options.versionsSheet !== "missing") {
    const used = worksheets.getItem(VERSIONS_SHEET).getUsedRange(true).load("values, formulas, rowIndex, columnIndex");
    const model = withModel ? queueModel(context) : undefined;
    try {
      await context.sync();
      const versionsSheet = { top: used.rowIndex + 1, left: used.columnIndex + 1, values: used.values, formulas: used.formulas };
      return { versionsSheet, model: model?.() };
    } catch (e) {
      if (!isItemNotFound(e)) throw e;
      // Only getItem(VERSIONS_SHEET) can be missing in this batch (the active sheet always exists).
      if (!withModel) return { versionsSheet: null };
    }
  }
  const probe = worksheets.getItemOrNullObject(VERSIONS_SHEET);
  probe.load("name");
  const model = withModel ? queueModel(context) : undefined;
  await context.sync();
  if (!probe.isNullObject) return read(context, withModel, { ...options, versionsSheet: "exists" });
  return { versionsSheet: null, model: model?.() };
}

function queueRanges(sheet: Excel.Worksheet, writes: readonly RangeWrite[]): void {
  for (const w of writes) {
    const range = sheet.getRange(w.address);
    // Formats first, so "2024" lands in a Text cell and stays text.
    if (w.numberFormats) range.numberFormat = w.numberFormats;
    range.formulas = w.formulas;
  }
}

/** Queues a plan's writes and syncs once; a refusal throws, having queued nothing. */
async function commit<T>(context: Excel.RequestContext, planned: Planned<T>): Promise<T> {
  if (!planned.ok) throw refusal(planned.refusal);
  if (writesNothing(planned.writes)) return planned.value;
  queue(context, planned.writes);
  await context.sync();
  return planned.value;
}

function queue(context: Excel.RequestContext, writes: StoreWrites): void {
  const worksheets = context.workbook.worksheets;
  const created = writes.newVersionsSheet;
  let versions: Excel.Worksheet | undefined;
  if (created) {
    versions = worksheets.add(created.name);
    queueRanges(versions, created.writes);
    versions.getRange(created.bold).format.font.bold = true;
    versions.getRange(created.wide.columns).format.columnWidth = created.wide.points;
    versions.freezePanes.freezeRows(created.freezeRows);
  }
  if (writes.versions.length > 0 || writes.deleteRow !== undefined) {
    versions ??= worksheets.getItem(VERSIONS_SHEET);
    queueRanges(versions, writes.versions);
    if (writes.deleteRow !== undefined) versions.getRange(`${writes.deleteRow}:${writes.deleteRow}`).delete("Up");
  }
  if (writes.model.length > 0) queueRanges(worksheets.getActiveWorksheet(), writes.model);
}

const isoNow = (options: StoreOptions) => (options.now ?? (() => new Date()))().toISOString();

/** Every readable version and every problem found; one sync. */
export async function listVersions(context: Excel.RequestContext, options: StoreOptions = {}): Promise<VersionsState> {
  return versionsState(await read(context, false, options));
}

export interface SaveResult {
  version: Version;
  /** What was read from text in an input ("D8: read the text "20億" as 20 億ドル."). */
  notices: Message[];
}

/** Saves the active model sheet's inputs as a version. Two syncs. */
export async function saveVersion(context: Excel.RequestContext, request: SaveRequest, options: StoreOptions = {}): Promise<SaveResult> {
  const invalid = checkRequestName(request.name);
  if (invalid) throw refusal(invalid);
  const planned = planSave(await read(context, true, options), request, options.locale ?? "en", isoNow(options));
  const version = await commit(context, planned);
  return { version, notices: planned.ok ? planned.notices : [] };
}

/** Stores a version that came from elsewhere (an imported JSON file). Two syncs. */
export async function importVersion(context: Excel.RequestContext, version: Version, replace: boolean, options: StoreOptions = {}): Promise<void> {
  const invalid = checkRequestName(version.name);
  if (invalid) throw refusal(invalid);
  await commit(context, planImport(await read(context, false, options), version, replace, options.locale ?? "en"));
}

/** Writes a version's inputs into the active model sheet, keeping the previous inputs as an
 * automatic version first. Two syncs; one when the sheet already holds the version. A formula of
 * the user's in an input is replaced (after the automatic version keeps what it showed) and named
 * in the result. */
export async function applyVersion(context: Excel.RequestContext, name: string, options: StoreOptions = {}): Promise<ApplyResult & { notices: Message[] }> {
  const planned = planApply(await read(context, true, options), name, options.locale ?? "en", isoNow(options));
  const result = await commit(context, planned);
  return { ...result, notices: planned.ok ? planned.notices : [] };
}

/** Renames a version in place (only its name cell changes). Two syncs. */
export async function renameVersion(context: Excel.RequestContext, from: string, to: string, options: StoreOptions = {}): Promise<string> {
  const invalid = checkRequestName(to);
  if (invalid) throw refusal(invalid);
  return commit(context, planRename(await read(context, false, options), from, to, options.locale ?? "en"));
}

/** Deletes one version's row; the rows below move up, nothing else changes. Two syncs. */
export async function deleteVersion(context: Excel.RequestContext, name: string, options: StoreOptions = {}): Promise<void> {
  const builtIn = planDelete({ versionsSheet: null }, name);
  if (!builtIn.ok && builtIn.refusal.code === "invalid") throw refusal(builtIn.refusal);
  await commit(context, planDelete(await read(context, false, options), name));
}

/** Inserts a comparison sheet of the article and the given versions (writePlan: two syncs). */
export async function compareVersions(context: Excel.RequestContext, versions: readonly Compared[], locale: Locale): Promise<string> {
  return writePlan(context, comparisonPlan(versions, locale));
}
