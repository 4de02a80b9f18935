// The simulated host's parts, each on its own (the whole host is tested through
// installSimulatedHost in simulatedHost.test.ts): what each promises at its seam.
import { applyUserEdit, itemState, placesFor, prependToBody, type AppointmentState } from "../../src/preview/simulatedHost/appointment";
import { createOfficeMethods, failureFor, ok, type CallDeps } from "../../src/preview/simulatedHost/asyncCalls";
import { buildBody } from "../../src/preview/simulatedHost/itemBody";
import { createRecorder } from "../../src/preview/simulatedHost/recorder";
import { createRequirements, mailboxDiagnostics } from "../../src/preview/simulatedHost/requirements";
import { createRoamingSettings } from "../../src/preview/simulatedHost/roamingSettings";
import { attendeeDetails, attendeeHostOf, composeRecipients, type AttendeeHost } from "../../src/preview/simulatedHost/recipients";
import type { HostScope } from "../../src/preview/simulatedHost/hostScope";
import { parseFixture } from "../../src/preview/simulatedHost/fixture";
import type { FixtureFailure, FixturePlatform } from "../../src/preview/simulatedHost/types";
import { loadFixture } from "../support/fixtures";

const ON_THE_WEB: AttendeeHost = { platform: "OfficeOnline", returned: 1000, userEmail: "alex.rivera@fabrikam.com" };

interface Result {
  status: string;
  value: unknown;
  error?: { code: number; name: string; message: string };
  asyncContext?: unknown;
}

/** Calls an Office-style async method and resolves with its AsyncResult, or "no callback" after `waitMs`. */
function callback(method: (...args: unknown[]) => void, ...args: unknown[]): Promise<Result | "no callback"> {
  return new Promise((resolve) => {
    method(...args, (result: Result) => resolve(result));
    setTimeout(() => resolve("no callback"), 50);
  });
}

function methods(overrides: Partial<CallDeps> = {}) {
  const log: Array<{ api: string; args: unknown[] }> = [];
  const peaks: number[] = [];
  let successes = 0;
  const deps: CallDeps = {
    failures: [],
    platform: "PC",
    latencyMs: 0,
    record: (api, args) => log.push({ api, args }),
    succeeded: () => void (successes += 1),
    started: (n) => void peaks.push(n),
    ...overrides,
  };
  return { ...createOfficeMethods(deps), log, peaks, successes: () => successes };
}

const failure = (api: string, extra: Partial<FixtureFailure> = {}): FixtureFailure => ({ api, code: 9020, name: "GenericResponseError", message: "Refused.", hang: false, ...extra });

describe("asyncCalls: Office's AsyncResult contract", () => {
  test("logs the call first, then calls back later with the value and the caller's asyncContext", async () => {
    const m = methods();
    let synchronous = true;
    const api = m.asyncMethod("item.subject.getAsync", 0, () => ok("Review"));
    const result = new Promise<Result>((resolve) => api({ asyncContext: 7 }, (r: Result) => resolve({ ...r, sync: synchronous } as Result)));
    synchronous = false;
    expect(m.log).toEqual([{ api: "item.subject.getAsync", args: [{ asyncContext: 7 }] }]);
    expect(await result).toMatchObject({ status: "succeeded", value: "Review", asyncContext: 7, sync: false });
    expect(m.successes()).toBe(1);
  });

  test("a fixture failure calls back failed with Office's error, and the work never runs", async () => {
    let ran = false;
    const m = methods({ failures: [failure("item.end.setAsync")] });
    const result = await callback(m.asyncMethod("item.end.setAsync", 1, () => ((ran = true), ok())), new Date());
    expect(result).toMatchObject({ status: "failed", value: undefined, error: { code: 9020, name: "GenericResponseError", message: "Refused." } });
    expect(ran).toBe(false);
    expect(m.successes()).toBe(0);
  });

  test("a hanging call is logged and never calls back", async () => {
    const m = methods({ failures: [failure("item.body.prependAsync", { hang: true })] });
    expect(await callback(m.asyncMethod("item.body.prependAsync", 1, () => ok()), "x")).toBe("no callback");
    expect(m.log.map((c) => c.api)).toEqual(["item.body.prependAsync"]);
  });

  test("bad arguments throw at once, after the call is logged", () => {
    const m = methods();
    const api = m.asyncMethod("item.location.setAsync", 1, () => ok(), (args) => {
      if (typeof args[0] !== "string") throw new Error("A string is expected.");
    });
    expect(() => api(42, () => undefined)).toThrow("A string is expected.");
    expect(m.log).toHaveLength(1);
  });

  test("on Outlook on the web a fourth call in flight fails; elsewhere it goes through", async () => {
    for (const platform of ["OfficeOnline", "PC"] as const) {
      const m = methods({ platform });
      const api = m.asyncMethod("item.start.getAsync", 0, () => ok(1));
      const results = await Promise.all([1, 2, 3, 4].map(() => callback(api)));
      const statuses = results.map((r) => (r === "no callback" ? r : r.status));
      expect(statuses).toEqual(platform === "OfficeOnline" ? ["succeeded", "succeeded", "succeeded", "failed"] : ["succeeded", "succeeded", "succeeded", "succeeded"]);
      expect(Math.max(...m.peaks)).toBe(platform === "OfficeOnline" ? 3 : 4);
    }
  });

  test("a display form's failure also fails its Async twin; sync forms throw it", () => {
    const failures = [failure("item.displayReplyForm", { code: 9017, name: "AccessRestricted" })];
    expect(failureFor(failures, "item.displayReplyFormAsync")?.code).toBe(9017);
    expect(failureFor(failures, "item.displayReplyAllFormAsync")).toBeUndefined();
    const m = methods({ failures });
    expect(() => m.syncMethod("item.displayReplyForm", () => "opened")()).toThrow(expect.objectContaining({ name: "AccessRestricted", code: 9017 }));
  });
});

