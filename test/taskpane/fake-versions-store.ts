// An in-memory versions store that behaves like the Excel one at its seam: each operation reads in
// one sync and writes in the next; refusals (VersionsError) are decided before anything is queued;
// Excel's failures come from a sync, carry Office's error codes, and lose the writes queued in
// that batch except those that already landed (Office batches are not all-or-nothing). An apply
// is decided by the store's own planner over the model sheet these inputs and formulas make.

import { CATEGORY_IDS, say, type Locale, type Message } from "../../src/model";
import { VersionsError, type ApplyResult, type SaveRequest, type SaveResult, type StoreOptions } from "../../src/excel/versions-store";
import { parseAddress } from "../../src/sheet/address";
import { FTT_DRIVERS, MODEL_LAYOUT } from "../../src/template/layout";
import { articleVersion } from "../../src/versions/article";
import type { InputFormula } from "../../src/versions/model-sheet-snapshot";
import type { Compared } from "../../src/versions/compare-plan";
import { planApply } from "../../src/versions/store-plan";
import type { Issue } from "../../src/versions/versions-sheet";
import { checkName, makeVersion, sameName, type Version } from "../../src/versions/version";
import type { VersionsStore } from "../../src/taskpane/versions-controller";
import { modelSheet, setCell, snapshot } from "../versions/store-snapshot";

export type OfficeCode = "ItemNotFound" | "InvalidArgument" | "AccessDenied" | "GeneralException";

/** What office.js throws from context.sync(): an Error with Office's code. */
export const officeError = (code: OfficeCode, message: string) => Object.assign(new Error(message), { name: "RichApi.Error", code });

export class FakeVersionsStore implements VersionsStore {
  versions: Version[] = [];
  issues: Issue[] = [];
  sheetExists = false;
  /** The model sheet's inputs now. */
  model: Version = articleVersion();
  /** Input cells of the model holding the user's formulas (an apply replaces them). */
  modelFormulas: InputFormula[] = [];
  comparisons: Compared[][] = [];
  syncs = 0;
  /** Each operation the panel asked for, by name. */
  calls: string[] = [];
  private failures = new Map<number, { code: OfficeCode; message: string; landed: number }>();
  private gate: Promise<void> | undefined;

  /** The n-th sync from now fails with Office's `code`; `landed` of its queued writes took effect. */
  failSync(n: number, code: OfficeCode, message: string, landed = 0): void {
    this.failures.set(this.syncs + n, { code, message, landed });
  }

  /** Holds every operation at its next sync until the returned function is called. */
  hold(): () => void {
    let release = () => {};
    this.gate = new Promise((resolve) => (release = resolve));
    return () => {
      this.gate = undefined;
      release();
    };
  }

  private async sync(...writes: (() => void)[]): Promise<void> {
    await this.gate;
    this.syncs++;
    const failure = this.failures.get(this.syncs);
    for (const write of failure ? writes.slice(0, failure.landed) : writes) write();
    if (failure) throw officeError(failure.code, failure.message);
  }

  private find(name: string): Version | undefined {
    return this.versions.find((v) => sameName(v.name, name));
  }

  private put(version: Version): void {
    const at = this.versions.findIndex((v) => sameName(v.name, version.name));
    if (at >= 0) this.versions[at] = version;
    else this.versions.push(version);
    this.sheetExists = true;
  }

  private checkedName(name: string): string {
    const checked = checkName(name);
    if (!checked.ok) throw new VersionsError("invalid", checked.error);
    return checked.value;
  }

  private notFound(name: string): VersionsError {
    return new VersionsError("notFound", say(`No version named "${name}".`, `「${name}」という名前のバージョンはありません。`));
  }

  private exists(name: string): VersionsError {
    return new VersionsError("exists", say(`A version named "${name}" already exists.`, `「${name}」という名前のバージョンはすでにあります。`));
  }

