// The Microsoft Graph requests Offramp sends, built as plain data (method, path,
// body): pure functions, no Office, no network. The pane shows what these hold
// before the user confirms, the Graph client sends exactly this, and the tests
// check each one in every draft language.

import type { DateTimeTimeZone, ItemBody, Message, Recipient as GraphRecipient, TimeSlot } from "@microsoft/microsoft-graph-types";
import type { Recipient } from "../../core/drafts.types";

/** The delegated permissions Offramp asks for, each only when a request first needs it. */
export type GraphScope = "Calendars.ReadWrite" | "Mail.Send";

/** How the invitee answers: Graph's action names. */
export type ResponseAction = "tentativelyAccept" | "decline";

/** The body of tentativelyAccept / decline (Graph v1.0). */
export interface EventResponseBody {
  comment: string;
  sendResponse: true;
  proposedNewTime?: TimeSlot;
}

/** The body of cancel (organizer only). */
export interface CancelBody {
  comment: string;
}

/** The body of /me/sendMail. */
export interface SendMailBody {
  message: Pick<Message, "subject" | "body" | "toRecipients" | "ccRecipients">;
  saveToSentItems: true;
}

interface BaseRequest {
  method: "POST";
  /** From /me/..., as Graph's reference writes it (the client puts https://graph.microsoft.com/v1.0 in front). */
  path: string;
  scope: GraphScope;
}

export type GraphRequest =
  | (BaseRequest & { action: ResponseAction; body: EventResponseBody })
  | (BaseRequest & { action: "cancel"; body: CancelBody })
  | (BaseRequest & { action: "sendMail"; body: SendMailBody });

/** Graph's limit on the recipients of one message (To, Cc and Bcc together). */
export const MAX_MESSAGE_RECIPIENTS = 500;

/** REST ids (v2.0) are URL-safe base64 ("-", "_", "="); anything else is escaped so a path can never be bent. */
function idSegment(eventId: string): string {
  return encodeURIComponent(eventId).replace(/%3D/gi, "=");
}

/** A UTC instant as Graph's dateTimeTimeZone: no offset in dateTime, the zone named beside it. */
export function utcDateTime(instant: Date): DateTimeTimeZone {
  return { dateTime: instant.toISOString().replace(/\.\d{3}Z$/, ""), timeZone: "UTC" };
}

/**
 * Attendee: tentatively accept or decline, with the drafted text as the comment
 * the organizer reads, and (optionally) Outlook's own proposal of a new time.
 */
export function eventResponse(
  eventId: string,
  action: ResponseAction,
  comment: string,
  proposedNewTime: { start: Date; end: Date } | null = null,
): GraphRequest {
  const body: EventResponseBody = { comment, sendResponse: true };
  if (proposedNewTime) body.proposedNewTime = { start: utcDateTime(proposedNewTime.start), end: utcDateTime(proposedNewTime.end) };
  return { method: "POST", path: `/me/events/${idSegment(eventId)}/${action}`, scope: "Calendars.ReadWrite", action, body };
}

/** Organizer: cancel this event (an occurrence id cancels that occurrence only) with a message to everyone invited. */
export function cancelEvent(eventId: string, comment: string): GraphRequest {
  return { method: "POST", path: `/me/events/${idSegment(eventId)}/cancel`, scope: "Calendars.ReadWrite", action: "cancel", body: { comment } };
}

function recipients(list: readonly Recipient[]): GraphRecipient[] {
  return list.filter((r) => r.email).map((r) => ({ emailAddress: { address: r.email, name: r.name || r.email } }));
}

/** A new email from the user's mailbox (kept in Sent Items), the body already HTML (escaped). */
export function sendMail(message: { to: readonly Recipient[]; cc: readonly Recipient[]; subject: string; html: string }): GraphRequest {
  const body: ItemBody = { contentType: "html", content: message.html };
  const cc = recipients(message.cc);
  return {
    method: "POST",
    path: "/me/sendMail",
    scope: "Mail.Send",
    action: "sendMail",
    body: {
      message: { subject: message.subject, body, toRecipients: recipients(message.to), ...(cc.length ? { ccRecipients: cc } : {}) },
      saveToSentItems: true,
    },
  };
}

/** How many people one sendMail request writes to. */
export function recipientCount(request: GraphRequest): number {
  if (request.action !== "sendMail") return 0;
  const m = request.body.message;
  return (m.toRecipients?.length ?? 0) + (m.ccRecipients?.length ?? 0);
}
