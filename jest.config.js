const os = require("os");

const deep = process.env.FTX_DEEP === "1";

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // test/deep/ needs a build (dist/), chromium and LibreOffice: .ci/run runs it after the build
  // with FTX_DEEP=1 (`FTX_DEEP=1 npx jest test/deep`); plain `npm test` skips it.
  testPathIgnorePatterns: deep ? ["/node_modules/"] : ["/node_modules/", "<rootDir>/test/deep/"],
  // Each file is transpiled on its own (no TypeScript program per worker): `tsc --noEmit`, run
  // first by `npm test`, checks the types across files.
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: { isolatedModules: true }, diagnostics: false }] },
  // office-addin-mock requires office-addin-manifest, which is an ES module jest cannot load;
  // the mock only needs its OfficeApp enum.
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js" },
  setupFiles: ["<rootDir>/test/setup/custom-functions-global.ts"],
  // functions.json generated once per run: the tests' one list of FTX functions.
  globalSetup: "<rootDir>/test/setup/ftx-functions-metadata.ts",
  testTimeout: 60000,
  // At least two workers, also on a 2-core machine (jest's default there is one): build.test.ts
  // and cli.test.ts mostly wait on child processes (webpack, tsc), and the second worker runs
  // the other files meanwhile. The deep tests (browsers, LibreOffice) keep jest's default.
  ...(deep ? {} : { maxWorkers: Math.max(2, os.cpus().length - 1) }),
};
