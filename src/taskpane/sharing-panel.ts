// The sharing panel: "Make a portable copy" of the model sheet for colleagues without the add-in.

import { clipped, formatAmount, joinMessages, say, type Message } from "../model";
import { makePortableCopy, type PortableCopyResult } from "../excel/portable-copy";
import { rememberAddin } from "../excel/remember-addin";
import { h } from "./dom";
import { mountView, taskPanel, type MountPanel, type PanelContext, type PanelView, type Task } from "./panel";

/** Long lists name the first few cells and count the rest. */
const NAMED = 5;

function list(items: string[], separator: string, more: (n: number) => string): string {
  const named = items.slice(0, NAMED).join(separator);
  return items.length > NAMED ? `${named}${more(items.length - NAMED)}` : named;
}

/** A cell's text as quoted in a message, cut short (between graphemes) when long. */
const quote = (text: string) => clipped(text, 24);

function doneEn(r: PortableCopyResult): string {
  const more = (n: number) => ` and ${n} more`;
  const amounts = r.textAmounts.map((a) => `${a.address} ("${quote(a.text)}" as ${a.value}, ${formatAmount(a.dollars, "en")})`);
  const frozen = r.frozen.map((f) => `${f.address} (${f.calls.join(", ")})`);
  const one = r.frozen.length === 1;
  return (
    `"${r.copy}" is ready: ${r.native} FTX formulas became Excel formulas, ${r.values} became values.` +
    (amounts.length > 0
      ? ` Amounts typed as text were written as numbers, so the copy's total counts them: ${list(amounts, ", ", more)}.`
      : "") +
    (one
      ? ` ${frozen[0]} was copied as its value ${quote(r.frozen[0].displayed)} because it is not a formula ` +
        "the template puts there; in the copy it will not follow your edits."
      : r.frozen.length > 1
        ? ` ${list(frozen, ", ", more)} were copied as the values they showed because they are not ` +
          "formulas the template puts there; in the copy they will not follow your edits."
        : "") +
    (r.errors.length > 0 ? ` ${r.errors.join(", ")} showed an error and still do.` : "") +
    " Save the workbook to keep it."
  );
}

function doneJa(r: PortableCopyResult): string {
  const more = (n: number) => `ほか${n}個`;
  const amounts = r.textAmounts.map((a) => `${a.address}(「${quote(a.text)}」→${a.value}、${formatAmount(a.dollars, "ja")})`);
  const frozen = r.frozen.map((f) => `${f.address}(${f.calls.join("、")}、${quote(f.displayed)})`);
  return (
    `「${r.copy}」を作成しました:FTX関数のうち${r.native}個をExcelの数式に、${r.values}個を値に置き換えました。` +
    (amounts.length > 0 ? `文字列で入力された金額は、コピーの合計に含まれるよう数値にしました:${list(amounts, "、", more)}。` : "") +
    (frozen.length > 0
      ? `${list(frozen, "、", more)}はテンプレートがその位置に置く数式ではないため、表示中の値としてコピーしました。` +
        "コピーでは入力を変えても更新されません。"
      : "") +
    (r.errors.length > 0 ? `${r.errors.join("、")}はエラーを表示していたため、そのままです。` : "") +
    "ブックを保存してください。"
  );
}

/** "D8 ("two billion")" / "D8(「二十億くらい」)": the cells a refused copy names. */
function refusedCells(r: PortableCopyResult): Message {
  return say(
    list(r.notAmounts.map((c) => `${c.address} ("${quote(c.text)}")`), ", ", (n) => ` and ${n} more`),
    list(r.notAmounts.map((c) => `${c.address}(「${quote(c.text)}」)`), "、", (n) => `ほか${n}個`),
  );
}

const TEXT = {
  heading: say("Share your model", "モデルを共有する"),
  explain: say(
    "Colleagues without the add-in (or in LibreOffice or Google Sheets) see FTX formulas as errors. " +
      "A portable copy replaces them with ordinary Excel formulas, or with the values they show, on a " +
      "new sheet; your sheet is left as it is.",
    "アドインのない同僚(LibreOfficeやGoogleスプレッドシートを含む)には、FTX関数はエラーとして表示されます。" +
      "共有用コピーでは、それらを通常のExcelの数式または表示中の値に置き換えた新しいシートを作ります。元のシートはそのままです。",
  ),
  button: say("Make a portable copy", "共有用コピーを作成"),
  /** Added to the source sheet's name to name the copy. */
  suffix: say(" (portable)", "(共有用)"),
  working: say("Making a portable copy…", "共有用コピーを作成しています…"),
  done: (r: PortableCopyResult) => say(doneEn(r), doneJa(r)),
  nothing: (sheet: string) =>
    say(
      `"${sheet}" has no FTX formulas: it already works without the add-in.`,
      `「${sheet}」にはFTX関数がありません。アドインなしでもそのまま使えます。`,
    ),
  refused: (cells: Message, count: number) =>
    say(
      `No copy was made: ${cells.en} ${count === 1 ? "holds" : "hold"} text where the model expects an amount. The copy's total ` +
        "(an ordinary SUM) would skip it without a word, where your sheet's FTX.TOTAL shows #VALUE!. " +
        "Type the amounts as numbers and try again.",
      `共有用コピーは作成しませんでした:${cells.ja}に金額ではない文字列が入っています。` +
        "コピーの合計(通常のSUM)はこれを黙って無視します(元のシートのFTX.TOTALは#VALUE!を表示します)。" +
        "数値で入力してからもう一度お試しください。",
    ),
  failed: (reason: Message) =>
    joinMessages([
      say("The portable copy failed.", "共有用コピーを作成できませんでした。"),
      reason,
      say("Your sheet is unchanged.", "元のシートは変更されていません。"),
    ]),
  hint: say(
    "It copies the sheet you are on; select your model sheet first.",
    "表示中のシートをコピーします。先にモデルのシートを選んでください。",
  ),
};

/** Whether this Excel has an API set; false when Office cannot say (outside Office). */
function supports(version: string): boolean {
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  return requirements?.isSetSupported?.("ExcelApi", version) ?? false;
}

export function sharingPanel(context: PanelContext): PanelView {
  const task: Task = {
    working: TEXT.working,
    failed: TEXT.failed,
    async run(locale) {
      const options = { suffix: TEXT.suffix[locale], dynamicArrays: supports("1.12") };
      const result = await context.run((excel) => makePortableCopy(excel, options));
      if (result.notAmounts.length > 0) {
        return { kind: "error", message: TEXT.refused(refusedCells(result), result.notAmounts.length) };
      }
      if (result.copy === undefined) return { kind: "success", message: TEXT.nothing(result.source) };
      if (typeof Office !== "undefined" && Office.context?.document) await rememberAddin();
      return { kind: "success", message: TEXT.done(result) };
    },
  };
  return taskPanel(context, task, "sharing-heading", (locale, button) => [
    h("h2", { id: "sharing-heading" }, TEXT.heading[locale]),
    h("p", { class: "body", "data-part": "body" }, TEXT.explain[locale]),
    button({ "data-part": "copy" }, TEXT.button[locale]),
    h("p", { class: "hint", "data-part": "hint" }, TEXT.hint[locale]),
  ]);
}

export const mountSharingPanel: MountPanel = (root, context) => mountView(root, context, sharingPanel(context));
