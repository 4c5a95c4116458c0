// The taskpane's own words (shell and insert panel), each in both languages side by side. The
// article's figures and labels are not here: they come from src/model.

import { joinMessages, say, type Message } from "../model";

export const UI_TEXT = {
  appName: say("FTX Loss Model", "FTX 損失モデル"),
  tagline: say("Where the $15.5B went, after milkyeggs (2022)", "155億ドルはどこへ消えたのか(milkyeggs, 2022)"),
  languageLabel: say("Language", "言語"),
  outsideTitle: say("Open this add-in in Excel", "このアドインはExcelで開いてください"),
  outsideBody: say(
    "This page is the FTX Loss Model task pane. It works inside Excel (Windows, Mac or the " +
      "web): open it from Home › FTX Loss Model.",
    "このページはFTX 損失モデルの作業ウィンドウです。Excel(Windows、Mac、Web)の中で動作します。" +
      "[ホーム] › [FTX 損失モデル] から開いてください。",
  ),
  insertHeading: say("The article's estimate as a live model", "記事の推定を連動するモデルとして挿入"),
  insertBody: say(
    "Adds a sheet with the article's eight causes of loss, your estimate beside each, and " +
      "totals, shares, differences and a chart that follow every change you make.",
    "記事の8つの損失原因と、それぞれに対するあなたの推定を並べたシートを追加します。" +
      "合計・構成比・差額・グラフは入力の変更に連動します。",
  ),
  insertSafe: say(
    "Always a new sheet: your existing sheets are never changed.",
    "常に新しいシートに挿入します。既存のシートは変更しません。",
  ),
  insertButton: say("Insert model sheet", "モデルのシートを挿入"),
  insertLanguage: say("Sheet language: English (amounts in $ billions)", "シートの言語:日本語(金額は億ドル)"),
  inserting: say("Inserting the model sheet…", "モデルのシートを挿入しています…"),
  inserted: (sheet: string) =>
    say(
      `Created the sheet “${sheet}”. Change the blue cells to try your own estimates.`,
      `シート「${sheet}」を作成しました。青いセルを変えて、あなたの推定を試してください。`,
    ),
  insertFailed: (reason: Message) =>
    joinMessages([say("The model sheet was not inserted.", "モデルのシートを挿入できませんでした。"), reason]),
  source: say("Source:", "出典:"),
  /** Excel's failures the user can do something about (see excel-failure.ts). */
  excelFailure: {
    busy: say(
      "Excel is busy, perhaps editing a cell: press Enter or Esc in the sheet, then try again.",
      "Excelが使用中です(セルの編集中など)。シートでEnterまたはEscを押してから、もう一度お試しください。",
    ),
    oldExcel: say(
      "This version of Excel lacks a feature the add-in needs: use Microsoft 365, Excel 2021 or later, or Excel on the web.",
      "このバージョンのExcelには、アドインに必要な機能がありません。Microsoft 365、Excel 2021 以降、または Excel on the web をお使いください。",
    ),
    protected: say(
      "The workbook is protected or read-only: unprotect it or save a copy, then try again.",
      "ブックが保護されているか読み取り専用です。保護を解除するかコピーを保存してから、もう一度お試しください。",
    ),
    /** Any other failure keeps Excel's own words. */
    other: (excel: string) => say(`Excel reported: ${excel}`, `Excelからのメッセージ: ${excel}`),
  },
};

/** The texts the page's markup names with data-text="…". */
export type PageTextKey = {
  [K in keyof typeof UI_TEXT]: (typeof UI_TEXT)[K] extends Message ? K : never;
}[keyof typeof UI_TEXT];
