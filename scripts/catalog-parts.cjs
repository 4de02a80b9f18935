// The split of a catalog into its first-screen and later messages, by the key prefixes in
// src/core/i18n/catalogParts.json (see src/core/i18n/catalogParts.ts). The build's catalog
// loader (scripts/precompile-messages.cjs) and Jest's stand-ins for the parts
// (test/support/englishPart.*.ts) both split with this, so the tests see the build's parts.
"use strict";

const { laterPrefixes } = require("../src/core/i18n/catalogParts.json");

const isLater = (key) => laterPrefixes.some((prefix) => key.startsWith(prefix));

/** The whole catalog (`part` undefined), or only its "first" or "later" messages. */
function catalogPart(catalog, part, file = "catalog") {
  if (part === undefined) return catalog;
  if (part !== "first" && part !== "later") throw new Error(`${file}: unknown catalog part "${part}" (first or later)`);
  return Object.fromEntries(Object.entries(catalog).filter(([key]) => isLater(key) === (part === "later")));
}

module.exports = { catalogPart };
