// The versions panel as drawn (the view's plain tree, no browser): what each control says, which
// element a question's focus lands on, and that clicks and keys reach the controller.

import { REFERENCE_VERSIONS, type Locale } from "../../src/model";
import { NAME_MAX, NAME_UNITS_MAX, checkName } from "../../src/versions/version";
import type { Focus } from "../../src/taskpane/panel";
import { versionsController } from "../../src/taskpane/versions-controller";
import { versionsPanelView } from "../../src/taskpane/versions-view";
import { byAttr, button, elements, fire, only, textOf } from "../support/vnodes";
import { FakeVersionsStore } from "./fake-versions-store";

async function drawn(locale: Locale = "en") {
  const store = new FakeVersionsStore();
  store.model = { ...store.model, name: "Low", note: "", savedAt: "2024-05-01" };
  store.versions = [store.model];
  store.sheetExists = true;
  const status: string[] = [];
  const controller = versionsController({
    store,
    locale: () => locale,
    status: { progress: (m) => status.push(m), success: (m) => status.push(m), error: (m) => status.push(m) },
    now: () => new Date("2024-06-01T00:00:00Z"),
    copy: async () => {},
  });
  const view = versionsPanelView(controller, () => "blob:json");
  let focus: Focus | undefined;
  view.subscribe((f) => (focus = f ?? focus));
  await controller.refresh();
  const render = () => view.render(locale);
  return {
    store,
    controller,
    view,
    status,
    render,
    row: (name: string) => byAttr(render(), "data-name", name),
    /** The element the last focus move lands on, as the DOM helper finds it (by data-key). */
    focused: () => focus && byAttr(render(), "data-key", focus.key),
  };
}

test("delete asks with Delete as the danger button and focus on Cancel; Escape answers Cancel", async () => {
  const p = await drawn();
  fire(button([p.row("Low")], "Delete"), "click");
  const box = only(p.render(), "confirmation", (n) => n.attrs.class === "versions-confirm");
  expect(textOf(box.children[0])).toBe("Delete “Low”? Only its row on the Versions sheet is removed.");
  expect(button([box], "Delete").attrs.class).toBe("secondary danger");
  const focused = p.focused();
  expect(focused?.attrs["data-action"]).toBe("confirm-no");
  expect(focused && textOf(focused)).toBe("Cancel");

  fire(box, "keydown", {}, "Escape");
  expect(elements(p.render()).some((n) => n.attrs.class === "versions-confirm")).toBe(false);
  expect(p.focused()?.attrs["data-action"]).toBe("delete");
  expect(p.store.versions).toHaveLength(1);
});

test("replacing on save puts focus on Cancel too, in Japanese", async () => {
  const p = await drawn("ja");
  fire(byAttr(p.render(), "id", "versions-name"), "input", { value: "low" });
  fire(byAttr(p.render(), "data-part", "save-form"), "submit");
  await Promise.resolve();
  const confirm = byAttr(p.render(), "data-part", "save-confirm");
  expect(textOf(confirm)).toContain("「Low」という名前のバージョンがあります。現在の入力で置き換えますか?");
  expect(button([confirm], "置き換える").attrs["data-action"]).toBe("confirm-yes");
  const focused = p.focused();
  expect(focused && [focused.attrs["data-action"], textOf(focused)]).toEqual(["confirm-no", "キャンセル"]);
});

test("the name fields' maxlength (UTF-16 units) lets through every name the rule (characters) accepts", async () => {
  const p = await drawn();
  const longest = "👨‍👩‍👧‍👦".repeat(NAME_MAX); // 80 characters as a reader counts them, 880 units
  expect(checkName(longest).ok).toBe(true);
  expect(byAttr(p.render(), "id", "versions-name").attrs.maxlength).toBe(String(NAME_UNITS_MAX));
  expect(longest.length).toBeLessThanOrEqual(NAME_UNITS_MAX);
  fire(button([p.row("Low")], "Rename"), "click");
  expect(byAttr(p.render(), "data-part", "rename-input").attrs.maxlength).toBe(String(NAME_UNITS_MAX));
  expect(p.focused()?.attrs["data-part"]).toBe("rename-input");
});

