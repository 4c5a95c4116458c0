// The taskpane shell: language, status, and the panels (insert, versions, sharing), each mounted
// into its own <section> with a PanelContext. Outside Excel it says where to open it instead.

import { ARTICLE, localeFromOffice, translationCredit, type Locale } from "../model";
import { mountInsertPanel } from "./insert-panel";
import type { MountPanel, PanelContext, Status } from "./panel";
import { mountSharingPanel } from "./sharing-panel";
import { followTheme, type OfficeThemeColors } from "./theme";
import { UI_TEXT, type PageTextKey } from "./ui-text";
import { mountVersionsPanel } from "./versions-panel";

const byId = (id: string) => document.getElementById(id) as HTMLElement;

/** Excel.run where Excel is (or a browser test's fake Excel); undefined in a plain browser. */
function excelRun(): PanelContext["run"] | undefined {
  const excel = (globalThis as { Excel?: { run?: unknown } }).Excel;
  return typeof excel?.run === "function" ? (task) => Excel.run(task) : undefined;
}

/** The status bar is sticky: the page scrolls a focused control into view below it (WCAG 2.4.11),
 * with room for however many lines the message takes. */
function keepFocusClearOf(status: HTMLElement): void {
  const update = () => {
    // Its sticky offset (CSS `top`), its height, and a gap as wide as the offset.
    const top = parseFloat(getComputedStyle(status).top) || 0;
    const space = status.dataset.kind ? status.offsetHeight + 2 * top : 0;
    document.documentElement.style.setProperty("--status-space", `${Math.max(0, Math.ceil(space))}px`);
  };
  new ResizeObserver(update).observe(status);
  update();
}

/** The status region is in the page, empty, from the start (a live region added or shown with its
 * first message is often not announced); only its text changes. */
function statusIn(element: HTMLElement, locale: () => Locale): Status {
  const text = element.querySelector(".status-text") as HTMLElement;
  keepFocusClearOf(element);
  const show = (kind: "progress" | "success" | "error", message: string) => {
    element.dataset.kind = kind;
    // A failure interrupts; progress and success wait for the screen reader to finish.
    element.setAttribute("aria-live", kind === "error" ? "assertive" : "polite");
    element.lang = locale();
    text.textContent = message;
  };
  return {
    progress: (message) => show("progress", message),
    success: (message) => show("success", message),
    error: (message) => show("error", message),
  };
}

function showSource(locale: Locale): void {
  const footer = document.querySelector(".app-footer .source") as HTMLElement;
  const link = document.createElement("a");
  link.href = ARTICLE.url;
  link.target = "_blank";
  link.rel = "noopener noreferrer";
  link.lang = "en";
  link.textContent = `“${ARTICLE.title}”`;
  const date = document.createElement("span");
  date.className = "nowrap";
  date.textContent = `(${ARTICLE.published})`;
  const parts: (string | Node)[] = [`${UI_TEXT.source[locale]} ${ARTICLE.author}, `, link, " ", date];
  if (locale === "ja") parts.push(`。${translationCredit()}`);
  footer.replaceChildren(...parts);
}

function start(displayLanguage: string | undefined, officeTheme?: OfficeThemeColors): void {
  followTheme(officeTheme);
  let locale = localeFromOffice(displayLanguage);
  const listeners: ((locale: Locale) => void)[] = [];
  const languageButtons = [...document.querySelectorAll<HTMLButtonElement>("button[data-locale]")];

  const relabel = () => {
    document.documentElement.lang = locale;
    document.title = UI_TEXT.appName[locale];
    for (const element of document.querySelectorAll<HTMLElement>("[data-text]")) {
      element.textContent = UI_TEXT[element.dataset.text as PageTextKey][locale];
    }
    for (const button of languageButtons) {
      button.setAttribute("aria-pressed", String(button.dataset.locale === locale));
    }
    showSource(locale);
  };
  for (const button of languageButtons) {
    button.addEventListener("click", () => {
      const next = button.dataset.locale as Locale;
      if (next === locale) return;
      locale = next;
      relabel();
      for (const listener of listeners) listener(locale);
    });
  }
  relabel();

  const run = excelRun();
  if (!run) {
    byId("outside-excel").hidden = false;
    for (const id of ["insert-panel", "versions-panel", "sharing-panel"]) byId(id).hidden = true;
    document.body.dataset.ready = "outside-excel";
    return;
  }
  const context: PanelContext = {
    run,
    locale: () => locale,
    onLocaleChange: (listener) => listeners.push(listener),
    status: statusIn(byId("status"), () => locale),
  };
  const panels: [string, MountPanel][] = [
    ["insert-panel", mountInsertPanel],
    ["versions-panel", mountVersionsPanel],
    ["sharing-panel", mountSharingPanel],
  ];
  for (const [id, mount] of panels) mount(byId(id), context);
  document.body.dataset.ready = "excel";
}

// functions.js is one bundle, the custom functions and this taskpane: the taskpane boots only in
// its page (taskpane.html), not where Excel's custom-functions runtime or a test's vm runs the
// bundle with no document.
const onTaskpanePage = typeof document !== "undefined" && document.getElementById("insert-panel") !== null;

if (onTaskpanePage && typeof Office === "undefined") {
  // office.js did not load (blocked or offline): still say what this page is.
  start(navigator.language);
} else if (onTaskpanePage) {
  // officeTheme is in no requirement set: undefined where the host lacks it (themeFor then
  // follows the system's preference).
  Office.onReady(() => start(Office.context?.displayLanguage ?? navigator.language, Office.context?.officeTheme));
}
