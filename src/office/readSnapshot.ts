// Reading what the pane needs off Office.js, once, when it opens: plain data
// from Office values, read defensively (a member may be missing on this host,
// mode or requirement set).

import type { RawAddress, RawAppointment, RawItem, RawRecurrence, RawUser } from "../core/types";
import { toIanaZone, zoneForOffset } from "../core/timeZone";
import { SETTINGS_KEYS } from "../core/settings";
import { OfficeCallError, type Capabilities, type HostInfo, type MailboxMode, type MailboxSnapshot } from "./mailboxAdapter";
import { canReadHtml, textOfHtml } from "./bodyText";
import { hasMethod, isObject, member, optional, requirementSupported, type Loose, type OfficeCaller } from "./officeCalls";

/** The roaming-settings keys the pane reads (see the fixture README). */

export interface SnapshotEnv {
  caller: OfficeCaller;
  context(): unknown;
  mailbox(): unknown;
  isSetSupported(version: string): boolean;
  isAppointment(current: unknown): boolean;
  coercionFor(type: "html" | "text"): unknown;
}

// ---------------------------------------------------------------------------
// Plain data from Office values

export function asString(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

export function asDate(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : new Date(value.getTime());
  if (typeof value === "string" || typeof value === "number") {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  return null;
}

function asAddress(value: unknown): RawAddress | null {
  if (!isObject(value)) return null;
  return {
    displayName: asString(value.displayName),
    emailAddress: asString(value.emailAddress),
    appointmentResponse: asString(value.appointmentResponse),
  };
}

function asAddresses(value: unknown): RawAddress[] {
  if (!Array.isArray(value)) return [];
  return value.map(asAddress).filter((a): a is RawAddress => a !== null);
}

/** Office's Recurrence keeps the interval in recurrenceProperties; accept a flat one too. */
function asRecurrence(value: unknown): RawRecurrence | null {
  if (!isObject(value)) return null;
  const props = member(value, "recurrenceProperties");
  const interval = member(props, "interval") ?? value.interval;
  return {
    recurrenceType: asString(value.recurrenceType),
    interval: typeof interval === "number" ? interval : null,
  };
}

function themeOf(value: unknown): HostInfo["theme"] {
  if (!isObject(value)) return null;
  const { bodyBackgroundColor, bodyForegroundColor, controlBackgroundColor, controlForegroundColor } = value;
  if (
    typeof bodyBackgroundColor !== "string" ||
    typeof bodyForegroundColor !== "string" ||
    typeof controlBackgroundColor !== "string" ||
    typeof controlForegroundColor !== "string"
  ) {
    return null;
  }
  return { bodyBackgroundColor, bodyForegroundColor, controlBackgroundColor, controlForegroundColor };
}



/** The host's platform and language (plain properties, no call); the theme where Mailbox 1.14 has it. */
function readHost(env: SnapshotEnv, withTheme: boolean): HostInfo {
  const ctx = env.context();
  const platform = member(ctx, "platform");
  const language = member(ctx, "displayLanguage");
  return {
    platform: typeof platform === "string" ? platform : null,
    displayLanguage: typeof language === "string" && language ? language : "en-US",
    theme: withTheme && env.isSetSupported("1.14") ? themeOf(member(ctx, "officeTheme")) : null,
  };
}

/**
 * The host's part of the snapshot, as readSnapshot will have it, but at once: plain
 * properties, known as soon as Office.js is ready, before the event is read. Never throws:
 * a context whose properties throw (one being unloaded) reads as English and light here,
 * and its snapshot then fails with the reason, for the pane to show.
 */
export function readHostInfo(env: SnapshotEnv): HostInfo {
  try {
    // An Outlook below the minimum is asked for nothing it might not have (as its snapshot).
    return readHost(env, !belowMinimum(env));
  } catch {
    return { platform: null, displayLanguage: "en-US", theme: null };
  }
}

function readUser(env: SnapshotEnv): RawUser {
  const profile = member(env.mailbox(), "userProfile");
  return {
    displayName: asString(member(profile, "displayName")),
    emailAddress: asString(member(profile, "emailAddress")),
    timeZone: asString(member(profile, "timeZone")),
  };
}

function readSettings(env: SnapshotEnv): Record<string, unknown> {
  const roaming = member(env.context(), "roamingSettings");
  // No prototype: whatever Outlook hands back, a key like "constructor" reads only what was saved.
  const settings = Object.create(null) as Record<string, unknown>;
  if (!hasMethod(roaming, "get")) return settings;
  for (const key of SETTINGS_KEYS) {
    try {
      const value = (roaming as { get(name: string): unknown }).get(key);
      if (value !== undefined) settings[key] = value;
    } catch {
      // A setting Office cannot hand over is treated as never saved.
    }
  }
  return settings;
}

/**
 * The body as lines of text. Asked for as HTML and read here (./bodyText.ts): Outlook on the
 * web may run a list's items together when it coerces HTML to Text, and an agenda is usually
 * a list. Where Outlook cannot give the HTML, its Text it is.
 */
async function readBodyText(env: SnapshotEnv, current: unknown): Promise<string | null> {
  const body = member(current, "body");
  // Mailbox 1.3 is checked once, up front (readSnapshot); a read that fails gives no body, not an error.
  if (!hasMethod(body, "getAsync")) return null;
  const read = (type: "html" | "text") => env.caller.callAsync<unknown>("item.body.getAsync", body, "getAsync", [env.coercionFor(type)]).then(asString);
  if (canReadHtml()) {
    try {
      const html = await read("html");
      return html === null ? null : textOfHtml(html);
    } catch (error) {
      // Outlook did not answer at all: asking again, for Text, would make the pane wait twice as long.
      if (error instanceof OfficeCallError && error.kind === "timeout") return null;
    }
  }
  return optional(() => read("text"));
}

async function readMessage(env: SnapshotEnv, current: Loose): Promise<RawItem> {
  const subject = hasMethod(current.subject, "getAsync")
    ? await optional(() => env.caller.callAsync<unknown>("item.subject.getAsync", current.subject, "getAsync").then(asString))
    : asString(current.subject);
  return { itemType: "message", subject };
}

async function readAppointmentRead(env: SnapshotEnv, current: Loose): Promise<RawAppointment> {
  return {
    itemType: "appointment",
    subject: asString(current.subject),
    start: asDate(current.start),
    end: asDate(current.end),
    location: asString(current.location),
    organizer: asAddress(current.organizer),
    requiredAttendees: asAddresses(current.requiredAttendees),
    optionalAttendees: asAddresses(current.optionalAttendees),
    bodyText: await readBodyText(env, current),
    recurrence: asRecurrence(current.recurrence),
    seriesId: asString(current.seriesId),
  };
}

/** What a failed recurrence read gives, told apart from Outlook's own null (a single event). */
const RECURRENCE_UNKNOWN = Symbol("recurrence unknown");

async function readAppointmentCompose(env: SnapshotEnv, current: Loose): Promise<RawAppointment> {
  const get = <T>(name: string) => env.caller.callAsync<T>(`item.${name}.getAsync`, current[name], "getAsync");
  // Started together; the limiter lets three through at a time.
  const [subject, start, end, location, organizer, required, optionalAttendees, bodyText, recurrence] = await Promise.all([
    get<unknown>("subject"),
    get<unknown>("start"),
    get<unknown>("end"),
    get<unknown>("location"),
    // Organizer.getAsync is Mailbox 1.7; older hosts simply have none.
    hasMethod(current.organizer, "getAsync") ? optional(() => get<unknown>("organizer")) : Promise.resolve(null),
    get<unknown>("requiredAttendees"),
    get<unknown>("optionalAttendees"),
    readBodyText(env, current),
    // A failed read is not "no recurrence": the event may be a whole series (see recurrenceUnknown).
    hasMethod(current.recurrence, "getAsync") ? get<unknown>("recurrence").catch(() => RECURRENCE_UNKNOWN) : Promise.resolve(null),
  ]);
  const recurrenceUnknown = recurrence === RECURRENCE_UNKNOWN;
  return {
    itemType: "appointment",
    subject: asString(subject),
    start: asDate(start),
    end: asDate(end),
    location: asString(location),
    organizer: asAddress(organizer),
    requiredAttendees: asAddresses(required),
    optionalAttendees: asAddresses(optionalAttendees),
    bodyText,
    recurrence: recurrenceUnknown ? null : asRecurrence(recurrence),
    ...(recurrenceUnknown ? { recurrenceUnknown: true } : {}),
    seriesId: asString(current.seriesId),
  };
}

function capabilitiesOf(env: SnapshotEnv, current: unknown, mode: MailboxMode): Capabilities {
  const appointment = env.isAppointment(current);
  const box = env.mailbox();
  const isSetSupported = env.isSetSupported;
  return {
    readBody: appointment && hasMethod(member(current, "body"), "getAsync"),
    replyForms:
      appointment &&
      mode === "read" &&
      (hasMethod(current, "displayReplyFormAsync") || hasMethod(current, "displayReplyForm")) &&
      (hasMethod(current, "displayReplyAllFormAsync") || hasMethod(current, "displayReplyAllForm")),
    newMessageForm:
      mode === "read" &&
      (hasMethod(box, "displayNewMessageFormAsync") || hasMethod(box, "displayNewMessageForm")) &&
      isSetSupported("1.6"),
    editEvent:
      appointment &&
      mode === "compose" &&
      hasMethod(member(current, "end"), "getAsync") &&
      hasMethod(member(current, "end"), "setAsync") &&
      hasMethod(member(current, "location"), "getAsync") &&
      hasMethod(member(current, "location"), "setAsync"),
    changeLength: "none",
    nestedAppAuth: requirementSupported(env.context(), "NestedAppAuth", "1.1"),
  };
}

/**
 * How "shorter" can change this event. A series (recurrence set, no seriesId) changes
 * through item.recurrence where the host has it (Mailbox 1.7); classic Outlook for
 * Windows cannot change a series' times any other way.
 */
function changeLengthOf(env: SnapshotEnv, current: unknown, caps: Capabilities, raw: RawItem): Capabilities["changeLength"] {
  if (!caps.editEvent || raw?.itemType !== "appointment") return "none";
  // Changing the end of what may be a series could change every meeting in it, or fail on Windows.
  if (raw.recurrenceUnknown && !raw.seriesId) return "none";
  if (raw.recurrence === null) return "event";
  if (raw.seriesId) return "occurrence";
  if (hasMethod(member(current, "recurrence"), "setAsync")) return "series";
  return member(env.context(), "platform") === "PC" ? "none" : "event";
}

/** Booked rooms in enhancedLocation (Mailbox 1.8): a room stays booked when the location text changes. */
async function readRooms(env: SnapshotEnv, current: unknown): Promise<string[]> {
  const enhanced = member(current, "enhancedLocation");
  if (!env.isSetSupported("1.8") || !hasMethod(enhanced, "getAsync")) return [];
  const details = await optional(() => env.caller.callAsync<unknown>("item.enhancedLocation.getAsync", enhanced, "getAsync"));
  if (!Array.isArray(details)) return [];
  return details
    .filter((d) => member(member(d, "locationIdentifier"), "type") === "room")
    .map((d) => asString(member(d, "displayName")) || asString(member(d, "emailAddress")) || "")
    .filter(Boolean);
}

/**
 * Where Outlook names a zone Offramp cannot map, its own conversion tells the
 * offset at the event's start: the times then follow Outlook, not a guess.
 */
function timeZoneFallback(env: SnapshotEnv, user: RawUser, raw: RawItem): MailboxSnapshot["timeZoneFallback"] {
  const reported = user.timeZone?.trim();
  if (!reported || toIanaZone(reported) !== null) return null;
  const box = env.mailbox();
  if (!hasMethod(box, "convertToLocalClientTime")) return null;
  const at = raw?.itemType === "appointment" && raw.start ? raw.start : new Date();
  try {
    const local = (box as { convertToLocalClientTime(d: Date): unknown }).convertToLocalClientTime(at);
    const n = (key: string) => {
      const v = member(local, key);
      return typeof v === "number" ? v : 0;
    };
    // The offset from the wall time Outlook gives, whatever sign convention its timezoneOffset uses.
    const wall = Date.UTC(n("year"), n("month"), n("date"), n("hours"), n("minutes"), n("seconds"));
    const offsetMinutes = Math.round((wall - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
    return { reported, offsetMinutes };
  } catch {
    return null;
  }
}

function modeOf(current: unknown): MailboxMode {
  // Compose items have getAsync objects where read items have plain values.
  if (!isObject(current)) return "read";
  return hasMethod(current.start, "getAsync") || hasMethod(current.subject, "getAsync") ? "compose" : "read";
}

export { modeOf };

/**
 * The manifest's minimum: Outlook should not load Offramp below it, and where one
 * still does (an old or unusual client), the pane says which Outlook it needs.
 */
export const MINIMUM_MAILBOX_VERSION = "1.3";

/** A mailbox below the manifest's minimum (without a mailbox there is simply nothing to read). */
function belowMinimum(env: SnapshotEnv): boolean {
  return isObject(env.mailbox()) && !env.isSetSupported(MINIMUM_MAILBOX_VERSION);
}

const NO_CAPABILITIES: Capabilities = { readBody: false, replyForms: false, newMessageForm: false, editEvent: false, changeLength: "none", nestedAppAuth: false };

/**
 * An Outlook below the minimum: nothing is read from it and no other Office.js call is
 * made, only its language (for the message) and its build number, both plain properties.
 */
function unsupportedHostSnapshot(env: SnapshotEnv, current: unknown): MailboxSnapshot {
  const hostVersion = member(member(env.mailbox(), "diagnostics"), "hostVersion");
  return {
    host: readHost(env, false),
    user: { displayName: null, emailAddress: null, timeZone: null },
    mode: modeOf(current),
    item: { itemType: "unsupported-host", hostVersion: typeof hostVersion === "string" && hostVersion ? hostVersion : null },
    settings: Object.create(null) as Record<string, unknown>,
    capabilities: NO_CAPABILITIES,
    rooms: [],
    timeZoneFallback: null,
  };
}

export async function readSnapshot(env: SnapshotEnv, current: unknown): Promise<MailboxSnapshot> {
  // An Outlook below the minimum is read no further (without a mailbox, the reads below find nothing).
  if (belowMinimum(env)) return unsupportedHostSnapshot(env, current);
  const mode = modeOf(current);
  let raw: RawItem = null;
  if (isObject(current)) {
    if (env.isAppointment(current)) raw = mode === "compose" ? await readAppointmentCompose(env, current) : await readAppointmentRead(env, current);
    // Anything else selected (a message, a meeting request) is "not a meeting".
    else raw = await readMessage(env, current);
  }
  const user = readUser(env);
  const fallback = timeZoneFallback(env, user, raw);
  const caps = capabilitiesOf(env, current, mode);
  return {
    host: readHost(env, true),
    // The core formats times in this zone: Outlook's own offset where its name is unknown.
    user: fallback ? { ...user, timeZone: zoneForOffset(fallback.offsetMinutes) } : user,
    mode,
    item: raw,
    settings: readSettings(env),
    capabilities: { ...caps, changeLength: changeLengthOf(env, current, caps, raw) },
    rooms: raw?.itemType === "appointment" ? await readRooms(env, current) : [],
    timeZoneFallback: fallback,
  };
}

