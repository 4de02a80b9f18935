// Reading a fixture: checks it against the format and fills in what Outlook
// would give for missing optional fields.

import { ERROR_NAMES_BY_CODE } from "./errors";
import { FAILABLE_CALLS } from "./officeCalls";
import { hostZone, parseIsoInstant } from "./time";
import { cloneJson, isObject, type JsonObject } from "./util";
import {
  FixtureError,
  type Fixture,
  type FixtureAddress,
  type FixtureBody,
  type FixtureFailure,
  type FixtureItem,
  type FixtureLocation,
  type FixturePlatform,
  type FixtureRecurrence,
  type FixtureResponse,
} from "./types";

// ---------------------------------------------------------------------------
// Parsing

const PLATFORMS: readonly FixturePlatform[] = ["OfficeOnline", "PC", "Mac", "iOS", "Android"];
const RESPONSES: readonly FixtureResponse[] = ["organizer", "accepted", "tentative", "declined", "none"];

/** Used when a fixture leaves mailboxVersion out: the level of the sample fixtures. */
const DEFAULT_MAILBOX_VERSION = "1.13";


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

/** The places of enhancedLocation: the fixture's own, or the location text's parts as custom places. */
function parseLocations(value: unknown, location: string, path: string): FixtureLocation[] {
  if (value === undefined || value === null) {
    return location
      .split(";")
      .map((part) => part.trim())
      .filter(Boolean)
      .map((displayName) => ({ displayName, emailAddress: "", type: "custom" as const }));
  }
  if (!Array.isArray(value)) throw new FixtureError(`${path} must be an array`);
  return value.map((entry, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(entry)) throw new FixtureError(`${at} must be an object with displayName`);
    return {
      displayName: optionalString(entry, "displayName", at, ""),
      emailAddress: optionalString(entry, "emailAddress", at, ""),
      type: oneOf(optionalString(entry, "type", at, "custom"), ["room", "custom"] as const, `${at}.type`),
    };
  });
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
  // Read by the simulated Graph (absent = true): "false" as a string would silently mean true there.
  const proposals = value.allowNewTimeProposals;
  if (proposals !== undefined && typeof proposals !== "boolean") throw new FixtureError(`${path}.allowNewTimeProposals must be true or false`);
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
    enhancedLocation: parseLocations(value.enhancedLocation, optionalString(value, "location", path, ""), `${path}.enhancedLocation`),
  };
}

function parseFailures(value: unknown): FixtureFailure[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new FixtureError("fixture.failures must be an array");
  return value.map((entry, i) => {
    const path = `fixture.failures[${i}]`;
    if (!isObject(entry)) throw new FixtureError(`${path} must be an object with api and code`);
    if (typeof entry.api !== "string" || entry.api === "") throw new FixtureError(`${path}.api must name an Office.js call, e.g. "item.end.setAsync"`);
    if (!FAILABLE_CALLS.has(entry.api)) {
      throw new FixtureError(`${path}.api "${entry.api}" is not an Office.js call the simulated host makes, so it could never fail (names as the call log writes them, e.g. "item.location.setAsync")`);
    }
    if (entry.hang !== undefined && entry.hang !== null && typeof entry.hang !== "boolean") throw new FixtureError(`${path}.hang must be true or false`);
    const hang = entry.hang === true;
    // A lost call needs no error code: its callback never comes.
    const code = entry.code === undefined && hang ? 5001 : entry.code;
    if (typeof code !== "number" || !Number.isInteger(code)) throw new FixtureError(`${path}.code must be a whole number`);
    const name = optionalString(entry, "name", path, ERROR_NAMES_BY_CODE[code] ?? "GenericResponseError");
    const message = optionalString(entry, "message", path, "An internal error has occurred.");
    return { api: entry.api, code, message, name, hang };
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
  if (timeZone.trim() === "") throw new FixtureError("fixture.user.timeZone must name a time zone (Windows or IANA)");
  // A zone name nobody maps (a new Windows zone, a typo Outlook still knows) is Outlook's
  // business, not bad input: the host converts with the offset the fixture's own times show.
  const zone = hostZone(timeZone, isObject(json.item) ? json.item.start : null);

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

