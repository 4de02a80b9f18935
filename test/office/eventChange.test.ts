// Organizer changes and their Undo, with the real adapter on the simulated host:
// the user keeps editing in Outlook, HTML comes back rewritten, a Windows series
// refuses start/end.setAsync. Each test asserts the event as the user would see it.
import { appointment, apisSince, bodyText, install, officeCall, rejection, uninstall, variant } from "./helpers";
import type { OfficeCallError } from "../../src/office/mailboxAdapter";

afterEach(uninstall);

const note = { text: "Call in: +45 20 30 40 50", html: "<p>Call in: <b>+45 20 30 40 50</b></p>" };
/** The weekly status meeting as a one-off event (no recurrence): Thursday 14:00–15:00 Copenhagen. */
const single = () => variant("organizer-weekly-status-60min", { item: { recurrence: null } });
const item = () => window.Office.context.mailbox.item as unknown as Record<string, unknown>;

describe("changeEvent on a single event", () => {
  test("reads the start as Outlook has it now: a meeting the user moved gets its new end from the new start", async () => {
    const { sim, adapter } = install(single());
    // The pane opened at 14:00; the organizer then moved the meeting an hour later in Outlook.
    await sim.userEdit({ start: "2026-11-26T15:00:00+01:00" });
    const applied = await adapter.changeEvent({ lengthMinutes: 30 });
    expect(applied.written.end).toEqual(new Date("2026-11-26T14:30:00.000Z"));
    expect(appointment(sim)).toMatchObject({ start: "2026-11-26T14:00:00.000Z", end: "2026-11-26T14:30:00.000Z" });
  });

  test("applies length, location and note in order, the note on top of the body the user sees", async () => {
    const { sim, adapter } = install(single());
    const from = sim.calls.length;
    const applied = await adapter.changeEvent({ lengthMinutes: 30, location: "Phone: +45 20 30 40 50", prependToBody: note });
    expect(apisSince(sim, from)).toEqual([
      // Is it a series? Its length would change through the recurrence.
      "item.recurrence.getAsync",
      "item.start.getAsync",
      "item.end.getAsync",
      "item.location.getAsync",
      "item.body.getTypeAsync",
      "item.end.setAsync",
      "item.location.setAsync",
      "item.body.prependAsync",
    ]);
    expect(applied.changed).toEqual(["end", "location", "body"]);
    expect(applied.restorePoint).toMatchObject({ end: new Date("2026-11-26T14:00:00.000Z"), location: "Microsoft Teams Meeting", seriesLengthMinutes: null });
    expect(appointment(sim)).toMatchObject({ end: "2026-11-26T13:30:00.000Z", location: "Phone: +45 20 30 40 50" });
    expect(bodyText(sim)).toBe("Call in: +45 20 30 40 50 Standing update on the rollout.");
    // Outlook keeps it as a whole document, not as the add-in wrote it.
    expect(appointment(sim).body.content).toMatch(/^<html>/);
  });

  test("a text body gets the note as text, never HTML", async () => {
    const { sim, adapter } = install(variant("organizer-weekly-status-da", { item: { recurrence: null } }));
    const from = sim.calls.length;
    await adapter.changeEvent({ prependToBody: note });
    expect(sim.calls.slice(from).filter((c) => c.api === "item.body.prependAsync")).toEqual([
      { api: "item.body.prependAsync", args: [`${note.text}\n\n`, { coercionType: "text" }] },
    ]);
    expect(appointment(sim).body).toEqual({ type: "text", content: `${note.text}\n\nStatus på udrulningen.` });
  });

  test("only the fields asked for change, and the body is never replaced", async () => {
    const { sim, adapter } = install(single());
    const before = appointment(sim);
    const applied = await adapter.changeEvent({ location: "Room 2" });
    expect(applied.changed).toEqual(["location"]);
    expect(appointment(sim)).toEqual({ ...before, location: "Room 2", enhancedLocation: [{ displayName: "Room 2", emailAddress: "", type: "custom" }] });
    expect(sim.calls.map((c) => c.api)).not.toContain("item.body.setAsync");
  });

  test("a write Outlook answers only after the time limit is waited for and put back: the event is as before, not changed late", async () => {
    // The location's write comes through 60 ms after it was asked, 20 ms past the pane's limit.
    const { sim, adapter } = install(single(), 40, { lateMs: { "item.location.setAsync": 60 } });
    const before = appointment(sim);
    const error = await rejection(adapter.changeEvent({ lengthMinutes: 30, location: "Phone: +45 20 30 40 50", prependToBody: note }));
    expect(error).toMatchObject({ api: "item.location.setAsync", kind: "rolled-back", causeKind: "timeout" });
    // Long after, nothing of the change is left: the late location was put back too.
    await new Promise((r) => setTimeout(r, 120));
    expect(appointment(sim)).toEqual(before);
    expect(sim.calls.map((c) => c.api)).not.toContain("item.body.prependAsync");
  });

  test("a write Outlook answers even after the wait is checked again when it lands, and put back: the event ends as before", async () => {
    // 150 ms: past the 40 ms limit and the 20 ms wait after it; the rollback has long been reported.
    const { sim, adapter } = install(single(), 40, { lateMs: { "item.location.setAsync": 150 } });
    const before = appointment(sim);
    const error = await rejection(adapter.changeEvent({ lengthMinutes: 30, location: "Phone: +45 20 30 40 50" }));
    expect(error).toMatchObject({ api: "item.location.setAsync", kind: "rolled-back", causeKind: "timeout" });
    expect(appointment(sim)).toEqual(before);
    // The late write lands, and is put back right after.
    expect(await (error as OfficeCallError).lateRepair).toBeNull();
    expect(appointment(sim)).toEqual(before);
    expect(sim.calls.filter((c) => c.api === "item.location.setAsync").map((c) => c.args[0])).toEqual(["Phone: +45 20 30 40 50", before.location]);
  });

  test("a new change while a late answer is out waits for its repair, so its Undo point is the event as it was", async () => {
    // 90 ms: after the 40 ms limit and the 20 ms wait, but within the limit the next change waits.
    const { sim, adapter } = install(single(), 40, { lateMs: { "item.location.setAsync": 90 } });
    const before = appointment(sim);
    const error = await rejection(adapter.changeEvent({ location: "Phone: +45 20 30 40 50" }));
    expect(error).toMatchObject({ kind: "rolled-back", causeKind: "timeout" });
    // Tried again at once: it reads the event only after the late write was put back.
    const retried = await adapter.changeEvent({ location: "Teams" });
    expect(retried.restorePoint.location).toBe(before.location);
    expect(appointment(sim).location).toBe("Teams");
    // So Undo goes back to the event as it was, not to the late "Phone" location.
    await adapter.restoreEvent(retried);
    // And nothing lands afterwards: the late write had been dealt with before the retry began.
    await new Promise((r) => setTimeout(r, 120));
    expect(appointment(sim)).toEqual(before);
  });

  test("end.setAsync failing (organizer-end-time-fails): nothing changes, Office's code 9017 is kept", async () => {
    const { sim, adapter } = install(variant("organizer-end-time-fails", { item: { recurrence: null } }));
    const before = sim.item;
    const error = await rejection(adapter.changeEvent({ lengthMinutes: 30, prependToBody: note }));
    expect(error).toMatchObject({ api: "item.end.setAsync", kind: "rolled-back", code: 9017, causeKind: "failed" });
    expect(sim.item).toEqual(before);
    expect(sim.calls.map((c) => c.api)).not.toContain("item.body.prependAsync");
  });

  test("the note failing last: location and end are checked and put back, last first", async () => {
    const { sim, adapter } = install(variant("organizer-weekly-status-60min", { item: { recurrence: null }, failures: [{ api: "item.body.prependAsync", code: 9020, message: "Body refused." }] }));
    const before = sim.item;
    const from = sim.calls.length;
    const error = await rejection(adapter.changeEvent({ lengthMinutes: 30, location: "Phone", prependToBody: note }));
    expect(error).toMatchObject({ api: "item.body.prependAsync", kind: "rolled-back", code: 9020 });
    expect(apisSince(sim, from).filter((api) => /setAsync|prependAsync/.test(api))).toEqual([
      "item.end.setAsync",
      "item.location.setAsync",
      "item.body.prependAsync",
      "item.location.setAsync",
      "item.end.setAsync",
    ]);
    expect(sim.item).toEqual(before);
  });

  test("an end before the start fails as Outlook does (InvalidEndTime) and nothing changes", async () => {
    const { sim, adapter } = install(single());
    const before = sim.item;
    const error = await rejection(adapter.changeEvent({ lengthMinutes: -30, location: "x" }));
    expect(error).toMatchObject({ api: "item.end.setAsync", kind: "rolled-back", officeName: "InvalidEndTime" });
    expect(sim.item).toEqual(before);
  });

  test("changeEvent and restoreEvent are refused in read mode, without touching Office", async () => {
    const { sim, adapter } = install(variant("attendee-client-review-90min-onsite"));
    expect((await rejection(adapter.changeEvent({ location: "x" }))).kind).toBe("unsupported");
    const applied = { restorePoint: { start: new Date(), end: new Date(), location: "x", seriesLengthMinutes: null }, changed: ["location" as const], written: {} };
    expect((await rejection(adapter.restoreEvent(applied))).kind).toBe("unsupported");
    expect(sim.calls.filter((c) => c.api.startsWith("item."))).toEqual([]);
  });
});

