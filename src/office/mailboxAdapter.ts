// The contract between the task pane and Outlook. `officeAdapter.ts` implements
// it on Office.js and is the only code in the product that touches `Office.*`;
// tests and the preview drive the same implementation against an Office-shaped
// host. Everything crossing this line is plain data from `core/types`.

import type { Recipient } from "../core/drafts.types";
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
}

/** Who a message goes to: the core's type, so the draft's recipients cross this line unchanged. */
export type { Recipient };

/** A change to the open event (organizer mode). Unset fields are left alone. */
export interface EventChange {
  /** New end, a UTC instant. */
  end?: Date;
  location?: string;
  /** Goes on top of the body, never replacing it; the adapter picks the format the body is in. */
  prependToBody?: { text: string; html: string };
}

/** The event as it stood before a change: enough to put it back exactly. */
export interface EventRestorePoint {
  end: Date;
  location: string;
  body: { type: "html" | "text"; content: string } | null;
}

/** The parts of an event Offramp may change (and put back). */
export type EventField = "end" | "location" | "body";

export interface AppliedChange {
  restorePoint: EventRestorePoint;
  /** What changed, field by field, in the order applied. */
  changed: EventField[];
}

export type OfficeErrorKind =
  | "unsupported" // the member does not exist on this host / mode / requirement set
  | "failed" // Office called back with status "failed"
  | "thrown" // the call threw (display* limits, unknown parameters)
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
  ) {
    super(message);
    this.name = "OfficeCallError";
  }
}

export interface MailboxAdapter {
  /** Reads everything the pane needs, once, when it opens. Never throws for a missing item. */
  readSnapshot(): Promise<MailboxSnapshot>;

  /** Attendee: opens Outlook's reply (or reply-all) window to the organizer, pre-filled. */
  openReply(options: { replyAll: boolean; htmlBody: string }): Promise<void>;

  /** Opens a new message window (attendee mode, where `capabilities.newMessageForm`). */
  openNewMessage(message: { to: Recipient[]; cc: Recipient[]; subject: string; htmlBody: string }): Promise<void>;

  /**
   * Organizer: applies the change to the open event, in the order end, location, body.
   * If a step fails, the steps before it are undone and an OfficeCallError of kind
   * "rolled-back" (or "rollback-failed") is thrown, so the event is never half changed.
   */
  changeEvent(change: EventChange): Promise<AppliedChange>;

  /** Organizer: puts the given fields (end, location and body by default) back exactly as the restore point holds them. */
  restoreEvent(restorePoint: EventRestorePoint, fields?: readonly EventField[]): Promise<void>;

  /** Saves the given roaming settings keys (and removes keys set to undefined). */
  saveSettings(values: Record<string, unknown>): Promise<void>;
}
