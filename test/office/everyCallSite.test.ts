// Every Office.js call the adapter makes, made to fail and made to hang (its
// callback never comes): the action that needs it rejects with an OfficeCallError
// the pane can put into words ("failed", or "timeout" after the time limit), or a
// read that is optional degrades, and the event is left exactly as it was.
import type { MailboxAdapter } from "../../src/office/mailboxAdapter";
import type { SimulatedMailbox } from "../../src/preview/simulatedHost";
import { appointment, bodyText, install, rejection, uninstall, variant } from "./helpers";

afterEach(uninstall);

/** Short, so a lost call costs the test milliseconds; production uses 15 s. */
const TIME_LIMIT_MS = 60;
const note = { text: "Call in: +45 20 30 40 50", html: "<p>Call in: +45 20 30 40 50</p>" };

type Action = (adapter: MailboxAdapter) => Promise<unknown>;
const ACTIONS: Record<string, Action> = {
  snapshot: (a) => a.readSnapshot(),
  shorter: (a) => a.changeEvent({ lengthMinutes: 30, prependToBody: note }),
  call: (a) => a.changeEvent({ location: "Call me on +45 20 30 40 50", prependToBody: note }),
  reply: (a) => a.openReply({ replyAll: false, htmlBody: "<p>x</p>" }),
  replyAll: (a) => a.openReply({ replyAll: true, htmlBody: "<p>x</p>" }),
  newMessage: (a) => a.openNewMessage({ to: [{ name: "Jonas", email: "jonas@fabrikam.com" }], cc: [], subject: "x", htmlBody: "<p>x</p>" }),
  save: (a) => a.saveSettings({ tone: "formal" }),
};

interface Row {
  api: string;
  fixture: string;
  action: keyof typeof ACTIONS | "undo";
  /** What the user gets: the action fails with a message, or an optional read is left out. */
  outcome: "rejects" | "degrades";
}

const SERIES = "organizer-weekly-series-windows";
const SINGLE = "organizer-call-books-room";
const ATTENDEE = "attendee-client-review-90min-onsite";

const ROWS: Row[] = [
  // Reading the event when the pane opens.
  { api: "item.subject.getAsync", fixture: SERIES, action: "snapshot", outcome: "rejects" },
  { api: "item.start.getAsync", fixture: SERIES, action: "snapshot", outcome: "rejects" },
  { api: "item.end.getAsync", fixture: SERIES, action: "snapshot", outcome: "rejects" },
  { api: "item.location.getAsync", fixture: SERIES, action: "snapshot", outcome: "rejects" },
  { api: "item.requiredAttendees.getAsync", fixture: SERIES, action: "snapshot", outcome: "rejects" },
  { api: "item.optionalAttendees.getAsync", fixture: SERIES, action: "snapshot", outcome: "rejects" },
  { api: "item.organizer.getAsync", fixture: SERIES, action: "snapshot", outcome: "degrades" },
  { api: "item.body.getAsync", fixture: ATTENDEE, action: "snapshot", outcome: "degrades" },
  { api: "item.enhancedLocation.getAsync", fixture: SINGLE, action: "snapshot", outcome: "degrades" },
  // Changing it: the series' length, one event's end, the location, the note.
  { api: "item.recurrence.getAsync", fixture: SERIES, action: "shorter", outcome: "rejects" },
  { api: "item.recurrence.setAsync", fixture: SERIES, action: "shorter", outcome: "rejects" },
  { api: "item.start.getAsync", fixture: SINGLE, action: "shorter", outcome: "rejects" },
  { api: "item.end.setAsync", fixture: SINGLE, action: "shorter", outcome: "rejects" },
  { api: "item.body.getTypeAsync", fixture: SINGLE, action: "shorter", outcome: "rejects" },
  { api: "item.body.prependAsync", fixture: SINGLE, action: "shorter", outcome: "rejects" },
  { api: "item.location.setAsync", fixture: SINGLE, action: "call", outcome: "rejects" },
  { api: "item.body.prependAsync", fixture: SERIES, action: "call", outcome: "rejects" },
  // Undo: the note is found by reading the body and taken out by writing it.
  { api: "item.body.getAsync", fixture: SINGLE, action: "undo", outcome: "rejects" },
  { api: "item.body.setAsync", fixture: SINGLE, action: "undo", outcome: "rejects" },
  // Attendee windows and settings.
  { api: "item.displayReplyFormAsync", fixture: ATTENDEE, action: "reply", outcome: "rejects" },
  { api: "item.displayReplyAllFormAsync", fixture: ATTENDEE, action: "replyAll", outcome: "rejects" },
  { api: "displayNewMessageFormAsync", fixture: ATTENDEE, action: "newMessage", outcome: "rejects" },
  { api: "roamingSettings.saveAsync", fixture: ATTENDEE, action: "save", outcome: "rejects" },
];

const MODES = [
  { mode: "fails", failure: (api: string) => ({ api, code: 9020, message: "Outlook refused." }), kind: "failed" },
  { mode: "hangs", failure: (api: string) => ({ api, hang: true }), kind: "timeout" },
] as const;

const table = ROWS.flatMap((row) => MODES.map((m) => ({ ...row, ...m })));

describe.each(table)("$api $mode during $action", ({ api, fixture, action, outcome, failure, kind }) => {
  test(outcome === "degrades" ? "the snapshot leaves it out, the event unchanged" : "a typed error for the pane, the event as it was", async () => {
    const { sim, adapter } = install(variant(fixture, { failures: [failure(api)] }), TIME_LIMIT_MS);
    const before = sim.item;

    if (action === "undo") {
      await undoRow(sim, adapter, api, kind);
      return;
    }
    if (outcome === "degrades") {
      const snap = await adapter.readSnapshot();
      expect(snap.item).toMatchObject({ itemType: "appointment" });
    } else {
      const error = await rejection(ACTIONS[action]!(adapter));
      expect(error.api).toBe(api);
      // A change that failed half-way is rolled back; the cause says whether Outlook refused or never answered.
      expect([error.kind, error.causeKind]).toContain(kind);
      // Reads come before anything changes; a write that fails is rolled back with what came before it.
      if (/\.(setAsync|prependAsync)$/.test(api)) expect(error.kind).toBe("rolled-back");
    }
    expect(sim.item).toEqual(before);
    expect(sim.forms).toEqual([]);
  });
});

/** Apply works; Undo cannot read or write the body: the end comes back, the note is reported as left. */
async function undoRow(sim: SimulatedMailbox, adapter: MailboxAdapter, api: string, kind: string) {
  const applied = await adapter.changeEvent({ lengthMinutes: 30, prependToBody: note });
  const report = await adapter.restoreEvent(applied);
  expect(report.restored).toEqual(["end"]);
  expect(report.failed).toEqual([{ field: "body", error: expect.objectContaining({ api, kind }) }]);
  expect(appointment(sim).end).toBe("2026-12-03T10:30:00.000Z");
  expect(bodyText(sim)).toContain(note.text);
}

test("a hung call frees its place: the next calls still run within the three-call limit", async () => {
  const { adapter } = install(variant(ATTENDEE, { failures: [{ api: "roamingSettings.saveAsync", hang: true }] }), TIME_LIMIT_MS);
  const saves = await Promise.allSettled([1, 2, 3, 4].map(() => adapter.saveSettings({ tone: "formal" })));
  expect(saves.every((s) => s.status === "rejected")).toBe(true);
  expect((await adapter.readSnapshot()).item).toMatchObject({ itemType: "appointment" });
});
