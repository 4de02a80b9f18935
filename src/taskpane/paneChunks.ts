// The chunks a pane needs before its first render besides the bundles: the catalog of
// the user's language (unless English, which is in the first bundle) and the dark or
// high-contrast tokens (unless light). Both are known as soon as Office.js is ready,
// from plain properties, well before the event is read and the pane's bundles have run.
import type { HostInfo } from "../office/mailboxAdapter";
import { resolveLanguage } from "../core/i18n/languages";
import { loadTranslatedCatalog } from "../core/i18n/catalogLoaders";
import { loadOtherThemes, prefersForcedColors, themeNameFor } from "./themeChoice";

/**
 * Asks for those chunks now. The pane's own loads later take the same promises, so each
 * chunk is requested once; a chunk that fails here is asked for again by the pane, which
 * then shows English or the light theme rather than nothing.
 */
export function startPaneChunks(host: HostInfo): void {
  const language = resolveLanguage(host.displayLanguage);
  if (language !== "en") loadTranslatedCatalog(language).catch(() => undefined);
  if (themeNameFor(host.theme, prefersForcedColors()) !== "light") loadOtherThemes().catch(() => undefined);
}
