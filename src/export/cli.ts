// `ftx-loss-model` / `npm run workbook --`: writes the model sheet to an .xlsx file.
// Exit codes: 0 written, 1 not written (file exists, cannot write), 2 bad options.

import { resolve } from "path";
import { templatePlan } from "../template/plan";
import { workbookBuffer } from "./workbook";
import { FileExistsError, writeFileWhole } from "./write-file";
import { parseOptions, USAGE, type ExportRequest } from "./options";

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

const consoleOutput: Output = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** Why the file could not be written, in words for the terminal. */
function writeFailureMessage(error: unknown, path: string): string {
  if (error instanceof FileExistsError) return error.message;
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case "ENOENT":
      return `Cannot write ${path}: its folder does not exist.`;
    case "EISDIR":
      return `Cannot write ${path}: it is a folder.`;
    case "EACCES":
    case "EPERM":
      return `Cannot write ${path}: permission denied.`;
    default:
      return `Cannot write ${path}: ${e.message ?? String(error)}`;
  }
}

async function exportWorkbook(
  request: ExportRequest,
  output: Output,
  cwd: string,
): Promise<number> {
  const plan = templatePlan(request.lang);
  const bytes = await workbookBuffer(plan, { portable: request.portable });
  const path = resolve(cwd, request.out);
  try {
    await writeFileWhole(path, bytes, request.force);
  } catch (error) {
    output.err(writeFailureMessage(error, request.out));
    return 1;
  }
  const language = request.lang === "ja" ? "Japanese, in 億ドル" : "English, in US dollars";
  const kind = request.portable
    ? "portable: native formulas only"
    : "FTX formulas with their cached results, for colleagues who have the add-in; " +
      "without it, use --portable";
  output.out(
    `Wrote ${request.out} (${language}; ${kind}; ${(bytes.length / 1024).toFixed(1)} KB).`,
  );
  const kinds = { barClustered: "a clustered bar chart", barStacked: "a stacked bar chart" } as const;
  const charts = plan.charts.map((c) => `select ${c.source} and insert ${kinds[c.type]}`);
  output.out(
    `Not included: the charts (this writer cannot create charts; ${charts.join("; ")}, ` +
      "or insert the model from the add-in).",
  );
  return 0;
}

/** `cwd` resolves a relative --out: npm runs scripts in the package folder, but INIT_CWD is
 * where the user typed `npm run workbook`. */
export async function main(
  args: readonly string[],
  output: Output = consoleOutput,
  cwd: string = process.env.INIT_CWD || process.cwd(),
): Promise<number> {
  const parsed = parseOptions(args);
  if (parsed.kind === "help") {
    output.out(USAGE);
    return 0;
  }
  if (parsed.kind === "error") {
    output.err(`ftx-loss-model: ${parsed.message}\nRun ftx-loss-model --help for usage.`);
    return 2;
  }
  return exportWorkbook(parsed.request, output, cwd);
}
