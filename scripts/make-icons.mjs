#!/usr/bin/env node
// Renders the Offramp icons (assets/icon-<size>.png) from the inline SVG below
// with headless Chromium, so they can be regenerated and reviewed like code.
//
//   node scripts/make-icons.mjs            # writes assets/icon-{16,32,64,80,128}.png
//   node scripts/make-icons.mjs --out DIR  # writes elsewhere (e.g. to compare)
//
// Needs the Debian `chromium` package (apt-get install -y chromium); no
// Playwright browser download is used or needed.
//
// Design: a Fluent-blue calendar tile (darker header band, two binder tabs)
// with a white road that forks: the straight lane continues faintly, the
// off-ramp curves away to the right and ends in an arrow head. It reads as
// "leave this meeting by the side road" and stays legible at 16 px, where the
// drawing is simplified (no faint lane, thicker strokes).

import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { BROWSER_ARGS, findBrowser } from "./find-browser.mjs";

const SIZES = [16, 32, 64, 80, 128];
const CHROMIUM = findBrowser() ?? "/usr/bin/chromium";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outIdx = process.argv.indexOf("--out");
const outDir = outIdx > 0 ? path.resolve(process.argv[outIdx + 1]) : path.join(root, "assets");

const BLUE = "#0F6CBD"; // Fluent brand 80
const DARK = "#0F548C"; // Fluent brand 60
const RAMP = "#FFFFFF";

/** The icon, drawn on a 64x64 grid and scaled to `size` pixels. */
export function iconSvg(size) {
  const small = size <= 20;
  const stroke = small ? 9 : size <= 32 ? 7 : 6;
  const lane = small
    ? ""
    : `<path d="M24 60 V27" stroke="${RAMP}" stroke-opacity="0.45" stroke-width="${stroke}" stroke-linecap="round" fill="none"/>`;
  // The off-ramp: leaves the lane at the bottom, bends to the right and up.
  const rampPath = small ? "M20 58 C20 44 28 38 41 36" : "M24 58 C24 45 31 40 41 38";
  const head = small ? "M35 25 L50 35 L36 46 Z" : "M37 28 L50 37.5 L37 47 Z";
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 64 64">
  <rect x="3" y="7" width="58" height="55" rx="${small ? 9 : 11}" fill="${BLUE}"/>
  <path d="M3 ${small ? 23 : 20} V18 a11 11 0 0 1 11 -11 h36 a11 11 0 0 1 11 11 V${small ? 23 : 20} Z" fill="${DARK}"/>
  ${small ? "" : `<rect x="16" y="2" width="7" height="12" rx="3.5" fill="${DARK}" stroke="#FFFFFF" stroke-width="2"/>
  <rect x="41" y="2" width="7" height="12" rx="3.5" fill="${DARK}" stroke="#FFFFFF" stroke-width="2"/>`}
  ${lane}
  <path d="${rampPath}" stroke="${RAMP}" stroke-width="${stroke}" stroke-linecap="round" fill="none"/>
  <path d="${head}" fill="${RAMP}" stroke="${RAMP}" stroke-width="2" stroke-linejoin="round"/>
</svg>`;
}

async function main() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: BROWSER_ARGS,
  });
  try {
    mkdirSync(outDir, { recursive: true });
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(
        `<!doctype html><html><head><style>html,body{margin:0;padding:0;background:transparent}svg{display:block}</style></head>` +
          `<body>${iconSvg(size)}</body></html>`,
      );
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      const file = path.join(outDir, `icon-${size}.png`);
      writeFileSync(file, png);
      console.log(`wrote ${path.relative(root, file)} (${size}x${size})`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err?.message ?? err);
    if (String(err?.message).includes("Executable doesn't exist") || String(err).includes("ENOENT")) {
      console.error(`Chromium not found at ${CHROMIUM}: install it with 'apt-get install -y chromium' or set OFFRAMP_BROWSER.`);
    }
    process.exit(1);
  });
}
