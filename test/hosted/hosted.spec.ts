// The production build as nginx serves it with deploy/nginx.conf: what an
// administrator deploys and what Outlook downloads. Headers, the production
// manifest, the pane working under the production policy, and the page opened
// outside Outlook with Microsoft's real Office.js.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { validateManifest } from "../../scripts/manifest-validation.cjs";
import en from "../../src/core/i18n/catalogs/en";
import it from "../../src/core/i18n/catalogs/it";
import { sharedFixture } from "../browser/fixtures";
import { GRAPH_BASE_URL } from "../../src/office/graph/graphClient";
import { officeStub } from "../../scripts/office-stub.mjs";
import { cacheControl } from "../../scripts/cache-control.cjs";

const ORIGIN = process.env.OFFRAMP_HOSTED_ORIGIN!;
const ADDIN_URL = process.env.OFFRAMP_HOSTED_ADDIN_URL!;
const HTTP_PORT = process.env.OFFRAMP_HOSTED_HTTP_PORT!;
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS_DIST = path.resolve(__dirname, "../../node_modules/@microsoft/office-js/dist");
const YEAR = "public, max-age=31536000, immutable";

/** The policy from the page's own <meta http-equiv> tag. */
function metaPolicy(html: string): string {
  const match = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/i.exec(html);
  if (!match) throw new Error("taskpane.html has no Content-Security-Policy meta tag");
  return match[1]!.replace(/&quot;/g, '"').replace(/&amp;/g, "&");
}

/** The content-hashed bundles taskpane.html loads at start, as written in it. */
function bundlesOf(html: string): string[] {
  return [...html.matchAll(/<script[^>]+src="?([^"\s>]+\.[0-9a-f]{8}\.js)/g)].map((m) => m[1]!);
}

/** Records policy violations and uncaught errors from the first script on. */
async function watch(page: Page): Promise<{ violations: string[]; errors: string[] }> {
  const seen = { violations: [] as string[], errors: [] as string[] };
  await page.exposeFunction("__reportViolation", (text: string) => seen.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { __reportViolation(t: string): void }).__reportViolation(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"}`),
    );
  });
  page.on("pageerror", (e) => seen.errors.push(e.message));
  return seen;
}

/** Serves Microsoft's Office.js runtime (the @microsoft/office-js package) in place of the CDN; any other outside request fails the test. */
async function officeJsFromPackage(page: Page): Promise<string[]> {
  const outside: string[] = [];
  await page.route(
    (url) => url.origin !== ORIGIN,
    async (route) => {
      const url = route.request().url();
      if (url.startsWith(CDN)) {
        const file = path.join(OFFICE_JS_DIST, new URL(url).pathname.slice(new URL(CDN).pathname.length));
        if (file.startsWith(OFFICE_JS_DIST)) {
          try {
            return await route.fulfill({ body: readFileSync(file), contentType: "text/javascript" });
          } catch {
            // not in the package: fall through and record it
          }
        }
      }
      outside.push(url);
      return route.abort();
    },
  );
  return outside;
}

