// The taskpane's own words (shell and insert panel), in both languages. The article's figures
// and labels are not here: they come from src/model.

import type { Locale } from "../model";

export interface UiText {
  appName: string;
  tagline: string;
  languageLabel: string;
  outsideTitle: string;
  outsideBody: string;
  insertHeading: string;
  insertBody: string;
  insertSafe: string;
  insertButton: string;
  insertLanguage: string;
  inserting: string;
  inserted(sheet: string): string;
  insertFailed(reason: string): string;
  source: string;
  errors: {
    busy: string;
    oldExcel: string;
    protected: string;
    unknown: string;
  };
}

export const UI_TEXT: Record<Locale, UiText> = {
  en: {
    appName: "FTX Loss Model",
    tagline: "Where the $15.5B went, after milkyeggs (2022)",
    languageLabel: "Language",
    outsideTitle: "Open this add-in in Excel",
    outsideBody:
      "This page is the FTX Loss Model task pane. It works inside Excel (Windows, Mac or the " +
      "web): open it from Home › FTX Loss Model.",
    insertHeading: "The article's estimate as a live model",
    insertBody:
      "Adds a sheet with the article's eight causes of loss, your estimate beside each, and " +
      "totals, shares, differences and a chart that follow every change you make.",
    insertSafe: "Always a new sheet: your existing sheets are never changed.",
    insertButton: "Insert model sheet",
    insertLanguage: "Sheet language: English (amounts in $ billions)",
    inserting: "Inserting the model sheet…",
    inserted: (sheet) => `Created the sheet “${sheet}”. Change the blue cells to try your own estimates.`,
    insertFailed: (reason) => `The model sheet was not inserted. ${reason}`,
    source: "Source:",
    errors: {
      busy: "Excel is busy, perhaps editing a cell: press Enter or Esc in the sheet, then try again.",
      oldExcel:
        "This version of Excel lacks a feature the add-in needs: use Microsoft 365, Excel 2021 or later, or Excel on the web.",
      protected: "The workbook is protected or read-only: unprotect it or save a copy, then try again.",
      unknown: "Excel reported:",
    },
  },
  ja: {
    appName: "FTX 損失モデル",
    tagline: "155億ドルはどこへ消えたのか(milkyeggs, 2022)",
    languageLabel: "言語",
    outsideTitle: "このアドインはExcelで開いてください",
    outsideBody:
      "このページはFTX 損失モデルの作業ウィンドウです。Excel(Windows、Mac、Web)の中で動作します。" +
      "[ホーム] › [FTX 損失モデル] から開いてください。",
    insertHeading: "記事の推定を連動するモデルとして挿入",
    insertBody:
      "記事の8つの損失原因と、それぞれに対するあなたの推定を並べたシートを追加します。" +
      "合計・構成比・差額・グラフは入力の変更に連動します。",
    insertSafe: "常に新しいシートに挿入します。既存のシートは変更しません。",
    insertButton: "モデルのシートを挿入",
    insertLanguage: "シートの言語:日本語(金額は億ドル)",
    inserting: "モデルのシートを挿入しています…",
    inserted: (sheet) => `シート「${sheet}」を作成しました。青いセルを変えて、あなたの推定を試してください。`,
    insertFailed: (reason) => `モデルのシートを挿入できませんでした。${reason}`,
    source: "出典:",
    errors: {
      busy: "Excelが使用中です(セルの編集中など)。シートでEnterまたはEscを押してから、もう一度お試しください。",
      oldExcel:
        "このバージョンのExcelには、アドインに必要な機能がありません。Microsoft 365、Excel 2021 以降、または Excel on the web をお使いください。",
      protected: "ブックが保護されているか読み取り専用です。保護を解除するかコピーを保存してから、もう一度お試しください。",
      unknown: "Excelからのメッセージ:",
    },
  },
};
