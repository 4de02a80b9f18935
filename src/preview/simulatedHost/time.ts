// Times as Outlook hands them over: ISO 8601 in fixtures, Windows or IANA zone
// names, wall-clock conversions in the user's zone.

import { findIana, findWindows } from "windows-iana";
import { zoneForOffset } from "../../core/timeZone";

const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/**
 * The zone as Outlook names it in userProfile.timeZone: always a Windows name ("Romance
 * Standard Time"), never IANA. A fixture may give either; an IANA name Windows has no name
 * for is passed on as it is.
 */
export function windowsZoneName(zone: string): string {
  return findWindows(zone)[0] ?? zone;
}

/** Parses ISO 8601 into an instant; without an offset, the wall time is read in `zone`. Null when invalid. */
export function parseIsoInstant(text: string, zone: string): number | null {
  const m = ISO_8601.exec(text.trim());
  if (!m) return null;
  const wall: WallClock = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
    millisecond: Number(((m[7] ?? "") + "000").slice(0, 3)),
  };
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond);
  const check = new Date(asUtc);
  // Reject 2026-02-30, 25:00 and the like (Date.UTC would silently roll them over).
  if (
    check.getUTCFullYear() !== wall.year ||
    check.getUTCMonth() !== wall.month - 1 ||
    check.getUTCDate() !== wall.day ||
    check.getUTCHours() !== wall.hour ||
    check.getUTCMinutes() !== wall.minute
  ) {
    return null;
  }
  const offset = m[8];
  if (!offset) return wallClockToInstant(wall, zone, null);
  if (offset.toUpperCase() === "Z") return asUtc;
  const sign = offset.startsWith("-") ? -1 : 1;
  const digits = offset.slice(1).replace(":", "");
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
  if (minutes > 18 * 60) return null;
  return asUtc - sign * minutes * 60_000;
}

// ---------------------------------------------------------------------------
// Time zones

const ianaCheckCache = new Map<string, boolean>();

function isIanaZone(name: string): boolean {
  let ok = ianaCheckCache.get(name);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: name });
      ok = true;
    } catch {
      ok = false;
    }
    ianaCheckCache.set(name, ok);
  }
  return ok;
}

/** Windows zone name (as Outlook reports it) or IANA name -> IANA name, null when unknown. */
export function resolveZone(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return null;
  const mapped = findIana(trimmed);
  const first = mapped?.[0];
  if (first && isIanaZone(first)) return first;
  return isIanaZone(trimmed) ? trimmed : null;
}

const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes the zone is ahead of UTC at that instant (+60 for Copenhagen in winter). */
export function zoneOffsetMinutes(instant: number, zone: string): number {
  let fmt = zoneFormatters.get(zone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    zoneFormatters.set(zone, fmt);
  }
  const parts: Record<string, number> = {};
  for (const part of fmt.formatToParts(new Date(instant))) parts[part.type] = Number(part.value);
  const wallAsUtc = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  const wholeSeconds = Math.floor(instant / 1000) * 1000;
  return Math.round((wallAsUtc - wholeSeconds) / 60_000);
}

/**
 * The instant a wall-clock time in `zone` stands for. In the autumn overlap the
 * `preferredOffset` picks between the two candidates (else the earlier); in the
 * spring gap the time moves forward, as JavaScript's Date does.
 */
export function wallClockToInstant(wall: WallClock, zone: string, preferredOffset: number | null): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond);
  const offsets = new Set([zoneOffsetMinutes(asUtc - 12 * 3_600_000, zone), zoneOffsetMinutes(asUtc + 12 * 3_600_000, zone)]);
  const candidates = [...offsets]
    .map((offset) => ({ offset, instant: asUtc - offset * 60_000 }))
    .filter((c) => zoneOffsetMinutes(c.instant, zone) === c.offset)
    .sort((a, b) => a.instant - b.instant);
  const preferred = candidates.find((c) => c.offset === preferredOffset);
  const chosen = preferred ?? candidates[0];
  if (chosen) return chosen.instant;
  return asUtc - Math.min(...offsets) * 60_000;
}


/** The offset an ISO 8601 text carries, in minutes ahead of UTC; null without one. */
function isoOffsetMinutes(text: string): number | null {
  const m = ISO_8601.exec(text.trim());
  const offset = m?.[8];
  if (!offset) return null;
  if (offset.toUpperCase() === "Z") return 0;
  const digits = offset.slice(1).replace(":", "");
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
  return offset.startsWith("-") ? -minutes : minutes;
}

/**
 * The zone the host converts in: the user's zone where it can be mapped; for a
 * name that cannot, the offset of the item's own start (what Outlook showed the
 * fixture's author), else UTC.
 */
export function hostZone(timeZone: string, itemStart: unknown): string {
  const known = resolveZone(timeZone);
  if (known) return known;
  const offset = typeof itemStart === "string" ? isoOffsetMinutes(itemStart) : null;
  return zoneForOffset(offset ?? 0);
}
