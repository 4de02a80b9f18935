// Office.AppointmentCompose (the organizer editing): getAsync/setAsync objects with
// Outlook's limits, classic Outlook for Windows' refusal to retime a series through
// start/end, the series' pattern through item.recurrence (1.7), and saveAsync /
// getItemIdAsync / enhancedLocation where their sets allow.

import { requireDate, requireString } from "./argumentChecks";
import { ok, type Outcome } from "./asyncCalls";
import { isSeries, locationDetails, recurrenceOf, setLocation, type AppointmentState, type ItemState } from "./appointment";
import { ERRORS } from "./errors";
import type { HostScope } from "./hostScope";
import { buildBody, onTheWeb } from "./itemBody";
import { attendeeHostOf, composeRecipients, organizerDetails } from "./recipients";
import { readRecurrencePattern, recurrenceZone, seriesStartInstant } from "./recurrence";
import { LIMITS, type JsonObject } from "./util";

interface Setter {
  validate: (args: unknown[]) => void;
  apply: (value: unknown) => Outcome;
}

export function buildComposeItem(state: ItemState, scope: HostScope): JsonObject {
  const { methods, supports, fx, itemId } = scope;
  const { asyncMethod } = methods;

  /** `item.<name>`: getAsync, and setAsync where the member can be written. */
  const property = (name: string, get: () => unknown, set?: Setter): JsonObject => {
    const obj: JsonObject = { getAsync: asyncMethod(`item.${name}.getAsync`, 0, () => ok(get())) };
    if (set) obj.setAsync = asyncMethod(`item.${name}.setAsync`, 1, (args) => set.apply(args[0]), set.validate);
    return obj;
  };

  const obj: JsonObject = { itemType: state.itemType };
  obj.subject = property("subject", () => state.subject, {
    validate: requireString("subject"),
    apply: (value) => {
      if ((value as string).length > LIMITS.subjectChars) return { error: ERRORS.dataTooLarge };
      state.subject = value as string;
      return ok();
    },
  });
  if (state.itemType === "message") return obj;
  const appt: AppointmentState = state;

  // Office.Time.setAsync: "In the Windows client, you can't use this method to update
  // the start or end of a recurrence."
  const windowsSeries = () => fx.host.platform === "PC" && isSeries(appt);
  obj.start = property("start", () => (appt.start === null ? null : new Date(appt.start)), {
    validate: requireDate("dateTime"),
    apply: (value) => {
      if (windowsSeries()) return { error: ERRORS.seriesTimeOnWindows };
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
      if (windowsSeries()) return { error: ERRORS.seriesTimeOnWindows };
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
      // The location text replaces the free-text places; booked rooms stay booked.
      setLocation(appt, value as string);
      return ok();
    },
  });
  if (supports(7)) {
    obj.organizer = { getAsync: asyncMethod("item.organizer.getAsync", 0, () => ok(appt.organizer ? organizerDetails(appt.organizer) : null)) };
    obj.recurrence = recurrenceMembers(appt, scope);
    Object.defineProperty(obj, "seriesId", { get: () => appt.seriesId, enumerable: true });
  }
  const attendeeHost = attendeeHostOf(scope);
  obj.requiredAttendees = composeRecipients(appt, "requiredAttendees", methods, attendeeHost);
  obj.optionalAttendees = composeRecipients(appt, "optionalAttendees", methods, attendeeHost);
  obj.body = buildBody(scope, () => appt, true, { web: onTheWeb(scope.fx) });
  if (supports(3)) obj.saveAsync = asyncMethod("item.saveAsync", 0, () => ok(itemId));
  if (supports(8)) {
    // Outlook for Mac cannot read an occurrence's own id, only its series' (Office.js reference):
    // the id it hands over for an occurrence is the series', which acts on every meeting.
    const macOccurrence = scope.fx.host.platform === "Mac" && appt.seriesId !== null;
    obj.getItemIdAsync = asyncMethod("item.getItemIdAsync", 0, () => ok(macOccurrence ? appt.seriesId : itemId));
    obj.enhancedLocation = { getAsync: asyncMethod("item.enhancedLocation.getAsync", 0, () => ok(locationDetails(appt))) };
  }
  return obj;
}

/** Office.Recurrence (1.7): an occurrence reads its series' pattern too; only setAsync tells them apart. */
function recurrenceMembers(appt: AppointmentState, scope: HostScope): JsonObject {
  const { asyncMethod } = scope.methods;
  return {
    getAsync: asyncMethod("item.recurrence.getAsync", 0, () => ok(recurrenceOf(appt, scope.zone))),
    setAsync: asyncMethod<ReturnType<typeof readRecurrencePattern>>(
      "item.recurrence.setAsync",
      1,
      (_args, _options, pattern) => {
        if (appt.seriesId !== null) return { error: ERRORS.occurrenceRecurrence };
        if (appt.recurrence === null) return { error: ERRORS.notRecurring };
        const r = appt.recurrence;
        appt.recurrence = { ...r, recurrenceType: pattern.recurrenceType, seriesTime: { ...pattern.seriesTime } };
        // The open series shows its first meeting: it starts and lasts as the pattern now says.
        const start = seriesStartInstant(pattern.seriesTime, recurrenceZone(r, scope.zone));
        appt.start = start;
        appt.end = start + pattern.seriesTime.durationMinutes * 60_000;
        return ok();
      },
      (args) => readRecurrencePattern(args[0]),
    ),
  };
}
