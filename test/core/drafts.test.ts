// buildDraft: what Offramp writes for each way out and role, and what it will do
// with it; the date and time in the user's own zone; tone; and the HTML / mailto
// forms the text leaves in. Expected dates and times come from Intl directly.
import { bodyToHtml, buildDraft, escapeHtml, mailtoLink, type Draft, type DraftPlan } from "../../src/core/drafts";
import { createTranslator } from "../../src/core/i18n";
import en from "../../src/core/i18n/catalogs/en";
import da from "../../src/core/i18n/catalogs/da";
import sv from "../../src/core/i18n/catalogs/sv";
import it from "../../src/core/i18n/catalogs/it";
import type { Meeting, OutcomeId, Settings, Tone } from "../../src/core/types";
import { fixtureCopy, meetingOf, person, plusMinutes, settingsOf, tweaked } from "./helpers";

const LOCALE = "en-US";
const MINUTE = 60_000;

function draft(outcome: OutcomeId, meeting: Meeting, settings: Settings, tone: Tone = "friendly", shorterMinutes?: number): Draft {
  const tr = createTranslator("en", en, meeting.timeZone, LOCALE);
  return buildDraft(outcome, meeting, settings, tr, shorterMinutes === undefined ? { tone } : { tone, shorterMinutes });
}

async function fixture(name: string) {
  const f = fixtureCopy(name);
  return { meeting: await meetingOf(f), settings: settingsOf(f) };
}

/** "Tuesday, November 24" as Intl writes it for the locale, in `zone`. */
function intlDate(instant: Date, zone: string): string {
  return new Intl.DateTimeFormat(LOCALE, { weekday: "long", day: "numeric", month: "long", timeZone: zone }).format(instant);
}
/** "9:00 – 10:30 AM" as Intl writes the range for the locale, in `zone`. */
function intlTimeRange(start: Date, end: Date, zone: string): string {
  return new Intl.DateTimeFormat(LOCALE, { hour: "numeric", minute: "2-digit", timeZone: zone }).formatRange(start, end);
}
/** "from 9:00 to 10:30 AM": the same range as a letter words it (Intl's range parts, the dash in words). */
function letterTimeRange(start: Date, end: Date, zone: string): string {
  const parts = new Intl.DateTimeFormat(LOCALE, { hour: "numeric", minute: "2-digit", timeZone: zone }).formatRangeToParts(start, end);
  const text = (source: string) => parts.filter((p) => p.source === source).map((p) => p.value).join("").trim();
  const tail = parts.slice(parts.map((p) => p.source).lastIndexOf("endRange") + 1).map((p) => p.value).join("");
  return `from ${text("startRange")} to ${text("endRange")}${tail}`;
}
function intlList(items: string[]): string {
  return new Intl.ListFormat(LOCALE, { type: "conjunction" }).format(items);
}

const ONSITE = "attendee-client-review-90min-onsite";
const DRAGGED = "attendee-dragged-in-by-colleague";
const ROADMAP = "organizer-end-time-fails";
const WEEKLY = "organizer-weekly-status-60min";
const WEEKLY_DA = "organizer-weekly-status-da";

const maja = { name: "Maja Holm", email: "maja.holm@northwind.dk" };
const sam = { name: "Sam Okafor", email: "sam.okafor@fabrikam.com" };
const jonas = { name: "Jonas Berg", email: "jonas.berg@northwind.dk" };

/** The client organized it; Sam, a colleague, attends too. */
async function clientMeetingWithSam() {
  return await tweaked(DRAGGED, (_f, item) => {
    item.organizer = { displayName: "Maja Holm", emailAddress: "maja.holm@northwind.dk" };
    item.requiredAttendees = [
      person("Maja Holm", "maja.holm@northwind.dk", "organizer"),
      person("Sam Okafor", "sam.okafor@fabrikam.com", "accepted"),
      person("Alex Rivera", "alex.rivera@fabrikam.com", "none"),
    ];
  });
}

// ---------------------------------------------------------------------------

