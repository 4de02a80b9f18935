// What the host records for tests and the preview: the call log, the windows the
// add-in opened, the settings as last saved, and the item as it now stands, published
// to listeners (batched in a microtask) after every change.

import type { Fixture, FixtureItem, OpenedForm, SimulatedMailbox, UserEdit } from "./types";
import { cloneJson, toLogValue } from "./util";

/** The parts of the recorder that change; `changed` publishes new arrays so React-style consumers see it. */
export type RecorderUpdate = Partial<Pick<SimulatedMailbox, "calls" | "forms" | "savedSettings" | "peakInFlight">>;

export interface Recorder {
  readonly mailbox: SimulatedMailbox;
  /** Logs one Office.js call (callbacks left out, dates as ISO strings). */
  record(api: string, args: unknown[]): void;
  /** Publishes a change: the update, the item's current view, a new revision, then the listeners. */
  changed(update?: RecorderUpdate): void;
  /** A window Outlook would now show. */
  openForm(form: OpenedForm): void;
}

export interface RecorderHooks {
  /** The item as it now stands, in the fixture's shape. */
  itemView(): FixtureItem | null;
  /** Outlook's own editor changing the item (no call is logged); throws for a bad change. */
  userEdit(change: UserEdit): void;
  /** Delay before the user's edit lands, as for Office's callbacks. */
  latencyMs: number;
  /** Puts the window back as it was (called once, by `mailbox.uninstall()`). */
  uninstall(): void;
}

export function createRecorder(fx: Fixture, hooks: RecorderHooks): Recorder {
  const listeners = new Set<(mailbox: SimulatedMailbox) => void>();
  let notifyScheduled = false;
  let installed = true;

  const mailbox: SimulatedMailbox = {
    fixture: fx,
    calls: [],
    item: hooks.itemView(),
    forms: [],
    savedSettings: cloneJson(fx.roamingSettings),
    peakInFlight: 0,
    revision: 0,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    uninstall() {
      if (!installed) return;
      installed = false;
      listeners.clear();
      hooks.uninstall();
    },
    userEdit(change) {
      // Outlook's own editor: no Office.js call, the item simply changes (a moment later).
      return new Promise<void>((resolve, reject) => {
        setTimeout(() => {
          try {
            hooks.userEdit(change);
            changed();
            resolve();
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        }, hooks.latencyMs);
      });
    },
  };

  const changed = (update: RecorderUpdate = {}) => {
    Object.assign(mailbox, update);
    mailbox.item = hooks.itemView();
    mailbox.revision += 1;
    if (notifyScheduled || listeners.size === 0) return;
    notifyScheduled = true;
    queueMicrotask(() => {
      notifyScheduled = false;
      for (const listener of [...listeners]) {
        try {
          listener(mailbox);
        } catch (error) {
          // A broken listener must not break the host's own bookkeeping.
          console.error(error);
        }
      }
    });
  };

  return {
    mailbox,
    record: (api, args) => changed({ calls: [...mailbox.calls, { api, args: args.map((a) => toLogValue(a)) }] }),
    changed,
    openForm: (form) => changed({ forms: [...mailbox.forms, form] }),
  };
}
