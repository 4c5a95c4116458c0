// The versions panel drawn from its controller's state: no decisions here, only which element
// shows what and which action each control calls.

import { formatAmount, referenceTotal, type Locale } from "../model";
import { articleVersion } from "../versions/article";
import { versionToJson } from "../versions/json";
import { partialTotal, type ReferenceVersion } from "../versions/reference";
import { NAME_UNITS_MAX, NOTE_UNITS_MAX, versionTotal, type Version } from "../versions/version";
import { h, on, type Child, type VNode } from "./dom";
import type { PanelView } from "./panel";
import { KEYS, displayName, type VersionsController } from "./versions-controller";
import { VERSIONS_TEXT as T } from "./versions-text";

const valueOf = (event: Event) => (event.target as HTMLInputElement).value;
const onEscape = (then: () => void) => (event: Event) => {
  if ((event as KeyboardEvent).key === "Escape") then();
};
const submit = (then: () => void) => (event: Event) => {
  event.preventDefault();
  then();
};

/** An inline question with two buttons; focus goes to the safe answer and Escape gives it. */
function confirmBox(question: string, yes: string, c: VersionsController, locale: Locale): VNode {
  const no = () => void c.answer(false);
  return on(
    h(
      "div",
      { class: "versions-confirm", role: "group", "aria-labelledby": "versions-confirm-question" },
      h("p", { id: "versions-confirm-question" }, question),
      on(h("button", { type: "button", class: "secondary danger", "data-action": "confirm-yes" }, yes), {
        click: () => void c.answer(true),
      }),
      on(h("button", { type: "button", class: "secondary", "data-action": "confirm-no", "data-key": KEYS.cancel }, T.cancel[locale]), {
        click: no,
      }),
    ),
    { keydown: onEscape(no) },
  );
}

function renameForm(from: string, to: string, c: VersionsController, locale: Locale): VNode {
  return on(
    h(
      "form",
      { class: "versions-rename" },
      h("label", { for: "versions-rename" }, T.newName[locale]),
      on(
        h("input", {
          type: "text",
          id: "versions-rename",
          maxlength: String(NAME_UNITS_MAX),
          value: to,
          "data-part": "rename-input",
          "data-key": KEYS.renameInput,
        }),
        { input: (e) => c.editRename(valueOf(e)) },
      ),
      h("button", { type: "submit", class: "secondary small" }, T.rename[locale]),
      on(h("button", { type: "button", class: "secondary small", "data-action": "rename-cancel" }, T.cancel[locale]), {
        click: () => c.cancelRename(),
      }),
    ),
    { submit: submit(() => void c.rename()), keydown: onEscape(() => c.cancelRename()) },
  );
}

/** A listed version's tick box (for a comparison), its display name and what is known of it. */
function item(name: string, index: number, meta: string, fixed: boolean, c: VersionsController, locale: Locale): VNode {
  const checkId = `versions-check-${index}`;
  return h(
    "div",
    { class: "versions-item" },
    on(
      h("input", {
        type: "checkbox",
        id: checkId,
        "data-action": "select",
        checked: c.state().selected.includes(name),
        disabled: fixed,
        "aria-label": T.compareLabel(displayName(name))[locale],
      }),
      { change: (e) => c.select(name, (e.target as HTMLInputElement).checked) },
    ),
    h("label", { for: checkId }, h("span", { class: "versions-name" }, displayName(name)[locale]), h("span", { class: "versions-meta" }, meta)),
  );
}

