// The README's command: after `npm install`, `npx ftx-loss-model` in the project folder runs the
// project's own bin (npm links the folder into its npx cache and runs the prepare hook, which
// compiles lib/). Run as a user would, in a fresh copy of the project, with --offline so it can
// never fetch a package of that name from the registry instead.
import { spawnSync } from "child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";

const ROOT = resolve(__dirname, "..", "..");
let project: string;

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), "ftx-npx-"));
  for (const entry of ["package.json", "bin", "src", "tsconfig.json", "tsconfig.cli.json"]) {
    cpSync(join(ROOT, entry), join(project, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, "node_modules"), join(project, "node_modules"));
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

const npx = (...args: string[]) =>
  spawnSync("npx", ["--offline", "ftx-loss-model", ...args], {
    cwd: project,
    encoding: "utf8",
    // Its own npm cache: the npx link of this throwaway copy does not outlive the test.
    env: { ...process.env, npm_config_cache: join(project, ".npm-cache"), npm_config_update_notifier: "false" },
  });

test("npx ftx-loss-model writes the portable workbook, and --help shows the usage", () => {
  const written = npx("--lang", "en", "--out", "model.xlsx", "--portable");
  if (written.status !== 0) throw new Error(`npx ftx-loss-model exited ${written.status}:\n${written.stderr}`);
  expect(written.stdout).toMatch(/Wrote .*model\.xlsx/);
  expect(existsSync(join(project, "model.xlsx"))).toBe(true);

  const help = npx("--help");
  expect(help.status).toBe(0);
  expect(help.stdout).toMatch(/^Usage: ftx-loss-model --out FILE\.xlsx/);
});
