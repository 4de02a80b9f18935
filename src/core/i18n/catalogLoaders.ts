// Every catalog but English, each a chunk of its own. Apart from ./index (which holds
// English and the formatting) so the page's start script can ask for the user's
// catalog as soon as Office.js names the language, while the pane's bundles are still
// arriving, without carrying English a second time. Both go through these imports,
// so the chunk is requested once.
import type { Catalog } from "./catalogTypes";
import type { LanguageTag } from "./languages";

export type TranslatedLanguage = Exclude<LanguageTag, "en">;

const loaders: Record<TranslatedLanguage, () => Promise<{ default: Catalog }>> = {
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

const loading = new Map<TranslatedLanguage, Promise<Catalog>>();

/**
 * The catalog of `language`: the same promise for every caller while it loads and once
 * it has. A load that fails is forgotten, so a later call tries again.
 */
export function loadTranslatedCatalog(language: TranslatedLanguage): Promise<Catalog> {
  let catalog = loading.get(language);
  if (!catalog) {
    catalog = loaders[language]().then((m) => m.default);
    loading.set(language, catalog);
    catalog.catch(() => {
      if (loading.get(language) === catalog) loading.delete(language);
    });
  }
  return catalog;
}
