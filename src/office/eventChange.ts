// Organizer changes to the open event, and their Undo.
//
// Outlook is not a store that gives back what it was given: the user keeps
// editing the event while the pane is open, HTML comes back rewritten, a series
// in classic Outlook for Windows refuses start/end.setAsync, and a callback may
// never come. So every step here re-reads before it puts anything back, and
// puts back only what still holds Offramp's own value.

import {
  OfficeCallError,
  type AppliedChange,
  type EventChange,
  type EventField,
  type EventRestorePoint,
  type RestoreReport,
  type WrittenValues,
} from "./mailboxAdapter";
import { hasMethod, isObject, member, toOfficeCallError, unsupported, type Loose, type OfficeCaller } from "./officeCalls";

type BodyType = "html" | "text";

export interface EventChangeDeps {
  caller: OfficeCaller;
  /** The open item in compose mode, or throws "unsupported" for `api`. */
  composeItem(api: string): Loose;
  coercionFor(type: BodyType): unknown;
}

/** Where a changed field stands when it is re-read. */
type FieldState = "ours" | "original" | "other";

interface Step {
  field: EventField;
  apply(): Promise<void>;
  /** Re-reads the field: still Offramp's value, back to the original, or changed by someone else. */
  check(): Promise<FieldState>;
  /** Puts the original back (called only when `check` says "ours"). */
  restore(): Promise<void>;
}

function asDate(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : new Date(value.getTime());
  if (typeof value === "string" || typeof value === "number") {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  return null;
}

const sameInstant = (a: Date | null, b: Date) => a !== null && Math.abs(a.getTime() - b.getTime()) < 1000;

/** Text compared without any whitespace: Outlook re-wraps lines and paragraphs as it likes. */
const squeeze = (text: string) => text.replace(/\s+/g, "");

function noteMarker(): string {
  const random = typeof crypto !== "undefined" && "getRandomValues" in crypto ? crypto.getRandomValues(new Uint32Array(2)).join("") : String(Math.random()).slice(2);
  return `offramp-note-${Number(random.slice(0, 15)).toString(36)}`;
}

/** The note's HTML: a block that carries its marker in id and class, the two attributes Outlook keeps. */
function markedNoteHtml(html: string, marker: string): string {
  return `<div id="${marker}" class="offramp-note ${marker}">${html}</div>`;
}

/** The element holding Offramp's note in a body Outlook rewrote (ids may come back prefixed, e.g. "x_"). */
function findNoteElement(doc: Document, marker: string): Element | null {
  return doc.querySelector(`[id$="${marker}"]`) ?? doc.querySelector(`[class*="${marker}"]`);
}

/** A regular expression for the note at the very top of a text body, whatever line endings Outlook chose. */
function textNotePattern(note: string): RegExp {
  const escaped = note.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\r?\n/g, "\\r?\\n");
  return new RegExp(`^\\s*${escaped}`);
}

