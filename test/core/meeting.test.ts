// buildMeeting: what Offramp reads off the Outlook item, for every sample fixture
// and for the items that give nothing to advise on; toIanaZone for Outlook's zone names.
import { buildMeeting, extractAgenda, isStatusSubject } from "../../src/core/meeting";
import { toIanaZone } from "../../src/core/timeZone";
import type { LocationKind, MeetingProblem, RawAppointment, RawUser, Role } from "../../src/core/types";
import { build, fixtureCopy, itemOf, meetingOf, tweaked } from "./helpers";

const ALEX: RawUser = { displayName: "Alex Rivera", emailAddress: "alex.rivera@fabrikam.com", timeZone: "Romance Standard Time" };

function appointment(overrides: Partial<RawAppointment> = {}): RawAppointment {
  return {
    itemType: "appointment",
    subject: "Quarterly account review",
    start: new Date("2026-11-24T09:00:00+01:00"),
    end: new Date("2026-11-24T10:30:00+01:00"),
    location: "Northwind HQ, Strandvejen 12, 2900 Hellerup",
    organizer: { displayName: "Maja Holm", emailAddress: "maja.holm@northwind.dk" },
    requiredAttendees: [
      { displayName: "Maja Holm", emailAddress: "maja.holm@northwind.dk", appointmentResponse: "organizer" },
      { displayName: "Alex Rivera", emailAddress: "alex.rivera@fabrikam.com", appointmentResponse: "none" },
    ],
    optionalAttendees: [],
    bodyText: null,
    recurrence: null,
    seriesId: null,
    ...overrides,
  };
}

function problemOf(item: RawAppointment | null, user: RawUser = ALEX, mode: "read" | "compose" = "read"): MeetingProblem | null {
  const result = buildMeeting(item, user, mode);
  return result.ok ? null : result.problem;
}

function meetingFor(item: RawAppointment, user: RawUser = ALEX, mode: "read" | "compose" = "read") {
  const result = buildMeeting(item, user, mode);
  if (!result.ok) throw new Error(`expected a meeting, got problem ${result.problem}`);
  return result.meeting;
}

// ---------------------------------------------------------------------------

interface FixtureFacts {
  role: Role;
  durationMinutes: number;
  timeZone: string;
  locationKind: LocationKind;
  atClientPremises: boolean;
  organizer: string | null;
  colleagues: string[];
  externals: string[];
  externalDomains: string[];
  organizedByColleague: boolean;
  isRecurring: boolean;
  isStatusMeeting: boolean;
  agenda: string[];
}

