// The lines above the draft that say what pressing the button will do in
// Outlook, and what Outlook will not let an add-in do (so the user knows which
// Outlook button to press instead).

import type { Capabilities } from "../../office/mailboxAdapter";
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
