// The windows the add-in can open (reply, reply all, new message, new appointment):
// their arguments checked as Office.js checks them (limits throw), and what Outlook
// would then show.

import { argumentError } from "./errors";
import type { FixtureAddress, FormRecipient, OpenedForm } from "./types";
import { LIMITS, isObject, utf8Length, type JsonObject } from "./util";

/** Who a reply goes to: the open appointment's people. */
export interface ReplySource {
  organizer: FixtureAddress | null;
  requiredAttendees: FixtureAddress[];
  optionalAttendees: FixtureAddress[];
}

export const normalizeRecipients = (value: unknown, parameter: string): FormRecipient[] => {
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
  if (utf8Length(body) > LIMITS.formBodyBytes) throw argumentError(parameter, "The body can't exceed 32 KB.");
  return body;
};
const checkKnownKeys = (value: JsonObject, known: readonly string[], parameter: string) => {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) throw argumentError(parameter, `Unknown parameter "${key}".`);
  }
};


export const buildReplyForm = (all: boolean, formData: unknown, appt: ReplySource | null, subject: string, userEmail: string): OpenedForm => {
  const parameter = "formData";
  let htmlBody: string;
  if (typeof formData === "string") htmlBody = checkFormBody(formData, parameter);
  else if (isObject(formData)) {
    checkKnownKeys(formData, ["htmlBody", "attachments", "options", "callback"], parameter);
    htmlBody = checkFormBody(formData.htmlBody, "htmlBody");
  } else throw argumentError(parameter, "An HTML string or a ReplyFormData object is expected.");
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
  return { kind: all ? "replyAll" : "reply", to, cc: [], subject: `RE: ${subject}`, htmlBody };
};

export const newMessageForm = (parameters: unknown): OpenedForm => {
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

export const newAppointmentForm = (parameters: unknown): OpenedForm => {
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