// Read off the fixture files by hand (see /work/shared/fixtures).
const FIXTURE_FACTS: Record<string, FixtureFacts> = {
  "attendee-client-review-90min-onsite": {
    role: "attendee",
    durationMinutes: 90,
    timeZone: "Europe/Paris",
    locationKind: "in-person",
    atClientPremises: true,
    organizer: "maja.holm@northwind.dk",
    colleagues: [],
    externals: ["maja.holm@northwind.dk"],
    externalDomains: ["northwind.dk"],
    organizedByColleague: false,
    isRecurring: false,
    isStatusMeeting: false,
    agenda: ["Account performance Q3", "Renewal terms", "Open support tickets"],
  },
  "attendee-client-review-it": {
    role: "attendee",
    durationMinutes: 90,
    timeZone: "Europe/Berlin",
    locationKind: "in-person",
    atClientPremises: true,
    organizer: "marco.ferri@northwind.it",
    colleagues: [],
    externals: ["marco.ferri@northwind.it"],
    externalDomains: ["northwind.it"],
    organizedByColleague: false,
    isRecurring: false,
    isStatusMeeting: false,
    agenda: ["risultati", "rinnovo", "ticket aperti"],
  },
  "attendee-dragged-in-by-colleague": {
    role: "attendee",
    durationMinutes: 60,
    timeZone: "Europe/Paris",
    locationKind: "online",
    atClientPremises: false,
    organizer: "sam.okafor@fabrikam.com",
    colleagues: ["sam.okafor@fabrikam.com"],
    externals: ["maja.holm@northwind.dk"],
    externalDomains: ["northwind.dk"],
    organizedByColleague: true,
    isRecurring: false,
    isStatusMeeting: true, // "Design check-in"
    agenda: [],
  },
  "attendee-key-client-kickoff": {
    role: "attendee",
    durationMinutes: 60,
    timeZone: "Europe/Paris",
    locationKind: "in-person",
    atClientPremises: true,
    organizer: "lena.vogt@contoso.com",
    colleagues: [],
    externals: ["lena.vogt@contoso.com"],
    externalDomains: ["contoso.com"],
    organizedByColleague: false,
    isRecurring: false,
    isStatusMeeting: false,
    agenda: [],
  },
  "organizer-end-time-fails": {
    role: "organizer",
    durationMinutes: 90,
    timeZone: "Europe/Paris",
    locationKind: "in-person",
    atClientPremises: false, // "Room Aurora": our own room
    organizer: null,
    colleagues: ["sam.okafor@fabrikam.com"],
    externals: ["maja.holm@northwind.dk"],
    externalDomains: ["northwind.dk"],
    organizedByColleague: false,
    isRecurring: false,
    isStatusMeeting: false,
    agenda: [],
  },
  "organizer-weekly-status-60min": {
    role: "organizer",
    durationMinutes: 60,
    timeZone: "Europe/Paris",
    locationKind: "online",
    atClientPremises: false,
    organizer: null,
    colleagues: [],
    externals: ["maja.holm@northwind.dk", "jonas.berg@northwind.dk"],
    externalDomains: ["northwind.dk"],
    organizedByColleague: false,
    isRecurring: true,
    isStatusMeeting: true,
    agenda: [],
  },
  "organizer-weekly-status-da": {
    role: "organizer",
    durationMinutes: 90,
    timeZone: "Europe/Paris",
    locationKind: "in-person",
    atClientPremises: false, // "Mødelokale 3": our own meeting room
    organizer: null,
    colleagues: [],
    externals: ["maja.holm@northwind.dk", "jonas.berg@northwind.dk"],
    externalDomains: ["northwind.dk"],
    organizedByColleague: false,
    isRecurring: true,
    isStatusMeeting: true, // "Ugentlig status"
    agenda: [],
  },
};

