// Shapes of a draft: what Offramp will write, and what it will do with it.

import type { OutcomeId, Tone } from "./types";

export interface Recipient {
  name: string;
  email: string;
}

export type DraftPlan =
  /** Attendee: Outlook's reply window to the organizer (reply-all when the whole group should know). */
  | { kind: "reply"; replyAll: boolean; to: Recipient[]; cc: Recipient[] }
  /** Attendee bowing out: a new message to the colleague who will speak for them. */
  | { kind: "new-message"; to: Recipient[]; cc: Recipient[] }
  /** Organizer: change the open event (new end and/or location) and put a note on top of its body. */
  | { kind: "update-event"; newEnd: Date | null; newLocation: string | null }
  /** Organizer: the email that replaces the meeting (Office.js cannot open one from an event being edited). */
  | { kind: "replacement-email"; to: Recipient[]; cc: Recipient[] }
  /** Keep it: nothing to send or change. */
  | { kind: "nothing" };

/**
 * What a change of length reaches in the open event: the event alone, this occurrence of a
 * series, the whole series from now on, or nothing (the host cannot change it).
 */
export type LengthScope = "event" | "occurrence" | "series" | "none";

export interface DraftInputs {
  tone: Tone;
  /** The shorter length in minutes (defaults to the settings). */
  shorterMinutes?: number;
  /**
   * What the organizer's change of length reaches (the event itself unless told): a note on a
   * whole series gives the new times, not one day's date, since it stands on every occurrence.
   */
  lengthScope?: LengthScope;
}

export interface Draft {
  outcome: OutcomeId;
  /** BCP 47 tag the text is written in. */
  locale: string;
  plan: DraftPlan;
  /** The subject the draft will carry. For replies, Outlook sets its own "RE:" subject and this is informative. */
  subject: string;
  subjectEditable: boolean;
  /** Plain text, editable by the user; turned into HTML (escaped) only when applied. */
  body: string;
  /** The concrete proposal in words, e.g. "Tuesday 24 November, 09:00–09:30", or null. */
  proposal: string | null;
}
