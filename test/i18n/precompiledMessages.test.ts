/**
 * @jest-environment node
 */
// The production build ships neither the ICU parser nor FormatJS's formatter: each
// catalog reaches the pane already parsed (scripts/precompile-messages.cjs, run by
// webpack's loader), the parser is aliased to FormatJS's parser-less entry, and
// src/core/i18n/messageFormat.ts formats the AST. Jest formats the catalogs' source
// strings. If the build-time step dropped a plural branch or an escaped quote, or the
// small formatter read a plural differently from FormatJS, the pane would show it
// and every other test would miss it: here every message of every catalog is
// formatted by the production path and by FormatJS's own IntlMessageFormat from the
// source, with every option of its plurals and selects, and must read the same.
import * as fs from "node:fs";
import * as path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { IntlMessageFormat } from "intl-messageformat";
import { SUPPORTED_LANGUAGES, createTranslator, loadCatalog, type Catalog, type LanguageTag, type MessageKey, type MessageValues } from "../../src/core/i18n";
import { SAMPLE_MESSAGE_VALUES } from "../support/messageValues";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { precompiledModule } = require("../../scripts/precompile-messages.cjs") as {
  precompiledModule: (source: string, file: string, language: string, parseMessage: typeof parse) => string;
};

type I18nModule = typeof import("../../src/core/i18n");
type Compiled = Record<MessageKey, MessageFormatElement[]>;

const CATALOG_DIR = path.resolve(__dirname, "../../src/core/i18n/catalogs");
const ZONE = "Europe/Rome";

/** The module webpack gets for a catalog file, run as the bundle runs it. */
function precompiled(language: LanguageTag): Compiled {
  const file = path.join(CATALOG_DIR, `${language}.ts`);
  const code = precompiledModule(fs.readFileSync(file, "utf8"), file, language, parse);
  expect(code).toMatch(/^export default /m);
  return new Function(code.replace(/^export default /m, "return "))() as Compiled;
}

/** The i18n runtime as the bundles have it: no ICU parser, and the English catalog precompiled. */
function productionRuntime(compiledEnglish: Compiled): I18nModule {
  let runtime: I18nModule | undefined;
  jest.isolateModules(() => {
    jest.doMock("@formatjs/icu-messageformat-parser", () => jest.requireActual("@formatjs/icu-messageformat-parser/no-parser.js"));
    jest.doMock("../../src/core/i18n/catalogs/en", () => ({ __esModule: true, default: compiledEnglish }));
    runtime = jest.requireActual<I18nModule>("../../src/core/i18n");
  });
  return runtime!;
}

const PLURAL_SAMPLES = [0, 1, 2, 3, 5, 11, 21, 100];

/** Every combination of the message's plural counts and select options (capped), other placeholders from the samples. */
function valueSets(elements: MessageFormatElement[]): MessageValues[] {
  const choices = new Map<string, Array<string | number>>();
  const plain = new Set<string>();
  const walk = (els: MessageFormatElement[]) => {
    for (const el of els) {
      if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) plain.add(el.value);
      if (el.type === TYPE.plural) {
        const exact = Object.keys(el.options).filter((k) => k.startsWith("=")).map((k) => Number(k.slice(1)));
        choices.set(el.value, [...new Set([...(choices.get(el.value) ?? []), ...PLURAL_SAMPLES, ...exact])]);
      }
      if (el.type === TYPE.select) choices.set(el.value, [...new Set([...(choices.get(el.value) ?? []), ...Object.keys(el.options)])]);
      if (el.type === TYPE.plural || el.type === TYPE.select) for (const option of Object.values(el.options)) walk(option.value);
      if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(elements);
  const samples = SAMPLE_MESSAGE_VALUES as Record<string, string | number>;
  const base: MessageValues = {};
  for (const name of plain) if (!choices.has(name)) base[name] = samples[name] ?? `«${name}»`;
  let sets: MessageValues[] = [base];
  for (const [name, options] of choices) {
    sets = sets.flatMap((set) => options.map((option) => ({ ...set, [name]: option })));
    if (sets.length > 400) sets = sets.slice(0, 400);
  }
  return sets;
}

const compiled = new Map<LanguageTag, Compiled>(SUPPORTED_LANGUAGES.map((language) => [language, precompiled(language)]));
const sources = new Map<LanguageTag, Catalog>();
let production: I18nModule;
beforeAll(async () => {
  for (const language of SUPPORTED_LANGUAGES) sources.set(language, await loadCatalog(language));
  // Only now: from here on this file's English catalog module is the precompiled one
  // (jest.doMock is not undone by isolateModules), and English's later part loads lazily.
  production = productionRuntime(compiled.get("en")!);
});

test("the production runtime really has no parser: a source string cannot be formatted there", () => {
  const warn = jest.spyOn(console, "warn").mockImplementation(() => {});
  try {
    const unparsed = { ...compiled.get("en")!, "summary.people": "{count, plural, one {# person} other {# people}}" } as unknown as Catalog;
    production.createTranslator("en", unparsed, ZONE).t("summary.people", { count: 3 });
    expect(warn.mock.calls.join("\n")).toMatch(/summary\.people/);
  } finally {
    warn.mockRestore();
  }
});

test.each(SUPPORTED_LANGUAGES)("%s: every message, precompiled, formats exactly as FormatJS formats its source", (language) => {
  const source = sources.get(language)!;
  const ast = compiled.get(language)!;
  expect(Object.keys(ast).sort()).toEqual(Object.keys(source).sort());
  const shipped = production.createTranslator(language, ast as unknown as Catalog, ZONE);
  // The same text through the pane's own path in Jest, from the source strings.
  const fromSource = createTranslator(language, source, ZONE);
  const warn = jest.spyOn(console, "warn").mockImplementation(() => {});
  const differences: string[] = [];
  let formatted = 0;
  try {
    for (const key of Object.keys(source) as MessageKey[]) {
      for (const values of valueSets(parse(source[key]))) {
        const expected = new IntlMessageFormat(source[key], shipped.locale).format(values);
        const actual = shipped.t(key, values);
        formatted += 1;
        if (actual !== expected) differences.push(`${key} ${JSON.stringify(values)}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
        if (fromSource.t(key, values) !== expected) differences.push(`${key} ${JSON.stringify(values)} from the source: ${JSON.stringify(fromSource.t(key, values))}`);
      }
    }
    // Neither side may have fallen back to English or to the raw message.
    expect(warn.mock.calls).toEqual([]);
  } finally {
    warn.mockRestore();
  }
  expect(differences).toEqual([]);
  expect(formatted).toBeGreaterThan(Object.keys(source).length);
});
