// ESLint 9 flat config.
//
// - JavaScript and typescript-eslint recommended rules everywhere.
// - React Hooks rules (the plugin's recommended-latest set, incl. the React
//   Compiler checks) for all .tsx.
// - No user-visible literal text in the task pane's JSX: every string a user
//   sees comes from the message catalogs (src/core/i18n), so it exists in every
//   shipped language. Text children with letters fail (react/jsx-no-literals),
//   and so do literal strings in attributes that are read out or shown.
//
// eslint-plugin-office-addins is deliberately not used: its bundled configs do
// not set the TypeScript parser and clash with typescript-eslint, and its rules
// target Excel/Word's load/sync model, not Outlook.

import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import react from "eslint-plugin-react";
import globals from "globals";

/** Attributes whose value is shown or announced to the user. */
const VISIBLE_ATTRIBUTES = [
  "aria-label",
  "aria-description",
  "aria-roledescription",
  "aria-valuetext",
  "title",
  "placeholder",
  "label",
  "alt",
  // Fluent UI v9 props that render text: Tooltip content, Field hint/validationMessage.
  "content",
  "hint",
  "validationMessage",
];
const ATTR = `JSXAttribute[name.name=/^(${VISIBLE_ATTRIBUTES.join("|")})$/]`;
const HAS_LETTER = "/\\p{L}/u";
const MESSAGE = "User-visible text must come from the message catalogs: use t(...) instead of a literal string.";

/**
 * Selectors for literal text that ends up as the *value* of a JSX expression
 * container: the literal itself, either branch of a conditional, the fallback
 * of `a || "x"` / `a ?? "x"`, a `+` concatenation, or a template literal's text.
 * Literals used otherwise (t("key"), t(`key.${x}`), kind === "update-event")
 * are not user-visible and are not matched.
 */
function literalValuesIn(container) {
  const text = `[value=${HAS_LETTER}]`;
  const values = [
    `> Literal${text}`,
    `> ConditionalExpression > Literal.consequent${text}`,
    `> ConditionalExpression > Literal.alternate${text}`,
    `> LogicalExpression > Literal.right${text}`,
    `> BinaryExpression[operator="+"] > Literal${text}`,
    `> TemplateLiteral > TemplateElement[value.raw=${HAS_LETTER}]`,
    `> :matches(ConditionalExpression, LogicalExpression, BinaryExpression[operator="+"]) > TemplateLiteral > TemplateElement[value.raw=${HAS_LETTER}]`,
  ];
  return values.map((v) => `${container} ${v}`);
}

/** Rules that keep literal, untranslated text out of JSX. */
const noLiteralTextRules = {
  // Text children with anything but whitespace or a neutral separator fail
  // (punctuation such as ":" belongs in the catalog: French writes " :").
  "react/jsx-no-literals": [
    "error",
    { noStrings: false, ignoreProps: true, allowedStrings: ["·", "•", "/", "|", "–", "—", "×", "…"] },
  ],
  "no-restricted-syntax": [
    "error",
    // title="Close", alt="Logo" (alt="" for decorative images stays allowed)
    { selector: `${ATTR} > Literal[value=/\\S/]`, message: MESSAGE },
    // title={"Close"}, title={ok ? "Yes" : "No"}, title={`Close ${name}`}
    ...literalValuesIn(`${ATTR} > JSXExpressionContainer`).map((selector) => ({ selector, message: MESSAGE })),
    // {"Close"}, {ok ? "Yes" : "No"} as children
    ...literalValuesIn(":matches(JSXElement, JSXFragment) > JSXExpressionContainer").map((selector) => ({ selector, message: MESSAGE })),
  ],
};

