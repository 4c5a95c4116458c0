// The built taskpane in headless chromium, with a fake Excel injected: insert the model in
// English and in Japanese, by mouse and by keyboard; see progress, success and failure; stay
// on localhost; fit the JavaScript budget. Saves test-results/taskpane.png.
import { join } from "path";
import { gzipSync } from "zlib";
import type { Page, Request } from "playwright-core";
import { PRINT_RANGES } from "../../src/template/layout";
import { JS_BUDGET_GZIP } from "../../webpack.config";
import { RESULTS, useTaskpaneBrowser } from "./support/serve-dist";

const FAKE_EXCEL = join(__dirname, "support/fake-excel.js");

interface FakeCell {
  value?: unknown;
  formula?: string;
  numberFormat?: string;
  hyperlink?: { address?: string; textToDisplay?: string };
}
interface FakeSheet {
  name: string;
  cells: Record<string, FakeCell>;
  names: { name: string; formula: string; scope: string | null }[];
  charts: { type: string; source: string; title: string }[];
  freeze: unknown;
  pageLayout: Record<string, unknown>;
  validations: { address: string; rule?: unknown; errorAlert?: { style: string; message: string } }[];
}
interface FakeDump {
  syncs: number;
  flushes: number;
  /** One entry per Excel.run (the versions panel makes its own). */
  runLog: { syncs: number; flushes: number; calls: string[]; unknown: unknown[] }[];
  active: string;
  unknown: unknown[];
  sheets: FakeSheet[];
}

const taskpane = useTaskpaneBrowser();

interface Opened {
  page: Page;
  requests: Request[];
  errors: string[];
  jsBytes: Map<string, Buffer>;
}

/** Opens the taskpane the way Excel would, with a fake Excel installed first (unless null). */
async function open(fake: object | null, language = "en-US"): Promise<Opened> {
  const page = await taskpane.newPage({ viewport: { width: 360, height: 760 }, locale: language });
  const requests: Request[] = [];
  const errors: string[] = [];
  const jsBytes = new Map<string, Buffer>();
  page.on("request", (r) => requests.push(r));
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("response", async (response) => {
    const url = new URL(response.url());
    if (url.pathname.endsWith(".js") && response.ok()) jsBytes.set(url.pathname, await response.body());
  });
  // Nothing may leave the machine; anything not on localhost is refused (and recorded above).
  await page.route(/^(?!https?:\/\/(localhost|127\.0\.0\.1)[:/])/, (route) => route.abort());
  if (fake) {
    await page.addInitScript({ path: FAKE_EXCEL });
    await page.addInitScript((options) => {
      (globalThis as unknown as { FakeExcel: { install(o: object): void } }).FakeExcel.install(options);
    }, fake);
  }
  await page.goto(taskpane.url());
  await page.waitForSelector(`body[data-ready="${fake ? "excel" : "outside-excel"}"]`, { timeout: 30_000 });
  return { page, requests, errors, jsBytes };
}

const dump = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { FakeExcel: { workbook: { dump(): unknown } } }).FakeExcel.workbook.dump()) as Promise<FakeDump>;

/** The Excel.run batches that inserted a sheet: the insert button's. */
const inserts = (d: FakeDump) => d.runLog.filter((run) => run.calls.includes("worksheets.add"));