describe("buildMeeting on the sample fixtures", () => {
  test.each(Object.entries(FIXTURE_FACTS))("%s", async (name, facts) => {
    const f = fixtureCopy(name);
    const m = await meetingOf(f);
    const item = itemOf(f);
    expect(m.subject).toBe(item.subject);
    expect(m.start.getTime()).toBe(Date.parse(item.start as string));
    expect(m.end.getTime()).toBe(Date.parse(item.end as string));
    expect(m.user.email).toBe(f.user.emailAddress);
    expect(m.user.name).toBe(f.user.displayName);
    expect({
      role: m.role,
      durationMinutes: m.durationMinutes,
      timeZone: m.timeZone,
      locationKind: m.locationKind,
      atClientPremises: m.atClientPremises,
      organizer: m.organizer?.email ?? null,
      colleagues: m.colleagues.map((p) => p.email),
      externals: m.externals.map((p) => p.email),
      externalDomains: m.externalDomains,
      organizedByColleague: m.organizedByColleague,
      isRecurring: m.isRecurring,
      isStatusMeeting: m.isStatusMeeting,
      agenda: m.agenda,
    }).toEqual(facts);
    // Everyone but the user, each once: colleagues and externals split the attendees.
    expect(m.attendees.map((p) => p.email).sort()).toEqual([...facts.colleagues, ...facts.externals].sort());
    expect(m.attendees.some((p) => p.email.toLowerCase() === f.user.emailAddress.toLowerCase())).toBe(false);
  });

  test("names come from the invitation, and colleagues are people of the user's own domain", async () => {
    const m = await meetingOf(fixtureCopy("attendee-dragged-in-by-colleague"));
    expect(m.organizer).toMatchObject({ name: "Sam Okafor", email: "sam.okafor@fabrikam.com", domain: "fabrikam.com", isColleague: true });
    expect(m.externals[0]).toMatchObject({ name: "Maja Holm", domain: "northwind.dk", isColleague: false, response: "accepted" });
  });

  test("the two problem fixtures give their problems", async () => {
    expect(await build(fixtureCopy("nothing-selected"))).toEqual({ ok: false, problem: "no-item" });
    expect(await build(fixtureCopy("message-not-meeting"))).toEqual({ ok: false, problem: "not-appointment" });
  });

  test("a series occurrence (seriesId, no recurrence pattern) counts as recurring", async () => {
    const { meeting } = await tweaked("attendee-client-review-90min-onsite", (_f, item) => {
      item.seriesId = "AAMkAGI2TG93AAA=";
    });
    expect(meeting.isRecurring).toBe(true);
  });

  test("a recurrence Outlook could not hand over is unknown: not called a series, not taken for a single event either", () => {
    const unknown = meetingFor(appointment({ recurrenceUnknown: true }), ALEX);
    expect(unknown).toMatchObject({ isRecurring: false, recurrenceUnknown: true });
    expect(meetingFor(appointment(), ALEX).recurrenceUnknown).toBe(false);
    // An occurrence is known to repeat whatever the pattern's read gave.
    expect(meetingFor(appointment({ recurrenceUnknown: true, seriesId: "AAMkAGI2TG93AAA=" }), ALEX)).toMatchObject({ isRecurring: true, recurrenceUnknown: false });
  });

  test("the client's office is recognised by the organisation's name in the location, ours is not theirs", async () => {
    // A colleague organized it at the client's office: the location names the client.
    const atClient = (await tweaked("attendee-dragged-in-by-colleague", (_f, item) => {
      item.location = "Northwind HQ, Strandvejen 12, Hellerup";
    })).meeting;
    expect(atClient.locationKind).toBe("in-person");
    expect(atClient.atClientPremises).toBe(true);
    // The client organized it, but at our office.
    const atOurs = (await tweaked("attendee-client-review-90min-onsite", (_f, item) => {
      item.location = "Fabrikam HQ, room 4.12";
    })).meeting;
    expect(atOurs.locationKind).toBe("in-person");
    expect(atOurs.atClientPremises).toBe(false);
  });

  test.each([
    ["Microsoft Teams Meeting", "online"],
    ["https://zoom.us/j/123456789", "online"],
    ["Google Meet", "online"],
    ["Conference call", "phone"],
    ["+45 20 30 40 50", "phone"],
    ["Northwind HQ, Strandvejen 12, 2900 Hellerup", "in-person"],
    ["Room Aurora", "in-person"],
    ["", "none"],
    ["   ", "none"],
  ] as const)("location %j is %s", async (location, kind) => {
    expect(meetingFor(appointment({ location })).locationKind).toBe(kind);
  });
});

// ---------------------------------------------------------------------------

