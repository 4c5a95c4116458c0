// The production build as `npm run build` runs it (webpack CLI), once, into a temp folder so a
// running dev server's dist/ is left alone: what the page loads and in which order, the
// manifest rewrite, the Japanese metadata, and the JavaScript size budget. With the deep tests
// (FTX_DEEP=1, .ci/run), as a build takes a core for several seconds; the settings that need no
// build (office.js's source, a bad origin) are checked by test/commands/ in `npm test`.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as vm from "vm";
import * as zlib from "zlib";
import { JS_BUDGET_GZIP } from "../../webpack.config";
import { FTX_FUNCTIONS } from "../support/ftx-functions";

const ROOT = path.resolve(__dirname, "..", "..");

function build(env: Record<string, string>): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "ftx-build-"));
  const result = spawnSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out],
    { cwd: ROOT, env: { ...process.env, ...env }, encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  return out;
}

const read = (dir: string, file: string): string => fs.readFileSync(path.join(dir, file), "utf8");

describe("production build (local office.js, ADDIN_PUBLIC_URL set)", () => {
  let out: string;
  beforeAll(() => {
    out = build({ ADDIN_PUBLIC_URL: "https://addin.example.org", OFFICE_JS_URL: "local" });
  });
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  test("the shared-runtime page loads office.js, then the one bundle", () => {
    const scripts = [...read(out, "taskpane.html").matchAll(/<script[^>]*\bsrc="?([^"\s>]+)/g)].map((m) => m[1]);
    expect(scripts.map((s) => s.replace(/\?.*$/, ""))).toEqual(["office-js/office.js", "functions.js"]);
    // The bundle carries a build hash so a browser never runs a stale copy.
    expect(scripts[1]).toMatch(/^functions\.js\?[0-9a-f]{8,}$/);
  });

  test("office.js and the Excel files it loads are served locally", () => {
    for (const f of ["office.js", "excel-web-16.00.js", "excel-win32-16.01.js", "en-us/office_strings.js", "ja-jp/office_strings.js"]) {
      expect(fs.existsSync(path.join(out, "office-js", f))).toBe(true);
    }
  });

  test("the functions bundle associates every id", () => {
    const js = read(out, "functions.js");
    for (const { id } of FTX_FUNCTIONS) expect(js).toContain(`CustomFunctions.associate("${id}"`);
  });

  test("functions-ja.json is functions.json with Japanese descriptions", () => {
    const en = JSON.parse(read(out, "functions.json"));
    const ja = JSON.parse(read(out, "functions-ja.json"));
    expect(ja.functions.map((f: { id: string }) => f.id)).toEqual(en.functions.map((f: { id: string }) => f.id));
    expect(ja.functions[0].description).not.toBe(en.functions[0].description);
  });

  test("the manifest points at the public origin with versioned metadata URLs", () => {
    const xml = read(out, "manifest.xml");
    expect(xml).not.toMatch(/localhost/);
    expect(xml).toMatch(/https:\/\/addin\.example\.org\/functions\.json\?v=1\.0\.0-[0-9a-f]{8}"/);
    expect(xml).toMatch(/https:\/\/addin\.example\.org\/functions-ja\.json\?v=1\.0\.0-[0-9a-f]{8}"/);
  });

  test(`the add-in's own JavaScript stays under ${JS_BUDGET_GZIP / 1024} KB gzip`, () => {
    const own = fs.readdirSync(out).filter((f) => f.endsWith(".js"));
    const gzip = own.map((f) => zlib.gzipSync(fs.readFileSync(path.join(out, f))).length).reduce((a, b) => a + b, 0);
    console.log(`${own.join(" + ")}: ${gzip} bytes gzip`);
    expect(gzip).toBeLessThanOrEqual(JS_BUDGET_GZIP);
  });

  test("one bundle: functions.js is the add-in's only JavaScript, with the model once and the taskpane in it", () => {
    expect(fs.readdirSync(out).filter((f) => f.endsWith(".js"))).toEqual(["functions.js"]);
    const functions = read(out, "functions.js");
    // A label of the category table, a source of the evidence table: one copy each.
    for (const marker of ["Voyager/BlockFiの買収", "https://www.sec.gov/litigation/litreleases/lr-25617"]) {
      expect(functions.split(marker)).toHaveLength(2);
    }
    // The taskpane's own code: the ids of its page's panels.
    for (const id of ["insert-panel", "versions-panel", "sharing-panel", "outside-excel"]) expect(functions).toContain(id);
  });

  test("functions.js works alone, as where Excel loads the Functions Script Url without the page", () => {
    const associated = new Map<string, (...args: unknown[]) => unknown>();
    const sandbox: Record<string, unknown> = {
      CustomFunctions: {
        associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
        Error: CustomFunctions.Error,
        ErrorCode: CustomFunctions.ErrorCode,
      },
    };
    sandbox.self = sandbox;
    sandbox.window = sandbox;
    vm.runInNewContext(read(out, "functions.js"), sandbox);
    expect([...associated.keys()].sort()).toEqual(FTX_FUNCTIONS.map((f) => f.id).sort());
    expect(associated.get("LOSS")?.("luna")).toBe(1e9);
    const rows = associated.get("EVIDENCE")?.("headline", "ja") as unknown[][];
    expect(rows.length).toBeGreaterThan(10);
    expect(rows[0]).toHaveLength(7);
  });
});
