// The fixture format (see the fixture README: the format is a contract) and what
// the simulated host records about the add-in's calls.

// ---------------------------------------------------------------------------
// Fixture format

export type FixturePlatform = "OfficeOnline" | "PC" | "Mac" | "iOS" | "Android";
export type FixtureResponse = "organizer" | "accepted" | "tentative" | "declined" | "none";

export interface FixtureAddress {
  displayName: string;
  emailAddress: string;
  appointmentResponse?: FixtureResponse;
}

export interface FixtureBody {
  type: "html" | "text";
  content: string;
}

export interface FixtureRecurrence {
  recurrenceType: string;
  interval?: number;
  [key: string]: unknown;
}

export interface FixtureAppointment {
  itemType: "appointment";
  subject: string;
  /** ISO 8601 as given in the fixture; after a change, UTC ("...Z"). */
  start: string | null;
  end: string | null;
  location: string;
  organizer: FixtureAddress | null;
  requiredAttendees: FixtureAddress[];
  optionalAttendees: FixtureAddress[];
  body: FixtureBody;
  isAllDayEvent: boolean;
  recurrence: FixtureRecurrence | null;
  seriesId: string | null;
  /**
   * The places of `enhancedLocation` (Mailbox 1.8). The fixture README has no
   * such field; a fixture may give `item.enhancedLocation` as
   * `[{ "displayName", "emailAddress"?, "type": "room" | "custom" }]`, and without
   * it each "; "-separated part of `location` is a custom place, as Outlook shows it.
   */
  enhancedLocation: FixtureLocation[];
}

export interface FixtureLocation {
  displayName: string;
  emailAddress: string;
  /** Office.MailboxEnums.LocationType: a booked room, or free text. */
  type: "room" | "custom";
}

export interface FixtureMessage {
  itemType: "message";
  subject: string;
}

export type FixtureItem = FixtureAppointment | FixtureMessage;

export interface FixtureFailure {
  api: string;
  code: number;
  message: string;
  /** Office's error name; derived from the code when the fixture gives none. */
  name: string;
  /** The call is logged and its callback never comes (Outlook lost it). */
  hang: boolean;
}

export interface Fixture {
  name: string;
  description: string;
  host: { platform: FixturePlatform; displayLanguage: string; theme: "light" | "dark"; mailboxVersion: string };
  user: { displayName: string; emailAddress: string; timeZone: string };
  mode: "read" | "compose";
  item: FixtureItem | null;
  roamingSettings: Record<string, unknown>;
  failures: FixtureFailure[];
}

/** A fixture that does not follow the format; the message names the field. */
export class FixtureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FixtureError";
  }
}

// ---------------------------------------------------------------------------
// What the simulated host records

export interface RecordedCall {
  /** Dotted path from Office.context.mailbox ("item.end.setAsync"), or "roamingSettings.*", "requirements.*", "window.alert". */
  api: string;
  /** Arguments without callbacks; Dates as ISO strings. */
  args: unknown[];
}

export interface FormRecipient {
  displayName: string;
  emailAddress: string;
}

/** A window Outlook would now show: what the user sees after a display* call. */
export interface OpenedForm {
  kind: "reply" | "replyAll" | "newMessage" | "newAppointment";
  to: FormRecipient[];
  cc: FormRecipient[];
  subject: string;
  htmlBody: string;
  /** New appointment forms only (UTC ISO strings). */
  start?: string | null;
  end?: string | null;
  location?: string;
}

export interface SimulatedMailbox {
  readonly fixture: Fixture;
  /** Every Office.js call, in order. */
  calls: RecordedCall[];
  /** The item as it now stands, in the fixture's shape (dates UTC, "Z"). */
  item: FixtureItem | null;
  /** Windows the add-in opened (reply, reply all, new message, new appointment). */
  forms: OpenedForm[];
  /** Roaming settings as last saved with saveAsync (the fixture's until then). */
  savedSettings: Record<string, unknown>;
  /** Most async calls ever in flight at once. */
  peakInFlight: number;
  /** Increases on every change above; handy as a snapshot key. */
  revision: number;
  /** Called (in a microtask, batched) after calls, item, forms or settings change. Returns an unsubscribe. */
  onChange(listener: (mailbox: SimulatedMailbox) => void): () => void;
  /** Removes `Office` and restores alert/confirm/prompt and history as they were. */
  uninstall(): void;
  /**
   * Changes the open item as the user typing in Outlook would, without a call-log
   * entry (a new start alone keeps the duration). Resolves once the item has changed.
   */
  userEdit(change: UserEdit): Promise<void>;
}

/** What `userEdit` may change (see the fixture README). */
export interface UserEdit {
  start?: string;
  end?: string;
  location?: string;
  bodyAppendHtml?: string;
  bodyAppendText?: string;
}

export interface SimulatedHostOptions {
  /** Delay before each async callback, in ms (default 0: next macrotask). */
  latencyMs?: number;
  /**
   * Calls Outlook answers late, by api ("item.location.setAsync": 200): the first such call
   * runs, and its change lands, only after that many ms, as when Outlook is slow rather than
   * lost; later calls of that api answer as usual.
   */
  lateMs?: Readonly<Record<string, number>>;
}