const sheetNamed = (d: FakeDump, name: string) => {
  const sheet = d.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet "${name}" in ${d.sheets.map((s) => s.name).join(", ")}`);
  return sheet;
};

/** office.js (served from the @microsoft/office-js package) may try its own telemetry; our code may not leave. */
function outsideLocalhost(requests: Request[]): { ours: string[]; officeTelemetry: string[] } {
  const ours: string[] = [];
  const officeTelemetry: string[] = [];
  for (const r of requests) {
    const url = new URL(r.url());
    if (url.protocol === "data:" || url.protocol === "blob:") continue;
    if (url.hostname === "localhost" || url.hostname === "127.0.0.1") continue;
    const initiator = r.frame().url();
    const microsoft = /(^|\.)(oaspapps\.com|microsoft\.com|office\.com|office\.net)$/.test(url.hostname);
    const fromOffice = microsoft && /telemetry|aria|collector/i.test(url.href);
    (fromOffice ? officeTelemetry : ours).push(`${r.url()} (from ${initiator})`);
  }
  return { ours, officeTelemetry };
}

describe("the taskpane in a browser, with a fake Excel", () => {
  let opened: Opened;
  const userCells = { A1: "My notes", B2: 42, C3: "=SUM(B2:B9)" };

  beforeAll(async () => {
    opened = await open({ sheets: [{ name: "Sheet1", cells: userCells }], latencyMs: 150 });
  });

  test("inserts the English model: 'FTX Losses', in two syncs, with progress then the result", async () => {
    const { page } = opened;
    expect(await page.getAttribute("html", "lang")).toBe("en");
    const insert = page.getByRole("button", { name: "Insert model sheet" });
    await insert.click();
    const status = page.getByRole("status");
    await expect(status.textContent()).resolves.toContain("Inserting the model sheet");
    expect(await insert.getAttribute("aria-disabled")).toBe("true");
    await page.waitForFunction(() => document.querySelector("#status")?.getAttribute("data-kind") === "success");
    expect(await status.textContent()).toContain("Created the sheet “FTX Losses”");
    expect(await insert.getAttribute("aria-disabled")).toBeNull();

    const d = await dump(page);
    expect(inserts(d).map((run) => [run.syncs, run.flushes])).toEqual([[2, 0]]);
    expect(inserts(d)[0].calls.filter((c) => c === "sync" || c === "worksheets.add")).toEqual(["sync", "worksheets.add", "sync"]);
    expect(d.active).toBe("FTX Losses");
    expect(inserts(d)[0].unknown).toEqual([]); // the writer used only what the fake models
    const sheet = sheetNamed(d, "FTX Losses");
    expect(sheet.cells.D15.formula).toBe("=FTX.TOTAL(D7:D14)");
    expect(sheet.cells.C7.formula).toBe("=FTX.LOSS($A7)");
    expect(sheet.cells.D7.value).toBe(1.5e9);
    expect(sheet.cells.D7.numberFormat).toBe('$#,##0.0##,,,"B";-$#,##0.0##,,,"B";$0.0"B"');
    expect(sheet.cells.B15.value).toBe("Total");
    expect(sheet.names.map((n) => n.name)).toContain("FTX_Inputs");
    expect(sheet.names.every((n) => n.scope === "FTX Losses")).toBe(true);
    // The estimate against the article, and the tornado.
    expect(sheet.charts.map((c) => [c.type, c.source])).toEqual([["BarClustered", "B6:D14"], ["BarStacked", "B42:D50"]]);
    expect(sheet.freeze).toEqual({ rows: 6, columns: 0 });
    // Low and High beside each estimate; "How wrong can it be?" with its live percentiles; the tornado.
    expect([sheet.cells.E6.value, sheet.cells.F6.value, sheet.cells.E8.value, sheet.cells.F8.value]).toEqual(["Low", "High", 0.5e9, 1.5e9]);
    expect(sheet.cells.B30.value).toBe("How wrong can it be?");
    expect(sheet.cells.D35.formula).toBe("=FTX.PERCENTILE(0.5,E7:E14,D7:D14,F7:F14,$D$32,$D$33)");
    expect(sheet.cells.D38.formula).toBe("=FTX.PROBABILITY(C26,E7:E14,D7:D14,F7:F14,$D$32,$D$33)");
    expect(sheet.cells.B43.formula).toMatch(/^=INDEX\(\$B\$7:\$B\$14,MATCH\(1,/);
    // Prints landscape on one page across, at most two down, the headings (row 6) on each page.
    expect(sheet.pageLayout).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 2 },
      printArea: PRINT_RANGES.area, // title to the charts, whatever sections the layout holds
      printTitleRows: "A6:XFD6",
    });
    // Numbers only in the inputs, in the same round trip; never on the FTT line's formula (D13);
    // each estimate between its row's Low and High.
    expect(sheet.validations.map((v) => v.address)).toEqual(["D7:D12", "D14", "E7:E14", "F7:F14", "D32", "D33", "D18", "D19:D20"]);
    expect(sheet.validations[0].rule).toEqual({ decimal: { formula1: "=E7", formula2: "=F7", operator: "Between" } });
    expect(sheet.validations[2].rule).toEqual({ decimal: { formula1: -1e15, formula2: "=D7", operator: "Between" } });
    expect(sheet.validations[4].rule).toEqual({ wholeNumber: { formula1: 1, formula2: 1e6, operator: "Between" } });
    expect(sheet.validations[0].errorAlert).toMatchObject({ style: "Stop", message: expect.stringContaining("FTX.AMOUNT") });
    // "What the record shows", below the references: constants, with working links.
    const heading = Object.entries(sheet.cells).find(([, c]) => c.value === "What the record shows: figures published since the article");
    expect(heading?.[0]).toMatch(/^B\d+$/);
    const linked = Object.entries(sheet.cells).filter(([address, c]) => c.hyperlink && Number(address.slice(1)) > Number(heading?.[0].slice(1)));
    expect(linked.length).toBeGreaterThan(10);
    const ft = linked.find(([, c]) => c.hyperlink?.address === "https://www.ft.com/content/aaa4a42c-efcc-4c60-9dc6-ba6cccb599e6");
    expect(ft?.[1].value).toBe("FT Alphaville: Revealed: the Alameda venture capital portfolio");
    expect(linked.every(([, c]) => c.formula === undefined || !String(c.formula).startsWith("="))).toBe(true);
    // The user's sheet is as it was.
    const mine = sheetNamed(d, "Sheet1");
    expect(Object.keys(mine.cells).sort()).toEqual(["A1", "B2", "C3"]);
    expect(mine.cells.A1.value).toBe("My notes");

    await page.screenshot({ path: join(RESULTS, "taskpane.png"), fullPage: true });
  });

  test("switches to 日本語 and inserts 'FTX損失' in 億ドル; by keyboard, a second one", async () => {
    const { page } = opened;
    await page.getByRole("button", { name: "日本語" }).click();
    expect(await page.getAttribute("html", "lang")).toBe("ja");
    expect(await page.getAttribute('button[data-locale="ja"]', "aria-pressed")).toBe("true");
    const insert = page.getByRole("button", { name: "モデルのシートを挿入" });
    await insert.click();
    await page.waitForFunction(() => document.querySelector("#status")?.textContent?.includes("FTX損失"));
    expect(await page.getByRole("status").textContent()).toContain("シート「FTX損失」を作成しました");

    // Keyboard only: focus the button and press Enter.
    await insert.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector("#status")?.textContent?.includes("FTX損失 (2)"));

    const d = await dump(page);
    expect(inserts(d).map((run) => [run.syncs, run.flushes])).toEqual([[2, 0], [2, 0], [2, 0]]);
    const ja = sheetNamed(d, "FTX損失");
    expect(ja.cells.D7.value).toBe(15);
    expect(ja.cells.B15.value).toBe("合計");
    expect(ja.cells.C7.formula).toBe("=FTX.LOSS($A7)/10^8");
    expect(ja.cells.B30.value).toBe("記事はどこまで外れうるか");
    expect([ja.cells.E8.value, ja.cells.F8.value]).toEqual([5, 15]);
    expect(sheetNamed(d, "FTX損失 (2)").cells.D15.formula).toBe("=FTX.TOTAL(D7:D14)");
    expect(Object.values(ja.cells).some((c) => c.value === "記録が示すもの:記事以降に公表された数字")).toBe(true);
    await page.screenshot({ path: join(RESULTS, "taskpane-ja.png"), fullPage: true });
  });

  test("is usable by keyboard: Tab reaches the language switch and the insert button, focus shows", async () => {
    const { page } = opened;
    // Start from the top of the page, as a user arriving in the pane.
    await page.mouse.click(200, 20);
    const reached: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press("Tab");
      reached.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ""));
      if (reached[reached.length - 1] === "モデルのシートを挿入") break;
    }
    expect(reached).toEqual(expect.arrayContaining(["English", "日本語", "モデルのシートを挿入"]));
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).toBe("solid");
  });

  test("makes no request outside localhost (office.js's own telemetry aside)", () => {
    const { ours, officeTelemetry } = outsideLocalhost(opened.requests);
    expect(ours).toEqual([]);
    if (officeTelemetry.length > 0) console.info("office.js telemetry (refused):", officeTelemetry);
    expect(opened.errors).toEqual([]);
  });

  test(`loads at most ${JS_BUDGET_GZIP / 1024} KB of its own JavaScript, gzipped`, () => {
    const own = [...opened.jsBytes].filter(([path]) => !path.startsWith("/office-js/"));
    expect(own.map(([path]) => path)).toEqual(["/functions.js"]);
    const raw = own.reduce((sum, [, body]) => sum + body.length, 0);
    const gzip = own.reduce((sum, [, body]) => sum + gzipSync(body, { level: 9 }).length, 0);
    console.info(`the page's own JavaScript (office.js aside): ${raw} bytes raw, ${gzip} bytes gzip`);
    expect(gzip).toBeLessThanOrEqual(JS_BUDGET_GZIP);
  });
});