function row(v: Version, index: number, c: VersionsController, locale: Locale): VNode {
  const state = c.state();
  const builtIn = v.name === articleVersion().name;
  const meta = [builtIn ? T.builtIn[locale] : v.savedAt.slice(0, 10), formatAmount(versionTotal(v), locale), v.note]
    .filter(Boolean)
    .join(" · ");
  const button = (action: string, label: string, click: () => void) =>
    on(h("button", { type: "button", class: "secondary small", "data-action": action, "data-key": KEYS.rowAction(v.name, action) }, label), {
      click,
    });
  const open = state.open && "name" in state.open && state.open.name === v.name ? state.open : undefined;
  return h(
    "li",
    { "data-name": v.name, "data-key": KEYS.row(v.name) },
    // The article is always the first column of a comparison: its box cannot be unticked.
    item(v.name, index, meta, builtIn, c, locale),
    h(
      "div",
      { class: "versions-actions", role: "group", "aria-label": T.actionsFor(displayName(v.name))[locale] },
      button("apply", T.apply[locale], () => void c.apply(v.name)),
      !builtIn && button("update", T.update[locale], () => c.askUpdate(v.name)),
      !builtIn && button("rename", T.rename[locale], () => c.startRename(v.name)),
      button("export", T.exportJson[locale], () => c.exportJson(v.name)),
      !builtIn && button("delete", T.remove[locale], () => c.askDelete(v.name)),
    ),
    h(
      "div",
      { "data-part": "row-extra" },
      open?.kind === "update" && confirmBox(T.confirmUpdate(v.name)[locale], T.update[locale], c, locale),
      open?.kind === "delete" && confirmBox(T.confirmDelete(v.name)[locale], T.remove[locale], c, locale),
      open?.kind === "rename" && renameForm(v.name, open.to, c, locale),
    ),
  );
}

/** A reference version: its label (Bankman-Fried's own account says so), read-only, its partial
 * total with the lines it covers; it can be ticked for a comparison, and has no other action. */
function referenceRow(r: ReferenceVersion, index: number, c: VersionsController, locale: Locale): VNode {
  const total = referenceTotal(r);
  const meta = [T.reference[locale], `${formatAmount(total.amount, locale)} (${partialTotal(total.covered, total.lines)[locale]})`, r.note[locale]].join(" · ");
  return h(
    "li",
    { "data-name": r.name, "data-key": KEYS.row(r.name), "data-reference": "" },
    item(r.name, index, meta, false, c, locale),
  );
}

/** "Bear case.json"; characters a file name cannot hold become "_". */
const fileName = (v: Version) => `${v.name.replace(/[\\/:*?"<>|\s]+/g, "_") || "version"}.json`;

function exportBox(v: Version | undefined, c: VersionsController, locale: Locale, downloadUrl: (json: string) => string): VNode {
  if (!v) return h("div", { class: "versions-export", "data-part": "export", hidden: true });
  const json = versionToJson(v);
  return h(
    "div",
    { class: "versions-export", "data-part": "export" },
    h("label", { for: "versions-export-json", class: "versions-subheading" }, T.exportHeading(displayName(v.name))[locale]),
    h("textarea", {
      id: "versions-export-json",
      readonly: true,
      rows: "8",
      spellcheck: "false",
      value: json,
      "data-part": "export-json",
      "data-key": KEYS.exportJson,
    }),
    h(
      "div",
      { class: "versions-buttons" },
      h("a", { href: downloadUrl(json), download: fileName(v), class: "secondary small" }, T.download[locale]),
      on(h("button", { type: "button", class: "secondary small", "data-action": "copy" }, T.copy[locale]), {
        click: () => void c.copy(json),
      }),
    ),
  );
}

