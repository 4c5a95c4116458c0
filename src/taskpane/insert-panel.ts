// The front door: one button that inserts the article's estimate as a live model sheet.

import { rememberAddin } from "../excel/remember-addin";
import { writePlan } from "../excel/write-plan";
import { templatePlan } from "../template/plan";
import { h } from "./dom";
import { mountView, taskPanel, type MountPanel, type PanelContext, type PanelView, type Task } from "./panel";
import { UI_TEXT as T } from "./ui-text";

export function insertPanel(context: PanelContext): PanelView {
  const task: Task = {
    working: T.inserting,
    failed: T.insertFailed,
    async run(locale) {
      const sheet = await context.run((excel) => writePlan(excel, templatePlan(locale)));
      // So a colleague with the add-in gets the taskpane and the functions when opening it.
      if (typeof Office !== "undefined" && Office.context?.document) await rememberAddin();
      return { kind: "success", message: T.inserted(sheet) };
    },
  };
  return taskPanel(context, task, "insert-heading", (locale, button) => [
    h("h2", { id: "insert-heading" }, T.insertHeading[locale]),
    h("p", { class: "body", "data-part": "body" }, T.insertBody[locale]),
    button({ "data-part": "insert", "aria-describedby": "insert-language" }, T.insertButton[locale]),
    h("p", { class: "hint", id: "insert-language" }, T.insertLanguage[locale]),
    h("p", { class: "hint safe", "data-part": "safe" }, T.insertSafe[locale]),
  ]);
}

export const mountInsertPanel: MountPanel = (root, context) => mountView(root, context, insertPanel(context));
