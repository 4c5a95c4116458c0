// What the taskpane shell hands to each panel (insert, versions, sharing). Panels never touch the
// global Excel object themselves: they get `run`, so tests can hand them a mock or a fake.

import type { Locale } from "../model";

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
