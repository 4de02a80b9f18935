// Browser tests against the production build served by nginx with the
// repository's configuration. scripts/test-hosted.mjs (`npm run test:hosted`)
// builds, starts nginx and sets the addresses below; run through it.
import { defineConfig } from "@playwright/test";
import { BROWSER_ARGS, findBrowser } from "../../scripts/find-browser.mjs";

const origin = process.env.OFFRAMP_HOSTED_ORIGIN;
if (!origin) throw new Error("test/hosted runs through `npm run test:hosted`, which starts nginx and sets OFFRAMP_HOSTED_ORIGIN");

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  timeout: 30_000,
  workers: 2,
  reporter: [["list"]],
  outputDir: "../../test-results/hosted",
  use: {
    baseURL: `${origin}/`,
    // The certificate is the self-signed one the run made for 127.0.0.1.
    ignoreHTTPSErrors: true,
    viewport: { width: 1400, height: 1000 },
    launchOptions: { executablePath: findBrowser() ?? undefined, args: BROWSER_ARGS },
  },
});
