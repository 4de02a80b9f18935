// Browser tests: build the preview, then let Playwright drive it in a browser
// already on this machine. Without one, say so loudly and skip, unless
// OFFRAMP_REQUIRE_BROWSER is set (as .ci/run does), which makes it a failure.
import { spawnSync } from "node:child_process";
import { findBrowser } from "./find-browser.mjs";

const browser = findBrowser();
if (!browser) {
  const line =
    "!!! BROWSER TESTS SKIPPED: no Chromium, Chrome or Edge found. Install one (Debian: apt-get install -y chromium) or set OFFRAMP_BROWSER=/path/to/chrome !!!";
  console.error(line);
  process.exit(process.env.OFFRAMP_REQUIRE_BROWSER ? 1 : 0);
}

const run = (command, args, env = {}) => {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env }, shell: process.platform === "win32" });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

console.log(`browser tests: building the preview, then driving ${browser}`);
run("npx", ["webpack", "--mode", "production", "--env", "preview"]);
run("npx", ["playwright", "test", "--config", "test/browser/playwright.config.ts", ...process.argv.slice(2)], { OFFRAMP_BROWSER: browser });
