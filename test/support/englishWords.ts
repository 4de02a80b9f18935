// Which English template words leak into text meant to be in another language.
// Used by the core draft tests and the browser tests alike.
import en from "../../src/core/i18n/catalogs/en";
import { proseVocabulary } from "../../src/core/i18n/prose";
import type { LanguageTag } from "../../src/core/i18n";

const WORD = /[a-zà-ÿæøå’]{4,}/g;

export const wordsOf = (text: string): string[] => text.toLowerCase().match(WORD) ?? [];

/** Lower-case words of four letters or more in English template text (placeholders and ICU keywords removed). */
export function englishTemplateWords(): Set<string> {
  const words = new Set<string>();
  for (const message of Object.values(en)) {
    const text = message
      .replace(/\{\s*\w+\s*,\s*(plural|select)\s*,/g, " ")
      .replace(/\{\w+\}/g, " ")
      .replace(/\b(one|other|formal)\s*\{/g, " ");
    for (const word of wordsOf(text)) words.add(word);
  }
  return words;
}

/** Names and words every language here shares with English. */
export const SHARED_WORDS = new Set(["offramp", "outlook", "agenda", "status", "update", "email", "mail", "online", "teams", "team", "meeting"]);

/**
 * English template words in `text` that are not the product's names, not from
 * the event itself (`eventText`), and not words the target language uses too
 * (its catalog, and the words its date and duration formatter writes: Danish
 * "halvanden time" is Danish).
 */
export function leakedEnglish(text: string, eventText: string, targetCatalog: Record<string, string>, language?: LanguageTag): string[] {
  const english = englishTemplateWords();
  const event = new Set(wordsOf(eventText));
  const own = new Set(wordsOf(`${Object.values(targetCatalog).join(" ")} ${language ? proseVocabulary(language) : ""}`));
  return [...new Set(wordsOf(text))].filter((w) => english.has(w) && !SHARED_WORDS.has(w) && !event.has(w) && !own.has(w));
}
