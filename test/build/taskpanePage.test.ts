/** @jest-environment node */
// taskpane.html before any bundle runs: its inline scripts are ES5 (so the
// "Outlook too old" check runs in Internet Explorer 11), and the one policy in
// deploy/security-headers.conf allows exactly them and nothing unsafe.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "acorn";
import { inlineScripts, parsePolicy, policyProblems, readPolicy, sha256, withPolicyMeta } from "../../scripts/content-security-policy.cjs";
import { plainMessages } from "../../scripts/catalog-messages.cjs";
import { SUPPORTED_LANGUAGES } from "../../src/core/i18n";
import { GRAPH_BASE_URL } from "../../src/office/graph/graphClient";

const ROOT = path.resolve(__dirname, "..", "..");
const TEMPLATE = readFileSync(path.join(ROOT, "src", "taskpane", "taskpane.html"), "utf8");
const WORKER = readFileSync(path.join(ROOT, "src", "taskpane", "intl-warmup.js"), "utf8");
const policy = readPolicy();
const directives = parsePolicy(policy);

test("every inline script is ES5, so Internet Explorer 11 can run it", () => {
  const scripts = inlineScripts(TEMPLATE);
  expect(scripts.length).toBe(4);
  for (const script of scripts) expect(() => parse(script, { ecmaVersion: 5 })).not.toThrow();
  // The check itself would not be ES5 if it used, say, an arrow function: the parser notices.
  expect(() => parse("var f = () => 1;", { ecmaVersion: 5 })).toThrow();
});

test("the old-engine check comes before Office.js and the bundles", () => {
  const check = TEMPLATE.indexOf("offrampOldBrowser");
  expect(check).toBeGreaterThan(0);
  expect(check).toBeLessThan(TEMPLATE.indexOf("appsforoffice.microsoft.com"));
  expect(check).toBeLessThan(TEMPLATE.indexOf("</head>"));
});

test("the bundles are preloaded before Office.js, so they download while it loads", () => {
  const preload = TEMPLATE.indexOf('rel="preload" as="script" href="<%= src %>"');
  expect(preload).toBeGreaterThan(0);
  expect(TEMPLATE.slice(0, preload)).toMatch(/for \(const src of htmlWebpackPlugin\.files\.js\)/);
  expect(preload).toBeLessThan(TEMPLATE.indexOf("appsforoffice.microsoft.com"));
});

test("the start script runs after Office.js and the Loading line, not deferred; the bundles are deferred", () => {
  const office = TEMPLATE.indexOf('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
  const loading = TEMPLATE.indexOf('<div id="root"><div class="offramp-boot offramp-loading" role="status" aria-live="polite">Loading…</div></div>');
  const start = TEMPLATE.indexOf('<% for (const src of htmlWebpackPlugin.options.startScripts(compilation, htmlWebpackPlugin.files.js)) { %><script src="<%= src %>"></script>');
  const bundles = TEMPLATE.indexOf('<% for (const src of htmlWebpackPlugin.options.paneScripts(compilation, htmlWebpackPlugin.files.js)) { %><script defer src="<%= src %>"></script>');
  expect(office).toBeGreaterThan(0);
  expect(bundles).toBeGreaterThan(office);
  // Office.js first (the start script needs it), and the page can show its Loading line while the start script loads.
  expect(loading).toBeGreaterThan(office);
  expect(start).toBeGreaterThan(loading);
  expect(TEMPLATE.slice(start)).toMatch(/^[^]*?<\/script><% } %>\s*<\/body>/);
  // Nothing else places scripts: every script tag with a source is Office.js or one of the two loops.
  expect(TEMPLATE.match(/<script[^>]* src=/g)).toHaveLength(3);
});