export function versionsView(c: VersionsController, locale: Locale, downloadUrl: (json: string) => string): Child[] {
  const state = c.state();
  const open = state.open;
  return [
    h("h2", { id: "versions-heading" }, T.heading[locale]),
    h("p", { class: "body" }, T.body[locale]),
    on(
      h(
        "form",
        { class: "versions-save", "data-part": "save-form" },
        h("label", { for: "versions-name" }, T.name[locale]),
        on(
          h("input", {
            id: "versions-name",
            type: "text",
            // maxlength counts UTF-16 units, the rule counts characters as seen: the units cap
            // keeps a pasted megabyte out, and the rule says when a name is too long.
            maxlength: String(NAME_UNITS_MAX),
            autocomplete: "off",
            required: true,
            value: state.draft.name,
            "data-key": KEYS.nameInput,
          }),
          { input: (e) => c.edit({ name: valueOf(e) }) },
        ),
        h("label", { for: "versions-note" }, T.note[locale]),
        on(
          h("input", { id: "versions-note", type: "text", maxlength: String(NOTE_UNITS_MAX), autocomplete: "off", value: state.draft.note }),
          { input: (e) => c.edit({ note: valueOf(e) }) },
        ),
        h("button", { type: "submit", class: "primary", "data-action": "save" }, T.save[locale]),
        h("div", { "data-part": "save-confirm" }, open?.kind === "replace" && confirmBox(T.exists(open.existing)[locale], T.replace[locale], c, locale)),
        h("p", { class: "hint" }, T.saveHint[locale]),
      ),
      { submit: submit(() => void c.save()) },
    ),
    h(
      "div",
      { class: "versions-list-head" },
      h("h3", { id: "versions-list-heading", tabindex: "-1", "data-key": KEYS.listHeading }, T.listHeading[locale]),
      on(h("button", { type: "button", class: "secondary", "data-action": "refresh" }, T.refresh[locale]), { click: () => void c.refresh() }),
    ),
    h(
      "div",
      { class: "versions-issues", "data-part": "issues", hidden: state.issues.length === 0 },
      h("h3", {}, T.issuesHeading[locale]),
      h("ul", {}, ...state.issues.map((issue) => h("li", {}, issue.message[locale]))),
    ),
    h(
      "ul",
      { class: "versions-list", "data-part": "list", "aria-labelledby": "versions-list-heading" },
      row(articleVersion(), 0, c, locale),
      ...state.references.map((r, i) => referenceRow(r, 1 + i, c, locale)),
      ...state.versions.map((v, i) => row(v, 1 + state.references.length + i, c, locale)),
      state.versions.length === 0 && h("li", { class: "hint" }, T.empty[locale]),
    ),
    on(h("button", { type: "button", class: "primary", "data-action": "compare", "aria-describedby": "versions-compare-hint" }, T.compare[locale]), {
      click: () => void c.compare(),
    }),
    h("p", { class: "hint", id: "versions-compare-hint" }, T.compareHint[locale]),
    exportBox(state.exported, c, locale, downloadUrl),
    h(
      "details",
      { class: "versions-import", "data-part": "import" },
      h("summary", {}, T.importHeading[locale]),
      h("label", { for: "versions-import" }, T.importPaste[locale]),
      on(h("textarea", { id: "versions-import", rows: "5", spellcheck: "false", value: state.draft.json, "data-part": "import-json" }), {
        input: (e) => c.edit({ json: valueOf(e) }),
      }),
      h("label", { for: "versions-import-file" }, T.importFile[locale]),
      on(h("input", { id: "versions-import-file", type: "file", accept: ".json,application/json" }), {
        change: (e) => {
          const file = (e.target as HTMLInputElement).files?.[0];
          if (file) void c.chooseFile(file);
        },
      }),
      on(h("button", { type: "button", class: "secondary", "data-action": "import", "data-key": KEYS.importButton }, T.importButton[locale]), {
        click: () => void c.importJson(),
      }),
      h("div", {}, open?.kind === "replaceImport" && confirmBox(T.importExists(open.version.name)[locale], T.replace[locale], c, locale)),
    ),
  ];
}

/** The panel as mountView draws it. */
export function versionsPanelView(c: VersionsController, downloadUrl: (json: string) => string): PanelView {
  return {
    section: () => ({ class: "versions", "aria-labelledby": "versions-heading", "aria-busy": c.state().busy ? "true" : undefined }),
    render: (locale) => versionsView(c, locale, downloadUrl),
    subscribe: c.subscribe,
    focusFallback: KEYS.listHeading,
  };
}
