// Benchmark, not a test: how fast the pane's first meaningful render is, and
// how much the task pane downloads before it. Builds the production task pane
// and the preview, then loads the preview in headless Chromium (CPU throttled
// 4x, like a busy laptop) and reads the `offramp:ready` mark the pane sets once
// its first real render is on screen. Prints the median of several runs.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { BROWSER_ARGS, findBrowser } from "./find-browser.mjs";
import { serveStatic } from "./serve-static.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const FIXTURE = process.env.BENCH_FIXTURE ?? "attendee-client-review-90min-onsite";

const build = (args) => {
  const result = spawnSync("npx", ["webpack", ...args], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
build(["--mode", "production"]);
build(["--mode", "production", "--env", "preview"]);

// What Outlook downloads before the first render: taskpane.html and its initial script (lazy chunks excluded).
const html = readFileSync("dist/taskpane.html", "utf8");
// The built page is minified, so attribute values may come without quotes.
const initial = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"'\s>]+\.js)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
let raw = 0;
let gz = 0;
for (const src of initial) {
  const body = readFileSync(join("dist", src));
  raw += body.length;
  gz += gzipSync(body).length;
}
const lazy = readdirSync("dist").filter((f) => f.endsWith(".chunk.js"));
if (initial.length === 0) throw new Error("found no script in dist/taskpane.html");
console.log(`first download: ${initial.join(", ")}: ${kb(raw)} minified, ${kb(gz)} gzip (${lazy.length} lazy chunks not counted)`);

const executablePath = findBrowser();
if (!executablePath) {
  console.error("no browser found for the render benchmark (apt-get install -y chromium, or set OFFRAMP_BROWSER)");
  process.exit(1);
}
const fixture = JSON.parse(readFileSync(join("..", "shared", "fixtures", `${FIXTURE}.json`), "utf8"));
const server = await serveStatic("dist-preview");
const url = `http://127.0.0.1:${server.address().port}/preview.html`;
const browser = await chromium.launch({ executablePath, args: BROWSER_ARGS });
const times = [];
try {
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.addInitScript((f) => {
      globalThis.__SIMULATED_MAILBOX_FIXTURE__ = f;
    }, fixture);
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName("offramp:ready").length > 0);
    times.push(await page.evaluate(() => performance.getEntriesByName("offramp:ready")[0].startTime));
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`first render (${FIXTURE}, CPU 4x slower, ${RUNS} runs): median ${median.toFixed(0)} ms, fastest ${times[0].toFixed(0)} ms, slowest ${times[times.length - 1].toFixed(0)} ms`);
console.log("(preview page: includes the simulated host and the preview chrome, so the pane alone is a little faster)");