describe("agenda items from the body", () => {
  test("an HTML heading followed by a list (as Outlook's text coercion gives it)", async () => {
    expect((await meetingOf(fixtureCopy("attendee-client-review-90min-onsite"))).agenda).toEqual(["Account performance Q3", "Renewal terms", "Open support tickets"]);
  });

  test('the Italian inline "Ordine del giorno: a, b, c."', async () => {
    expect((await meetingOf(fixtureCopy("attendee-client-review-it"))).agenda).toEqual(["risultati", "rinnovo", "ticket aperti"]);
    expect(extractAgenda("Ordine del giorno: risultati, rinnovo, ticket aperti.")).toEqual(["risultati", "rinnovo", "ticket aperti"]);
  });

  test("an HTML body with a heading and paragraphs goes through the same text coercion", async () => {
    const { meeting } = await tweaked("attendee-key-client-kickoff", (_f, item) => {
      item.body = { type: "html", content: "<div>Hi all,</div><div><br></div><p><b>Agenda:</b></p><ol><li>Scope</li><li>Team &amp; roles</li></ol>" };
    });
    expect(meeting.agenda).toEqual(["Scope", "Team & roles"]);
  });

  test("a plain-text body: heading, numbered and bulleted lines, up to the first blank line", async () => {
    const body = "Hi Alex,\n\nAgenda:\n1. Budget\n2) Timeline;\n- Risks.\n\nThanks, Maja";
    const m = meetingFor(appointment({ bodyText: body }));
    expect(m.agenda).toEqual(["Budget", "Timeline", "Risks"]);
  });

  test("a Danish heading and CRLF line ends", async () => {
    expect(extractAgenda("Dagsorden\r\n- Status\r\n- Budget\r\n")).toEqual(["Status", "Budget"]);
  });

  test("bullets without a heading still count", async () => {
    expect(extractAgenda("Let's go through:\n* Pricing\n• Contract length")).toEqual(["Pricing", "Contract length"]);
  });

  test("no agenda: prose, an empty body, or a body Outlook could not read", async () => {
    expect((await meetingOf(fixtureCopy("attendee-dragged-in-by-colleague"))).agenda).toEqual([]);
    expect(extractAgenda("Kickoff of the 2027 programme.")).toEqual([]);
    expect(extractAgenda("")).toEqual([]);
    expect(meetingFor(appointment({ bodyText: null })).agenda).toEqual([]);
  });

  test("a sentence that merely starts with a heading word is not an agenda", async () => {
    expect(extractAgenda("Agendas for both days are in the shared folder.")).toEqual([]);
    expect(extractAgenda("Puntiamo a chiudere entro venerdì, grazie.")).toEqual([]);
    // A letter outside ASCII after the word makes it another word too.
    expect(extractAgenda("Pointsé: un, deux")).toEqual([]);
    expect(extractAgenda("Agendaøvelse\n- Opvarmning")).toEqual(["Opvarmning"]);
  });

  test("a heading is found in any case, accented letters too", () => {
    expect(extractAgenda("ORDEN DEL DÍA: precios, plazos")).toEqual(["precios", "plazos"]);
    expect(extractAgenda("  TagesOrdnung :\n1. Budget\n2) Zeitplan")).toEqual(["Budget", "Zeitplan"]);
    expect(extractAgenda("TOPICS\nPricing\nRisks\n\nThanks, Maja")).toEqual(["Pricing", "Risks"]);
  });

  test("at most 8 items, and very long items are cut with an ellipsis", async () => {
    const items = Array.from({ length: 12 }, (_, i) => `- Item ${i + 1}`);
    expect(extractAgenda(["Agenda:", ...items].join("\n"))).toEqual(Array.from({ length: 8 }, (_, i) => `Item ${i + 1}`));
    const long = "x".repeat(300);
    const [item] = extractAgenda(`Agenda:\n- ${long}`);
    expect(item).toBeDefined();
    expect(item!.length).toBeLessThanOrEqual(120);
    expect(item!.endsWith("…")).toBe(true);
  });

  test("a long item is cut between characters, never through an emoji", () => {
    // 118 letters, then an emoji whose two UTF-16 halves straddle the cut.
    const [item] = extractAgenda(`Agenda:\n- ${"x".repeat(118)}🚀 launch plan and the rest of the line`);
    expect(item).toBe(`${"x".repeat(118)}…`);
    expect(() => encodeURIComponent(item!)).not.toThrow();
  });
});

// ---------------------------------------------------------------------------

