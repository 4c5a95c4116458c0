// The versions panel's words, in both languages. Messages about the stored data itself (a damaged
// row, a missing column) come from the store, in both languages, and name rows and columns as the
// sheet shows them; the panel picks the one it is showing.

import type { Locale } from "../model";

export interface VersionsText {
  heading: string;
  body: string;
  name: string;
  note: string;
  save: string;
  saveHint: string;
  saved: (name: string) => string;
  exists: (name: string) => string;
  importExists: (name: string) => string;
  replace: string;
  cancel: string;
  listHeading: string;
  refresh: string;
  empty: string;
  builtIn: string;
  compareLabel: (name: string) => string;
  apply: string;
  update: string;
  rename: string;
  exportJson: string;
  remove: string;
  actionsFor: (name: string) => string;
  newName: string;
  confirmUpdate: (name: string) => string;
  confirmDelete: (name: string) => string;
  applied: (name: string, keptAs?: string) => string;
  fttRestored: string;
  updated: (name: string) => string;
  renamed: (from: string, to: string) => string;
  deleted: (name: string) => string;
  compare: string;
  compareHint: string;
  compared: (sheet: string) => string;
  chooseTwo: string;
  issuesHeading: string;
  exportHeading: (name: string) => string;
  download: string;
  copy: string;
  copied: string;
  importHeading: string;
  importPaste: string;
  importFile: string;
  importButton: string;
  imported: (name: string) => string;
  working: string;
  /** A refusal: the store decided before writing anything. */
  failed: (reason: string) => string;
  /** Excel failed while writing: what may or may not have happened, in true words. */
  notDone: {
    save: string;
    apply: (name: string, before: string) => string;
    update: (name: string) => string;
    rename: (name: string) => string;
    remove: (name: string) => string;
    compare: string;
    import: string;
  };
}