describe("recorder: the call log and change notifications", () => {
  test("calls are logged with dates as ISO strings; listeners hear the changes once per tick", async () => {
    const fx = parseFixture(loadFixture("attendee-client-review-90min-onsite"));
    const recorder = createRecorder(fx, { itemView: () => null, userEdit: () => undefined, latencyMs: 0, uninstall: () => undefined });
    const heard: number[] = [];
    recorder.mailbox.onChange((m) => heard.push(m.calls.length));
    recorder.record("item.end.setAsync", [new Date("2026-11-24T09:30:00Z"), () => undefined]);
    recorder.record("item.location.setAsync", ["Phone"]);
    expect(recorder.mailbox.calls).toEqual([
      { api: "item.end.setAsync", args: ["2026-11-24T09:30:00.000Z", undefined] },
      { api: "item.location.setAsync", args: ["Phone"] },
    ]);
    await Promise.resolve();
    expect(heard).toEqual([2]);
  });

  test("uninstall puts the window back once, however often it is called", () => {
    const fx = parseFixture(loadFixture("attendee-client-review-90min-onsite"));
    let uninstalled = 0;
    const recorder = createRecorder(fx, { itemView: () => null, userEdit: () => undefined, latencyMs: 0, uninstall: () => void (uninstalled += 1) });
    recorder.mailbox.uninstall();
    recorder.mailbox.uninstall();
    expect(uninstalled).toBe(1);
  });
});

describe("requirements: isSetSupported as the fixture's mailboxVersion says", () => {
  test("Mailbox up to the host's version, NestedAppAuth from Graph, anything else no", () => {
    const log: string[] = [];
    const { isSetSupported } = createRequirements({ minor: 3, record: (api) => log.push(api), supportsNestedAppAuth: (v) => v === "1.1" });
    expect(isSetSupported("Mailbox", "1.3")).toBe(true);
    expect(isSetSupported("mailbox", "1.4")).toBe(false);
    expect(isSetSupported("Mailbox", "2.0")).toBe(false);
    expect(isSetSupported("Mailbox", "one")).toBe(false);
    expect(isSetSupported("NestedAppAuth", "1.1")).toBe(true);
    expect(isSetSupported("DialogApi", "1.1")).toBe(false);
    expect(log).toHaveLength(6);
  });
});

describe("roamingSettings: in memory until saved, Outlook's 32 KB limit", () => {
  test("a save over 32 KB fails and stores nothing; a smaller one is stored as JSON", async () => {
    const saved: unknown[] = [];
    const settings = createRoamingSettings({}, { record: () => undefined, methods: methods(), saved: (s) => saved.push(s) });
    settings.set("callDetails", "x".repeat(33 * 1024));
    expect(await callback(settings.saveAsync)).toMatchObject({ status: "failed", error: { name: "SizeLimitExceeded" } });
    expect(saved).toEqual([]);
    settings.set("callDetails", "Call me");
    settings.set("when", new Date("2026-01-01T00:00:00Z"));
    expect(await callback(settings.saveAsync)).toMatchObject({ status: "succeeded" });
    expect(saved).toEqual([{ callDetails: "Call me", when: "2026-01-01T00:00:00.000Z" }]);
    expect(() => settings.set(7, "x")).toThrow(/Parameter name: name/);
  });
});