describe("what each draft will do", () => {
  test("attendee, call -> a reply to the organizer only", async () => {
    const { meeting, settings } = await fixture(ONSITE);
    expect(draft("call", meeting, settings).plan).toEqual({ kind: "reply", replyAll: false, to: [maja], cc: [] });
  });

  test("attendee, shorter -> a reply to the organizer only, proposing the new slot", async () => {
    const { meeting, settings } = await fixture(DRAGGED);
    const d = draft("shorter", meeting, settings);
    expect(d.plan).toEqual({ kind: "reply", replyAll: false, to: [sam], cc: [] });
    const newEnd = new Date(meeting.start.getTime() + 30 * MINUTE);
    expect(d.proposal).toContain(intlTimeRange(meeting.start, newEnd, "Europe/Paris"));
  });

  test("attendee, email -> reply to the organizer when it's just the two of you", async () => {
    const { meeting, settings } = await fixture(ONSITE);
    expect(draft("email", meeting, settings).plan).toEqual({ kind: "reply", replyAll: false, to: [maja], cc: [] });
  });

  test("attendee, email -> reply-all when several people are invited", async () => {
    const { meeting, settings } = await fixture(DRAGGED);
    expect(draft("email", meeting, settings).plan).toEqual({ kind: "reply", replyAll: true, to: [sam], cc: [maja] });
  });

  test("attendee, bow out -> a new message to the colleague who organized it", async () => {
    const { meeting, settings } = await fixture(DRAGGED);
    const d = draft("delegate", meeting, settings);
    expect(d.plan).toEqual({ kind: "new-message", to: [sam], cc: [] });
    expect(d.subjectEditable).toBe(true);
  });

  test("attendee, bow out of a client's meeting -> a new message to the colleague who attends", async () => {
    const { meeting, settings } = await clientMeetingWithSam();
    expect(draft("delegate", meeting, settings).plan).toEqual({ kind: "new-message", to: [sam], cc: [] });
  });

  test("organizer, call -> the event's location becomes the call details", async () => {
    const { meeting, settings } = await fixture(ROADMAP);
    const d = draft("call", meeting, settings);
    expect(d.plan).toEqual({ kind: "update-event", newEnd: null, newLocation: "Call me on +45 20 30 40 50" });
    expect(d.body).toContain("Call me on +45 20 30 40 50");
  });

  test('organizer, call, no call details saved -> the location becomes "Phone call"', async () => {
    const { meeting, settings } = await fixture(WEEKLY_DA);
    expect(settings.callDetails).toBe("");
    const d = draft("call", meeting, settings);
    expect(d.plan).toEqual({ kind: "update-event", newEnd: null, newLocation: "Phone call" });
  });

  test.each([
    ["the saved preferred length", undefined, 30],
    ["a length chosen in the pane", 45, 45],
  ] as const)("organizer, shorter -> new end = start + %s", async (_label, chosen, minutes) => {
    const { meeting, settings } = await fixture(ROADMAP);
    const d = draft("shorter", meeting, settings, "friendly", chosen);
    expect(d.plan.kind).toBe("update-event");
    const plan = d.plan as Extract<DraftPlan, { kind: "update-event" }>;
    expect(plan.newLocation).toBeNull();
    expect(plan.newEnd?.getTime()).toBe(meeting.start.getTime() + minutes * MINUTE);
    expect(d.proposal).toContain(intlTimeRange(meeting.start, plan.newEnd!, "Europe/Paris"));
  });

  test("organizer, shorter -> the saved preferred length comes from the settings", async () => {
    const { meeting, settings } = await fixture(ROADMAP);
    const plan = draft("shorter", meeting, { ...settings, shorterMinutes: 20 }).plan as Extract<DraftPlan, { kind: "update-event" }>;
    expect(plan.newEnd?.getTime()).toBe(meeting.start.getTime() + 20 * MINUTE);
  });

  test("organizer, email -> a replacement email to every attendee", async () => {
    const { meeting, settings } = await fixture(WEEKLY);
    const d = draft("email", meeting, settings);
    expect(d.plan).toEqual({ kind: "replacement-email", to: [maja, jonas], cc: [] });
    expect(d.subjectEditable).toBe(true);
    expect(d.subject).toContain("Weekly status: Northwind rollout");
  });

  test("organizer, email -> colleagues and clients alike, and nobody without an address", async () => {
    const { meeting, settings } = await tweaked(ROADMAP, (_f, item) => {
      (item.requiredAttendees as unknown[]).push({ displayName: "Conference Room Aurora", emailAddress: null });
    });
    expect(draft("email", meeting, settings).plan).toEqual({ kind: "replacement-email", to: [maja, sam], cc: [] });
  });

  test.each([ONSITE, ROADMAP])("keep (%s) -> nothing to send or change", async (name) => {
    const { meeting, settings } = await fixture(name);
    const d = draft("keep", meeting, settings);
    expect(d.plan).toEqual({ kind: "nothing" });
    expect(d.body).toBe("");
  });

  test("the draft says which language it is written in", async () => {
    const { meeting, settings } = await fixture(ONSITE);
    expect(draft("call", meeting, settings).locale).toBe("en-US");
  });
});

