#!/usr/bin/env node
// `npm run validate`: checks manifest.xml offline against the add-in manifest
// XSDs in test/schemas/manifest (the project's copy of ../shared's). Exit code 0 = valid, 1 = invalid or the
// schemas are missing.
//
//   node scripts/validate-manifest.mjs [path/to/manifest.xml]

import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const { validateManifest, defaultManifestPath } = require("./manifest-validation.cjs");

const manifestPath = process.argv[2] ? path.resolve(process.argv[2]) : defaultManifestPath;
const name = path.relative(process.cwd(), manifestPath) || manifestPath;

try {
  const { valid, errors } = await validateManifest({ manifestPath });
  if (valid) {
    console.log(`${name} is valid against the add-in manifest schema`);
  } else {
    console.error(`${name} is NOT valid against the add-in manifest schema:`);
    for (const error of errors) console.error(`  ${error}`);
    process.exitCode = 1;
  }
} catch (err) {
  if (err && err.code === "SCHEMAS_MISSING") {
    console.error(`Cannot validate ${name}: ${err.message}`);
  } else if (err && err.code === "ENOENT") {
    console.error(`Cannot validate: ${err.path ?? name} does not exist.`);
  } else {
    console.error(`Cannot validate ${name}: ${err?.stack ?? err}`);
  }
  process.exitCode = 1;
}
