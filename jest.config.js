/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // test/deep/ needs a build (dist/), chromium and LibreOffice: .ci/run runs it after the build
  // with FTX_DEEP=1 (`FTX_DEEP=1 npx jest test/deep`); plain `npm test` skips it.
  testPathIgnorePatterns: process.env.FTX_DEEP === "1" ? ["/node_modules/"] : ["/node_modules/", "<rootDir>/test/deep/"],
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
};
