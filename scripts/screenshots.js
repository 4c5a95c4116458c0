// npm run screenshots: refreshes the README's pictures (docs/model-sheet.png, docs/taskpane.png)
// from a fresh production build, with test/deep/screenshots.test.ts (chromium and LibreOffice).
const { spawnSync } = require("child_process");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const run = (script, args, env = {}) => {
  const result = spawnSync(process.execPath, [require.resolve(script), ...args], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run("webpack-cli/bin/cli.js", ["--mode", "production"]);
run("jest/bin/jest.js", ["test/deep/screenshots.test.ts"], { FTX_DEEP: "1", UPDATE_SCREENSHOTS: "1" });
console.log("Refreshed docs/model-sheet.png and docs/taskpane.png.");
