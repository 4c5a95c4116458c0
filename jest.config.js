/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }] },
  // office-addin-mock requires office-addin-manifest, which is an ES module jest cannot load;
  // the mock only needs its OfficeApp enum.
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js" },
  setupFiles: ["<rootDir>/test/setup/custom-functions-global.ts"],
  testTimeout: 60000,
};