describe("recurring meetings (Office.Time.setAsync cannot retime a series in classic Outlook for Windows)", () => {
  test("a Windows series gets its new length through item.recurrence, never start/end.setAsync", async () => {
    const { sim, adapter } = install(variant("organizer-weekly-series-windows"));
    const snap = await adapter.readSnapshot();
    expect(snap.capabilities.changeLength).toBe("series");
    const from = sim.calls.length;
    const applied = await adapter.changeEvent({ lengthMinutes: 45, prependToBody: note });
    const apis = apisSince(sim, from);
    expect(apis).toContain("item.recurrence.setAsync");
    expect(apis).not.toContain("item.end.setAsync");
    expect(applied.changed).toEqual(["seriesLength", "body"]);
    expect(applied.restorePoint.seriesLengthMinutes).toBe(90);
    expect(appointment(sim).recurrence).toMatchObject({ seriesTime: { startDate: "2026-12-01", startTime: "10:00", durationMinutes: 45 } });
    expect(appointment(sim)).toMatchObject({ start: "2026-12-01T09:00:00.000Z", end: "2026-12-01T09:45:00.000Z" });
  });

  test("Undo gives the series its old length back", async () => {
    const { sim, adapter } = install(variant("organizer-weekly-series-windows"));
    const applied = await adapter.changeEvent({ lengthMinutes: 45 });
    const report = await adapter.restoreEvent(applied);
    expect(report).toEqual({ restored: ["seriesLength"], keptUserEdits: [], failed: [] });
    expect(appointment(sim).recurrence).toMatchObject({ seriesTime: { durationMinutes: 90 } });
    expect(appointment(sim).end).toBe("2026-12-01T10:30:00.000Z");
  });

  test("one occurrence changes alone, through end.setAsync; its recurrence cannot be set", async () => {
    const { sim, adapter } = install(variant("organizer-one-occurrence-windows"));
    expect((await adapter.readSnapshot()).capabilities.changeLength).toBe("occurrence");
    const from = sim.calls.length;
    await adapter.changeEvent({ lengthMinutes: 30 });
    expect(apisSince(sim, from)).toContain("item.end.setAsync");
    expect(apisSince(sim, from)).not.toContain("item.recurrence.setAsync");
    expect(appointment(sim).end).toBe("2026-12-01T09:30:00.000Z");
    const recurrence = item().recurrence;
    const pattern = await officeCall(recurrence, "getAsync");
    await expect(officeCall(recurrence, "setAsync", pattern)).rejects.toMatchObject({ name: "Not supported" });
  });

  test("an older Windows Outlook (no recurrence API) cannot shorten the series: rolled back, nothing changed", async () => {
    const { sim, adapter } = install(variant("organizer-series-old-windows"));
    const before = sim.item;
    const error = await rejection(adapter.changeEvent({ lengthMinutes: 45, prependToBody: note }));
    expect(error).toMatchObject({ api: "item.end.setAsync", kind: "rolled-back", code: 5000 });
    expect(sim.item).toEqual(before);
  });

  test("recurrence.setAsync failing leaves the series as it was", async () => {
    const { sim, adapter } = install(variant("organizer-weekly-series-windows", { failures: [{ api: "item.recurrence.setAsync", code: 9020, message: "No." }] }));
    const before = sim.item;
    const error = await rejection(adapter.changeEvent({ lengthMinutes: 45, prependToBody: note }));
    expect(error).toMatchObject({ api: "item.recurrence.setAsync", kind: "rolled-back" });
    expect(sim.item).toEqual(before);
  });
});

