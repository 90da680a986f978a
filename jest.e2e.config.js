/** End-to-end tests: the production build in headless Chromium (npm run test:e2e builds first). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  transform: { "^.+\\.tsx?$": "ts-jest" },
  testTimeout: 120000,
};