// ---------------------------------------------------------------------------

describe("what each draft says", () => {
  const ATTENDEE_OUTCOMES: OutcomeId[] = ["call", "email", "delegate"];

  test("an organizer's email for an untitled meeting has a subject of its own, not \"our meeting: …the meeting…\"", async () => {
    const { meeting, settings } = await fixture(WEEKLY);
    const untitled = { ...meeting, subject: "" };
    expect(draft("email", untitled, settings, "friendly").subject).toBe(`Update by email instead of our meeting on ${intlDate(meeting.start, "Europe/Paris")}`);
    expect(draft("email", untitled, settings, "formal").subject).toBe(`Written update in place of our meeting on ${intlDate(meeting.start, "Europe/Paris")}`);
  });

  test.each(ATTENDEE_OUTCOMES)("attendee, %s: names the meeting and its date and time in the user's zone", async (outcome) => {
    const { meeting, settings } = await fixture(ONSITE);
    const d = draft(outcome, meeting, settings);
    expect(d.body).toContain("Quarterly account review");
    expect(d.body).toContain(intlDate(meeting.start, "Europe/Paris"));
    expect(d.body).toContain(letterTimeRange(meeting.start, meeting.end, "Europe/Paris"));
  });

  test("organizer, email: names the date and time and what it saves", async () => {
    const { meeting, settings } = await fixture(WEEKLY);
    const d = draft("email", meeting, settings);
    expect(d.body).toContain(intlDate(meeting.start, "Europe/Paris"));
    expect(d.body).toContain(letterTimeRange(meeting.start, meeting.end, "Europe/Paris"));
    // A letter spells the length out: the 60-minute status meeting gives everyone "an hour" back, never "1 hr".
    expect(d.body).toContain("so we all get an hour back");
    expect(d.body).not.toMatch(/\bhr\b|\bmin\b/);
  });

  test("attendee, shorter: names the meeting, the new length and the new slot, not the old end", async () => {
    const { meeting, settings } = await fixture(ONSITE);
    const d = draft("shorter", meeting, settings);
    const newEnd = new Date(meeting.start.getTime() + 30 * MINUTE);
    expect(d.body).toContain("Quarterly account review");
    expect(d.body).toContain(intlDate(meeting.start, "Europe/Paris"));
    expect(d.body).toContain(letterTimeRange(meeting.start, newEnd, "Europe/Paris"));
    expect(d.body).not.toContain(letterTimeRange(meeting.start, meeting.end, "Europe/Paris"));
    expect(d.body).toContain("in half an hour");
    expect(d.proposal).toContain(intlDate(meeting.start, "Europe/Paris"));
  });

  test("organizer, shorter: the note on the event gives the new slot", async () => {
    const { meeting, settings } = await fixture(ROADMAP);
    const d = draft("shorter", meeting, settings);
    expect(d.body).toContain(letterTimeRange(meeting.start, new Date(meeting.start.getTime() + 30 * MINUTE), "Europe/Paris"));
  });

  test("organizer, shorter on a whole series: the note gives the new times and no one day's date, since it heads every occurrence", async () => {
    const { meeting, settings } = await fixture(ROADMAP);
    const tr = createTranslator("en", en, meeting.timeZone, LOCALE);
    const newEnd = new Date(meeting.start.getTime() + 30 * MINUTE);
    const note = (lengthScope: "series" | "occurrence" | "event") => buildDraft("shorter", meeting, settings, tr, { tone: "formal", lengthScope }).body.split("\n")[0];
    expect(note("series")).toBe(`Please note that, to make the best use of everyone’s time, this meeting has been shortened to half an hour: from now on it runs ${letterTimeRange(meeting.start, newEnd, "Europe/Paris")}.`);
    expect(note("series")).not.toContain(intlDate(meeting.start, "Europe/Paris"));
    // One occurrence, or a single event: that day's slot.
    for (const scope of ["occurrence", "event"] as const) expect(note(scope)).toContain(`${intlDate(meeting.start, "Europe/Paris")}, ${letterTimeRange(meeting.start, newEnd, "Europe/Paris")}`);
  });

  test("attendee, call: gives the user's call details, or asks for the best number when none are saved", async () => {
    const { meeting, settings } = await fixture(ONSITE);
    expect(draft("call", meeting, settings).body).toContain("Call me on +45 20 30 40 50");
    const without = draft("call", meeting, { ...settings, callDetails: "" }).body;
    expect(without).not.toContain("+45");
    expect(without).toMatch(/number or link/);
  });

  test("the agenda from the invitation: a tight agenda for shorter, one line per item for email", async () => {
    const { meeting, settings } = await fixture(ONSITE);
    const items = ["Account performance Q3", "Renewal terms", "Open support tickets"];
    const shorterLines = draft("shorter", meeting, settings).body.split("\n");
    for (const item of items) expect(shorterLines).toContain(`- ${item}`);
    const emailLines = draft("email", meeting, settings).body.split("\n");
    for (const item of items) expect(emailLines.some((l) => l.startsWith(`- ${item}`))).toBe(true);
  });

  test("the briefing names the agenda items as a list", async () => {
    const items = ["Account performance Q3", "Renewal terms", "Open support tickets"];
    const { meeting, settings } = await tweaked(DRAGGED, (_f, item) => {
      item.body = { type: "html", content: `<p>Agenda</p><ul>${items.map((i) => `<li>${i}</li>`).join("")}</ul>` };
    });
    expect(draft("delegate", meeting, settings).body).toContain(`On the agenda: ${intlList(items)}`);
  });

  test("the Italian inline agenda makes it into the draft", async () => {
    const { meeting, settings } = await fixture("attendee-client-review-it");
    const lines = draft("shorter", meeting, settings).body.split("\n");
    expect(lines).toEqual(expect.arrayContaining(["- risultati", "- rinnovo", "- ticket aperti"]));
  });

  test("a body Outlook failed to hand over: a generic agenda, never the invitation's items", async () => {
    // The same invitation as the on-site review, whose agenda the draft would otherwise quote.
    const { meeting, settings } = await fixture("attendee-body-unreadable");
    expect(meeting.agenda).toEqual([]);
    const bullets = draft("shorter", meeting, settings).body.split("\n").filter((l) => l.startsWith("- "));
    expect(bullets.length).toBeGreaterThanOrEqual(2);
    expect(bullets.join("\n")).not.toMatch(/Account performance|Renewal terms|support tickets/);
  });

  test("no agenda in the invitation: the shorter meeting still proposes one", async () => {
    const { meeting, settings } = await fixture(ROADMAP);
    const bullets = draft("shorter", meeting, settings).body.split("\n").filter((l) => l.startsWith("- "));
    expect(bullets.length).toBeGreaterThanOrEqual(2);
  });

  test("the briefing: what they'll ask, where things stand, open items, where to find things, and the decline line", async () => {
    const { meeting, settings } = await fixture(DRAGGED);
    const d = draft("delegate", meeting, settings);
    for (const heading of ["What they’re likely to ask", "Where things stand:", "Open points:", "Where to find things:"]) expect(d.body).toContain(heading);
    // Sam organized it: the decline tells Sam directly.
    expect(d.body).toContain("I’ll decline the invitation too, so it shows up on your side.");
    expect(d.subject).toContain("Design check-in with Northwind");
    expect(d.subject).toContain(intlDate(meeting.start, "Europe/Paris"));
  });

  test("the briefing for a colleague who attends says the organizer will see the decline", async () => {
    const { meeting, settings } = await clientMeetingWithSam();
    const d = draft("delegate", meeting, settings);
    expect(d.body).toContain("Hi Sam,");
    expect(d.body).toContain("I’ll decline the invitation so Maja Holm knows I won’t be there.");
  });

  test("the briefing without a known organizer names nobody, and no calendar of the colleague's", async () => {
    const { meeting, settings } = await tweaked(DRAGGED, (_f, item) => {
      item.organizer = null;
      item.requiredAttendees = [person("Sam Okafor", "sam.okafor@fabrikam.com", "accepted"), person("Alex Rivera", "alex.rivera@fabrikam.com", "none")];
    });
    expect(meeting.organizer).toBeNull();
    const d = draft("delegate", meeting, settings);
    expect(d.body).toContain("Hi Sam,");
    expect(d.body).toContain("I’ll decline the invitation in Outlook too.");
    expect(d.body).not.toMatch(/on your side|knows I won’t be there/);
  });

  test("a meeting without a subject is still named", async () => {
    const { meeting, settings } = await tweaked(ONSITE, (_f, item) => void (item.subject = ""));
    const body = draft("call", meeting, settings).body;
    expect(body).toContain("our meeting");
  });
});

