// Build-time message compilation. The catalogs (src/core/i18n/catalogs/*.ts) stay
// the source of truth, written in ICU MessageFormat; the production build hands
// the pane each catalog already parsed into FormatJS's message AST, so the ICU
// parser (and its number-skeleton parser) never ships: webpack.config.js aliases
// it to FormatJS's `no-parser` entry, and src/core/i18n/messageFormat.ts formats the AST.
//
// Used by scripts/precompile-messages-loader.cjs (webpack) and by
// test/i18n/precompiledMessages.test.ts, which checks that every message formats
// exactly as its source does. The parser is passed in: it is an ES module, which
// the loader imports and Jest transforms.
"use strict";

const { catalogFromSource } = require("./catalog-messages.cjs");
// Which messages wait for the draft and settings panels (src/core/i18n/catalogParts.ts).
const { catalogPart } = require("./catalog-parts.cjs");

/**
 * Parse options: the same as intl-messageformat uses when it parses at run time
 * (tags parsed, no locations), so the AST is what the runtime would have built.
 */
const parseOptions = (language) => ({ locale: new Intl.Locale(language), ignoreTag: false, captureLocation: false });

/** { key: ICU source } -> { key: AST }. A message that does not parse fails the build, naming it. */
function compileCatalog(catalog, language, parse) {
  const compiled = {};
  for (const [key, message] of Object.entries(catalog)) {
    if (typeof message !== "string") throw new Error(`catalog ${language}: ${key} is not a string`);
    try {
      compiled[key] = parse(message, parseOptions(language));
    } catch (error) {
      throw new Error(`catalog ${language}: ${key} is not valid ICU MessageFormat: ${error.message}`);
    }
  }
  return compiled;
}

/**
 * A catalog module's TypeScript source -> the ES module the pane gets: its
 * messages as AST. JSON.parse of a string literal is how V8 reads a large
 * object fastest (it skips the JavaScript parser's full grammar).
 */
function precompiledModule(source, file, language, parse, part) {
  const compiled = compileCatalog(catalogPart(catalogFromSource(source, file), part, file), language, parse);
  return `// Precompiled from ${language}.ts by scripts/precompile-messages.cjs.\nexport default JSON.parse(${JSON.stringify(JSON.stringify(compiled))});\n`;
}

module.exports = { compileCatalog, precompiledModule, parseOptions };
