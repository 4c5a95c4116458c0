// The exported workbooks as LibreOffice prints them, in both languages: the add-in file opened as
// LibreOffice opens it (cached figures) and the portable one recalculated. The PDF's pages, its
// text (pdftotext, poppler-utils) and the boxes of its words: at most two pages, no "###" or
// error, and no wrapped line drawn over another. The pages are kept as PNG in test-results/ for a
// person to look at.
import { execFileSync } from "child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { LOCALES, type Locale } from "../../src/model";
import { templatePlan } from "../../src/template/plan";
import { workbookBuffer } from "../../src/export/workbook";
import type { SheetPlan } from "../../src/sheet/plan";
import { convertWithLibreOffice } from "./support/libreoffice";
import { RESULTS } from "./support/serve-dist";

jest.setTimeout(300_000);

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "ftx-print-"));
  mkdirSync(RESULTS, { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Printed {
  pages: number;
  landscape: boolean;
  text: string;
  /** Every word LibreOffice drew: page and box in points. */
  words: { page: number; text: string; x0: number; y0: number; x1: number; y1: number }[];
}

async function print(name: string, plan: SheetPlan, portable: boolean): Promise<Printed> {
  const xlsx = join(work, `${name}.xlsx`);
  writeFileSync(xlsx, await workbookBuffer(plan, { portable }));
  const pdf = convertWithLibreOffice(xlsx, "pdf", work, portable);
  const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: "utf8" });
  const info = run("pdfinfo", pdf);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const [, width, height] = /^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(info) ?? [];
  run("pdftoppm", "-r", "80", "-png", pdf, join(RESULTS, `print-${name}`));
  copyFileSync(pdf, join(RESULTS, `print-${name}.pdf`));
  const boxes = run("pdftotext", "-bbox", pdf, "-");
  const words: Printed["words"] = [];
  boxes.split(/<page /).slice(1).forEach((page, p) => {
    for (const [, x0, y0, x1, y1, text] of page.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    )) {
      words.push({ page: p + 1, text, x0: Number(x0), y0: Number(y0), x1: Number(x1), y1: Number(y1) });
    }
  });
  return { pages, landscape: Number(width) > Number(height), text: run("pdftotext", "-layout", pdf, "-"), words };
}

/** Pairs of words whose boxes cross by more than a point each way: text drawn over text. */
function overlapping(words: Printed["words"]): string[] {
  const found: string[] = [];
  words.forEach((a, i) =>
    words.slice(i + 1).forEach((b) => {
      const across = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const down = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (a.page === b.page && across > 1 && down > 1) found.push(`"${a.text}" / "${b.text}"`);
    }),
  );
  return found;
}

const TOTAL_SHOWN: Record<Locale, string> = { en: "$15.5B", ja: "155.00億ドル" };

describe.each(LOCALES.flatMap((locale) => [false, true].map((portable) => [locale, portable] as const)))(
  "the %s export (portable: %s) printed by LibreOffice",
  (locale, portable) => {
    let printed: Printed;
    beforeAll(async () => {
      printed = await print(`${locale}-${portable ? "portable" : "addin"}`, templatePlan(locale), portable);
      console.log(`Printed by LibreOffice, ${locale} ${portable ? "portable" : "add-in"}: ${printed.pages} page(s), ${printed.words.length} words`);
    });

    test("on at most two pages, landscape", () => {
      expect(printed.pages).toBeGreaterThanOrEqual(1);
      expect(printed.pages).toBeLessThanOrEqual(2);
      expect(printed.landscape).toBe(true);
    });

    test("every figure shown: no ###, no error, the total and the reasoning there", () => {
      expect(printed.text).not.toMatch(/###|Err:\d+|#VALUE!|#NAME\?|#REF!/);
      expect(printed.text).toContain(TOTAL_SHOWN[locale]);
      // Your total against the claims: signed differences, in billions (not "-$4,500.0M").
      expect(printed.text).toContain(locale === "en" ? "-$4.5B" : "-45.00億ドル"); // the $20B claim
      expect(printed.text).toContain(locale === "en" ? "+$0.5B" : "+5.00億ドル"); // the $15B claim
      expect(printed.text).toContain(locale === "en" ? "US$1" : "100,000,000ドル"); // the unit, in words
    });

    test("no line of text drawn over another (the wrapped reasoning included)", () => {
      expect(printed.words.length).toBeGreaterThan(200); // Japanese runs of text count as one word
      expect(overlapping(printed.words)).toEqual([]);
    });
  },
);

test("the check sees overlaps: without the plan's row heights, the reasoning's lines collide", async () => {
  for (const locale of LOCALES) {
    const plan = templatePlan(locale);
    const printed = await print(`${locale}-without-heights`, { ...plan, rows: [] }, true);
    expect({ locale, overlaps: overlapping(printed.words).length > 0 }).toEqual({ locale, overlaps: true });
  }
});
