// The state behind the draft's buttons: what is running, what the last action
// said, and, for an organizer's change, what Offramp still has changed (the
// restore point Undo works from).
//
// The rules the user can count on:
// - one action at a time: a second click in the same tick does nothing;
// - a change that failed half-way and could not be rolled back keeps its restore
//   point and the Undo button, and Apply is not offered again over it;
// - Undo puts back only what still holds Offramp's values and says, field by
//   field, what it left and why.

import { useState, useSyncExternalStore } from "react";
import type { AppliedChange, EventChange, EventField, MailboxAdapter, RestoreReport } from "../../office/mailboxAdapter";
import { OfficeCallError } from "../../office/mailboxAdapter";
import type { MessageKey, Translator } from "../../core/i18n";
import { describeError } from "../describeError";

export type DraftStatus =
  | { kind: "idle" }
  | { kind: "working" }
  | { kind: "done" | "error"; message: string; lines?: string[] };

/** A result as the pane shows it: a message and, optionally, lines that follow it. */
export type ActionResult = Exclude<DraftStatus, { kind: "idle" } | { kind: "working" }> | { kind: "idle" };

const FIELD_KEYS: Record<EventField, MessageKey> = {
  end: "field.end",
  seriesLength: "field.seriesLength",
  location: "field.location",
  body: "field.body",
};

export function fieldName(tr: Translator, field: EventField): string {
  return tr.t(FIELD_KEYS[field]);
}

/** What went wrong in a few words: Outlook's own message, or the time limit in the pane's language. */
function errorDetail(tr: Translator, error: unknown, timeoutMs: number): string {
  if (error instanceof OfficeCallError && (error.kind === "timeout" || error.causeKind === "timeout")) {
    return tr.t("error.timeoutDetail", { seconds: Math.round(timeoutMs / 1000) });
  }
  return describeError(error) || tr.t("error.unknownDetail");
}

/** The pane's words for a failed Office call: the time limit in plain words, Outlook's own message otherwise. */
export function errorMessage(tr: Translator, error: unknown, timeoutMs: number): string {
  const seconds = Math.round(timeoutMs / 1000);
  const detail = errorDetail(tr, error, timeoutMs);
  if (!(error instanceof OfficeCallError)) return tr.t("error.apply", { detail });
  if (error.kind === "timeout") return tr.t("error.timeout", { seconds });
  if (error.kind === "rolled-back") return error.causeKind === "timeout" ? tr.t("error.timeoutRolledBack", { seconds }) : tr.t("error.rolledBack", { detail });
  if (error.kind === "rollback-failed") return tr.t("error.rollbackFailed", { detail });
  return tr.t("error.apply", { detail });
}

/** What Undo's report means to the user, one line per field that did not simply come back. */
function describeRestore(tr: Translator, report: RestoreReport, timeoutMs: number): ActionResult {
  const lines: string[] = [];
  for (const field of report.keptUserEdits) {
    lines.push(field === "body" ? tr.t("undo.noteByHand") : tr.t("undo.keptEdit", { field: fieldName(tr, field) }));
  }
  for (const { field, error } of report.failed) {
    lines.push(tr.t("undo.failed", { field: fieldName(tr, field), detail: errorDetail(tr, error, timeoutMs) }));
  }
  const restored = report.restored.map((f) => fieldName(tr, f));
  const message = restored.length > 0 ? tr.t("undo.restored", { fields: tr.list(restored) }) : (lines.shift() ?? "");
  return { kind: report.failed.length > 0 ? "error" : "done", message, lines };
}

/**
 * What Offramp has changed in the open event, kept per adapter (one per open event),
 * not per panel: choosing another way out, or visiting Settings, remounts the draft,
 * and neither may lose the Undo or allow a second change on top of the first.
 */
interface ChangeState {
  pending: AppliedChange | null;
  locked: boolean;
  /** One action at a time; a plain flag, so two clicks in one tick see it at once. */
  busy: boolean;
}

interface ChangeStore {
  state: ChangeState;
  listeners: Set<() => void>;
}

const stores = new WeakMap<MailboxAdapter, ChangeStore>();

function storeFor(adapter: MailboxAdapter): ChangeStore {
  let store = stores.get(adapter);
  if (!store) {
    store = { state: { pending: null, locked: false, busy: false }, listeners: new Set() };
    stores.set(adapter, store);
  }
  return store;
}

function update(store: ChangeStore, change: Partial<ChangeState>) {
  store.state = { ...store.state, ...change };
  for (const listener of [...store.listeners]) listener();
}

