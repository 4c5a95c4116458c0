// The sharing panel as drawn (its view's plain tree, no browser): labels in both languages, the
// button marked busy while it works, and what the user is told in each outcome.
import type { PortableCopyResult } from "../../src/excel/portable-copy";
import type { Locale } from "../../src/model";
import type { PanelContext } from "../../src/taskpane/panel";
import { sharingPanel } from "../../src/taskpane/sharing-panel";
import { byAttr, textOf } from "../support/vnodes";

const makePortableCopy = jest.fn<Promise<PortableCopyResult>, unknown[]>();
jest.mock("../../src/excel/portable-copy", () => ({
  makePortableCopy: (...args: unknown[]) => makePortableCopy(...args),
}));

function mount(initial: Locale) {
  let locale = initial;
  const messages: [string, string][] = [];
  const busyWhileRunning: (string | boolean | undefined)[] = [];
  const context: PanelContext = {
    run: async (task) => {
      busyWhileRunning.push(button().attrs["aria-disabled"]);
      return task({} as Excel.RequestContext);
    },
    locale: () => locale,
    onLocaleChange: () => {},
    status: {
      progress: (m) => messages.push(["progress", m]),
      success: (m) => messages.push(["success", m]),
      error: (m) => messages.push(["error", m]),
    },
  };
  const view = sharingPanel(context);
  const render = () => view.render(locale);
  const part = (name: string) => byAttr(render(), "data-part", name);
  const button = () => part("copy");
  return {
    render,
    part,
    button,
    messages,
    busyWhileRunning,
    label: () => textOf(button()),
    click: async () => {
      const handler = button().on.click;
      handler(new Event("click"));
      // The task's promise settles in a few microtask turns.
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    switchTo(l: Locale) {
      locale = l;
    },
  };
}

beforeEach(() => makePortableCopy.mockReset());

const NOTHING_ELSE = { frozen: [], textAmounts: [], notAmounts: [] };

test("labels in English, relabelled in Japanese", () => {
  const panel = mount("en");
  expect(panel.label()).toBe("Make a portable copy");
  panel.switchTo("ja");
  expect(panel.label()).toBe("共有用コピーを作成");
  expect(textOf(byAttr(panel.render(), "id", "sharing-heading"))).toBe("モデルを共有する");
  expect(textOf(panel.part("hint"))).toMatch(/モデルのシート/);
});

test("a copy: progress, then success naming the new sheet; disabled while working", async () => {
  makePortableCopy.mockResolvedValue({
    source: "FTX Losses",
    copy: "FTX Losses (portable)",
    native: 3,
    values: 17,
    errors: [],
    ...NOTHING_ELSE,
  });
  const panel = mount("en");
  await panel.click();
  expect(makePortableCopy).toHaveBeenCalledWith(
    {},
    { suffix: " (portable)", dynamicArrays: false },
  );
  expect(panel.busyWhileRunning).toEqual(["true"]);
  expect(panel.button().attrs["aria-disabled"]).toBeUndefined();
  expect(panel.messages[0]).toEqual(["progress", "Making a portable copy…"]);
  expect(panel.messages[1][0]).toBe("success");
  expect(panel.messages[1][1]).toMatch(
    /"FTX Losses \(portable\)" is ready: 3 FTX formulas became Excel formulas, 17 became values/,
  );
});

test("Japanese suffix and messages; cells that kept an error are named", async () => {
  makePortableCopy.mockResolvedValue({
    source: "FTX損失",
    copy: "FTX損失(共有用)",
    native: 3,
    values: 18,
    errors: ["H3"],
    ...NOTHING_ELSE,
  });
  const panel = mount("ja");
  await panel.click();
  expect(makePortableCopy.mock.calls[0][1]).toEqual({ suffix: "(共有用)", dynamicArrays: false });
  expect(panel.messages[1][1]).toMatch(/「FTX損失\(共有用\)」を作成しました.*H3はエラー/);
});

test("nothing to convert, a failure, and an Excel too old to copy sheets", async () => {
  const panel = mount("en");
  makePortableCopy.mockResolvedValueOnce({
    source: "Notes",
    native: 0,
    values: 0,
    errors: [],
    ...NOTHING_ELSE,
  });
  await panel.click();
  expect(panel.messages.at(-1)).toEqual([
    "success",
    '"Notes" has no FTX formulas: it already works without the add-in.',
  ]);

  makePortableCopy.mockRejectedValueOnce(new Error("The sheet is protected."));
  await panel.click();
  expect(panel.messages.at(-1)).toEqual([
    "error",
    "The portable copy failed. Excel reported: The sheet is protected. Your sheet is unchanged.",
  ]);
  expect(panel.button().attrs["aria-disabled"]).toBeUndefined();

  makePortableCopy.mockRejectedValueOnce(
    Object.assign(new Error("ApiNotFound"), { code: "ApiNotFound" }),
  );
  await panel.click();
  expect(panel.messages.at(-1)?.[1]).toMatch(/lacks a feature the add-in needs/);
});

describe("what the copy changed, and a refused copy, are named", () => {
  const copied: PortableCopyResult = {
    source: "FTX Losses",
    copy: "FTX Losses (portable)",
    native: 2,
    values: 18,
    errors: [],
    frozen: [{ address: "D16", calls: ["FTX.TOTAL"], displayed: "$17.5B" }],
    textAmounts: [{ address: "D8", text: "$2B", dollars: 2e9, value: 2e9 }],
    notAmounts: [],
  };

  test("English: the text amount as its number, the frozen total with its value", async () => {
    makePortableCopy.mockResolvedValue(copied);
    const panel = mount("en");
    await panel.click();
    const [kind, message] = panel.messages[1];
    expect(kind).toBe("success");
    expect(message).toContain(
      "Amounts typed as text were written as numbers, so the copy's total counts them: " +
        'D8 ("$2B" as 2000000000, $2B).',
    );
    expect(message).toContain(
      "D16 (FTX.TOTAL) was copied as its value $17.5B because it is not a formula the template " +
        "puts there; in the copy it will not follow your edits.",
    );
  });

  test("Japanese, several frozen cells, a long list cut short", async () => {
    const frozen = ["H1", "H2", "H3", "H4", "H5", "H6", "H7"].map((address) => ({
      address,
      calls: ["FTX.TOTAL"],
      displayed: "155",
    }));
    makePortableCopy.mockResolvedValue({
      ...copied,
      copy: "FTX損失(共有用)",
      frozen,
      textAmounts: [{ address: "D8", text: "20億", dollars: 2e9, value: 20 }],
    });
    const panel = mount("ja");
    await panel.click();
    const message = panel.messages[1][1];
    expect(message).toContain("D8(「20億」→20、20億ドル)");
    expect(message).toMatch(/H1\(FTX\.TOTAL、155\).*H5\(FTX\.TOTAL、155\)ほか2個はテンプレート/);
    expect(message).not.toContain("H6");
  });

  test("a long text is quoted cut between graphemes: no half emoji, no letter without its accent", async () => {
    makePortableCopy.mockResolvedValue({
      ...copied,
      frozen: [{ address: "D16", calls: ["FTX.TOTAL"], displayed: `${"x".repeat(21)}e\u0301 and more` }],
      textAmounts: [{ address: "D8", text: `${"2".repeat(22)}🐻🐻`, dollars: 2e9, value: 2e9 }],
    });
    const panel = mount("en");
    await panel.click();
    const message = panel.messages[1][1];
    expect(message).toContain(`D8 ("${"2".repeat(22)}…" as 2000000000, $2B)`);
    expect(message).toContain(`D16 (FTX.TOTAL) was copied as its value ${"x".repeat(21)}e\u0301… because`);
    expect(message).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  test("refused: an error naming each cell and its text; nothing else claimed", async () => {
    makePortableCopy.mockResolvedValue({
      ...copied,
      copy: undefined,
      frozen: [],
      textAmounts: [],
      notAmounts: [
        { address: "D9", text: "two billion-ish" },
        { address: "D12", text: "TRUE" },
      ],
    });
    const panel = mount("en");
    await panel.click();
    expect(panel.messages[1]).toEqual([
      "error",
      'No copy was made: D9 ("two billion-ish"), D12 ("TRUE") hold text where the model expects an ' +
        "amount. The copy's total (an ordinary SUM) would skip it without a word, where your " +
        "sheet's FTX.TOTAL shows #VALUE!. Type the amounts as numbers and try again.",
    ]);
    panel.switchTo("ja");
    await panel.click();
    expect(panel.messages.at(-1)?.[0]).toBe("error");
    expect(panel.messages.at(-1)?.[1]).toMatch(
      /^共有用コピーは作成しませんでした:D9\(「two billion-ish」\)、D12\(「TRUE」\)に金額ではない/,
    );
  });
});

test("a failure in Japanese: the sentences are joined without a space", async () => {
  const panel = mount("ja");
  makePortableCopy.mockRejectedValueOnce(new Error("シートは保護されています。"));
  await panel.click();
  expect(panel.messages.at(-1)).toEqual([
    "error",
    "共有用コピーを作成できませんでした。Excelからのメッセージ: シートは保護されています。元のシートは変更されていません。",
  ]);
});