test.describe("headers", () => {
  test("taskpane.html: the same policy as its meta tag, never cached without revalidation, UTF-8", async ({ request }) => {
    const response = await request.get(`${ADDIN_URL}taskpane.html`);
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(headers["cache-control"]).toBe("no-cache");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["strict-transport-security"]).toMatch(/max-age=\d+/);
    const policy = headers["content-security-policy"]!;
    expect(policy).toBe(metaPolicy(await response.text()));
    const scriptSrc = policy.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src "))!;
    expect(scriptSrc.split(/\s+/).slice(1).filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'", "https://appsforoffice.microsoft.com", "https://ajax.aspnetcdn.com"]);
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(policy).toMatch(/default-src 'none'/);
  });

  test("content-hashed bundles: cached for a year as immutable, JavaScript, gzip-compressed", async ({ request }) => {
    const html = await (await request.get(`${ADDIN_URL}taskpane.html`)).text();
    const bundles = bundlesOf(html);
    expect(bundles.length).toBeGreaterThanOrEqual(2);
    for (const bundle of bundles) {
      const response = await request.get(new URL(bundle, ADDIN_URL).href, { headers: { "accept-encoding": "gzip" } });
      expect(response.status(), bundle).toBe(200);
      expect(response.headers()["cache-control"], bundle).toBe(YEAR);
      expect(response.headers()["content-type"], bundle).toMatch(/^text\/javascript/);
      expect(response.headers()["content-encoding"], bundle).toBe("gzip");
    }
    // The worker that loads ICU's data while the page loads is content-hashed too (too small to be worth compressing).
    const worker = /new Worker\("(intl-warmup\.[0-9a-f]{8}\.js)"\)/.exec(html)?.[1];
    expect(worker).toBeTruthy();
    const workerResponse = await request.get(new URL(worker!, ADDIN_URL).href);
    expect(workerResponse.status()).toBe(200);
    expect(workerResponse.headers()["cache-control"]).toBe(YEAR);
    expect(workerResponse.headers()["content-type"]).toMatch(/^text\/javascript/);
    const map = await request.get(new URL(`${bundles[0]}.map`, ADDIN_URL).href);
    expect(map.headers()["content-type"]).toMatch(/^application\/json/);
  });

  test("the manifest, privacy and support pages revalidate; icons are PNG cached for a day", async ({ request }) => {
    const manifest = await request.get(`${ADDIN_URL}manifest.xml`);
    expect(manifest.headers()["content-type"]).toMatch(/^text\/xml|^application\/xml/);
    expect(manifest.headers()["cache-control"]).toBe("no-cache");
    for (const page of ["privacy.html", "support.html"]) {
      const response = await request.get(`${ADDIN_URL}${page}`);
      expect(response.status(), page).toBe(200);
      expect(response.headers()["cache-control"], page).toBe("no-cache");
      expect(response.headers()["content-security-policy"], page).toBeTruthy();
    }
    const icon = await request.get(`${ADDIN_URL}assets/icon-64.png`);
    expect(icon.headers()["content-type"]).toBe("image/png");
    expect(icon.headers()["cache-control"]).toBe("public, max-age=86400");
  });

  // The benchmark's reopened pane is served by scripts/serve-static.mjs with the production
  // headers; a rule changed in nginx.conf alone would make it measure another cache.
  test("the benchmark's test server sends the Cache-Control nginx sends, for every file of the build", async ({ request }) => {
    const dist = path.resolve(__dirname, "../../dist");
    const files = readdirSync(dist, { recursive: true, encoding: "utf8" })
      .filter((file) => statSync(path.join(dist, file)).isFile())
      .map((file) => file.split(path.sep).join("/"));
    expect(files.length).toBeGreaterThan(10);
    const differences: string[] = [];
    for (const file of files) {
      const sent = (await request.get(new URL(file, ADDIN_URL).href)).headers()["cache-control"];
      const expected = cacheControl(path.join(dist, file));
      if (sent !== expected) differences.push(`${file}: nginx ${sent}, test server ${expected}`);
    }
    expect(differences).toEqual([]);
  });

  test("unknown paths and dotfiles are 404; plain HTTP redirects to HTTPS", async ({ request }) => {
    expect((await request.get(`${ADDIN_URL}no-such-file.js`)).status()).toBe(404);
    expect((await request.get(`${ADDIN_URL}.env`)).status()).toBe(404);
    expect((await request.get(ADDIN_URL)).status()).toBeGreaterThanOrEqual(400);
    const plain = await request.get(`http://127.0.0.1:${HTTP_PORT}/offramp/taskpane.html`, { maxRedirects: 0 });
    expect(plain.status()).toBe(301);
    expect(plain.headers()["location"]).toMatch(/^https:\/\/127\.0\.0\.1\/offramp\/taskpane\.html$/);
  });
});