  async list(): Promise<{ versions: Version[]; issues: Issue[]; sheetExists: boolean }> {
    this.calls.push("list");
    await this.sync();
    return { versions: this.versions.map((v) => ({ ...v })), issues: [...this.issues], sheetExists: this.sheetExists };
  }

  async save(request: SaveRequest, options: StoreOptions): Promise<SaveResult> {
    this.calls.push("save");
    const name = this.checkedName(request.name);
    await this.sync();
    const existing = this.find(name);
    if (existing && !request.replace) throw this.exists(existing.name);
    const made = makeVersion({ ...this.model, name, note: request.note, savedAt: (options.now ?? (() => new Date()))().toISOString() });
    if (!made.ok) throw new VersionsError("invalid", made.error);
    await this.sync(() => this.put(made.value));
    return { version: made.value, notices: [] };
  }

  async import(version: Version, replace: boolean): Promise<void> {
    this.calls.push("import");
    this.checkedName(version.name);
    await this.sync();
    if (this.find(version.name) && !replace) throw this.exists(version.name);
    await this.sync(() => this.put(version));
  }

  /** The English model sheet showing `model`'s inputs, with `modelFormulas` over them. */
  private modelSheet() {
    const sheet = modelSheet("en");
    const put = (address: string, value: number) => setCell(sheet, address, value, value, "Double");
    for (const id of CATEGORY_IDS) {
      if (id !== "ftt_drop") put(MODEL_LAYOUT.inputs[id], this.model.amounts[id]);
      put(MODEL_LAYOUT.lows[id], this.model.ranges[id].low);
      put(MODEL_LAYOUT.highs[id], this.model.ranges[id].high);
    }
    for (const d of FTT_DRIVERS) put(MODEL_LAYOUT.ftt[d], this.model.ftt[d]);
    const { row, column } = parseAddress(MODEL_LAYOUT.inputs.ftt_drop);
    sheet.values[row - 1][column - 1] = this.model.amounts.ftt_drop; // its formula, calculated
    for (const f of this.modelFormulas) {
      const at = parseAddress(f.address);
      setCell(sheet, f.address, f.formula, sheet.values[at.row - 1][at.column - 1], "Double");
    }
    return sheet;
  }

  async apply(name: string, options: StoreOptions): Promise<ApplyResult & { notices: Message[] }> {
    this.calls.push("apply");
    await this.sync();
    const planned = planApply(snapshot(this.modelSheet(), this.sheetExists ? this.versions : null), name, options.locale ?? "en", "2024-06-01T00:00:00.000Z");
    if (!planned.ok) throw new VersionsError(planned.refusal.code, planned.refusal.text);
    const result = { ...planned.value, notices: planned.notices };
    const target = sameName(name, articleVersion().name) ? articleVersion() : this.find(name);
    if (result.keptAs === undefined || !target) return result; // nothing to write
    const keep = this.find(result.keptAs) ? undefined : { ...this.model, name: result.keptAs };
    await this.sync(
      () => keep && this.put(keep),
      () => {
        this.model = { ...target };
        this.modelFormulas = [];
      },
    );
    return result;
  }

  async rename(from: string, to: string): Promise<string> {
    this.calls.push("rename");
    const name = this.checkedName(to);
    await this.sync();
    const version = this.find(from);
    if (!version) throw this.notFound(from);
    const taken = this.find(name);
    if (taken && taken !== version) throw this.exists(taken.name);
    await this.sync(() => (version.name = name));
    return name;
  }

  async remove(name: string): Promise<void> {
    this.calls.push("remove");
    await this.sync();
    const version = this.find(name);
    if (!version) throw this.notFound(name);
    await this.sync(() => (this.versions = this.versions.filter((v) => v !== version)));
  }

  async compare(versions: readonly Compared[], _locale: Locale): Promise<string> {
    this.calls.push("compare");
    await this.sync();
    await this.sync(() => this.comparisons.push([...versions]));
    return "Comparison";
  }
}
