/** @jest-environment node */
// The release zip from a production build: the production manifest at the top,
// dist/ beside it, and a refusal for builds that are not for release.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import { packageRelease } from "../../scripts/release-zip.cjs";
import { productionManifest } from "../../scripts/production-manifest.cjs";

const ROOT = path.resolve(__dirname, "..", "..");
const SOURCE = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const ADDIN_URL = "https://addins.example.org/offramp/";

let work: string;
beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), "offramp-release-"));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** A dist/ as the production build lays it out (a few of its files). */
function fakeBuild(manifest: string): string {
  const dist = path.join(work, "dist");
  mkdirSync(path.join(dist, "assets"), { recursive: true });
  writeFileSync(path.join(dist, "manifest.xml"), manifest);
  writeFileSync(path.join(dist, "taskpane.html"), "<!doctype html><title>Offramp</title>");
  writeFileSync(path.join(dist, "taskpane.0123abcd.js"), "console.log(1)");
  writeFileSync(path.join(dist, "assets", "icon-64.png"), "png");
  return dist;
}

test("holds the production manifest and dist/, named after the version", async () => {
  const manifest = productionManifest(SOURCE, { addinUrl: ADDIN_URL, version: "0.2.0" });
  const distDir = fakeBuild(manifest);
  const { file, addinUrl } = await packageRelease({ distDir, outDir: path.join(work, "release"), version: "0.2.0" });
  expect(path.basename(file)).toBe("offramp-0.2.0.zip");
  expect(addinUrl).toBe(ADDIN_URL);
  const zip = unzipSync(readFileSync(file));
  expect(Object.keys(zip).sort()).toEqual(["README.txt", "dist/assets/icon-64.png", "dist/manifest.xml", "dist/taskpane.0123abcd.js", "dist/taskpane.html", "manifest.xml"]);
  expect(new TextDecoder().decode(zip["manifest.xml"])).toBe(manifest);
  expect(new TextDecoder().decode(zip["README.txt"])).toContain(`${ADDIN_URL}manifest.xml`);
});

test("the same build gives the same zip", async () => {
  const distDir = fakeBuild(productionManifest(SOURCE, { addinUrl: ADDIN_URL, version: "0.2.0" }));
  const first = readFileSync((await packageRelease({ distDir, outDir: path.join(work, "a"), version: "0.2.0" })).file);
  const second = readFileSync((await packageRelease({ distDir, outDir: path.join(work, "b"), version: "0.2.0" })).file);
  expect(first.equals(second)).toBe(true);
});

test("refuses a development build, a stale version, and a missing build", async () => {
  const outDir = path.join(work, "release");
  await expect(packageRelease({ distDir: fakeBuild(SOURCE), outDir, version: "0.1.0" })).rejects.toThrow(/development build/);
  const stale = fakeBuild(productionManifest(SOURCE, { addinUrl: ADDIN_URL, version: "0.1.0" }));
  await expect(packageRelease({ distDir: stale, outDir, version: "0.2.0" })).rejects.toThrow(/version 0\.1\.0\.0, but package\.json says 0\.2\.0/);
  await expect(packageRelease({ distDir: path.join(work, "nothing"), outDir, version: "0.2.0" })).rejects.toThrow(/npm run build first/);
});

test("refuses a manifest the schema rejects", async () => {
  const broken = productionManifest(SOURCE, { addinUrl: ADDIN_URL, version: "0.2.0" }).replace("<Permissions>ReadWriteItem</Permissions>", "<Permissions>Everything</Permissions>");
  await expect(packageRelease({ distDir: fakeBuild(broken), outDir: path.join(work, "release"), version: "0.2.0" })).rejects.toThrow(/not valid/);
});
