// The Office adapter against the simulated Outlook host (every sample fixture)
// and, where a failure is easier to stage by hand, against a small Office-shaped
// mock with the same member names and AsyncResult contract.
import type { MailboxAdapter } from "../../src/office/mailboxAdapter";
import { createOfficeAdapter, whenOfficeReady } from "../../src/office/officeAdapter";
import { PROJECT_FIXTURES_DIR, SHARED_FIXTURES_DIR, fixtureNames, loadFixture as loadFixtureJson } from "../support/fixtures";
import { rejection } from "./helpers";
import { hostVersionFor } from "../../src/preview/simulatedHost/requirements";
import { installSimulatedHost, parseFixture, type FixtureAppointment, type SimulatedMailbox } from "../../src/preview/simulatedHost";

const FIXTURE_NAMES = [...fixtureNames(SHARED_FIXTURES_DIR), ...fixtureNames(PROJECT_FIXTURES_DIR)];

type FixtureJson = Record<string, unknown>;

function loadFixture(name: string): FixtureJson {
  return loadFixtureJson(name) as unknown as FixtureJson;
}

/** A sample fixture with some top-level fields replaced (host fields merged). */
function variant(name: string, changes: { host?: Record<string, unknown>; failures?: unknown[]; item?: unknown }): FixtureJson {
  const json = loadFixture(name);
  if (changes.host) json.host = { ...(json.host as object), ...changes.host };
  if (changes.failures) json.failures = changes.failures;
  if (changes.item !== undefined) json.item = changes.item;
  return json;
}

/** The sample bodies as the adapter reads them from their HTML, written out by hand: a line per paragraph, list items after "- ". */
const EXPECTED_BODY_TEXT: Record<string, string> = {
  "attendee-client-review-90min-onsite": "Agenda\n- Account performance Q3\n- Renewal terms\n- Open support tickets",
  "attendee-client-review-it": "Ordine del giorno: risultati, rinnovo, ticket aperti.",
  "attendee-dragged-in-by-colleague": "Walk Northwind through the new dashboard mock-ups.",
  "attendee-key-client-kickoff": "Kickoff of the 2027 programme.",
  "organizer-end-time-fails": "Roadmap for 2027.",
  "organizer-weekly-status-60min": "Standing update on the rollout.",
  "organizer-weekly-status-da": "Status på udrulningen.",
};

let sim: SimulatedMailbox | undefined;
function install(json: FixtureJson, latencyMs = 0): { sim: SimulatedMailbox; adapter: MailboxAdapter } {
  sim = installSimulatedHost(json, window, { latencyMs });
  return { sim, adapter: createOfficeAdapter() };
}
afterEach(() => {
  sim?.uninstall();
  sim = undefined;
});

function callsSince(mailbox: SimulatedMailbox, from: number, prefix = "item.") {
  return mailbox.calls.slice(from).filter((c) => c.api.startsWith(prefix));
}

// ---------------------------------------------------------------------------

