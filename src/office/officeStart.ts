// Starting Office and the event read as early as the page allows. The production page
// runs this from a small script of its own (src/taskpane/start.ts), before the bundles with React
// and Fluent UI have arrived, so Office's handshake with Outlook and the first reads of
// the event (a round trip to Outlook each, and the body may come from the server) go on
// while the rest of the pane downloads and starts. The pane's entry then picks up the
// same start: the event is read once.

import type { HostInfo, MailboxAdapter, MailboxSnapshot } from "./mailboxAdapter";
import { createOfficeAdapter, globalOffice, officeHasMailbox, whenOfficeReady } from "./officeAdapter";

/** Office.onReady never settles when Office.js is blocked. */
export const OFFICE_READY_TIMEOUT_MS = 15_000;

/**
 * What Office.js found: a mailbox, with the event's read under way and the host's language
 * and theme already known, or none (a plain browser tab).
 */
export type OfficeStart = { mailbox: true; adapter: MailboxAdapter; host: HostInfo; snapshot: Promise<MailboxSnapshot> } | { mailbox: false };

export interface OfficeStartOptions {
  office?: typeof Office;
  readyTimeoutMs?: number;
}

/**
 * Waits for Office.js (up to `readyTimeoutMs`), then starts reading the open event.
 * Rejects when Office.js is missing or never becomes ready; the snapshot's own
 * failures are the snapshot promise's, for the pane to show.
 */
export async function startOffice(options: OfficeStartOptions = {}): Promise<OfficeStart> {
  const office = options.office ?? globalOffice();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("Office.js did not start")), options.readyTimeoutMs ?? OFFICE_READY_TIMEOUT_MS);
  });
  try {
    await Promise.race([whenOfficeReady(office), timeout]);
  } finally {
    clearTimeout(timer);
  }
  if (!officeHasMailbox(office)) return { mailbox: false };
  const adapter = createOfficeAdapter(office as typeof Office);
  const snapshot = adapter.readSnapshot();
  // The pane may not be there yet to take a failed read: it is not an unhandled rejection meanwhile.
  snapshot.catch(() => undefined);
  return { mailbox: true, adapter, host: adapter.readHost(), snapshot };
}

let started: Promise<OfficeStart> | null = null;

/** The page's one start, on the global Office: the first call begins it, every later one gets the same. */
export function officeStartOnce(): Promise<OfficeStart> {
  if (!started) {
    started = startOffice();
    started.catch(() => undefined);
  }
  return started;
}
