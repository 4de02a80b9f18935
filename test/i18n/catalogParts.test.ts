/**
 * @jest-environment node
 */
// English reaches the pane in two parts (src/core/i18n/catalogParts.ts): the first
// screen's messages in the first bundle, the rest with the draft and settings panels.
// Jest loads the parts through the same split (jest.config.js), so every other test
// sees English as the pane does; here: the split itself, the build's copy of it, and
// how the rest joins the first part.
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "@formatjs/icu-messageformat-parser";
import en from "../../src/core/i18n/catalogs/en";
import { LATER_PREFIXES, catalogPartOf } from "../../src/core/i18n/catalogParts";
import { catalogPart } from "../../scripts/catalog-parts.cjs";
import { createTranslator, englishCatalog, loadCatalog } from "../../src/core/i18n";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { precompiledModule } = require("../../scripts/precompile-messages.cjs") as {
  precompiledModule: (source: string, file: string, language: string, parseMessage: typeof parse, part?: string) => string;
};

const EN_FILE = path.resolve(__dirname, "../../src/core/i18n/catalogs/en.ts");
const allKeys = Object.keys(en).sort();

/** The keys of the module the build's loader emits for `part`. */
function builtKeys(part?: string): string[] {
  const code = precompiledModule(fs.readFileSync(EN_FILE, "utf8"), EN_FILE, "en", parse, part);
  return Object.keys(new Function(code.replace(/^export default /m, "return "))() as object).sort();
}

// First in this file: nothing has asked for English's later part yet.
test("until a panel asks for the rest, the pane's English holds only the first screen's messages; loadCatalog('en') adds the rest to it", async () => {
  const firstKeys = Object.keys(englishCatalog);
  expect(firstKeys.length).toBeGreaterThan(100);
  expect(firstKeys.filter((key) => catalogPartOf(key) === "later")).toEqual([]);
  const tr = createTranslator("en", englishCatalog, "Europe/Rome");
  const warn = jest.spyOn(console, "warn").mockImplementation(() => {});
  try {
    // A later message asked for too early shows as its key, and says why in the console.
    expect(tr.t("draft.subject.fallback")).toBe("draft.subject.fallback");
    expect(warn.mock.calls.join("\n")).toMatch(/draft\.subject\.fallback is not in the English catalog \(its later part has not loaded\)/);
  } finally {
    warn.mockRestore();
  }

  const whole = await loadCatalog("en");
  // The same object, so the translator the pane already holds has the rest too.
  expect(whole).toBe(englishCatalog);
  expect(Object.keys(whole).sort()).toEqual(allKeys);
  expect(tr.t("draft.subject.fallback")).not.toBe("draft.subject.fallback");
  expect(await loadCatalog("en")).toBe(whole);
});

test("every message is in exactly one part, and every later prefix names messages", () => {
  const first = Object.keys(catalogPart(en, "first"));
  const later = Object.keys(catalogPart(en, "later"));
  expect([...first, ...later].sort()).toEqual(allKeys);
  expect(first.filter((key) => later.includes(key))).toEqual([]);
  for (const prefix of LATER_PREFIXES) expect(later.some((key) => key.startsWith(prefix))).toBe(true);
  // What the first screen says stays in the first part.
  for (const key of ["app.name", "problem.noItem.title", "outcome.call", "advice.recommended", "notice.invalidSettings", "action.working"]) {
    expect(first).toContain(key);
  }
  expect(later.length).toBeGreaterThan(first.length / 2);
});

test("the build's catalog loader splits English exactly as the pane's code does", () => {
  expect(builtKeys("first")).toEqual(allKeys.filter((key) => catalogPartOf(key) === "first"));
  expect(builtKeys("later")).toEqual(allKeys.filter((key) => catalogPartOf(key) === "later"));
  expect(builtKeys()).toEqual(allKeys);
  expect(() => builtKeys("rest")).toThrow(/unknown catalog part "rest"/);
});

test("the pane's code loads English only by its parts, so the whole of it cannot slip back into the first bundle", () => {
  const SRC = path.resolve(__dirname, "../../src");
  const files = (fs.readdirSync(SRC, { recursive: true, encoding: "utf8" }) as string[]).filter((file) => /\.tsx?$/.test(file) && !file.endsWith(".d.ts"));
  const whole: string[] = [];
  const byPart: string[] = [];
  for (const file of files) {
    const source = fs.readFileSync(path.join(SRC, file), "utf8");
    // Value imports and dynamic imports of the catalog file (a type-only import loads nothing).
    for (const match of source.matchAll(/(?:^import (?!type\b)[^;]*?from|\bimport\((?:\s*\/\*.*?\*\/)?)\s*"([^"]*\/catalogs\/en(?:\?[^"]*)?)"/gm)) {
      (match[1]!.includes("?part=") ? byPart : whole).push(`${file}: ${match[1]}`);
    }
  }
  expect(whole).toEqual([]);
  expect(byPart.sort()).toEqual([`core${path.sep}i18n${path.sep}index.ts: ./catalogs/en?part=first`, `core${path.sep}i18n${path.sep}index.ts: ./catalogs/en?part=later`]);
});