test("the policy: own files and Microsoft's CDN for scripts, inline scripts by hash only, no eval, only Graph to call, nothing else by default", () => {
  const scripts = directives.get("script-src")!;
  expect(scripts.filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'", "https://appsforoffice.microsoft.com", "https://ajax.aspnetcdn.com"]);
  expect(scripts).not.toContain("'unsafe-eval'");
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(directives.get("default-src")).toEqual(["'none'"]);
  expect(directives.get("object-src")).toEqual(["'none'"]);
  // Microsoft Graph, which the pane calls itself when Graph is on, and nothing else.
  expect(directives.get("connect-src")).toEqual(["'self'", new URL(GRAPH_BASE_URL).origin]);
});

test("a changed inline script, or a hash left over, is reported with the hash to use", () => {
  const page = "<html><head><meta charset=utf-8><script>var a = 1;</script></head></html>";
  const allowing = `script-src 'self' ${sha256("var a = 1;")}`;
  expect(policyProblems(page, allowing)).toEqual([]);
  const changed = page.replace("var a = 1;", "var a = 2;");
  expect(policyProblems(changed, allowing).join("\n")).toContain(sha256("var a = 2;"));
  expect(policyProblems(changed, allowing).join("\n")).toMatch(/matches no inline script/);
  expect(policyProblems(page, `${allowing} 'unsafe-eval'`)).toContain("script-src must not allow 'unsafe-eval'");
  // Data blocks never run, so they need no hash.
  expect(policyProblems('<script type="application/json">{"a":1}</script>', "script-src 'self'")).toEqual([]);
});

test("the meta tag goes right after the charset, before any script", () => {
  const html = withPolicyMeta("<html><head><meta charset=utf-8><script>1</script></head></html>", "default-src 'none'");
  expect(html).toBe(`<html><head><meta charset=utf-8><meta http-equiv="Content-Security-Policy" content="default-src 'none'"><script>1</script></head></html>`);
});

test("the old-Outlook message exists as plain text in every language", () => {
  const messages = plainMessages(["problem.oldOutlook.title", "problem.oldOutlook.body"]);
  expect(Object.keys(messages).sort()).toEqual([...SUPPORTED_LANGUAGES].sort());
  for (const texts of Object.values(messages)) expect(texts["problem.oldOutlook.body"]).toMatch(/Outlook 2016[\s\S]*Outlook 2021/);
});

test("the Intl warm-up worker starts before Office.js, by the name the build gives its file", () => {
  const start = TEMPLATE.indexOf("new Worker(");
  expect(start).toBeGreaterThan(TEMPLATE.indexOf("offrampOldBrowser"));
  expect(start).toBeLessThan(TEMPLATE.indexOf("appsforoffice.microsoft.com"));
  expect(TEMPLATE).toContain('new Worker("<%= htmlWebpackPlugin.options.intlWarmup %>")');
  // The worker's own file stays ES5 like the page's inline scripts.
  expect(() => parse(WORKER, { ecmaVersion: 5 })).not.toThrow();
});

test("the worker builds the formatters the first screen uses, time range included, in English and the engine's language", () => {
  const used: string[] = [];
  // Intl as the worker sees it, recording what it builds and calls.
  const recording = (kind: string, methods: string[]) =>
    function (this: Record<string, unknown>, locale: string, options?: Intl.DateTimeFormatOptions) {
      used.push(`${kind} ${locale}${options?.timeZone ? " zoned" : ""}`);
      for (const method of methods) this[method] = () => used.push(`${kind}.${method} ${locale}`);
    };
  const intl = {
    DateTimeFormat: recording("DateTimeFormat", ["format", "formatRange"]),
    NumberFormat: recording("NumberFormat", ["format"]),
    PluralRules: recording("PluralRules", ["select"]),
    ListFormat: recording("ListFormat", ["format"]),
  };
  let closed = false;
  const self = { navigator: { language: "da-DK" }, close: () => (closed = true) };
  new Function("self", "Intl", WORKER)(self, intl);
  for (const locale of ["en", "da-DK"]) {
    expect(used).toEqual(
      expect.arrayContaining([
        `DateTimeFormat ${locale} zoned`,
        `DateTimeFormat.format ${locale}`,
        `DateTimeFormat.formatRange ${locale}`,
        `NumberFormat.format ${locale}`,
        `PluralRules.select ${locale}`,
        `ListFormat.format ${locale}`,
      ]),
    );
  }
  expect(closed).toBe(true);
});
