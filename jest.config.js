/** Jest: TypeScript through ts-jest (transpile only; `tsc --noEmit` checks types as its own step). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  // Hooks and tests that build workbooks with ExcelJS or LibreOffice took over Jest's 5 s default when the 2 cores
  // were busy (a helper's suite beside another): a slow but correct run must not fail as "Exceeded timeout".
  testTimeout: 30_000,
  transform: {
    "^.+\\.tsx?$": "ts-jest",
  },
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest, whose import chain requires ESM-only packages;
    // the mock only needs the OfficeApp enum, which this file holds.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  setupFiles: ["<rootDir>/test/setup-dom.ts"],
  // After the test framework, so that Testing Library registers its cleanup between tests.
  setupFilesAfterEnv: ["<rootDir>/test/setup-testing-library.ts"],
  collectCoverageFrom: ["src/**/*.{ts,tsx}", "!src/**/index.tsx"],
  coverageReporters: ["text-summary", "text"],
  coverageThreshold: {
    "./src/core/": { lines: 90 },
  },
};
