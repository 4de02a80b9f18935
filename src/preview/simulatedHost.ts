// A simulated Outlook host: installs an `Office` object on a window that behaves
// like Office.js for one fixture (see the fixture README in the shared folder:
// the format is a contract). The preview page and the adapter tests drive the
// real `officeAdapter` against it, so it is deliberately as strict as Outlook:
// members exist only in the mode and requirement set that has them, limits are
// enforced, callbacks arrive asynchronously with Office's AsyncResult shape,
// and every call is logged at `window.__simulatedMailbox.calls`.
//
// Choices the Office documentation leaves open, made here once:
// - `__simulatedMailbox.item` shows dates as UTC ISO strings ending in "Z".
// - Numeric codes Outlook does not document are this simulator's: see ERRORS.
// - A fixture failure for a display form (e.g. `item.displayReplyForm`) also makes
//   its `...Async` twin call back failed, so one fixture line covers every host.
// - A fixture date without an offset is read as wall-clock time in the user's zone.
// - Outlook on the web's limit of three async calls in flight applies on
//   `OfficeOnline`; the fourth calls back failed with code 5001.

import { findIana } from "windows-iana";
import { fixtureItemId, installSimulatedGraph } from "./simulatedGraph";

// ---------------------------------------------------------------------------
// Fixture format

export type FixturePlatform = "OfficeOnline" | "PC" | "Mac" | "iOS" | "Android";
export type FixtureResponse = "organizer" | "accepted" | "tentative" | "declined" | "none";

export interface FixtureAddress {
  displayName: string;
  emailAddress: string;
  appointmentResponse?: FixtureResponse;
}

export interface FixtureBody {
  type: "html" | "text";
  content: string;
}

export interface FixtureRecurrence {
  recurrenceType: string;
  interval?: number;
  [key: string]: unknown;
}

export interface FixtureAppointment {
  itemType: "appointment";
  subject: string;
  /** ISO 8601 as given in the fixture; after a change, UTC ("...Z"). */
  start: string | null;
  end: string | null;
  location: string;
  organizer: FixtureAddress | null;
  requiredAttendees: FixtureAddress[];
  optionalAttendees: FixtureAddress[];
  body: FixtureBody;
  isAllDayEvent: boolean;
  recurrence: FixtureRecurrence | null;
  seriesId: string | null;
}

export interface FixtureMessage {
  itemType: "message";
  subject: string;
}

export type FixtureItem = FixtureAppointment | FixtureMessage;

export interface FixtureFailure {
  api: string;
  code: number;
  message: string;
  /** Office's error name; derived from the code when the fixture gives none. */
  name: string;
}

export interface Fixture {
  name: string;
  description: string;
  host: { platform: FixturePlatform; displayLanguage: string; theme: "light" | "dark"; mailboxVersion: string };
  user: { displayName: string; emailAddress: string; timeZone: string };
  mode: "read" | "compose";
  item: FixtureItem | null;
  roamingSettings: Record<string, unknown>;
  failures: FixtureFailure[];
}

/** A fixture that does not follow the format; the message names the field. */
export class FixtureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FixtureError";
  }
}

// ---------------------------------------------------------------------------
// What the simulated host records

export interface RecordedCall {
  /** Dotted path from Office.context.mailbox ("item.end.setAsync"), or "roamingSettings.*", "requirements.*", "window.alert". */
  api: string;
  /** Arguments without callbacks; Dates as ISO strings. */
  args: unknown[];
}

export interface FormRecipient {
  displayName: string;
  emailAddress: string;
}

/** A window Outlook would now show: what the user sees after a display* call. */
export interface OpenedForm {
  kind: "reply" | "replyAll" | "newMessage" | "newAppointment";
  to: FormRecipient[];
  cc: FormRecipient[];
  subject: string;
  htmlBody: string;
  /** New appointment forms only (UTC ISO strings). */
  start?: string | null;
  end?: string | null;
  location?: string;
}

export interface SimulatedMailbox {
  readonly fixture: Fixture;
  /** Every Office.js call, in order. */
  calls: RecordedCall[];
  /** The item as it now stands, in the fixture's shape (dates UTC, "Z"). */
  item: FixtureItem | null;
  /** Windows the add-in opened (reply, reply all, new message, new appointment). */
  forms: OpenedForm[];
  /** Roaming settings as last saved with saveAsync (the fixture's until then). */
  savedSettings: Record<string, unknown>;
  /** Most async calls ever in flight at once. */
  peakInFlight: number;
  /** Increases on every change above; handy as a snapshot key. */
  revision: number;
  /** Called (in a microtask, batched) after calls, item, forms or settings change. Returns an unsubscribe. */
  onChange(listener: (mailbox: SimulatedMailbox) => void): () => void;
  /** Removes `Office` and restores alert/confirm/prompt and history as they were. */
  uninstall(): void;
}

export interface SimulatedHostOptions {
  /** Delay before each async callback, in ms (default 0: next macrotask). */
  latencyMs?: number;
}

// ---------------------------------------------------------------------------
// Parsing

const PLATFORMS: readonly FixturePlatform[] = ["OfficeOnline", "PC", "Mac", "iOS", "Android"];
const RESPONSES: readonly FixtureResponse[] = ["organizer", "accepted", "tentative", "declined", "none"];

/** Used when a fixture leaves mailboxVersion out: the level of the sample fixtures. */
const DEFAULT_MAILBOX_VERSION = "1.13";

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function optionalString(obj: JsonObject, key: string, path: string, fallback: string): string {
  const value = obj[key];
  if (value === undefined || value === null) return fallback;
  if (typeof value !== "string") throw new FixtureError(`${path}.${key} must be a string`);
  return value;
}

function optionalObject(obj: JsonObject, key: string, path: string): JsonObject {
  const value = obj[key];
  if (value === undefined || value === null) return {};
  if (!isObject(value)) throw new FixtureError(`${path}.${key} must be an object`);
  return value;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], path: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new FixtureError(`${path} must be one of ${allowed.join(", ")} (got "${value}")`);
  }
  return value as T;
}