// ---------------------------------------------------------------------------

describe("tone", () => {
  test("friendly greets by first name and signs off lightly; formal greets by full name and signs off formally", async () => {
    const { meeting, settings } = await fixture(ONSITE);
    const friendly = draft("call", meeting, settings, "friendly").body;
    const formal = draft("call", meeting, settings, "formal").body;
    expect(friendly.startsWith("Hi Maja,")).toBe(true);
    expect(formal.startsWith("Dear Maja Holm,")).toBe(true);
    expect(friendly.endsWith("Best,\nAlex Rivera")).toBe(true);
    expect(formal.endsWith("Kind regards,\nAlex Rivera")).toBe(true);
    expect(friendly).not.toBe(formal);
  });

  test.each(["call", "shorter", "email", "delegate"] as const)("%s reads differently in each tone", async (outcome) => {
    const { meeting, settings } = await fixture(DRAGGED);
    expect(draft(outcome, meeting, settings, "friendly").body).not.toBe(draft(outcome, meeting, settings, "formal").body);
  });

  test("several people are greeted all at once", async () => {
    const { meeting, settings } = await fixture(WEEKLY);
    expect(draft("email", meeting, settings, "friendly").body.startsWith("Hi everyone,")).toBe(true);
    expect(draft("email", meeting, settings, "formal").body.startsWith("Dear all,")).toBe(true);
  });

  test.each([
    ["da", da, "Kære Maja", "Hej Maja"],
    ["sv", sv, "Hej Maja,", "Hej Maja!"],
    ["it", it, "Gentile Maja Holm,", "Ciao Maja,"],
  ] as const)("%s greets as its letters do: formal and friendly", async (language, catalog, formal, friendly) => {
    const { meeting, settings } = await fixture(ONSITE);
    const tr = createTranslator(language, { ...en, ...catalog }, meeting.timeZone);
    const first = (tone: Tone) => buildDraft("call", meeting, settings, tr, { tone }).body.split("\n")[0];
    expect(first("formal")).toBe(formal);
    expect(first("friendly")).toBe(friendly);
  });

  test("someone Outlook names only by address is greeted without it, in either tone", async () => {
    const { meeting, settings } = await tweaked(ONSITE, (_f, item) => {
      item.organizer = { displayName: "\u200B", emailAddress: "maja.holm@northwind.dk" };
    });
    expect(meeting.organizer?.name).toBe("maja.holm@northwind.dk");
    const friendly = draft("call", meeting, settings, "friendly").body;
    const formal = draft("call", meeting, settings, "formal").body;
    expect(friendly.split("\n")[0]).toBe("Hi,");
    expect(formal.split("\n")[0]).toBe("Hello,");
    expect(`${friendly}${formal}`).not.toContain("maja.holm@");
  });

  test.each([
    ["en", en, "Hi,"],
    ["it", it, "Ciao,"],
    ["da", da, "Hej"],
  ] as const)("%s: a letter to the organizer Outlook does not name greets one person, not 'all'", async (language, catalog, greeting) => {
    const { meeting, settings } = await tweaked(ONSITE, (_f, item) => {
      delete item.organizer;
    });
    expect(meeting.organizer).toBeNull();
    const tr = createTranslator(language, { ...en, ...catalog }, meeting.timeZone);
    for (const outcome of ["call", "shorter"] as const) {
      expect(buildDraft(outcome, meeting, settings, tr, { tone: "friendly" }).body.split("\n")[0]).toBe(greeting);
    }
  });

  test.each([
    ["Dr. Maja Holm", "Hi Maja,"],
    ["Prof. Dr. Maja Holm", "Hi Maja,"],
    ["Sig.ra Giulia Bianchi", "Hi Giulia,"],
    ["J. Robert Smith", "Hi Robert,"],
    ["Mrs Maja Holm", "Hi Maja,"],
    ["Dr. Holm", "Hi Dr. Holm,"],
    ["Maja", "Hi Maja,"],
  ])("%s is greeted as people would: %s", async (displayName, greeting) => {
    const { meeting, settings } = await tweaked(ONSITE, (_f, item) => {
      item.organizer = { displayName, emailAddress: "maja.holm@northwind.dk" };
    });
    expect(draft("call", meeting, settings, "friendly").body.split("\n")[0]).toBe(greeting);
  });

  test('"Holm, Maja" as the directory lists her is still Maja', async () => {
    const { meeting, settings } = await tweaked(ONSITE, (_f, item) => {
      item.organizer = { displayName: "Holm, Maja", emailAddress: "maja.holm@northwind.dk" };
    });
    expect(draft("call", meeting, settings, "friendly").body.startsWith("Hi Maja,")).toBe(true);
  });
});

