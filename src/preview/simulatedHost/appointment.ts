// The open item as the host keeps it, and what Outlook derives from it: the fixture's
// shape with times as UTC milliseconds; the places behind the location text
// (enhancedLocation); the body as stored (HTML rewritten, never byte for byte); and the
// user's own edits in Outlook's editor.

import { htmlToText, outlookHtml, textToHtml } from "./body";
import { officeRecurrence, recurrenceZone, seriesTimeOf } from "./recurrence";
import { parseIsoInstant } from "./time";
import type { Fixture, FixtureAppointment, FixtureBody, FixtureItem, FixtureLocation, UserEdit } from "./types";
import { cloneJson, isObject, type JsonObject } from "./util";

/** The open appointment: the fixture's shape, with numeric times (UTC ms). */
export type AppointmentState = Omit<FixtureAppointment, "start" | "end"> & { start: number | null; end: number | null };

export interface MessageState {
  itemType: "message";
  subject: string;
}

export type ItemState = AppointmentState | MessageState;

/** The fixture's item as the host's state, its times read in `zone` where they carry no offset. */
export function itemState(item: Fixture["item"], zone: string): ItemState | null {
  if (item === null) return null;
  if (item.itemType === "message") return { itemType: "message", subject: item.subject };
  const toInstant = (iso: string | null) => (iso === null ? null : parseIsoInstant(iso, zone));
  return { ...cloneJson(item), start: toInstant(item.start), end: toInstant(item.end) };
}

/** The item as it now stands, in the fixture's shape (dates as UTC ISO strings). */
export function itemView(item: ItemState | null): FixtureItem | null {
  if (item === null) return null;
  if (item.itemType === "message") return { itemType: "message", subject: item.subject };
  const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
  return { ...cloneJson({ ...item, start: null, end: null }), start: iso(item.start), end: iso(item.end) };
}

// ---------------------------------------------------------------------------
// Recurrence

/** The series itself (not one occurrence): what classic Outlook for Windows refuses to retime through start/end. */
export const isSeries = (appt: AppointmentState): boolean => appt.recurrence !== null && appt.seriesId === null;

/** Office.Recurrence for the item, its series time derived from start and end where the fixture gives none. */
export function recurrenceOf(appt: AppointmentState, userZone: string): JsonObject | null {
  if (appt.recurrence === null) return null;
  return officeRecurrence(appt.recurrence, seriesTimeOf(appt.recurrence, appt.start, appt.end, recurrenceZone(appt.recurrence, userZone)));
}

// ---------------------------------------------------------------------------
// Location

const customPlaces = (location: string): FixtureLocation[] =>
  location
    .split(";")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((displayName) => ({ displayName, emailAddress: "", type: "custom" as const }));

/** The places after a new location text: booked rooms stay; the text's other parts are custom places. */
export function placesFor(appt: AppointmentState, location: string): FixtureLocation[] {
  const rooms = appt.enhancedLocation.filter((l) => l.type === "room");
  const roomNames = new Set(rooms.map((r) => r.displayName));
  return [...rooms, ...customPlaces(location).filter((p) => !roomNames.has(p.displayName))];
}

/** Office.LocationDetails, as enhancedLocation.getAsync gives them (Mailbox 1.8). */
export function locationDetails(appt: AppointmentState): JsonObject[] {
  return appt.enhancedLocation.map((l) => ({
    locationIdentifier: { id: l.type === "room" ? l.emailAddress : l.displayName, type: l.type },
    displayName: l.displayName,
    emailAddress: l.emailAddress,
  }));
}

/** A new location text, as both setAsync and the user's typing change it. */
export function setLocation(appt: AppointmentState, location: string): void {
  appt.location = location;
  appt.enhancedLocation = placesFor(appt, location);
}

// ---------------------------------------------------------------------------
// Body

/** Stores a body as Outlook keeps it: HTML comes back rewritten (see outlookHtml), never byte for byte. */
export function writeBody(appt: AppointmentState, content: string, parser: DOMParser): void {
  appt.body = { type: appt.body.type, content: appt.body.type === "html" ? outlookHtml(content, parser) : content };
}

/** The body as `coercion` gives it; `web`: on Outlook on the web and the new Outlook (see htmlToText). */
export function bodyAs(body: FixtureBody, coercion: "text" | "html", parser: DOMParser, web = false): string {
  if (coercion === body.type) return body.content;
  return coercion === "text" ? htmlToText(body.content, parser, { web }) : textToHtml(body.content);
}

/** Converts `data` given in `coercion` into the body's own format; null = Outlook refuses (HTML into a text body). */
export function intoBody(body: FixtureBody, data: string, coercion: "text" | "html"): string | null {
  if (coercion === body.type) return data;
  return coercion === "html" ? null : textToHtml(data);
}

/** Puts data at the top of the body, inside its <body> once Outlook has made it a document. */
export function prependToBody(body: FixtureBody, data: string): string {
  if (body.type === "text") return data + body.content;
  const open = /<body[^>]*>/i.exec(body.content);
  if (!open) return data + body.content;
  const at = open.index + open[0].length;
  return body.content.slice(0, at) + data + body.content.slice(at);
}

// ---------------------------------------------------------------------------
// The user, typing in Outlook

/** Applies `change` as Outlook's editor would (a new start alone keeps the duration); throws for a bad change. */
export function applyUserEdit(appt: AppointmentState | null, change: UserEdit, zone: string, parser: DOMParser): void {
  if (!appt) throw new Error("userEdit: no appointment is open");
  if (!isObject(change)) throw new Error("userEdit: a change object is expected");
  const instant = (key: "start" | "end") => {
    const value = change[key];
    if (value === undefined) return undefined;
    const t = typeof value === "string" ? parseIsoInstant(value, zone) : null;
    if (t === null) throw new Error(`userEdit: ${key} must be an ISO 8601 date`);
    return t;
  };
  const start = instant("start");
  const end = instant("end");
  if (start !== undefined) {
    // As in Outlook: a new start alone moves the end with it.
    if (end === undefined && appt.start !== null && appt.end !== null) appt.end = start + (appt.end - appt.start);
    appt.start = start;
  }
  if (end !== undefined) appt.end = end;
  if (change.location !== undefined) {
    if (typeof change.location !== "string") throw new Error("userEdit: location must be a string");
    setLocation(appt, change.location);
  }
  const { bodyAppendHtml: html, bodyAppendText: text } = change;
  if (html !== undefined || text !== undefined) {
    let content = appt.body.content;
    if (appt.body.type === "html") {
      const added = (typeof html === "string" ? html : "") + (typeof text === "string" ? textToHtml(text) : "");
      const close = /<\/body>/i.exec(content);
      content = close ? content.slice(0, close.index) + added + content.slice(close.index) : content + added;
    } else {
      content += (typeof html === "string" ? htmlToText(html, parser) : "") + (typeof text === "string" ? text : "");
    }
    writeBody(appt, content, parser);
  }
}
