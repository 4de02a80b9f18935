#!/usr/bin/env node
// `npm run package`: writes release/offramp-<version>.zip from dist/ (scripts/release-zip.cjs).
// Build first: ADDIN_URL=https://addins.example.org/offramp/ npm run build && npm run package

import { readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { packageRelease } = require("./release-zip.cjs");
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
try {
  const { file, addinUrl, entries } = await packageRelease({ distDir: path.join(root, "dist"), outDir: path.join(root, "release"), version });
  const size = (statSync(file).size / 1024).toFixed(0);
  console.log(`${path.relative(root, file)}: ${entries.length} files, ${size} KiB, for ${addinUrl}`);
} catch (error) {
  console.error(`npm run package: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
}
