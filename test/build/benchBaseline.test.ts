/** @jest-environment node */
// The benchmark reports the task pane's time to advice as a ratio to its baseline page, so the
// two pages must start from the same shell: the same style block and the same Loading line. A
// change to the pane's shell (say, how its Loading line shows) that the baseline did not share
// would move the ratio without the pane being any faster or slower than a bare page like it.
import { readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
const PANE = readFileSync(path.join(ROOT, "src", "taskpane", "taskpane.html"), "utf8");
const BASELINE = readFileSync(path.join(ROOT, "bench", "baseline", "baseline.html"), "utf8");

const styleBlock = (html: string) => /<style>[^]*?<\/style>/.exec(html)?.[0];
const rootPlaceholder = (html: string) => /<div id="root">[^]*?<\/div><\/div>/.exec(html)?.[0];

test("the baseline page has the task pane's style block, word for word", () => {
  expect(styleBlock(PANE)).toContain(".offramp-loading");
  expect(styleBlock(BASELINE)).toBe(styleBlock(PANE));
});

test("the baseline page starts with the task pane's Loading line", () => {
  expect(rootPlaceholder(PANE)).toContain("Loading…");
  expect(rootPlaceholder(BASELINE)).toBe(rootPlaceholder(PANE));
});