// ---------------------------------------------------------------------------

describe("local times in the user's zone", () => {
  test("a user in India (half-hour offset) sees the Paris 09:00 meeting at Kolkata time", async () => {
    const { meeting, settings } = await tweaked(ONSITE, (f) => void (f.user.timeZone = "India Standard Time"));
    const kolkata = letterTimeRange(meeting.start, meeting.end, "Asia/Kolkata");
    expect(kolkata).not.toBe(letterTimeRange(meeting.start, meeting.end, "Europe/Paris"));
    expect(kolkata).not.toBe(letterTimeRange(meeting.start, meeting.end, "Asia/Dubai")); // the half hour matters
    for (const outcome of ["call", "email", "delegate"] as const) expect(draft(outcome, meeting, settings).body).toContain(kolkata);
    const shorter = draft("shorter", meeting, settings);
    expect(shorter.proposal).toContain(intlTimeRange(meeting.start, new Date(meeting.start.getTime() + 30 * MINUTE), "Asia/Kolkata"));
  });

  test("a user in Los Angeles sees the date as it is there (the evening before)", async () => {
    // 08:00 in Paris is 23:00 the day before in Los Angeles.
    const { meeting, settings } = await tweaked(ONSITE, (f, item) => {
      f.user.timeZone = "Pacific Standard Time";
      item.start = "2026-11-24T08:00:00+01:00";
      item.end = "2026-11-24T08:45:00+01:00";
    });
    const body = draft("call", meeting, settings).body;
    expect(intlDate(meeting.start, "America/Los_Angeles")).not.toBe(intlDate(meeting.start, "Europe/Paris"));
    expect(body).toContain(intlDate(meeting.start, "America/Los_Angeles"));
    expect(body).toContain(letterTimeRange(meeting.start, meeting.end, "America/Los_Angeles"));
  });

  test("a meeting across the spring-forward change: real length, local wall-clock times", async () => {
    // 01:30 CET to 03:30 CEST on 29 March 2026 is one hour.
    const { meeting, settings } = await tweaked(ROADMAP, (_f, item) => {
      item.start = "2026-03-29T01:30:00+01:00";
      item.end = "2026-03-29T03:30:00+02:00";
    });
    expect(meeting.durationMinutes).toBe(60);
    const email = draft("email", meeting, settings).body;
    expect(email).toContain(intlDate(meeting.start, "Europe/Paris"));
    expect(email).toContain(letterTimeRange(meeting.start, meeting.end, "Europe/Paris"));
    const shorter = draft("shorter", meeting, settings);
    const plan = shorter.plan as Extract<DraftPlan, { kind: "update-event" }>;
    expect(plan.newEnd?.toISOString()).toBe(plusMinutes("2026-03-29T01:30:00+01:00", 30));
    // 30 minutes after 01:30 CET is 03:00 CEST on the wall clock.
    expect(shorter.proposal).toContain(intlTimeRange(meeting.start, plan.newEnd!, "Europe/Paris"));
  });

  test("a meeting on the fall-back day in Los Angeles", async () => {
    const { meeting, settings } = await tweaked(ONSITE, (f, item) => {
      f.user.timeZone = "Pacific Standard Time";
      item.start = "2026-11-01T09:00:00-08:00";
      item.end = "2026-11-01T10:30:00-08:00";
    });
    const body = draft("delegate", meeting, settings).body;
    expect(body).toContain(intlDate(meeting.start, "America/Los_Angeles"));
    expect(body).toContain(letterTimeRange(meeting.start, meeting.end, "America/Los_Angeles"));
  });

  test("a meeting over two days gives both dates", async () => {
    const { meeting, settings } = await tweaked(ONSITE, (_f, item) => {
      item.start = "2026-11-24T09:00:00+01:00";
      item.end = "2026-11-25T17:00:00+01:00";
    });
    const body = draft("call", meeting, settings).body;
    expect(body).toContain(intlDate(meeting.start, "Europe/Paris"));
    expect(body).toContain(intlDate(meeting.end, "Europe/Paris"));
  });
});

