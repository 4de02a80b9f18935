// The languages Offramp writes in, and which of them a tag reads, apart from the
// catalogs themselves: the prose formatter names them, and the page's start script
// picks the user's catalog, without importing the module that holds English.

/** Languages with a complete catalog. Tags are the catalog names. */
export const SUPPORTED_LANGUAGES = ["en", "it", "da", "de", "fr", "es", "nl", "sv", "nb", "pt-BR"] as const;
export type LanguageTag = (typeof SUPPORTED_LANGUAGES)[number];

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