function useChangeStore(adapter: MailboxAdapter): [ChangeState, (change: Partial<ChangeState>) => void, ChangeStore] {
  const store = storeFor(adapter);
  const state = useSyncExternalStore(
    (notify) => {
      store.listeners.add(notify);
      return () => store.listeners.delete(notify);
    },
    () => store.state,
  );
  return [state, (change) => update(store, change), store];
}

export interface DraftActions {
  status: DraftStatus;
  working: boolean;
  /** What Offramp still has changed in the event (Undo's restore point), or null. */
  pending: AppliedChange | null;
  /** The event may carry Offramp's change (or its note): Apply must not run over it again. */
  locked: boolean;
  /** Runs one action; ignored while another is running. */
  run(action: () => Promise<ActionResult>): Promise<void>;
  /** Applies an organizer's change; `describe` turns what changed into the message. */
  applyChange(change: EventChange, describe: (applied: AppliedChange) => string, onFailure?: () => string[]): Promise<void>;
  undo(): Promise<void>;
  /** Shows a message without running anything (e.g. a failed settings save). */
  report(result: ActionResult): void;
}

export function useDraftActions(adapter: MailboxAdapter, tr: Translator, timeoutMs: number): DraftActions {
  const [status, setStatus] = useState<DraftStatus>({ kind: "idle" });
  const [{ pending, locked }, setChange, store] = useChangeStore(adapter);
  const setPending = (next: AppliedChange | null) => setChange({ pending: next });
  const setLocked = (next: boolean) => setChange({ locked: next });

  const run = async (action: () => Promise<ActionResult>) => {
    // Read from the store, not from this render: two clicks in one tick both see the first.
    if (store.state.busy) return;
    store.state = { ...store.state, busy: true };
    setStatus({ kind: "working" });
    try {
      setStatus(await action());
    } catch (error) {
      setStatus({ kind: "error", message: errorMessage(tr, error, timeoutMs) });
    } finally {
      setChange({ busy: false });
    }
  };

  // Outlook answered a timed-out step after the rollback, its change landed, and putting it back
  // failed: the event is changed after all, so Undo comes back for that field (with any left before).
  const reportLateChange = (late: OfficeCallError | null) => {
    if (!late?.leftChanged) return;
    const before = store.state.pending;
    const changed = [...new Set([...(before?.changed ?? []), ...late.leftChanged.changed])];
    setPending({ ...(before ?? late.leftChanged), changed });
    setLocked(true);
    setStatus({ kind: "error", message: errorMessage(tr, late, timeoutMs), lines: [tr.t("error.stillChanged")] });
  };

  const applyChange: DraftActions["applyChange"] = (change, describe, onFailure) =>
    run(async () => {
      try {
        const applied = await adapter.changeEvent(change);
        setPending(applied);
        setLocked(true);
        return { kind: "done", message: describe(applied) };
      } catch (error) {
        const extra = onFailure?.() ?? [];
        if (error instanceof OfficeCallError && error.lateRepair) void error.lateRepair.then(reportLateChange, () => undefined);
        if (error instanceof OfficeCallError && error.kind === "rollback-failed" && error.leftChanged) {
          setPending(error.leftChanged);
          setLocked(true);
          return { kind: "error", message: errorMessage(tr, error, timeoutMs), lines: [tr.t("error.stillChanged"), ...extra] };
        }
        if (error instanceof OfficeCallError && error.kind === "rollback-failed") setLocked(true);
        return { kind: "error", message: errorMessage(tr, error, timeoutMs), lines: extra };
      }
    });

  const undo = () =>
    run(async () => {
      const current = store.state.pending;
      if (!current) return { kind: "idle" };
      let report: RestoreReport;
      try {
        report = await adapter.restoreEvent(current);
      } catch (error) {
        // Nothing was put back: the restore point and the Undo button stay.
        return { kind: "error", message: tr.t("error.undo", { detail: errorDetail(tr, error, timeoutMs) }) };
      }
      const failed = report.failed.map((f) => f.field);
      // What could not be put back stays for the next Undo; the rest is done.
      setPending(failed.length > 0 ? { ...current, changed: current.changed.filter((f) => failed.includes(f)) } : null);
      // A note left in the body (the user edited it) must not get a second one on top.
      setLocked(failed.length > 0 || report.keptUserEdits.includes("body"));
      return describeRestore(tr, report, timeoutMs);
    });

  return {
    status,
    working: status.kind === "working",
    pending,
    locked,
    run,
    applyChange,
    undo,
    report: (result) => setStatus(result),
  };
}
