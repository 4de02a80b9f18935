// The release zip: release/offramp-<version>.zip from a production build. It holds
//   manifest.xml   the production manifest, for the Microsoft 365 admin center or sideloading
//   dist/…         the files to upload to the static host, at ADDIN_URL
//   README.txt     where each goes
// The manifest is checked against the schemas and must belong to this build
// and this version; the same build gives the same zip, byte for byte.
// Used by `npm run package` (scripts/package.mjs) and its tests.
"use strict";

const { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } = require("node:fs");
const path = require("node:path");
const { zipSync } = require("fflate");
const { validateManifest } = require("./manifest-validation.cjs");
const { manifestVersion, manifestUrls, DEV_BASE_URL } = require("./production-manifest.cjs");

const root = path.resolve(__dirname, "..");
/** Zip entries carry this time, so that the same build gives the same zip. */
const FIXED_TIME = new Date("2026-01-01T00:00:00Z");

function filesUnder(dir, prefix = "") {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    const relative = prefix ? `${prefix}/${name}` : name;
    if (statSync(full).isDirectory()) out.push(...filesUnder(full, relative));
    else out.push(relative);
  }
  return out;
}

/** The address every URL of a production manifest is under: the SourceLocation's folder. */
function addinUrlOf(xml) {
  const source = /<SourceLocation DefaultValue="([^"]+)"/.exec(xml)?.[1];
  if (!source) throw new Error("dist/manifest.xml has no SourceLocation");
  return source.replace(/&amp;/g, "&").replace(/[^/]*$/, "");
}

/**
 * Checks the build in distDir and writes outDir/offramp-<version>.zip.
 * @returns {Promise<{ file: string, addinUrl: string, entries: string[] }>}
 */
async function packageRelease({ distDir, outDir, version }) {
  const manifestPath = path.join(distDir, "manifest.xml");
  if (!existsSync(manifestPath) || !existsSync(path.join(distDir, "taskpane.html"))) {
    throw new Error(`${path.relative(root, distDir) || distDir} holds no build: run ADDIN_URL=https://…/ npm run build first`);
  }
  const xml = readFileSync(manifestPath, "utf8");
  if (xml.includes(DEV_BASE_URL.slice(0, -1))) {
    throw new Error("dist/ is a development build (its manifest points at the dev server): run ADDIN_URL=https://…/ npm run build first");
  }
  const expected = manifestVersion(version);
  const declared = /<Version>([^<]*)<\/Version>/.exec(xml)?.[1];
  if (declared !== expected) {
    throw new Error(`dist/manifest.xml is version ${declared}, but package.json says ${version} (${expected}): rebuild first`);
  }
  const { valid, errors } = await validateManifest({ xml });
  if (!valid) throw new Error(`dist/manifest.xml is not valid against the add-in manifest schema:\n  ${errors.join("\n  ")}`);
  const addinUrl = addinUrlOf(xml);
  const stray = manifestUrls(xml).filter((url) => !url.replace(/&amp;/g, "&").startsWith(addinUrl) && url !== new URL(addinUrl).origin);
  if (stray.length) throw new Error(`dist/manifest.xml points outside ${addinUrl}: ${stray.join(", ")}`);

  const readme = [
    `Offramp ${version}, built for ${addinUrl}`,
    "",
    `dist/         Upload its contents to the static host so that ${addinUrl}taskpane.html is served`,
    "              (HTTPS; headers and caching: deploy/nginx.conf and docs/hosting.md in the repository).",
    "manifest.xml  The production manifest. Microsoft 365 admin center: Settings > Integrated apps >",
    `              Upload custom apps > Office Add-in; upload this file or give ${addinUrl}manifest.xml.`,
    "",
  ].join("\r\n");
  const entry = (bytes) => [bytes, { mtime: FIXED_TIME }];
  const tree = {
    "README.txt": entry(new TextEncoder().encode(readme)),
    "manifest.xml": entry(readFileSync(manifestPath)),
  };
  for (const file of filesUnder(distDir)) tree[`dist/${file}`] = entry(readFileSync(path.join(distDir, file)));

  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `offramp-${version}.zip`);
  writeFileSync(file, zipSync(tree, { level: 9 }));
  return { file, addinUrl, entries: Object.keys(tree) };
}

module.exports = { packageRelease };
