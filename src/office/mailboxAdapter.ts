// The contract between the task pane and Outlook. `officeAdapter.ts` implements
// it on Office.js and is the only code in the product that touches `Office.*`;
// tests and the preview drive the same implementation against an Office-shaped
// host. Everything crossing this line is plain data from `core/types`.

import type { LengthScope, Recipient } from "../core/drafts.types";
import type { RawItem, RawUser } from "../core/types";

export type MailboxMode = "read" | "compose";

export interface HostInfo {
  /** Office.context.platform ("OfficeOnline", "PC", "Mac", ...) or null outside Office. */
  platform: string | null;
  /** Office.context.displayLanguage, e.g. "en-US". */
  displayLanguage: string;
  /** Office theme colours (Mailbox 1.14), null where the host does not expose them. */
  theme: { bodyBackgroundColor: string; bodyForegroundColor: string; controlBackgroundColor: string; controlForegroundColor: string } | null;
}

export interface MailboxSnapshot {
  host: HostInfo;
  user: RawUser;
  mode: MailboxMode;
  item: RawItem;
  /** What each roaming-settings key holds, unvalidated (the core parses it). Missing keys are absent. */
  settings: Record<string, unknown>;
  /** What this host can do, so the pane offers only what will work. */
  capabilities: Capabilities;
  /** Booked rooms in the event's enhancedLocation (Mailbox 1.8); empty where the host cannot tell. */
  rooms: string[];
  /**
   * Set when Outlook named a time zone Offramp cannot map: the times then follow
   * Outlook's own conversion (convertToLocalClientTime), a fixed offset, and the pane says so.
   */
  timeZoneFallback: { reported: string; offsetMinutes: number } | null;
}

export interface Capabilities {
  /** Mailbox 1.3: body.getAsync / setAsync (reading the agenda, restoring the body). */
  readBody: boolean;
  /** Attendee mode: displayReplyForm / displayReplyAllForm. */
  replyForms: boolean;
  /** displayNewMessageForm exists here (Mailbox 1.6, read mode only). */
  newMessageForm: boolean;
  /** Organizer mode: the event's end, location and body can be changed. */
  editEvent: boolean;
  /**
   * How "make it shorter" can change this event: a single event or one occurrence
   * through end.setAsync; a whole series through item.recurrence (Mailbox 1.7);
   * "none" where Outlook allows neither (a series in classic Outlook for Windows
   * without the recurrence API, or read mode).
   */
  changeLength: LengthScope;
  /** NestedAppAuth 1.1: Microsoft Graph can be reached from here (given the organisation's client id). */
  nestedAppAuth: boolean;
}

/** Who a message goes to: the core's type, so the draft's recipients cross this line unchanged. */
export type { Recipient };

/** A change to the open event (organizer mode). Unset fields are left alone. */
export interface EventChange {
  /**
   * The new length in minutes. The end is computed from the start as Outlook has it
   * when the change is applied (the user may have moved the meeting since the pane
   * opened); on a series, every meeting from now on gets this length.
   */
  lengthMinutes?: number;
  location?: string;
  /** Goes on top of the body, never replacing it; the adapter picks the format the body is in. */
  prependToBody?: { text: string; html: string };
}

/** The event as it stood before a change: what Undo puts back. */
export interface EventRestorePoint {
  start: Date;
  end: Date;
  location: string;
  /** The series' length in minutes, when the change went through item.recurrence. */
  seriesLengthMinutes: number | null;
}

/** The parts of an event Offramp may change (and put back). */
export type EventField = "end" | "seriesLength" | "location" | "body";

/** What Offramp wrote, so that Undo can tell its own values from the user's later edits. */
export interface WrittenValues {
  end?: Date;
  seriesLengthMinutes?: number;
  location?: string;
  /** The note on top of the body: found again by its marker (HTML) or its text (plain text). */
  note?: { marker: string; text: string; bodyType: "html" | "text" };
}

