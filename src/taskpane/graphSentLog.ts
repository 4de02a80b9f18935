// What this pane has sent through Microsoft Graph for the open event. It lives as
// long as the Graph session (one per opened event), not as long as the Graph
// section: the draft panel is rebuilt for every outcome the user picks, and a
// response already sent must stay sent, whichever outcome is shown next.

import type { OutcomeId } from "../core/types";
import type { GraphStep } from "../office/graph/plan";
import type { GraphSession } from "../office/graph/session";

export interface SentRecord {
  /** The outcome whose Graph section sent it. */
  outcome: OutcomeId;
  /** The step exactly as it went out (its text, its recipients, its request). */
  step: GraphStep;
  /** "sending" until Graph answers; a refused step is dropped, since nothing went out. */
  status: "sending" | "sent";
  /** When Graph accepted it. */
  at: Date | null;
}

export interface SentLog {
  /** Immutable: a new array after every change (what useSyncExternalStore needs). */
  records(): readonly SentRecord[];
  begin(outcome: OutcomeId, step: GraphStep): SentRecord;
  sent(record: SentRecord, at: Date): void;
  drop(record: SentRecord): void;
  subscribe(listener: () => void): () => void;
}

export function createSentLog(): SentLog {
  let records: readonly SentRecord[] = [];
  const listeners = new Set<() => void>();
  const replace = (next: readonly SentRecord[]) => {
    records = next;
    for (const listener of [...listeners]) listener();
  };
  return {
    records: () => records,
    begin(outcome, step) {
      const record: SentRecord = { outcome, step, status: "sending", at: null };
      replace([...records, record]);
      return record;
    },
    sent(record, at) {
      replace(records.map((r) => (r === record ? { ...r, status: "sent", at } : r)));
    },
    drop(record) {
      replace(records.filter((r) => r !== record));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const logs = new WeakMap<GraphSession, SentLog>();

/** One log per Graph session, i.e. per opened event. */
export function sentLogFor(session: GraphSession): SentLog {
  let log = logs.get(session);
  if (!log) logs.set(session, (log = createSentLog()));
  return log;
}

export type StepStanding =
  /** Nothing of it went out yet: it may be offered. */
  | { kind: "open" }
  /** This outcome already sent it (or is sending it). */
  | { kind: "sent"; record: SentRecord }
  /** An answer to the organizer already went out from another outcome: a second one would contradict it. */
  | { kind: "answered"; record: SentRecord };

/**
 * Where a step of `outcome`'s plan stands, given what was sent for this event.
 * An invitee answers the organizer once: after a decline, a tentative yes or a
 * proposal, no other outcome offers another answer. An email is its outcome's own
 * (the briefing to a colleague, the organizer's update), so it is "sent" only there,
 * and one outcome's email never blocks another's step: after a failure half-way
 * (the briefing sent, the decline refused) the decline is still open.
 */
export function standingOf(records: readonly SentRecord[], outcome: OutcomeId, step: GraphStep): StepStanding {
  const own = records.find((r) => r.outcome === outcome && r.step.kind === step.kind);
  if (own) return { kind: "sent", record: own };
  const answer = step.kind === "respond" ? records.find((r) => r.step.kind === "respond") : undefined;
  if (answer) return { kind: "answered", record: answer };
  return { kind: "open" };
}
