// The versions panel's state and actions, without a DOM: save the model's inputs as named
// versions, apply, update, rename, delete, export/import JSON, and compare with the article.
// Every write goes through the versions store it is given; questions before a destructive step
// are state (confirmations are inline: window.confirm does not work in Office add-ins), and each
// one moves focus to its safe answer.

import { REFERENCE_VERSIONS, joinMessages, say, type Locale, type Message } from "../model";
import {
  VersionsError,
  beforeName,
  type ApplyResult,
  type SaveRequest,
  type SaveResult,
  type StoreOptions,
  type VersionsState,
} from "../excel/versions-store";
import { articleVersion } from "../versions/article";
import type { Compared } from "../versions/compare-plan";
import { applyRefused, referenceNamed, type ReferenceVersion } from "../versions/reference";
import { JSON_MAX_BYTES, versionFromJson } from "../versions/json";
import { assumedNotice } from "../versions/store-plan";
import type { Issue } from "../versions/versions-sheet";
import { ARTICLE_DISPLAY_NAME, ARTICLE_VERSION_NAME, sameName, type Version } from "../versions/version";
import { explainExcelFailure } from "./excel-failure";
import type { Focus, Status } from "./panel";
import { VERSIONS_TEXT as T } from "./versions-text";

/** The versions store as the panel uses it; in Excel each operation runs in its own batch. */
export interface VersionsStore {
  list(options: StoreOptions): Promise<VersionsState>;
  save(request: SaveRequest, options: StoreOptions): Promise<SaveResult>;
  import(version: Version, replace: boolean, options: StoreOptions): Promise<void>;
  apply(name: string, options: StoreOptions): Promise<ApplyResult & { notices: Message[] }>;
  rename(from: string, to: string, options: StoreOptions): Promise<string>;
  remove(name: string, options: StoreOptions): Promise<void>;
  compare(versions: readonly Compared[], locale: Locale): Promise<string>;
}

export interface VersionsDeps {
  store: VersionsStore;
  locale(): Locale;
  status: Status;
  /** The clock a saved version's date comes from. */
  now(): Date;
  /** Puts text on the clipboard. */
  copy(text: string): Promise<void>;
}

/** The one inline question or form open in the panel, if any. */
export type Open =
  | { kind: "replace"; existing: string; request: { name: string; note: string } }
  | { kind: "replaceImport"; version: Version }
  | { kind: "update"; name: string }
  | { kind: "delete"; name: string }
  | { kind: "rename"; name: string; to: string };

export interface VersionsPanelState {
  /** Stored versions in sheet order (the built-in article version is not among them). */
  readonly versions: readonly Version[];
  /** The read-only reference versions listed beside the article: compared, never applied. */
  readonly references: readonly ReferenceVersion[];
  readonly issues: readonly Issue[];
  /** Names ticked for a comparison. */
  readonly selected: readonly string[];
  /** A store operation is under way; another is not started meanwhile. */
  readonly busy: boolean;
  /** What the user has typed and not yet saved or imported. */
  readonly draft: Readonly<{ name: string; note: string; json: string }>;
  readonly open?: Open;
  /** The version whose JSON is on show. */
  readonly exported?: Version;
}

/** The `data-key`s the view gives the elements the controller moves focus to. */
export const KEYS = {
  nameInput: "name-input",
  /** A confirmation's safe answer. */
  cancel: "confirm-cancel",
  renameInput: "rename-input",
  exportJson: "export-json",
  importButton: "import-button",
  listHeading: "list-heading",
  row: (name: string) => `row:${name}`,
  rowAction: (name: string, action: string) => `${action}:${name}`,
};

/** How the panel names a version: the built-in ones in each language, the others as stored. */
export const displayName = (name: string): Message =>
  name === ARTICLE_VERSION_NAME ? ARTICLE_DISPLAY_NAME : (referenceNamed(name)?.label ?? say(name, name));

/** What the panel needs of a File chosen in the import picker. */
export type ChosenFile = Pick<File, "name" | "size" | "text">;

export type VersionsController = ReturnType<typeof versionsController>;