// ---------------------------------------------------------------------------

const HOSTILE = `<script>window.__pwned = true</script> <img src=x onerror="window.__pwned = true"> "quotes" 'single' & more`;

function parseHtml(html: string): HTMLElement {
  const div = document.createElement("div");
  div.innerHTML = html;
  return div;
}

describe("bodyToHtml", () => {
  afterEach(() => void delete (window as unknown as Record<string, unknown>).__pwned);

  test("hostile text is escaped: it shows as typed and creates no elements", async () => {
    const html = bodyToHtml(HOSTILE);
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("&amp; more");
    expect(html).toContain("&quot;quotes&quot;");
    const root = parseHtml(html);
    expect(root.querySelectorAll("script, img").length).toBe(0);
    expect(root.textContent).toBe(HOSTILE);
    expect((window as unknown as Record<string, unknown>).__pwned).toBeUndefined();
  });

  test("blank lines make paragraphs, single line breaks stay, '- ' lines make a list", async () => {
    const root = parseHtml(bodyToHtml("Hi Maja,\n\nFirst line\nsecond line\n\nHere’s a tight agenda:\n- One & two\n- <Three>\n\n\n\nBest,\nAlex"));
    const paragraphs = [...root.querySelectorAll("p")];
    expect(paragraphs.map((p) => p.textContent)).toEqual(["Hi Maja,", "First linesecond line", "Here’s a tight agenda:", "Best,Alex"]);
    expect(paragraphs[1]?.querySelectorAll("br").length).toBe(1);
    expect([...root.querySelectorAll("ul > li")].map((li) => li.textContent)).toEqual(["One & two", "<Three>"]);
    // The list follows its heading, in order.
    expect(paragraphs[2]?.nextElementSibling?.tagName).toBe("UL");
    expect(root.querySelectorAll("p:empty").length).toBe(0);
  });

  test("Windows line ends are line ends", async () => {
    const root = parseHtml(bodyToHtml("A\r\n\r\nB\r\n- c\r\n- d"));
    expect([...root.querySelectorAll("p")].map((p) => p.textContent)).toEqual(["A", "B"]);
    expect([...root.querySelectorAll("li")].map((li) => li.textContent)).toEqual(["c", "d"]);
  });

  test("a dash in the middle of prose is not a list", async () => {
    const root = parseHtml(bodyToHtml("- not a list\nbecause this line is prose"));
    expect(root.querySelectorAll("li").length).toBe(0);
    expect(root.textContent).toContain("- not a list");
  });

  test("a whole draft with hostile names and subject goes to Outlook as harmless HTML", async () => {
    const { meeting, settings } = await tweaked(DRAGGED, (_f, item) => {
      item.subject = HOSTILE;
      item.organizer = { displayName: `<img src=x onerror="window.__pwned = true">`, emailAddress: "sam.okafor@fabrikam.com" };
    });
    for (const outcome of ["call", "shorter", "email", "delegate"] as const) {
      const d = draft(outcome, meeting, settings);
      const root = parseHtml(bodyToHtml(d.body));
      expect(root.querySelectorAll("*:not(p):not(br):not(ul):not(li)").length).toBe(0);
      expect(root.textContent).toContain(HOSTILE);
    }
    expect((window as unknown as Record<string, unknown>).__pwned).toBeUndefined();
  });
});

