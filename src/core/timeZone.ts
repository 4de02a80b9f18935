// Outlook reports the user's zone as a Windows name ("Romance Standard Time");
// Intl wants an IANA name. windowsZones.ts holds CLDR's mapping, generated from
// windows-iana (a dev dependency) so the pane does not ship the whole package.

import { WINDOWS_TO_IANA } from "./windowsZones";

/** Zone names already checked: the pane asks about the user's zone several times as it opens, and each check builds a formatter. */
const checkedZones = new Map<string, boolean>();

function isIanaZone(name: string): boolean {
  let known = checkedZones.get(name);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat("en", { timeZone: name });
      known = true;
    } catch {
      known = false;
    }
    checkedZones.set(name, known);
  }
  return known;
}

/** The IANA zone for what Outlook reported, or null when it cannot be known. */
export function toIanaZone(reported: string | null | undefined): string | null {
  const name = reported?.trim();
  if (!name) return null;
  const candidate = Object.hasOwn(WINDOWS_TO_IANA, name) ? WINDOWS_TO_IANA[name] : undefined;
  if (candidate && isIanaZone(candidate)) return candidate;
  return isIanaZone(name) ? name : null;
}

/** The zone the runtime itself uses: the last resort when Outlook gives none. */
export function runtimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/** Wall-clock parts of an instant in a zone. */
export function wallClock(instant: Date, timeZone: string): { year: number; month: number; day: number; hour: number; minute: number } {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute") };
}

/** Real zones for the offsets that are not whole hours (Etc/GMT±N has only whole hours). */
const ZONES_BY_ODD_OFFSET: ReadonlyMap<number, string> = new Map([
  [-570, "Pacific/Marquesas"],
  [-210, "America/St_Johns"],
  [210, "Asia/Tehran"],
  [270, "Asia/Kabul"],
  [330, "Asia/Kolkata"],
  [345, "Asia/Kathmandu"],
  [390, "Asia/Yangon"],
  [525, "Australia/Eucla"],
  [570, "Australia/Darwin"],
  [630, "Australia/Lord_Howe"],
  [765, "Pacific/Chatham"],
]);

/**
 * An IANA zone that is `minutesAheadOfUtc` ahead of UTC, for when Outlook names a
 * zone Offramp cannot map and only Outlook's own conversion tells the offset.
 * Fixed: it knows nothing of daylight saving, so the pane says so.
 */
export function zoneForOffset(minutesAheadOfUtc: number): string {
  const minutes = Math.round(minutesAheadOfUtc);
  if (minutes === 0) return "UTC";
  if (minutes % 60 === 0 && Math.abs(minutes) <= 14 * 60) return `Etc/GMT${minutes > 0 ? "-" : "+"}${Math.abs(minutes) / 60}`;
  return ZONES_BY_ODD_OFFSET.get(minutes) ?? "UTC";
}
