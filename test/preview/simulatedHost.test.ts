// The simulated Outlook host must be as strict as Outlook: these tests pin what
// an add-in (or a test driving the preview) would notice.
import { PROJECT_FIXTURES_DIR, SHARED_FIXTURES_DIR, fixtureNames, loadFixture as loadFixtureJson } from "../support/fixtures";
import { FixtureError, installSimulatedHost, parseFixture, type FixtureAppointment, type SimulatedMailbox } from "../../src/preview/simulatedHost";
import { FAILABLE_CALLS } from "../../src/preview/simulatedHost/officeCalls";

const FIXTURE_NAMES = [...fixtureNames(SHARED_FIXTURES_DIR), ...fixtureNames(PROJECT_FIXTURES_DIR)];

type FixtureJson = Record<string, unknown>;

function loadFixture(name: string): FixtureJson {
  return loadFixtureJson(name) as unknown as FixtureJson;
}

function variant(name: string, changes: { host?: Record<string, unknown>; user?: Record<string, unknown>; failures?: unknown[]; item?: Record<string, unknown> }) {
  const json = loadFixture(name);
  if (changes.host) json.host = { ...(json.host as object), ...changes.host };
  if (changes.user) json.user = { ...(json.user as object), ...changes.user };
  if (changes.failures) json.failures = changes.failures;
  if (changes.item) json.item = { ...(json.item as object), ...changes.item };
  return json;
}

const ORIGINAL_ALERT = window.alert;
const READ = "attendee-client-review-90min-onsite";
const COMPOSE = "organizer-weekly-status-60min";

interface AsyncResultShape {
  status: string;
  value: unknown;
  error?: { code: number; name: string; message: string };
  asyncContext?: unknown;
}

let sim: SimulatedMailbox | undefined;
function install(json: FixtureJson, latencyMs = 0): SimulatedMailbox {
  sim = installSimulatedHost(json, window, { latencyMs });
  return sim;
}
afterEach(() => {
  sim?.uninstall();
  sim = undefined;
});

/** A member of window.Office by dotted path ("context.mailbox.item.start"). */
function at(dotted: string): unknown {
  return dotted.split(".").reduce<unknown>((obj, key) => (obj === null || obj === undefined ? undefined : (obj as Record<string, unknown>)[key]), (window as unknown as { Office: unknown }).Office);
}
const mb = (dotted: string) => at(`context.mailbox.${dotted}`);

function invoke(dotted: string, ...args: unknown[]): unknown {
  const fn = at(dotted);
  if (typeof fn !== "function") throw new Error(`${dotted} is not a function`);
  return (fn as (...a: unknown[]) => unknown).apply(at(dotted.slice(0, dotted.lastIndexOf("."))), args);
}
const mbInvoke = (dotted: string, ...args: unknown[]) => invoke(`context.mailbox.${dotted}`, ...args);

/**
 * What the call threw, as { name, message }: a bare `.toThrow()` would also pass on
 * "is not a function" when the member is missing, which proves nothing.
 */
function thrownBy(call: () => unknown): { name: string; message: string } {
  try {
    call();
  } catch (error) {
    return { name: (error as Error).name, message: (error as Error).message };
  }
  throw new Error("expected the call to throw");
}
const argumentException = (parameter: string) => ({ name: "Sys.ArgumentException", message: expect.stringContaining(`Parameter name: ${parameter}`) });

function mbAsync(dotted: string, ...args: unknown[]): Promise<AsyncResultShape> {
  return new Promise((resolve) => mbInvoke(dotted, ...args, resolve));
}

// ---------------------------------------------------------------------------