describe("escapeHtml", () => {
  test("escapes the five characters that matter", async () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });

  test.each([HOSTILE, "&amp; is already an entity", "plain text, no change", "Møde – ønsker 😀"])("%j round-trips as text and in an attribute", async (text) => {
    expect(parseHtml(escapeHtml(text)).textContent).toBe(text);
    const el = parseHtml(`<span title="${escapeHtml(text)}" data-x='${escapeHtml(text)}'></span>`).firstElementChild;
    expect(el?.getAttribute("title")).toBe(text);
    expect(el?.getAttribute("data-x")).toBe(text);
  });
});

// ---------------------------------------------------------------------------

/** Splits a mailto: link the way RFC 6068 reads it. */
function readMailto(link: string): { to: string[]; params: Record<string, string> } {
  expect(link.startsWith("mailto:")).toBe(true);
  const rest = link.slice("mailto:".length);
  const q = rest.indexOf("?");
  const toPart = q >= 0 ? rest.slice(0, q) : rest;
  const query = q >= 0 ? rest.slice(q + 1) : "";
  const params: Record<string, string> = {};
  for (const pair of query.split("&").filter(Boolean)) {
    const eq = pair.indexOf("=");
    params[pair.slice(0, eq)] = decodeURIComponent(pair.slice(eq + 1));
  }
  return { to: toPart ? toPart.split(",").map(decodeURIComponent) : [], params };
}

