// Takes the README's screenshots of the built preview in headless Chromium (run
// `npm run build:preview` first):
// - docs/first-screen.png: the task pane's first screen at Outlook's common 320 × 640,
//   nothing scrolled: what the user sees on opening the pane;
// - docs/preview.png: the whole preview page after pressing the primary action (the
//   pane beside what Outlook would now show).
// `node scripts/screenshot.mjs [fixture] [--lang da-DK]` retakes only the first screen
// in that display language, as test-results/first-screen-<lang>.png (to look at, not for the README).
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { BROWSER_ARGS, findBrowser } from "./find-browser.mjs";
import { serveStatic } from "./serve-static.mjs";

const args = process.argv.slice(2);
const langAt = args.indexOf("--lang");
const language = langAt >= 0 ? args.splice(langAt, 2)[1] : null;
const fixtureName = args[0] ?? "attendee-client-review-90min-onsite";
// The project's own copy of the shared samples (or its own edge cases): no ../shared needed.
const fixtureFile = ["shared", "own"].map((dir) => join("src", "preview", "fixtures", dir, `${fixtureName}.json`)).find((f) => existsSync(f));
if (!fixtureFile) throw new Error(`no fixture named ${fixtureName} in src/preview/fixtures`);
const fixture = JSON.parse(readFileSync(fixtureFile, "utf8"));
if (language) fixture.host = { ...fixture.host, displayLanguage: language };
const PANE = { width: 320, height: 640 };

const server = await serveStatic("dist-preview");
const browser = await chromium.launch({ executablePath: findBrowser() ?? undefined, args: BROWSER_ARGS });
const url = `http://127.0.0.1:${server.address().port}/preview.html`;

async function open(viewport) {
  const page = await browser.newPage({ viewport });
  await page.addInitScript((f) => {
    globalThis.__SIMULATED_MAILBOX_FIXTURE__ = f;
  }, fixture);
  await page.goto(url);
  // The advice, and the draft panel (its own chunk) with the primary action.
  await page.locator('[data-preview="pane"] [data-section="draft"]').waitFor();
  return page;
}

try {
  mkdirSync("docs", { recursive: true });
  mkdirSync("test-results", { recursive: true });
  // The pane alone, 320 px wide and 640 px tall, as Outlook shows it beside an event.
  const pane = await open(PANE);
  await pane.addStyleTag({
    content: `[data-preview="pane"] { position: fixed !important; inset: 0 auto auto 0; width: ${PANE.width}px !important; max-width: none !important; height: ${PANE.height}px; overflow: auto !important; border: none !important; border-radius: 0 !important; box-shadow: none !important; z-index: 1000; box-sizing: border-box; }`,
  });
  const firstScreen = language ? `test-results/first-screen-${language}.png` : "docs/first-screen.png";
  await pane.screenshot({ path: firstScreen, clip: { x: 0, y: 0, ...PANE } });
  console.log(`wrote ${firstScreen}`);

  if (!language) {
    const page = await open({ width: 1400, height: 1100 });
    await page.locator('[data-preview="pane"] [data-action="apply"]').click();
    await page.locator('[data-preview="form"]').waitFor();
    await page.screenshot({ path: "docs/preview.png", fullPage: true });
    console.log("wrote docs/preview.png");
  }
} finally {
  await browser.close();
  server.close();
}