test("the served manifest is valid, names only this address, and every URL in it answers", async ({ request }) => {
  const xml = await (await request.get(`${ADDIN_URL}manifest.xml`)).text();
  const result = await validateManifest({ xml });
  expect(result.errors).toEqual([]);
  expect(xml).not.toMatch(/localhost/i);
  const urls = [...new Set([...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]*)"/g)].map((m) => m[1]!))];
  expect(urls.length).toBeGreaterThanOrEqual(5);
  for (const url of urls) {
    expect(url.startsWith(ADDIN_URL), url).toBe(true);
    expect((await request.get(url)).status(), url).toBe(200);
  }
  expect(urls).toEqual(expect.arrayContaining([`${ADDIN_URL}taskpane.html`, `${ADDIN_URL}support.html`]));
});

test("the pane works on the simulated host under the production headers (preview served beside it)", async ({ page }) => {
  const seen = await watch(page);
  await page.addInitScript((f) => {
    (window as unknown as { __SIMULATED_MAILBOX_FIXTURE__: unknown }).__SIMULATED_MAILBOX_FIXTURE__ = f;
  }, sharedFixture("attendee-client-review-it"));
  const response = await page.goto(`${ORIGIN}/preview/preview.html`);
  expect(response?.headers()["content-security-policy"]).toBeTruthy();
  const pane = page.locator('[data-preview="pane"]');
  await expect(pane.locator("[data-outcome]")).toHaveCount(5);
  await pane.locator('[data-outcome="call"]').click();
  // The Italian catalog is a lazily loaded chunk: it loaded under the policy too.
  await expect(pane.locator('[data-action="apply"]')).toHaveText(/\S/);
  await expect(page.locator("html")).toHaveAttribute("lang", /^it/);
  await pane.locator('[data-action="apply"]').click();
  await expect(page.locator('[data-preview="form"]')).toBeVisible();
  // Settings is another lazily loaded chunk, with its own controls and styles.
  await pane.getByRole("button", { name: it["app.openSettings"] }).click();
  await expect(pane.locator('[data-section="settings"]')).toBeVisible();
  await expect(pane.locator('[data-action="forget-settings"]')).toBeVisible();
  expect(seen.violations).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test("outside Outlook, with Microsoft's real Office.js: says Offramp runs inside Outlook and how to add it", async ({ page }) => {
  const seen = await watch(page);
  const outside = await officeJsFromPackage(page);
  const worker = page.waitForEvent("worker");
  await page.goto(`${ADDIN_URL}taskpane.html`);
  // The Intl warm-up worker starts under the production policy (a blocked one would be a worker-src violation below).
  expect((await worker).url()).toMatch(/\/intl-warmup\.[0-9a-f]{8}\.js$/);
  const message = page.locator('[data-reason="outside-outlook"]');
  await expect(message).toBeVisible();
  await expect(message).toContainText(en["problem.outsideOutlook.title"]);
  await expect(message).toContainText(en["problem.outsideOutlook.admin"]);
  await expect(message.locator('[data-field="manifest-url"]')).toHaveAttribute("href", `${ADDIN_URL}manifest.xml`);
  await expect(page.getByText(en["problem.noItem.title"])).toHaveCount(0);
  expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe("object");
  expect(seen.violations).toEqual([]);
  expect(seen.errors).toEqual([]);
  expect(outside).toEqual([]);
});

test("under the production policy the pane can reach Microsoft Graph, and nothing else outside its own address", async ({ page }) => {
  const seen = await watch(page);
  await officeJsFromPackage(page);
  // Registered after officeJsFromPackage, so it answers first: Graph, as the pane calls it when Graph is on.
  await page.route(`${GRAPH_BASE_URL}/**`, (route) => route.fulfill({ status: 200, contentType: "application/json", headers: { "access-control-allow-origin": "*" }, body: '{"id":"me"}' }));
  await page.goto(`${ADDIN_URL}taskpane.html`);
  await expect(page.locator('[data-reason="outside-outlook"]')).toBeVisible();
  const outcome = await page.evaluate(async (graph) => {
    const call = (url: string) =>
      fetch(url).then(
        async (r) => `answered ${r.status} ${await r.text()}`,
        (e: Error) => `refused ${e.name}`,
      );
    return { graph: await call(`${graph}/me`), elsewhere: await call("https://example.org/collect") };
  }, GRAPH_BASE_URL);
  expect(outcome.graph).toBe('answered 200 {"id":"me"}');
  expect(outcome.elsewhere).toBe("refused TypeError");
  // Refused by the policy itself, before any request: reported a moment later, once by each
  // copy of the policy (header and meta tag). Graph is never among the refused.
  const refusedCalls = () => seen.violations.filter((v) => v.startsWith("connect-src"));
  await expect.poll(refusedCalls).toContain("connect-src blocked https://example.org/collect");
  expect(new Set(refusedCalls())).toEqual(new Set(["connect-src blocked https://example.org/collect"]));
});

test("the bundles download while Office.js is still loading, each once", async ({ page }) => {
  const html = await (await page.request.get(`${ADDIN_URL}taskpane.html`)).text();
  const bundles = bundlesOf(html).map((bundle) => new URL(bundle, ADDIN_URL).href);
  expect(bundles.length).toBeGreaterThanOrEqual(2);
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  let bundlesSeenBeforeOfficeJs = false;
  await officeJsFromPackage(page);
  // Office.js is held back until the page has asked for every bundle (or 5 s have passed): a page
  // that only finds its bundles after Office.js has run never asks for them while it waits.
  await page.route(`${CDN}office.js`, async (route) => {
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline && !bundles.every((b) => requested.includes(b))) await new Promise((r) => setTimeout(r, 20));
    bundlesSeenBeforeOfficeJs = bundles.every((b) => requested.includes(b));
    await route.fallback();
  });
  await page.goto(`${ADDIN_URL}taskpane.html`);
  await expect(page.locator('[data-reason="outside-outlook"]')).toBeVisible();
  expect(bundlesSeenBeforeOfficeJs).toBe(true);
  for (const bundle of bundles) expect(requested.filter((url) => url === bundle), bundle).toHaveLength(1);
});

test("in Outlook, the page asks for the event while its bundles are still arriving, and reads it once", async ({ page }) => {
  const seen = await watch(page);
  const fixture = sharedFixture("attendee-client-review-90min-onsite");
  const html = await (await page.request.get(`${ADDIN_URL}taskpane.html`)).text();
  // The bundles with React and Fluent UI: every script but the small start script, which must run first.
  const bundles = bundlesOf(html).filter((src) => !/(^|\/)start\.[0-9a-f]+\.js$/.test(src)).map((src) => new URL(src, ADDIN_URL).href);
  expect(bundles.length).toBeGreaterThanOrEqual(2);
  const stubCalls = () => page.evaluate(() => (window as unknown as { __officeStubCalls?: string[] }).__officeStubCalls ?? []).catch(() => [] as string[]);
  let askedBeforeBundles = false;
  await page.route(
    (url) => url.origin !== ORIGIN,
    (route) => (route.request().url() === `${CDN}office.js` ? route.fulfill({ body: officeStub(fixture), contentType: "text/javascript" }) : route.abort()),
  );
  // The bundles are held back until Outlook has been asked for the body (or 5 s have passed):
  // a page that waits for its bundles before it reads the event never asks while they are held.
  for (const bundle of bundles) {
    await page.route(bundle, async (route) => {
      const deadline = Date.now() + 5_000;
      while (Date.now() < deadline && !(await stubCalls()).includes("item.body.getAsync")) await new Promise((r) => setTimeout(r, 20));
      askedBeforeBundles = (await stubCalls()).includes("item.body.getAsync");
      await route.fallback();
    });
  }
  await page.goto(`${ADDIN_URL}taskpane.html`);
  await expect(page.locator("[data-outcome]")).toHaveCount(5);
  await expect(page.getByRole("heading", { name: fixture.item!.subject as string })).toBeVisible();
  expect(askedBeforeBundles).toBe(true);
  expect((await stubCalls()).filter((call) => call === "item.body.getAsync")).toHaveLength(1);
  expect(seen.violations).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test("in an Italian Outlook in dark mode, the page asks for the Italian catalog and the dark tokens while its bundles are still arriving, each once", async ({ page }) => {
  const seen = await watch(page);
  const base = sharedFixture("attendee-client-review-it");
  // The same event in dark mode, on an Outlook that tells its theme (Mailbox 1.14).
  const fixture = { ...base, host: { ...base.host, theme: "dark", mailboxVersion: "1.14" } };
  const html = await (await page.request.get(`${ADDIN_URL}taskpane.html`)).text();
  const bundles = bundlesOf(html).filter((src) => !/(^|\/)start\.[0-9a-f]+\.js$/.test(src)).map((src) => new URL(src, ADDIN_URL).href);
  const requested: string[] = [];
  page.on("request", (request) => requested.push(new URL(request.url()).pathname.split("/").pop()!));
  const chunksAsked = () => ["i18n-it", "themes"].every((chunk) => requested.some((file) => file.startsWith(`${chunk}.`)));
  await page.route(
    (url) => url.origin !== ORIGIN,
    (route) => (route.request().url() === `${CDN}office.js` ? route.fulfill({ body: officeStub(fixture), contentType: "text/javascript" }) : route.abort()),
  );
  // The bundles are held back until both chunks have been asked for (or 5 s have passed): a page
  // that learns the language and theme only once its bundles run never asks while they are held.
  let askedBeforeBundles = false;
  for (const bundle of bundles) {
    await page.route(bundle, async (route) => {
      const deadline = Date.now() + 5_000;
      while (Date.now() < deadline && !chunksAsked()) await new Promise((r) => setTimeout(r, 20));
      askedBeforeBundles = chunksAsked();
      await route.fallback();
    });
  }
  await page.goto(`${ADDIN_URL}taskpane.html`);
  await expect(page.locator("[data-outcome]")).toHaveCount(5);
  await expect(page.locator('[data-featured="true"] h2')).toHaveText(it["outcome.call"]);
  await expect(page.locator("[data-theme]")).toHaveAttribute("data-theme", "dark");
  await expect(page.locator("html")).toHaveAttribute("lang", /^it/);
  expect(askedBeforeBundles).toBe(true);
  for (const chunk of ["i18n-it", "themes"]) expect(requested.filter((file) => file.startsWith(`${chunk}.`))).toHaveLength(1);
  expect(seen.violations).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test.describe("in Italian", () => {
  test.use({ locale: "it-IT" });
  test("outside Outlook, the message follows the browser's language", async ({ page }) => {
    await officeJsFromPackage(page);
    await page.goto(`${ADDIN_URL}taskpane.html`);
    await expect(page.locator('[data-reason="outside-outlook"]')).toContainText(it["problem.outsideOutlook.title"]);
    await expect(page.locator("html")).toHaveAttribute("lang", /^it/);
  });
});

test("Loading… shows only when the pane is slow to come: not displayed for its first half second, then there for screen readers too", async ({ page }) => {
  const seen = await watch(page);
  // An Office.js that never becomes ready: the page stays on its own Loading line.
  await page.route(
    (url) => url.origin !== ORIGIN,
    (route) => (route.request().url() === `${CDN}office.js` ? route.fulfill({ body: "window.Office = { onReady: () => new Promise(() => {}) };", contentType: "text/javascript" }) : route.abort()),
  );
  await page.goto(`${ADDIN_URL}taskpane.html`);
  const loading = page.getByRole("status").filter({ hasText: "Loading…" });
  // Without Office.js ready the pane cannot come: after the delay the line is on screen, and
  // in the accessibility tree, so a screen reader announces it from its live region.
  await expect(loading).toBeVisible();
  // The delay itself, on the line's own animation clock (stopped and set, not raced): a pane
  // that comes within half a second replaces a line that was never displayed or laid out.
  const displayAt = (ms: number) =>
    page.evaluate((time) => {
      const line = document.querySelector<HTMLElement>("#root > .offramp-boot")!;
      const [delay] = line.getAnimations();
      delay!.pause();
      delay!.currentTime = time;
      return { display: getComputedStyle(line).display, height: line.getBoundingClientRect().height };
    }, ms);
  expect(await displayAt(0)).toEqual({ display: "none", height: 0 });
  expect(await displayAt(499)).toEqual({ display: "none", height: 0 });
  expect((await displayAt(500)).display).toBe("block");
  expect((await displayAt(500)).height).toBeGreaterThan(0);
  expect(seen.errors).toEqual([]);
  expect(seen.violations).toEqual([]);
});

test("in an Italian Outlook, a slow event read says so in Italian, once Office.js has named the language", async ({ page }) => {
  const seen = await watch(page);
  const base = sharedFixture("attendee-client-review-it");
  // The body never comes back, so the page stays on its line.
  const fixture = { ...base, failures: [{ api: "item.body.getAsync", hang: true }] };
  await page.route(
    (url) => url.origin !== ORIGIN,
    (route) => (route.request().url() === `${CDN}office.js` ? route.fulfill({ body: officeStub(fixture), contentType: "text/javascript" }) : route.abort()),
  );
  await page.goto(`${ADDIN_URL}taskpane.html`);
  const line = page.getByRole("status");
  await expect(line).toHaveText(it["app.loading"]);
  await expect(line).toBeVisible();
  await expect(line).toHaveAttribute("lang", "it");
  await expect(page.locator("[data-outcome]")).toHaveCount(0);
  expect(seen.errors).toEqual([]);
  expect(seen.violations).toEqual([]);
});

test("a web engine without current JavaScript (as Outlook 2016/2019 use) gets the supported-Outlook message, not Loading… forever", async ({ page }) => {
  const seen = await watch(page);
  await officeJsFromPackage(page);
  // IE11 and EdgeHTML have neither Intl.ListFormat nor Object.fromEntries.
  await page.addInitScript(() => {
    delete (Intl as unknown as Record<string, unknown>).ListFormat;
  });
  await page.goto(`${ADDIN_URL}taskpane.html`);
  const message = page.locator('[data-reason="old-outlook"]');
  await expect(message).toContainText(en["problem.oldOutlook.title"]);
  await expect(message).toContainText("Outlook 2021");
  // The bundle saw the flag and left the message alone.
  await page.waitForLoadState("networkidle");
  await expect(message).toBeVisible();
  await expect(page.locator('[data-reason="outside-outlook"]')).toHaveCount(0);
  expect(seen.violations).toEqual([]);
});
