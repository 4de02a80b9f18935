// The pure core's vocabulary. Nothing here knows about Office.js or React:
// the Office adapter turns Office's item into the plain `Raw*` shapes below,
// and the task pane only ever sees `Meeting`, `Advice` and `Draft`.

export type Importance = "key" | "regular" | "minor";
export const IMPORTANCES: readonly Importance[] = ["key", "regular", "minor"];

export type Reason = "workload" | "conflict" | "repetitive" | "emergency" | "dislike";
export const REASONS: readonly Reason[] = ["workload", "conflict", "repetitive", "emergency", "dislike"];

/** The five ways out, in the order used to break ties. `delegate` is "bow out". */
export type OutcomeId = "call" | "shorter" | "email" | "delegate" | "keep";
export const OUTCOMES: readonly OutcomeId[] = ["call", "shorter", "email", "delegate", "keep"];

export type Role = "organizer" | "attendee";
export type Tone = "friendly" | "formal";
export type LocationKind = "in-person" | "online" | "phone" | "none";
export type ResponseType = "organizer" | "accepted" | "tentative" | "declined" | "none";

/** A message from a catalog, still untranslated: the core decides *what* to say, the UI says it. */
export interface MessageRef {
  key: string;
  values?: Record<string, string | number>;
}

// ---------------------------------------------------------------------------
// What the adapter reads off Outlook (plain data)

export interface RawAddress {
  displayName?: string | null;
  emailAddress?: string | null;
  appointmentResponse?: string | null;
}

export interface RawUser {
  displayName: string | null;
  emailAddress: string | null;
  /** As Outlook reports it: a Windows zone name ("Romance Standard Time"), or an IANA name. */
  timeZone: string | null;
}

export interface RawRecurrence {
  recurrenceType?: string | null;
  interval?: number | null;
}

export interface RawAppointment {
  itemType: "appointment";
  subject: string | null;
  /** UTC instants, as Office.js hands them over. */
  start: Date | null;
  end: Date | null;
  location: string | null;
  organizer: RawAddress | null;
  requiredAttendees: RawAddress[];
  optionalAttendees: RawAddress[];
  /** The body as plain text, or null where Outlook could not hand it over (the read failed). */
  bodyText: string | null;
  recurrence: RawRecurrence | null;
  /**
   * True where Outlook has the item's recurrence but could not hand it over: the event may be a
   * whole series, so nothing may be said or done as if it were one meeting (absent: known).
   */
  recurrenceUnknown?: boolean;
  seriesId: string | null;
}

export interface RawMessage {
  itemType: "message";
  subject: string | null;
}

/**
 * An Outlook older than Mailbox 1.3, which the manifest requires: Outlook should not
 * load Offramp there at all, and where it does, the adapter reads nothing from it.
 */
export interface RawUnsupportedHost {
  itemType: "unsupported-host";
  /** Outlook's own build number (`mailbox.diagnostics.hostVersion`), null where Office does not say. */
  hostVersion: string | null;
}

export type RawItem = RawAppointment | RawMessage | RawUnsupportedHost | null;

// ---------------------------------------------------------------------------
// The meeting model

export interface Person {
  name: string;
  email: string;
  /** Lower-case email domain, "" when the address is missing. */
  domain: string;
  /** Same email domain as the user. */
  isColleague: boolean;
  response: ResponseType | null;
}

export interface Meeting {
  subject: string;
  start: Date;
  end: Date;
  durationMinutes: number;
  /** IANA zone the user sees the calendar in. */
  timeZone: string;
  location: string;
  locationKind: LocationKind;
  /** In person at an external organisation's premises (their office, not ours). */
  atClientPremises: boolean;
  role: Role;
  user: Person;
  organizer: Person | null;
  /** Everyone invited except the user, organizer included, each address once. */
  attendees: Person[];
  colleagues: Person[];
  externals: Person[];
  /** Lower-case external email domains, each once, in order of appearance. */
  externalDomains: string[];
  organizedByColleague: boolean;
  isRecurring: boolean;
  /** Outlook could not say whether this event repeats (its recurrence read failed): it may be a series. */
  recurrenceUnknown: boolean;
  /** A status / update / sync kind of meeting, judged from the subject. */
  isStatusMeeting: boolean;
  /** Agenda items found in the body, in order. */
  agenda: string[];
}

/** Why there is nothing to advise on: each gets its own message in the pane. */
export type MeetingProblem =
  | "host-too-old"
  | "no-item"
  | "not-appointment"
  | "missing-times"
  | "same-start-end"
  | "end-before-start"
  | "all-day"
  | "no-attendees";

export type MeetingResult =
  | { ok: true; meeting: Meeting }
  /** `hostVersion`: for "host-too-old", the build Outlook reports (for the message, and whoever updates Outlook). */
  | { ok: false; problem: MeetingProblem; hostVersion?: string | null };

// ---------------------------------------------------------------------------
// Settings (roaming settings keys, see the fixture README)

export interface Settings {
  keyClientDomains: string[];
  callDetails: string;
  shorterMinutes: number;
  tone: Tone;
  /** email domain -> BCP 47 tag last chosen for drafts to that organisation */
  draftLanguageByDomain: Record<string, string>;
  /** email domain -> the name the user gives that client ("northwind.it" -> "Northwind Italia") */
  organisationNames: Record<string, string>;
}

export type SettingsKey = keyof Settings;

// ---------------------------------------------------------------------------
// Advice

export interface Answers {
  importance: Importance;
  reason: Reason;
}

export interface Savings {
  /** Minutes of meeting the user gets back. */
  minutes: number;
  /** A trip to or from the venue is no longer needed. */
  trip: boolean;
}

export interface OutcomeAdvice {
  id: OutcomeId;
  score: number;
  available: boolean;
  /** Set when `available` is false: why this way out does not apply. */
  unavailableReason: MessageRef | null;
  /** One or two reasons, drawn from the event and the answers, best first. */
  reasons: MessageRef[];
  savings: Savings;
  recommended: boolean;
}

export interface Advice {
  /** All five outcomes, best first; the first available one is recommended. */
  ranked: OutcomeAdvice[];
}
