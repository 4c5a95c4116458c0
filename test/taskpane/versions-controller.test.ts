// The versions panel's controller, without a browser: what each action asks the store, what the
// user is told (in English and in Japanese), where focus goes, and what a failure of Excel
// mid-operation leaves. The store is a fake that fails like Excel, at sync, with Office's codes.

import { REFERENCE_VERSIONS, type Locale } from "../../src/model";
import { versionToJson } from "../../src/versions/json";
import { makeVersion, type Version } from "../../src/versions/version";
import type { Focus } from "../../src/taskpane/panel";
import { KEYS, displayName, versionsController } from "../../src/taskpane/versions-controller";
import { FakeVersionsStore } from "./fake-versions-store";

const NOW = new Date("2024-06-01T12:00:00.000Z");

function version(name: string, luna = 1e9): Version {
  const base = new FakeVersionsStore().model;
  const made = makeVersion({ ...base, name, note: `note of ${name}`, savedAt: "2024-05-01", amounts: { ...base.amounts, luna }, ranges: undefined });
  if (!made.ok) throw new Error(made.error.en);
  return made.value;
}

async function panel(options: { locale?: Locale; versions?: Version[] } = {}) {
  const store = new FakeVersionsStore();
  if (options.versions) {
    store.versions = options.versions;
    store.sheetExists = true;
  }
  let locale: Locale = options.locale ?? "en";
  const messages: [string, string][] = [];
  const focus: (Focus | undefined)[] = [];
  const copied: string[] = [];
  const controller = versionsController({
    store,
    locale: () => locale,
    status: {
      progress: (m) => messages.push(["progress", m]),
      success: (m) => messages.push(["success", m]),
      error: (m) => messages.push(["error", m]),
    },
    now: () => NOW,
    copy: async (text) => void copied.push(text),
  });
  controller.subscribe((f) => focus.push(f));
  await controller.refresh();
  return {
    store,
    controller,
    copied,
    state: () => controller.state(),
    names: () => controller.state().versions.map((v) => v.name),
    last: () => messages.at(-1),
    messages,
    /** Where the last change that moved focus moved it. */
    focused: () => focus.filter((f) => f !== undefined).at(-1),
    switchTo: (l: Locale) => void (locale = l),
  };
}

describe("list", () => {
  test("on start: the stored versions in sheet order, in one sync; nothing said", async () => {
    const p = await panel({ versions: [version("Low"), version("High")] });
    expect(p.names()).toEqual(["Low", "High"]);
    expect(p.store.syncs).toBe(1);
    expect(p.messages).toEqual([]);
  });

  test("a list Excel fails says why, and leaves the panel usable", async () => {
    const p = await panel({ versions: [version("Low")] });
    p.store.failSync(1, "GeneralException", "The operation failed.");
    await p.controller.refresh();
    expect(p.last()).toEqual(["error", "Excel reported: The operation failed."]);
    expect(p.names()).toEqual(["Low"]);
    expect(p.state().busy).toBe(false);
  });
});

