// What the taskpane shell hands to each panel (insert, versions, sharing), and the one way a panel
// is mounted: a view drawn from its state (dom.ts), redrawn on each change and each change of
// language. Panels never touch the global Excel object themselves: they get `run`, so tests can
// hand them a mock or a fake.

import type { Locale, Message } from "../model";
import { focusKey, h, on, patch, type Attrs, type Child, type VNode } from "./dom";
import { explainExcelFailure } from "./excel-failure";

export interface Status {
  /** A step under way ("Inserting…"); announced politely to screen readers. */
  progress(message: string): void;
  success(message: string): void;
  /** A failure, in words the user can act on; nothing has been lost. */
  error(message: string): void;
}

export interface PanelContext {
  /** Excel.run in Excel; a fake in browser tests. */
  run<T>(task: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** The language the user chose (or Office's display language). */
  locale(): Locale;
  /** Called by the shell when the user switches language, so a panel can relabel itself. */
  onLocaleChange(listener: (locale: Locale) => void): void;
  status: Status;
}

/** Each panel module exports one of these; the shell mounts it into its own <section>. */
export type MountPanel = (root: HTMLElement, context: PanelContext) => void;

/** An element to focus after a change, by its `data-key`; `select` selects an input's text. */
export interface Focus {
  key: string;
  select?: boolean;
}

/** A panel as the DOM sees it: what it shows now, and when that changes. */
export interface PanelView {
  /** Attributes of the panel's own <section> (`class` is added to the shell's classes). */
  section(): Attrs;
  /** The panel's contents in this language. */
  render(locale: Locale): readonly Child[];
  /** Hears every change, with the element the change moves focus to, if any. */
  subscribe(listener: (focus?: Focus) => void): void;
  /** Where focus goes when a change removed the focused element (a deleted version's row). */
  focusFallback?: string;
}

export function mountView(root: HTMLElement, context: PanelContext, view: PanelView): void {
  const draw = (focus?: Focus) => {
    const hadFocus = root.contains(document.activeElement);
    for (const [name, value] of Object.entries(view.section())) {
      if (name === "class" && typeof value === "string") root.classList.add(value);
      else if (value === undefined || value === false) root.removeAttribute(name);
      else root.setAttribute(name, value === true ? "" : value);
    }
    patch(root, view.render(context.locale()));
    if (focus) focusKey(root, focus.key, focus.select);
    else if (hadFocus && !root.contains(document.activeElement) && view.focusFallback) focusKey(root, view.focusFallback);
  };
  view.subscribe(draw);
  context.onLocaleChange(() => draw());
  draw();
}

/** What a panel's task ended with: a success, or a refusal decided before anything was written. */
export interface Outcome {
  kind: "success" | "error";
  message: Message;
}

/** A one-button panel's task: what the status says while it runs and after. */
export interface Task {
  working: Message;
  run(locale: Locale): Promise<Outcome>;
  /** Excel failed the task: what the user is told, around Excel's reason. */
  failed(reason: Message): Message;
}

/**
 * A panel with one button that runs a task (insert, sharing), one run at a time: a second click
 * while it works is ignored. aria-disabled rather than disabled, so the button keeps keyboard
 * focus while Excel works. `render` draws the panel around the `button` it is given.
 */
export function taskPanel(
  context: PanelContext,
  task: Task,
  headingId: string,
  render: (locale: Locale, button: (attrs: Attrs, label: string) => VNode) => readonly Child[],
): PanelView {
  let busy = false;
  const listeners: (() => void)[] = [];
  const setBusy = (value: boolean) => {
    busy = value;
    for (const listener of listeners) listener();
  };
  async function run(): Promise<void> {
    if (busy) return;
    setBusy(true);
    const locale = context.locale();
    context.status.progress(task.working[locale]);
    try {
      const outcome = await task.run(locale);
      context.status[outcome.kind](outcome.message[locale]);
    } catch (error) {
      context.status.error(task.failed(explainExcelFailure(error))[locale]);
    } finally {
      setBusy(false);
    }
  }
  const button = (attrs: Attrs, label: string) =>
    on(h("button", { type: "button", class: "primary", ...attrs, "aria-disabled": busy ? "true" : undefined }, label), {
      click: () => void run(),
    });
  return {
    section: () => ({ "aria-labelledby": headingId }),
    render: (locale) => render(locale, button),
    subscribe: (listener) => void listeners.push(() => listener()),
  };
}
