// webpack loader for src/core/i18n/catalogs/*.ts: emits the catalog with its
// messages parsed into FormatJS's AST at build time (scripts/precompile-messages.cjs).
"use strict";

const path = require("node:path");
const { precompiledModule } = require("./precompile-messages.cjs");

module.exports = function precompileMessagesLoader(source) {
  const callback = this.async();
  const language = path.basename(this.resourcePath, path.extname(this.resourcePath));
  // The real parser: webpack.config.js aliases it away only for the bundles, not for this loader.
  import("@formatjs/icu-messageformat-parser")
    .then(({ parse }) => callback(null, precompiledModule(source, this.resourcePath, language, parse)))
    .catch((error) => callback(error));
};
