// Which Graph requests carry out the chosen way out, step by step. Pure: the
// pane renders these steps (what is sent, to whom) and sends each one only
// after the user confirms it.

import type { Meeting, OutcomeId } from "../../core/types";
import type { DraftPlan, Recipient } from "../../core/drafts.types";
import { bodyToHtml } from "../../core/drafts";
import { MAX_MESSAGE_RECIPIENTS, cancelEvent, eventResponse, sendMail, type GraphRequest, type ResponseAction } from "./requests";

export type GraphStep =
  /** The invitee's answer to the organizer, with the drafted text and perhaps a new time. */
  | {
      kind: "respond";
      action: ResponseAction;
      to: Recipient[];
      comment: string;
      /** The comment is a short note of its own, not the drafted text the pane shows below. */
      note: boolean;
      proposal: { start: Date; end: Date } | null;
      request: GraphRequest;
    }
  /** An email sent from the user's mailbox. */
  | { kind: "sendMail"; to: Recipient[]; cc: Recipient[]; subject: string; tooManyRecipients: boolean; request: GraphRequest }
  /** The organizer cancels the meeting they opened: one occurrence when it is one, never the series by accident. */
  | { kind: "cancel"; occurrence: boolean; start: Date; comment: string; request: GraphRequest };

export type GraphPlan =
  | { kind: "steps"; steps: GraphStep[] }
  /** This way out stays on Office.js (organizer's changes to the open event) or has nothing to send. */
  | { kind: "none" }
  /** The user opened the series itself: answering or cancelling it would hit every meeting of it. */
  | { kind: "series" };

export interface GraphPlanInput {
  outcome: OutcomeId;
  meeting: Meeting;
  /** The opened item's id for Graph (REST v2.0). */
  eventId: string;
  /** Recurrence set and no series id: the item is the series itself, not one meeting of it. */
  isSeriesMaster: boolean;
  /** The item is one occurrence of a series. */
  isOccurrence: boolean;
  draftPlan: DraftPlan;
  /** The draft as the user left it. */
  subject: string;
  body: string;
  /** Attendee, shorter: tentative or decline, as the user chose. */
  answer: ResponseAction;
  /** Attendee, shorter: the end of the shorter slot (same start). */
  proposedEnd: Date | null;
  /**
   * Short texts in the draft's language: the decline note when bowing out, the cancellation
   * message, and, where the update goes to everyone by email, its subject and the decline's note.
   */
  notes: { declineNote: string; cancelNote: string; updateSubject: string; updateDeclineNote: string };
}

function respond(input: GraphPlanInput, action: ResponseAction, comment: string, proposal: { start: Date; end: Date } | null): GraphStep {
  const organizer = input.meeting.organizer;
  return {
    kind: "respond",
    action,
    to: organizer ? [{ name: organizer.name, email: organizer.email }] : [],
    comment,
    note: comment !== input.body,
    proposal,
    request: eventResponse(input.eventId, action, comment, proposal),
  };
}

function mail(input: GraphPlanInput, to: Recipient[], cc: Recipient[], subject = input.subject): GraphStep {
  const request = sendMail({ to, cc, subject, html: bodyToHtml(input.body) });
  const count = to.filter((r) => r.email).length + cc.filter((r) => r.email).length;
  return { kind: "sendMail", to, cc, subject, tooManyRecipients: count > MAX_MESSAGE_RECIPIENTS, request };
}

export function graphPlan(input: GraphPlanInput): GraphPlan {
  const { outcome, meeting, draftPlan } = input;
  let steps: GraphStep[] = [];
  if (meeting.role === "attendee") {
    if (outcome === "shorter" && input.proposedEnd) {
      steps = [respond(input, input.answer, input.body, { start: meeting.start, end: input.proposedEnd })];
    } else if (outcome === "email") {
      // A decline's message reaches the organizer alone. An update written to everyone (Outlook's
      // way is Reply all) goes to everyone as an email, and the decline carries a short note.
      steps =
        draftPlan.kind === "reply" && draftPlan.cc.length > 0
          ? [mail(input, draftPlan.to, draftPlan.cc, input.notes.updateSubject), respond(input, "decline", input.notes.updateDeclineNote, null)]
          : [respond(input, "decline", input.body, null)];
    } else if (outcome === "delegate" && draftPlan.kind === "new-message" && draftPlan.to.some((r) => r.email)) {
      steps = [mail(input, draftPlan.to, draftPlan.cc), respond(input, "decline", input.notes.declineNote, null)];
    }
  } else if (outcome === "email" && draftPlan.kind === "replacement-email") {
    steps = [
      mail(input, draftPlan.to, draftPlan.cc),
      { kind: "cancel", occurrence: input.isOccurrence, start: meeting.start, comment: input.notes.cancelNote, request: cancelEvent(input.eventId, input.notes.cancelNote) },
    ];
  }
  if (steps.length === 0) return { kind: "none" };
  if (input.isSeriesMaster && steps.some((s) => s.kind !== "sendMail")) return { kind: "series" };
  return { kind: "steps", steps };
}
