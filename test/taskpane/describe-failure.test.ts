import { describeFailure } from "../../src/taskpane/insert-panel";
import { UI_TEXT } from "../../src/taskpane/ui-text";

const officeError = (code: string, message = "raw") => Object.assign(new Error(message), { code });

describe("describeFailure: Excel's failures in words the user can act on", () => {
  test.each([
    ["InvalidOperationInCellEditMode", UI_TEXT.en.errors.busy],
    ["AccessDenied", UI_TEXT.en.errors.protected],
    ["ApiNotFound", UI_TEXT.en.errors.oldExcel],
  ])("%s", (code, expected) => {
    expect(describeFailure(officeError(code), UI_TEXT.en)).toBe(expected);
  });

  test("anything else keeps Excel's own message, in the chosen language's frame", () => {
    expect(describeFailure(officeError("GeneralException", "Boom."), UI_TEXT.ja)).toBe("Excelからのメッセージ: Boom.");
    expect(describeFailure("plain text", UI_TEXT.en)).toBe("Excel reported: plain text");
  });
});
