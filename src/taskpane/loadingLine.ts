// The page's own "Loading…" line is written before anything knows the user's language.
// Once Office.js names Outlook's display language (well before the event is read), the
// line says it in that language, from the catalogs the build puts in the page as data.
import { resolveLanguage } from "../core/i18n/languages";

export const LOADING_TEXT_ID = "offramp-loading-text";

/** Rewrites the line where it is still on the page; anything missing or unreadable leaves it as it is. */
export function localizeLoadingLine(displayLanguage: string, doc: Document = document): void {
  const line = doc.querySelector<HTMLElement>("#root > .offramp-loading");
  const data = doc.getElementById(LOADING_TEXT_ID);
  if (!line || !data) return;
  let texts: unknown;
  try {
    texts = JSON.parse(data.textContent ?? "");
  } catch {
    return;
  }
  const language = resolveLanguage(displayLanguage);
  const text = (texts as Record<string, Record<string, unknown> | undefined> | null)?.[language]?.["app.loading"];
  if (typeof text !== "string" || !text) return;
  line.textContent = text;
  // Read out with the language's own voice, before the pane sets the page's language.
  line.lang = language;
}
