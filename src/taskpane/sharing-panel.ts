// The sharing panel: "Make a portable copy" of the model sheet for colleagues without the add-in.

import { formatAmount, type Locale } from "../model";
import { makePortableCopy, type PortableCopyResult } from "../excel/portable-copy";
import { rememberAddin } from "../excel/remember-addin";
import { onClickOneAtATime } from "./busy-button";
import { describeFailure } from "./insert-panel";
import type { MountPanel } from "./panel";
import { UI_TEXT } from "./ui-text";

interface SharingText {
  heading: string;
  explain: string;
  button: string;
  suffix: string;
  working: string;
  done(result: PortableCopyResult): string;
  nothing(sheet: string): string;
  refused(cells: string, count: number): string;
  failed(reason: string): string;
  hint: string;
}

/** Long lists name the first few cells and count the rest. */
const NAMED = 5;

function list(items: string[], separator: string, more: (n: number) => string): string {
  const named = items.slice(0, NAMED).join(separator);
  return items.length > NAMED ? `${named}${more(items.length - NAMED)}` : named;
}

/** A cell's text as quoted in a message, cut short when long. */
const quote = (text: string) => (text.length > 24 ? `${text.slice(0, 23)}…` : text);

const TEXT: Record<Locale, SharingText> = {
  en: {
    heading: "Share your model",
    explain:
      "Colleagues without the add-in (or in LibreOffice or Google Sheets) see FTX formulas as errors. " +
      "A portable copy replaces them with ordinary Excel formulas, or with the values they show, on a " +
      "new sheet; your sheet is left as it is.",
    button: "Make a portable copy",
    suffix: " (portable)",
    working: "Making a portable copy…",
    done: (r) => {
      const more = (n: number) => ` and ${n} more`;
      const amounts = r.textAmounts.map(
        (a) => `${a.address} ("${quote(a.text)}" as ${a.value}, ${formatAmount(a.dollars, "en")})`,
      );
      const frozen = r.frozen.map((f) => `${f.address} (${f.calls.join(", ")})`);
      const one = r.frozen.length === 1;
      return (
        `"${r.copy}" is ready: ${r.native} FTX formulas became Excel formulas, ${r.values} became values.` +
        (amounts.length > 0
          ? ` Amounts typed as text were written as numbers, so the copy's total counts them: ` +
            `${list(amounts, ", ", more)}.`
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
    },
    nothing: (sheet) => `"${sheet}" has no FTX formulas: it already works without the add-in.`,
    refused: (cells, count) =>
      `No copy was made: ${cells} ${count === 1 ? "holds" : "hold"} text where the model expects an amount. The copy's total ` +
      "(an ordinary SUM) would skip it without a word, where your sheet's FTX.TOTAL shows #VALUE!. " +
      "Type the amounts as numbers and try again.",
    failed: (reason) => `The portable copy failed. ${reason} Your sheet is unchanged.`,
    hint: "It copies the sheet you are on; select your model sheet first.",
  },
  ja: {
    heading: "モデルを共有する",
    explain:
      "アドインのない同僚(LibreOfficeやGoogleスプレッドシートを含む)には、FTX関数はエラーとして表示されます。" +
      "共有用コピーでは、それらを通常のExcelの数式または表示中の値に置き換えた新しいシートを作ります。元のシートはそのままです。",
    button: "共有用コピーを作成",
    suffix: "(共有用)",
    working: "共有用コピーを作成しています…",
    done: (r) => {
      const more = (n: number) => `ほか${n}個`;
      const amounts = r.textAmounts.map(
        (a) => `${a.address}(「${quote(a.text)}」→${a.value}、${formatAmount(a.dollars, "ja")})`,
      );
      const frozen = r.frozen.map((f) => `${f.address}(${f.calls.join("、")}、${quote(f.displayed)})`);
      return (
        `「${r.copy}」を作成しました:FTX関数のうち${r.native}個をExcelの数式に、${r.values}個を値に置き換えました。` +
        (amounts.length > 0
          ? `文字列で入力された金額は、コピーの合計に含まれるよう数値にしました:${list(amounts, "、", more)}。`
          : "") +
        (frozen.length > 0
          ? `${list(frozen, "、", more)}はテンプレートがその位置に置く数式ではないため、表示中の値としてコピーしました。` +
            "コピーでは入力を変えても更新されません。"
          : "") +
        (r.errors.length > 0
          ? `${r.errors.join("、")}はエラーを表示していたため、そのままです。`
          : "") +
        "ブックを保存してください。"
      );
    },
    nothing: (sheet) => `「${sheet}」にはFTX関数がありません。アドインなしでもそのまま使えます。`,
    refused: (cells) =>
      `共有用コピーは作成しませんでした:${cells}に金額ではない文字列が入っています。` +
      "コピーの合計(通常のSUM)はこれを黙って無視します(元のシートのFTX.TOTALは#VALUE!を表示します)。" +
      "数値で入力してからもう一度お試しください。",
    failed: (reason) =>
      `共有用コピーを作成できませんでした。${reason} 元のシートは変更されていません。`,
    hint: "表示中のシートをコピーします。先にモデルのシートを選んでください。",
  },
};

/** "D8 ("two billion")" / "D8(「二十億くらい」)": the cells a refused copy names. */
function refusedCells(r: PortableCopyResult, locale: Locale): string {
  const cells = r.notAmounts.map((c) =>
    locale === "ja" ? `${c.address}(「${quote(c.text)}」)` : `${c.address} ("${quote(c.text)}")`,
  );
  return locale === "ja"
    ? list(cells, "、", (n) => `ほか${n}個`)
    : list(cells, ", ", (n) => ` and ${n} more`);
}

/** Whether this Excel has an API set; false when Office cannot say (outside Office). */
function supports(version: string): boolean {
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  return requirements?.isSetSupported?.("ExcelApi", version) ?? false;
}

export const mountSharingPanel: MountPanel = (root, context) => {
  root.innerHTML = `
    <h2 id="sharing-heading"></h2>
    <p class="body" data-part="body"></p>
    <button type="button" class="primary" data-part="copy"></button>
    <p class="hint" data-part="hint"></p>`;
  root.setAttribute("aria-labelledby", "sharing-heading");
  const part = (name: string) => root.querySelector(`[data-part="${name}"]`) as HTMLElement;
  const button = part("copy") as HTMLButtonElement;

  const label = (locale: Locale) => {
    const t = TEXT[locale];
    (root.querySelector("#sharing-heading") as HTMLElement).textContent = t.heading;
    part("body").textContent = t.explain;
    button.textContent = t.button;
    part("hint").textContent = t.hint;
  };
  label(context.locale());
  context.onLocaleChange(label);

  onClickOneAtATime(button, async () => {
    const locale = context.locale();
    const t = TEXT[locale];
    context.status.progress(t.working);
    try {
      const options = { suffix: t.suffix, dynamicArrays: supports("1.12") };
      const result = await context.run((excel) => makePortableCopy(excel, options));
      if (result.notAmounts.length > 0) {
        context.status.error(t.refused(refusedCells(result, locale), result.notAmounts.length));
        return;
      }
      if (result.copy === undefined) {
        context.status.success(t.nothing(result.source));
        return;
      }
      if (typeof Office !== "undefined" && Office.context?.document) await rememberAddin();
      context.status.success(t.done(result));
    } catch (error) {
      context.status.error(t.failed(describeFailure(error, UI_TEXT[locale])));
    }
  });
};
