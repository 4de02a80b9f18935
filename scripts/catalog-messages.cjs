// Reads messages from the TypeScript catalogs (src/core/i18n/catalogs) at build
// time: for text that must be on a page before any bundle runs (the "this
// Outlook is too old" message of taskpane.html's inline check), and for the
// build's precompiled catalogs (scripts/precompile-messages.cjs).
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const ts = require("typescript");

const CATALOG_DIR = path.resolve(__dirname, "..", "src", "core", "i18n", "catalogs");

/** One catalog's source as a plain object (the file is data: an object literal with a type annotation). */
function catalogFromSource(source, file) {
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } });
  const module = { exports: {} };
  vm.runInNewContext(outputText, { module, exports: module.exports, require: () => ({}) }, { filename: file });
  return module.exports.default;
}

/** One catalog file as a plain object. */
function loadCatalogFile(file) {
  return catalogFromSource(fs.readFileSync(file, "utf8"), file);
}

/** Every catalog, keyed by its language tag ("en", "it", …, "pt-BR"). */
function loadCatalogs(dir = CATALOG_DIR) {
  const catalogs = {};
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith(".ts")).sort()) {
    catalogs[path.basename(name, ".ts")] = loadCatalogFile(path.join(dir, name));
  }
  return catalogs;
}

/**
 * The given keys in every language, as plain text: { en: { key: text }, it: {...} }.
 * The keys must hold no ICU syntax (no placeholders, plurals or quoting), since
 * the page shows them as they are.
 */
function plainMessages(keys, dir = CATALOG_DIR) {
  const out = {};
  for (const [language, catalog] of Object.entries(loadCatalogs(dir))) {
    out[language] = {};
    for (const key of keys) {
      const text = catalog[key];
      if (typeof text !== "string" || !text.trim()) throw new Error(`catalog ${language} has no message ${key}`);
      if (/[{}']/.test(text)) throw new Error(`catalog ${language}: ${key} must be plain text (no {, } or '), because taskpane.html shows it before any script runs`);
      out[language][key] = text;
    }
  }
  return out;
}

module.exports = { catalogFromSource, loadCatalogs, plainMessages, CATALOG_DIR };