function parseAddress(value: unknown, path: string, withResponse: boolean): FixtureAddress {
  if (!isObject(value)) throw new FixtureError(`${path} must be an object with displayName and emailAddress`);
  const address: FixtureAddress = {
    displayName: optionalString(value, "displayName", path, ""),
    emailAddress: optionalString(value, "emailAddress", path, ""),
  };
  if (withResponse && value.appointmentResponse !== undefined && value.appointmentResponse !== null) {
    if (typeof value.appointmentResponse !== "string") throw new FixtureError(`${path}.appointmentResponse must be a string`);
    address.appointmentResponse = oneOf(value.appointmentResponse, RESPONSES, `${path}.appointmentResponse`);
  }
  return address;
}

function parseAddressList(obj: JsonObject, key: string, path: string): FixtureAddress[] {
  const value = obj[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new FixtureError(`${path}.${key} must be an array`);
  return value.map((entry, i) => parseAddress(entry, `${path}.${key}[${i}]`, true));
}

const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/** Parses ISO 8601 into an instant; without an offset, the wall time is read in `zone`. Null when invalid. */
function parseIsoInstant(text: string, zone: string): number | null {
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

function parseDateField(obj: JsonObject, key: string, path: string, zone: string): string | null {
  const value = obj[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== "string" || parseIsoInstant(value, zone) === null) {
    throw new FixtureError(`${path}.${key} is not an ISO 8601 date (e.g. "2026-11-24T09:00:00+01:00")`);
  }
  return value;
}

function parseRecurrence(value: unknown, path: string): FixtureRecurrence | null {
  if (value === undefined || value === null) return null;
  if (!isObject(value)) throw new FixtureError(`${path} must be an object or null`);
  if (typeof value.recurrenceType !== "string") throw new FixtureError(`${path}.recurrenceType must be a string`);
  if (value.interval !== undefined && (typeof value.interval !== "number" || !Number.isInteger(value.interval) || value.interval < 1)) {
    throw new FixtureError(`${path}.interval must be a positive whole number`);
  }
  return { ...value, recurrenceType: value.recurrenceType } as FixtureRecurrence;
}

function parseItem(value: unknown, zone: string): FixtureItem | null {
  const path = "fixture.item";
  if (value === undefined || value === null) return null;
  if (!isObject(value)) throw new FixtureError(`${path} must be an object or null`);
  const itemType = oneOf(optionalString(value, "itemType", path, "appointment"), ["appointment", "message"] as const, `${path}.itemType`);
  const subject = optionalString(value, "subject", path, "");
  if (itemType === "message") return { itemType, subject };

  const bodyObj = optionalObject(value, "body", path);
  const body: FixtureBody = {
    type: oneOf(optionalString(bodyObj, "type", `${path}.body`, "html"), ["html", "text"] as const, `${path}.body.type`),
    content: optionalString(bodyObj, "content", `${path}.body`, ""),
  };
  const organizer = value.organizer === undefined || value.organizer === null ? null : parseAddress(value.organizer, `${path}.organizer`, false);
  const isAllDay = value.isAllDayEvent;
  if (isAllDay !== undefined && isAllDay !== null && typeof isAllDay !== "boolean") throw new FixtureError(`${path}.isAllDayEvent must be true or false`);
  const seriesId = value.seriesId;
  if (seriesId !== undefined && seriesId !== null && typeof seriesId !== "string") throw new FixtureError(`${path}.seriesId must be a string or null`);

  return {
    itemType,
    subject,
    start: parseDateField(value, "start", path, zone),
    end: parseDateField(value, "end", path, zone),
    location: optionalString(value, "location", path, ""),
    organizer,
    requiredAttendees: parseAddressList(value, "requiredAttendees", path),
    optionalAttendees: parseAddressList(value, "optionalAttendees", path),
    body,
    isAllDayEvent: isAllDay === true,
    recurrence: parseRecurrence(value.recurrence, `${path}.recurrence`),
    seriesId: typeof seriesId === "string" ? seriesId : null,
  };
}

function parseFailures(value: unknown): FixtureFailure[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new FixtureError("fixture.failures must be an array");
  return value.map((entry, i) => {
    const path = `fixture.failures[${i}]`;
    if (!isObject(entry)) throw new FixtureError(`${path} must be an object with api and code`);
    if (typeof entry.api !== "string" || entry.api === "") throw new FixtureError(`${path}.api must name an Office.js call, e.g. "item.end.setAsync"`);
    if (typeof entry.code !== "number" || !Number.isInteger(entry.code)) throw new FixtureError(`${path}.code must be a whole number`);
    const name = optionalString(entry, "name", path, ERROR_NAMES_BY_CODE[entry.code] ?? "GenericResponseError");
    const message = optionalString(entry, "message", path, "An internal error has occurred.");
    return { api: entry.api, code: entry.code, message, name };
  });
}

function normalizeMailboxVersion(value: unknown): string {
  if (value === undefined || value === null) return DEFAULT_MAILBOX_VERSION;
  const text = typeof value === "number" ? String(value) : value;
  if (typeof text !== "string" || !/^1\.\d{1,2}$/.test(text.trim())) {
    throw new FixtureError(`fixture.host.mailboxVersion must be a Mailbox requirement set such as "1.13"`);
  }
  return text.trim();
}

/** Checks a fixture against the format and fills in what Outlook would give for missing optional fields. */
export function parseFixture(json: unknown): Fixture {
  if (!isObject(json)) throw new FixtureError("fixture must be a JSON object");
  if (typeof json.name !== "string" || json.name.trim() === "") throw new FixtureError("fixture.name is required (a non-empty string)");

  const host = optionalObject(json, "host", "fixture");
  const user = optionalObject(json, "user", "fixture");
  const timeZone = optionalString(user, "timeZone", "fixture.user", "UTC");
  const zone = resolveZone(timeZone);
  if (zone === null) throw new FixtureError(`fixture.user.timeZone "${timeZone}" is neither a Windows time zone name nor an IANA zone`);

  const roaming = json.roamingSettings;
  if (roaming !== undefined && roaming !== null && !isObject(roaming)) throw new FixtureError("fixture.roamingSettings must be an object");

  return {
    name: json.name,
    description: optionalString(json, "description", "fixture", ""),
    host: {
      platform: oneOf(optionalString(host, "platform", "fixture.host", "OfficeOnline"), PLATFORMS, "fixture.host.platform"),
      displayLanguage: optionalString(host, "displayLanguage", "fixture.host", "en-US"),
      theme: oneOf(optionalString(host, "theme", "fixture.host", "light"), ["light", "dark"] as const, "fixture.host.theme"),
      mailboxVersion: normalizeMailboxVersion(host.mailboxVersion),
    },
    user: {
      displayName: optionalString(user, "displayName", "fixture.user", ""),
      emailAddress: optionalString(user, "emailAddress", "fixture.user", ""),
      timeZone,
    },
    mode: oneOf(optionalString(json, "mode", "fixture", "read"), ["read", "compose"] as const, "fixture.mode"),
    item: parseItem(json.item, zone),
    roamingSettings: isObject(roaming) ? (cloneJson(roaming) as JsonObject) : {},
    failures: parseFailures(json.failures),
  };
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
function resolveZone(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return null;
  const mapped = findIana(trimmed);
  const first = mapped?.[0];
  if (first && isIanaZone(first)) return first;
  return isIanaZone(trimmed) ? trimmed : null;
}

const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes the zone is ahead of UTC at that instant (+60 for Copenhagen in winter). */
function zoneOffsetMinutes(instant: number, zone: string): number {
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
function wallClockToInstant(wall: WallClock, zone: string, preferredOffset: number | null): number {
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

// ---------------------------------------------------------------------------
// Body coercion (what Outlook's Text and Html coercions give)

const BLOCK_TAGS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER",
  "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "TABLE", "TR", "UL",
]);
const SKIPPED_TAGS = new Set(["SCRIPT", "STYLE", "HEAD", "TITLE", "TEMPLATE", "NOSCRIPT"]);

/** Text coercion of an HTML body: its text content, one line per block element or list item. */
export function htmlToText(html: string, parser: DOMParser): string {
  const doc = parser.parseFromString(html, "text/html");
  const lines: string[] = [];
  let current = "";
  const flush = () => {
    const line = current.replace(/\s+/g, " ").trim();
    if (line) lines.push(line);
    current = "";
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3 /* TEXT_NODE */) {
      current += (node as Text).data;
      return;
    }
    if (node.nodeType !== 1 /* ELEMENT_NODE */) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === "BR") {
      flush();
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    node.childNodes.forEach(walk);
    if (block) flush();
    else if (tag === "TD" || tag === "TH") current += " ";
  };
  doc.body.childNodes.forEach(walk);
  flush();
  return lines.join("\n");
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** Html coercion of a text body: the text escaped, one <p> per line. */
export function textToHtml(text: string): string {
  if (text === "") return "";
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => `<p>${line === "" ? "<br>" : escapeHtml(line)}</p>`)
    .join("");
}

// ---------------------------------------------------------------------------
// Errors, as Office reports them

interface OfficeErrorShape {
  code: number;
  name: string;
  message: string;
}

/**
 * Outlook's error names; the numeric codes of the Outlook-specific ones are not
 * in Microsoft's published table, so these follow what Outlook has been seen to
 * return (9000 AttachmentSizeExceeded, 9017 AccessRestricted, ...).
 */
const ERRORS = {
  invalidEndTime: { code: 9010, name: "InvalidEndTime", message: "The end time cannot be before the start time." },
  recipientsExceeded: { code: 9012, name: "NumberOfRecipientsExceeded", message: "The total number of recipients in the field can't exceed 100." },
  dataTooLarge: { code: 9014, name: "DataExceedsMaximumSize", message: "The data exceeds the maximum size allowed." },
  invalidFormat: { code: 2006, name: "InvalidFormatError", message: "The format of the specified data object is not valid." },
  settingsTooLarge: { code: 9057, name: "SizeLimitExceeded", message: "A maximum of 32KB is available for the settings of each add-in." },
  tooManyCalls: {
    code: 5001,
    name: "Internal Error",
    message: "An internal error has occurred. (Outlook on the web runs at most 3 Office.js async calls at once; this was the fourth.)",
  },
} satisfies Record<string, OfficeErrorShape>;

const ERROR_NAMES_BY_CODE: Record<number, string> = {
  5000: "Not supported",
  5001: "Internal Error",
  5009: "Permission Denied",
  9000: "AttachmentSizeExceeded",
  9010: "InvalidEndTime",
  9012: "NumberOfRecipientsExceeded",
  9014: "DataExceedsMaximumSize",
  9016: "PermissionDenied",
  9017: "AccessRestricted",
  9018: "GenericTokenError",
  9020: "GenericResponseError",
  9021: "SaveError",
  9022: "MessageInDifferentStoreError",
  9041: "NetworkError",
  9057: "SizeLimitExceeded",
};

/** What Office.js throws for a bad argument or an over-limit display form. */
function argumentError(parameter: string, detail: string): Error {
  const error = new Error(`${detail} Parameter name: ${parameter}`);
  error.name = "Sys.ArgumentException";
  return error;
}

function failureAsThrown(failure: FixtureFailure): Error {
  const error = new Error(failure.message) as Error & { code: number };
  error.name = failure.name;
  error.code = failure.code;
  return error;
}

// ---------------------------------------------------------------------------
// Small helpers

function cloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** Call-log form of an argument: Dates as ISO strings, functions left out. */
function toLogValue(value: unknown, depth = 0): unknown {
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
function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}

function parseVersion(value: unknown): [number, number] | null {
  if (typeof value !== "string" && typeof value !== "number") return null;
  const m = /^\s*(\d+)(?:\.(\d+))?\s*$/.exec(String(value));
  if (!m) return null;
  return [Number(m[1]), Number(m[2] ?? 0)];
}

function domainOf(email: string): string {
  const at = email.lastIndexOf("@");
  return at < 0 ? "" : email.slice(at + 1).toLowerCase();
}

const THEMES = {
  light: { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#242424", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#242424" },
  dark: { bodyBackgroundColor: "#292929", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#1F1F1F", controlForegroundColor: "#FFFFFF" },
} as const;

const HOST_NAMES: Record<FixturePlatform, string> = {
  OfficeOnline: "OutlookWebApp",
  PC: "Outlook",
  Mac: "Outlook",
  iOS: "OutlookIOS",
  Android: "OutlookAndroid",
};

/** Limits from Outlook's "limits for JavaScript API" article. */
const LIMITS = {
  formBodyChars: 32 * 1024,
  recipientsPerField: 100,
  subjectChars: 255,
  locationChars: 255,
  bodyWriteChars: 1_000_000,
  settingsBytes: 32 * 1024,
  concurrentCalls: 3,
};

type AsyncCallback = (result: unknown) => void;
type Outcome = { value: unknown } | { error: OfficeErrorShape };

interface AppointmentState {
  itemType: "appointment";
  subject: string;
  start: number | null;
  end: number | null;
  location: string;
  organizer: FixtureAddress | null;
  requiredAttendees: FixtureAddress[];
  optionalAttendees: FixtureAddress[];
  body: FixtureBody;
  isAllDayEvent: boolean;
  recurrence: FixtureRecurrence | null;
  seriesId: string | null;
}

interface MessageState {
  itemType: "message";
  subject: string;
}

/** What install() changed on the window, so uninstall() can put it back. */
interface WindowOriginals {
  hadOffice: boolean;
  office: unknown;
  alert: unknown;
  confirm: unknown;
  prompt: unknown;
  pushState: PropertyDescriptor | undefined;
  replaceState: PropertyDescriptor | undefined;
}

/** The window as this module writes to it (`Office` typed loosely: it is a look-alike). */
type HostWindow = Window & { Office?: unknown; __simulatedMailbox?: SimulatedMailbox };

const ORIGINALS = Symbol.for("offramp.simulatedHost.originals");

// ---------------------------------------------------------------------------
// Installation

/**
 * Installs an Office.js look-alike for `fixture` on `win` (window.Office) and
 * returns the recorder, also exposed as `win.__simulatedMailbox`. Calling it again
 * (another fixture) first uninstalls the previous host.
 */
export function installSimulatedHost(
  fixture: unknown,
  win: Window & typeof globalThis = window,
  options: SimulatedHostOptions = {},
): SimulatedMailbox {
  const fx = parseFixture(fixture);
  const hostWin = win as unknown as HostWindow;
  hostWin.__simulatedMailbox?.uninstall();

  const zone = resolveZone(fx.user.timeZone) ?? "UTC";
  const [, minor] = parseVersion(fx.host.mailboxVersion) ?? [1, 1];
  /** Whether Mailbox 1.<n> is available on this host. */
  const supports = (setMinor: number) => minor >= setMinor;
  const latency = Math.max(0, options.latencyMs ?? 0);
  const parser = new win.DOMParser();
  const isRead = fx.mode === "read";

  // -- state --------------------------------------------------------------
  const toInstant = (iso: string | null) => (iso === null ? null : parseIsoInstant(iso, zone));
  const item: AppointmentState | MessageState | null =
    fx.item === null
      ? null
      : fx.item.itemType === "message"
        ? { itemType: "message", subject: fx.item.subject }
        : { ...cloneJson(fx.item), start: toInstant(fx.item.start), end: toInstant(fx.item.end) };
  let settings: JsonObject = cloneJson(fx.roamingSettings);
  let inFlight = 0;
  let installed = true;
  const listeners = new Set<(mailbox: SimulatedMailbox) => void>();
  let notifyScheduled = false;

  const itemView = (): FixtureItem | null => {
    if (item === null) return null;
    if (item.itemType === "message") return { itemType: "message", subject: item.subject };
    const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
    return { ...cloneJson({ ...item, start: null, end: null }), start: iso(item.start), end: iso(item.end) };
  };

  const mailbox: SimulatedMailbox = {
    fixture: fx,
    calls: [],
    item: itemView(),
    forms: [],
    savedSettings: cloneJson(fx.roamingSettings),
    peakInFlight: 0,
    revision: 0,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    uninstall() {
      if (!installed) return;
      installed = false;
      listeners.clear();
      graph.uninstall();
      restoreWindow(hostWin);
      if (hostWin.__simulatedMailbox === mailbox) delete hostWin.__simulatedMailbox;
    },
  };

  /** Publishes a change: new arrays/objects so React-style consumers see it. */
  const changed = (update: Partial<Pick<SimulatedMailbox, "calls" | "forms" | "savedSettings" | "peakInFlight">> = {}) => {
    Object.assign(mailbox, update);
    mailbox.item = itemView();
    mailbox.revision += 1;
    if (notifyScheduled || listeners.size === 0) return;
    notifyScheduled = true;
    queueMicrotask(() => {
      notifyScheduled = false;
      for (const listener of [...listeners]) {
        try {
          listener(mailbox);
        } catch (error) {
          // A broken listener must not break the host's own bookkeeping.
          console.error(error);
        }
      }
    });
  };

  const record = (api: string, args: unknown[]) => {
    changed({ calls: [...mailbox.calls, { api, args: args.map((a) => toLogValue(a)) }] });
  };

  const failureFor = (api: string): FixtureFailure | undefined =>
    fx.failures.find((f) => f.api === api) ?? (api.endsWith("FormAsync") ? fx.failures.find((f) => f.api === api.slice(0, -"Async".length)) : undefined);

  // -- async calls ----------------------------------------------------------
  /**
   * Builds an Office-style async method: `(required..., [options], [callback])`.
   * `validate` throws synchronously for bad arguments, as Office.js does (what it
   * returns is handed to `run`); `run` executes when the call completes and
   * returns the value or Office's error.
   */
  const asyncMethod =
    <P = void>(
      api: string,
      requiredArgs: number,
      run: (args: unknown[], options: JsonObject, prepared: P) => Outcome,
      validate?: (args: unknown[], options: JsonObject) => P,
    ) =>
    (...raw: unknown[]): void => {
      const callback = typeof raw[raw.length - 1] === "function" ? (raw.pop() as AsyncCallback) : undefined;
      const args = raw.slice(0, requiredArgs);
      const optionsArg = raw[requiredArgs];
      const opts = isObject(optionsArg) ? optionsArg : undefined;
      record(api, opts ? [...args, opts] : args);
      const prepared = validate?.(args, opts ?? {}) as P;

      const asyncContext = opts?.asyncContext;
      const deliver = (outcome: Outcome) => {
        const failed = "error" in outcome;
        callback?.({
          status: failed ? "failed" : "succeeded",
          value: failed ? undefined : outcome.value,
          error: failed ? { ...outcome.error } : undefined,
          asyncContext,
          diagnostics: undefined,
        });
      };

      if (fx.host.platform === "OfficeOnline" && inFlight >= LIMITS.concurrentCalls) {
        setTimeout(() => deliver({ error: ERRORS.tooManyCalls }), latency);
        return;
      }
      inFlight += 1;
      if (inFlight > mailbox.peakInFlight) changed({ peakInFlight: inFlight });
      setTimeout(() => {
        inFlight -= 1;
        const failure = failureFor(api);
        let outcome: Outcome;
        try {
          outcome = failure ? { error: { code: failure.code, name: failure.name, message: failure.message } } : run(args, opts ?? {}, prepared);
        } catch (error) {
          // A bug in the simulator must still call back, or the add-in would wait forever.
          console.error(error);
          outcome = { error: { code: 5001, name: "Internal Error", message: `An internal error has occurred. (${String(error)})` } };
        }
        if (!("error" in outcome)) changed();
        deliver(outcome);
      }, latency);
    };

  /** A synchronous Office method (display* forms): a fixture failure throws. */
  const syncMethod =
    <R>(api: string, run: (args: unknown[]) => R) =>
    (...args: unknown[]): R => {
      record(api, args);
      const failure = failureFor(api);
      if (failure) throw failureAsThrown(failure);
      return run(args);
    };

  const ok = (value?: unknown): Outcome => ({ value });

  // -- argument checks ------------------------------------------------------
  const requireDate = (parameter: string) => (args: unknown[]) => {
    const value = args[0];
    if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw argumentError(parameter, "A Date (in UTC) is expected.");
  };
  const requireString = (parameter: string) => (args: unknown[]) => {
    if (typeof args[0] !== "string") throw argumentError(parameter, "A string is expected.");
  };
  const coercionOf = (value: unknown, parameter: string): "text" | "html" => {
    if (value === "text" || value === "html") return value;
    throw argumentError(parameter, "The coercion type must be Office.CoercionType.Text or Office.CoercionType.Html.");
  };

  const normalizeRecipients = (value: unknown, parameter: string): FormRecipient[] => {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw argumentError(parameter, "An array of recipients is expected.");
    if (value.length > LIMITS.recipientsPerField) throw argumentError(parameter, `At most ${LIMITS.recipientsPerField} recipients are allowed.`);
    return value.map((r) => {
      if (typeof r === "string") return { displayName: r, emailAddress: r };
      if (isObject(r) && typeof r.emailAddress === "string") {
        return { displayName: typeof r.displayName === "string" ? r.displayName : r.emailAddress, emailAddress: r.emailAddress };
      }
      throw argumentError(parameter, "Each recipient must be an email address or an EmailAddressDetails object.");
    });
  };
  const checkSubject = (subject: unknown, parameter: string): string => {
    if (subject === undefined || subject === null) return "";
    if (typeof subject !== "string") throw argumentError(parameter, "A string is expected.");
    if (subject.length > LIMITS.subjectChars) throw argumentError(parameter, `The subject can't exceed ${LIMITS.subjectChars} characters.`);
    return subject;
  };
  const checkFormBody = (body: unknown, parameter: string): string => {
    if (body === undefined || body === null) return "";
    if (typeof body !== "string") throw argumentError(parameter, "A string is expected.");
    if (body.length > LIMITS.formBodyChars) throw argumentError(parameter, "The body can't exceed 32 KB.");
    return body;
  };
  const checkKnownKeys = (value: JsonObject, known: readonly string[], parameter: string) => {
    for (const key of Object.keys(value)) {
      if (!known.includes(key)) throw argumentError(parameter, `Unknown parameter "${key}".`);
    }
  };

  // -- forms ----------------------------------------------------------------
  const openForm = (form: OpenedForm) => changed({ forms: [...mailbox.forms, form] });
  const appointment = (): AppointmentState | null => (item !== null && item.itemType === "appointment" ? item : null);
  const userEmail = fx.user.emailAddress.toLowerCase();

  const replyForm = (all: boolean, formData: unknown): OpenedForm => {
    const parameter = "formData";
    let htmlBody: string;
    if (typeof formData === "string") htmlBody = checkFormBody(formData, parameter);
    else if (isObject(formData)) {
      checkKnownKeys(formData, ["htmlBody", "attachments", "options", "callback"], parameter);
      htmlBody = checkFormBody(formData.htmlBody, "htmlBody");
    } else throw argumentError(parameter, "An HTML string or a ReplyFormData object is expected.");
    const appt = appointment();
    const to: FormRecipient[] = [];
    const seen = new Set<string>();
    const add = (a: FixtureAddress | null) => {
      const key = a?.emailAddress.toLowerCase();
      if (!a || !key || seen.has(key) || key === userEmail) return;
      seen.add(key);
      to.push({ displayName: a.displayName, emailAddress: a.emailAddress });
    };
    add(appt?.organizer ?? null);
    if (all) [...(appt?.requiredAttendees ?? []), ...(appt?.optionalAttendees ?? [])].forEach(add);
    return { kind: all ? "replyAll" : "reply", to, cc: [], subject: `RE: ${item?.subject ?? ""}`, htmlBody };
  };

  const newMessageForm = (parameters: unknown): OpenedForm => {
    if (!isObject(parameters)) throw argumentError("parameters", "A MessageForm object is expected.");
    checkKnownKeys(parameters, ["toRecipients", "ccRecipients", "bccRecipients", "subject", "htmlBody", "attachments"], "parameters");
    normalizeRecipients(parameters.bccRecipients, "bccRecipients");
    return {
      kind: "newMessage",
      to: normalizeRecipients(parameters.toRecipients, "toRecipients"),
      cc: normalizeRecipients(parameters.ccRecipients, "ccRecipients"),
      subject: checkSubject(parameters.subject, "subject"),
      htmlBody: checkFormBody(parameters.htmlBody, "htmlBody"),
    };
  };

  const newAppointmentForm = (parameters: unknown): OpenedForm => {
    if (!isObject(parameters)) throw argumentError("parameters", "An AppointmentForm object is expected.");
    checkKnownKeys(parameters, ["requiredAttendees", "optionalAttendees", "resources", "start", "end", "location", "subject", "body"], "parameters");
    normalizeRecipients(parameters.resources, "resources");
    const time = (value: unknown, parameter: string): string | null => {
      if (value === undefined || value === null) return null;
      const date = value instanceof Date ? value : typeof value === "number" ? new Date(value) : null;
      if (!date || Number.isNaN(date.getTime())) throw argumentError(parameter, "A Date or a number of milliseconds is expected.");
      return date.toISOString();
    };
    const location = parameters.location;
    if (location !== undefined && (typeof location !== "string" || location.length > LIMITS.locationChars)) {
      throw argumentError("location", `A string of at most ${LIMITS.locationChars} characters is expected.`);
    }
    return {
      kind: "newAppointment",
      to: normalizeRecipients(parameters.requiredAttendees, "requiredAttendees"),
      cc: normalizeRecipients(parameters.optionalAttendees, "optionalAttendees"),
      subject: checkSubject(parameters.subject, "subject"),
      htmlBody: checkFormBody(parameters.body, "body"),
      start: time(parameters.start, "start"),
      end: time(parameters.end, "end"),
      location: typeof location === "string" ? location : "",
    };
  };

  // -- the item ---------------------------------------------------------------
  const addressDetails = (a: FixtureAddress, withResponse: boolean) => ({
    displayName: a.displayName,
    emailAddress: a.emailAddress,
    ...(withResponse ? { appointmentResponse: a.appointmentResponse ?? "none" } : {}),
    recipientType: domainOf(a.emailAddress) === domainOf(fx.user.emailAddress) ? "user" : "externalUser",
  });
  const officeRecurrence = (r: FixtureRecurrence | null) => {
    if (r === null) return null;
    const { recurrenceType, interval, recurrenceProperties, ...rest } = r;
    const props = isObject(recurrenceProperties) ? recurrenceProperties : {};
    return { ...cloneJson(rest), recurrenceType, recurrenceProperties: { ...cloneJson(props), ...(interval !== undefined ? { interval } : {}) } };
  };
  const itemId = fixtureItemId(fixture) ?? `AAMkSimulated${Array.from(fx.name).reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7).toString(16)}`;
  // Microsoft Graph through nested app authentication (the fixture's `graph`): see simulatedGraph.ts.
  const graph = installSimulatedGraph(fixture, { win, record, changed: () => changed(), latencyMs: latency }, itemId);

  const bodyAs = (body: FixtureBody, coercion: "text" | "html"): string => {
    if (coercion === body.type) return body.content;
    return coercion === "text" ? htmlToText(body.content, parser) : textToHtml(body.content);
  };
  /** Converts `data` given in `coercion` into the body's own format; null = Outlook refuses (HTML into a text body). */
  const intoBody = (body: FixtureBody, data: string, coercion: "text" | "html"): string | null => {
    if (coercion === body.type) return data;
    return coercion === "html" ? null : textToHtml(data);
  };
  /** Writers take `{coercionType}` in their options; Outlook's default is Text. */
  const coercionFromOptions = (options: JsonObject): "text" | "html" =>
    options.coercionType === undefined ? "text" : coercionOf(options.coercionType, "coercionType");

  /** Body object: the read-mode one has only getAsync (1.3); compose adds the writers. */
  const buildBody = (prefix: string, compose: boolean) => {
    const body: JsonObject = {};
    const current = () => appointment()?.body ?? { type: "html" as const, content: "" };
    if (supports(3)) {
      body.getAsync = asyncMethod(
        `${prefix}.getAsync`,
        1,
        (args) => ok(bodyAs(current(), args[0] as "text" | "html")),
        (args) => void coercionOf(args[0], "coercionType"),
      );
    }
    if (!compose) return body;
    body.getTypeAsync = asyncMethod(`${prefix}.getTypeAsync`, 0, () => ok(current().type));
    const write = (api: string, mode: "prepend" | "replace") =>
      asyncMethod(
        api,
        1,
        (args, options) => {
          const appt = appointment();
          if (!appt) return ok();
          const data = args[0] as string;
          if (data.length > LIMITS.bodyWriteChars) return { error: ERRORS.dataTooLarge };
          const converted = intoBody(appt.body, data, coercionFromOptions(options));
          if (converted === null) return { error: ERRORS.invalidFormat };
          appt.body = { type: appt.body.type, content: mode === "prepend" ? converted + appt.body.content : converted };
          return ok();
        },
        (args, options) => {
          requireString("data")(args);
          // A wrong coercion type throws at once, as in Office.js.
          coercionFromOptions(options);
        },
      );
    body.prependAsync = write(`${prefix}.prependAsync`, "prepend");
    if (supports(3)) body.setAsync = write(`${prefix}.setAsync`, "replace");
    return body;
  };

  const buildReadItem = (state: AppointmentState | MessageState) => {
    const obj: JsonObject = { itemType: state.itemType };
    const define = (key: string, get: () => unknown) => Object.defineProperty(obj, key, { get, enumerable: true });
    define("subject", () => state.subject);
    if (state.itemType === "message") {
      define("normalizedSubject", () => state.subject.replace(/^(re|fw|fwd|aw|sv|vs|rif|tr):\s*/i, ""));
      obj.itemId = itemId;
      return obj;
    }
    const appt = state;
    obj.itemId = itemId;
    obj.itemClass = appt.seriesId ? "IPM.Appointment.Occurrence" : "IPM.Appointment";
    define("normalizedSubject", () => appt.subject);
    define("start", () => (appt.start === null ? null : new Date(appt.start)));
    define("end", () => (appt.end === null ? null : new Date(appt.end)));
    define("location", () => appt.location);
    define("organizer", () => (appt.organizer ? addressDetails(appt.organizer, false) : null));
    define("requiredAttendees", () => appt.requiredAttendees.map((a) => addressDetails(a, true)));
    define("optionalAttendees", () => appt.optionalAttendees.map((a) => addressDetails(a, true)));
    obj.body = buildBody("item.body", false);
    if (supports(7)) {
      define("recurrence", () => officeRecurrence(appt.recurrence));
      define("seriesId", () => appt.seriesId);
    }
    obj.displayReplyForm = syncMethod("item.displayReplyForm", (args) => void openForm(replyForm(false, args[0])));
    obj.displayReplyAllForm = syncMethod("item.displayReplyAllForm", (args) => void openForm(replyForm(true, args[0])));
    if (supports(9)) {
      // The form opens when the call completes; over-limit data still throws at once.
      const displayAsync = (api: string, all: boolean) =>
        asyncMethod<OpenedForm>(
          api,
          1,
          (_args, _options, form) => {
            openForm(form);
            return ok();
          },
          (args) => replyForm(all, args[0]),
        );
      obj.displayReplyFormAsync = displayAsync("item.displayReplyFormAsync", false);
      obj.displayReplyAllFormAsync = displayAsync("item.displayReplyAllFormAsync", true);
    }
    return obj;
  };

  const property = (name: string, get: () => unknown, set?: { validate: (args: unknown[]) => void; apply: (value: unknown) => Outcome }) => {
    const obj: JsonObject = { getAsync: asyncMethod(`item.${name}.getAsync`, 0, () => ok(get())) };
    if (set) obj.setAsync = asyncMethod(`item.${name}.setAsync`, 1, (args) => set.apply(args[0]), set.validate);
    return obj;
  };

  const buildComposeItem = (state: AppointmentState | MessageState) => {
    const obj: JsonObject = { itemType: state.itemType };
    const subjectSetter = {
      validate: requireString("subject"),
      apply: (value: unknown) => {
        if ((value as string).length > LIMITS.subjectChars) return { error: ERRORS.dataTooLarge };
        state.subject = value as string;
        return ok();
      },
    };
    obj.subject = property("subject", () => state.subject, subjectSetter);
    if (state.itemType === "message") return obj;
    const appt = state;

    obj.start = property("start", () => (appt.start === null ? null : new Date(appt.start)), {
      validate: requireDate("dateTime"),
      apply: (value) => {
        const start = (value as Date).getTime();
        // Outlook keeps the duration: the end moves with the start.
        if (appt.start !== null && appt.end !== null) appt.end = start + (appt.end - appt.start);
        appt.start = start;
        return ok();
      },
    });
    obj.end = property("end", () => (appt.end === null ? null : new Date(appt.end)), {
      validate: requireDate("dateTime"),
      apply: (value) => {
        const end = (value as Date).getTime();
        if (appt.start !== null && end < appt.start) return { error: ERRORS.invalidEndTime };
        appt.end = end;
        return ok();
      },
    });
    obj.location = property("location", () => appt.location, {
      validate: requireString("location"),
      apply: (value) => {
        if ((value as string).length > LIMITS.locationChars) return { error: ERRORS.dataTooLarge };
        appt.location = value as string;
        return ok();
      },
    });
    if (supports(7)) {
      obj.organizer = { getAsync: asyncMethod("item.organizer.getAsync", 0, () => ok(appt.organizer ? addressDetails(appt.organizer, false) : null)) };
      obj.recurrence = { getAsync: asyncMethod("item.recurrence.getAsync", 0, () => ok(officeRecurrence(appt.recurrence))) };
      Object.defineProperty(obj, "seriesId", { get: () => appt.seriesId, enumerable: true });
    }
    const recipients = (field: "requiredAttendees" | "optionalAttendees") => {
      const toAddresses = (value: unknown): FixtureAddress[] | null => {
        if (!Array.isArray(value)) return null;
        return normalizeRecipients(value, "recipients").map((r) => ({ ...r, appointmentResponse: "none" as const }));
      };
      const validate = (args: unknown[]) => {
        if (!Array.isArray(args[0])) throw argumentError("recipients", "An array of recipients is expected.");
      };
      const write = (mode: "set" | "add") => (args: unknown[]): Outcome => {
        const list = args[0] as unknown[];
        if (list.length > LIMITS.recipientsPerField) return { error: ERRORS.recipientsExceeded };
        const parsed = toAddresses(list) ?? [];
        appt[field] = mode === "set" ? parsed : [...appt[field], ...parsed];
        return ok();
      };
      return {
        getAsync: asyncMethod(`item.${field}.getAsync`, 0, () => ok(appt[field].map((a) => addressDetails(a, true)))),
        setAsync: asyncMethod(`item.${field}.setAsync`, 1, write("set"), validate),
        addAsync: asyncMethod(`item.${field}.addAsync`, 1, write("add"), validate),
      };
    };
    obj.requiredAttendees = recipients("requiredAttendees");
    obj.optionalAttendees = recipients("optionalAttendees");
    obj.body = buildBody("item.body", true);
    if (supports(3)) obj.saveAsync = asyncMethod("item.saveAsync", 0, () => ok(itemId));
    if (supports(8)) obj.getItemIdAsync = asyncMethod("item.getItemIdAsync", 0, () => ok(itemId));
    return obj;
  };

  // -- mailbox, context, Office ----------------------------------------------
  const mailboxApi: JsonObject = {
    item: item === null ? null : isRead ? buildReadItem(item) : buildComposeItem(item),
    userProfile: {
      displayName: fx.user.displayName,
      emailAddress: fx.user.emailAddress,
      timeZone: fx.user.timeZone,
      ...(supports(6) ? { accountType: "office365" } : {}),
    },
    diagnostics: {
      hostName: HOST_NAMES[fx.host.platform],
      hostVersion: "16.0.0.0",
      ...(fx.host.platform === "OfficeOnline" ? { OWAView: "ThreeColumns" } : {}),
    },
    convertToLocalClientTime: (...args: unknown[]) => {
      record("convertToLocalClientTime", args);
      const date = args[0];
      if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw argumentError("timeValue", "A Date is expected.");
      const offset = zoneOffsetMinutes(date.getTime(), zone);
      const local = new Date(date.getTime() + offset * 60_000);
      return {
        year: local.getUTCFullYear(),
        month: local.getUTCMonth(), // 0-based, as Outlook gives it
        date: local.getUTCDate(),
        hours: local.getUTCHours(),
        minutes: local.getUTCMinutes(),
        seconds: local.getUTCSeconds(),
        milliseconds: local.getUTCMilliseconds(),
        timezoneOffset: offset,
      };
    },
    convertToUtcClientTime: (...args: unknown[]) => {
      record("convertToUtcClientTime", args);
      const input = args[0];
      const fields = ["year", "month", "date", "hours", "minutes"] as const;
      if (!isObject(input) || fields.some((f) => typeof input[f] !== "number")) {
        throw argumentError("input", "A LocalClientTime object is expected.");
      }
      const num = (key: string) => (typeof input[key] === "number" ? (input[key] as number) : 0);
      const asUtc = new Date(Date.UTC(num("year"), num("month"), num("date"), num("hours"), num("minutes"), num("seconds"), num("milliseconds")));
      const wall: WallClock = {
        year: asUtc.getUTCFullYear(),
        month: asUtc.getUTCMonth() + 1,
        day: asUtc.getUTCDate(),
        hour: asUtc.getUTCHours(),
        minute: asUtc.getUTCMinutes(),
        second: asUtc.getUTCSeconds(),
        millisecond: asUtc.getUTCMilliseconds(),
      };
      const preferred = typeof input.timezoneOffset === "number" ? input.timezoneOffset : null;
      return new Date(wallClockToInstant(wall, zone, preferred));
    },
  };
  if (supports(3)) mailboxApi.convertToRestId = graph.convertToRestId;
  // displayNew* forms are documented for read mode only (undefined in compose).
  if (isRead) {
    if (supports(6)) mailboxApi.displayNewMessageForm = syncMethod("displayNewMessageForm", (args) => void openForm(newMessageForm(args[0])));
    mailboxApi.displayNewAppointmentForm = syncMethod("displayNewAppointmentForm", (args) => void openForm(newAppointmentForm(args[0])));
    if (supports(9)) {
      const displayAsync = (api: string, build: (parameters: unknown) => OpenedForm) =>
        asyncMethod<OpenedForm>(
          api,
          1,
          (_args, _options, form) => {
            openForm(form);
            return ok();
          },
          (args) => build(args[0]),
        );
      mailboxApi.displayNewMessageFormAsync = displayAsync("displayNewMessageFormAsync", newMessageForm);
      mailboxApi.displayNewAppointmentFormAsync = displayAsync("displayNewAppointmentFormAsync", newAppointmentForm);
    }
  }

  const roamingSettings = {
    get: (...args: unknown[]) => {
      record("roamingSettings.get", args);
      const value = settings[String(args[0])];
      return cloneJson(value);
    },
    set: (...args: unknown[]) => {
      record("roamingSettings.set", args);
      if (typeof args[0] !== "string") throw argumentError("name", "A string is expected.");
      // Office stores the value's JSON form.
      settings = { ...settings, [args[0]]: cloneJson(args[1]) };
    },
    remove: (...args: unknown[]) => {
      record("roamingSettings.remove", args);
      const rest = { ...settings };
      delete rest[String(args[0])];
      settings = rest;
    },
    saveAsync: asyncMethod("roamingSettings.saveAsync", 0, () => {
      const size = utf8Length(JSON.stringify(settings));
      if (size > LIMITS.settingsBytes) return { error: ERRORS.settingsTooLarge };
      changed({ savedSettings: cloneJson(settings) });
      return ok();
    }),
  };

  const platform = fx.host.platform;
  const context: JsonObject = {
    platform,
    displayLanguage: fx.host.displayLanguage,
    contentLanguage: fx.host.displayLanguage,
    diagnostics: { host: "Outlook", platform, version: "16.0.0.0" },
    requirements: {
      isSetSupported: (...args: unknown[]) => {
        record("requirements.isSetSupported", args);
        if (typeof args[0] === "string" && args[0].toLowerCase() === "nestedappauth") return graph.supportsNestedAppAuth(args[1]);
        if (typeof args[0] !== "string" || args[0].toLowerCase() !== "mailbox") return false;
        if (args[1] === undefined || args[1] === null) return true;
        const wanted = parseVersion(args[1]);
        if (!wanted) return false;
        return wanted[0] < 1 || (wanted[0] === 1 && wanted[1] <= minor);
      },
    },
    roamingSettings,
    mailbox: mailboxApi,
  };
  if (supports(14)) context.officeTheme = { ...THEMES[fx.host.theme] };

  const info = { host: "Outlook", platform };
  const office = {
    onReady(callback?: (info: { host: string; platform: string }) => unknown) {
      return new Promise<{ host: string; platform: string }>((resolve) => {
        setTimeout(() => {
          callback?.({ ...info });
          resolve({ ...info });
        }, 0);
      });
    },
    context,
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Text: "text", Html: "html", Matrix: "matrix", Table: "table", Ooxml: "ooxml", SlideRange: "slideRange", Image: "image", XmlSvg: "xmlSvg" },
    HostType: { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
    EventType: { ItemChanged: "olkItemSelectedChanged", OfficeThemeChanged: "officeThemeChanged" },
    MailboxEnums: {
      ItemType: { Message: "message", Appointment: "appointment" },
      ResponseType: { None: "none", Organizer: "organizer", Tentative: "tentative", Accepted: "accepted", Declined: "declined" },
      RecipientType: { DistributionList: "distributionList", User: "user", ExternalUser: "externalUser", Other: "other" },
      RecurrenceType: { Daily: "daily", Weekday: "weekday", Weekly: "weekly", Monthly: "monthly", Yearly: "yearly" },
      BodyType: { Html: "html", Text: "text" },
      RestVersion: { v1_0: "v1.0", v2_0: "v2.0", Beta: "beta" },
    },
  };

  // -- the window -------------------------------------------------------------
  const stash = win as unknown as Record<symbol, WindowOriginals | undefined>;
  if (!stash[ORIGINALS]) {
    stash[ORIGINALS] = {
      hadOffice: "Office" in hostWin,
      office: hostWin.Office,
      alert: win.alert,
      confirm: win.confirm,
      prompt: win.prompt,
      pushState: Object.getOwnPropertyDescriptor(win.history, "pushState"),
      replaceState: Object.getOwnPropertyDescriptor(win.history, "replaceState"),
    };
  }
  hostWin.Office = office;
  // Office.js does this (hash or memory routers keep working); the add-in must cope.
  const history = win.history as unknown as Record<string, unknown>;
  history.pushState = null;
  history.replaceState = null;
  // Modal dialogs are not allowed in add-ins: record them instead of blocking.
  win.alert = (...args: unknown[]) => record("window.alert", args);
  win.confirm = (...args: unknown[]) => {
    record("window.confirm", args);
    return false;
  };
  win.prompt = (...args: unknown[]) => {
    record("window.prompt", args);
    return null;
  };
  hostWin.__simulatedMailbox = mailbox;
  return mailbox;
}

function restoreWindow(win: HostWindow): void {
  const stash = win as unknown as Record<symbol, WindowOriginals | undefined>;
  const originals = stash[ORIGINALS];
  if (!originals) return;
  if (originals.hadOffice) win.Office = originals.office;
  else delete win.Office;
  win.alert = originals.alert as typeof win.alert;
  win.confirm = originals.confirm as typeof win.confirm;
  win.prompt = originals.prompt as typeof win.prompt;
  const history = win.history as unknown as Record<string, unknown>;
  for (const key of ["pushState", "replaceState"] as const) {
    const descriptor = originals[key];
    if (descriptor) Object.defineProperty(history, key, descriptor);
    else delete history[key];
  }
  delete stash[ORIGINALS];
}
