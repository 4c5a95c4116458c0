// The command line's options, read strictly: a typo is an error, never silently ignored.

import type { Locale } from "../model";

export interface ExportRequest {
  lang: Locale;
  out: string;
  portable: boolean;
  force: boolean;
}

export type ParsedOptions =
  | { kind: "help" }
  | { kind: "export"; request: ExportRequest }
  | { kind: "error"; message: string };

export const USAGE = `Usage: ftx-loss-model --out FILE.xlsx [--lang en|ja] [--portable] [--force]

Writes the FTX loss model (the sheet the add-in's taskpane inserts) to an Excel workbook.

Options:
  --out FILE     the .xlsx file to write (required)
  --lang en|ja   English, in US dollars (default), or Japanese, in 億ドル
  --portable     native Excel formulas only (no FTX.* functions), so Excel without the
                 add-in, LibreOffice and Google Sheets compute the same totals
  --force        replace FILE if it exists (otherwise an existing file is left alone)
  --help         show this help

Without --portable the workbook is for colleagues who have the add-in: Excel shows the
cached figures on opening and recognises the FTX functions once the add-in loads (it loads
at startup). For anyone without the add-in, use --portable. The chart is not included:
the library that writes the file cannot create charts; insert one from the add-in or chart
columns B to D yourself.

From the project folder: npm run workbook -- --lang ja --out model.xlsx --portable`;

type Flag = "portable" | "force";
const FLAGS: ReadonlyMap<string, Flag> = new Map([
  ["--portable", "portable"],
  ["--force", "force"],
]);
const VALUED = new Set(["--lang", "--out"]);

export function parseOptions(args: readonly string[]): ParsedOptions {
  const fail = (message: string): ParsedOptions => ({ kind: "error", message });
  let lang: string | undefined;
  let out: string | undefined;
  const flags = { portable: false, force: false };

  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--help" || arg === "-h") return { kind: "help" };
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const flag = FLAGS.get(name);
    if (flag !== undefined) {
      if (eq > 0) return fail(`${name} takes no value: ${arg}`);
      flags[flag] = true;
      continue;
    }
    if (!VALUED.has(name)) {
      return fail(arg.startsWith("-") ? `Unknown option: ${arg}` : `Unexpected argument: ${arg}`);
    }
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else if (i + 1 < args.length && !args[i + 1].startsWith("--")) value = args[++i];
    if (value === undefined || value === "") return fail(`${name} needs a value.`);
    if (name === "--lang") lang = value;
    else out = value;
  }

  if (out === undefined) return fail("--out FILE.xlsx is required.");
  if (!/\.xlsx$/i.test(out)) return fail(`--out must name an .xlsx file; got "${out}".`);
  const locale = (lang ?? "en").toLowerCase();
  if (locale !== "en" && locale !== "ja") {
    return fail(
      `--lang must be "en" (English, US dollars) or "ja" (Japanese, 億ドル); got "${lang}".`,
    );
  }
  return { kind: "export", request: { lang: locale, out, ...flags } };
}
