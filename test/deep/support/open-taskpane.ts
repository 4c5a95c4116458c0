// Opens the built taskpane as Excel would, with the fake Excel (and its versions additions)
// installed before the page's scripts; nothing may leave localhost.
import { join } from "path";
import type { BrowserContextOptions, Page } from "playwright-core";

const SUPPORT = __dirname;

export interface TaskpaneBrowser {
  newPage(options: BrowserContextOptions): Promise<Page>;
  url(): string;
}

export interface OpenOptions extends BrowserContextOptions {
  /** Serve a stand-in for office.js whose Office.context.officeTheme is this, as an Office host's. */
  officeTheme?: { isDarkTheme?: boolean; bodyBackgroundColor?: string };
  /** FakeExcel.install's options (default: one empty Sheet1). */
  fake?: object;
}

/** The least of office.js the page uses on load (functions.js registers its functions), with the given theme. */
const fakeOfficeJs = (theme: object) => `
  window.CustomFunctions = { associate() {} };
  window.Office = {
    context: { displayLanguage: "en-US", officeTheme: ${JSON.stringify(theme)} },
    onReady(callback) { return Promise.resolve().then(() => { callback({ host: "Excel" }); return { host: "Excel" }; }); },
  };`;

export async function openTaskpaneWithVersions(taskpane: TaskpaneBrowser, options: OpenOptions): Promise<{ page: Page; errors: string[] }> {
  const { officeTheme, fake, ...contextOptions } = options;
  const page = await taskpane.newPage(contextOptions);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.route(/^(?!https?:\/\/(localhost|127\.0\.0\.1)[:/])/, (route) => route.abort());
  if (officeTheme) {
    await page.route("**/office-js/office.js", (route) => route.fulfill({ contentType: "text/javascript", body: fakeOfficeJs(officeTheme) }));
  }
  await page.addInitScript({ path: join(SUPPORT, "fake-excel.js") });
  await page.addInitScript({ path: join(SUPPORT, "fake-excel-versions.js") });
  await page.addInitScript((install) => {
    const w = globalThis as unknown as { FakeExcel: { install(o: object): void }; FakeExcelVersions: { augment(): void } };
    w.FakeExcel.install(install);
    w.FakeExcelVersions.augment();
  }, fake ?? { sheets: [{ name: "Sheet1" }] });
  await page.goto(taskpane.url());
  await page.waitForSelector('body[data-ready="excel"]');
  return { page, errors };
}
