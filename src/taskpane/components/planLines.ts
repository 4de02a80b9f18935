// The lines above the draft that say what pressing the button will do in
// Outlook, and what Outlook will not let an add-in do (so the user knows which
// Outlook button to press instead); whether the button can do it in this Outlook;
// and, once it has, what changed.

import type { AppliedChange, Capabilities, MailboxSnapshot } from "../../office/mailboxAdapter";
import type { DraftPlan } from "../../core/drafts.types";
import type { Meeting } from "../../core/types";
import type { Translator } from "../../core/i18n";
import { isolate } from "../bidiIsolation";

/** How a recurring meeting is named in the pane: "every Tuesday's meeting" for a weekly series. */
export interface SeriesWording {
  weekday: string;
  /** ICU select value: "yes" for a plain weekly series. */
  weekly: "yes" | "no";
}

export interface PlanLineInputs {
  tr: Translator;
  plan: DraftPlan;
  meeting: Meeting;
  series: SeriesWording;
  lengthScope: Capabilities["changeLength"];
  /** Rooms booked in the event (enhancedLocation): a new location text does not release them. */
  rooms: readonly string[];
  /** No reply or message can be opened (no organizer, no address, no form in this Outlook): the text is there to copy instead. */
  blocked?: unknown;
}

export function planLines({ tr, plan, meeting, series, lengthScope, rooms, blocked }: PlanLineInputs): string[] {
  switch (plan.kind) {
    case "reply":
      return [
        ...(blocked ? [] : [plan.replyAll ? tr.t("draft.plan.replyAll") : tr.t("draft.plan.reply", { name: isolate(meeting.organizer?.name ?? "") })]),
        tr.t("draft.cannot.respond"),
      ];
    case "new-message":
      return [...(blocked ? [] : [tr.t("draft.plan.newMessage", { name: isolate(plan.to[0]?.name ?? "") })]), tr.t("draft.cannot.decline")];
    case "update-event": {
      if (!plan.newEnd) {
        const roomLine = rooms.length > 0 ? [tr.t("draft.plan.roomStaysBooked", { count: rooms.length, rooms: tr.list(rooms) })] : [];
        return [tr.t("draft.plan.call", { location: isolate(plan.newLocation ?? "") }), ...roomLine, tr.t("draft.plan.sendUpdate")];
      }
      const minutes = Math.round((plan.newEnd.getTime() - meeting.start.getTime()) / 60_000);
      const what =
        lengthScope === "series"
          ? tr.t("draft.plan.shorterSeries", { ...series, minutes })
          : lengthScope === "occurrence"
            ? tr.t("draft.plan.shorterOccurrence", { weekday: series.weekday, end: tr.time(plan.newEnd), endHour: tr.hour(plan.newEnd), slot: tr.slot(meeting.start, plan.newEnd) })
            : lengthScope === "none"
              ? tr.t(meeting.recurrenceUnknown ? "draft.plan.shorterSeriesUnknown" : "draft.plan.shorterNotHere")
              : tr.t("draft.plan.shorter", { end: tr.time(plan.newEnd), endHour: tr.hour(plan.newEnd), slot: tr.slot(meeting.start, plan.newEnd) });
      return lengthScope === "none" ? [what] : [what, tr.t("draft.plan.sendUpdate")];
    }
    case "replacement-email":
      // Cancelling the series would cancel every week: say how to call off this one only (and
      // where Outlook could not say whether it repeats, not to cancel a series by mistake).
      return [
        tr.t("draft.plan.replacementEmail"),
        tr.t(meeting.isRecurring ? "draft.cannot.cancelOccurrence" : meeting.recurrenceUnknown ? "draft.cannot.cancelSeriesUnknown" : "draft.cannot.cancel"),
      ];
    case "nothing":
      return [tr.t("draft.plan.nothing")];
  }
}

/** How a recurring meeting is named: "every Tuesday's meeting" for a weekly series, in the draft's own words. */
export function seriesWording(tr: Translator, meeting: Meeting, snapshot: MailboxSnapshot): SeriesWording {
  const item = snapshot.item;
  const recurrence = item?.itemType === "appointment" ? item.recurrence : null;
  const weekday = new Intl.DateTimeFormat(tr.locale, { weekday: "long", timeZone: tr.timeZone }).format(meeting.start);
  return { weekday, weekly: recurrence?.recurrenceType === "weekly" && (recurrence.interval ?? 1) === 1 ? "yes" : "no" };
}

/** What changed, in the words of the plan: the series' length, this occurrence's end, or the event's. */
export function changeSummary(tr: Translator, applied: AppliedChange, series: SeriesWording, lengthScope: Capabilities["changeLength"]): string {
  const changes = applied.changed.map((field) => {
    const { written, restorePoint } = applied;
    if (field === "seriesLength") return tr.t("result.change.seriesLength", { ...series, minutes: written.seriesLengthMinutes ?? 0 });
    if (field === "end") {
      const to = written.end ?? restorePoint.end;
      const values = { from: tr.time(restorePoint.end), fromHour: tr.hour(restorePoint.end), to: tr.time(to), toHour: tr.hour(to) };
      return lengthScope === "occurrence" ? tr.t("result.change.endOccurrence", { ...values, weekday: series.weekday }) : tr.t("result.change.end", values);
    }
    if (field === "location") return tr.t("result.change.location", { location: isolate(written.location ?? "") });
    return tr.t("result.change.body");
  });
  // Each change is its own sentence in the catalog; a list would run "the end, from … to …, the location, to …" together.
  return tr.t("result.changed", { changes: changes.join(" ") });
}

export interface ApplyAvailability {
  /** The primary button can do what the plan says here. */
  canApply: boolean;
  /** The requirement set that would make it work, when this Outlook lacks it. */
  missingSet: string | null;
  /** An Outlook that has the requirement set and still opens no form for add-ins (Outlook on iOS and Android). */
  noForm: boolean;
}

/** Whether this Outlook can carry out the plan, and if not, which of the pane's reasons it is. */
export function applyAvailability(plan: DraftPlan, caps: Capabilities, blocked: boolean): ApplyAvailability {
  const lengthPossible = !(plan.kind === "update-event" && plan.newEnd) || caps.changeLength !== "none";
  const canApply =
    !blocked &&
    (plan.kind === "update-event" ? caps.editEvent && lengthPossible : plan.kind === "reply" ? caps.replyForms : plan.kind === "new-message" ? caps.newMessageForm : false);
  // Replies and event changes are Mailbox 1.1, which every Outlook that reaches the advice has (1.3).
  const missingSet = canApply || !lengthPossible || blocked ? null : plan.kind === "new-message" ? "1.6" : null;
  const noForm = !canApply && !missingSet && !blocked && (plan.kind === "reply" || plan.kind === "new-message");
  return { canApply, missingSet, noForm };
}
