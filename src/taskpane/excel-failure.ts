// What the taskpane tells the user when Excel fails a batch: Office.js error codes
// (OfficeExtension.Error.code) the user can act on, in their words; anything else in Excel's own.

import type { Message } from "../model";
import { UI_TEXT } from "./ui-text";

const ACTIONABLE: Record<string, keyof Omit<typeof UI_TEXT.excelFailure, "other">> = {
  ApiNotFound: "oldExcel",
  UnsupportedOperation: "oldExcel",
  AccessDenied: "protected",
  InvalidOperationInCellEditMode: "busy",
  ActivityLimitReached: "busy",
  RequestAborted: "busy",
  Conflict: "busy",
};

/** Why Excel failed, as the user can act on it; an unknown code keeps Excel's own message. */
export function explainExcelFailure(error: unknown): Message {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  const actionable = typeof code === "string" ? ACTIONABLE[code] : undefined;
  if (actionable) return UI_TEXT.excelFailure[actionable];
  return UI_TEXT.excelFailure.other(error instanceof Error ? error.message : String(error));
}