/** Browser and Office globals the pure core must not touch (it runs the same in Node, jest and the pane). */
const HOST_GLOBALS = [
  "window", "document", "navigator", "location", "history", "localStorage", "sessionStorage", "self", "parent", "top",
  "frames", "screen", "matchMedia", "getComputedStyle", "requestAnimationFrame", "alert", "confirm", "prompt",
  "fetch", "XMLHttpRequest", "WebSocket", "DOMParser", "XMLSerializer", "Element", "HTMLElement", "Node", "Event",
  "CustomEvent", "MutationObserver", "ClipboardItem", "Blob", "File", "FileReader", "Image", "Audio", "Worker",
];
const OFFICE_ONLY_IN_ADAPTER = {
  name: "Office",
  message: "Only src/office touches Office.js: go through the MailboxAdapter (src/office/mailboxAdapter.ts).",
};
const coreGlobal = (name) => ({
  name,
  message: `src/core is pure (no DOM, no Office, no React): take what you need as a parameter instead of reading ${name}.`,
});
const CORE_IMPORT_MESSAGE = "src/core is pure: it imports neither Office, React, Fluent UI nor the DOM, nor the layers above it.";

export default tseslint.config(
  {
    ignores: ["dist/**", "dist-preview/**", "dist-bench/**", "node_modules/**", "coverage/**", "test-results/**", "playwright-report/**"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,

  // Browser code.
  {
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, Office: "readonly" } },
  },

  // The Intl warm-up worker: an ES5 script run as a Web Worker (an ES5 catch must name its error).
  {
    files: ["src/taskpane/intl-warmup.js"],
    languageOptions: { ecmaVersion: 5, sourceType: "script", globals: { ...globals.worker } },
    rules: { "@typescript-eslint/no-unused-vars": ["error", { caughtErrors: "none" }] },
  },

  // Node code: build scripts and configs.
  {
    files: ["scripts/**/*.{js,mjs,cjs}", "*.{js,mjs,cjs}", ".ci/**/*.{js,mjs}"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["bench/**/*.cjs"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["bench/baseline/**/*.tsx"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["**/*.cjs", "webpack.config.js", "jest.config.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },

  // Tests run in Node (jest) and sometimes in the browser (Playwright page functions).
  {
    files: ["test/**/*.{ts,tsx,js,mjs}", "src/**/*.test.{ts,tsx}"],
    languageOptions: { globals: { ...globals.node, ...globals.browser, ...globals.jest } },
  },

  // React.
  {
    files: ["**/*.tsx"],
    plugins: { "react-hooks": reactHooks, react },
    settings: { react: { version: "19" } },
    rules: { ...reactHooks.configs["recommended-latest"].rules },
  },

  // The task pane: every user-visible string comes from the catalogs.
  {
    files: ["src/taskpane/**/*.tsx"],
    ignores: ["**/*.test.tsx"],
    rules: noLiteralTextRules,
  },
  // Only the adapter touches Office.js (src/preview builds the simulated host, so it may too).
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/office/**", "src/preview/**"],
    rules: {
      "no-restricted-globals": ["error", OFFICE_ONLY_IN_ADAPTER],
      // ... nor through the global object.
      "no-restricted-properties": ["error", ...["window", "globalThis", "self"].map((object) => ({ object, property: "Office", message: OFFICE_ONLY_IN_ADAPTER.message }))],
    },
  },
  // The pure core: no Office, React, Fluent UI or DOM, in imports or globals
  // (tsconfig.core.json also leaves out the DOM and Office types there).
  {
    files: ["src/core/**/*.ts", "src/core/**/*.tsx"],
    rules: {
      "no-restricted-globals": ["error", OFFICE_ONLY_IN_ADAPTER, ...HOST_GLOBALS.map(coreGlobal)],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react/*", "react-dom", "react-dom/*", "@fluentui/*", "office-js", "@microsoft/office-js", "@types/office-js", "dompurify", "jsdom"],
              message: CORE_IMPORT_MESSAGE,
            },
            { group: ["**/office/*", "**/office", "**/taskpane/*", "**/taskpane", "**/preview/*", "**/preview"], message: CORE_IMPORT_MESSAGE },
          ],
        },
      ],
    },
  },
  // The preview page (src/preview) is a developer tool: its own chrome (fixture
  // picker, call log) is English-only and never reaches Outlook users, so the
  // literal-text rules are off there. The task pane it hosts is linted above.
);
