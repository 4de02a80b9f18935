/**
 * @jest-environment node
 */
// The layering rules check themselves: a core file that imports Office, React or
// Fluent UI, or reads the DOM, fails lint and the core's own type-check; only
// src/office may touch `Office`. Each rule is proven on a file that breaks it and
// on one that keeps it, so a rule that stopped matching would fail here.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

interface LintCase {
  /** Where the file would live (decides which rules apply). */
  filePath: string;
  code: string;
}

/** Lints each text as if it were the file at `filePath`, with the project's own config; returns the rule ids hit. */
function lintRules(cases: LintCase[]): string[][] {
  const script = `
    import { ESLint } from "eslint";
    const cases = JSON.parse(process.argv[1]);
    const eslint = new ESLint({ cwd: process.cwd() });
    const out = [];
    for (const c of cases) {
      const [result] = await eslint.lintText(c.code, { filePath: c.filePath });
      out.push(result.messages.map((m) => m.ruleId ?? "fatal:" + m.message));
    }
    console.log(JSON.stringify(out));
  `;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script, JSON.stringify(cases)], { cwd: ROOT, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`eslint did not run: ${run.stderr}`);
  return JSON.parse(run.stdout) as string[][];
}

const CASES: Array<{ label: string; case: LintCase; expected: string[] }> = [
  { label: "core importing React", case: { filePath: "src/core/bad.ts", code: 'import { useState } from "react";\nexport const x = useState;\n' }, expected: ["no-restricted-imports"] },
  { label: "core importing Fluent UI", case: { filePath: "src/core/bad.ts", code: 'import { Button } from "@fluentui/react-components";\nexport const x = Button;\n' }, expected: ["no-restricted-imports"] },
  { label: "core importing the Office adapter", case: { filePath: "src/core/i18n/bad.ts", code: 'import { createOfficeAdapter } from "../../office/officeAdapter";\nexport const x = createOfficeAdapter;\n' }, expected: ["no-restricted-imports"] },
  { label: "core importing Office.js", case: { filePath: "src/core/bad.ts", code: 'import "@microsoft/office-js";\nexport const x = 1;\n' }, expected: ["no-restricted-imports"] },
  { label: "core reading Office", case: { filePath: "src/core/bad.ts", code: "export const mailbox = () => Office.context.mailbox;\n" }, expected: ["no-restricted-globals"] },
  { label: "core reading the DOM", case: { filePath: "src/core/bad.ts", code: "export const title = () => document.title + window.name + navigator.language;\n" }, expected: ["no-restricted-globals", "no-restricted-globals", "no-restricted-globals"] },
  { label: "the task pane reading Office", case: { filePath: "src/taskpane/bad.ts", code: "export const ready = () => Office.onReady();\n" }, expected: ["no-restricted-globals"] },
  { label: "the task pane reading Office through the global object", case: { filePath: "src/taskpane/bad.ts", code: "export const office = () => [window.Office, globalThis.Office];\n" }, expected: ["no-restricted-properties", "no-restricted-properties"] },
  { label: "core reading Office through globalThis", case: { filePath: "src/core/bad.ts", code: "export const office = () => globalThis.Office;\n" }, expected: ["no-restricted-properties"] },
  { label: "the adapter reading Office", case: { filePath: "src/office/fine.ts", code: "export const ready = () => Office.onReady();\n" }, expected: [] },
  { label: "the preview's simulated host setting Office", case: { filePath: "src/preview/fine.ts", code: "export const host = () => Office.context;\n" }, expected: [] },
  { label: "a pure core file", case: { filePath: "src/core/fine.ts", code: 'import { parseSettings } from "./settings";\nexport const x = (v: Record<string, unknown>) => parseSettings(v).settings.tone + new Intl.Locale("it").language;\n' }, expected: [] },
  { label: "the task pane importing React and reading the DOM", case: { filePath: "src/taskpane/fine.ts", code: 'import { useState } from "react";\nexport const x = () => [useState, document.title];\n' }, expected: [] },
];

test("ESLint fails a core file that imports Office, React or Fluent UI or reads the DOM, and Office outside the adapter", () => {
  const found = lintRules(CASES.map((c) => c.case));
  const report = CASES.map((c, i) => ({ label: c.label, rules: found[i] }));
  expect(report).toEqual(CASES.map((c) => ({ label: c.label, rules: c.expected })));
});

/** Type-checks one file with tsconfig.core.json's settings; returns tsc's error codes. */
function coreTypeErrors(code: string): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "offramp-core-"));
  try {
    fs.writeFileSync(path.join(dir, "probe.ts"), code);
    const tsconfig = { extends: path.join(ROOT, "tsconfig.core.json"), include: [], files: [path.join(dir, "probe.ts"), path.join(ROOT, "types/core-host.d.ts")] };
    fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify(tsconfig));
    const tsc = require.resolve("typescript/bin/tsc");
    const run = spawnSync(process.execPath, [tsc, "--noEmit", "-p", path.join(dir, "tsconfig.json")], { cwd: ROOT, encoding: "utf8" });
    return [...run.stdout.matchAll(/error (TS\d+)/g)].map((m) => m[1] as string);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test("the core's tsconfig has no DOM or Office types: a core file using them does not compile", () => {
  // TS2304/TS2503/TS2584: cannot find name / namespace (document, window, Office).
  expect(coreTypeErrors("export const a = document.title;\n")).toEqual([expect.stringMatching(/^TS(2304|2584)$/)]);
  expect(coreTypeErrors("export const b = window.location.href;\n")).toEqual([expect.stringMatching(/^TS(2304|2584)$/)]);
  expect(coreTypeErrors("export const c = (r: Office.AsyncResult<string>) => r.value;\n")).toEqual(["TS2503"]);
  expect(coreTypeErrors("export const d = (el: HTMLElement) => el;\n")).toEqual(["TS2304"]);
  // ... while plain ECMAScript, Intl and the console warning the core uses compile.
  expect(coreTypeErrors('export const e = new Intl.DateTimeFormat("it").format(new Date()); console.warn(e);\n')).toEqual([]);
});
