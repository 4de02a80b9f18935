// Message catalogs and locale-aware formatting. Messages are ICU MessageFormat
// (plurals, `select` for the tone), formatted from FormatJS's message AST by
// ./messageFormat; dates, times, lists, numbers and durations come from Intl in
// the draft's locale and the user's zone.
// English's first-screen messages ship in the first bundle and the rest of English
// loads with the draft and settings panels (./catalogParts.ts); every other catalog
// loads whole, on demand.
//
// The catalogs are written as ICU source; the production build parses them at
// build time (scripts/precompile-messages.cjs), so the bundles hold each message
// as FormatJS's AST and no ICU parser. Jest and Node read the source strings.

import { parse, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import type { Catalog, CatalogMessage, MessageKey } from "./catalogTypes";
import { resolveLanguage, type LanguageTag } from "./languages";
import { loadTranslatedCatalog } from "./catalogLoaders";
import englishFirstPart from "./catalogs/en?part=first";
import type { MessageRef, Tone } from "../types";
import { createProseFormatter, type ProseFormatter } from "./prose";
import { createIntlFormatters, formatElements, type MessageValues } from "./messageFormat";
import { loadOnce } from "../loadOnce";
import { catalogPartOf } from "./catalogParts";

export type { MessageKey, Catalog, CatalogMessage } from "./catalogTypes";

/**
 * English, the catalog every translation falls back to: the first screen's messages at
 * once, and the rest once `loadCatalog("en")` has loaded them into this same object,
 * so that every translator made with it (the pane's, the fallback) has them from then on.
 */
const en = englishFirstPart as Catalog;
export { en as englishCatalog };

const loadEnglishRest = loadOnce(() =>
  import(/* webpackChunkName: "i18n-en-later" */ "./catalogs/en?part=later").then((later) => {
    Object.assign(en, later.default);
    return en;
  }),
);

export { SUPPORTED_LANGUAGES, resolveLanguage, type LanguageTag } from "./languages";
/** Reviewed line by line by native speakers' standards. */
export const FIRST_CLASS_LANGUAGES: readonly LanguageTag[] = ["en", "it", "da"];

/**
 * The Intl locale to format with: the user's own tag when it belongs to the
 * catalog's language ("en-GB" keeps British dates), else the catalog's tag.
 */
export function formattingLocale(language: LanguageTag, preferredTag: string | null | undefined): string {
  const preferred = (preferredTag ?? "").replace(/_/g, "-");
  // Only a tag of the catalog's own language counts: a Japanese Outlook reads the
  // English catalog, and gets English dates with it rather than a mix of both.
  const speaksIt = preferred && resolveLanguage(preferred) === language && (language !== "en" || /^en\b/i.test(preferred));
  if (speaksIt) {
    try {
      return Intl.getCanonicalLocales(preferred)[0] ?? language;
    } catch {
      return language;
    }
  }
  return language;
}

/**
 * A language's whole catalog, from its chunk, loaded once. For English that is the part
 * the first bundle lacks; the draft and settings panels wait for it (AdvicePane.tsx), so
 * English is whole wherever it can be needed past the first screen.
 */
export async function loadCatalog(language: LanguageTag): Promise<Catalog> {
  return language === "en" ? loadEnglishRest() : loadTranslatedCatalog(language);
}

/**
 * The catalog the first screen needs: English's first part at once (it is in the first
 * bundle), any other language whole, from its chunk.
 */
export async function loadFirstScreenCatalog(language: LanguageTag): Promise<Catalog> {
  return language === "en" ? en : loadTranslatedCatalog(language);
}

// The draft panel names all ten languages on every render: one DisplayNames per locale,
// not ten new ones (each loads ICU's language names) per keystroke.
const displayNamesByLocale = new Map<string, Intl.DisplayNames>();
function displayNames(inLocale: string): Intl.DisplayNames {
  let names = displayNamesByLocale.get(inLocale);
  if (!names) {
    names = new Intl.DisplayNames([inLocale], { type: "language" });
    displayNamesByLocale.set(inLocale, names);
  }
  return names;
}

/**
 * A language's name as the pane's language writes it: "danese" in an Italian
 * sentence, "Danese" as a menu item (`asItem`). Defaults to the language's own name.
 */
export function languageName(language: LanguageTag, inLocale: string = language, asItem = true): string {
  try {
    const name = displayNames(inLocale).of(language) ?? language;
    return asItem ? name.charAt(0).toLocaleUpperCase(inLocale) + name.slice(1) : name;
  } catch {
    return language;
  }
}

export type { MessageValues };

export interface Translator {
  /** Catalog language. */
  language: LanguageTag;
  /** Intl locale used for dates and numbers. */
  locale: string;
  timeZone: string;
  t(key: MessageKey, values?: MessageValues): string;
  ref(message: MessageRef): string;
  /** "Tuesday 24 November" in the locale's own way. */
  date(instant: Date): string;
  /** "09:00" or "9:00 AM", as the locale writes it. */
  time(instant: Date): string;
  /** The hour (0–23) in the event's zone: where a language's article depends on it ("all’1:00", "a la 1:00", "à 1h"). */
  hour(instant: Date): number;
  /** "Tuesday 24 November, 09:00–10:30" (across days the end date is given too). */
  slot(start: Date, end: Date): string;
  /** The pane's short form: "1 h 30 min", "45 min", "1 t. 20 min." (letters use `prose.duration`). */
  duration(minutes: number): string;
  /** Dates, times and durations as a letter writes them: "martedì 24 novembre, dalle 9:00 alle 10:30", "un’ora e mezza". */
  prose: ProseFormatter;
  /** Another language's name in this translator's language: "danese" in a sentence, "Danese" as a menu item. */
  languageName(language: LanguageTag, asItem?: boolean): string;
  /** "Maja, Jonas and Sam" */
  list(items: readonly string[]): string;
  number(value: number): string;
}

/** One set of Intl formatters for every translator: they are costly to create and the same for the same locale. */
const formatters = createIntlFormatters();

/** Parsed source strings (Jest and Node only: the bundles' catalogs arrive parsed and have no parser). */
const parsedSources = new Map<string, MessageFormatElement[]>();

function elementsOf(message: CatalogMessage): MessageFormatElement[] {
  if (typeof message !== "string") return message;
  let elements = parsedSources.get(message);
  if (!elements) {
    elements = parse(message);
    parsedSources.set(message, elements);
  }
  return elements;
}

const warn = (text: string) => {
  if (typeof console !== "undefined") console.warn(`[offramp i18n] ${text}`);
};

/**
 * `key` in `catalog`, else in English. A missing or broken translation must never
 * blank the pane: it falls back to English, and says so in the console; if even
 * English cannot be formatted (a value missing), the key shows.
 */
function formatKey(catalog: Catalog, locale: string, key: MessageKey, values?: MessageValues): string {
  const messages = catalog as Record<MessageKey, CatalogMessage>;
  if (Object.hasOwn(messages, key)) {
    try {
      return formatElements(elementsOf(messages[key]), locale, formatters, values);
    } catch (error) {
      warn(`${key} (${locale}): ${(error as Error).message}; using English`);
    }
  } else if (catalog !== en) {
    warn(`${key} is missing in the ${locale} catalog; using English`);
  }
  if (!Object.hasOwn(en, key)) {
    // A first-screen component asking for a later message before its part has loaded (./catalogParts.ts), or no such key.
    warn(`${key} is not in the English catalog${catalogPartOf(key) === "later" ? " (its later part has not loaded)" : ""}`);
    return key;
  }
  try {
    return formatElements(elementsOf((en as Record<MessageKey, CatalogMessage>)[key]), "en", formatters, values);
  } catch (error) {
    warn(`${key} (en): ${(error as Error).message}`);
    return key;
  }
}

/**
 * An English message without placeholders, for the moments before the pane knows
 * the user's language (its first "Reading the meeting…", a failure to start).
 */
export function englishText(key: MessageKey): string {
  return formatKey(en, "en", key);
}

export function createTranslator(language: LanguageTag, catalog: Catalog, timeZone: string, preferredTag?: string | null): Translator {
  const locale = formattingLocale(language, preferredTag);
  const t = (key: MessageKey, values?: MessageValues): string => formatKey(catalog, locale, key, values);

  const dateOptions: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long", timeZone };
  const timeOptions: Intl.DateTimeFormatOptions = { hour: "numeric", minute: "2-digit", timeZone };
  const dateTime = (options: Intl.DateTimeFormatOptions) => formatters.dateTime(locale, options);
  const unit = (value: number, u: "hour" | "minute") => formatters.number(locale, { style: "unit", unit: u, unitDisplay: "short" }).format(value);
  const dayOptions: Intl.DateTimeFormatOptions = { ...dateOptions, year: "numeric" };
  const sameDay = (a: Date, b: Date) => dateTime(dayOptions).format(a) === dateTime(dayOptions).format(b);

  const prose = createProseFormatter(language, locale, timeZone, formatters);

  return {
    language,
    locale,
    timeZone,
    t,
    ref: (m) => t(m.key as MessageKey, m.values),
    date: (d) => dateTime(dateOptions).format(d),
    time: (d) => dateTime(timeOptions).format(d),
    hour: (d) => prose.hour(d),
    slot: (start, end) =>
      sameDay(start, end)
        ? t("format.slot", { date: dateTime(dateOptions).format(start), range: dateTime(timeOptions).formatRange(start, end) })
        : dateTime({ ...dateOptions, ...timeOptions }).formatRange(start, end),
    duration: (minutes) => {
      const h = Math.floor(Math.abs(minutes) / 60);
      const m = Math.round(Math.abs(minutes) % 60);
      // Side by side, as in "1 h 30 min": a conjunction here would read "1 t. og 30 min. og turen".
      return [...(h ? [unit(h, "hour")] : []), ...(m || !h ? [unit(m, "minute")] : [])].join(" ");
    },
    prose,
    languageName: (other, asItem = false) => languageName(other, locale, asItem),
    // A list of one is that one item in every language (ECMA-402 formats it so): no formatter to build for it.
    list: (items) => (items.length === 1 ? String(items[0]) : formatters.list(locale, { type: "conjunction" }).format(items)),
    number: (n) => formatters.number(locale).format(n),
  };
}

/** Values every draft message may use for the tone `select`. */
export function toneValue(tone: Tone): { tone: Tone } {
  return { tone };
}