export function versionsController(deps: VersionsDeps) {
  let state: VersionsPanelState = {
    versions: [],
    references: REFERENCE_VERSIONS,
    issues: [],
    selected: [],
    busy: false,
    draft: { name: "", note: "", json: "" },
  };
  // What the last list found, so a save or an apply that creates the sheet skips a failed read.
  let known: "exists" | "missing" | undefined;
  const listeners: ((focus?: Focus) => void)[] = [];

  const set = (change: Partial<VersionsPanelState>, focus?: Focus) => {
    state = { ...state, ...change };
    for (const listener of listeners) listener(focus);
  };
  const tell = (kind: keyof Status, message: Message) => deps.status[kind](message[deps.locale()]);
  const options = (): StoreOptions => ({ locale: deps.locale(), versionsSheet: known, now: deps.now });
  const stored = (name: string) => state.versions.find((v) => sameName(v.name, name));
  const findVersion = (name: string) => (name === ARTICLE_VERSION_NAME ? articleVersion() : stored(name));
  const draft = (change: Partial<VersionsPanelState["draft"]>) => ({ ...state.draft, ...change });

  async function refresh(): Promise<void> {
    try {
      // No hint: a list is one sync whether the sheet exists or not.
      const read = await deps.store.list({ locale: deps.locale() });
      known = read.sheetExists ? "exists" : "missing";
      const selected = state.selected.filter((name) => read.versions.some((v) => v.name === name) || referenceNamed(name));
      set({ versions: read.versions, issues: read.issues, selected });
    } catch (error) {
      known = undefined;
      tell("error", explainExcelFailure(error));
      set({});
    }
  }

  /** Runs one store operation: progress, then on failure either the store's refusal (nothing was
   * written) or, when Excel failed mid-write, what `notDone` says may have happened. */
  async function act<T>(task: () => Promise<T>, done: (result: T) => Message | undefined, notDone: Message): Promise<boolean> {
    if (state.busy) return false;
    set({ busy: true, open: undefined });
    tell("progress", T.working);
    try {
      const result = await task();
      await refresh();
      const message = done(result);
      if (message) tell("success", message);
      return true;
    } catch (error) {
      if (error instanceof VersionsError) tell("error", T.refused(error.text));
      else tell("error", joinMessages([notDone, explainExcelFailure(error)]));
      // What a failed write left behind shows in the list.
      await refresh();
      return false;
    } finally {
      set({ busy: false });
    }
  }

  /** Opens a question; focus moves to its safe answer. */
  const ask = (open: Open) => set({ open }, { key: KEYS.cancel });

  async function save(request: { name: string; note: string }, replace: boolean): Promise<boolean> {
    return act(
      () => deps.store.save({ ...request, replace }, options()),
      (saved) => {
        set({ draft: draft({ name: "", note: "" }) });
        return joinMessages([T.saved(saved.version.name), ...saved.notices]);
      },
      replace ? T.notDone.update(request.name.trim()) : T.notDone.save,
    );
  }

  async function importVersion(version: Version, replace: boolean): Promise<void> {
    // A file of schema 1 has no ranges: the panel says the article's are assumed.
    const said = () => joinMessages([T.imported(version.name), ...assumedNotice(version)]);
    const imported = await act(() => deps.store.import(version, replace, options()), said, T.notDone.import);
    if (imported) set({ draft: draft({ json: "" }) });
  }

  /** Where focus returns when a question is answered no: the control that asked it. */
  function askedFrom(open: Open): string {
    switch (open.kind) {
      case "replace":
        return KEYS.nameInput;
      case "replaceImport":
        return KEYS.importButton;
      default:
        return KEYS.rowAction(open.name, open.kind);
    }
  }

  return {
    state: () => state,
    subscribe: (listener: (focus?: Focus) => void) => void listeners.push(listener),
    refresh,

    /** Typing in the save form or the import box. */
    edit(change: Partial<VersionsPanelState["draft"]>): void {
      set({ draft: draft(change) });
    },

    /** Saves the model's inputs under the name typed; asks first when that name is taken. */
    async save(): Promise<void> {
      if (state.busy) return;
      const request = { name: state.draft.name, note: state.draft.note };
      const taken = stored(request.name.trim());
      if (taken) return ask({ kind: "replace", existing: taken.name, request });
      // Saved meanwhile by hand or in another pane: the store refused, the list now shows it.
      const existing = !(await save(request, false)) && stored(request.name.trim());
      if (existing) ask({ kind: "replace", existing: existing.name, request });
    },

    askUpdate: (name: string) => ask({ kind: "update", name }),
    askDelete: (name: string) => ask({ kind: "delete", name }),

    /** Answers the open question. */
    async answer(yes: boolean): Promise<void> {
      const open = state.open;
      if (!open || open.kind === "rename") return;
      if (!yes) return set({ open: undefined }, { key: askedFrom(open) });
      switch (open.kind) {
        case "replace":
          await save(open.request, true);
          return;
        case "replaceImport":
          return importVersion(open.version, true);
        case "update": {
          const { name } = open;
          const note = stored(name)?.note ?? "";
          await act(() => deps.store.save({ name, note, replace: true }, options()), (saved) => joinMessages([T.updated(name), ...saved.notices]), T.notDone.update(name));
          return;
        }
        case "delete": {
          const { name } = open;
          await act(() => deps.store.remove(name, options()), () => T.deleted(name), T.notDone.remove(name));
          return;
        }
      }
    },

    startRename: (name: string) => set({ open: { kind: "rename", name, to: name } }, { key: KEYS.renameInput, select: true }),
    editRename(to: string): void {
      if (state.open?.kind === "rename") set({ open: { ...state.open, to } });
    },
    cancelRename(): void {
      if (state.open?.kind === "rename") set({ open: undefined }, { key: KEYS.rowAction(state.open.name, "rename") });
    },
    async rename(): Promise<void> {
      if (state.open?.kind !== "rename") return;
      const { name: from, to } = state.open;
      await act(() => deps.store.rename(from, to, options()), (stored) => T.renamed(from, stored), T.notDone.rename(from));
    },

    /** Writes a version's inputs into the model (the store keeps the previous ones first). */
    async apply(name: string): Promise<void> {
      const reference = referenceNamed(name);
      if (reference) return tell("error", T.refused(applyRefused(reference)));
      const title = displayName(name);
      const before = beforeName(name, deps.locale());
      await act(
        () => deps.store.apply(name, options()),
        (r) =>
          joinMessages([
            r.keptAs === undefined ? T.alreadyApplied(title) : T.applied(title, r.keptAs),
            ...(r.formulasReplaced.length > 0 ? [T.formulasReplaced(r.formulasReplaced)] : []),
            ...(r.fttRestored ? [T.fttRestored] : []),
            ...r.notices,
          ]),
        T.notDone.apply(title, before),
      );
    },

    /** Ticks or unticks a version for the comparison; the article is always in it. */
    select(name: string, selected: boolean): void {
      if (name === ARTICLE_VERSION_NAME) return;
      const others = state.selected.filter((n) => n !== name);
      set({ selected: selected ? [...others, name] : others });
    },

    async compare(): Promise<void> {
      const chosen: Compared[] = [
        ...state.versions.filter((v) => state.selected.includes(v.name)),
        ...state.references.filter((r) => state.selected.includes(r.name)),
      ];
      if (chosen.length === 0) return tell("error", T.chooseOne);
      await act(() => deps.store.compare(chosen, deps.locale()), (sheet) => T.compared(sheet), T.notDone.compare);
    },

    /** Shows a version as JSON, to copy or download. */
    exportJson(name: string): void {
      const version = findVersion(name);
      if (version) set({ exported: version }, { key: KEYS.exportJson });
    },
    async copy(json: string): Promise<void> {
      await deps.copy(json);
      tell("success", T.copied);
    },

    /** Puts a chosen file's text in the import box; a file too large for a version's JSON is
     * refused by its size, before a byte of it is read. */
    async chooseFile(file: ChosenFile): Promise<void> {
      if (file.size > JSON_MAX_BYTES) return tell("error", T.fileTooLarge(file.name, file.size, JSON_MAX_BYTES));
      try {
        set({ draft: draft({ json: await file.text() }) });
      } catch (error) {
        tell("error", T.fileUnreadable(file.name, error instanceof Error ? error.message : String(error)));
      }
    },

    /** Imports the JSON in the import box (pasted text over JSON_MAX_BYTES is refused unparsed);
     * asks first when its name is taken. */
    async importJson(): Promise<void> {
      if (state.busy) return;
      const parsed = versionFromJson(state.draft.json);
      if (!parsed.ok) return tell("error", T.refused(parsed.error));
      if (stored(parsed.value.name)) return ask({ kind: "replaceImport", version: parsed.value });
      return importVersion(parsed.value, false);
    },
  };
}
