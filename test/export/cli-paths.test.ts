// The CLI as a process (the bin over lib/ transpiled from src/, test/support/built-cli.ts): --help,
// exit codes, an export; at the edges of file names and folders, a legal 250-byte name is
// written (the temporary file beside it has a short name) and a folder is said to be a folder
// with or without --force. An option named like an inherited property is refused (through the
// CLI's main, in process: option parsing needs no process).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/export/cli";
import { buildCli, type BuiltCli } from "../support/built-cli";

let cli: BuiltCli;
beforeAll(() => {
  cli = buildCli();
}, 60000);
afterAll(() => cli.remove());

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ftx-cli-paths-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test("a legal 250-byte file name is written whole, and no temporary file is left", () => {
  const name = `${"m".repeat(245)}.xlsx`;
  expect(Buffer.byteLength(name)).toBe(250);
  const result = cli.run(dir, "--out", name, "--portable");
  expect(result).toMatchObject({ status: 0, stderr: "" });
  expect(readdirSync(dir)).toEqual([name]);
  expect(readFileSync(join(dir, name)).subarray(0, 2).toString()).toBe("PK");
});

test("a 249-byte name in Japanese (3 bytes a character) too, and --force replaces it", async () => {
  const name = `${"損".repeat(81)}m.xlsx`;
  expect(Buffer.byteLength(name)).toBe(249);
  expect(cli.run(dir, "--out", name, "--lang", "ja")).toMatchObject({ status: 0, stderr: "" });
  // Replacing goes through the same short temporary name; the CLI's main, in process.
  expect(await main(["--out", name, "--force"], { out: () => undefined, err: () => undefined }, dir)).toBe(0);
  expect(readdirSync(dir)).toEqual([name]);
});

test.each([[[]], [["--force"]]])("a folder named like the file %j: 'it is a folder', exit 1, nothing written", (extra) => {
  mkdirSync(join(dir, "taken.xlsx"));
  const result = cli.run(dir, "--out", "taken.xlsx", ...extra);
  expect(result.status).toBe(1);
  expect(result.stderr).toBe("Cannot write taken.xlsx: it is a folder.\n");
  expect(readdirSync(dir)).toEqual(["taken.xlsx"]);
  expect(readdirSync(join(dir, "taken.xlsx"))).toEqual([]);
});

test.each(["constructor", "toString", "__proto__", "--constructor", "--toString"])(
  "%s is not an option: exit 2, nothing written",
  async (arg) => {
    const err: string[] = [];
    const code = await main(["--out", "m.xlsx", arg], { out: () => undefined, err: (t) => err.push(t) }, dir);
    expect(code).toBe(2);
    expect(err.join("\n")).toMatch(/(Unexpected argument|Unknown option): /);
    expect(readdirSync(dir)).toEqual([]);
  },
);

// Exit codes for every bad option and an existing file: test/export/cli.test.ts, in process.
test("the bin: --help, and a bad option's exit code and message on stderr", () => {
  expect(cli.run(dir, "--help")).toMatchObject({ status: 0, stdout: expect.stringContaining("Usage: ftx-loss-model") });
  expect(cli.run(dir, "--lang", "xx", "--out", "a.xlsx")).toMatchObject({ status: 2, stderr: expect.stringContaining('got "xx"') });
  expect(readdirSync(dir)).toEqual([]);
});