export interface AppliedChange {
  restorePoint: EventRestorePoint;
  /** What changed, field by field, in the order applied. */
  changed: EventField[];
  written: WrittenValues;
}

/** What Undo did, field by field. */
export interface RestoreReport {
  restored: EventField[];
  /** Fields the user changed since Offramp wrote them: left exactly as they are now. */
  keptUserEdits: EventField[];
  /** Fields Outlook could not put back; Undo can be tried again for these. */
  failed: Array<{ field: EventField; error: OfficeCallError }>;
}

export type OfficeErrorKind =
  | "unsupported" // the member does not exist on this host / mode / requirement set
  | "failed" // Office called back with status "failed"
  | "thrown" // the call threw (display* limits, unknown parameters)
  | "timeout" // Office never called back within the time limit (a lost call)
  | "rolled-back" // a multi-step change failed; everything done before it was undone
  | "rollback-failed"; // ... and undoing failed too: the item may be half changed

/** Every failure the adapter reports, with Office's own code and name where it gave one. */
export class OfficeCallError extends Error {
  constructor(
    readonly api: string,
    readonly kind: OfficeErrorKind,
    readonly code: number | null,
    readonly officeName: string | null,
    message: string,
    /** For "rolled-back" and "rollback-failed": the failure that started it ("timeout", "failed", ...). */
    readonly causeKind: OfficeErrorKind = kind,
    /** For "rollback-failed": what is still changed, for Undo to put back. */
    readonly leftChanged: AppliedChange | null = null,
  ) {
    super(message);
    this.name = "OfficeCallError";
  }

  /**
   * For "timeout": settles when Outlook answers the call after all (never, if it lost it).
   * A rollback waits a moment for it, so that a late change is not left behind.
   */
  answered: Promise<void> | null = null;

  /**
   * For a rollback whose timed-out step Outlook had still not answered after the wait: settles
   * once Outlook answers and that field has been checked and put back again. Null if all is as
   * the error says (or a newer change or Undo took over); a "rollback-failed" error, with what is
   * still changed, if the late change landed and could not be put back.
   */
  lateRepair: Promise<OfficeCallError | null> | null = null;
}

export interface MailboxAdapter {
  /** How long one Office.js call may take before it counts as lost, in ms (for the pane's message). */
  readonly callTimeoutMs: number;

  /**
   * The host's platform, display language and theme, as the snapshot will have them: plain
   * properties, read at once, so the pane's language and theme can load while the event is read.
   * Never throws.
   */
  readHost(): HostInfo;

  /** Reads everything the pane needs, once, when it opens. Never throws for a missing item. */
  readSnapshot(): Promise<MailboxSnapshot>;

  /** Attendee: opens Outlook's reply (or reply-all) window to the organizer, pre-filled. */
  openReply(options: { replyAll: boolean; htmlBody: string }): Promise<void>;

  /** Opens a new message window (attendee mode, where `capabilities.newMessageForm`). */
  openNewMessage(message: { to: Recipient[]; cc: Recipient[]; subject: string; htmlBody: string }): Promise<void>;

  /**
   * Organizer: applies the change to the open event, in the order length, location, body.
   * If a step fails or times out, the steps before it are undone and an OfficeCallError of kind
   * "rolled-back" is thrown, so the event is never half changed; if undoing fails too,
   * "rollback-failed", carrying what is still changed (`leftChanged`).
   */
  changeEvent(change: EventChange): Promise<AppliedChange>;

  /**
   * Organizer: Undo. Re-reads each changed field and puts it back only if it still
   * holds what Offramp wrote; a field the user edited since is left alone. The body is
   * never replaced wholesale: only Offramp's own note is taken out, where it can be found.
   */
  restoreEvent(applied: AppliedChange): Promise<RestoreReport>;

  /** Saves the given roaming settings keys (and removes keys set to undefined). */
  saveSettings(values: Record<string, unknown>): Promise<void>;
}
