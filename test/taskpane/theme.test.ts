// Both palettes of taskpane.css (light, and dark on <html data-theme="dark">) meet WCAG 2.1 AA
// contrast for every pair the stylesheet draws text or a control boundary with; and the theme
// follows Office's when Office gives one, the system's otherwise.
import { readFileSync } from "fs";
import { join } from "path";
import { luminance, themeFor } from "../../src/taskpane/theme";

const CSS = readFileSync(join(__dirname, "../../src/taskpane/taskpane.css"), "utf8");

function variables(selector: string): Record<string, string> {
  const start = CSS.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no "${selector}" block in taskpane.css`);
  const block = CSS.slice(start, CSS.indexOf("}", start));
  return Object.fromEntries([...block.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}

const light = variables(":root");
const palettes = { light, dark: { ...light, ...variables(':root[data-theme="dark"]') } };

function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  if (la === undefined || lb === undefined) throw new Error(`not a #rrggbb colour: ${a} or ${b}`);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

// [foreground, background, minimum]: 4.5 for text (1.4.3), 3 for icons and boundaries (1.4.11).
const PAIRS: [string, string, number][] = [
  ["--fg", "--bg", 4.5],
  ["--fg", "--bg-2", 4.5], // header, notices, confirmations, the status
  ["--fg", "--success-bg", 4.5],
  ["--fg", "--danger-bg", 4.5],
  ["--fg-2", "--bg", 4.5], // hints, labels
  ["--fg-2", "--bg-2", 4.5], // the tagline
  ["--fg-3", "--bg", 4.5], // the footer
  ["--brand", "--bg", 4.5], // links, summaries
  ["--brand", "--brand-tint", 4.5], // the chosen language
  ["--brand-hover", "--bg", 4.5],
  ["--danger", "--bg", 4.5], // delete buttons
  ["--on-brand", "--brand-bg", 4.5], // the primary button, at rest, hovered and pressed
  ["--on-brand", "--brand-bg-hover", 4.5],
  ["--on-brand", "--brand-bg-pressed", 4.5],
  ["--fg", "--bg-hover", 4.5], // a hovered button
  ["--fg", "--bg-pressed", 4.5],
  ["--fg", "--bg", 3], // the keyboard focus ring
  ["--fg-2", "--bg", 3], // a text field's underline
  ["--success", "--bg", 3], // the check mark before "safe" hints
  ["--success", "--success-bg", 3], // the status icons
  ["--danger", "--danger-bg", 3],
  ["--brand", "--brand-tint", 3], // the spinner's moving quarter
];

describe.each(Object.entries(palettes))("the %s palette", (_name, palette) => {
  test.each(PAIRS)("%s on %s: at least %d:1", (fg, bg, minimum) => {
    expect(contrast(palette[fg], palette[bg])).toBeGreaterThanOrEqual(minimum);
  });
});

test("contrast is computed as WCAG defines it", () => {
  expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
  expect(contrast("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  expect(luminance("blue")).toBeUndefined();
});

describe("which theme", () => {
  test("Office's isDarkTheme decides when Office gives it", () => {
    expect(themeFor({ isDarkTheme: true }, false)).toBe("dark");
    expect(themeFor({ isDarkTheme: false, bodyBackgroundColor: "#000000" }, true)).toBe("light");
  });
  test("hosts that give only colours: a dark body background means dark", () => {
    expect(themeFor({ bodyBackgroundColor: "#262626" }, false)).toBe("dark");
    expect(themeFor({ bodyBackgroundColor: "#E6E6E6" }, true)).toBe("light");
  });
  test("outside Office (or nothing usable): the system's prefers-color-scheme", () => {
    expect(themeFor(undefined, true)).toBe("dark");
    expect(themeFor(undefined, false)).toBe("light");
    expect(themeFor({ bodyBackgroundColor: "" }, true)).toBe("dark");
  });
});
