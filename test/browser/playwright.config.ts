// Playwright drives the built preview (dist-preview/) in the browser that
// scripts/test-browser.mjs found; it never downloads one.
import { defineConfig } from "@playwright/test";
import { BROWSER_ARGS, findBrowser } from "../../scripts/find-browser.mjs";

const PORT = Number(process.env.OFFRAMP_PREVIEW_PORT ?? 3107);

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  timeout: 30_000,
  workers: 2,
  reporter: [["list"]],
  outputDir: "../../test-results",
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1400, height: 1000 },
    launchOptions: { executablePath: findBrowser() ?? undefined, args: BROWSER_ARGS },
  },
  webServer: {
    command: `node scripts/serve-static.mjs dist-preview ${PORT}`,
    cwd: "../..",
    url: `http://127.0.0.1:${PORT}/preview.html`,
    reuseExistingServer: false,
  },
});
