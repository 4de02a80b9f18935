// Message catalogs and locale-aware formatting. Messages are ICU MessageFormat
// (plurals, `select` for the tone), formatted by FormatJS; dates, times, lists,
// numbers and durations come from Intl in the draft's locale and the user's zone.
// English ships in the first bundle; every other catalog loads on demand.
//
// The catalogs are written as ICU source; the production build parses them at
// build time (scripts/precompile-messages.cjs), so the bundles hold each message
// as FormatJS's AST and no ICU parser. Jest and Node read the source strings.

import { createIntl, createIntlCache, type IntlShape } from "@formatjs/intl";
import type { MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import englishSource from "./catalogs/en";
import type { MessageRef, Tone } from "../types";
import { createProseFormatter, type ProseFormatter } from "./prose";

export type MessageKey = keyof typeof englishSource;
/**
 * A catalog as written: ICU MessageFormat source for every key (the catalog files'
 * type). In the bundles its values are the precompiled AST instead (CatalogMessage):
 * code reads messages only through a Translator, never as text.
 */
export type Catalog = Record<MessageKey, string>;
/** One message as the formatter gets it: ICU source (tests, Node) or precompiled AST (the bundles). */
export type CatalogMessage = string | MessageFormatElement[];

const en: Catalog = englishSource;

/** Languages with a complete catalog. Tags are the catalog names. */
export const SUPPORTED_LANGUAGES = ["en", "it", "da", "de", "fr", "es", "nl", "sv", "nb", "pt-BR"] as const;
export type LanguageTag = (typeof SUPPORTED_LANGUAGES)[number];
/** Reviewed line by line by native speakers' standards. */
export const FIRST_CLASS_LANGUAGES: readonly LanguageTag[] = ["en", "it", "da"];

const loaders: Record<Exclude<LanguageTag, "en">, () => Promise<{ default: Catalog }>> = {
  it: () => import(/* webpackChunkName: "i18n-it" */ "./catalogs/it"),
  da: () => import(/* webpackChunkName: "i18n-da" */ "./catalogs/da"),
  de: () => import(/* webpackChunkName: "i18n-de" */ "./catalogs/de"),
  fr: () => import(/* webpackChunkName: "i18n-fr" */ "./catalogs/fr"),
  es: () => import(/* webpackChunkName: "i18n-es" */ "./catalogs/es"),
  nl: () => import(/* webpackChunkName: "i18n-nl" */ "./catalogs/nl"),
  sv: () => import(/* webpackChunkName: "i18n-sv" */ "./catalogs/sv"),
  nb: () => import(/* webpackChunkName: "i18n-nb" */ "./catalogs/nb"),
  "pt-BR": () => import(/* webpackChunkName: "i18n-pt-BR" */ "./catalogs/pt-BR"),
};

/** Base languages that fall back to a catalog of another tag. */
const BASE_ALIASES: Record<string, LanguageTag> = { no: "nb", nn: "nb", pt: "pt-BR" };

/** Exact tag, then base language, then English: "it-CH" -> "it", "da" -> "da", "xx" -> "en". */
export function resolveLanguage(tag: string | null | undefined): LanguageTag {
  const wanted = (tag ?? "").trim().replace(/_/g, "-");
  if (!wanted) return "en";
  const exact = SUPPORTED_LANGUAGES.find((l) => l.toLowerCase() === wanted.toLowerCase());
  if (exact) return exact;
  const base = wanted.split("-")[0]?.toLowerCase() ?? "";
  // Own entries only: a tag such as "constructor" must not find Object.prototype's.
  return SUPPORTED_LANGUAGES.find((l) => l === base) ?? (Object.hasOwn(BASE_ALIASES, base) ? BASE_ALIASES[base] : undefined) ?? "en";
}

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

const cache = new Map<LanguageTag, Catalog>([["en", en]]);

export async function loadCatalog(language: LanguageTag): Promise<Catalog> {
  const cached = cache.get(language);
  if (cached) return cached;
  if (language === "en") return en;
  const catalog = (await loaders[language]()).default;
  cache.set(language, catalog);
  return catalog;
}

/**
 * A language's name as the pane's language writes it: "danese" in an Italian
 * sentence, "Danese" as a menu item (`asItem`). Defaults to the language's own name.
 */
export function languageName(language: LanguageTag, inLocale: string = language, asItem = true): string {
  try {
    const name = new Intl.DisplayNames([inLocale], { type: "language" }).of(language) ?? language;
    return asItem ? name.charAt(0).toLocaleUpperCase(inLocale) + name.slice(1) : name;
  } catch {
    return language;
  }
}

export type MessageValues = Record<string, string | number>;

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

const intlCache = createIntlCache();

/** FormatJS takes a catalog of all strings or all ASTs; ours is one or the other, never mixed. */
const asMessages = (catalog: Catalog | Record<MessageKey, CatalogMessage>) => catalog as unknown as Record<string, MessageFormatElement[]>;

let englishIntl: IntlShape<string> | null = null;

/**
 * An English message without placeholders, for the moments before the pane knows
 * the user's language (its first "Reading the meeting…", a failure to start).
 */
export function englishText(key: MessageKey): string {
  englishIntl ??= createIntl({ locale: "en", messages: asMessages(en), defaultLocale: "en" }, intlCache);
  return englishIntl.formatMessage({ id: key });
}

export function createTranslator(language: LanguageTag, catalog: Catalog, timeZone: string, preferredTag?: string | null): Translator {
  const locale = formattingLocale(language, preferredTag);
  const intl: IntlShape<string> = createIntl(
    {
      locale,
      timeZone,
      messages: asMessages(catalog),
      defaultLocale: "en",
      // A missing or broken translation must never blank the pane: fall back to English, and say so in the console.
      onError: (error) => {
        if (typeof console !== "undefined") console.warn(`[offramp i18n] ${error.message}`);
      },
    },
    intlCache,
  );
  const englishFallback = language === "en" ? intl : createIntl({ locale: "en", timeZone, messages: asMessages(en), defaultLocale: "en" }, intlCache);

  const t = (key: MessageKey, values?: MessageValues): string => {
    const source = Object.hasOwn(catalog, key) ? intl : englishFallback;
    return source.formatMessage({ id: key, defaultMessage: Object.hasOwn(en, key) ? en[key] : key }, values);
  };

  const dateOptions: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long", timeZone };
  const timeOptions: Intl.DateTimeFormatOptions = { hour: "numeric", minute: "2-digit", timeZone };
  const unit = (value: number, u: "hour" | "minute") => new Intl.NumberFormat(locale, { style: "unit", unit: u, unitDisplay: "short" }).format(value);
  const sameDay = (a: Date, b: Date) => intl.formatDate(a, { ...dateOptions, year: "numeric" }) === intl.formatDate(b, { ...dateOptions, year: "numeric" });

  return {
    language,
    locale,
    timeZone,
    t,
    ref: (m) => t(m.key as MessageKey, m.values),
    date: (d) => intl.formatDate(d, dateOptions),
    time: (d) => intl.formatTime(d, timeOptions),
    slot: (start, end) =>
      sameDay(start, end)
        ? t("format.slot", { date: intl.formatDate(start, dateOptions), range: intl.formatDateTimeRange(start, end, timeOptions) })
        : intl.formatDateTimeRange(start, end, { ...dateOptions, ...timeOptions }),
    duration: (minutes) => {
      const h = Math.floor(Math.abs(minutes) / 60);
      const m = Math.round(Math.abs(minutes) % 60);
      // Side by side, as in "1 h 30 min": a conjunction here would read "1 t. og 30 min. og turen".
      return [...(h ? [unit(h, "hour")] : []), ...(m || !h ? [unit(m, "minute")] : [])].join(" ");
    },
    prose: createProseFormatter(language, locale, timeZone),
    languageName: (other, asItem = false) => languageName(other, locale, asItem),
    list: (items) => intl.formatList(items, { type: "conjunction" }) as string,
    number: (n) => intl.formatNumber(n),
  };
}

/** Values every draft message may use for the tone `select`. */
export function toneValue(tone: Tone): { tone: Tone } {
  return { tone };
}
