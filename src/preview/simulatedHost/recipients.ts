// People on the item as Office.js hands them over: EmailAddressDetails in read mode,
// and the compose mode's Recipients objects with Outlook's 100-per-call limit.

import { ok, type OfficeMethods, type Outcome } from "./asyncCalls";
import { ERRORS, argumentError } from "./errors";
import { normalizeRecipients } from "./forms";
import type { AppointmentState } from "./appointment";
import type { HostScope } from "./hostScope";
import type { FixtureAddress, FixturePlatform } from "./types";
import { LIMITS, attendeesReturned, domainOf } from "./util";

/** Office.EmailAddressDetails; attendees carry their response, the organizer does not. */
export function addressDetails(a: FixtureAddress, withResponse: boolean, userEmail: string) {
  return {
    displayName: a.displayName,
    emailAddress: a.emailAddress,
    ...(withResponse ? { appointmentResponse: a.appointmentResponse ?? "none" } : {}),
    recipientType: domainOf(a.emailAddress) === domainOf(userEmail) ? "user" : "externalUser",
  };
}

/** Office.EmailAddressDetails for the organizer: Outlook gives no recipientType for them. */
export function organizerDetails(a: FixtureAddress) {
  return { displayName: a.displayName, emailAddress: a.emailAddress };
}

export type AttendeeField = "requiredAttendees" | "optionalAttendees";

/** What the host hands over of a list of attendees. */
export interface AttendeeHost {
  platform: FixturePlatform;
  /** How many people one field returns on this platform (the rest are silently left out). */
  returned: number;
  userEmail: string;
}

export function attendeeHostOf(scope: HostScope): AttendeeHost {
  const platform = scope.fx.host.platform;
  return { platform, returned: attendeesReturned(platform, scope.supports(16) ? 16 : 15), userEmail: scope.fx.user.emailAddress };
}

/** One attendee field as Outlook returns it: cut to what the platform gives, and on Mac without recipientType, which Outlook for Mac leaves undefined. */
export function attendeeDetails(list: readonly FixtureAddress[], withResponse: boolean, host: AttendeeHost) {
  return list.slice(0, host.returned).map((a) => {
    const details = addressDetails(a, withResponse, host.userEmail);
    return host.platform === "Mac" ? { ...details, recipientType: undefined } : details;
  });
}

const sameAddress = (a: FixtureAddress, b: FixtureAddress) => a.emailAddress.toLowerCase() === b.emailAddress.toLowerCase();

/**
 * The people read mode gives: on the web, in new Outlook and in classic Windows the organizer
 * heads the required attendees (Office.js reference), answering as "organizer".
 */
export function readList(appt: AppointmentState, field: AttendeeField, platform: FixturePlatform): FixtureAddress[] {
  const list = appt[field];
  const organizer = appt.organizer;
  if (field !== "requiredAttendees" || !organizer || !(platform === "OfficeOnline" || platform === "PC")) return list;
  return list.some((a) => sameAddress(a, organizer)) ? list : [{ ...organizer, appointmentResponse: "organizer" }, ...list];
}

/**
 * The people a compose-mode getAsync gives (Office.js reference for requiredAttendees): the
 * organizer among the required attendees (classic Windows always; the web and the new Outlook
 * for a meeting already saved, as every fixture's is), and no responses, which only read mode has.
 */
function composeList(appt: AppointmentState, field: AttendeeField): FixtureAddress[] {
  const list = appt[field];
  const organizer = appt.organizer;
  if (field !== "requiredAttendees" || !organizer) return list;
  return list.some((a) => sameAddress(a, organizer)) ? list : [organizer, ...list];
}

/** Office.Recipients (compose mode) for one attendee field. */
export function composeRecipients(appt: AppointmentState, field: AttendeeField, methods: OfficeMethods, host: AttendeeHost) {
  const { asyncMethod } = methods;
  const validate = (args: unknown[]) => {
    if (!Array.isArray(args[0])) throw argumentError("recipients", "An array of recipients is expected.");
  };
  const write = (mode: "set" | "add") => (args: unknown[]): Outcome => {
    const list = args[0] as unknown[];
    if (list.length > LIMITS.recipientsPerField) return { error: ERRORS.recipientsExceeded };
    // Someone added in compose mode has not answered yet.
    const parsed: FixtureAddress[] = normalizeRecipients(list, "recipients").map((r) => ({ ...r, appointmentResponse: "none" as const }));
    appt[field] = mode === "set" ? parsed : [...appt[field], ...parsed];
    return ok();
  };
  return {
    getAsync: asyncMethod(`item.${field}.getAsync`, 0, () => ok(attendeeDetails(composeList(appt, field), false, host))),
    setAsync: asyncMethod(`item.${field}.setAsync`, 1, write("set"), validate),
    addAsync: asyncMethod(`item.${field}.addAsync`, 1, write("add"), validate),
  };
}