describe("Undo never destroys what the user did", () => {
  test("puts end and location back and takes out only Offramp's note, keeping what the user typed since", async () => {
    const { sim, adapter } = install(single());
    const applied = await adapter.changeEvent({ lengthMinutes: 30, location: "Phone", prependToBody: note });
    await sim.userEdit({ bodyAppendHtml: "<p>PS: bring the test data.</p>" });
    const from = sim.calls.length;
    const report = await adapter.restoreEvent(applied);
    expect(report).toEqual({ restored: ["end", "location", "body"], keptUserEdits: [], failed: [] });
    expect(appointment(sim)).toMatchObject({ end: "2026-11-26T14:00:00.000Z", location: "Microsoft Teams Meeting" });
    expect(bodyText(sim)).toBe("Standing update on the rollout. PS: bring the test data.");
    // The body is written once, with the user's text in it: never the copy read before the change.
    const writes = sim.calls.slice(from).filter((c) => c.api === "item.body.setAsync");
    expect(writes).toHaveLength(1);
    expect(String(writes[0]!.args[0])).toContain("PS: bring the test data.");
  });

  test("a field the user changed since is left as the user has it, and the report says which", async () => {
    const { sim, adapter } = install(single());
    const applied = await adapter.changeEvent({ lengthMinutes: 30, location: "Phone" });
    await sim.userEdit({ end: "2026-11-26T14:45:00+01:00" });
    const report = await adapter.restoreEvent(applied);
    expect(report).toEqual({ restored: ["location"], keptUserEdits: ["end"], failed: [] });
    expect(appointment(sim)).toMatchObject({ end: "2026-11-26T13:45:00.000Z", location: "Microsoft Teams Meeting" });
  });

  test("a note the user edited is theirs now: left in place, for the user to remove by hand", async () => {
    const { sim, adapter } = install(single());
    const applied = await adapter.changeEvent({ prependToBody: note });
    const edited = appointment(sim).body.content.replace("+45 20 30 40 50", "+45 99 99 99 99");
    await officeCall(item().body, "setAsync", edited, { coercionType: "html" });
    const before = appointment(sim).body;
    const report = await adapter.restoreEvent(applied);
    expect(report).toEqual({ restored: [], keptUserEdits: ["body"], failed: [] });
    expect(appointment(sim).body).toEqual(before);
  });

  test("a text body loses exactly the note's text", async () => {
    const { sim, adapter } = install(variant("organizer-weekly-status-da", { item: { recurrence: null } }));
    const applied = await adapter.changeEvent({ prependToBody: note });
    await adapter.restoreEvent(applied);
    expect(appointment(sim).body).toEqual({ type: "text", content: "Status på udrulningen." });
  });

  test("a field Outlook will not put back is reported and stays for the next Undo; the others come back", async () => {
    const { sim, adapter } = install(variant("organizer-weekly-status-60min", { item: { recurrence: null }, failures: [{ api: "item.body.setAsync", code: 9041, message: "Offline." }] }));
    const applied = await adapter.changeEvent({ location: "Phone", prependToBody: note });
    const report = await adapter.restoreEvent(applied);
    expect(report.restored).toEqual(["location"]);
    expect(report.failed).toEqual([{ field: "body", error: expect.objectContaining({ api: "item.body.setAsync", code: 9041 }) }]);
    expect(appointment(sim).location).toBe("Microsoft Teams Meeting");
    expect(bodyText(sim)).toContain(note.text);
  });
});

describe("rooms (enhancedLocation, Mailbox 1.8)", () => {
  test("the snapshot names the booked room, and a new location text leaves it booked", async () => {
    const { sim, adapter } = install(variant("organizer-call-books-room"));
    expect((await adapter.readSnapshot()).rooms).toEqual(["Room 4.12 (Fabrikam HQ)"]);
    await adapter.changeEvent({ location: "Call me on +45 20 30 40 50" });
    expect(appointment(sim).enhancedLocation).toEqual([
      { displayName: "Room 4.12 (Fabrikam HQ)", emailAddress: "room412@fabrikam.com", type: "room" },
      { displayName: "Call me on +45 20 30 40 50", emailAddress: "", type: "custom" },
    ]);
  });

  test("before Mailbox 1.8 there is no enhancedLocation: no rooms", async () => {
    const { adapter } = install(variant("organizer-call-books-room", { host: { mailboxVersion: "1.7" } }));
    expect((await adapter.readSnapshot()).rooms).toEqual([]);
  });
});
