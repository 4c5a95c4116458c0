// The versions panel: save the model's inputs as named versions, apply, update, rename, delete,
// export/import JSON, and compare with the article. Everything goes through the versions store;
// confirmations are inline (window.confirm does not work in Office add-ins).

import {
  VersionsError,
  applyVersion,
  beforeName,
  compareVersions,
  deleteVersion,
  importVersion,
  listVersions,
  renameVersion,
  saveVersion,
  type VersionsState,
} from "../excel/versions-store";
import { formatAmount, type Locale } from "../model";
import { articleVersion } from "../versions/article";
import { versionFromJson, versionToJson } from "../versions/json";
import { ARTICLE_DISPLAY_NAME, versionTotal, type Version } from "../versions/version";
import { describeFailure } from "./insert-panel";
import type { MountPanel } from "./panel";
import { UI_TEXT } from "./ui-text";
import { VERSIONS_TEXT, type VersionsText } from "./versions-text";

type Attrs = Record<string, string | boolean | undefined>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === "text") node.textContent = String(v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  node.append(...children);
  return node;
}

let ids = 0;
const uid = (prefix: string) => `${prefix}-${++ids}`;

/** An inline question with two buttons; focus moves to it and Escape answers no. */
function confirmBox(question: string, yes: string, no: string, onYes: () => void, onNo: () => void): HTMLElement {
  const id = uid("confirm");
  const yesButton = el("button", { type: "button", class: "secondary danger", "data-action": "confirm-yes", text: yes });
  const noButton = el("button", { type: "button", class: "secondary", "data-action": "confirm-no", text: no });
  const box = el("div", { class: "versions-confirm", role: "group", "aria-labelledby": id }, el("p", { id, text: question }), yesButton, noButton);
  yesButton.addEventListener("click", onYes);
  noButton.addEventListener("click", onNo);
  box.addEventListener("keydown", (e) => {
    if (e.key === "Escape") onNo();
  });
  queueMicrotask(() => yesButton.focus());
  return box;
}

