// Outlook reports the user's zone as a Windows name ("Romance Standard Time");
// Intl wants an IANA name. windowsZones.ts holds CLDR's mapping, generated from
// windows-iana (a dev dependency) so the pane does not ship the whole package.

import { WINDOWS_TO_IANA } from "./windowsZones";

function isIanaZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
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