describe("mailtoLink", () => {
  const subject = `Q4 & "next" steps? #1 = 100% + Møde – ønsker`;
  const body = "Hi all,\n\n- Budget & scope\n- Dates?\n\nBest,\nAlex";

  test("subject, body and cc survive every special character", async () => {
    const link = mailtoLink([maja, jonas], [sam], subject, body);
    expect(link).not.toMatch(/[\s\n]/);
    const read = readMailto(link);
    expect(read.to).toEqual([maja.email, jonas.email]);
    expect(read.params.cc).toBe(sam.email);
    expect(read.params.subject).toBe(subject);
    // Line breaks in a mailto body are CRLF (RFC 6068).
    expect(read.params.body).toBe(body.replace(/\n/g, "\r\n"));
    expect(Object.keys(read.params).sort()).toEqual(["body", "cc", "subject"]);
  });

  test("half an emoji in the text (cut by another client) gives a replacement character, not a crash", () => {
    const half = "🚀".slice(0, 1);
    const read = readMailto(mailtoLink([maja], [], `Launch ${half}`, `Plan ${"🚀".slice(1)} and 🚀`));
    expect(read.params.subject).toBe("Launch \uFFFD");
    expect(read.params.body).toBe("Plan \uFFFD and 🚀");
  });

  test("a '+' stays a plus for mail apps that read '+' as a space", async () => {
    const link = mailtoLink([maja], [], "1 + 1", "a+b");
    const query = new URLSearchParams(link.slice(link.indexOf("?") + 1));
    expect(query.get("subject")).toBe("1 + 1");
    expect(query.get("body")).toBe("a+b");
  });

  test("several cc addresses, and none at all", async () => {
    expect(readMailto(mailtoLink([maja], [sam, jonas], "s", "b")).params.cc).toBe(`${sam.email},${jonas.email}`);
    const noCc = mailtoLink([maja], [], "s", "b");
    expect(noCc).not.toContain("cc=");
    expect(readMailto(noCc).params).toEqual({ subject: "s", body: "b" });
  });

  test("text that already has CRLF line ends is not doubled", async () => {
    expect(readMailto(mailtoLink([maja], [], "s", "a\r\nb")).params.body).toBe("a\r\nb");
  });

  test("the organizer's replacement email as a mailto link reaches every attendee", async () => {
    const { meeting, settings } = await fixture(WEEKLY);
    const d = draft("email", meeting, settings);
    const plan = d.plan as Extract<DraftPlan, { kind: "replacement-email" }>;
    const read = readMailto(mailtoLink(plan.to, plan.cc, d.subject, d.body));
    expect(read.to).toEqual([maja.email, jonas.email]);
    expect(read.params.subject).toBe(d.subject);
    expect(read.params.body).toBe(d.body.replace(/\n/g, "\r\n"));
  });
});