describe("items with nothing to advise on", () => {
  test("no item, or an email instead of an event", async () => {
    expect(problemOf(null)).toBe("no-item");
    expect(buildMeeting({ itemType: "message", subject: "Re: invoice" }, ALEX, "read")).toEqual({ ok: false, problem: "not-appointment" });
  });

  test("missing or unreadable start or end", async () => {
    expect(problemOf(appointment({ start: null }))).toBe("missing-times");
    expect(problemOf(appointment({ end: null }))).toBe("missing-times");
    expect(problemOf(appointment({ start: null, end: null }))).toBe("missing-times");
    expect(problemOf(appointment({ end: new Date("not a date") }))).toBe("missing-times");
  });

  test("missing times in a fixture", async () => {
    const f = fixtureCopy("attendee-client-review-90min-onsite");
    delete itemOf(f).end;
    expect(await build(f)).toEqual({ ok: false, problem: "missing-times" });
  });

  test("end before start", () => {
    expect(problemOf(appointment({ start: new Date("2026-11-24T10:30:00+01:00"), end: new Date("2026-11-24T09:00:00+01:00") }))).toBe("end-before-start");
  });

  test("start equal to end is its own problem, not an end before the start", () => {
    expect(problemOf(appointment({ start: new Date("2026-11-24T09:00:00+01:00"), end: new Date("2026-11-24T09:00:00+01:00") }))).toBe("same-start-end");
  });

  describe("all-day events: midnight to midnight in the user's zone", () => {
    const cases: Array<[string, string, string, string]> = [
      ["a day in Paris", "Romance Standard Time", "2026-11-24T00:00:00+01:00", "2026-11-25T00:00:00+01:00"],
      ["the 23-hour spring-forward day in Paris", "Romance Standard Time", "2026-03-29T00:00:00+01:00", "2026-03-30T00:00:00+02:00"],
      ["the 25-hour fall-back day in Paris", "Romance Standard Time", "2026-10-25T00:00:00+02:00", "2026-10-26T00:00:00+01:00"],
      ["the 23-hour spring-forward day in Los Angeles", "Pacific Standard Time", "2026-03-08T00:00:00-08:00", "2026-03-09T00:00:00-07:00"],
      ["three days in Paris", "Romance Standard Time", "2026-11-24T00:00:00+01:00", "2026-11-27T00:00:00+01:00"],
      ["a week across the DST change in Paris", "Romance Standard Time", "2026-03-27T00:00:00+01:00", "2026-04-03T00:00:00+02:00"],
      ["a day in Kolkata", "India Standard Time", "2026-11-24T00:00:00+05:30", "2026-11-25T00:00:00+05:30"],
      ["a day for a user with an IANA zone", "Europe/Copenhagen", "2026-11-24T00:00:00+01:00", "2026-11-25T00:00:00+01:00"],
    ];
    test.each(cases)("%s is all-day", async (_label, timeZone, start, end) => {
      expect(problemOf(appointment({ start: new Date(start), end: new Date(end) }), { ...ALEX, timeZone })).toBe("all-day");
    });

    const notAllDay: Array<[string, string, string, string]> = [
      ["UTC midnight to midnight is 01:00 to 01:00 in Paris", "Romance Standard Time", "2026-11-24T00:00:00Z", "2026-11-25T00:00:00Z"],
      ["a Paris day seen from Kolkata", "India Standard Time", "2026-11-24T00:00:00+01:00", "2026-11-25T00:00:00+01:00"],
      ["midnight to 23:00", "Romance Standard Time", "2026-11-24T00:00:00+01:00", "2026-11-24T23:00:00+01:00"],
      ["a late meeting that ends at midnight", "Romance Standard Time", "2026-11-24T22:00:00+01:00", "2026-11-25T00:00:00+01:00"],
      ["a two-day workshop 09:00 to 17:00", "Romance Standard Time", "2026-11-24T09:00:00+01:00", "2026-11-25T17:00:00+01:00"],
    ];
    test.each(notAllDay)("%s is a meeting", async (_label, timeZone, start, end) => {
      expect(problemOf(appointment({ start: new Date(start), end: new Date(end) }), { ...ALEX, timeZone })).toBeNull();
    });
  });

  test("nobody else invited: only the user", async () => {
    const self = { displayName: "Alex Rivera", emailAddress: "alex.rivera@fabrikam.com" };
    expect(problemOf(appointment({ organizer: self, requiredAttendees: [{ ...self, appointmentResponse: "organizer" }] }), ALEX, "compose")).toBe("no-attendees");
    expect(problemOf(appointment({ organizer: self, requiredAttendees: [] }), ALEX, "compose")).toBe("no-attendees");
    expect(problemOf(appointment({ organizer: null, requiredAttendees: [], optionalAttendees: [] }))).toBe("no-attendees");
    // The user listed in another spelling is still only the user.
    expect(problemOf(appointment({ organizer: { displayName: "Alex", emailAddress: " ALEX.Rivera@Fabrikam.com " }, requiredAttendees: [] }), ALEX, "compose")).toBe("no-attendees");
  });

  test("nobody else invited, from a fixture", async () => {
    const f = fixtureCopy("organizer-end-time-fails");
    itemOf(f).requiredAttendees = [];
    expect(await build(f)).toEqual({ ok: false, problem: "no-attendees" });
  });
});

// ---------------------------------------------------------------------------

