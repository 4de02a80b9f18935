// What the page says when Office.js never started (blocked, offline, or no answer in time):
// there is no React pane and no Outlook display language yet, so this writes plain
// elements in the browser's language and announces them.

import { createTranslator, englishCatalog, loadFirstScreenCatalog, resolveLanguage, type Catalog } from "../core/i18n";
import { runtimeZone } from "../core/timeZone";

/** Replaces the Loading line with the reason, in the browser's language (English if its catalog cannot load either). */
export async function showStartFailure(container: HTMLElement, browserLanguage: string | undefined): Promise<void> {
  const language = resolveLanguage(browserLanguage);
  let catalog: Catalog = englishCatalog;
  try {
    catalog = await loadFirstScreenCatalog(language);
  } catch {
    // The same network that kept Office.js away may keep the catalog's chunk away.
  }
  const tr = createTranslator(catalog === englishCatalog ? "en" : language, catalog, runtimeZone(), browserLanguage);
  const alert = document.createElement("div");
  // An alert, since it replaces the polite Loading line a screen reader may have announced.
  alert.setAttribute("role", "alert");
  alert.dataset.problem = "not-started";
  const title = document.createElement("h1");
  title.textContent = tr.t("problem.notStarted.title");
  const body = document.createElement("p");
  body.textContent = tr.t("problem.notStarted.body");
  alert.append(title, body);
  container.replaceChildren(alert);
  document.documentElement.lang = tr.locale;
}
