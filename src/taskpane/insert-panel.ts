// The front door: one button that inserts the article's estimate as a live model sheet.

import { rememberAddin } from "../excel/remember-addin";
import { writePlan } from "../excel/write-plan";
import { templatePlan } from "../template/plan";
import type { Locale } from "../model";
import type { MountPanel } from "./panel";
import { onClickOneAtATime } from "./busy-button";
import { UI_TEXT, type UiText } from "./ui-text";

// Office.js error codes (OfficeExtension.Error.code) the user can do something about.
const KNOWN_FAILURES: Record<string, keyof UiText["errors"]> = {
  ApiNotFound: "oldExcel",
  UnsupportedOperation: "oldExcel",
  AccessDenied: "protected",
  InvalidOperationInCellEditMode: "busy",
  ActivityLimitReached: "busy",
  RequestAborted: "busy",
  Conflict: "busy",
};

/** A failure in words the user can act on; anything else keeps Excel's own message. */
export function describeFailure(error: unknown, t: UiText): string {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  const known = typeof code === "string" ? KNOWN_FAILURES[code] : undefined;
  if (known) return t.errors[known];
  const message = error instanceof Error ? error.message : String(error);
  return `${t.errors.unknown} ${message}`;
}

export const mountInsertPanel: MountPanel = (root, context) => {
  root.innerHTML = `
    <h2 id="insert-heading"></h2>
    <p class="body" data-part="body"></p>
    <button type="button" class="primary" data-part="insert" aria-describedby="insert-language"></button>
    <p class="hint" id="insert-language"></p>
    <p class="hint safe" data-part="safe"></p>`;
  root.setAttribute("aria-labelledby", "insert-heading");
  const part = (name: string) => root.querySelector(`[data-part="${name}"]`) as HTMLElement;
  const button = part("insert") as HTMLButtonElement;

  const label = (locale: Locale) => {
    const t = UI_TEXT[locale];
    (root.querySelector("#insert-heading") as HTMLElement).textContent = t.insertHeading;
    part("body").textContent = t.insertBody;
    button.textContent = t.insertButton;
    (root.querySelector("#insert-language") as HTMLElement).textContent = t.insertLanguage;
    part("safe").textContent = t.insertSafe;
  };
  label(context.locale());
  context.onLocaleChange(label);

  onClickOneAtATime(button, async () => {
    const locale = context.locale();
    const t = UI_TEXT[locale];
    context.status.progress(t.inserting);
    try {
      const sheet = await context.run((excel) => writePlan(excel, templatePlan(locale)));
      // So a colleague with the add-in gets the taskpane and the functions when opening it.
      if (typeof Office !== "undefined" && Office.context?.document) await rememberAddin();
      context.status.success(t.inserted(sheet));
    } catch (error) {
      context.status.error(t.insertFailed(describeFailure(error, t)));
    }
  });
};