describe("readSnapshot on every sample fixture", () => {
  test.each(FIXTURE_NAMES)("%s", async (name) => {
    const json = loadFixture(name);
    const fx = parseFixture(json);
    const { adapter } = install(json);

    const snap = await adapter.readSnapshot();

    if (Number(fx.host.mailboxVersion.split(".")[1]) < 3) {
      // Below the manifest's minimum nothing is read: the pane says which Outlook it needs.
      expect(snap.item).toEqual({ itemType: "unsupported-host", hostVersion: hostVersionFor(fx) });
      expect(snap.settings).toEqual({});
      return;
    }
    expect(snap.mode).toBe(fx.mode);
    // A zone Offramp cannot map comes as Outlook's own offset (see the time-zone tests).
    const timeZone = name === "attendee-unknown-time-zone" ? "Asia/Kolkata" : fx.user.timeZone;
    expect(snap.user).toEqual({ displayName: fx.user.displayName, emailAddress: fx.user.emailAddress, timeZone });
    expect(snap.host).toEqual({ platform: fx.host.platform, displayLanguage: fx.host.displayLanguage, theme: null });
    expect(snap.settings).toEqual(fx.roamingSettings);

    if (fx.item === null) {
      expect(snap.item).toBeNull();
      expect(snap.capabilities).toMatchObject({ replyForms: false, editEvent: false, readBody: false });
      return;
    }
    if (fx.item.itemType === "message") {
      expect(snap.item).toEqual({ itemType: "message", subject: fx.item.subject });
      return;
    }
    const appt: FixtureAppointment = fx.item;
    const item = snap.item;
    if (item?.itemType !== "appointment") throw new Error("expected an appointment");
    // UTC instants, equal to the fixture's offset times.
    expect(item.start?.toISOString()).toBe(new Date(appt.start ?? "").toISOString());
    expect(item.end?.toISOString()).toBe(new Date(appt.end ?? "").toISOString());
    expect(item.subject).toBe(appt.subject);
    expect(item.location).toBe(appt.location);
    // Before Mailbox 1.7 a compose item has no organizer.getAsync and no recurrence.
    const before17 = fx.mode === "compose" && Number(fx.host.mailboxVersion.split(".")[1]) < 7;
    expect(item.organizer).toEqual(
      before17 || !appt.organizer ? null : { displayName: appt.organizer.displayName, emailAddress: appt.organizer.emailAddress, appointmentResponse: null },
    );
    // Read mode gives each attendee's response; compose mode gives none, and counts the organizer among the required.
    const compose = fx.mode === "compose";
    const attendees = (list: FixtureAppointment["requiredAttendees"]) =>
      list.map((a) => ({ displayName: a.displayName, emailAddress: a.emailAddress, appointmentResponse: compose ? null : (a.appointmentResponse ?? "none") }));
    const organizerListed = !appt.organizer || appt.requiredAttendees.some((a) => a.emailAddress.toLowerCase() === appt.organizer?.emailAddress.toLowerCase());
    const required = compose && !organizerListed && appt.organizer ? [appt.organizer, ...appt.requiredAttendees] : appt.requiredAttendees;
    expect(item.requiredAttendees).toEqual(attendees(required));
    expect(item.optionalAttendees).toEqual(attendees(appt.optionalAttendees));
    if (name in EXPECTED_BODY_TEXT) expect(item.bodyText).toBe(EXPECTED_BODY_TEXT[name]);
    // A body read that fails gives no body, not an error.
    else if (name === "attendee-body-unreadable") expect(item.bodyText).toBeNull();
    else expect(typeof item.bodyText).toBe("string");
    expect(item.recurrence).toEqual(appt.recurrence && !before17 ? { recurrenceType: appt.recurrence.recurrenceType, interval: appt.recurrence.interval ?? null } : null);
    expect(item.seriesId).toBe(before17 ? null : appt.seriesId);

    // How "shorter" changes it: a series through its recurrence where the host has 1.7, one occurrence alone, or the event.
    const changeLength = fx.mode === "read" ? "none" : appt.recurrence === null ? "event" : appt.seriesId ? "occurrence" : name === "organizer-series-old-windows" ? "event" : "series";
    // Nested app authentication where the fixture's Graph is there (its README's `graph.available`).
    const nestedAppAuth = (json as { graph?: { available?: boolean } }).graph?.available === true;
    expect(snap.capabilities).toEqual(
      fx.mode === "read"
        ? { readBody: true, replyForms: true, newMessageForm: true, editEvent: false, changeLength, nestedAppAuth }
        : { readBody: true, replyForms: false, newMessageForm: false, editEvent: true, changeLength, nestedAppAuth },
    );
  });
});

