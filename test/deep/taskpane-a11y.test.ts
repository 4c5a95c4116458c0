// What axe-core does not see in the built taskpane (headless chromium, fake Excel): long names
// wrap instead of widening the pane, at 320 px and at 320 px zoomed to 200%; the sticky status
// never hides the focused control; the status region is there, empty, before its first message;
// the theme follows Office's, else the system's; reduced motion stops the spinner.
// Saves test-results/taskpane-narrow.png, taskpane-zoom200.png and taskpane-dark.png.
import { join } from "path";
import type { Page } from "playwright-core";
import { openTaskpaneWithVersions, type OpenOptions } from "./support/open-taskpane";
import { RESULTS, useTaskpaneBrowser } from "./support/serve-dist";

const taskpane = useTaskpaneBrowser();
const open = (options: OpenOptions) => openTaskpaneWithVersions(taskpane, options);

/** 56 characters, no space: a name a user may well type. */
const LONG_NAME = "LUNA_half_FTT_at_two_dollars_venture_written_off_2023Q4";
const JA_NAME = "ルナは半分でFTTは二ドルまで下落しベンチャー投資は全額償却した場合の悲観的な見積もりその二";

const panel = (page: Page) => page.locator("#versions-panel");

async function waitForStatus(page: Page, kind: string, text: string) {
  await page.waitForFunction(
    ([k, t]) => document.querySelector("#status")?.getAttribute("data-kind") === k && document.querySelector("#status")?.textContent?.includes(t),
    [kind, text],
  );
}

async function insertAndSave(page: Page, name: string, ja = false) {
  await page.getByRole("button", { name: ja ? "モデルのシートを挿入" : "Insert model sheet" }).click();
  await waitForStatus(page, "success", ja ? "FTX損失" : "FTX Losses");
  await panel(page).getByLabel(ja ? "名前" : "Name", { exact: true }).fill(name);
  await panel(page).getByRole("button", { name: ja ? "現在の入力を保存" : "Save current inputs" }).click();
  await waitForStatus(page, "success", name);
}

