// Every catalog must say everything English says, with the same placeholders,
// plurals and tone selects: a missing key or a renamed placeholder would show
// the user English, or a raw "{name}", in the middle of their language.
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { SAMPLE_MESSAGE_VALUES } from "../support/messageValues";
import en from "../../src/core/i18n/catalogs/en";
import { SUPPORTED_LANGUAGES, createTranslator, loadCatalog, type Catalog, type LanguageTag } from "../../src/core/i18n";

/** Each argument a message uses, with its kind: "name:argument", "count:plural", "tone:select". */
function argumentsOf(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) found.add(`${el.value}:${TYPE[el.type]}`);
      if (el.type === TYPE.plural || el.type === TYPE.select) {
        found.add(`${el.value}:${TYPE[el.type]}`);
        for (const option of Object.values(el.options)) walk(option.value);
      }
      if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(parse(message));
  return [...found].sort();
}

/**
 * Forms of one value English offers so that each language can pick its own: a person's
 * full name or first name (Danish, Swedish and Norwegian letters greet by first name even
 * when formal). A translation uses at least one of each group, not necessarily English's.
 */
const ALTERNATIVE_ARGUMENTS = [["firstName:argument", "name:argument"]];

/**
 * The hour of a time English gives beside it, for the languages whose article depends on
 * it ("all’1:00" but "alle 13:00", "a la 1:00", "à 1h"): a translation may use it or not.
 */
const HOUR_ARGUMENTS = ["endHour:plural", "fromHour:plural", "toHour:plural"];

function comparable(args: string[]): string[] {
  let out = args.filter((a) => !HOUR_ARGUMENTS.includes(a));
  for (const group of ALTERNATIVE_ARGUMENTS) {
    if (group.some((g) => out.includes(g))) out = [...out.filter((a) => !group.includes(a)), group.join(" or ")];
  }
  return out.sort();
}

const others = SUPPORTED_LANGUAGES.filter((l): l is Exclude<LanguageTag, "en"> => l !== "en");
const catalogs: Array<[LanguageTag, Catalog]> = [];

beforeAll(async () => {
  for (const language of others) catalogs.push([language, await loadCatalog(language)]);
});

/** The messages of a catalog that do not parse as ICU MessageFormat, with the parser's complaint. */
function unparsable(catalog: Record<string, string>): Array<{ key: string; error: string }> {
  return Object.entries(catalog).flatMap(([key, message]) => {
    try {
      parse(message);
      return [];
    } catch (error) {
      return [{ key, error: String(error) }];
    }
  });
}

test("a message that is not ICU MessageFormat is caught", () => {
  expect(unparsable({ ok: "Hello {name}", broken: "Hello {name", plural: "{count, plural, one {# day}}" })).toEqual([
    { key: "broken", error: expect.any(String) },
    { key: "plural", error: expect.any(String) },
  ]);
});

test("English messages all parse as ICU MessageFormat", () => {
  expect(Object.keys(en).length).toBeGreaterThan(50);
  expect(unparsable(en)).toEqual([]);
});

describe.each(others)("catalog %s", (language) => {
  const catalog = () => catalogs.find(([l]) => l === language)?.[1] as Catalog;

  test("parses as ICU MessageFormat", () => {
    expect(unparsable(catalog())).toEqual([]);
  });

  test("has exactly the keys of English", () => {
    const keys = Object.keys(catalog()).sort();
    expect(keys.filter((k) => !(k in en))).toEqual([]);
    expect(Object.keys(en).filter((k) => !(k in catalog()))).toEqual([]);
  });

  test("uses exactly the placeholders, plurals and selects of English", () => {
    const mismatches = Object.keys(en)
      .map((key) => ({ key, en: comparable(argumentsOf(en[key as keyof typeof en])), it: comparable(argumentsOf(catalog()[key as keyof typeof en] ?? "")) }))
      .filter((m) => m.en.join() !== m.it.join());
    expect(mismatches).toEqual([]);
  });

  test("gives a different text from English for every sentence (nothing left untranslated)", () => {
    // Short labels may coincide ("Status", "Agenda"); sentences of four words or more may not.
    const same = Object.keys(en).filter((key) => {
      const source = en[key as keyof typeof en];
      return source.split(/\s+/).length >= 4 && catalog()[key as keyof typeof en] === source;
    });
    expect(same).toEqual([]);
  });

  test("formats every message in both tones with sample values", () => {
    // A message that fails to format falls back to English and warns: that must not happen here.
    const warn = jest.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const tr = createTranslator(language, catalog(), "Europe/Rome");
      for (const key of Object.keys(en) as Array<keyof typeof en>) {
        for (const tone of ["formal", "friendly"]) {
          const text = tr.t(key, { ...SAMPLE_MESSAGE_VALUES, tone });
          expect(text).not.toMatch(/[{}]/);
          expect(text.trim()).not.toBe("");
        }
      }
      expect(warn.mock.calls).toEqual([]);
    } finally {
      warn.mockRestore();
    }
  });
});

describe("Undo is never named like cancelling the meeting", () => {
  // The pane tells an organizer to choose Outlook's own Cancel meeting, and offers Graph's cancel, next to
  // Offramp's Undo: where both are one word ("Annulla", "Annuler"), the user cannot tell which button is meant.
  const cancelKeys = ["draft.cannot.cancel", "draft.cannot.cancelOccurrence", "draft.cannot.cancelSeriesUnknown", "graph.action.cancel.occurrence", "graph.action.cancel.single"] as const;
  test.each(SUPPORTED_LANGUAGES)("%s", async (language) => {
    const catalog = language === "en" ? (en as Record<string, string>) : ((await loadCatalog(language)) as unknown as Record<string, string>);
    const undo = catalog["action.undo"]!;
    const asWord = new RegExp(`(^|[^\\p{L}])${undo.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u");
    expect(cancelKeys.filter((key) => asWord.test(catalog[key]!))).toEqual([]);
  });
});
