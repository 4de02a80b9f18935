// The languages Offramp writes in, apart from the catalogs' loader, so the prose
// formatter can name them without importing the module that imports it.

/** Languages with a complete catalog. Tags are the catalog names. */
export const SUPPORTED_LANGUAGES = ["en", "it", "da", "de", "fr", "es", "nl", "sv", "nb", "pt-BR"] as const;
export type LanguageTag = (typeof SUPPORTED_LANGUAGES)[number];
