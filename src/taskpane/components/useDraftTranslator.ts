// The translator a draft is written with: its own language's catalog, loaded on demand.

import { useEffect, useState } from "react";
import { createTranslator, loadCatalog, type LanguageTag, type Translator } from "../../core/i18n";

/** The translator for the draft's language; the pane's own until another catalog has loaded. */
export function useDraftTranslator(language: LanguageTag, pane: Translator, timeZone: string): Translator {
  const [loaded, setLoaded] = useState<Translator | null>(null);
  useEffect(() => {
    if (language === pane.language) return;
    let live = true;
    loadCatalog(language)
      .then((catalog) => {
        if (live) setLoaded(createTranslator(language, catalog, timeZone));
      })
      .catch((error) => console.warn("[offramp] draft catalog failed to load", error));
    return () => {
      live = false;
    };
  }, [language, pane, timeZone]);
  if (language === pane.language) return pane;
  return loaded?.language === language ? loaded : pane;
}
