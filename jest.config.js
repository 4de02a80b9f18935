// Unit, adapter and component tests. Browser tests run under Playwright (test/browser).
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "jsdom",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/browser/"],
  setupFilesAfterEnv: ["<rootDir>/test/setupTests.ts"],
  // Component tests render the whole pane; on a busy two-core CI machine one can take
  // longer than Jest's 5 s default without anything being wrong.
  testTimeout: 30_000,
  transform: {
    "^.+\\.(t|j)sx?$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } }, target: "es2022" } },
    ],
  },
  // The English catalog's two parts (src/core/i18n/catalogParts.ts), split as the build splits them.
  moduleNameMapper: { "^\\./catalogs/en\\?part=(first|later)$": "<rootDir>/test/support/englishPart.$1.ts" },
  // FormatJS ships ES modules only; let swc turn them into CommonJS for Jest.
  transformIgnorePatterns: ["/node_modules/(?!(@formatjs|intl-messageformat|@fluentui/react-icons)/)"],
};
