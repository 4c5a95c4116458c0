import { explainExcelFailure } from "../../src/taskpane/excel-failure";

const officeError = (code: string, message = "raw") => Object.assign(new Error(message), { code });

describe("explainExcelFailure: Excel's failures in words the user can act on", () => {
  test.each([
    ["InvalidOperationInCellEditMode", "Excel is busy, perhaps editing a cell: press Enter or Esc in the sheet, then try again."],
    ["AccessDenied", "The workbook is protected or read-only: unprotect it or save a copy, then try again."],
    ["ApiNotFound", "This version of Excel lacks a feature the add-in needs: use Microsoft 365, Excel 2021 or later, or Excel on the web."],
  ])("%s", (code, expected) => {
    expect(explainExcelFailure(officeError(code)).en).toBe(expected);
  });

  test("in Japanese too", () => {
    expect(explainExcelFailure(officeError("AccessDenied")).ja).toMatch(/^ブックが保護されているか読み取り専用です。/);
  });

  test("anything else keeps Excel's own message, in each language's frame", () => {
    expect(explainExcelFailure(officeError("GeneralException", "Boom."))).toEqual({
      en: "Excel reported: Boom.",
      ja: "Excelからのメッセージ: Boom.",
    });
    expect(explainExcelFailure("plain text").en).toBe("Excel reported: plain text");
  });
});
