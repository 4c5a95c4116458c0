// The versions panel's words, each in both languages side by side. Messages about the stored data
// itself (a damaged row, a missing column, a refusal) come from the versions layers as Messages
// too, and name rows and columns as the sheet shows them; the panel picks the user's language.
// A parameter typed Message is a version's display name (the article is 記事 in Japanese).

import { joinMessages, say, type Message } from "../model";
import { MODEL_LAYOUT } from "../template/layout";
import { fileSize } from "../versions/json";
import { clip, type InputFormula } from "../versions/model-sheet-snapshot";

/** The FTT line's estimate cell, as the message names it. */
const FTT_LINE = MODEL_LAYOUT.inputs.ftt_drop;

export const VERSIONS_TEXT = {
  heading: say("Your versions", "あなたのバージョン"),
  body: say(
    "Keep several breakdowns in this workbook (on its “Versions” sheet), switch between them and compare them with the article.",
    "複数の内訳をこのブックの「Versions」シートに保存し、切り替えたり記事と比較したりできます。",
  ),
  name: say("Name", "名前"),
  note: say("Note (optional)", "メモ(任意)"),
  save: say("Save current inputs", "現在の入力を保存"),
  saveHint: say(
    "Saves the blue cells and FTT drivers of the active model sheet.",
    "アクティブなモデルシートの青いセルとFTTの前提を保存します。",
  ),
  saved: (name: string) => say(`Saved the version “${name}”.`, `バージョン「${name}」を保存しました。`),
  exists: (name: string) =>
    say(
      `A version named “${name}” already exists. Replace it with the current inputs?`,
      `「${name}」という名前のバージョンがあります。現在の入力で置き換えますか?`,
    ),
  importExists: (name: string) =>
    say(
      `A version named “${name}” already exists. Replace it with the imported one?`,
      `「${name}」という名前のバージョンがあります。読み込んだもので置き換えますか?`,
    ),
  replace: say("Replace", "置き換える"),
  cancel: say("Cancel", "キャンセル"),
  listHeading: say("Saved versions", "保存したバージョン"),
  refresh: say("Refresh", "再読み込み"),
  empty: say("No versions saved yet.", "まだバージョンはありません。"),
  builtIn: say("built in, read-only", "組み込み・読み取り専用"),
  reference: say("reference, read-only", "参考・読み取り専用"),
  compareLabel: (name: Message) => say(`Compare “${name.en}”`, `「${name.ja}」を比較する`),
  apply: say("Apply", "適用"),
  update: say("Update", "更新"),
  rename: say("Rename", "名前の変更"),
  exportJson: say("Export", "書き出し"),
  remove: say("Delete", "削除"),
  actionsFor: (name: Message) => say(`Actions for “${name.en}”`, `「${name.ja}」の操作`),
  newName: say("New name", "新しい名前"),
  confirmUpdate: (name: string) =>
    say(`Replace “${name}” with the current inputs?`, `「${name}」を現在の入力で置き換えますか?`),
  confirmDelete: (name: string) =>
    say(
      `Delete “${name}”? Only its row on the Versions sheet is removed.`,
      `「${name}」を削除しますか?Versionsシートのその行だけが削除されます。`,
    ),
  applied: (name: Message, keptAs: string) =>
    say(
      `Applied “${name.en}” to the model. Your previous inputs are kept as “${keptAs}”.`,
      `「${name.ja}」をモデルに適用しました。以前の入力は「${keptAs}」として保存されています。`,
    ),
  alreadyApplied: (name: Message) =>
    say(
      `The model already holds “${name.en}”, cell for cell: nothing was changed.`,
      `モデルはすでに「${name.ja}」とセルごとに同じです。何も変更していません。`,
    ),
  fttRestored: say(
    `The FTT line (${FTT_LINE}) held a typed number; its formula is back, so it follows the applied FTT drivers.`,
    `FTTの行(${FTT_LINE})に直接入力された数値があったため、数式に戻しました。適用したFTTの前提が反映されます。`,
  ),
  formulasReplaced: (cells: readonly InputFormula[]) => {
    const en = cells.map((c) => `${c.address} (${clip(c.formula)})`);
    const ja = cells.map((c) => `${c.address}(${clip(c.formula)})`);
    const list = en.length === 1 ? en[0] : `${en.slice(0, -1).join(", ")} and ${en[en.length - 1]}`;
    return say(
      `Applying replaced your ${cells.length === 1 ? "formula" : "formulas"} in ${list}.`,
      `適用により、${ja.join("、")}の数式を置き換えました。`,
    );
  },
  updated: (name: string) => say(`Updated “${name}” with the current inputs.`, `「${name}」を現在の入力で更新しました。`),
  renamed: (from: string, to: string) => say(`Renamed “${from}” to “${to}”.`, `「${from}」を「${to}」に変更しました。`),
  deleted: (name: string) => say(`Deleted “${name}”.`, `「${name}」を削除しました。`),
  compare: say("Compare selected", "選択したものを比較"),
  compareHint: say(
    "Adds a new sheet with the article and the ticked versions side by side.",
    "記事とチェックしたバージョンを並べた新しいシートを追加します。",
  ),
  compared: (sheet: string) => say(`Created the comparison sheet “${sheet}”.`, `比較シート「${sheet}」を作成しました。`),
  chooseOne: say(
    "Tick at least one version to compare with the article.",
    "記事と比較するバージョンを1つ以上チェックしてください。",
  ),
  issuesHeading: say("Problems on the Versions sheet", "Versionsシートの問題"),
  exportHeading: (name: Message) => say(`“${name.en}” as JSON`, `「${name.ja}」のJSON`),
  download: say("Download .json", ".jsonをダウンロード"),
  copy: say("Copy", "コピー"),
  copied: say("Copied the JSON.", "JSONをコピーしました。"),
  importHeading: say("Import a version from JSON", "JSONからバージョンを読み込む"),
  importPaste: say("Paste JSON", "JSONを貼り付け"),
  importFile: say("or choose a .json file", "または.jsonファイルを選択"),
  importButton: say("Import", "読み込む"),
  fileTooLarge(file: string, bytes: number, limit: number): Message {
    const [size, max] = [fileSize(bytes), fileSize(limit)];
    // 1,040,000 bytes shows as "1 MB" too: say it is over.
    const is = size === max ? say(`just over ${max}`, `${max}をわずかに超えています`) : say(size, `${size} あります`);
    return say(
      `“${file}” is ${is.en}; a version's JSON is a few kB, so a file over ${max} is not read. Choose the .json file the panel exported.`,
      `「${file}」は ${is.ja}。バージョンの JSON は数 kB のため、${max} を超えるファイルは読み込みません。書き出した .json ファイルを選んでください。`,
    );
  },
  fileUnreadable: (file: string, why: string) =>
    say(`“${file}” could not be read (${why}).`, `「${file}」を読み込めませんでした(${why})。`),
  imported: (name: string) => say(`Imported the version “${name}”.`, `バージョン「${name}」を読み込みました。`),
  working: say("Working…", "処理中…"),
  /** A refusal: the store decided before writing anything. */
  refused: (reason: Message) => joinMessages([say("Nothing was changed.", "何も変更していません。"), reason]),
  /** Excel failed while writing: what may or may not have happened, in true words. */
  notDone: {
    save: say("The version was not saved.", "バージョンを保存できませんでした。"),
    apply: (name: Message, before: string) =>
      say(
        `“${name.en}” was not applied. If a version “${before}” appeared, it holds your previous inputs.`,
        `「${name.ja}」を適用できませんでした。「${before}」というバージョンが追加されていれば、それが以前の入力です。`,
      ),
    update: (name: string) => say(`“${name}” was not updated.`, `「${name}」を更新できませんでした。`),
    rename: (name: string) => say(`“${name}” was not renamed.`, `「${name}」の名前を変更できませんでした。`),
    remove: (name: string) => say(`“${name}” was not deleted.`, `「${name}」を削除できませんでした。`),
    compare: say(
      "The comparison was not completed. If a new comparison sheet appeared, it may be incomplete: delete it and try again.",
      "比較を完了できませんでした。新しい比較シートが追加されていれば不完全な可能性があります。削除してからやり直してください。",
    ),
    import: say("The version was not imported.", "バージョンを読み込めませんでした。"),
  },
};