export const VERSIONS_TEXT: Record<Locale, VersionsText> = {
  en: {
    heading: "Your versions",
    body: "Keep several breakdowns in this workbook (on its “Versions” sheet), switch between them and compare them with the article.",
    name: "Name",
    note: "Note (optional)",
    save: "Save current inputs",
    saveHint: "Saves the blue cells and FTT drivers of the active model sheet.",
    saved: (name) => `Saved the version “${name}”.`,
    exists: (name) => `A version named “${name}” already exists. Replace it with the current inputs?`,
    importExists: (name) => `A version named “${name}” already exists. Replace it with the imported one?`,
    replace: "Replace",
    cancel: "Cancel",
    listHeading: "Saved versions",
    refresh: "Refresh",
    empty: "No versions saved yet.",
    builtIn: "built in, read-only",
    compareLabel: (name) => `Compare “${name}”`,
    apply: "Apply",
    update: "Update",
    rename: "Rename",
    exportJson: "Export",
    remove: "Delete",
    actionsFor: (name) => `Actions for “${name}”`,
    newName: "New name",
    confirmUpdate: (name) => `Replace “${name}” with the current inputs?`,
    confirmDelete: (name) => `Delete “${name}”? Only its row on the Versions sheet is removed.`,
    applied: (name, keptAs) =>
      `Applied “${name}” to the model.` + (keptAs ? ` Your previous inputs are kept as “${keptAs}”.` : ""),
    fttRestored: "The FTT line (D13) held a typed number; its formula is back, so it follows the applied FTT drivers.",
    updated: (name) => `Updated “${name}” with the current inputs.`,
    renamed: (from, to) => `Renamed “${from}” to “${to}”.`,
    deleted: (name) => `Deleted “${name}”.`,
    compare: "Compare selected",
    compareHint: "Adds a new sheet with the article and the ticked versions side by side.",
    compared: (sheet) => `Created the comparison sheet “${sheet}”.`,
    chooseTwo: "Tick at least one version to compare with the article.",
    issuesHeading: "Problems on the Versions sheet",
    exportHeading: (name) => `“${name}” as JSON`,
    download: "Download .json",
    copy: "Copy",
    copied: "Copied the JSON.",
    importHeading: "Import a version from JSON",
    importPaste: "Paste JSON",
    importFile: "or choose a .json file",
    importButton: "Import",
    imported: (name) => `Imported the version “${name}”.`,
    working: "Working…",
    failed: (reason) => `Nothing was changed. ${reason}`,
    notDone: {
      save: "The version was not saved.",
      apply: (name, before) =>
        `“${name}” was not applied. If a version “${before}” appeared, it holds your previous inputs.`,
      update: (name) => `“${name}” was not updated.`,
      rename: (name) => `“${name}” was not renamed.`,
      remove: (name) => `“${name}” was not deleted.`,
      compare: "The comparison was not completed. If a new comparison sheet appeared, it may be incomplete: delete it and try again.",
      import: "The version was not imported.",
    },
  },
  ja: {
    heading: "あなたのバージョン",
    body: "複数の内訳をこのブックの「Versions」シートに保存し、切り替えたり記事と比較したりできます。",
    name: "名前",
    note: "メモ(任意)",
    save: "現在の入力を保存",
    saveHint: "アクティブなモデルシートの青いセルとFTTの前提を保存します。",
    saved: (name) => `バージョン「${name}」を保存しました。`,
    exists: (name) => `「${name}」という名前のバージョンがあります。現在の入力で置き換えますか?`,
    importExists: (name) => `「${name}」という名前のバージョンがあります。読み込んだもので置き換えますか?`,
    replace: "置き換える",
    cancel: "キャンセル",
    listHeading: "保存したバージョン",
    refresh: "再読み込み",
    empty: "まだバージョンはありません。",
    builtIn: "組み込み・読み取り専用",
    compareLabel: (name) => `「${name}」を比較する`,
    apply: "適用",
    update: "更新",
    rename: "名前の変更",
    exportJson: "書き出し",
    remove: "削除",
    actionsFor: (name) => `「${name}」の操作`,
    newName: "新しい名前",
    confirmUpdate: (name) => `「${name}」を現在の入力で置き換えますか?`,
    confirmDelete: (name) => `「${name}」を削除しますか?Versionsシートのその行だけが削除されます。`,
    applied: (name, keptAs) =>
      `「${name}」をモデルに適用しました。` + (keptAs ? `以前の入力は「${keptAs}」として保存されています。` : ""),
    fttRestored: "FTTの行(D13)に直接入力された数値があったため、数式に戻しました。適用したFTTの前提が反映されます。",
    updated: (name) => `「${name}」を現在の入力で更新しました。`,
    renamed: (from, to) => `「${from}」を「${to}」に変更しました。`,
    deleted: (name) => `「${name}」を削除しました。`,
    compare: "選択したものを比較",
    compareHint: "記事とチェックしたバージョンを並べた新しいシートを追加します。",
    compared: (sheet) => `比較シート「${sheet}」を作成しました。`,
    chooseTwo: "記事と比較するバージョンを1つ以上チェックしてください。",
    issuesHeading: "Versionsシートの問題",
    exportHeading: (name) => `「${name}」のJSON`,
    download: ".jsonをダウンロード",
    copy: "コピー",
    copied: "JSONをコピーしました。",
    importHeading: "JSONからバージョンを読み込む",
    importPaste: "JSONを貼り付け",
    importFile: "または.jsonファイルを選択",
    importButton: "読み込む",
    imported: (name) => `バージョン「${name}」を読み込みました。`,
    working: "処理中…",
    failed: (reason) => `何も変更していません。${reason}`,
    notDone: {
      save: "バージョンを保存できませんでした。",
      apply: (name, before) =>
        `「${name}」を適用できませんでした。「${before}」というバージョンが追加されていれば、それが以前の入力です。`,
      update: (name) => `「${name}」を更新できませんでした。`,
      rename: (name) => `「${name}」の名前を変更できませんでした。`,
      remove: (name) => `「${name}」を削除できませんでした。`,
      compare: "比較を完了できませんでした。新しい比較シートが追加されていれば不完全な可能性があります。削除してからやり直してください。",
      import: "バージョンを読み込めませんでした。",
    },
  },
};