describe("readSnapshot details", () => {
  test("reads the compose item through getAsync calls, the body as HTML", async () => {
    const { sim, adapter } = install(loadFixture("organizer-weekly-status-60min"));
    await adapter.readSnapshot();
    const apis = sim.calls.map((c) => c.api);
    for (const api of ["item.subject.getAsync", "item.start.getAsync", "item.end.getAsync", "item.location.getAsync", "item.organizer.getAsync", "item.recurrence.getAsync"]) {
      expect(apis).toContain(api);
    }
    expect(sim.calls).toContainEqual({ api: "item.body.getAsync", args: ["html"] });
    expect(sim.calls).not.toContainEqual({ api: "item.body.getAsync", args: ["text"] });
  });

  test("an agenda list stays a list on Outlook on the web, whose own Text coercion runs its items together", async () => {
    const { sim, adapter } = install(loadFixture("attendee-client-review-90min-onsite"));
    const item = window.Office.context.mailbox.item as unknown as { body: { getAsync(type: string, cb: (r: Office.AsyncResult<string>) => void): void } };
    const asText = await new Promise<string>((resolve) => item.body.getAsync("text", (r) => resolve(r.value)));
    expect(asText).toBe("Agenda\nAccount performance Q3 Renewal terms Open support tickets");
    const snap = await adapter.readSnapshot();
    expect(snap.item).toMatchObject({ bodyText: "Agenda\n- Account performance Q3\n- Renewal terms\n- Open support tickets" });
    expect(sim.calls.filter((c) => c.api === "item.body.getAsync").map((c) => c.args)).toEqual([["text"], ["html"]]);
  });

  test("a body Outlook does not hand over is waited for once, not asked for again as Text", async () => {
    sim = installSimulatedHost(variant("attendee-client-review-90min-onsite", { failures: [{ api: "item.body.getAsync", hang: true }] }), window);
    const snap = await createOfficeAdapter(window.Office, { callTimeoutMs: 30 }).readSnapshot();
    expect(snap.item).toMatchObject({ itemType: "appointment", bodyText: null });
    expect(sim.calls.filter((c) => c.api === "item.body.getAsync").map((c) => c.args)).toEqual([["html"]]);
  });

  test("where Outlook cannot give the body as HTML, the Text it gives is read", async () => {
    const { sim, adapter } = install(variant("attendee-client-review-90min-onsite", { host: { platform: "PC" } }));
    const body = (window.Office.context.mailbox.item as unknown as { body: { getAsync: (...args: unknown[]) => void } }).body;
    const own = body.getAsync.bind(body);
    // Shaped as Office.js answers a coercion it cannot give: a failed AsyncResult, a task later.
    body.getAsync = (coercion: unknown, ...rest: unknown[]) => {
      const callback = rest.find((a) => typeof a === "function") as (r: unknown) => void;
      if (coercion !== "html") return own(coercion, ...rest);
      setTimeout(() => callback({ status: "failed", value: undefined, error: { code: 9000, name: "InvalidArgument", message: "Not available." }, asyncContext: undefined }));
    };
    const snap = await adapter.readSnapshot();
    expect(snap.item).toMatchObject({ bodyText: "Agenda\nAccount performance Q3\nRenewal terms\nOpen support tickets" });
    expect(sim.calls.filter((c) => c.api === "item.body.getAsync").map((c) => c.args)).toEqual([["text"]]);
  });

  test("a recurrence Outlook cannot hand over is unknown, not absent: the event may be a whole series", async () => {
    const failing = variant("organizer-weekly-series-windows", { failures: [{ api: "item.recurrence.getAsync", code: 9020, message: "Outlook refused." }] });
    const snap = await install(failing).adapter.readSnapshot();
    expect(snap.item).toMatchObject({ itemType: "appointment", recurrence: null, recurrenceUnknown: true, seriesId: null });
    // Changing the end could change every meeting of a series (or fail on Windows): not offered.
    expect(snap.capabilities.changeLength).toBe("none");
    const read = await install(loadFixture("organizer-weekly-series-windows")).adapter.readSnapshot();
    expect(read.item).not.toHaveProperty("recurrenceUnknown");
    expect(read.capabilities.changeLength).toBe("series");
  });

  test("theme colours appear only from Mailbox 1.14", async () => {
    const dark = await install(variant("attendee-client-review-90min-onsite", { host: { mailboxVersion: "1.14", theme: "dark" } })).adapter.readSnapshot();
    expect(dark.host.theme).toEqual({
      bodyBackgroundColor: expect.stringMatching(/^#/),
      bodyForegroundColor: expect.stringMatching(/^#/),
      controlBackgroundColor: expect.stringMatching(/^#/),
      controlForegroundColor: expect.stringMatching(/^#/),
    });
    expect(dark.host.theme?.bodyBackgroundColor).not.toBe(dark.host.theme?.bodyForegroundColor);
    const older = await install(variant("attendee-client-review-90min-onsite", { host: { mailboxVersion: "1.13", theme: "dark" } })).adapter.readSnapshot();
    expect(older.host.theme).toBeNull();
  });

  test.each([
    ["attendee-client-review-90min-onsite", "1.1"],
    ["organizer-weekly-status-60min", "1.2"],
  ])("%s on Mailbox %s (below the manifest's 1.3): one requirement check, then nothing read", async (name, mailboxVersion) => {
    const { sim, adapter } = install(variant(name, { host: { mailboxVersion, displayLanguage: "it-IT", platform: "PC" } }));
    const snap = await adapter.readSnapshot();
    expect(sim.calls).toEqual([{ api: "requirements.isSetSupported", args: ["Mailbox", "1.3"] }]);
    // Outlook 2013 (Mailbox 1.1) and 2016 (up to 1.4) report their own builds.
    expect(snap.item).toEqual({ itemType: "unsupported-host", hostVersion: mailboxVersion === "1.1" ? "15.0.4420.1017" : "16.0.4266.1001" });
    // The message comes in the user's language; nothing else of the mailbox is read.
    expect(snap.host).toEqual({ platform: "PC", displayLanguage: "it-IT", theme: null });
    expect(snap.user).toEqual({ displayName: null, emailAddress: null, timeZone: null });
    expect(snap.settings).toEqual({});
    expect(snap.capabilities).toEqual({ readBody: false, replyForms: false, newMessageForm: false, editEvent: false, changeLength: "none", nestedAppAuth: false });
  });

  test("an Outlook that cannot answer the requirement check at all counts as too old", async () => {
    const office = mockOffice({ itemType: "appointment", subject: "Review" });
    delete (office.context as unknown as Record<string, unknown>).requirements;
    const snap = await createOfficeAdapter(office).readSnapshot();
    expect(snap.item).toEqual({ itemType: "unsupported-host", hostVersion: null });
  });

  test("on Mailbox 1.3 itself the event is read in full", async () => {
    const { sim, adapter } = install(variant("attendee-client-review-90min-onsite", { host: { mailboxVersion: "1.3" } }));
    const snap = await adapter.readSnapshot();
    expect(snap.item).toMatchObject({ itemType: "appointment", bodyText: EXPECTED_BODY_TEXT["attendee-client-review-90min-onsite"] });
    expect(sim.calls.filter((c) => c.api === "requirements.isSetSupported" && c.args[1] === "1.3")).toHaveLength(1);
  });

  test("a Windows zone Offramp cannot map: times follow Outlook's own conversion, and the snapshot says so", async () => {
    const { sim, adapter } = install(loadFixture("attendee-unknown-time-zone"));
    const snap = await adapter.readSnapshot();
    expect(snap.timeZoneFallback).toEqual({ reported: "Lakshadweep Standard Time", offsetMinutes: 330 });
    expect(snap.user.timeZone).toBe("Asia/Kolkata");
    expect(sim.calls.map((c) => c.api)).toContain("convertToLocalClientTime");
  });

  test("a zone Offramp knows needs no fallback", async () => {
    const { sim, adapter } = install(loadFixture("attendee-client-review-90min-onsite"));
    expect((await adapter.readSnapshot()).timeZoneFallback).toBeNull();
    expect(sim.calls.map((c) => c.api)).not.toContain("convertToLocalClientTime");
  });

  test("a failing optional read (body) degrades to null", async () => {
    for (const name of ["attendee-client-review-90min-onsite", "organizer-weekly-status-60min"]) {
      const { adapter } = install(variant(name, { failures: [{ api: "item.body.getAsync", code: 9020, message: "Body unavailable." }] }));
      const snap = await adapter.readSnapshot();
      expect(snap.item).toMatchObject({ itemType: "appointment", bodyText: null, subject: expect.any(String) });
    }
  });

  test("a failing essential read (start) rejects with Office's error", async () => {
    const { adapter } = install(
      variant("organizer-weekly-status-60min", { failures: [{ api: "item.start.getAsync", code: 9020, message: "No start for you." }] }),
    );
    const error = await rejection(adapter.readSnapshot());
    expect(error).toMatchObject({ api: "item.start.getAsync", kind: "failed", code: 9020, officeName: "GenericResponseError", message: "No start for you." });
  });

  test("a call Outlook never answered keeps its place among the three: later calls wait for a free one, and none is refused", async () => {
    sim = installSimulatedHost(variant("organizer-weekly-status-60min", { failures: [{ api: "item.body.getAsync", hang: true }] }), window, { latencyMs: 5 });
    const adapter = createOfficeAdapter(window.Office, { callTimeoutMs: 200 });
    const first = await adapter.readSnapshot();
    expect(first.item).toMatchObject({ bodyText: null });
    // The lost body read is still running in Outlook: three more at once would be four there.
    await Promise.all([adapter.saveSettings({ tone: "formal" }), adapter.saveSettings({ tone: "friendly" }), adapter.saveSettings({ tone: "formal" })]);
    expect(sim.peakInFlight).toBe(3);
  });

  test("behind three lost calls, a call is given up within its time limit and never started", async () => {
    sim = installSimulatedHost(variant("organizer-weekly-status-60min", { failures: [{ api: "roamingSettings.saveAsync", hang: true }] }), window);
    const adapter = createOfficeAdapter(window.Office, { callTimeoutMs: 30 });
    const lost = await Promise.all([1, 2, 3].map(() => rejection(adapter.saveSettings({ tone: "formal" }))));
    expect(lost.map((e) => e.kind)).toEqual(["timeout", "timeout", "timeout"]);
    const before = sim.calls.length;
    const queued = await rejection(adapter.saveSettings({ tone: "friendly" }));
    expect(queued).toMatchObject({ kind: "timeout", api: "roamingSettings.saveAsync" });
    expect(sim.calls.slice(before).map((c) => c.api)).not.toContain("roamingSettings.saveAsync");
  });

  test("never more than three async calls in flight on Outlook on the web", async () => {
    const { sim, adapter } = install(loadFixture("organizer-weekly-status-60min"), 5);
    const results = await Promise.all([adapter.readSnapshot(), adapter.readSnapshot(), adapter.saveSettings({ tone: "formal" })]);
    expect(results[0].item).toMatchObject({ itemType: "appointment" });
    expect(sim.peakInFlight).toBe(3); // the queue does run calls side by side, up to the limit
  });
});

// ---------------------------------------------------------------------------

describe("attendee forms", () => {
  const html = "<p>Could we do this as a call?</p>";

  test("openReply uses displayReplyFormAsync with the htmlBody, addressed to the organizer", async () => {
    const { sim, adapter } = install(loadFixture("attendee-client-review-90min-onsite"));
    await adapter.openReply({ replyAll: false, htmlBody: html });
    expect(callsSince(sim, 0)).toEqual([{ api: "item.displayReplyFormAsync", args: [{ htmlBody: html }] }]);
    expect(sim.forms).toEqual([
      { kind: "reply", to: [{ displayName: "Maja Holm", emailAddress: "maja.holm@northwind.dk" }], cc: [], subject: "RE: Quarterly account review", htmlBody: html },
    ]);
  });

  test("openReply with replyAll goes to the organizer and everyone else but the user", async () => {
    const { sim, adapter } = install(loadFixture("attendee-dragged-in-by-colleague"));
    await adapter.openReply({ replyAll: true, htmlBody: html });
    expect(callsSince(sim, 0)).toEqual([{ api: "item.displayReplyAllFormAsync", args: [{ htmlBody: html }] }]);
    expect(sim.forms[0]?.to.map((r) => r.emailAddress)).toEqual(["sam.okafor@fabrikam.com", "maja.holm@northwind.dk"]);
  });

  test("before Mailbox 1.9 openReply falls back to the synchronous form", async () => {
    const { sim, adapter } = install(variant("attendee-client-review-90min-onsite", { host: { mailboxVersion: "1.8" } }));
    await adapter.openReply({ replyAll: false, htmlBody: html });
    expect(callsSince(sim, 0)).toEqual([{ api: "item.displayReplyForm", args: [{ htmlBody: html }] }]);
    expect(sim.forms).toHaveLength(1);
  });

  test("a display form that throws becomes kind 'thrown' with Office's code", async () => {
    const { sim, adapter } = install(
      variant("attendee-client-review-90min-onsite", {
        host: { mailboxVersion: "1.8" },
        failures: [{ api: "item.displayReplyForm", code: 9020, message: "The form could not be opened." }],
      }),
    );
    const error = await rejection(adapter.openReply({ replyAll: false, htmlBody: html }));
    expect(error).toMatchObject({ api: "item.displayReplyForm", kind: "thrown", code: 9020, message: "The form could not be opened." });
    expect(sim.forms).toEqual([]);
  });

  test("the same fixture failure on a 1.9+ host comes back as kind 'failed'", async () => {
    const { adapter } = install(
      variant("attendee-client-review-90min-onsite", { failures: [{ api: "item.displayReplyForm", code: 9020, message: "No." }] }),
    );
    const error = await rejection(adapter.openReply({ replyAll: false, htmlBody: html }));
    expect(error).toMatchObject({ api: "item.displayReplyFormAsync", kind: "failed", code: 9020, officeName: "GenericResponseError" });
  });

  test("an over-limit body throws in Office and reaches the pane as kind 'thrown'", async () => {
    const { sim, adapter } = install(loadFixture("attendee-client-review-90min-onsite"));
    const error = await rejection(adapter.openReply({ replyAll: false, htmlBody: "x".repeat(33 * 1024) }));
    expect(error.kind).toBe("thrown");
    expect(sim.forms).toEqual([]);
  });

  test("openNewMessage passes EmailAddressDetails recipients to displayNewMessageFormAsync", async () => {
    const { sim, adapter } = install(loadFixture("attendee-dragged-in-by-colleague"));
    await adapter.openNewMessage({
      to: [{ name: "Sam Okafor", email: "sam.okafor@fabrikam.com" }],
      cc: [{ name: "Maja Holm", email: "maja.holm@northwind.dk" }],
      subject: "Briefing for the design check-in",
      htmlBody: html,
    });
    expect(callsSince(sim, 0, "displayNew")).toEqual([
      {
        api: "displayNewMessageFormAsync",
        args: [
          {
            toRecipients: [{ displayName: "Sam Okafor", emailAddress: "sam.okafor@fabrikam.com" }],
            ccRecipients: [{ displayName: "Maja Holm", emailAddress: "maja.holm@northwind.dk" }],
            subject: "Briefing for the design check-in",
            htmlBody: html,
          },
        ],
      },
    ]);
    expect(sim.forms[0]).toMatchObject({ kind: "newMessage", subject: "Briefing for the design check-in", to: [{ emailAddress: "sam.okafor@fabrikam.com" }] });
  });

  test("openNewMessage uses displayNewMessageForm on Mailbox 1.6 to 1.8", async () => {
    const { sim, adapter } = install(variant("attendee-dragged-in-by-colleague", { host: { mailboxVersion: "1.6" } }));
    await adapter.openNewMessage({ to: [{ name: "Sam", email: "sam.okafor@fabrikam.com" }], cc: [], subject: "Hi", htmlBody: html });
    expect(callsSince(sim, 0, "displayNew").map((c) => c.api)).toEqual(["displayNewMessageForm"]);
    expect(sim.forms).toHaveLength(1);
  });

  test("forms are refused in compose mode without touching Office", async () => {
    const { sim, adapter } = install(loadFixture("organizer-weekly-status-60min"));
    expect((await rejection(adapter.openReply({ replyAll: false, htmlBody: html }))).kind).toBe("unsupported");
    expect((await rejection(adapter.openNewMessage({ to: [], cc: [], subject: "x", htmlBody: html }))).kind).toBe("unsupported");
    expect(sim.calls.filter((c) => c.api.includes("display"))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------

// ---------------------------------------------------------------------------

describe("saveSettings", () => {
  test("sets and removes keys, then saves", async () => {
    const { sim, adapter } = install(loadFixture("attendee-client-review-90min-onsite"));
    await adapter.saveSettings({ tone: "formal", callDetails: undefined });
    expect(sim.calls.filter((c) => c.api.startsWith("roamingSettings.") && c.api !== "roamingSettings.get")).toEqual([
      { api: "roamingSettings.set", args: ["tone", "formal"] },
      { api: "roamingSettings.remove", args: ["callDetails"] },
      { api: "roamingSettings.saveAsync", args: [] },
    ]);
    expect(sim.savedSettings).toEqual({ keyClientDomains: ["contoso.com"], shorterMinutes: 30, tone: "formal" });
  });

  test("a failing save is an OfficeCallError with Office's code", async () => {
    const { adapter } = install(
      variant("attendee-client-review-90min-onsite", { failures: [{ api: "roamingSettings.saveAsync", code: 9041, message: "Offline." }] }),
    );
    const error = await rejection(adapter.saveSettings({ tone: "formal" }));
    expect(error).toMatchObject({ api: "roamingSettings.saveAsync", kind: "failed", code: 9041, message: "Offline." });
  });

  test("settings over 32 KB fail with 9057", async () => {
    const { sim, adapter } = install(loadFixture("attendee-client-review-90min-onsite"));
    const error = await rejection(adapter.saveSettings({ callDetails: "x".repeat(33 * 1024) }));
    expect(error).toMatchObject({ kind: "failed", code: 9057 });
    expect(sim.savedSettings.callDetails).toBe("Call me on +45 20 30 40 50");
  });

  test("after a failed save the refused values are gone from Outlook's copy too: the next save works and does not persist them", async () => {
    const { sim, adapter } = install(loadFixture("attendee-client-review-90min-onsite"));
    await rejection(adapter.saveSettings({ callDetails: "x".repeat(33 * 1024) }));
    await adapter.saveSettings({ tone: "formal" });
    expect(sim.savedSettings).toMatchObject({ tone: "formal", callDetails: "Call me on +45 20 30 40 50" });
  });
});

// ---------------------------------------------------------------------------
// Hand-made Office-shaped mocks: the same member names and AsyncResult contract.

type MockResult = { status: "succeeded"; value?: unknown } | { status: "failed"; error: { code: number; name: string; message: string } };

/** An async Office method answering with the scripted results in turn (the last one repeats). */
function scripted(results: MockResult[], log: string[], api: string) {
  let call = 0;
  return (...args: unknown[]) => {
    log.push(api);
    const callback = args.pop() as (r: unknown) => void;
    const result = results[Math.min(call++, results.length - 1)];
    setTimeout(() => callback({ ...result, asyncContext: undefined }), 0);
  };
}

const okResult = (value?: unknown): MockResult => ({ status: "succeeded", value });
const failResult = (code: number, name: string, message: string): MockResult => ({ status: "failed", error: { code, name, message } });

function mockOffice(item: Record<string, unknown>): typeof Office {
  return {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Text: "text", Html: "html" },
    MailboxEnums: { ItemType: { Appointment: "appointment", Message: "message" } },
    context: {
      platform: "PC",
      displayLanguage: "en-US",
      requirements: { isSetSupported: () => true },
      mailbox: { item, userProfile: { displayName: "A", emailAddress: "a@example.com", timeZone: "UTC" } },
      roamingSettings: { get: () => undefined, set: () => undefined, remove: () => undefined, saveAsync: scripted([okResult()], [], "saveAsync") },
    },
  } as unknown as typeof Office;
}

function composeItem(log: string[], overrides: Record<string, MockResult[]> = {}) {
  const method = (api: string, fallback: MockResult[]) => scripted(overrides[api] ?? fallback, log, api);
  return {
    itemType: "appointment",
    start: { getAsync: method("start.getAsync", [okResult(new Date("2026-01-01T10:00:00Z"))]) },
    end: {
      getAsync: method("end.getAsync", [okResult(new Date("2026-01-01T11:00:00Z"))]),
      setAsync: method("end.setAsync", [okResult()]),
    },
    location: { getAsync: method("location.getAsync", [okResult("Room")]), setAsync: method("location.setAsync", [okResult()]) },
    body: {
      getTypeAsync: method("body.getTypeAsync", [okResult("html")]),
      getAsync: method("body.getAsync", [okResult("<p>x</p>")]),
      setAsync: method("body.setAsync", [okResult()]),
      prependAsync: method("body.prependAsync", [okResult()]),
    },
  };
}

describe("against hand-made Office mocks", () => {
  test("when undoing fails too, the error is kind 'rollback-failed' and names the original failure", async () => {
    const log: string[] = [];
    const item = composeItem(log, {
      // Read for the restore point (11:00), then re-read before undoing: still Offramp's 10:30.
      "end.getAsync": [okResult(new Date("2026-01-01T11:00:00Z")), okResult(new Date("2026-01-01T10:30:00Z"))],
      "end.setAsync": [okResult(), failResult(9020, "GenericResponseError", "Undo refused.")],
      "location.setAsync": [failResult(9041, "NetworkError", "Offline.")],
    });
    const adapter = createOfficeAdapter(mockOffice(item));
    const error = await rejection(adapter.changeEvent({ lengthMinutes: 30, location: "Phone" }));
    expect(error).toMatchObject({ api: "item.location.setAsync", kind: "rollback-failed", code: 9041, officeName: "NetworkError", causeKind: "failed" });
    expect(error.message).toContain("Offline.");
    expect(log.filter((api) => api === "end.setAsync")).toHaveLength(2);
    // What is still changed travels with the error, for the pane's Undo.
    expect(error.leftChanged).toMatchObject({ changed: ["end"], written: { end: new Date("2026-01-01T10:30:00Z") } });
  });

  test("a method that throws instead of calling back becomes kind 'thrown', never an untyped error", async () => {
    const log: string[] = [];
    const item = composeItem(log);
    item.end.getAsync = () => {
      throw "host exploded";
    };
    const error = await rejection(createOfficeAdapter(mockOffice(item)).changeEvent({ location: "x" }));
    expect(error).toMatchObject({ api: "item.end.getAsync", kind: "thrown", code: null });
    expect(log).not.toContain("location.setAsync");
  });

  test("a member missing on this host is kind 'unsupported', found before anything changes", async () => {
    const log: string[] = [];
    const item: Record<string, unknown> = composeItem(log);
    item.location = { getAsync: (item.location as { getAsync: unknown }).getAsync }; // no setAsync on this host
    const error = await rejection(createOfficeAdapter(mockOffice(item)).changeEvent({ lengthMinutes: 30, location: "x" }));
    expect(error).toMatchObject({ api: "item.location.setAsync", kind: "unsupported", code: null });
    expect(log).toEqual([]);
  });

  test("the limiter never lets a fourth call start while three are pending", async () => {
    let inFlight = 0;
    let peak = 0;
    const slow = (value: unknown) => (...args: unknown[]) => {
      const callback = args.pop() as (r: unknown) => void;
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      setTimeout(() => {
        inFlight -= 1;
        callback({ status: "succeeded", value });
      }, 3);
    };
    const getter = (value: unknown) => ({ getAsync: slow(value) });
    const item = {
      itemType: "appointment",
      subject: getter("s"),
      start: getter(new Date()),
      end: getter(new Date()),
      location: getter("l"),
      organizer: getter(null),
      requiredAttendees: getter([]),
      optionalAttendees: getter([]),
      recurrence: getter(null),
      body: { getAsync: slow("b") },
    };
    const adapter = createOfficeAdapter(mockOffice(item));
    const [a, b] = await Promise.all([adapter.readSnapshot(), adapter.readSnapshot()]);
    expect(a.item).toMatchObject({ subject: "s", bodyText: "b" });
    expect(b.item).toMatchObject({ subject: "s" });
    expect(peak).toBe(3);
  });

  test("without Office.js the adapter gives an empty snapshot instead of throwing", async () => {
    const snap = await createOfficeAdapter(undefined as unknown as typeof Office).readSnapshot();
    expect(snap).toMatchObject({ item: null, mode: "read", host: { platform: null }, settings: {} });
  });
});

describe("whenOfficeReady", () => {
  test("resolves once the host is ready", async () => {
    install(loadFixture("nothing-selected"));
    await expect(whenOfficeReady()).resolves.toBeUndefined();
  });

  test("rejects as 'unsupported' when Office.js is not there", async () => {
    await expect(whenOfficeReady(undefined)).rejects.toMatchObject({ kind: "unsupported", api: "Office.onReady" });
  });
});
