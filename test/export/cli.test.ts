// The command line: options read strictly, exit codes, no overwrite without --force, the file
// written whole; and the real bin as a process.
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/export/cli";
import { parseOptions } from "../../src/export/options";

const ROOT = resolve(__dirname, "..", "..");

async function run(args: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) }, cwd);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ftx-cli-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("bad options: a clear message on stderr, exit 2, nothing written", () => {
  test.each([
    [[], /--out FILE\.xlsx is required/],
    [["--out"], /--out needs a value/],
    [["--out", "--portable"], /--out needs a value/],
    [["--out="], /--out needs a value/],
    [["--out", "m.xlsx", "--lang"], /--lang needs a value/],
    [["--out", "m.xlsx", "--lang", "fr"], /--lang must be "en" .* or "ja" .*; got "fr"/],
    [["--out", "m.xlsx", "--bogus"], /Unknown option: --bogus/],
    [["--out", "m.xlsx", "extra"], /Unexpected argument: extra/],
    [["--out", "m.csv"], /--out must name an \.xlsx file; got "m\.csv"/],
    [["--out", "m.xlsx", "--portable=yes"], /--portable takes no value/],
  ])("%j", async (args, message) => {
    const result = await run(args, dir);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err).toMatch(/--help/);
    expect(result.out).toBe("");
    expect(readdirSync(dir)).toEqual([]);
  });
});

test("options: defaults, = forms, case of the language", () => {
  expect(parseOptions(["--out", "a.xlsx"])).toEqual({
    kind: "export",
    request: { lang: "en", out: "a.xlsx", portable: false, force: false },
  });
  expect(parseOptions(["--lang=JA", "--out=b.XLSX", "--force", "--portable"])).toEqual({
    kind: "export",
    request: { lang: "ja", out: "b.XLSX", portable: true, force: true },
  });
  expect(parseOptions(["--out", "a.xlsx", "-h"])).toEqual({ kind: "help" });
});

test("--help prints the usage and exits 0", async () => {
  const result = await run(["--help"], dir);
  expect(result.code).toBe(0);
  for (const option of ["--out", "--lang en|ja", "--portable", "--force", "chart"]) {
    expect(result.out).toContain(option);
  }
  // Who the file without --portable is for, and what they see.
  expect(result.out).toMatch(/for colleagues who have the add-in/);
  expect(result.out).toMatch(/cached figures/);
  expect(result.out).toMatch(/once the add-in loads/);
  expect(result.out).toMatch(/without the add-in, use --portable/i);
});

test("the add-in export says who it is for and points others to --portable", async () => {
  const result = await run(["--out", "model.xlsx"], dir);
  expect(result).toMatchObject({ code: 0, err: "" });
  expect(result.out).toMatch(
    /Wrote model\.xlsx \(English.*for colleagues who have the add-in; without it, use --portable;/,
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(dir, "model.xlsx"));
  expect(workbook.worksheets[0].getCell("D15").formula).toBe("_xldudf_FTX_TOTAL(D7:D14)");
});

test("writes a workbook ExcelJS reads back, relative to the given folder, and no temp file", async () => {
  const result = await run(["--lang", "ja", "--out", "model.xlsx", "--portable"], dir);
  expect(result).toMatchObject({ code: 0, err: "" });
  expect(result.out).toMatch(/Wrote model\.xlsx \(Japanese.*portable/);
  expect(result.out).toMatch(/Not included: the charts/);
  expect(readdirSync(dir)).toEqual(["model.xlsx"]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(dir, "model.xlsx"));
  expect(workbook.worksheets[0].getCell("D15").formula).toBe("SUM(D7:D14)");
});

test("an existing file is left untouched without --force (exit 1), replaced with it", async () => {
  const path = join(dir, "model.xlsx");
  writeFileSync(path, "the analyst's own file");
  const refused = await run(["--out", path], dir);
  expect(refused.code).toBe(1);
  expect(refused.err).toMatch(/already exists; use --force to replace it/);
  expect(readFileSync(path, "utf8")).toBe("the analyst's own file");
  expect(readdirSync(dir)).toEqual(["model.xlsx"]);

  const forced = await run(["--out", path, "--force"], dir);
  expect(forced.code).toBe(0);
  expect(readFileSync(path).subarray(0, 2).toString()).toBe("PK");
  expect(readdirSync(dir)).toEqual(["model.xlsx"]);
});

test("a folder that does not exist, or a folder as the file: exit 1 with the reason", async () => {
  const missing = await run(["--out", join(dir, "nope", "m.xlsx")], dir);
  expect(missing).toMatchObject({ code: 1 });
  expect(missing.err).toMatch(/folder does not exist/);
  mkdirSync(join(dir, "taken.xlsx"));
  const folder = await run(["--out", "taken.xlsx", "--force"], dir);
  expect(folder.code).toBe(1);
  expect(folder.err).toMatch(/Cannot write taken\.xlsx/);
  expect(readdirSync(dir).sort()).toEqual(["taken.xlsx"]);
});

// The real bin as a process: test/export/cli-paths.test.ts. What an install compiles (npm's
// prepare hook, tsc -p tsconfig.cli.json) is checked by test/deep/npx-command.test.ts.
describe("the installed bin", () => {
  test("the shebang and package.json point at it", () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(manifest.bin["ftx-loss-model"]).toBe("bin/ftx-loss-model.js");
    expect(manifest.files).toEqual(expect.arrayContaining(["bin/", "lib/"]));
    expect(manifest.scripts.prepare).toMatch(/build:cli/);
    expect(
      readFileSync(join(ROOT, "bin", "ftx-loss-model.js"), "utf8").startsWith(
        "#!/usr/bin/env node\n",
      ),
    ).toBe(true);
  });
});