/** How far the page scrolls sideways (0 when it fits). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe("long names wrap: no horizontal scroll", () => {
  test.each([
    ["320 px", { width: 320, deviceScaleFactor: 1 }, "taskpane-narrow.png"],
    // Zoom to 200% halves the CSS width: 160 CSS px drawn on 320 device pixels.
    ["320 px at 200% zoom", { width: 160, deviceScaleFactor: 2 }, "taskpane-zoom200.png"],
  ])("%s: the status, the delete question and the export heading", async (_label, size, shot) => {
    const { page, errors } = await open({ viewport: { width: size.width, height: 700 }, deviceScaleFactor: size.deviceScaleFactor, locale: "en-US" });
    expect(await overflow(page)).toBe(0);
    await insertAndSave(page, LONG_NAME);
    expect(await overflow(page)).toBe(0); // "Saved the version “LUNA_…”."

    const item = panel(page).locator(`li[data-name="${LONG_NAME}"]`);
    await item.locator('[data-action="delete"]').click();
    await expect(item.locator(".versions-confirm").textContent()).resolves.toContain(LONG_NAME);
    expect(await overflow(page)).toBe(0);
    await item.locator('[data-action="confirm-no"]').click();

    await item.locator('[data-action="export"]').click();
    await expect(panel(page).locator(".versions-subheading").textContent()).resolves.toContain(LONG_NAME);
    expect(await overflow(page)).toBe(0);
    await page.screenshot({ path: join(RESULTS, shot), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});

test("the sticky status never hides the focused control (a three-line Japanese message)", async () => {
  const { page } = await open({ viewport: { width: 320, height: 480 }, locale: "ja-JP" });
  await insertAndSave(page, JA_NAME, true);
  const lines = await page.evaluate(() => {
    const text = document.querySelector("#status .status-text") as HTMLElement;
    return Math.round(text.getBoundingClientRect().height / parseFloat(getComputedStyle(text).lineHeight));
  });
  expect(lines).toBeGreaterThanOrEqual(3);

  // Down to the page's last control, then back up: each focused control shows in full, and
  // wherever the status bar has stuck, not under it.
  const hidden: string[] = [];
  const check = async () => {
    const where = await page.evaluate(() => {
      const focused = document.activeElement as HTMLElement;
      if (focused === document.body) return "";
      const a = focused.getBoundingClientRect();
      const s = (document.querySelector("#status") as HTMLElement).getBoundingClientRect();
      const overlaps = a.top < s.bottom && a.bottom > s.top && a.left < s.right && a.right > s.left;
      return overlaps ? `${focused.tagName} “${focused.textContent?.trim() || focused.getAttribute("aria-label") || focused.id}”` : "";
    });
    if (where) hidden.push(where);
  };
  let steps = 0;
  for (; steps < 60; steps++) {
    await page.keyboard.press("Tab");
    await check();
    if (await page.evaluate(() => document.activeElement === document.body)) break;
  }
  for (let i = 0; i < steps; i++) {
    await page.keyboard.press("Shift+Tab");
    await check();
  }
  expect(steps).toBeGreaterThan(10);
  expect(hidden).toEqual([]);
  await page.close();
});

test("the status region is in the page and empty before the first message, which it then shows", async () => {
  const { page } = await open({ viewport: { width: 360, height: 700 }, locale: "en-US" });
  const status = page.getByRole("status");
  expect(await status.count()).toBe(1);
  expect((await status.textContent())?.trim()).toBe("");
  expect(await status.getAttribute("aria-live")).toBe("polite");
  // Present for assistive technology, but taking no room on screen yet.
  expect((await status.boundingBox())?.height).toBeLessThanOrEqual(1);
  await page.evaluate(() => ((document.querySelector("#status") as HTMLElement & { original?: true }).original = true));

  await page.getByRole("button", { name: "Insert model sheet" }).click();
  await waitForStatus(page, "success", "FTX Losses");
  // The same element, announced because it was already a live region when its text changed.
  expect(await page.evaluate(() => (document.querySelector("#status") as HTMLElement & { original?: true }).original)).toBe(true);
  expect((await status.boundingBox())?.height).toBeGreaterThan(20);
  await page.close();
});

describe("theme", () => {
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

  test("outside Office: dark when the system prefers dark, light otherwise", async () => {
    for (const [colorScheme, theme, color] of [["dark", "dark", "rgb(41, 41, 41)"], ["light", "light", "rgb(255, 255, 255)"]] as const) {
      const { page } = await open({ viewport: { width: 360, height: 700 }, colorScheme });
      expect(await page.getAttribute("html", "data-theme")).toBe(theme);
      expect(await background(page)).toBe(color);
      await page.close();
    }
  });

  test("in Office: Office's theme wins over the system's", async () => {
    const dark = await open({ viewport: { width: 360, height: 700 }, colorScheme: "light", officeTheme: { isDarkTheme: true, bodyBackgroundColor: "#262626" } });
    expect(await dark.page.getAttribute("html", "data-theme")).toBe("dark");
    await insertAndSave(dark.page, "Dark");
    await dark.page.screenshot({ path: join(RESULTS, "taskpane-dark.png"), fullPage: true });
    expect(dark.errors).toEqual([]);
    await dark.page.close();

    const light = await open({ viewport: { width: 360, height: 700 }, colorScheme: "dark", officeTheme: { bodyBackgroundColor: "#FFFFFF" } });
    expect(await light.page.getAttribute("html", "data-theme")).toBe("light");
    expect(await background(light.page)).toBe("rgb(255, 255, 255)");
    await light.page.close();
  });
});

test("reduced motion: the progress spinner stands still", async () => {
  for (const [reducedMotion, animation] of [["reduce", "none"], ["no-preference", "spin"]] as const) {
    const { page } = await open({ viewport: { width: 360, height: 700 }, reducedMotion, fake: { sheets: [{ name: "Sheet1" }], latencyMs: 1500 } });
    await page.getByRole("button", { name: "Insert model sheet" }).click();
    await page.waitForSelector('#status[data-kind="progress"]');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector("#status .status-icon") as Element).animationName)).toBe(animation);
    await page.close();
  }
});
