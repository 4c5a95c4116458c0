// npm run screenshots: refreshes the README's pictures (docs/model-sheet.png, docs/taskpane.png)
// from a fresh production build, with test/deep/screenshots.test.ts (chromium and LibreOffice).
const { spawnSync } = require("child_process");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
/** A package's bin file; the packages' "exports" hide these paths from require.resolve. */
const bin = (pkg, file) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
const run = (script, args, env = {}) => {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run(bin("webpack-cli", "bin/cli.js"), ["--mode", "production"]);
run(bin("jest", "bin/jest.js"), ["test/deep/screenshots.test.ts"], { FTX_DEEP: "1", UPDATE_SCREENSHOTS: "1" });
console.log("Refreshed docs/model-sheet.png and docs/taskpane.png.");