test("the article's row: read-only, always compared, 記事 in Japanese", async () => {
  const en = await drawn();
  const article = en.row("Article");
  expect(elements([article]).filter((n) => n.tag === "button").map(textOf)).toEqual(["Apply", "Export"]);
  expect(byAttr([article], "data-action", "select").attrs).toMatchObject({ disabled: true, "aria-label": "Compare “Article”" });
  expect(textOf(byAttr([article], "class", "versions-meta"))).toMatch(/^built in, read-only · \$15\.5B · milkyeggs/);

  const ja = await drawn("ja");
  expect(textOf(byAttr([ja.row("Article")], "class", "versions-name"))).toBe("記事");
  expect(byAttr([ja.row("Article")], "role", "group").attrs["aria-label"]).toBe("「記事」の操作");
});

test("the reference versions: listed after the article, read-only, labelled, with partial totals", async () => {
  const en = await drawn();
  const list = byAttr(en.render(), "data-part", "list");
  expect(elements([list]).filter((n) => n.tag === "li").map((n) => n.attrs["data-name"])).toEqual([
    "Article",
    ...REFERENCE_VERSIONS.map((r) => r.name),
    "Low",
  ]);
  const debtors = en.row("FTX debtors (2023)");
  expect(elements([debtors]).filter((n) => n.tag === "button")).toEqual([]);
  expect(textOf(byAttr([debtors], "class", "versions-meta"))).toMatch(/^reference, read-only · \$4\.95B \(partial: 2 of 8 lines\) · /);
  const tick = byAttr([debtors], "data-action", "select");
  expect(tick.attrs.disabled).toBe(false);
  fire(tick, "change", { checked: true });
  expect(en.controller.state().selected).toEqual(["FTX debtors (2023)"]);

  const ja = await drawn("ja");
  const own = ja.row("Bankman-Fried's own account (Dec 2022)");
  expect(textOf(byAttr([own], "class", "versions-name"))).toBe("バンクマン-フリード本人の説明(2022年12月)");
  expect(textOf(byAttr([own], "class", "versions-meta"))).toMatch(/^参考・読み取り専用 · 40億ドル \(部分的: 8行中1行\) · /);
});

test("the panel says it is busy while the store works", async () => {
  const p = await drawn();
  const release = p.store.hold();
  fire(button([p.row("Low")], "Apply"), "click");
  expect(p.view.section()["aria-busy"]).toBe("true");
  release();
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(p.view.section()["aria-busy"]).toBeUndefined();
  expect(p.status.at(-1)).toBe("The model already holds “Low”, cell for cell: nothing was changed.");
});

test("export shows the JSON with a download link named after the version", async () => {
  const p = await drawn();
  fire(button([p.row("Low")], "Export"), "click");
  const box = byAttr(p.render(), "data-part", "export");
  expect(box.attrs.hidden).toBeUndefined();
  expect(JSON.parse(String(byAttr([box], "data-part", "export-json").attrs.value)).version.name).toBe("Low");
  expect(byAttr([box], "href", "blob:json").attrs.download).toBe("Low.json");
  expect(p.focused()?.attrs["data-part"]).toBe("export-json");
});

test("a file chosen in the picker goes to the controller, which refuses a large one unread", async () => {
  const p = await drawn();
  const picked = { name: "big.json", size: 1.5e6, text: () => Promise.reject(new Error("read")) };
  fire(byAttr(p.render(), "id", "versions-import-file"), "change", { files: [picked] as unknown as FileList });
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(p.status.at(-1)).toMatch(/^“big\.json” is 1\.5 MB; .* a file over 1 MB is not read\./);
});

test("JSON pasted into the import box over 1 MB is refused when Import is clicked, the store untouched", async () => {
  const p = await drawn("ja");
  const pasted = `{"format":"ftx-loss-model/version","padding":"${"億".repeat(340_000)}"}`; // 1.02 MB of UTF-8
  fire(byAttr(p.render(), "data-part", "import-json"), "input", { value: pasted });
  expect(byAttr(p.render(), "data-part", "import-json").attrs.value).toBe(pasted);
  fire(button([byAttr(p.render(), "data-part", "import")], "読み込む"), "click");
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(p.status.at(-1)).toBe(
    "何も変更していません。この JSON は 1 MB を超えています。バージョンの JSON は数 kB のため、読み込みません。" +
      "書き出した .json ファイルの内容を貼り付けるか、そのファイルを選んでください。",
  );
  expect(p.store.calls).toEqual(["list"]);
});