describe("appointment and body: Outlook's own rules for the item", () => {
  const parser = new DOMParser();
  const appointment = (): AppointmentState => {
    const fx = parseFixture(loadFixture("organizer-call-books-room"));
    const state = itemState(fx.item, "Europe/Copenhagen");
    if (state?.itemType !== "appointment") throw new Error("expected an appointment");
    return state;
  };

  test("a new location text keeps the booked rooms", () => {
    const appt = appointment();
    const rooms = appt.enhancedLocation.filter((l) => l.type === "room");
    expect(rooms.length).toBeGreaterThan(0);
    expect(placesFor(appt, "Microsoft Teams")).toEqual([...rooms, { displayName: "Microsoft Teams", emailAddress: "", type: "custom" }]);
  });

  test("the user moving the start keeps the length, as Outlook's editor does", () => {
    const appt = appointment();
    const length = appt.end! - appt.start!;
    applyUserEdit(appt, { start: "2026-12-01T08:00:00Z" }, "UTC", parser);
    expect(appt.start).toBe(Date.parse("2026-12-01T08:00:00Z"));
    expect(appt.end! - appt.start!).toBe(length);
    expect(() => applyUserEdit(appt, { end: "soon" }, "UTC", parser)).toThrow(/ISO 8601/);
  });

  test("a note goes inside <body> once Outlook has made the HTML a document", () => {
    expect(prependToBody({ type: "html", content: "<html><body class='x'><p>Agenda</p></body></html>" }, "<p>Note</p>")).toBe(
      "<html><body class='x'><p>Note</p><p>Agenda</p></body></html>",
    );
    expect(prependToBody({ type: "text", content: "Agenda" }, "Note\n")).toBe("Note\nAgenda");
  });

  test("Text coercion: a line per block on the desktop; on the web a list's items and a table's rows run together", async () => {
    const appt = appointment();
    appt.body = { type: "html", content: "<p>Agenda</p><ul><li>Budget</li><li>Risks</li></ul><table><tr><td>9:00</td><td>Intro</td></tr><tr><td>9:15</td><td>Demo</td></tr></table><p>See <a href='https://example.com/deck'>the deck</a></p>" };
    const scope = { methods: methods(), parser, supports: () => true };
    const asText = (web: boolean) => callback((buildBody(scope, () => appt, false, { web }) as Record<string, (...args: unknown[]) => void>).getAsync!, "text");
    expect(await asText(false)).toMatchObject({ status: "succeeded", value: "Agenda\nBudget\nRisks\n9:00 Intro\n9:15 Demo\nSee the deck" });
    expect(await asText(true)).toMatchObject({ status: "succeeded", value: "Agenda\nBudget Risks 9:00 Intro 9:15 Demo\nSee the deck" });
    // Html coercion hands the markup over as it is, on every platform.
    expect(await callback((buildBody(scope, () => appt, false, { web: true }) as Record<string, (...args: unknown[]) => void>).getAsync!, "html")).toMatchObject({ value: appt.body.content });
  });

  test("HTML into a text body is refused; below Mailbox 1.3 there is no body.getAsync or setAsync", async () => {
    const appt = appointment();
    appt.body = { type: "text", content: "Agenda" };
    const scope = (minor: number) => ({ methods: methods(), parser, supports: (set: number) => minor >= set });
    const body = buildBody(scope(13), () => appt, true) as Record<string, (...args: unknown[]) => void>;
    expect(await callback(body.prependAsync!, "<b>x</b>", { coercionType: "html" })).toMatchObject({ status: "failed", error: { name: "InvalidFormatError" } });
    expect(appt.body.content).toBe("Agenda");
    expect(await callback(body.prependAsync!, "Note. ", { coercionType: "text" })).toMatchObject({ status: "succeeded" });
    expect(appt.body.content).toBe("Note. Agenda");
    expect(Object.keys(buildBody(scope(1), () => appt, true)).sort()).toEqual(["getTypeAsync", "prependAsync"]);
    expect(Object.keys(buildBody(scope(13), () => appt, false))).toEqual(["getAsync"]);
  });

  test("Outlook returns no more attendees than the platform gives: 100 on Mac and mobile, 500 in older classic Windows, 1,000 on the web", async () => {
    const appt = appointment();
    appt.optionalAttendees = Array.from({ length: 1200 }, (_, i) => ({ displayName: `P${i}`, emailAddress: `p${i}@example.com` }));
    const on = (platform: FixturePlatform, minor: number) =>
      attendeeHostOf({ fx: { host: { platform }, user: { emailAddress: "alex.rivera@fabrikam.com" } }, supports: (set: number) => minor >= set } as unknown as HostScope);
    const returned = async (host: AttendeeHost) => (((await callback(composeRecipients(appt, "optionalAttendees", methods(), host).getAsync)) as Result).value as unknown[]).length;
    expect(await returned(on("OfficeOnline", 13))).toBe(1000);
    expect(await returned(on("PC", 15))).toBe(500);
    expect(await returned(on("PC", 16))).toBe(1000);
    expect(await returned(on("Mac", 14))).toBe(100);
    expect(await returned(on("iOS", 5))).toBe(100);
    // Outlook for Mac leaves recipientType undefined.
    expect(attendeeDetails(appt.optionalAttendees, true, on("Mac", 14))[0]).toEqual({ displayName: "P0", emailAddress: "p0@example.com", appointmentResponse: "none", recipientType: undefined });
  });

  test("compose recipients take at most 100 per call, and give no responses, which only read mode has", async () => {
    const appt = appointment();
    const recipients = composeRecipients(appt, "optionalAttendees", methods(), ON_THE_WEB);
    const many = Array.from({ length: 101 }, (_, i) => `p${i}@example.com`);
    expect(await callback(recipients.addAsync, many)).toMatchObject({ status: "failed", error: { name: "NumberOfRecipientsExceeded" } });
    expect(await callback(recipients.setAsync, ["kim@fabrikam.com"])).toMatchObject({ status: "succeeded" });
    expect(await callback(recipients.getAsync)).toEqual(expect.objectContaining({
      value: [{ displayName: "kim@fabrikam.com", emailAddress: "kim@fabrikam.com", recipientType: "user" }],
    }));
  });

  test("compose mode counts the organizer among the required attendees, once", async () => {
    const appt = appointment();
    appt.organizer = { displayName: "Alex Rivera", emailAddress: "alex.rivera@fabrikam.com" };
    appt.requiredAttendees = [{ displayName: "Maja Holm", emailAddress: "maja.holm@northwind.dk", appointmentResponse: "accepted" }];
    const required = composeRecipients(appt, "requiredAttendees", methods(), ON_THE_WEB);
    const names = async () => ((await callback(required.getAsync)) as Result).value as Array<{ emailAddress: string }>;
    expect((await names()).map((a) => a.emailAddress)).toEqual(["alex.rivera@fabrikam.com", "maja.holm@northwind.dk"]);
    appt.requiredAttendees = [...appt.requiredAttendees, { displayName: "Alex Rivera", emailAddress: "Alex.Rivera@fabrikam.com" }];
    expect((await names()).map((a) => a.emailAddress)).toEqual(["maja.holm@northwind.dk", "Alex.Rivera@fabrikam.com"]);
    const optional = composeRecipients(appt, "optionalAttendees", methods(), ON_THE_WEB);
    expect(((await callback(optional.getAsync)) as Result).value).toEqual([]);
  });
});

