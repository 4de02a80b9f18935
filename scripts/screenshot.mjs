// Takes the README's screenshot (docs/preview.png) of the built preview in
// headless Chromium: run `npm run build:preview` first.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { BROWSER_ARGS, findBrowser } from "./find-browser.mjs";
import { serveStatic } from "./serve-static.mjs";

const fixtureName = process.argv[2] ?? "attendee-client-review-90min-onsite";
// The project's own copy of the shared samples (or its own edge cases): no ../shared needed.
const fixtureFile = ["shared", "own"].map((dir) => join("src", "preview", "fixtures", dir, `${fixtureName}.json`)).find((f) => existsSync(f));
if (!fixtureFile) throw new Error(`no fixture named ${fixtureName} in src/preview/fixtures`);
const fixture = JSON.parse(readFileSync(fixtureFile, "utf8"));
const server = await serveStatic("dist-preview");
const browser = await chromium.launch({ executablePath: findBrowser() ?? undefined, args: BROWSER_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
  await page.addInitScript((f) => {
    globalThis.__SIMULATED_MAILBOX_FIXTURE__ = f;
  }, fixture);
  await page.goto(`http://127.0.0.1:${server.address().port}/preview.html`);
  await page.locator('[data-preview="pane"] [data-action="apply"]').click();
  await page.locator('[data-preview="form"]').waitFor();
  mkdirSync("docs", { recursive: true });
  await page.screenshot({ path: "docs/preview.png", fullPage: true });
  console.log("wrote docs/preview.png");
} finally {
  await browser.close();
  server.close();
}