describe("the people", () => {
  test("the user's own address is never an attendee, whatever its case", async () => {
    const m = meetingFor(
      appointment({
        requiredAttendees: [
          { displayName: "Maja Holm", emailAddress: "maja.holm@northwind.dk", appointmentResponse: "organizer" },
          { displayName: "Alex R.", emailAddress: "Alex.Rivera@FABRIKAM.com", appointmentResponse: "accepted" },
        ],
        optionalAttendees: [{ displayName: "Alex Rivera", emailAddress: "alex.rivera@fabrikam.com" }],
      }),
    );
    expect(m.attendees.map((p) => p.email)).toEqual(["maja.holm@northwind.dk"]);
    expect(m.colleagues).toEqual([]);
  });

  test("as organizer, the user is not their own organizer", async () => {
    const m = await meetingOf(fixtureCopy("organizer-weekly-status-60min"));
    expect(m.role).toBe("organizer");
    expect(m.organizer).toBeNull();
    expect(m.organizedByColleague).toBe(false);
  });

  test("each address once: organizer also listed, required and optional, other case", async () => {
    const m = meetingFor(
      appointment({
        requiredAttendees: [
          { displayName: "Maja Holm", emailAddress: "maja.holm@northwind.dk", appointmentResponse: "organizer" },
          { displayName: "Jonas Berg", emailAddress: "jonas.berg@northwind.dk", appointmentResponse: "accepted" },
          { displayName: "Jonas Berg", emailAddress: "Jonas.Berg@Northwind.DK", appointmentResponse: "accepted" },
        ],
        optionalAttendees: [
          { displayName: "Maja Holm", emailAddress: "MAJA.HOLM@northwind.dk" },
          { displayName: "Sam Okafor", emailAddress: "sam.okafor@fabrikam.com" },
          { displayName: "Sam Okafor", emailAddress: "sam.okafor@fabrikam.com" },
        ],
      }),
    );
    expect(m.attendees.map((p) => p.email.toLowerCase())).toEqual(["maja.holm@northwind.dk", "jonas.berg@northwind.dk", "sam.okafor@fabrikam.com"]);
    expect(m.externalDomains).toEqual(["northwind.dk"]);
    expect(m.colleagues.map((p) => p.name)).toEqual(["Sam Okafor"]);
  });

  test("a domain written in capitals is the same organisation", async () => {
    const m = meetingFor(
      appointment({ requiredAttendees: [{ displayName: "Sam", emailAddress: "Sam.Okafor@FABRIKAM.COM" }, { displayName: "Maja", emailAddress: "maja@Northwind.DK" }] }),
    );
    expect(m.colleagues.map((p) => p.name)).toEqual(["Sam"]);
    expect(m.externalDomains).toEqual(["northwind.dk"]);
  });

  test("missing display names fall back to the address; missing addresses keep the name; nameless and addressless entries are dropped", async () => {
    const m = meetingFor(
      appointment({
        organizer: { emailAddress: "maja.holm@northwind.dk" },
        requiredAttendees: [
          { displayName: null, emailAddress: "maja.holm@northwind.dk" },
          { displayName: "Conference Room Aurora", emailAddress: null },
          { displayName: "", emailAddress: "" },
          {},
          { displayName: "   ", emailAddress: "jonas.berg@northwind.dk" },
        ],
      }),
      { displayName: null, emailAddress: "alex.rivera@fabrikam.com", timeZone: "Romance Standard Time" },
    );
    expect(m.organizer).toMatchObject({ name: "maja.holm@northwind.dk", email: "maja.holm@northwind.dk" });
    expect(m.attendees.map((p) => [p.name, p.email])).toEqual([
      ["maja.holm@northwind.dk", "maja.holm@northwind.dk"],
      ["Conference Room Aurora", ""],
      ["jonas.berg@northwind.dk", "jonas.berg@northwind.dk"],
    ]);
    expect(m.user.name).toBe("alex.rivera@fabrikam.com");
    expect(m.externalDomains).toEqual(["northwind.dk"]);
  });

  test("an unknown response is no response", async () => {
    const m = meetingFor(appointment({ requiredAttendees: [{ displayName: "Sam", emailAddress: "sam@fabrikam.com", appointmentResponse: "maybe" }] }));
    expect(m.colleagues[0]?.response).toBeNull();
  });
});

