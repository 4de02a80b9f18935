// The draft language remembered per email domain (roaming setting
// `draftLanguageByDomain`). Domains come from invites, so every lookup sees only
// the map's own entries, and the map keeps the most recently used domains only:
// roaming settings hold 32 KB in all, and this map must never come near it.
import type { Settings } from "./types";
import { nullPrototypeRecord, ownValue } from "./ownKeys";
import { MAX_REMEMBERED_DOMAINS, normaliseDomain } from "./settings";

export { MAX_REMEMBERED_DOMAINS };

/** The language tag last chosen for drafts to `domain`, if any. */
export function rememberedLanguage(settings: Pick<Settings, "draftLanguageByDomain">, domain: string | null): string | undefined {
  if (!domain) return undefined;
  const tag = ownValue(settings.draftLanguageByDomain, domain);
  return typeof tag === "string" ? tag : undefined;
}

/**
 * The map with `domain` -> `tag` as its most recent entry (entries run oldest
 * first), trimmed to the newest MAX_REMEMBERED_DOMAINS; null when `domain` is
 * not one the setting can hold (an invite's "eve@constructor" has no real
 * domain, and saving it would make the whole saved map unreadable next time).
 */
export function rememberLanguage(map: Readonly<Record<string, string>>, domain: string, tag: string): Record<string, string> | null {
  if (normaliseDomain(domain) !== domain) return null;
  const entries = Object.entries(map).filter(([d]) => d !== domain);
  entries.push([domain, tag]);
  return nullPrototypeRecord(entries.slice(-MAX_REMEMBERED_DOMAINS));
}