describe("save", () => {
  test("a new name: saved with the clock's date, the form cleared, the list updated", async () => {
    const p = await panel();
    p.controller.edit({ name: "  Mine ", note: "LUNA at half" });
    await p.controller.save();
    expect(p.messages).toEqual([
      ["progress", "Working…"],
      ["success", "Saved the version “Mine”."],
    ]);
    expect(p.store.versions[0]).toMatchObject({ name: "Mine", note: "LUNA at half", savedAt: NOW.toISOString() });
    expect(p.state().draft).toEqual({ name: "", note: "", json: "" });
    expect(p.names()).toEqual(["Mine"]);
  });

  test("a taken name (any case) asks before replacing, with focus on Cancel; Cancel saves nothing", async () => {
    const p = await panel({ versions: [version("Low")] });
    p.controller.edit({ name: "low" });
    await p.controller.save();
    expect(p.state().open).toEqual({ kind: "replace", existing: "Low", request: { name: "low", note: "" } });
    expect(p.focused()).toEqual({ key: KEYS.cancel });
    expect(p.store.calls).toEqual(["list"]);

    await p.controller.answer(false);
    expect(p.state().open).toBeUndefined();
    expect(p.focused()).toEqual({ key: KEYS.nameInput });
    expect(p.store.calls).toEqual(["list"]);
    expect(p.state().draft.name).toBe("low"); // what was typed stays
  });

  test("replace: the version's row takes the current inputs", async () => {
    const p = await panel({ versions: [version("Low", 5e8)] });
    p.controller.edit({ name: "Low", note: "again" });
    await p.controller.save();
    await p.controller.answer(true);
    expect(p.last()).toEqual(["success", "Saved the version “Low”."]);
    expect(p.store.versions).toHaveLength(1);
    expect(p.store.versions[0]).toMatchObject({ note: "again", amounts: expect.objectContaining({ luna: 1e9 }) });
  });

  test("saved meanwhile elsewhere: the store's refusal, then the question", async () => {
    const p = await panel();
    p.store.versions.push(version("Late")); // by hand, after the panel's list
    p.controller.edit({ name: "late" });
    await p.controller.save();
    expect(p.messages.filter(([k]) => k === "error")).toEqual([["error", 'Nothing was changed. A version named "Late" already exists.']]);
    expect(p.state().open).toMatchObject({ kind: "replace", existing: "Late" });
    expect(p.focused()).toEqual({ key: KEYS.cancel });
  });

  test("a name the versions rules refuse: why, in the user's language, and nothing written", async () => {
    const p = await panel({ locale: "ja" });
    p.controller.edit({ name: "   " });
    await p.controller.save();
    expect(p.last()).toEqual(["error", "何も変更していません。バージョンには名前が必要です。"]);
    p.switchTo("en");
    p.controller.edit({ name: "記事" });
    await p.controller.save();
    expect(p.last()).toEqual(["error", `Nothing was changed. "記事" is the built-in version of the article's figures; choose another name.`]);
    expect(p.store.versions).toEqual([]);
  });

  test("Excel fails the write (ItemNotFound at sync): not saved, Excel's reason, in English and Japanese", async () => {
    const p = await panel();
    p.store.failSync(2, "ItemNotFound", "The requested resource doesn't exist.");
    p.controller.edit({ name: "Mine" });
    await p.controller.save();
    expect(p.last()).toEqual(["error", "The version was not saved. Excel reported: The requested resource doesn't exist."]);
    expect(p.store.versions).toEqual([]);
    expect(p.state().draft.name).toBe("Mine"); // kept, to try again

    p.switchTo("ja");
    p.store.failSync(2, "InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
    await p.controller.save();
    expect(p.last()).toEqual([
      "error",
      "バージョンを保存できませんでした。Excelからのメッセージ: The argument is invalid or missing or has an incorrect format.",
    ]);
  });
});

describe("update, rename, delete", () => {
  test("update asks first (focus on Cancel), then replaces the inputs and keeps the note", async () => {
    const p = await panel({ versions: [version("Low", 5e8)] });
    p.controller.askUpdate("Low");
    expect(p.state().open).toEqual({ kind: "update", name: "Low" });
    expect(p.focused()).toEqual({ key: KEYS.cancel });
    await p.controller.answer(true);
    expect(p.last()).toEqual(["success", "Updated “Low” with the current inputs."]);
    expect(p.store.versions[0]).toMatchObject({ name: "Low", note: "note of Low", amounts: expect.objectContaining({ luna: 1e9 }) });
  });

  test("rename: the form opens with the name selected; the new name shows in the list", async () => {
    const p = await panel({ versions: [version("Low")] });
    p.controller.startRename("Low");
    expect(p.state().open).toEqual({ kind: "rename", name: "Low", to: "Low" });
    expect(p.focused()).toEqual({ key: KEYS.renameInput, select: true });
    p.controller.editRename(" Bear ");
    await p.controller.rename();
    expect(p.last()).toEqual(["success", "Renamed “Low” to “Bear”."]);
    expect(p.names()).toEqual(["Bear"]);
    expect(p.state().open).toBeUndefined();
  });

  test("rename to a taken name is refused; Cancel returns focus to the Rename button", async () => {
    const p = await panel({ versions: [version("Low"), version("High")] });
    p.controller.startRename("Low");
    p.controller.editRename("HIGH");
    await p.controller.rename();
    expect(p.last()).toEqual(["error", 'Nothing was changed. A version named "High" already exists.']);
    p.controller.startRename("Low");
    p.controller.cancelRename();
    expect(p.focused()).toEqual({ key: KEYS.rowAction("Low", "rename") });
    expect(p.names()).toEqual(["Low", "High"]);
  });

  test("rename Excel fails (InvalidArgument at sync), in Japanese", async () => {
    const p = await panel({ locale: "ja", versions: [version("弱気")] });
    p.store.failSync(2, "InvalidArgument", "Bad argument.");
    p.controller.startRename("弱気");
    p.controller.editRename("強気");
    await p.controller.rename();
    expect(p.last()).toEqual(["error", "「弱気」の名前を変更できませんでした。Excelからのメッセージ: Bad argument."]);
    expect(p.names()).toEqual(["弱気"]);
  });

  test("a failure and Excel's reason are joined as each language joins sentences: no space in Japanese", async () => {
    const p = await panel({ locale: "ja", versions: [version("弱気")] });
    p.store.failSync(2, "AccessDenied", "Access denied.");
    p.controller.askDelete("弱気");
    await p.controller.answer(true);
    expect(p.last()).toEqual([
      "error",
      "「弱気」を削除できませんでした。ブックが保護されているか読み取り専用です。保護を解除するかコピーを保存してから、もう一度お試しください。",
    ]);
    p.switchTo("en");
    p.store.failSync(2, "AccessDenied", "Access denied.");
    p.controller.askDelete("弱気");
    await p.controller.answer(true);
    expect(p.last()).toEqual([
      "error",
      "“弱気” was not deleted. The workbook is protected or read-only: unprotect it or save a copy, then try again.",
    ]);
    expect(p.names()).toEqual(["弱気"]);
  });

  test("delete asks first with focus on Cancel; Cancel returns focus to Delete and keeps the version", async () => {
    const p = await panel({ versions: [version("Low")] });
    p.controller.askDelete("Low");
    expect(p.state().open).toEqual({ kind: "delete", name: "Low" });
    expect(p.focused()).toEqual({ key: KEYS.cancel });
    await p.controller.answer(false);
    expect(p.focused()).toEqual({ key: KEYS.rowAction("Low", "delete") });
    expect(p.store.calls).toEqual(["list"]);
    expect(p.names()).toEqual(["Low"]);
  });

  test("delete: gone from the store, the list and the comparison's ticks", async () => {
    const p = await panel({ versions: [version("Low"), version("High")] });
    p.controller.select("Low", true);
    p.controller.select("High", true);
    p.controller.askDelete("Low");
    await p.controller.answer(true);
    expect(p.last()).toEqual(["success", "Deleted “Low”."]);
    expect(p.names()).toEqual(["High"]);
    expect(p.state().selected).toEqual(["High"]);
  });

  test("a version deleted by hand meanwhile: the store's refusal; ItemNotFound at the write: not deleted", async () => {
    const p = await panel({ versions: [version("Low"), version("High")] });
    p.store.versions = p.store.versions.filter((v) => v.name !== "Low");
    p.controller.askDelete("Low");
    await p.controller.answer(true);
    expect(p.last()).toEqual(["error", 'Nothing was changed. No version named "Low".']);
    expect(p.names()).toEqual(["High"]); // the list caught up

    p.store.failSync(2, "ItemNotFound", "The requested resource doesn't exist.");
    p.controller.askDelete("High");
    await p.controller.answer(true);
    expect(p.last()).toEqual(["error", "“High” was not deleted. Excel reported: The requested resource doesn't exist."]);
    expect(p.names()).toEqual(["High"]);
  });
});

describe("apply", () => {
  test("the article: applied, the previous inputs kept as an automatic version", async () => {
    const p = await panel({ versions: [version("Mine", 5e8)] });
    await p.controller.apply("Mine");
    await p.controller.apply("Article");
    expect(p.last()).toEqual(["success", "Applied “Article” to the model. Your previous inputs are kept as “before Article”."]);
    expect(p.names()).toEqual(["Mine", "before Mine", "before Article"]);
  });

  test("in Japanese the article is 記事, and so is the automatic version's name", async () => {
    const p = await panel({ locale: "ja", versions: [version("弱気", 5e8)] });
    await p.controller.apply("弱気");
    expect(p.last()).toEqual(["success", "「弱気」をモデルに適用しました。以前の入力は「弱気の適用前」として保存されています。"]);
    await p.controller.apply("Article");
    expect(p.last()).toEqual(["success", "「記事」をモデルに適用しました。以前の入力は「記事の適用前」として保存されています。"]);
  });

  test("formulas of the user's in inputs: the apply replaces them and names each cell, in both languages", async () => {
    const p = await panel({ versions: [version("Mine", 5e8)] });
    p.store.modelFormulas = [{ address: "D13", formula: '=FTX.AMOUNT("$5B")' }];
    await p.controller.apply("Mine");
    expect(p.last()).toEqual([
      "success",
      'Applied “Mine” to the model. Your previous inputs are kept as “before Mine”. Applying replaced your formula in D13 (=FTX.AMOUNT("$5B")).',
    ]);
    p.switchTo("ja");
    p.store.modelFormulas = [
      { address: "D8", formula: "=D30*2" },
      { address: "D19", formula: "=SUM(Z1:Z100)+SUM(Z101:Z200)+SUM(Z201:Z300)" },
    ];
    await p.controller.apply("Article");
    expect(p.last()).toEqual([
      "success",
      "「記事」をモデルに適用しました。以前の入力は「記事の適用前」として保存されています。" +
        "適用により、D8(=D30*2)、D19(=SUM(Z1:Z100)+SUM(Z101:Z200)+SUM(Z201:Z…)の数式を置き換えました。",
    ]);
    p.switchTo("en");
    p.store.modelFormulas = [
      { address: "D8", formula: "=D30*2" },
      { address: "D9", formula: "=1" },
      { address: "D19", formula: "=2" },
    ];
    await p.controller.apply("Mine");
    expect(p.last()?.[1]).toMatch(/ Applying replaced your formulas in D8 \(=D30\*2\), D9 \(=1\) and D19 \(=2\)\.$/);
  });

  test("a long formula is quoted cut between graphemes: no half emoji, no letter without its accent", async () => {
    const p = await panel({ versions: [version("Mine", 5e8)] });
    p.store.modelFormulas = [
      { address: "D8", formula: `="${"x".repeat(36)}🐻🐻"` },
      { address: "D9", formula: `="${"y".repeat(36)}e\u0301, and so on"` },
    ];
    await p.controller.apply("Mine");
    expect(p.last()?.[1]).toMatch(new RegExp(` Applying replaced your formulas in D8 \\(="x{36}…\\) and D9 \\(="y{36}…\\)\\.$`));
  });

  test("the model already holds the version cell for cell: nothing written, and the panel says so", async () => {
    const p = await panel({ versions: [version("Mine", 5e8)] });
    await p.controller.apply("Mine");
    const syncs = p.store.syncs;
    await p.controller.apply("Mine");
    expect(p.last()).toEqual(["success", "The model already holds “Mine”, cell for cell: nothing was changed."]);
    expect(p.store.syncs - syncs).toBe(2); // the apply's read, then the panel's list
    p.switchTo("ja");
    await p.controller.apply("Mine");
    expect(p.last()).toEqual(["success", "モデルはすでに「Mine」とセルごとに同じです。何も変更していません。"]);
    expect(p.names()).toEqual(["Mine", "before Mine"]);
  });

  test("the same values from formulas of the user's: a before copy is kept first, and the message names both", async () => {
    const p = await panel({ versions: [version("Mine", 5e8)] });
    await p.controller.apply("Mine");
    p.store.modelFormulas = [{ address: "D8", formula: "=5*10^8" }];
    await p.controller.apply("Mine");
    expect(p.last()).toEqual([
      "success",
      "Applied “Mine” to the model. Your previous inputs are kept as “before Mine (2)”. Applying replaced your formula in D8 (=5*10^8).",
    ]);
    expect(p.names()).toEqual(["Mine", "before Mine", "before Mine (2)"]);
    expect(p.store.versions.at(-1)?.amounts.luna).toBe(5e8);
    expect(p.store.modelFormulas).toEqual([]);
  });

  test("the same values from a formula, and Excel fails after the before copy landed: the message says where it is", async () => {
    const p = await panel({ locale: "ja" });
    p.store.modelFormulas = [{ address: "D19", formula: "=44/2" }];
    p.store.failSync(2, "InvalidArgument", "Bad range.", 1);
    await p.controller.apply("Article");
    expect(p.last()).toEqual([
      "error",
      "「記事」を適用できませんでした。「記事の適用前」というバージョンが追加されていれば、それが以前の入力です。Excelからのメッセージ: Bad range.",
    ]);
    expect(p.names()).toEqual(["記事の適用前"]);
    expect(p.store.modelFormulas).toEqual([{ address: "D19", formula: "=44/2" }]); // the model kept its formula
  });

  test("Excel fails after the automatic version landed: the message says where the inputs are", async () => {
    const p = await panel({ versions: [version("Mine", 5e8)] });
    p.store.failSync(2, "InvalidArgument", "Bad range.", 1);
    await p.controller.apply("Mine");
    expect(p.last()).toEqual([
      "error",
      "“Mine” was not applied. If a version “before Mine” appeared, it holds your previous inputs. Excel reported: Bad range.",
    ]);
    expect(p.names()).toEqual(["Mine", "before Mine"]); // what the failed batch left shows
    expect(p.store.model.amounts.luna).toBe(1e9); // the model kept its inputs
  });
});

describe("compare", () => {
  test("nothing ticked: asks for one, and calls nothing", async () => {
    const p = await panel({ versions: [version("Low")] });
    await p.controller.compare();
    expect(p.last()).toEqual(["error", "Tick at least one version to compare with the article."]);
    expect(p.store.calls).toEqual(["list"]);
  });

  test("the ticked versions in list order; the article cannot be unticked or ticked", async () => {
    const p = await panel({ versions: [version("Low"), version("Mid"), version("High")] });
    p.controller.select("High", true);
    p.controller.select("Low", true);
    p.controller.select("Article", true);
    await p.controller.compare();
    expect(p.last()).toEqual(["success", "Created the comparison sheet “Comparison”."]);
    expect(p.store.comparisons[0].map((v) => v.name)).toEqual(["Low", "High"]);
  });

  test("Excel fails mid-way: the message says a sheet may be left incomplete", async () => {
    const p = await panel({ locale: "ja", versions: [version("Low")] });
    p.controller.select("Low", true);
    p.store.failSync(2, "GeneralException", "Boom.");
    await p.controller.compare();
    expect(p.last()?.[1]).toMatch(/^比較を完了できませんでした。.*削除してからやり直してください。Excelからのメッセージ: Boom\.$/);
  });
});

describe("JSON export and import", () => {
  test("export shows the version's JSON and moves focus to it; copy puts it on the clipboard", async () => {
    const p = await panel({ versions: [version("Low")] });
    p.controller.exportJson("Low");
    expect(p.state().exported?.name).toBe("Low");
    expect(p.focused()).toEqual({ key: KEYS.exportJson });
    await p.controller.copy(versionToJson(version("Low")));
    expect(p.copied).toEqual([versionToJson(version("Low"))]);
    expect(p.last()).toEqual(["success", "Copied the JSON."]);
  });

  test("a round trip: exported, deleted, imported; the import box is cleared", async () => {
    const p = await panel({ versions: [version("Low", 7e8)] });
    const json = versionToJson(p.state().versions[0]);
    p.controller.askDelete("Low");
    await p.controller.answer(true);
    p.controller.edit({ json });
    await p.controller.importJson();
    expect(p.last()).toEqual(["success", "Imported the version “Low”."]);
    expect(p.store.versions[0].amounts.luna).toBe(7e8);
    expect(p.state().draft.json).toBe("");
  });

  test("a file of schema 1 (no ranges) is imported with the article's ranges, and the panel says so", async () => {
    const p = await panel({ versions: [] });
    const doc = JSON.parse(versionToJson(version("Old", 7e8)));
    delete doc.version.ranges;
    p.controller.edit({ json: JSON.stringify({ ...doc, schema: 1 }) });
    await p.controller.importJson();
    const [kind, text] = p.last() ?? ["", ""];
    expect(kind).toBe("success");
    expect(text).toMatch(/^Imported the version “Old”\..*"Old" has no Low and High for voyager_blockfi, .*the article's default ranges are assumed\.$/s);
    expect(p.store.versions[0].ranges.luna).toEqual({ low: 0.5e9, high: 1.5e9 });
  });

  test("a taken name asks before replacing (focus on Cancel); yes replaces it", async () => {
    const p = await panel({ versions: [version("Low", 7e8)] });
    p.controller.edit({ json: versionToJson(version("LOW", 2e8)) });
    await p.controller.importJson();
    expect(p.state().open).toMatchObject({ kind: "replaceImport" });
    expect(p.focused()).toEqual({ key: KEYS.cancel });
    await p.controller.answer(false);
    expect(p.focused()).toEqual({ key: KEYS.importButton });
    expect(p.store.calls).toEqual(["list"]);

    await p.controller.importJson();
    await p.controller.answer(true);
    expect(p.last()).toEqual(["success", "Imported the version “LOW”."]);
    expect(p.store.versions.map((v) => [v.name, v.amounts.luna])).toEqual([["LOW", 2e8]]);
  });

  test("JSON that is not a version: why, in English and in Japanese; nothing asked of Excel", async () => {
    const p = await panel();
    p.controller.edit({ json: '{"format":"nope"}' });
    await p.controller.importJson();
    expect(p.last()?.[1]).toMatch(/^Nothing was changed\. .*"format" must be "ftx-loss-model\/version"/);
    p.switchTo("ja");
    p.controller.edit({ json: "{" });
    await p.controller.importJson();
    expect(p.last()?.[1]).toMatch(/^何も変更していません。正しい JSON ではありません/);
    expect(p.store.calls).toEqual(["list"]);
    expect(p.state().draft.json).toBe("{"); // kept, to mend
  });
});

describe("careless and hostile input", () => {
  /** A file the picker hands over; reading it when it should not be read fails the test. */
  const file = (name: string, size: number, text = "") => ({
    name,
    size,
    read: 0,
    async text() {
      this.read++;
      if (size > 1e6) throw new Error("a file over 1 MB was read");
      return text;
    },
  });

  test("a 50 MB file is refused by its size, unread, in English and Japanese; nothing asked of Excel", async () => {
    const p = await panel();
    p.controller.edit({ json: "{ kept" });
    const big = file("dump.json", 50 * 1024 * 1024);
    await p.controller.chooseFile(big);
    expect(p.last()).toEqual([
      "error",
      "“dump.json” is 52.4 MB; a version's JSON is a few kB, so a file over 1 MB is not read. Choose the .json file the panel exported.",
    ]);
    p.switchTo("ja");
    await p.controller.chooseFile(file("大.json", 1_040_000));
    expect(p.last()).toEqual([
      "error",
      "「大.json」は 1 MBをわずかに超えています。バージョンの JSON は数 kB のため、1 MB を超えるファイルは読み込みません。書き出した .json ファイルを選んでください。",
    ]);
    expect(big.read).toBe(0);
    expect(p.state().draft.json).toBe("{ kept");
    expect(p.store.calls).toEqual(["list"]);
  });

  test("a file of 1 MB or less goes into the import box; one that cannot be read says so", async () => {
    const p = await panel();
    const json = versionToJson(version("From file"));
    await p.controller.chooseFile(file("v.json", 1e6, json));
    expect(p.state().draft.json).toBe(json);
    await p.controller.importJson();
    expect(p.last()).toEqual(["success", "Imported the version “From file”."]);
    await p.controller.chooseFile({ name: "gone.json", size: 10, text: () => Promise.reject(new Error("NotReadableError")) });
    expect(p.last()).toEqual(["error", "“gone.json” could not be read (NotReadableError)."]);
  });

  /** A version's JSON padded (with a field import ignores) to exactly `bytes` bytes of UTF-8,
   * mostly of 億 (3 bytes, 1 UTF-16 unit), so its bytes and its units differ. */
  function jsonOfBytes(bytes: number, name = "Padded"): string {
    const doc = JSON.parse(versionToJson(version(name)));
    const bare = Buffer.byteLength(JSON.stringify({ ...doc, padding: "" }), "utf8");
    const room = bytes - bare;
    const text = JSON.stringify({ ...doc, padding: "億".repeat(Math.floor(room / 3)) + "x".repeat(room % 3) });
    expect(Buffer.byteLength(text, "utf8")).toBe(bytes);
    return text;
  }

  test("pasted JSON over 1 MB of UTF-8 is refused before it is parsed, in English and Japanese; nothing written", async () => {
    const p = await panel({ versions: [version("Low")] });
    const over = jsonOfBytes(1_000_001);
    expect(over.length).toBeLessThan(400_000); // under the limit counted in UTF-16 units
    const parse = jest.spyOn(JSON, "parse");
    try {
      p.controller.edit({ json: over });
      await p.controller.importJson();
      expect(p.last()).toEqual([
        "error",
        "Nothing was changed. This JSON is over 1 MB; a version's JSON is a few kB, so it is not read. " +
          "Paste or choose the .json file the panel exported.",
      ]);
      p.switchTo("ja");
      p.controller.edit({ json: "x".repeat(50 * 1024 * 1024) }); // a pasted 50 MB
      await p.controller.importJson();
      expect(p.last()).toEqual([
        "error",
        "何も変更していません。この JSON は 1 MB を超えています。バージョンの JSON は数 kB のため、読み込みません。" +
          "書き出した .json ファイルの内容を貼り付けるか、そのファイルを選んでください。",
      ]);
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
    expect(p.store.calls).toEqual(["list"]);
    expect(p.names()).toEqual(["Low"]);
    expect(p.state().draft.json).toHaveLength(50 * 1024 * 1024); // kept, to clear or mend
  });

  test("pasted JSON of exactly 1 MB of UTF-8 is imported", async () => {
    const p = await panel();
    p.controller.edit({ json: jsonOfBytes(1_000_000, "At the limit") });
    await p.controller.importJson();
    expect(p.last()).toEqual(["success", "Imported the version “At the limit”."]);
    expect(p.names()).toEqual(["At the limit"]);
  });

  test("a long text quoted in a refusal is counted in characters as a reader sees them: a bear is one", async () => {
    const p = await panel({ locale: "ja" });
    p.controller.edit({ json: JSON.stringify({ format: "🐻".repeat(40) }) });
    await p.controller.importJson();
    expect(p.last()?.[1]).toMatch(/^何も変更していません。「format」は「ftx-loss-model\/version」でなければなりません\(文字列「(?:🐻){30}…」\(全40文字\)が指定されています\)/u);
    p.switchTo("en");
    await p.controller.importJson();
    expect(p.last()?.[1]).toMatch(/^Nothing was changed\. "format" must be "ftx-loss-model\/version"; got "(?:🐻){30}…" \(40 characters\)\./u);
    expect(p.store.calls).toEqual(["list"]);
  });

  test("a version with two amounts of 1e308 (a total of $InfinityT) is refused, naming it and the field", async () => {
    const p = await panel({ versions: [version("Low")] });
    const doc = JSON.parse(versionToJson(version("Huge")));
    doc.version.amounts.luna = 1e308;
    doc.version.amounts.algo = 1e308;
    p.controller.edit({ json: JSON.stringify(doc) });
    await p.controller.importJson();
    expect(p.last()).toEqual([
      "error",
      'Nothing was changed. Version "Huge": luna must be between −$1,000T and $1,000T (the model sheet\'s limit); got 1e+308.',
    ]);
    p.switchTo("ja");
    await p.controller.importJson();
    expect(p.last()).toEqual([
      "error",
      "何も変更していません。バージョン「Huge」: luna は−1000兆ドルから1000兆ドルの範囲にしてください(モデルシートの上限です。1e+308 が指定されました)。",
    ]);
    expect(p.store.calls).toEqual(["list"]);
    expect(p.names()).toEqual(["Low"]);
  });

  test("a name with its accent decomposed is the same name: import and save ask before replacing", async () => {
    const composed = "B\u00e9ar";
    const decomposed = "Be\u0301ar";
    const p = await panel({ versions: [version(composed, 7e8)] });
    p.controller.edit({ json: versionToJson(version(decomposed, 2e8)) });
    await p.controller.importJson();
    expect(p.state().open).toMatchObject({ kind: "replaceImport" });
    expect(p.store.calls).toEqual(["list"]);
    await p.controller.answer(true);
    expect(p.store.versions.map((v) => [v.name, v.amounts.luna])).toEqual([[decomposed, 2e8]]);

    p.controller.edit({ name: composed });
    await p.controller.save();
    expect(p.state().open).toEqual({ kind: "replace", existing: decomposed, request: { name: composed, note: "" } });
    expect(p.store.calls.filter((c) => c === "save")).toEqual([]);
  });

  test("applying a 70-character name ending in two bears keeps the earlier inputs under a name without half a bear", async () => {
    const name = `${"x".repeat(66)}🐻🐻`;
    const p = await panel({ versions: [version(name, 5e8)] });
    await p.controller.apply(name);
    const kept = `before ${"x".repeat(66)}…`;
    expect(p.last()).toEqual(["success", `Applied “${name}” to the model. Your previous inputs are kept as “${kept}”.`]);
    expect(p.names()).toEqual([name, kept]);
  });
});

describe("busy", () => {
  test("while a store operation runs the panel is busy and other operations wait their turn", async () => {
    const p = await panel({ versions: [version("Low")] });
    const release = p.store.hold();
    p.controller.edit({ name: "Mine" });
    const saving = p.controller.save();
    expect(p.state().busy).toBe(true);
    expect(p.last()).toEqual(["progress", "Working…"]);

    await p.controller.apply("Low");
    await p.controller.save();
    p.controller.askDelete("Low");
    await p.controller.answer(true);
    p.controller.edit({ json: versionToJson(version("Other")) });
    await p.controller.importJson();
    expect(p.store.calls).toEqual(["list", "save"]);

    release();
    await saving;
    expect(p.state().busy).toBe(false);
    expect(p.last()).toEqual(["success", "Saved the version “Mine”."]);
    expect(p.store.calls).toEqual(["list", "save", "list"]);
  });

  test("busy ends after a failure too", async () => {
    const p = await panel();
    p.store.failSync(1, "AccessDenied", "Denied.");
    p.controller.edit({ name: "Mine" });
    await p.controller.save();
    expect(p.last()).toEqual(["error", "The version was not saved. The workbook is protected or read-only: unprotect it or save a copy, then try again."]);
    expect(p.state().busy).toBe(false);
  });
});

describe("reference versions", () => {
  const [debtors, trial, own] = REFERENCE_VERSIONS;

  test("listed beside the article, read-only, each with its label; Bankman-Fried's says it is his own account", async () => {
    const p = await panel({ versions: [version("Low")] });
    expect(p.state().references.map((r) => r.name)).toEqual([debtors.name, trial.name, own.name]);
    expect(p.names()).toEqual(["Low"]); // never among the stored versions
    expect(displayName(own.name)).toEqual(own.label);
    expect(own.label.en).toMatch(/own account/);
    expect(own.label.ja).toMatch(/本人/);
  });

  test("ticked and compared with a saved version: the store gets both; a refresh keeps the tick", async () => {
    const p = await panel({ versions: [version("Low")] });
    p.controller.select(debtors.name, true);
    p.controller.select("Low", true);
    await p.controller.refresh();
    expect(p.state().selected).toEqual([debtors.name, "Low"]);
    await p.controller.compare();
    expect(p.last()).toEqual(["success", "Created the comparison sheet “Comparison”."]);
    expect(p.store.comparisons[0]).toEqual([version("Low"), debtors]);
  });

  test("a reference alone can be compared with the article", async () => {
    const p = await panel();
    p.controller.select(own.name, true);
    await p.controller.compare();
    expect(p.store.comparisons[0]).toEqual([own]);
  });

  test.each(["en", "ja"] as const)("apply is refused before Excel is asked, saying why (%s)", async (locale) => {
    const p = await panel({ locale, versions: [version("Low")] });
    await p.controller.apply(trial.name);
    expect(p.store.calls).toEqual(["list"]);
    expect(p.store.model).toEqual(new FakeVersionsStore().model);
    const [kind, text] = p.last() ?? [];
    expect(kind).toBe("error");
    expect(text).toMatch(locale === "en" ? /^Nothing was changed\. "Trial record \(2023\)" is a read-only reference: its source gives figures for 3 of 8 lines/ : /^何も変更していません。「公判記録\(2023年\)」は読み取り専用の参考バージョンです。/);
  });

  test.each(["en", "ja"] as const)("saving under a reference's name is refused, nothing saved (%s)", async (locale) => {
    const p = await panel({ locale });
    p.controller.edit({ name: locale === "en" ? debtors.label.en : debtors.label.ja });
    await p.controller.save();
    expect(p.names()).toEqual([]);
    expect(p.last()?.[1]).toMatch(locale === "en" ? /is a built-in reference version/ : /組み込みの参考バージョン/);
  });

  test("renaming a version to a reference's name is refused; the version keeps its name", async () => {
    const p = await panel({ versions: [version("Low")] });
    p.controller.startRename("Low");
    p.controller.editRename(own.label.ja);
    await p.controller.rename();
    expect(p.names()).toEqual(["Low"]);
    expect(p.last()?.[0]).toBe("error");
  });
});
