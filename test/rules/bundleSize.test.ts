/**
 * @jest-environment node
 */
// The size check reads which scripts taskpane.html loads at start. If it missed
// one (an unquoted attribute in the minified page) it would pass a bundle of any size.
import { spawnSync } from "node:child_process";
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { gzipSync } from "node:zlib";

const SCRIPT = path.resolve(__dirname, "../../scripts/check-bundle-size.mjs");

/** Calls the size check's exports in Node (it is an ES module script, which Jest does not load). */
function call<T>(expression: string): T {
  const code = `import * as size from ${JSON.stringify(SCRIPT)}; const out = await (async () => ${expression})(); console.log(JSON.stringify(out));`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr.trim().split("\n").find((l) => l.startsWith("Error")) ?? run.stderr);
  return JSON.parse(run.stdout) as T;
}

const size = {
  entryScripts: (html: string) => call<string[]>(`size.entryScripts(${JSON.stringify(html)})`),
  measureEntry: (dir: string, page: string) =>
    call<{ files: Array<{ file: string; raw: number; gzip: number }>; raw: number; gzip: number }>(`size.measureEntry(${JSON.stringify(dir)}, ${JSON.stringify(page)})`),
  budgets: () => call<{ BUDGET_KB: number; TARGET_KB: number }>("({ BUDGET_KB: size.BUDGET_KB, TARGET_KB: size.TARGET_KB })"),
  compileHintProblems: (dir: string) => call<string[]>(`size.compileHintProblems(${JSON.stringify(dir)})`),
};
const HINT = "//# allFunctionsCalledOnLoad\n";

test("finds the page's own scripts, quoted or not, and leaves out Office.js from Microsoft's CDN", () => {
  const html =
    '<head><script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>' +
    "<script defer src=vendor.1a2b3c4d.js></script><script defer=defer src='taskpane.5e6f7a8b.js'></script>" +
    '<script>window.inline = 1</script><script src="//cdn.example.com/x.js"></script></head>';
  expect(size.entryScripts(html)).toEqual(["vendor.1a2b3c4d.js", "taskpane.5e6f7a8b.js"]);
});

test("adds up raw and gzip bytes of every entry script", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "offramp-size-"));
  try {
    const a = "const a = 1;\n".repeat(500);
    const b = "export function b() { return 'b'; }\n".repeat(200);
    fs.writeFileSync(path.join(dir, "a.js"), a);
    fs.writeFileSync(path.join(dir, "b.js"), b);
    fs.writeFileSync(path.join(dir, "lazy.chunk.js"), "x".repeat(100_000));
    fs.writeFileSync(path.join(dir, "taskpane.html"), "<script defer src=a.js></script><script defer src=b.js></script>");
    const measured = size.measureEntry(dir, "taskpane.html");
    expect(measured.files.map((f) => f.file)).toEqual(["a.js", "b.js"]);
    expect(measured.raw).toBe(Buffer.byteLength(a) + Buffer.byteLength(b));
    expect(measured.gzip).toBe(gzipSync(a).length + gzipSync(b).length);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("a page without scripts is an error, not a size of zero", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "offramp-size-"));
  try {
    fs.writeFileSync(path.join(dir, "taskpane.html"), "<p>no scripts</p>");
    expect(() => size.measureEntry(dir, "taskpane.html")).toThrow(/found no script/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("the enforced budget is the 120 KB target or a tighter ratchet below it", () => {
  const { BUDGET_KB, TARGET_KB } = size.budgets();
  expect(TARGET_KB).toBe(120);
  expect(BUDGET_KB).toBeLessThanOrEqual(TARGET_KB);
  // A budget far below any real pane (React alone is 40 KB) would be a typo, not a ratchet.
  expect(BUDGET_KB).toBeGreaterThanOrEqual(60);
});

test("a first download over the budget fails the size check", () => {
  const { BUDGET_KB } = size.budgets();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "offramp-size-"));
  try {
    fs.mkdirSync(path.join(dir, "dist"));
    // Random bytes do not compress: gzip keeps them at about their raw size.
    const bundle = (kb: number) => Buffer.concat([Buffer.from(HINT), crypto.randomBytes(kb * 1024)]);
    fs.writeFileSync(path.join(dir, "dist", "vendor.js"), bundle(BUDGET_KB + 2));
    fs.writeFileSync(path.join(dir, "dist", "taskpane.html"), "<script defer src=vendor.js></script>");
    const run = spawnSync(process.execPath, [SCRIPT], { cwd: dir, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`over the ${BUDGET_KB} KB budget`));
    fs.writeFileSync(path.join(dir, "dist", "vendor.js"), bundle(BUDGET_KB - 2));
    expect(spawnSync(process.execPath, [SCRIPT], { cwd: dir, encoding: "utf8" }).status).toBe(0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("the scripts loaded at start carry V8's compile hint on their first line, and the lazy chunks do not", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "offramp-size-"));
  try {
    fs.writeFileSync(path.join(dir, "taskpane.html"), "<script defer src=vendor.js></script><script defer src=taskpane.js></script>");
    fs.writeFileSync(path.join(dir, "vendor.js"), `${HINT}var v;`);
    fs.writeFileSync(path.join(dir, "taskpane.js"), `${HINT}var t;`);
    fs.writeFileSync(path.join(dir, "draft.chunk.js"), "var d;");
    expect(size.compileHintProblems(dir)).toEqual([]);
    // The hint anywhere but the first line does nothing.
    fs.writeFileSync(path.join(dir, "taskpane.js"), `/* banner */\n${HINT}var t;`);
    fs.writeFileSync(path.join(dir, "draft.chunk.js"), `${HINT}var d;`);
    expect(size.compileHintProblems(dir)).toEqual([
      "taskpane.js is loaded at start but does not begin with //# allFunctionsCalledOnLoad",
      "draft.chunk.js is loaded later but begins with //# allFunctionsCalledOnLoad",
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
