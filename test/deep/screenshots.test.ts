// The README's two pictures, made the way a user gets them: the model sheet is the workbook of
// `npm run workbook -- --lang en --out model.xlsx --portable` as LibreOffice computes and renders
// it (its HTML export, drawn by chromium); the taskpane is the built page with a fake Excel.
// Written to test-results/; `npm run screenshots` (UPDATE_SCREENSHOTS=1) also refreshes docs/.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { pathToFileURL } from "url";
import { main } from "../../src/export/cli";
import { openTaskpaneWithVersions } from "./support/open-taskpane";
import { convertWithLibreOffice } from "./support/libreoffice";
import { RESULTS, ROOT, useTaskpaneBrowser } from "./support/serve-dist";

jest.setTimeout(300_000);
const taskpane = useTaskpaneBrowser();
const DOCS = join(ROOT, "docs");

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "ftx-shots-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Keeps the picture in test-results/, and in docs/ when asked to refresh the README's. */
function publish(file: string): void {
  if (process.env.UPDATE_SCREENSHOTS === "1") copyFileSync(join(RESULTS, file), join(DOCS, file));
}

test("the model sheet, as LibreOffice computes the portable workbook", async () => {
  const xlsx = join(work, "model.xlsx");
  const quiet = { out: () => undefined, err: (t: string) => process.stderr.write(t + "\n") };
  expect(await main(["--lang", "en", "--out", xlsx, "--portable"], quiet, work)).toBe(0);
  const html = convertWithLibreOffice(xlsx, "html", work, true);
  const text = readFileSync(html, "utf8");
  expect(text).toContain("$15.5B"); // the total, recalculated
  expect(text).not.toMatch(/###|Err:\d+|#VALUE!|#NAME\?/);

  const page = await taskpane.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(pathToFileURL(html).href);
  // The top of the sheet, readable at the README's width: the causes with their ranges, totals,
  // the FTT drivers, the reference totals and "How wrong can it be?" (the rest is below them).
  const box = await page.locator("table").first().boundingBox();
  if (box === null) throw new Error("the exported sheet rendered no table");
  const clip = { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 1320) };
  await page.screenshot({ path: join(RESULTS, "model-sheet.png"), clip, fullPage: true });
  await page.close();
  publish("model-sheet.png");
});

test("the taskpane, after inserting the model and saving a version", async () => {
  const { page, errors } = await openTaskpaneWithVersions(taskpane, { viewport: { width: 360, height: 900 }, locale: "en-US" });
  await page.getByRole("button", { name: "Insert model sheet" }).click();
  await page.waitForSelector('#status[data-kind="success"]');
  await page.locator("#versions-panel").getByLabel("Name", { exact: true }).fill("LUNA at half");
  await page.locator("#versions-panel").getByRole("button", { name: "Save current inputs" }).click();
  await page.waitForFunction(() => document.querySelector("#status")?.textContent?.includes("LUNA at half"));
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(RESULTS, "taskpane.png") });
  expect(errors).toEqual([]);
  await page.close();
  publish("taskpane.png");
});