describe("parseFixture", () => {
  test.each(FIXTURE_NAMES)("accepts the sample %s", (name) => {
    expect(parseFixture(loadFixture(name)).name).toBe(name);
  });

  test("says which date is not ISO 8601", () => {
    expect(() => parseFixture(variant(READ, { item: { start: "tomorrow at nine" } }))).toThrow(FixtureError);
    expect(() => parseFixture(variant(READ, { item: { start: "tomorrow at nine" } }))).toThrow("fixture.item.start is not an ISO 8601 date");
    expect(() => parseFixture(variant(READ, { item: { allowNewTimeProposals: "false" } }))).toThrow("fixture.item.allowNewTimeProposals must be true or false");
    expect(parseFixture(variant(READ, { item: { allowNewTimeProposals: false } })).item).toBeTruthy();
    expect(() => parseFixture(variant(READ, { item: { end: "2026-02-30T10:00:00Z" } }))).toThrow("fixture.item.end is not an ISO 8601 date");
  });

  test("names the missing or wrong field", () => {
    expect(() => parseFixture({ item: null })).toThrow("fixture.name");
    expect(() => parseFixture(variant(READ, { host: { platform: "Windows95" } }))).toThrow("fixture.host.platform");
    expect(() => parseFixture(variant(READ, { user: { timeZone: "  " } }))).toThrow("fixture.user.timeZone");
    expect(() => parseFixture({ ...loadFixture(READ), mode: "edit" })).toThrow("fixture.mode");
    expect(() => parseFixture({ ...loadFixture(READ), failures: [{ api: "item.end.setAsync" }] })).toThrow("fixture.failures[0].code");
    expect(() => parseFixture("not json")).toThrow(FixtureError);
  });

  test("refuses a failure for a call the host never makes: a misspelt name would fail nothing and pass the test", () => {
    const typo = { ...loadFixture(COMPOSE), failures: [{ api: "item.locaton.setAsync", code: 9020 }] };
    expect(() => parseFixture(typo)).toThrow(FixtureError);
    expect(() => parseFixture(typo)).toThrow('fixture.failures[0].api "item.locaton.setAsync" is not an Office.js call the simulated host makes');
    expect(() => parseFixture({ ...loadFixture(COMPOSE), failures: [{ api: "item.location.setAsync", code: 9020 }] })).not.toThrow();
  });

  test("the calls a failure can name are exactly the calls the host offers, in read and compose mode", () => {
    const offered = new Set<string>();
    const collect = (value: unknown, path: string, seen: Set<unknown>) => {
      if (!value || typeof value !== "object" || seen.has(value)) return;
      seen.add(value);
      for (const [key, member] of Object.entries(value)) {
        const dotted = path ? `${path}.${key}` : key;
        // What can fail: the async calls and the display forms (the time converters and settings reads cannot).
        if (typeof member === "function" && /Async$|^display\w*Form$/.test(key)) offered.add(dotted);
        else collect(member, dotted, seen);
      }
    };
    for (const name of [READ, COMPOSE]) {
      const sim = installSimulatedHost(variant(name, { host: { mailboxVersion: "1.14" } }), window);
      const context = (window as unknown as { Office: { context: { mailbox: unknown; roamingSettings: unknown } } }).Office.context;
      collect(context.mailbox, "", new Set());
      collect({ roamingSettings: context.roamingSettings }, "", new Set());
      sim.uninstall();
    }
    expect([...offered].sort()).toEqual([...FAILABLE_CALLS].sort());
  });

  test("ignores unknown fields", () => {
    const json = { ...variant(READ, { item: { colour: "blue" } }), futureField: { anything: true } };
    install(json);
    expect(mb("item.colour")).toBeUndefined();
    expect(mb("item.subject")).toBe("Quarterly account review");
  });

  test("missing optional fields behave as Outlook: empty, null or absent", () => {
    install({ name: "minimal", item: { itemType: "appointment", start: "2026-11-24T09:00:00Z", end: "2026-11-24T10:00:00Z" } });
    expect(at("context.platform")).toBe("OfficeOnline");
    expect(mb("item.location")).toBe("");
    expect(mb("item.organizer")).toBeNull();
    expect(mb("item.requiredAttendees")).toEqual([]);
    expect(mb("item.seriesId")).toBeNull();
    expect(invoke("context.roamingSettings.get", "tone")).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------

describe("read and compose shapes", () => {
  test("read mode is AppointmentRead: plain values and Dates, reply forms, no setters", () => {
    install(loadFixture(READ));
    const start = mb("item.start");
    expect(start).toBeInstanceOf(Date);
    expect((start as Date).toISOString()).toBe("2026-11-24T08:00:00.000Z");
    expect(mb("item.location")).toBe("Northwind HQ, Strandvejen 12, 2900 Hellerup");
    expect(mb("item.itemType")).toBe("appointment");
    expect(mb("item.requiredAttendees")).toContainEqual(expect.objectContaining({ emailAddress: "alex.rivera@fabrikam.com", appointmentResponse: "none" }));
    expect(typeof mb("item.displayReplyForm")).toBe("function");
    expect(typeof mb("item.displayReplyAllFormAsync")).toBe("function");
    expect(mb("item.start.setAsync")).toBeUndefined();
    expect(mb("item.body.getTypeAsync")).toBeUndefined();
    expect(mb("item.body.prependAsync")).toBeUndefined();
    expect(mb("item.saveAsync")).toBeUndefined();
    expect(typeof mb("displayNewMessageForm")).toBe("function");
  });

  test("compose mode is AppointmentCompose: getAsync/setAsync objects, no reply or new-message forms", async () => {
    install(loadFixture(COMPOSE));
    expect(mb("item.displayReplyForm")).toBeUndefined();
    expect(mb("item.displayReplyAllFormAsync")).toBeUndefined();
    expect(mb("displayNewMessageForm")).toBeUndefined();
    expect(mb("displayNewMessageFormAsync")).toBeUndefined();
    const start = await mbAsync("item.start.getAsync");
    expect(start.status).toBe("succeeded");
    expect((start.value as Date).toISOString()).toBe("2026-11-26T13:00:00.000Z");
    expect((await mbAsync("item.body.getTypeAsync")).value).toBe("html");
    expect((await mbAsync("item.organizer.getAsync")).value).toMatchObject({ emailAddress: "alex.rivera@fabrikam.com" });
    expect((await mbAsync("item.recurrence.getAsync")).value).toMatchObject({ recurrenceType: "weekly", recurrenceProperties: { interval: 1 } });
  });

  test("a message is a message; no item is null", () => {
    install(loadFixture("message-not-meeting"));
    expect(mb("item.itemType")).toBe("message");
    expect(mb("item.subject")).toBe("Re: invoice");
    expect(mb("item.start")).toBeUndefined();
    install(loadFixture("nothing-selected"));
    expect(mb("item")).toBeNull();
  });

  test("Office enums carry Office.js's runtime values", () => {
    install(loadFixture(READ));
    expect(at("AsyncResultStatus")).toMatchObject({ Succeeded: "succeeded", Failed: "failed" });
    expect(at("CoercionType")).toMatchObject({ Text: "text", Html: "html" });
    expect(at("MailboxEnums.ItemType")).toEqual({ Message: "message", Appointment: "appointment" });
    expect(at("MailboxEnums.ResponseType")).toMatchObject({ Organizer: "organizer", Accepted: "accepted" });
    expect(at("HostType.Outlook")).toBe("Outlook");
    expect(at("PlatformType.OfficeOnline")).toBe("OfficeOnline");
  });

  test("Office.onReady resolves (promise and callback) with host and platform", async () => {
    install(variant(READ, { host: { platform: "Mac" } }));
    const viaCallback = jest.fn();
    const info = await invoke("onReady", viaCallback);
    expect(info).toEqual({ host: "Outlook", platform: "Mac" });
    expect(viaCallback).toHaveBeenCalledWith({ host: "Outlook", platform: "Mac" });
  });
});

// ---------------------------------------------------------------------------

describe("requirement sets", () => {
  test("Mailbox 1.1: no body reading, no new-message form, no async forms, no recurrence, no theme", () => {
    install(variant(READ, { host: { mailboxVersion: "1.1" } }));
    expect(mb("item.body.getAsync")).toBeUndefined();
    expect(mb("displayNewMessageForm")).toBeUndefined();
    expect(mb("item.displayReplyFormAsync")).toBeUndefined();
    expect(typeof mb("item.displayReplyForm")).toBe("function");
    expect(mb("item.recurrence")).toBeUndefined();
    expect(at("context.officeTheme")).toBeUndefined();
  });

  test("Mailbox 1.1 compose: prependAsync yes; body.getAsync/setAsync, organizer, saveAsync no", () => {
    install(variant(COMPOSE, { host: { mailboxVersion: "1.1" } }));
    expect(typeof mb("item.body.prependAsync")).toBe("function");
    expect(typeof mb("item.body.getTypeAsync")).toBe("function");
    expect(mb("item.body.getAsync")).toBeUndefined();
    expect(mb("item.body.setAsync")).toBeUndefined();
    expect(mb("item.organizer")).toBeUndefined();
    expect(mb("item.saveAsync")).toBeUndefined();
  });

  test("displayNewMessageForm from 1.6, its Async form from 1.9", () => {
    install(variant(READ, { host: { mailboxVersion: "1.6" } }));
    expect(typeof mb("displayNewMessageForm")).toBe("function");
    expect(mb("displayNewMessageFormAsync")).toBeUndefined();
    install(variant(READ, { host: { mailboxVersion: "1.9" } }));
    expect(typeof mb("displayNewMessageFormAsync")).toBe("function");
  });

  test("officeTheme from 1.14, with the fixture's light or dark colours", () => {
    install(variant(READ, { host: { mailboxVersion: "1.14", theme: "dark" } }));
    const dark = at("context.officeTheme") as Record<string, string>;
    install(variant(READ, { host: { mailboxVersion: "1.14", theme: "light" } }));
    const light = at("context.officeTheme") as Record<string, string>;
    expect(Object.keys(dark).sort()).toEqual(["bodyBackgroundColor", "bodyForegroundColor", "controlBackgroundColor", "controlForegroundColor"]);
    expect(dark.bodyBackgroundColor).not.toBe(light.bodyBackgroundColor);
  });

  test("isSetSupported compares major.minor numerically, string or number", () => {
    install(variant(READ, { host: { mailboxVersion: "1.9" } }));
    const supported = (...args: unknown[]) => invoke("context.requirements.isSetSupported", ...args);
    expect(supported("Mailbox", "1.9")).toBe(true);
    expect(supported("Mailbox", "1.3")).toBe(true);
    expect(supported("Mailbox", 1.1)).toBe(true);
    expect(supported("Mailbox", "1.10")).toBe(false); // 10 > 9, not "1.10" < "1.9"
    expect(supported("Mailbox", "1.14")).toBe(false);
    expect(supported("Mailbox")).toBe(true);
    expect(supported("DialogApi", "1.1")).toBe(false);
    install(variant(READ, { host: { mailboxVersion: "1.13" } }));
    expect(invoke("context.requirements.isSetSupported", "Mailbox", "1.10")).toBe(true);
  });
});

// ---------------------------------------------------------------------------

describe("the async contract", () => {
  test("callbacks come later, with Office's AsyncResult shape and the asyncContext", async () => {
    install(loadFixture(COMPOSE));
    const callback = jest.fn();
    mbInvoke("item.subject.getAsync", { asyncContext: { tag: 7 } }, callback);
    expect(callback).not.toHaveBeenCalled();
    await new Promise((r) => setTimeout(r, 5));
    expect(callback).toHaveBeenCalledWith({ status: "succeeded", value: "Weekly status: Northwind rollout", error: undefined, asyncContext: { tag: 7 }, diagnostics: undefined });
  });

  test("a fixture failure calls back failed with {code, name, message}; the item stays as it was", async () => {
    const mailbox = install(loadFixture("organizer-end-time-fails"));
    const before = mailbox.item;
    const result = await mbAsync("item.end.setAsync", new Date("2026-12-01T13:00:00Z"));
    expect(result).toMatchObject({
      status: "failed",
      value: undefined,
      error: { code: 9017, name: expect.any(String), message: "The operation could not be completed." },
    });
    expect(mailbox.item).toEqual(before);
  });

  test("a fixture failure on a display form makes it throw", () => {
    const mailbox = install(variant(READ, { failures: [{ api: "item.displayReplyForm", code: 9020, message: "Form blocked." }] }));
    expect(() => mbInvoke("item.displayReplyForm", "<p>hi</p>")).toThrow("Form blocked.");
    expect(mailbox.forms).toEqual([]);
  });

  test("a fourth concurrent call fails on Outlook on the web, not on Windows", async () => {
    install(loadFixture(COMPOSE));
    const web = await Promise.all([1, 2, 3, 4].map(() => mbAsync("item.subject.getAsync")));
    expect(web.map((r) => r.status)).toEqual(["succeeded", "succeeded", "succeeded", "failed"]);
    expect(web[3]?.error?.code).toEqual(expect.any(Number));
    // Once the first three are back there is room again.
    expect((await mbAsync("item.subject.getAsync")).status).toBe("succeeded");

    install(variant(COMPOSE, { host: { platform: "PC" } }));
    const desktop = await Promise.all([1, 2, 3, 4].map(() => mbAsync("item.subject.getAsync")));
    expect(desktop.map((r) => r.status)).toEqual(["succeeded", "succeeded", "succeeded", "succeeded"]);

    // Outlook on iOS and Android has the same limit of three.
    install(variant(COMPOSE, { host: { platform: "Android" } }));
    const mobile = await Promise.all([1, 2, 3, 4].map(() => mbAsync("item.subject.getAsync")));
    expect(mobile.map((r) => r.status)).toEqual(["succeeded", "succeeded", "succeeded", "failed"]);
  });

  test("no platform offers more than its Outlook has: Mac up to Mailbox 1.14, iOS and Android 1.5, any Outlook 1.16", () => {
    const supported = (version: string) => (at("context.requirements") as { isSetSupported(name: string, v: string): boolean }).isSetSupported("Mailbox", version);
    install(variant(READ, { host: { platform: "Mac", mailboxVersion: "1.15" } }));
    expect([supported("1.14"), supported("1.15")]).toEqual([true, false]);
    install(variant(READ, { host: { platform: "iOS", mailboxVersion: "1.13" } }));
    expect([supported("1.5"), supported("1.6")]).toEqual([true, false]);
    // enhancedLocation is Mailbox 1.8: not on this phone.
    expect(mb("item.enhancedLocation")).toBeUndefined();
    install(variant(READ, { host: { platform: "OfficeOnline", mailboxVersion: "1.20" } }));
    expect([supported("1.16"), supported("1.17")]).toEqual([true, false]);
  });

  test("Outlook on iOS and Android opens no reply or new-item forms and has no convertToRestId, whatever the requirement set", () => {
    install(variant(READ, { host: { platform: "iOS", mailboxVersion: "1.13" } }));
    for (const member of ["item.displayReplyForm", "item.displayReplyAllForm", "item.displayReplyFormAsync", "displayNewMessageForm", "displayNewAppointmentForm", "displayNewMessageFormAsync", "convertToRestId"]) {
      expect([member, typeof mb(member)]).toEqual([member, "undefined"]);
    }
    install(variant(READ, { host: { mailboxVersion: "1.13" } }));
    expect(typeof mb("item.displayReplyFormAsync")).toBe("function");
    expect(typeof mb("convertToRestId")).toBe("function");
  });

  test("bad arguments throw synchronously, as Office.js does", () => {
    install(loadFixture(COMPOSE));
    expect(thrownBy(() => mbInvoke("item.end.setAsync", "2026-11-26T14:30:00Z", () => undefined))).toEqual(argumentException("dateTime"));
    expect(thrownBy(() => mbInvoke("item.body.getAsync", "markdown", () => undefined))).toEqual(argumentException("coercionType"));
  });
});

// ---------------------------------------------------------------------------

describe("limits and Outlook's rules", () => {
  test("read mode on the web and in Windows puts the organizer at the head of the required attendees; Mac does not", () => {
    const withoutOrganizer = (platform: string) =>
      variant(READ, { host: { platform }, item: { requiredAttendees: [{ displayName: "Alex Rivera", emailAddress: "alex.rivera@fabrikam.com", appointmentResponse: "accepted" }] } });
    const required = () => (mb("item.requiredAttendees") as Array<{ emailAddress: string; appointmentResponse: string }>).map((a) => `${a.emailAddress} ${a.appointmentResponse}`);
    for (const platform of ["OfficeOnline", "PC"]) {
      install(withoutOrganizer(platform));
      expect(required()).toEqual(["maja.holm@northwind.dk organizer", "alex.rivera@fabrikam.com accepted"]);
    }
    install(withoutOrganizer("Mac"));
    expect(required()).toEqual(["alex.rivera@fabrikam.com accepted"]);
    // Listed already: not twice.
    install(loadFixture(READ));
    expect(required().filter((a) => a.startsWith("maja.holm@"))).toHaveLength(1);
    // The organizer comes without a recipientType, as Outlook gives it.
    expect(mb("item.organizer")).toEqual({ displayName: "Maja Holm", emailAddress: "maja.holm@northwind.dk" });
  });

  test("display forms throw over 32 KB of body, 100 recipients a field or 255 characters of subject", () => {
    const mailbox = install(loadFixture(READ));
    const open = (form: Record<string, unknown>) => () => mbInvoke("displayNewMessageForm", form);
    expect(thrownBy(open({ htmlBody: "x".repeat(32 * 1024 + 1) }))).toEqual(argumentException("htmlBody"));
    // 32 KB read strictly, in UTF-8 bytes: 20,000 Danish letters are 40,000 bytes.
    expect(thrownBy(open({ htmlBody: "ø".repeat(20_000) }))).toEqual(argumentException("htmlBody"));
    expect(thrownBy(open({ toRecipients: Array.from({ length: 101 }, (_, i) => `p${i}@example.com`) }))).toEqual(argumentException("toRecipients"));
    expect(thrownBy(open({ subject: "s".repeat(256) }))).toEqual(argumentException("subject"));
    expect(thrownBy(open({ subject: "ok", unknownKey: 1 }))).toEqual({ name: "Sys.ArgumentException", message: expect.stringContaining(`Unknown parameter "unknownKey"`) });
    expect(thrownBy(() => mbInvoke("item.displayReplyForm", { htmlBody: "x".repeat(40_000) }))).toEqual(argumentException("htmlBody"));
    expect(mailbox.forms).toEqual([]);
    open({ toRecipients: Array.from({ length: 100 }, (_, i) => `p${i}@example.com`), subject: "s".repeat(255), htmlBody: "<p>ok</p>" })();
    expect(mailbox.forms).toHaveLength(1);
  });

  test("a location over 255 characters fails with DataExceedsMaximumSize", async () => {
    const mailbox = install(loadFixture(COMPOSE));
    const tooLong = await mbAsync("item.location.setAsync", "L".repeat(256));
    expect(tooLong).toMatchObject({ status: "failed", error: { name: "DataExceedsMaximumSize" } });
    expect((mailbox.item as FixtureAppointment).location).toBe("Microsoft Teams Meeting");
    expect((await mbAsync("item.location.setAsync", "L".repeat(255))).status).toBe("succeeded");
  });

  test("an end before the start fails with InvalidEndTime", async () => {
    install(loadFixture(COMPOSE));
    const result = await mbAsync("item.end.setAsync", new Date("2026-11-26T12:59:00Z"));
    expect(result).toMatchObject({ status: "failed", error: { name: "InvalidEndTime" } });
  });

  test("start.setAsync keeps the duration; end.setAsync changes it", async () => {
    const mailbox = install(loadFixture(COMPOSE));
    await mbAsync("item.start.setAsync", new Date("2026-11-26T15:00:00Z"));
    expect(mailbox.item).toMatchObject({ start: "2026-11-26T15:00:00.000Z", end: "2026-11-26T16:00:00.000Z" });
    await mbAsync("item.end.setAsync", new Date("2026-11-26T15:30:00Z"));
    expect(mailbox.item).toMatchObject({ start: "2026-11-26T15:00:00.000Z", end: "2026-11-26T15:30:00.000Z" });
  });

  test("more than 100 attendees in one setAsync fails with NumberOfRecipientsExceeded", async () => {
    install(loadFixture(COMPOSE));
    const result = await mbAsync("item.requiredAttendees.setAsync", Array.from({ length: 101 }, (_, i) => `p${i}@example.com`));
    expect(result).toMatchObject({ status: "failed", error: { name: "NumberOfRecipientsExceeded" } });
  });

  test("roaming settings over 32 KB fail to save with 9057 and stay unsaved", async () => {
    const mailbox = install(loadFixture(READ));
    invoke("context.roamingSettings.set", "callDetails", "x".repeat(33 * 1024));
    expect(invoke("context.roamingSettings.get", "callDetails")).toHaveLength(33 * 1024);
    const result = await new Promise<AsyncResultShape>((resolve) => invoke("context.roamingSettings.saveAsync", resolve));
    expect(result).toMatchObject({ status: "failed", error: { code: 9057 } });
    expect(mailbox.savedSettings.callDetails).toBe("Call me on +45 20 30 40 50");
  });
});

// ---------------------------------------------------------------------------

describe("body coercion", () => {
  test("Text of an HTML body: its text, one line per block or list item; on the web a list runs together", async () => {
    install(variant(READ, { host: { platform: "PC" } }));
    expect((await mbAsync("item.body.getAsync", "text")).value).toBe("Agenda\nAccount performance Q3\nRenewal terms\nOpen support tickets");
    sim?.uninstall();
    install(loadFixture(READ));
    expect((await mbAsync("item.body.getAsync", "text")).value).toBe("Agenda\nAccount performance Q3 Renewal terms Open support tickets");
    expect((await mbAsync("item.body.getAsync", "html")).value).toBe(
      "<p>Agenda</p><ul><li>Account performance Q3</li><li>Renewal terms</li><li>Open support tickets</li></ul>",
    );
  });

  test("Html of a text body: the text escaped, in paragraphs", async () => {
    install(variant("organizer-weekly-status-da", { item: { body: { type: "text", content: "Budget <draft> & plan\nSecond line" } } }));
    expect((await mbAsync("item.body.getAsync", "html")).value).toBe("<p>Budget &lt;draft&gt; &amp; plan</p><p>Second line</p>");
  });

  test("prepending HTML to a text body fails with InvalidFormatError, as in Outlook", async () => {
    const mailbox = install(loadFixture("organizer-weekly-status-da"));
    const result = await mbAsync("item.body.prependAsync", "<p>Call</p>", { coercionType: "html" });
    expect(result).toMatchObject({ status: "failed", error: { name: "InvalidFormatError" } });
    expect((mailbox.item as FixtureAppointment).body.content).toBe("Status på udrulningen.");
  });

  test("prepending text to an HTML body adds it escaped on top; setAsync replaces", async () => {
    install(loadFixture(COMPOSE));
    await mbAsync("item.body.prependAsync", "Call <now>", { coercionType: "text" });
    const text = async () => (await mbAsync("item.body.getAsync", "text")).value;
    expect(await text()).toBe("Call <now>\nStanding update on the rollout.");
    await mbAsync("item.body.setAsync", "<p>New</p>", { coercionType: "html" });
    expect(await text()).toBe("New");
  });

  test("HTML does not round-trip: after a write Outlook gives back a whole document, rewritten", async () => {
    const mailbox = install(loadFixture(COMPOSE));
    const written = '<div id="note-1" class="note" data-offramp="1"><p>Call</p></div>';
    await mbAsync("item.body.prependAsync", written, { coercionType: "html" });
    const html = String((await mbAsync("item.body.getAsync", "html")).value);
    expect(html).not.toContain(written);
    expect(html).toMatch(/^<html>\r\n<head>\r\n<meta [^>]+>\r\n<\/head>\r\n<body[^>]*>/);
    // Attributes changed: data-* dropped, Outlook's own class added; id and class survive.
    expect(html).not.toContain("data-offramp");
    expect(html).toContain('<p class="MsoNormal">Call</p>');
    expect(html).toContain('id="note-1"');
    expect((mailbox.item as FixtureAppointment).body.content).toBe(html);
    // Writing the document back does not nest documents.
    await mbAsync("item.body.setAsync", html, { coercionType: "html" });
    expect(String((await mbAsync("item.body.getAsync", "html")).value).match(/<html>/g)).toHaveLength(1);
  });
});

// ---------------------------------------------------------------------------

describe("the call log and the item view", () => {
  test("records {api, args} in order, dates as ISO strings, options kept, callbacks left out", async () => {
    const mailbox = install(loadFixture(COMPOSE));
    await mbAsync("item.end.setAsync", new Date("2026-11-26T14:30:00Z"));
    await mbAsync("item.body.prependAsync", "x", { coercionType: "text", asyncContext: { n: 1 } });
    invoke("context.roamingSettings.get", "tone");
    expect(mailbox.calls).toEqual([
      { api: "item.end.setAsync", args: ["2026-11-26T14:30:00.000Z"] },
      { api: "item.body.prependAsync", args: ["x", { coercionType: "text", asyncContext: { n: 1 } }] },
      { api: "roamingSettings.get", args: ["tone"] },
    ]);
    expect((window as unknown as { __simulatedMailbox: SimulatedMailbox }).__simulatedMailbox).toBe(mailbox);
  });

  test("the item view is the fixture's shape with UTC dates, and shows changes", async () => {
    const mailbox = install(loadFixture(COMPOSE));
    expect(mailbox.item).toEqual({
      ...(loadFixture(COMPOSE).item as object),
      start: "2026-11-26T13:00:00.000Z",
      end: "2026-11-26T14:00:00.000Z",
      // Without the fixture's own, the location text is one custom place.
      enhancedLocation: [{ displayName: "Microsoft Teams Meeting", emailAddress: "", type: "custom" }],
    });
    await mbAsync("item.location.setAsync", "Room 2");
    expect(mailbox.item).toMatchObject({ location: "Room 2" });
  });

  test("alert, confirm and prompt are recorded, not shown; history.pushState/replaceState are null", () => {
    const mailbox = install(loadFixture(READ));
    window.alert("Saved!");
    expect(window.confirm("Sure?")).toBe(false);
    expect(window.prompt("Name?")).toBeNull();
    expect(mailbox.calls).toEqual([
      { api: "window.alert", args: ["Saved!"] },
      { api: "window.confirm", args: ["Sure?"] },
      { api: "window.prompt", args: ["Name?"] },
    ]);
    expect(window.history.pushState).toBeNull();
    expect(window.history.replaceState).toBeNull();
    mailbox.uninstall();
    expect(typeof window.history.pushState).toBe("function");
    expect((window as unknown as { Office?: unknown }).Office).toBeUndefined();
  });

  test("forms show what Outlook would open: reply all leaves the user out", () => {
    const mailbox = install(loadFixture("attendee-dragged-in-by-colleague"));
    mbInvoke("item.displayReplyAllForm", "<p>Thanks</p>");
    expect(mailbox.forms).toEqual([
      {
        kind: "replyAll",
        to: [
          { displayName: "Sam Okafor", emailAddress: "sam.okafor@fabrikam.com" },
          { displayName: "Maja Holm", emailAddress: "maja.holm@northwind.dk" },
        ],
        cc: [],
        subject: "RE: Design check-in with Northwind",
        htmlBody: "<p>Thanks</p>",
      },
    ]);
  });

  test("new appointment forms record attendees, times and location", () => {
    const mailbox = install(loadFixture(READ));
    mbInvoke("displayNewAppointmentForm", {
      requiredAttendees: ["maja.holm@northwind.dk"],
      start: new Date("2026-11-24T08:00:00Z"),
      end: new Date("2026-11-24T08:30:00Z"),
      subject: "Call instead",
      location: "Phone",
      body: "<p>Call</p>",
    });
    expect(mailbox.forms[0]).toEqual({
      kind: "newAppointment",
      to: [{ displayName: "maja.holm@northwind.dk", emailAddress: "maja.holm@northwind.dk" }],
      cc: [],
      subject: "Call instead",
      htmlBody: "<p>Call</p>",
      start: "2026-11-24T08:00:00.000Z",
      end: "2026-11-24T08:30:00.000Z",
      location: "Phone",
    });
  });
});

// ---------------------------------------------------------------------------

describe("time zones", () => {
  test("convertToLocalClientTime uses the user's Windows zone, DST included", () => {
    install(loadFixture(READ)); // Romance Standard Time
    expect(mbInvoke("convertToLocalClientTime", new Date("2026-11-24T08:00:00Z"))).toEqual({
      year: 2026,
      month: 10, // 0-based, as Outlook gives it
      date: 24,
      hours: 9,
      minutes: 0,
      seconds: 0,
      milliseconds: 0,
      timezoneOffset: 60,
    });
    expect(mbInvoke("convertToLocalClientTime", new Date("2026-07-01T08:00:00Z"))).toMatchObject({ hours: 10, timezoneOffset: 120 });
  });

  test("convertToUtcClientTime reads the wall time in the user's zone", () => {
    install(loadFixture(READ));
    const utc = mbInvoke("convertToUtcClientTime", { year: 2026, month: 10, date: 24, hours: 9, minutes: 0, seconds: 0, milliseconds: 0, timezoneOffset: 60 });
    expect((utc as Date).toISOString()).toBe("2026-11-24T08:00:00.000Z");
  });

  test("IANA names are accepted, and fixture dates without an offset are wall time in that zone", () => {
    install(variant(READ, { user: { timeZone: "America/New_York" }, item: { start: "2026-11-24T09:00:00" } }));
    expect((mb("item.start") as Date).toISOString()).toBe("2026-11-24T14:00:00.000Z");
    expect(mbInvoke("convertToLocalClientTime", new Date("2026-11-24T14:00:00Z"))).toMatchObject({ hours: 9, timezoneOffset: -300 });
    // Outlook itself names zones the Windows way, whatever the fixture wrote.
    expect(mb("userProfile.timeZone")).toBe("Eastern Standard Time");
  });

  test("an IANA zone Windows has no name for is handed over as written", () => {
    install(variant(READ, { user: { timeZone: "Antarctica/Troll" } }));
    expect(mb("userProfile.timeZone")).toBe("Antarctica/Troll");
  });
});

// ---------------------------------------------------------------------------

describe("switching fixtures and listening", () => {
  test("onChange fires after calls; unsubscribe stops it", async () => {
    const mailbox = install(loadFixture(COMPOSE));
    const listener = jest.fn();
    const unsubscribe = mailbox.onChange(listener);
    await mbAsync("item.location.setAsync", "Room 2");
    expect(listener).toHaveBeenCalled();
    expect(listener).toHaveBeenLastCalledWith(mailbox);
    unsubscribe();
    listener.mockClear();
    await mbAsync("item.location.setAsync", "Room 3");
    await Promise.resolve();
    expect(listener).not.toHaveBeenCalled();
  });

  test("installing another fixture replaces the host and starts a fresh log", async () => {
    const first = install(loadFixture(COMPOSE));
    const firstListener = jest.fn();
    first.onChange(firstListener);
    await mbAsync("item.location.setAsync", "Room 2");
    firstListener.mockClear();

    const second = install(loadFixture(READ));
    expect(second).not.toBe(first);
    expect(second.calls).toEqual([]);
    expect(mb("item.subject")).toBe("Quarterly account review");
    expect(typeof mb("item.start.getAsync")).toBe("undefined");
    window.alert("x");
    await Promise.resolve();
    expect(firstListener).not.toHaveBeenCalled();
    expect(second.calls).toEqual([{ api: "window.alert", args: ["x"] }]);
    second.uninstall();
    expect(window.alert).toBe(ORIGINAL_ALERT);
  });
});

// ---------------------------------------------------------------------------

const SERIES = "organizer-weekly-series-windows";
const OCCURRENCE = "organizer-one-occurrence-windows";

interface SeriesTimeShape {
  getDuration(): number;
  getStartDate(): string;
  getEndDate(): string | null;
  getStartTime(): string;
  getEndTime(): string;
  setDuration(minutes: number): void;
  setStartTime(hours: number, minutes: number): void;
}

describe("recurring series (Office.Time.setAsync: the Windows client cannot change a recurrence's start or end)", () => {
  test("in compose mode on PC, start/end.setAsync on the series fail and change nothing", async () => {
    const mailbox = install(loadFixture(SERIES));
    const before = mailbox.item;
    for (const api of ["item.start.setAsync", "item.end.setAsync"]) {
      const result = await mbAsync(api, new Date("2026-12-01T09:45:00Z"));
      expect(result).toMatchObject({ status: "failed", error: { code: 5000, name: "Not supported" } });
    }
    expect(mailbox.item).toEqual(before);
  });

  test("the same series on the web, or one occurrence on PC, takes end.setAsync", async () => {
    for (const fixture of [variant(SERIES, { host: { platform: "OfficeOnline" } }), loadFixture(OCCURRENCE)]) {
      const mailbox = install(fixture);
      expect(await mbAsync("item.end.setAsync", new Date("2026-12-01T09:45:00Z"))).toMatchObject({ status: "succeeded" });
      expect(mailbox.item).toMatchObject({ end: "2026-12-01T09:45:00.000Z" });
    }
  });

  test("recurrence.getAsync gives an Office.Recurrence whose seriesTime has the documented methods", async () => {
    install(loadFixture(SERIES));
    const result = await mbAsync("item.recurrence.getAsync");
    const recurrence = result.value as { recurrenceType: string; recurrenceProperties: { interval: number }; recurrenceTimeZone: { name: string }; seriesTime: SeriesTimeShape };
    expect(recurrence).toMatchObject({ recurrenceType: "weekly", recurrenceProperties: { interval: 1 }, recurrenceTimeZone: { name: "Romance Standard Time" } });
    const time = recurrence.seriesTime;
    expect(time.getDuration()).toBe(90);
    expect(time.getStartDate()).toBe("2026-12-01");
    expect(time.getEndDate()).toBeNull();
    // Wall-clock times in the recurrence's zone, in the format SeriesTime documents.
    expect(time.getStartTime()).toBe("T10:00:00:000");
    expect(time.getEndTime()).toBe("T11:30:00:000");
    time.setDuration(45);
    expect(time.getEndTime()).toBe("T10:45:00:000");
    expect(() => time.setDuration(Number.NaN)).toThrow(/minutes/);
  });

  test("a seriesTime derived from start and end when the fixture gives none", async () => {
    install(loadFixture(COMPOSE));
    const recurrence = (await mbAsync("item.recurrence.getAsync")).value as { seriesTime: SeriesTimeShape };
    expect(recurrence.seriesTime.getDuration()).toBe(60);
    expect(recurrence.seriesTime.getStartTime()).toBe("T14:00:00:000");
  });

  test("recurrence.setAsync applies the new length and start to the series", async () => {
    const mailbox = install(loadFixture(SERIES));
    const recurrence = (await mbAsync("item.recurrence.getAsync")).value as { seriesTime: SeriesTimeShape };
    recurrence.seriesTime.setDuration(45);
    recurrence.seriesTime.setStartTime(9, 30);
    // Nothing changes until the pattern is handed back.
    expect(mailbox.item).toMatchObject({ end: "2026-12-01T10:30:00.000Z" });
    expect(await mbAsync("item.recurrence.setAsync", recurrence)).toMatchObject({ status: "succeeded" });
    expect(mailbox.item).toMatchObject({
      start: "2026-12-01T08:30:00.000Z",
      end: "2026-12-01T09:15:00.000Z",
      recurrence: { seriesTime: { startDate: "2026-12-01", startTime: "09:30", durationMinutes: 45, endDate: null } },
    });
  });

  test("recurrence.setAsync fails on a single occurrence, and throws for a plain object", async () => {
    const mailbox = install(loadFixture(OCCURRENCE));
    const before = mailbox.item;
    const recurrence = (await mbAsync("item.recurrence.getAsync")).value as { seriesTime: SeriesTimeShape };
    recurrence.seriesTime.setDuration(30);
    expect(await mbAsync("item.recurrence.setAsync", recurrence)).toMatchObject({ status: "failed", error: { name: "Not supported" } });
    expect(mailbox.item).toEqual(before);
    expect(() => mbInvoke("item.recurrence.setAsync", { recurrenceType: "weekly", seriesTime: { durationMinutes: 30 } }, () => undefined)).toThrow(/seriesTime/);
  });

  test("recurrence.setAsync is Mailbox 1.7, compose only", () => {
    install(variant(SERIES, { host: { mailboxVersion: "1.6" } }));
    expect(mb("item.recurrence")).toBeUndefined();
    install(loadFixture(READ));
    expect(mb("item.recurrence")).toBeNull();
  });
});

describe("lost calls, the user's own edits, rooms and unknown zones", () => {
  test('a failure with "hang": true is logged and never calls back', async () => {
    const mailbox = install(variant(COMPOSE, { failures: [{ api: "item.end.setAsync", hang: true }] }));
    const callback = jest.fn();
    mbInvoke("item.end.setAsync", new Date("2026-11-26T13:30:00Z"), callback);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(callback).not.toHaveBeenCalled();
    expect(mailbox.calls.map((c) => c.api)).toEqual(["item.end.setAsync"]);
    expect(mailbox.item).toMatchObject({ end: "2026-11-26T14:00:00.000Z" });
  });

  test("a hanging display form opens nothing and throws nothing", () => {
    const mailbox = install(variant(READ, { host: { mailboxVersion: "1.8" }, failures: [{ api: "item.displayReplyForm", hang: true }] }));
    expect(() => mbInvoke("item.displayReplyForm", { htmlBody: "<p>x</p>" })).not.toThrow();
    expect(mailbox.forms).toEqual([]);
  });

  test("userEdit changes the item as the user would, without a call-log entry; a new start alone keeps the duration", async () => {
    const mailbox = install(loadFixture(COMPOSE));
    await mailbox.userEdit({ start: "2026-11-26T15:00:00+01:00" });
    expect(mailbox.item).toMatchObject({ start: "2026-11-26T14:00:00.000Z", end: "2026-11-26T15:00:00.000Z" });
    await mailbox.userEdit({ end: "2026-11-26T15:30:00+01:00", location: "Room 2" });
    expect(mailbox.item).toMatchObject({ end: "2026-11-26T14:30:00.000Z", location: "Room 2" });
    await mailbox.userEdit({ bodyAppendHtml: "<p>PS: html</p>", bodyAppendText: "PS: <text>" });
    expect((await mbAsync("item.body.getAsync", "text")).value).toBe("Standing update on the rollout.\nPS: html\nPS: <text>");
    expect(mailbox.calls.map((c) => c.api)).toEqual(["item.body.getAsync"]);
    await expect(mailbox.userEdit({ start: "next Tuesday" })).rejects.toThrow(/ISO 8601/);
  });

  test("userEdit on a text body appends text", async () => {
    const mailbox = install(loadFixture("organizer-weekly-status-da"));
    await mailbox.userEdit({ bodyAppendText: "\nPS" });
    expect((mailbox.item as FixtureAppointment).body).toEqual({ type: "text", content: "Status på udrulningen.\nPS" });
  });

  test("enhancedLocation.getAsync (1.8) lists booked rooms; a new location text keeps them", async () => {
    install(loadFixture("organizer-call-books-room"));
    const rooms = (await mbAsync("item.enhancedLocation.getAsync")).value;
    expect(rooms).toEqual([
      { locationIdentifier: { id: "room412@fabrikam.com", type: "room" }, displayName: "Room 4.12 (Fabrikam HQ)", emailAddress: "room412@fabrikam.com" },
    ]);
    await mbAsync("item.location.setAsync", "Phone");
    expect((await mbAsync("item.enhancedLocation.getAsync")).value).toHaveLength(2);
    install(variant("organizer-call-books-room", { host: { mailboxVersion: "1.7" } }));
    expect(mb("item.enhancedLocation")).toBeUndefined();
  });

  test("a Windows zone nobody maps is accepted; Outlook converts with the offset the event shows", () => {
    install(loadFixture("attendee-unknown-time-zone"));
    const local = mbInvoke("convertToLocalClientTime", new Date("2026-11-24T03:30:00Z")) as { hours: number; minutes: number; timezoneOffset: number };
    expect(local).toMatchObject({ hours: 9, minutes: 0, timezoneOffset: 330 });
  });
});