describe("diagnostics", () => {
  const on = (platform: string, mailboxVersion: string) => {
    const json = JSON.parse(JSON.stringify(loadFixture("attendee-client-review-90min-onsite"))) as { host: Record<string, unknown> };
    json.host = { ...json.host, platform, mailboxVersion };
    return mailboxDiagnostics(parseFixture(json));
  };

  test("each Outlook reports its own kind of build: the client's on Windows, Mac and mobile, Exchange Online's on the web", () => {
    expect(on("OfficeOnline", "1.16")).toMatchObject({ hostName: "OutlookWebApp", hostVersion: expect.stringMatching(/^15\.20\.\d+\.\d+$/), OWAView: "ThreeColumns" });
    expect(on("Mac", "1.14")).toMatchObject({ hostName: "Outlook", hostVersion: expect.stringMatching(/^16\.\d+\.\d{8}$/) });
    expect(on("Android", "1.5")).toMatchObject({ hostName: "OutlookAndroid", hostVersion: expect.stringMatching(/^4\.\d{4}\.\d+$/) });
  });

  test("classic Windows gives the first build with its Mailbox set; below 1.8, the perpetual Outlook that stopped there", () => {
    expect(on("PC", "1.14").hostVersion).toBe("16.0.17530.15000");
    expect(on("PC", "1.16").hostVersion).toBe("16.0.19725.20126");
    expect(on("PC", "1.8").hostVersion).toBe("16.0.12130.20272");
    expect(on("PC", "1.1").hostVersion).toBe("15.0.4420.1017");
    expect(on("PC", "1.3").hostVersion).toBe("16.0.4266.1001");
    expect(on("PC", "1.6").hostVersion).toBe("16.0.10336.20044");
  });
});