describe("hostile text stays plain text", () => {
  const script = "<script>window.__pwned = true</script>";
  const img = '<img src=x onerror="window.__pwned = true">';

  afterEach(() => {
    delete (window as unknown as Record<string, unknown>).__pwned;
  });

  test("subject, names, location and agenda keep every character, nothing is interpreted", async () => {
    const before = document.body.innerHTML;
    const subject = `${script} Q4 & "review" <b>now</b>`;
    const m = meetingFor(
      appointment({
        subject,
        location: `${img} Northwind HQ`,
        organizer: { displayName: img, emailAddress: "maja.holm@northwind.dk" },
        requiredAttendees: [{ displayName: `Jonas ${script}`, emailAddress: "jonas.berg@northwind.dk" }],
        bodyText: `Agenda:\n- ${script}\n- Budget & <b>scope</b>`,
      }),
    );
    expect(m.subject).toBe(subject);
    expect(m.location).toBe(`${img} Northwind HQ`);
    expect(m.organizer?.name).toBe(img);
    expect(m.attendees.map((p) => p.name)).toContain(`Jonas ${script}`);
    expect(m.agenda).toEqual([script, "Budget & <b>scope</b>"]);
    expect((window as unknown as Record<string, unknown>).__pwned).toBeUndefined();
    expect(document.body.innerHTML).toBe(before);
  });

  test("a hostile HTML body in a fixture gives text, not markup", async () => {
    const f = fixtureCopy("attendee-key-client-kickoff");
    itemOf(f).body = { type: "html", content: `<p>Agenda</p><ul><li>&lt;script&gt;alert(1)&lt;/script&gt;</li><li>Plan</li></ul><img src=x onerror="window.__pwned = true">` };
    const result = await build(f);
    expect(result.ok && result.meeting.agenda).toEqual(["<script>alert(1)</script>", "Plan"]);
    expect((window as unknown as Record<string, unknown>).__pwned).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------

describe("toIanaZone", () => {
  const offsetAt = (zone: string, iso: string) =>
    new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" }).formatToParts(new Date(iso)).find((p) => p.type === "timeZoneName")?.value;

  test.each([
    ["Romance Standard Time", "Europe/Paris"],
    ["W. Europe Standard Time", "Europe/Berlin"],
    ["Pacific Standard Time", "America/Los_Angeles"],
  ])("Windows %j -> %s", async (windows, iana) => {
    expect(toIanaZone(windows)).toBe(iana);
  });

  test('Windows "India Standard Time" -> Kolkata (either of its IANA names), +05:30 all year', async () => {
    const zone = toIanaZone("India Standard Time");
    expect(["Asia/Kolkata", "Asia/Calcutta"]).toContain(zone);
    expect(offsetAt(zone!, "2026-01-15T12:00:00Z")).toBe("GMT+05:30");
    expect(offsetAt(zone!, "2026-07-15T12:00:00Z")).toBe("GMT+05:30");
  });

  test.each(["Europe/Copenhagen", "Asia/Kolkata", "America/New_York", "Europe/Rome"])("IANA %j is kept", async (iana) => {
    expect(toIanaZone(iana)).toBe(iana);
  });

  test("surrounding spaces are ignored", async () => {
    expect(toIanaZone("  Romance Standard Time ")).toBe("Europe/Paris");
    expect(toIanaZone(" Europe/Copenhagen ")).toBe("Europe/Copenhagen");
  });

  test.each([["Mars Standard Time"], ["junk"], ["Europe/Atlantis"], [""], ["   "], [null], [undefined]])("%j -> null", async (junk) => {
    expect(toIanaZone(junk)).toBeNull();
  });

  test("a user whose zone cannot be known gets the runtime's zone, not a crash", async () => {
    const m = meetingFor(appointment(), { ...ALEX, timeZone: "Mars Standard Time" });
    expect(m.timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  test("the meeting carries the user's zone, not the organizer's", async () => {
    const f = fixtureCopy("attendee-client-review-90min-onsite");
    f.user.timeZone = "Pacific Standard Time";
    expect((await meetingOf(f)).timeZone).toBe("America/Los_Angeles");
  });
});


describe("client premises with second-level domains", () => {
  test("a client on northwind.co.uk is recognised in 'Northwind London office'", async () => {
    const f = fixtureCopy("attendee-dragged-in-by-colleague");
    const item = itemOf(f);
    item.location = "Northwind London office, 3rd floor";
    (item.requiredAttendees as Array<{ emailAddress: string }>)[1]!.emailAddress = "maja.holm@northwind.co.uk";
    const result = await build(f);
    if (!result.ok) throw new Error(result.problem);
    expect(result.meeting.locationKind).toBe("in-person");
    expect(result.meeting.atClientPremises).toBe(true);
  });
});

describe("the user's own address missing", () => {
  const NO_ADDRESS: RawUser = { ...ALEX, emailAddress: null };

  test("the user, listed by name, is not counted as another attendee", () => {
    const m = meetingFor(appointment(), NO_ADDRESS);
    expect(m.attendees.map((p) => p.name)).toEqual(["Maja Holm"]);
    expect(m.user.email).toBe("");
  });

  test("a reply-all never copies the user", () => {
    const item = appointment({
      requiredAttendees: [
        { displayName: "Maja Holm", emailAddress: "maja.holm@northwind.dk", appointmentResponse: "organizer" },
        { displayName: "Jonas Berg", emailAddress: "jonas.berg@northwind.dk", appointmentResponse: "accepted" },
        { displayName: "alex rivera", emailAddress: "alex.rivera@fabrikam.com", appointmentResponse: "none" },
      ],
    });
    const m = meetingFor(item, NO_ADDRESS);
    expect(m.attendees.map((p) => p.email)).toEqual(["maja.holm@northwind.dk", "jonas.berg@northwind.dk"]);
  });

  test("no address and no name: everyone invited counts, nobody is mistaken for the user", () => {
    const m = meetingFor(appointment(), { displayName: null, emailAddress: null, timeZone: ALEX.timeZone });
    expect(m.attendees).toHaveLength(2);
  });
});

describe("text made only of invisible characters", () => {
  test("is no subject, no place and no name, so the pane says so instead of showing a blank", () => {
    const m = meetingFor(
      appointment({
        subject: "\u200B\u2060 \u200E",
        location: "\u200B",
        organizer: { displayName: "\u200B\u200B", emailAddress: "maja.holm@northwind.dk" },
        requiredAttendees: [{ displayName: "\uFEFF\u200C", emailAddress: "maja.holm@northwind.dk", appointmentResponse: "organizer" }],
      }),
    );
    expect(m.subject).toBe("");
    expect(m.locationKind).toBe("none");
    expect(m.organizer?.name).toBe("maja.holm@northwind.dk");
  });

  test("visible text keeps its joiners", () => {
    const family = "\u{1F469}\u200D\u{1F467}";
    const m = meetingFor(appointment({ subject: `Launch ${family}`, requiredAttendees: [{ displayName: "\u0915\u094D\u200D\u0937", emailAddress: "k@northwind.dk" }] }));
    expect(m.subject).toBe(`Launch ${family}`);
    expect(m.attendees.map((p) => p.name)).toContain("\u0915\u094D\u200D\u0937");
  });
});

describe("an organizer without an address, or none at all", () => {
  test("no organizer: none in the model, the attendees still there", () => {
    const m = meetingFor(appointment({ organizer: null }));
    expect(m.organizer).toBeNull();
    expect(m.attendees.map((p) => p.email)).toEqual(["maja.holm@northwind.dk"]);
  });

  test("an organizer given only as invisible characters is no organizer", () => {
    const m = meetingFor(appointment({ organizer: { displayName: "\u202E ", emailAddress: "\u200F" } }));
    expect(m.organizer).toBeNull();
  });

  test("an organizer with a name and no address keeps the name, with an empty address", () => {
    const m = meetingFor(appointment({ organizer: { displayName: "Maja Holm", emailAddress: "" } }));
    expect(m.organizer).toMatchObject({ name: "Maja Holm", email: "" });
  });
});

test("a status meeting is one whatever the subject's case, in any of the languages, and never by a word's tail", () => {
  expect(isStatusSubject("WEEKLY SYNC with Contoso")).toBe(true);
  expect(isStatusSubject("Statusmøde med Northwind")).toBe(true);
  expect(isStatusSubject("STATUSMØDE MED NORTHWIND")).toBe(true);
  expect(isStatusSubject("Riunione settimanale")).toBe(true);
  expect(isStatusSubject("Ordre du jour : POINT D'AVANCEMENT")).toBe(true);
  expect(isStatusSubject("Prestatus design review")).toBe(false);
  expect(isStatusSubject("Contract negotiation")).toBe(false);
});
