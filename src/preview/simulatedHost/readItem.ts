// Office.AppointmentRead (the attendee's view): plain values and Dates, each member
// only from the requirement set that has it, and the reply forms.

import { ok } from "./asyncCalls";
import { locationDetails, recurrenceOf, type ItemState } from "./appointment";
import { addReplyForms } from "./formMethods";
import type { HostScope } from "./hostScope";
import { buildBody, onTheWeb } from "./itemBody";
import { attendeeDetails, attendeeHostOf, organizerDetails, readList } from "./recipients";
import type { JsonObject } from "./util";

export function buildReadItem(state: ItemState, scope: HostScope): JsonObject {
  const { itemId, supports, methods, zone } = scope;
  const obj: JsonObject = { itemType: state.itemType };
  const define = (key: string, get: () => unknown) => Object.defineProperty(obj, key, { get, enumerable: true });
  define("subject", () => state.subject);
  if (state.itemType === "message") {
    define("normalizedSubject", () => state.subject.replace(/^(re|fw|fwd|aw|sv|vs|rif|tr):\s*/i, ""));
    obj.itemId = itemId;
    return obj;
  }
  const appt = state;
  // Outlook for Mac has no ids for the occurrences of a series (Office.js reference for itemId).
  if (!(scope.fx.host.platform === "Mac" && appt.seriesId)) obj.itemId = itemId;
  obj.itemClass = appt.seriesId ? "IPM.Appointment.Occurrence" : "IPM.Appointment";
  define("normalizedSubject", () => appt.subject);
  define("start", () => (appt.start === null ? null : new Date(appt.start)));
  define("end", () => (appt.end === null ? null : new Date(appt.end)));
  define("location", () => appt.location);
  define("organizer", () => (appt.organizer ? organizerDetails(appt.organizer) : null));
  const attendeeHost = attendeeHostOf(scope);
  define("requiredAttendees", () => attendeeDetails(readList(appt, "requiredAttendees", scope.fx.host.platform), true, attendeeHost));
  define("optionalAttendees", () => attendeeDetails(appt.optionalAttendees, true, attendeeHost));
  obj.body = buildBody(scope, () => appt, false, { web: onTheWeb(scope.fx) });
  if (supports(8)) obj.enhancedLocation = { getAsync: methods.asyncMethod("item.enhancedLocation.getAsync", 0, () => ok(locationDetails(appt))) };
  if (supports(7)) {
    define("recurrence", () => recurrenceOf(appt, zone));
    define("seriesId", () => appt.seriesId);
  }
  addReplyForms(obj, scope, () => appt, () => appt.subject);
  return obj;
}
