// The add-in's saved preferences (one roaming setting per key). Whatever Outlook
// hands back is untrusted: a wrong type falls back to the default and is reported.

import type { Settings, SettingsKey, Tone } from "./types";
import { nullPrototypeRecord, ownValue } from "./ownKeys";

export const DEFAULT_SETTINGS: Settings = {
  keyClientDomains: [],
  callDetails: "",
  shorterMinutes: 30,
  tone: "friendly",
  draftLanguageByDomain: {},
  organisationNames: {},
};

/** Every roaming-settings key Offramp reads and writes: derived from the defaults, so a new setting cannot be left out. */
export const SETTINGS_KEYS = Object.keys(DEFAULT_SETTINGS) as readonly SettingsKey[];

/** Shortened meetings are offered in these lengths (minutes). */
export const SHORTER_CHOICES: readonly number[] = [15, 20, 30, 45, 60];
export const MIN_SHORTER_MINUTES = 5;
export const MAX_SHORTER_MINUTES = 240;
export const MAX_CALL_DETAILS_LENGTH = 255; // Outlook's location limit: call details may become the location.
/** `draftLanguageByDomain` keeps this many domains at most, so roaming settings (32 KB in all) never come near full. */
export const MAX_REMEMBERED_DOMAINS = 200;
export const MAX_ORGANISATION_NAME_LENGTH = 80;

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** "@Contoso.com " -> "contoso.com"; null when it is not a domain. */
export function normaliseDomain(text: string): string | null {
  const domain = text.trim().toLowerCase().replace(/^.*@/, "").replace(/\.$/, "");
  return DOMAIN.test(domain) ? domain : null;
}

/** Splits what the user typed into domains, keeping the entries that are not domains apart. */
export function parseDomainList(text: string): { domains: string[]; invalid: string[] } {
  const domains: string[] = [];
  const invalid: string[] = [];
  for (const entry of text.split(/[\s,;]+/).filter(Boolean)) {
    const domain = normaliseDomain(entry);
    if (domain === null) invalid.push(entry);
    else if (!domains.includes(domain)) domains.push(domain);
  }
  return { domains, invalid };
}

function parseOne(key: SettingsKey, value: unknown): { ok: true; value: Settings[SettingsKey] } | { ok: false } {
  switch (key) {
    case "keyClientDomains": {
      if (!Array.isArray(value) || !value.every((d) => typeof d === "string")) return { ok: false };
      const { domains, invalid } = parseDomainList(value.join(" "));
      return invalid.length ? { ok: false } : { ok: true, value: domains };
    }
    case "callDetails":
      return typeof value === "string" && value.length <= MAX_CALL_DETAILS_LENGTH ? { ok: true, value: value.trim() } : { ok: false };
    case "shorterMinutes":
      return typeof value === "number" && Number.isInteger(value) && value >= MIN_SHORTER_MINUTES && value <= MAX_SHORTER_MINUTES
        ? { ok: true, value }
        : { ok: false };
    case "tone":
      return value === "friendly" || value === "formal" ? { ok: true, value: value as Tone } : { ok: false };
    case "draftLanguageByDomain": {
      if (typeof value !== "object" || value === null || Array.isArray(value)) return { ok: false };
      const entries = Object.entries(value);
      const valid = entries.every(([domain, tag]) => normaliseDomain(domain) === domain && typeof tag === "string" && LANGUAGE_TAG.test(tag));
      // Only the most recently used domains (they are saved newest last); a null-prototype record, read with ownValue.
      return valid ? { ok: true, value: nullPrototypeRecord((entries as Array<[string, string]>).slice(-MAX_REMEMBERED_DOMAINS)) } : { ok: false };
    }
    case "organisationNames": {
      if (typeof value !== "object" || value === null || Array.isArray(value)) return { ok: false };
      const entries = Object.entries(value);
      const valid = entries.every(
        ([domain, name]) => normaliseDomain(domain) === domain && typeof name === "string" && name.trim() !== "" && name.length <= MAX_ORGANISATION_NAME_LENGTH,
      );
      return valid ? { ok: true, value: Object.fromEntries(entries.map(([d, n]) => [d, (n as string).trim()])) } : { ok: false };
    }
  }
}

/** "northwind.it = Northwind Italia" lines -> domain -> name, keeping the lines that are not that shape apart. */
export function parseOrganisationNames(text: string): { names: Record<string, string>; invalid: string[] } {
  const names = new Map<string, string>();
  const invalid: string[] = [];
  for (const line of text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) {
    const at = line.indexOf("=");
    const domain = at > 0 ? normaliseDomain(line.slice(0, at)) : null;
    const name = at > 0 ? line.slice(at + 1).trim() : "";
    if (domain === null || !name || name.length > MAX_ORGANISATION_NAME_LENGTH) invalid.push(line);
    else names.set(domain, name);
  }
  return { names: Object.fromEntries(names), invalid };
}

/** The saved names back as lines the user can edit. */
export function formatOrganisationNames(names: Record<string, string>): string {
  return Object.entries(names)
    .map(([domain, name]) => `${domain} = ${name}`)
    .join("\n");
}

export interface ParsedSettings {
  settings: Settings;
  /** Keys whose saved value could not be used; the pane says so. */
  invalidKeys: SettingsKey[];
}

export function parseSettings(saved: Record<string, unknown>): ParsedSettings {
  const settings: Settings = { ...DEFAULT_SETTINGS, keyClientDomains: [], draftLanguageByDomain: {}, organisationNames: {} };
  const invalidKeys: SettingsKey[] = [];
  for (const key of SETTINGS_KEYS) {
    const value = ownValue(saved, key);
    if (value === undefined || value === null) continue;
    const parsed = parseOne(key, value);
    if (parsed.ok) (settings as unknown as Record<string, unknown>)[key] = parsed.value;
    else invalidKeys.push(key);
  }
  return { settings, invalidKeys };
}