describe("the taskpane, other situations", () => {
  test("outside Excel it says to open the add-in in Excel instead of failing", async () => {
    const { page, errors } = await open(null);
    await expect(page.getByRole("heading", { name: "Open this add-in in Excel" }).isVisible()).resolves.toBe(true);
    expect(await page.getByRole("button", { name: "Insert model sheet" }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("with office.js blocked it still says to open the add-in in Excel (the bundle's functions fail after)", async () => {
    const page = await taskpane.newPage({ locale: "en-US" });
    await page.route(/^(?!https?:\/\/(localhost|127\.0\.0\.1)[:/])/, (route) => route.abort());
    await page.route("**/office-js/office.js", (route) => route.abort());
    await page.goto(taskpane.url());
    await page.waitForSelector('body[data-ready="outside-excel"]', { timeout: 30_000 });
    await expect(page.getByRole("heading", { name: "Open this add-in in Excel" }).isVisible()).resolves.toBe(true);
    await page.close();
  });

  test("follows Office's display language: Japanese when the browser/Office says ja-JP", async () => {
    const { page } = await open({ sheets: [{ name: "Sheet1" }] }, "ja-JP");
    expect(await page.getAttribute("html", "lang")).toBe("ja");
    await expect(page.getByRole("button", { name: "モデルのシートを挿入" }).isVisible()).resolves.toBe(true);
    await page.close();
  });

  test("a failure in Excel is a readable message, and the button works again", async () => {
    const { page } = await open({ sheets: [{ name: "Sheet1" }], failOn: { call: "worksheets.add", code: "AccessDenied" } });
    await page.getByRole("button", { name: "Insert model sheet" }).click();
    await page.waitForFunction(() => document.querySelector("#status")?.getAttribute("data-kind") === "error");
    const message = await page.locator("#status").textContent();
    expect(message).toContain("The model sheet was not inserted.");
    expect(message).toContain("protected or read-only");
    expect(await page.getAttribute("#status", "aria-live")).toBe("assertive");
    expect(await page.getAttribute('button.primary', "aria-disabled")).toBeNull();
    await page.close();
  });
});
