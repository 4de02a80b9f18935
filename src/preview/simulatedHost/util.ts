// Small helpers of the simulated host, and Outlook's documented limits.

import type { FixturePlatform } from "./types";

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------------------
// Small helpers

export function cloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** Call-log form of an argument: Dates as ISO strings, functions left out. */
export function toLogValue(value: unknown, depth = 0): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
  if (typeof value === "function" || depth > 8) return undefined;
  if (Array.isArray(value)) return value.filter((v) => typeof v !== "function").map((v) => toLogValue(v, depth + 1));
  if (isObject(value)) {
    const out: JsonObject = {};
    for (const [key, v] of Object.entries(value)) {
      if (typeof v !== "function") out[key] = toLogValue(v, depth + 1);
    }
    return out;
  }
  return value;
}

/** UTF-8 size of a string (TextEncoder is missing in some test environments). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}

export function parseVersion(value: unknown): [number, number] | null {
  if (typeof value !== "string" && typeof value !== "number") return null;
  const m = /^\s*(\d+)(?:\.(\d+))?\s*$/.exec(String(value));
  if (!m) return null;
  return [Number(m[1]), Number(m[2] ?? 0)];
}

export function domainOf(email: string): string {
  const at = email.lastIndexOf("@");
  return at < 0 ? "" : email.slice(at + 1).toLowerCase();
}

export const THEMES = {
  light: { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#242424", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#242424" },
  dark: { bodyBackgroundColor: "#292929", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#1F1F1F", controlForegroundColor: "#FFFFFF" },
} as const;

export const HOST_NAMES: Record<FixturePlatform, string> = {
  OfficeOnline: "OutlookWebApp",
  PC: "Outlook",
  Mac: "Outlook",
  iOS: "OutlookIOS",
  Android: "OutlookAndroid",
};

/** Outlook on iOS and Android: no reply or new-item forms, no convertToRestId, three calls at a time. */
export const isMobile = (platform: FixturePlatform): boolean => platform === "iOS" || platform === "Android";

/**
 * How many people Outlook returns in requiredAttendees or optionalAttendees (Office.js
 * reference): 100 on iOS, Android and Outlook for Mac (the new Mac has no cap; the stricter
 * classic one is what the host plays), 500 in classic Outlook for Windows up to Mailbox 1.15,
 * 1,000 on the web, in new Outlook and in later classic Windows builds.
 */
export function attendeesReturned(platform: FixturePlatform, mailboxMinor: number): number {
  if (platform === "Mac" || isMobile(platform)) return 100;
  if (platform === "PC" && mailboxMinor <= 15) return 500;
  return 1000;
}

/** Limits from Outlook's "limits for JavaScript API" article. */
export const LIMITS = {
  /** 32 KB, read strictly: UTF-8 bytes, as for roaming settings (the article does not say characters). */
  formBodyBytes: 32 * 1024,
  recipientsPerField: 100,
  subjectChars: 255,
  locationChars: 255,
  bodyWriteChars: 1_000_000,
  settingsBytes: 32 * 1024,
  concurrentCalls: 3,
};
