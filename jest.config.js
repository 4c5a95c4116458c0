/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // test/deep/ needs a build (dist/), chromium and LibreOffice: .ci/run runs it after the build
  // with FTX_DEEP=1 (`FTX_DEEP=1 npx jest test/deep`); plain `npm test` skips it.
  testPathIgnorePatterns: process.env.FTX_DEEP === "1" ? ["/node_modules/"] : ["/node_modules/", "<rootDir>/test/deep/"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }] },
  // office-addin-mock requires office-addin-manifest, which is an ES module jest cannot load;
  // the mock only needs its OfficeApp enum.
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js" },
  setupFiles: ["<rootDir>/test/setup/custom-functions-global.ts"],
  testTimeout: 60000,
};
