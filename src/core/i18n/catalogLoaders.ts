// Every catalog but English, each a chunk of its own. Apart from ./index (which holds
// English and the formatting) so the page's start script can ask for the user's
// catalog as soon as Office.js names the language, while the pane's bundles are still
// arriving, without carrying English a second time. Both go through these loads,
// so the chunk is requested once.
import type { Catalog } from "./catalogTypes";
import type { LanguageTag } from "./languages";
import { loadOnce } from "../loadOnce";

export type TranslatedLanguage = Exclude<LanguageTag, "en">;

/** Each the same promise for every caller; a load that fails is tried again by the next call. */
const loaders: Record<TranslatedLanguage, () => Promise<Catalog>> = {
  it: loadOnce(() => import(/* webpackChunkName: "i18n-it" */ "./catalogs/it").then((m) => m.default)),
  da: loadOnce(() => import(/* webpackChunkName: "i18n-da" */ "./catalogs/da").then((m) => m.default)),
  de: loadOnce(() => import(/* webpackChunkName: "i18n-de" */ "./catalogs/de").then((m) => m.default)),
  fr: loadOnce(() => import(/* webpackChunkName: "i18n-fr" */ "./catalogs/fr").then((m) => m.default)),
  es: loadOnce(() => import(/* webpackChunkName: "i18n-es" */ "./catalogs/es").then((m) => m.default)),
  nl: loadOnce(() => import(/* webpackChunkName: "i18n-nl" */ "./catalogs/nl").then((m) => m.default)),
  sv: loadOnce(() => import(/* webpackChunkName: "i18n-sv" */ "./catalogs/sv").then((m) => m.default)),
  nb: loadOnce(() => import(/* webpackChunkName: "i18n-nb" */ "./catalogs/nb").then((m) => m.default)),
  "pt-BR": loadOnce(() => import(/* webpackChunkName: "i18n-pt-BR" */ "./catalogs/pt-BR").then((m) => m.default)),
};

export function loadTranslatedCatalog(language: TranslatedLanguage): Promise<Catalog> {
  return loaders[language]();
}
