/** @jest-environment node */
// The production manifest: every URL under the add-in's address, nothing left
// of the development server, <Version> from package.json, and still valid.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { validateManifest } from "../../scripts/manifest-validation.cjs";
import { productionManifest, manifestVersion, manifestUrls } from "../../scripts/production-manifest.cjs";

const ROOT = path.resolve(__dirname, "..", "..");
const SOURCE = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
const ADDIN_URL = "https://addins.example.org/offramp/";
const built = productionManifest(SOURCE, { addinUrl: ADDIN_URL, version });
const declaredVersion = (xml: string) => /<Version>([^<]*)<\/Version>/.exec(xml)?.[1];
const attribute = (xml: string, element: string) => new RegExp(`<${element} DefaultValue="([^"]+)"`).exec(xml)?.[1];

test("is valid against the add-in manifest schema", async () => {
  const result = await validateManifest({ xml: built });
  expect(result.errors).toEqual([]);
});

test("points every URL under the address, with no trace of localhost", () => {
  const urls = manifestUrls(built);
  expect(urls.length).toBe(manifestUrls(SOURCE).length);
  expect(urls.length).toBeGreaterThanOrEqual(13);
  for (const url of urls) expect(url.startsWith(ADDIN_URL)).toBe(true);
  expect(built).not.toMatch(/localhost/i);
  expect(attribute(built, "SourceLocation")).toBe(`${ADDIN_URL}taskpane.html`);
  expect(attribute(built, "IconUrl")).toBe(`${ADDIN_URL}assets/icon-64.png`);
  expect(built).toContain(`<bt:Url id="Taskpane.Url" DefaultValue="${ADDIN_URL}taskpane.html"/>`);
});

test("SupportUrl is the support page served with the add-in", () => {
  expect(attribute(built, "SupportUrl")).toBe(`${ADDIN_URL}support.html`);
  expect(existsSync(path.join(ROOT, "docs", "pages", "support.html"))).toBe(true);
});

test("<Version> is package.json's version, and a new version changes the manifest", () => {
  expect(declaredVersion(built)).toBe(`${version}.0`);
  const next = productionManifest(SOURCE, { addinUrl: ADDIN_URL, version: "7.12.3" });
  expect(declaredVersion(next)).toBe("7.12.3.0");
  expect(next).not.toBe(built);
});

test("the development manifest.xml declares the same version as package.json", () => {
  expect(declaredVersion(SOURCE)).toBe(manifestVersion(version));
});

test("a version Outlook cannot take is refused", () => {
  expect(() => manifestVersion("1.0.0-beta.1")).toThrow(/only numbers/);
  expect(() => manifestVersion("123456.0.0")).toThrow(/only numbers/);
});

test("an address with characters XML must escape stays valid and exact", async () => {
  const odd = "https://example.org/a&b/offramp/";
  const xml = productionManifest(SOURCE, { addinUrl: odd, version });
  expect((await validateManifest({ xml })).valid).toBe(true);
  expect(attribute(xml, "SourceLocation")).toBe("https://example.org/a&amp;b/offramp/taskpane.html");
});

test("a manifest that would keep a URL elsewhere is refused", () => {
  const elsewhere = SOURCE.replace('<IconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>', '<IconUrl DefaultValue="https://cdn.example.com/icon-64.png"/>');
  expect(() => productionManifest(elsewhere, { addinUrl: ADDIN_URL, version })).toThrow(/outside https:\/\/addins\.example\.org\/offramp\/: https:\/\/cdn\.example\.com\/icon-64\.png/);
});

test("an AppDomains entry for the development server becomes the production origin", async () => {
  const withDomains = SOURCE.replace("<Hosts>", "<AppDomains><AppDomain>https://localhost:3000</AppDomain></AppDomains>\n  <Hosts>");
  const xml = productionManifest(withDomains, { addinUrl: ADDIN_URL, version });
  expect(xml).toContain("<AppDomain>https://addins.example.org</AppDomain>");
  expect(xml).not.toMatch(/localhost/);
  expect((await validateManifest({ xml })).errors).toEqual([]);
});
