#!/usr/bin/env node
// Compiled from src/export/cli.ts into lib/ by `npm run build:cli` (npm's prepare hook runs it
// on install, so an installed package and a fresh clone after `npm ci` both have it).
const path = require("path");

let cli;
try {
  cli = require(path.join(__dirname, "..", "lib", "export", "cli.js"));
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && /lib[\\/]export[\\/]cli/.test(error.message)) {
    process.stderr.write("ftx-loss-model is not built yet: run `npm run build:cli` first.\n");
    process.exit(1);
  }
  throw error;
}

cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`ftx-loss-model: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 1;
  },
);
