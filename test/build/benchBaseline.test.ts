/** @jest-environment node */
// The benchmark reports the task pane's time to advice as a ratio to its baseline page, so the
// two pages must start from the same shell: the same style block and the same Loading line. A
// change to the pane's shell (say, how its Loading line shows) that the baseline did not share
// would move the ratio without the pane being any faster or slower than a bare page like it.
// The baseline is built with the pane's own shell, read from the pane's page.
import { readFileSync } from "node:fs";
import path from "node:path";
import HtmlWebpackPlugin from "html-webpack-plugin";
import { paneShell } from "../../bench/paneShell.cjs";

const ROOT = path.resolve(__dirname, "..", "..");
const PANE = readFileSync(path.join(ROOT, "src", "taskpane", "taskpane.html"), "utf8");
const BASELINE_TEMPLATE = readFileSync(path.join(ROOT, "bench", "baseline", "baseline.html"), "utf8");

test("the pane's shell is its style block and its Loading line", () => {
  const { style, root } = paneShell();
  expect(style).toMatch(/^<style>[^]*\.offramp-loading[^]*<\/style>$/);
  expect(PANE).toContain(style);
  expect(root).toMatch(/^<div id="root">[^]*Loading…<\/div><\/div>$/);
  expect(PANE).toContain(root);
});

test("a page without that shell is refused, not built with a shell missing", () => {
  expect(() => paneShell("<html><body><div id=\"root\"></div></body></html>")).toThrow(/no <style> block/);
});

test("the baseline page is built with the pane's shell and has none of its own", () => {
  expect(BASELINE_TEMPLATE).not.toMatch(/<style|<div id="root"/);
  expect(BASELINE_TEMPLATE).toContain("<%= htmlWebpackPlugin.options.paneShell.style %>");
  expect(BASELINE_TEMPLATE).toContain("<%= htmlWebpackPlugin.options.paneShell.root %>");
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's own CommonJS config, as webpack loads it
  const baselineConfig = require("../../bench/webpack.baseline.cjs") as (env: object, argv: { mode: string }) => { plugins: unknown[] };
  const config = baselineConfig({}, { mode: "production" });
  const page = config.plugins.find((plugin: unknown) => plugin instanceof HtmlWebpackPlugin) as HtmlWebpackPlugin;
  expect(page.userOptions.template).toBe("./bench/baseline/baseline.html");
  expect((page.userOptions as { paneShell?: unknown }).paneShell).toEqual(paneShell());
});
