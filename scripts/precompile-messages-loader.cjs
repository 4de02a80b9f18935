// webpack loader for src/core/i18n/catalogs/*.ts: emits the catalog with its
// messages parsed into FormatJS's AST at build time (scripts/precompile-messages.cjs),
// or, for "./catalogs/en?part=first" or "?part=later", only that part's messages.
"use strict";

const path = require("node:path");
const { precompiledModule } = require("./precompile-messages.cjs");

module.exports = function precompileMessagesLoader(source) {
  const callback = this.async();
  const language = path.basename(this.resourcePath, path.extname(this.resourcePath));
  // "./catalogs/en?part=first": only that part's messages (src/core/i18n/catalogParts.ts).
  const part = new URLSearchParams(this.resourceQuery).get("part") ?? undefined;
  // The real parser: webpack.config.js aliases it away only for the bundles, not for this loader.
  import("@formatjs/icu-messageformat-parser")
    .then(({ parse }) => callback(null, precompiledModule(source, this.resourcePath, language, parse, part)))
    .catch((error) => callback(error));
};