export function eventChanges({ caller, composeItem, coercionFor }: EventChangeDeps) {
  const { callAsync } = caller;
  const get = (current: Loose, name: string) => callAsync<unknown>(`item.${name}.getAsync`, current[name], "getAsync");
  const set = (current: Loose, name: string, value: unknown) => callAsync<void>(`item.${name}.setAsync`, current[name], "setAsync", [value]);

  const isSeries = (current: Loose, recurrence: unknown) => isObject(recurrence) && !member(current, "seriesId");

  async function readRecurrence(current: Loose): Promise<Loose | null> {
    if (!hasMethod(current.recurrence, "getAsync")) return null;
    const value = await callAsync<unknown>("item.recurrence.getAsync", current.recurrence, "getAsync");
    return isObject(value) ? value : null;
  }

  function seriesLengthOf(recurrence: Loose | null): number | null {
    const time = member(recurrence, "seriesTime");
    if (!hasMethod(time, "getDuration")) return null;
    const minutes = (time as { getDuration(): unknown }).getDuration();
    return typeof minutes === "number" ? minutes : null;
  }

  /** Reads the series afresh, gives it the new length and hands it back to Outlook. */
  async function setSeriesLength(current: Loose, minutes: number): Promise<void> {
    const recurrence = await readRecurrence(current);
    const time = member(recurrence, "seriesTime");
    if (!recurrence || !hasMethod(time, "setDuration")) throw unsupported("item.recurrence.setAsync");
    try {
      (time as { setDuration(m: number): void }).setDuration(minutes);
    } catch (thrown) {
      throw toOfficeCallError("item.recurrence.setAsync", "thrown", thrown);
    }
    await callAsync<void>("item.recurrence.setAsync", current.recurrence, "setAsync", [recurrence]);
  }

  async function readBody(current: Loose, type: BodyType): Promise<string> {
    const value = await callAsync<unknown>("item.body.getAsync", current.body, "getAsync", [coercionFor(type)]);
    return typeof value === "string" ? value : "";
  }

  const writeBody = (current: Loose, type: BodyType, content: string) =>
    callAsync<void>("item.body.setAsync", current.body, "setAsync", [content, { coercionType: coercionFor(type) }]);

  /**
   * Finds Offramp's note in the body as Outlook has it now. "ours" when it is there
   * as written (its text unchanged); "original" when there is no trace of it;
   * "other" when it is there but edited, or cannot be told apart safely.
   */
  async function noteState(current: Loose, note: NonNullable<WrittenValues["note"]>): Promise<{ state: FieldState; without: string | null }> {
    const content = await readBody(current, note.bodyType);
    // Traces of the note where its marker is gone: its opening words near the top.
    const opening = squeeze(note.text).slice(0, 30);
    if (note.bodyType === "text") {
      const match = textNotePattern(note.text).exec(content);
      if (match) return { state: "ours", without: content.slice(match[0].length).replace(/^(\r?\n)+/, "") };
      return { state: opening && squeeze(content).includes(opening) ? "other" : "original", without: null };
    }
    const doc = new DOMParser().parseFromString(content, "text/html");
    const element = findNoteElement(doc, note.marker);
    if (!element) return { state: opening && squeeze(doc.body.textContent ?? "").includes(opening) ? "other" : "original", without: null };
    // Edited inside: the user's words now, not Offramp's.
    if (squeeze(element.textContent ?? "") !== squeeze(note.text)) return { state: "other", without: null };
    element.remove();
    return { state: "ours", without: `<!DOCTYPE html>${doc.documentElement.outerHTML}` };
  }

  // The steps of each change this adapter made, so Undo re-uses their checks.
  const stepsByChange = new WeakMap<WrittenValues, Step[]>();

  /** Count of changes and Undos started: a late repair stands down once a newer one has begun. */
  let changesStarted = 0;
  /** The repair of a late answer still to come, if any: the next change or Undo waits for it first. */
  let lateRepairDone: Promise<void> = Promise.resolve();

  /**
   * Lets a pending late repair finish before the event is read again, so that a change landing
   * late is neither taken into a new restore point nor left behind. A call Outlook never answers
   * holds things up only for one time limit.
   */
  async function afterLateRepair(): Promise<number> {
    await answeredOrGraceOver(lateRepairDone, caller.timeoutMs);
    return ++changesStarted;
  }

  async function changeEvent(change: EventChange): Promise<AppliedChange> {
    const current = composeItem("item.end.setAsync");
    const needed: Array<[string, unknown, string]> = [
      ["item.end.getAsync", current.end, "getAsync"],
      ["item.location.getAsync", current.location, "getAsync"],
    ];
    if (change.lengthMinutes !== undefined) needed.push(["item.start.getAsync", current.start, "getAsync"]);
    if (change.location !== undefined) needed.push(["item.location.setAsync", current.location, "setAsync"]);
    if (change.prependToBody) {
      needed.push(
        ["item.body.getTypeAsync", current.body, "getTypeAsync"],
        ["item.body.prependAsync", current.body, "prependAsync"],
        // Undo takes the note out again: it needs to read and write the body.
        ["item.body.getAsync", current.body, "getAsync"],
        ["item.body.setAsync", current.body, "setAsync"],
      );
    }
    for (const [api, target, method] of needed) if (!hasMethod(target, method)) throw unsupported(api);
    const run = await afterLateRepair();

    // 1. The restore point, read now (not when the pane opened: the user may have moved the meeting).
    const recurrence = change.lengthMinutes !== undefined ? await readRecurrence(current) : null;
    const series = isSeries(current, recurrence);
    if (series && !hasMethod(current.recurrence, "setAsync")) throw unsupported("item.recurrence.setAsync");
    const start = change.lengthMinutes !== undefined ? asDate(await get(current, "start")) : null;
    const end = asDate(await get(current, "end"));
    const location = await get(current, "location");
    if (end === null) throw new OfficeCallError("item.end.getAsync", "failed", null, null, "Outlook did not give the event's end time.");
    if (change.lengthMinutes !== undefined && start === null) {
      throw new OfficeCallError("item.start.getAsync", "failed", null, null, "Outlook did not give the event's start time.");
    }
    let bodyType: BodyType = "text";
    if (change.prependToBody) {
      const type = await callAsync<unknown>("item.body.getTypeAsync", current.body, "getTypeAsync");
      // Anything but HTML is handled as text: never put markup into a text body.
      bodyType = type === coercionFor("html") || type === "html" ? "html" : "text";
    }
    const restorePoint: EventRestorePoint = {
      start: start ?? end,
      end,
      location: typeof location === "string" ? location : "",
      seriesLengthMinutes: series ? seriesLengthOf(recurrence) : null,
    };

    // 2. The steps, in order; each can tell whether the field still holds its value, and put it back.
    const written: WrittenValues = {};
    const steps: Step[] = [];
    if (change.lengthMinutes !== undefined && start !== null) {
      const minutes = change.lengthMinutes;
      if (series) {
        const original = restorePoint.seriesLengthMinutes;
        written.seriesLengthMinutes = minutes;
        steps.push({
          field: "seriesLength",
          apply: () => setSeriesLength(current, minutes),
          check: async () => {
            const now = seriesLengthOf(await readRecurrence(current));
            return now === minutes ? "ours" : now === original ? "original" : "other";
          },
          restore: () => (original === null ? Promise.resolve() : setSeriesLength(current, original)),
        });
      } else {
        const newEnd = new Date(start.getTime() + minutes * 60_000);
        written.end = newEnd;
        steps.push({
          field: "end",
          apply: () => set(current, "end", newEnd),
          check: async () => {
            const now = asDate(await get(current, "end"));
            return sameInstant(now, newEnd) ? "ours" : sameInstant(now, end) ? "original" : "other";
          },
          restore: () => set(current, "end", end),
        });
      }
    }
    if (change.location !== undefined) {
      const newLocation = change.location;
      written.location = newLocation;
      steps.push({
        field: "location",
        apply: () => set(current, "location", newLocation),
        check: async () => {
          const now = await get(current, "location");
          return now === newLocation ? "ours" : now === restorePoint.location ? "original" : "other";
        },
        restore: () => set(current, "location", restorePoint.location),
      });
    }
    if (change.prependToBody) {
      const marker = noteMarker();
      // What identifies the note later: its words as the user sees them in this body's format.
      const words = bodyType === "html" ? (new DOMParser().parseFromString(change.prependToBody.html, "text/html").body.textContent ?? "") : change.prependToBody.text;
      const note = { marker, text: words.trim(), bodyType };
      written.note = note;
      const data = bodyType === "html" ? markedNoteHtml(change.prependToBody.html, marker) : `${change.prependToBody.text.trim()}\n\n`;
      let without: string | null = null;
      steps.push({
        field: "body",
        // Prepend, never replace: the organizer's own text stays as it was.
        apply: () => callAsync<void>("item.body.prependAsync", current.body, "prependAsync", [data, { coercionType: coercionFor(bodyType) }]),
        check: async () => {
          const found = await noteState(current, note);
          without = found.without;
          return found.state;
        },
        restore: () => (without === null ? Promise.resolve() : writeBody(current, bodyType, without)),
      });
    }

    stepsByChange.set(written, steps);
    const done: Step[] = [];
    for (const step of steps) {
      try {
        await step.apply();
        done.push(step);
      } catch (error) {
        const cause = error instanceof OfficeCallError ? error : toOfficeCallError(`item.${step.field}`, "thrown", error);
        // A call that timed out may still have gone through: it is checked and undone like the rest,
        // after a moment's wait for Outlook's late answer, so that its change does not land after the check.
        const toUndo = cause.kind === "timeout" ? [...done, step] : done;
        const stillOut = cause.kind === "timeout" && cause.answered && !(await answeredOrGraceOver(cause.answered, caller.timeoutMs / 2)) ? cause.answered : null;
        const report = await putBack(toUndo);
        const left = report.failed.map((f) => f.field);
        const failure =
          left.length > 0
            ? new OfficeCallError(
                cause.api,
                "rollback-failed",
                cause.code,
                cause.officeName,
                `${cause.message} Undoing the earlier changes failed too (${describeFailures(report)}); the event may be partly changed.`,
                cause.kind,
                { restorePoint, changed: toUndo.map((s) => s.field).filter((f) => left.includes(f)), written },
              )
            : new OfficeCallError(cause.api, "rolled-back", cause.code, cause.officeName, cause.message, cause.kind);
        // Still unanswered after the wait: if Outlook answers later still, its change may land after
        // the check above. It is checked and put back again then; a newer change or Undo waits
        // for that (one time limit at most) before it reads the event, and past that wait it wins.
        if (stillOut && !left.includes(step.field)) {
          const repair = stillOut.then(() => (run === changesStarted ? repairLate(step, restorePoint, written, cause) : null));
          failure.lateRepair = repair;
          lateRepairDone = repair.then(
            () => undefined,
            () => undefined,
          );
        }
        throw failure;
      }
    }
    return { restorePoint, changed: done.map((s) => s.field), written };
  }

  /** The late answer's field, checked again; an error (as a failed rollback) if it holds Offramp's value and cannot be put back. */
  async function repairLate(step: Step, restorePoint: EventRestorePoint, written: WrittenValues, cause: OfficeCallError): Promise<OfficeCallError | null> {
    const report = await putBack([step]);
    if (report.failed.length === 0) return null;
    return new OfficeCallError(
      cause.api,
      "rollback-failed",
      cause.code,
      cause.officeName,
      `${cause.message} Outlook made the change late, and putting it back failed (${describeFailures(report)}); the event may be partly changed.`,
      cause.kind,
      { restorePoint, changed: [step.field], written },
    );
  }

  const describeFailures = (report: RestoreReport) => report.failed.map((f) => `${f.field}: ${f.error.message}`).join("; ");

  /** True if Outlook answered within the grace period, false if the wait ran out first. */
  function answeredOrGraceOver(answered: Promise<void>, graceMs: number): Promise<boolean> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const grace = new Promise<boolean>((done) => (timer = setTimeout(() => done(false), graceMs)));
    return Promise.race([answered.then(() => true), grace]).finally(() => clearTimeout(timer));
  }

  /** Checks each step's field (last first) and puts back what still holds Offramp's value. */
  async function putBack(steps: Step[]): Promise<RestoreReport> {
    const report: RestoreReport = { restored: [], keptUserEdits: [], failed: [] };
    for (const step of [...steps].reverse()) {
      try {
        const state = await step.check();
        if (state === "ours") await step.restore();
        if (state === "other") report.keptUserEdits.push(step.field);
        else report.restored.push(step.field);
      } catch (error) {
        report.failed.push({ field: step.field, error: error instanceof OfficeCallError ? error : toOfficeCallError(`item.${step.field}`, "thrown", error) });
      }
    }
    return report;
  }

  async function restoreEvent(applied: AppliedChange): Promise<RestoreReport> {
    composeItem("item.end.setAsync");
    const steps = stepsByChange.get(applied.written);
    if (!steps) throw unsupported("restoreEvent");
    await afterLateRepair();
    const report = await putBack(steps.filter((s) => applied.changed.includes(s.field)));
    // Undo runs in the order applied; the report reads that way too.
    const order = (fields: EventField[]) => applied.changed.filter((f) => fields.includes(f));
    return { restored: order(report.restored), keptUserEdits: order(report.keptUserEdits), failed: report.failed };
  }

  return { changeEvent, restoreEvent };
}