export const mountVersionsPanel: MountPanel = (root, context) => {
  let state: VersionsState = { versions: [], issues: [], sheetExists: false };
  // What the last list found, so a save or an apply that creates the sheet skips a failed read.
  let known: "exists" | "missing" | undefined;
  const selected = new Set<string>();
  let busy = false;
  const t = (): VersionsText => VERSIONS_TEXT[context.locale()];
  const options = () => ({ locale: context.locale(), versionsSheet: known });
  /** How the panel names a version: the built-in one in the panel's language. */
  const display = (name: string) => (name === articleVersion().name ? ARTICLE_DISPLAY_NAME[context.locale()] : name);

  root.setAttribute("aria-labelledby", "versions-heading");
  root.classList.add("versions");

  /** Runs one store operation: progress, then on failure either the store's refusal (nothing was
   * written) or, when Excel failed mid-write, what `notDone` says may have happened. */
  async function act<T>(
    task: (excel: Excel.RequestContext) => Promise<T>,
    done: (result: T) => string | undefined,
    notDone: (tx: VersionsText) => string,
  ): Promise<boolean> {
    if (busy) return false;
    busy = true;
    root.setAttribute("aria-busy", "true");
    context.status.progress(t().working);
    try {
      const result = await context.run(task);
      await refresh();
      const message = done(result);
      if (message) context.status.success(message);
      return true;
    } catch (error) {
      const locale = context.locale();
      if (error instanceof VersionsError) context.status.error(t().failed(error.text[locale]));
      else context.status.error(`${notDone(t())} ${describeFailure(error, UI_TEXT[locale])}`);
      // What a failed write left behind shows in the list.
      await refresh();
      return false;
    } finally {
      busy = false;
      root.removeAttribute("aria-busy");
    }
  }

  async function refresh(): Promise<void> {
    try {
      // No hint: a list is one sync whether the sheet exists or not.
      state = await context.run((excel) => listVersions(excel, { locale: context.locale() }));
      known = state.sheetExists ? "exists" : "missing";
    } catch (error) {
      known = undefined;
      context.status.error(describeFailure(error, UI_TEXT[context.locale()]));
    }
    for (const name of [...selected]) if (!state.versions.some((v) => v.name === name) && name !== articleVersion().name) selected.delete(name);
    render();
  }

  // ---- save form ----
  const nameInput = el("input", { id: "versions-name", type: "text", maxlength: "80", autocomplete: "off", required: true });
  const noteInput = el("input", { id: "versions-note", type: "text", maxlength: "1000", autocomplete: "off" });
  const saveButton = el("button", { type: "submit", class: "primary", "data-action": "save" });
  const saveConfirm = el("div", { "data-part": "save-confirm" });
  const saveForm = el(
    "form",
    { class: "versions-save", "data-part": "save-form" },
    el("label", { for: "versions-name", "data-label": "name" }),
    nameInput,
    el("label", { for: "versions-note", "data-label": "note" }),
    noteInput,
    saveButton,
    saveConfirm,
    el("p", { class: "hint", "data-label": "saveHint" }),
  );
  const save = (replace: boolean) => {
    const name = nameInput.value;
    return act(
      (excel) => saveVersion(excel, { name, note: noteInput.value, replace }, options()),
      (r) => {
        nameInput.value = "";
        noteInput.value = "";
        return [t().saved(r.version.name), ...r.notices.map((n) => n[context.locale()])].join(" ");
      },
      (tx) => (replace ? tx.notDone.update(name.trim()) : tx.notDone.save),
    );
  };
  saveForm.addEventListener("submit", async (e) => {
    e.preventDefault();
    saveConfirm.replaceChildren();
    const name = nameInput.value.trim();
    const taken = state.versions.find((v) => v.name.toLocaleLowerCase() === name.toLocaleLowerCase());
    if (taken) {
      askReplace(taken.name);
      return;
    }
    if (!(await save(false)) && state.versions.some((v) => v.name.toLocaleLowerCase() === name.toLocaleLowerCase())) {
      askReplace(name); // saved meanwhile by hand or in another pane
    }
  });
  const askReplace = (name: string) => {
    const close = () => {
      saveConfirm.replaceChildren();
      nameInput.focus();
    };
    saveConfirm.replaceChildren(
      confirmBox(t().exists(name), t().replace, t().cancel, async () => {
        saveConfirm.replaceChildren();
        await save(true);
      }, close),
    );
  };

  // ---- list ----
  const list = el("ul", { class: "versions-list", "data-part": "list", "aria-labelledby": "versions-list-heading" });
  const refreshButton = el("button", { type: "button", class: "secondary", "data-action": "refresh" });
  refreshButton.addEventListener("click", () => void refresh());
  const compareButton = el("button", { type: "button", class: "primary", "data-action": "compare", "aria-describedby": "versions-compare-hint" });
  compareButton.addEventListener("click", () => {
    const chosen = state.versions.filter((v) => selected.has(v.name));
    if (chosen.length === 0) {
      context.status.error(t().chooseTwo);
      return;
    }
    void act((excel) => compareVersions(excel, chosen, context.locale()), (sheet) => t().compared(sheet), (tx) => tx.notDone.compare);
  });
  const issues = el("div", { class: "versions-issues", "data-part": "issues", hidden: true });
  const exportBox = el("div", { class: "versions-export", "data-part": "export", hidden: true });

  function row(v: Version, builtIn: boolean): HTMLLIElement {
    const tx = t();
    const locale: Locale = context.locale();
    const check = el("input", { type: "checkbox", id: uid("version"), "data-action": "select" });
    check.checked = selected.has(v.name);
    check.disabled = builtIn; // the article is always the first column of a comparison
    const shown = display(v.name);
    check.setAttribute("aria-label", tx.compareLabel(shown));
    check.addEventListener("change", () => (check.checked ? selected.add(v.name) : selected.delete(v.name)));
    const meta = [builtIn ? tx.builtIn : v.savedAt.slice(0, 10), formatAmount(versionTotal(v), locale), v.note].filter(Boolean).join(" · ");
    const item = el(
      "li",
      { "data-name": v.name },
      el("div", { class: "versions-item" }, check, el("label", { for: check.id }, el("span", { class: "versions-name", text: shown }), el("span", { class: "versions-meta", text: meta }))),
    );
    const actions = el("div", { class: "versions-actions", role: "group", "aria-label": tx.actionsFor(shown) });
    const extra = el("div", { "data-part": "row-extra" });
    const button = (action: string, label: string, onClick: () => void) => {
      const b = el("button", { type: "button", class: "secondary small", "data-action": action, text: label });
      b.addEventListener("click", onClick);
      actions.append(b);
    };
    const closeExtra = (focus: string) => () => {
      extra.replaceChildren();
      (actions.querySelector(`[data-action="${focus}"]`) as HTMLElement | null)?.focus();
    };
    button("apply", tx.apply, () =>
      void act(
        (excel) => applyVersion(excel, v.name, options()),
        (r) =>
          [t().applied(display(v.name), r.keptAs), r.fttRestored ? t().fttRestored : "", ...r.notices.map((n) => n[context.locale()])]
            .filter(Boolean)
            .join(" "),
        (now) => now.notDone.apply(display(v.name), beforeName(v.name, context.locale())),
      ),
    );
    if (!builtIn) {
      button("update", tx.update, () =>
        extra.replaceChildren(
          confirmBox(tx.confirmUpdate(v.name), tx.update, tx.cancel, () =>
            void act(
              (excel) => saveVersion(excel, { name: v.name, note: v.note, replace: true }, options()),
              (r) => [t().updated(v.name), ...r.notices.map((n) => n[context.locale()])].join(" "),
              (now) => now.notDone.update(v.name),
            ),
          closeExtra("update")),
        ),
      );
      button("rename", tx.rename, () => extra.replaceChildren(renameForm(v.name, closeExtra("rename"))));
    }
    button("export", tx.exportJson, () => showExport(v));
    if (!builtIn) {
      button("delete", tx.remove, () =>
        extra.replaceChildren(
          confirmBox(tx.confirmDelete(v.name), tx.remove, tx.cancel, () =>
            void act(
              (excel) => deleteVersion(excel, v.name, options()),
              () => t().deleted(v.name),
              (now) => now.notDone.remove(v.name),
            ),
          closeExtra("delete")),
        ),
      );
    }
    item.append(actions, extra);
    return item;
  }

  function renameForm(from: string, close: () => void): HTMLFormElement {
    const tx = t();
    const input = el("input", { type: "text", id: uid("rename"), maxlength: "80", value: from, "data-part": "rename-input" });
    const form = el(
      "form",
      { class: "versions-rename" },
      el("label", { for: input.id, text: tx.newName }),
      input,
      el("button", { type: "submit", class: "secondary small", text: tx.rename }),
      el("button", { type: "button", class: "secondary small", "data-action": "rename-cancel", text: tx.cancel }),
    );
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      void act(
        (excel) => renameVersion(excel, from, input.value, options()),
        (to) => t().renamed(from, to),
        (now) => now.notDone.rename(from),
      );
    });
    (form.querySelector('[data-action="rename-cancel"]') as HTMLElement).addEventListener("click", close);
    form.addEventListener("keydown", (e) => {
      if (e.key === "Escape") close();
    });
    queueMicrotask(() => input.select());
    return form;
  }

  let exportUrl: string | undefined;
  function showExport(v: Version): void {
    const tx = t();
    const json = versionToJson(v);
    if (exportUrl) URL.revokeObjectURL(exportUrl);
    exportUrl = URL.createObjectURL(new Blob([json], { type: "application/json" }));
    const id = uid("export");
    const area = el("textarea", { id, readonly: true, rows: "8", spellcheck: "false", "data-part": "export-json" });
    area.value = json;
    const copy = el("button", { type: "button", class: "secondary small", "data-action": "copy", text: tx.copy });
    copy.addEventListener("click", async () => {
      area.select();
      try {
        await navigator.clipboard.writeText(json);
      } catch {
        document.execCommand("copy"); // clipboard API refused in some Office hosts
      }
      context.status.success(tx.copied);
    });
    const file = `${v.name.replace(/[\\/:*?"<>|\s]+/g, "_") || "version"}.json`;
    exportBox.replaceChildren(
      el("label", { for: id, class: "versions-subheading", text: tx.exportHeading(display(v.name)) }),
      area,
      el("div", { class: "versions-buttons" }, el("a", { href: exportUrl, download: file, class: "secondary small", text: tx.download }), copy),
    );
    exportBox.hidden = false;
    area.focus();
  }

  // ---- import ----
  const importArea = el("textarea", { id: "versions-import", rows: "5", spellcheck: "false", "data-part": "import-json" });
  const importFile = el("input", { id: "versions-import-file", type: "file", accept: ".json,application/json" });
  const importButton = el("button", { type: "button", class: "secondary", "data-action": "import" });
  const importConfirm = el("div");
  importFile.addEventListener("change", async () => {
    const f = importFile.files?.[0];
    if (f) importArea.value = await f.text();
  });
  const doImport = async (replace: boolean) => {
    const parsed = versionFromJson(importArea.value);
    if (!parsed.ok) {
      context.status.error(t().failed(parsed.error[context.locale()]));
      return;
    }
    const v = parsed.value;
    if (!replace && state.versions.some((s) => s.name.toLocaleLowerCase() === v.name.toLocaleLowerCase())) {
      importConfirm.replaceChildren(
        confirmBox(t().importExists(v.name), t().replace, t().cancel, async () => {
          importConfirm.replaceChildren();
          await doImport(true);
        }, () => importConfirm.replaceChildren()),
      );
      return;
    }
    const imported = await act(
      (excel) => importVersion(excel, v, replace, options()),
      () => t().imported(v.name),
      (now) => now.notDone.import,
    );
    if (imported) importArea.value = "";
  };
  importButton.addEventListener("click", () => void doImport(false));
  const importSection = el(
    "details",
    { class: "versions-import", "data-part": "import" },
    el("summary", { "data-label": "importHeading" }),
    el("label", { for: "versions-import", "data-label": "importPaste" }),
    importArea,
    el("label", { for: "versions-import-file", "data-label": "importFile" }),
    importFile,
    importButton,
    importConfirm,
  );

  const heading = el("h2", { id: "versions-heading" });
  const body = el("p", { class: "body" });
  const listHeading = el("h3", { id: "versions-list-heading", tabindex: "-1" });
  root.replaceChildren(
    heading,
    body,
    saveForm,
    el("div", { class: "versions-list-head" }, listHeading, refreshButton),
    issues,
    list,
    compareButton,
    el("p", { class: "hint", id: "versions-compare-hint", "data-label": "compareHint" }),
    exportBox,
    importSection,
  );

  function render(): void {
    const tx = t();
    heading.textContent = tx.heading;
    body.textContent = tx.body;
    listHeading.textContent = tx.listHeading;
    refreshButton.textContent = tx.refresh;
    saveButton.textContent = tx.save;
    compareButton.textContent = tx.compare;
    importButton.textContent = tx.importButton;
    for (const node of root.querySelectorAll<HTMLElement>("[data-label]")) {
      const key = node.dataset.label as keyof VersionsText;
      const value = tx[key];
      if (typeof value === "string") node.textContent = value;
    }
    // Keep keyboard focus on the same control across a re-render of the list.
    const focused = document.activeElement?.closest("li[data-name]") ? document.activeElement : null;
    const focusKey = focused && [(focused.closest("li") as HTMLElement).dataset.name, (focused as HTMLElement).dataset.action];
    const items = [row(articleVersion(), true), ...state.versions.map((v) => row(v, false))];
    list.replaceChildren(...items);
    if (state.versions.length === 0) list.append(el("li", { class: "hint", text: tx.empty }));
    if (focusKey) {
      const again = [...list.querySelectorAll<HTMLElement>("li[data-name]")].find((li) => li.dataset.name === focusKey[0]);
      (again?.querySelector<HTMLElement>(`[data-action="${focusKey[1]}"]`) ?? listHeading).focus();
    }
    issues.hidden = state.issues.length === 0;
    issues.replaceChildren(
      el("h3", { text: tx.issuesHeading }),
      el("ul", {}, ...state.issues.map((i) => el("li", { text: i.message[context.locale()] }))),
    );
  }

  context.onLocaleChange(() => render());
  render();
  void refresh();
};
