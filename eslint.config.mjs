// ESLint: the Office add-in rules (sync after load, no sync in a loop, isNullObject…) over all our code.
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

// The plugin's TypeScript block names .ts files only; our React components are .tsx.
const withTsx = (config) =>
  config.files?.includes("**/*.{js,mjs,cjs,ts,cts,mts}")
    ? { ...config, files: ["**/*.{js,mjs,cjs,ts,cts,mts,tsx}"] }
    : config;

export default [
  { ignores: ["dist/", "coverage/", "node_modules/", "test-results/", ".tmp/", "lib/"] },
  ...officeAddins.configs.react.map(withTsx),
  {
    languageOptions: {
      // The plugin's config names a parser export that its own typescript-eslint does not have; name it here.
      parser: tseslint.parser,
      ecmaVersion: 2022,
      globals: {
        console: "readonly",
        document: "readonly",
        window: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        process: "readonly",
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        Office: "readonly",
        Excel: "readonly",
      },
    },
    rules: {
      // TypeScript checks names; this rule does not know type-only globals such as `Excel.RequestContext`.
      "no-undef": "off",
      "react/react-in-jsx-scope": "off",
    },
  },
  {
    // ExcelJS (the command line) is not Office.js: its getCell() needs no load or sync.
    files: ["src/cli/**", "bench/**", "test/cli/**"],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/call-sync-after-load": "off",
    },
  },
];
