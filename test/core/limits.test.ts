// Outlook's limits, respected before any call: the subject (title shortened,
// never the sentence), the 32 KB body after escaping (quoted agenda first), the
// location, 100 recipients per field, and mailto: links only under 2,000
// characters; in every language Offramp speaks. And a reply with nobody to reply to.
import { bodyToHtml, buildDraft, mailtoLink, type Draft, type DraftPlan } from "../../src/core/drafts";
import { createTranslator, loadCatalog, SUPPORTED_LANGUAGES, type Translator } from "../../src/core/i18n";
import en from "../../src/core/i18n/catalogs/en";
import { MAILTO_MAX_CHARS, OUTLOOK_LIMITS, ellipsize, fitDraft, htmlBodySize, mailtoWithinLimit, outgoingProblem } from "../../src/core/limits";
import type { Meeting, OutcomeId, Person, Settings } from "../../src/core/types";
import { fixtureCopy, meetingOf, settingsOf } from "./helpers";

// The samples, read once through the simulated host and the adapter (meetingOf is async).
const SAMPLES = ["organizer-weekly-status-60min", "attendee-dragged-in-by-colleague", "attendee-client-review-90min-onsite", "organizer-end-time-fails"];
const loaded = new Map<string, { meeting: Meeting; settings: Settings }>();
beforeAll(async () => {
  for (const name of SAMPLES) {
    const f = fixtureCopy(name);
    loaded.set(name, { meeting: await meetingOf(f), settings: settingsOf(f) });
  }
});

function fixture(name: string): { meeting: Meeting; settings: Settings } {
  const found = loaded.get(name);
  if (!found) throw new Error(`${name} is not among the samples this test reads`);
  return found;
}

const english = (m: Meeting) => createTranslator("en", en, m.timeZone, "en-GB");

function fitted(outcome: OutcomeId, meeting: Meeting, settings: Settings, tr: Translator = english(meeting)) {
  return fitDraft((m) => buildDraft(outcome, m, settings, tr, { tone: "friendly" }), meeting);
}

function unfitted(outcome: OutcomeId, meeting: Meeting, settings: Settings, tr: Translator = english(meeting)): Draft {
  return buildDraft(outcome, meeting, settings, tr, { tone: "friendly" });
}

const person = (i: number, domain = "northwind.dk"): Person => ({
  name: `Person ${i}`,
  email: `person${i}@${domain}`,
  domain,
  isColleague: false,
  response: "accepted",
});

describe("ellipsize", () => {
  test("leaves short text alone and ends cut text with one ellipsis, within the limit", () => {
    expect(ellipsize("Review", 10)).toBe("Review");
    expect(ellipsize("Quarterly account review", 10)).toBe("Quarterly…");
    expect(ellipsize("Quarterly account review", 10).length).toBeLessThanOrEqual(10);
  });

  test("never cuts a character in two (emoji, astral scripts)", () => {
    const cut = ellipsize("😀😀😀😀😀", 6);
    expect(cut).toBe("😀😀…");
    expect(cut.length).toBeLessThanOrEqual(6);
  });
});

describe("the subject: at most 255 characters, the title shortened, never the sentence", () => {
  const LONG_TITLE = `Weekly status: ${"Northwind rollout, wave two ".repeat(9)}`.slice(0, 250).trim();

  test.each(SUPPORTED_LANGUAGES.map((l) => [l]))("%s: the replacement email's subject keeps its own words whole", async (language) => {
    const { meeting, settings } = fixture("organizer-weekly-status-60min");
    const long = { ...meeting, subject: LONG_TITLE };
    const tr = createTranslator(language, await loadCatalog(language), meeting.timeZone);
    const full = unfitted("email", long, settings, tr).subject;
    expect(full.length).toBeGreaterThan(OUTLOOK_LIMITS.subjectChars);
    const { draft } = fitted("email", long, settings, tr);
    expect(draft.subject.length).toBeLessThanOrEqual(OUTLOOK_LIMITS.subjectChars);
    expect(draft.subject).toContain("…");
    // The sentence around the title is exactly what the language says, with a shortened title in it.
    const [before, after] = full.split(LONG_TITLE);
    expect(draft.subject.startsWith(before!)).toBe(true);
    expect(draft.subject.endsWith(after!)).toBe(true);
    // As much of the title as fits: one more character would not.
    expect(draft.subject.length).toBeGreaterThan(OUTLOOK_LIMITS.subjectChars - 3);
  });

  test("the briefing to a colleague (bowing out) shortens the title too", () => {
    const { meeting, settings } = fixture("attendee-dragged-in-by-colleague");
    const { draft } = fitted("delegate", { ...meeting, subject: LONG_TITLE }, settings);
    expect(draft.subject.length).toBeLessThanOrEqual(OUTLOOK_LIMITS.subjectChars);
    expect(draft.subject).toMatch(/…/);
    expect(draft.subject).toMatch(/^Could you cover /);
  });

  test("a short title is left exactly as it was", () => {
    const { meeting, settings } = fixture("organizer-weekly-status-60min");
    expect(fitted("email", meeting, settings).draft).toEqual(unfitted("email", meeting, settings));
  });
});

describe("the body: at most 32 KB of HTML, counted after escaping", () => {
  test("escaping counts: '<' is four bytes in the HTML Outlook receives, 'ø' two", () => {
    expect(htmlBodySize(bodyToHtml("<"))).toBe("<p>&lt;</p>".length);
    expect(htmlBodySize("ø")).toBe(2);
  });

  test("quoted agenda items go first, from the end, and the pane is told how many", () => {
    const { meeting, settings } = fixture("attendee-client-review-90min-onsite");
    // Agenda items written as "<" escape to four times their length.
    const agenda = ["First", ...Array.from({ length: 7 }, (_, i) => `${i} ${"<".repeat(2_000)}`)];
    const heavy = { ...meeting, agenda };
    expect(htmlBodySize(bodyToHtml(unfitted("shorter", heavy, settings).body))).toBeGreaterThan(OUTLOOK_LIMITS.htmlBodyBytes);
    const { draft, notices } = fitted("shorter", heavy, settings);
    expect(htmlBodySize(bodyToHtml(draft.body))).toBeLessThanOrEqual(OUTLOOK_LIMITS.htmlBodyBytes);
    expect(draft.body).toContain("- First");
    expect(draft.body).toContain(meeting.subject);
    const left = notices.find((n) => n.key === "limits.agendaTrimmed");
    expect(left?.values?.count).toBeGreaterThan(0);
    expect(draft.body.split("\n").filter((l) => l.startsWith("- ")).length).toBe(agenda.length - Number(left?.values?.count));
  });

  test("texts longer than Outlook allows anywhere (a 50,000-character title or name) are cut to Outlook's own lengths", () => {
    const { meeting, settings } = fixture("attendee-client-review-90min-onsite");
    const huge = "&".repeat(50_000);
    const organizer = { ...meeting.organizer!, name: huge };
    const heavy = { ...meeting, subject: huge, organizer, attendees: [organizer], externals: [organizer], user: { ...meeting.user, name: huge } };
    for (const outcome of ["call", "shorter", "email"] as const) {
      const { draft } = fitted(outcome, heavy, settings);
      expect(htmlBodySize(bodyToHtml(draft.body))).toBeLessThanOrEqual(OUTLOOK_LIMITS.htmlBodyBytes);
      expect(draft.body).toContain("&".repeat(200));
    }
  });
});

describe("recipients: at most 100 per field, the rest named", () => {
  test("the organizer's replacement email to 150 people keeps the first 100 and says 50 are left out", () => {
    const { meeting, settings } = fixture("organizer-weekly-status-60min");
    const people = Array.from({ length: 150 }, (_, i) => person(i));
    const { draft, notices } = fitted("email", { ...meeting, attendees: people, externals: people }, settings);
    if (draft.plan.kind !== "replacement-email") throw new Error(draft.plan.kind);
    expect(draft.plan.to).toHaveLength(100);
    expect(draft.plan.to[0]?.email).toBe("person0@northwind.dk");
    expect(notices).toContainEqual({ key: "limits.recipientsLeftOut", values: { limit: 100, count: 50 } });
  });

  test("a reply's recipients are Outlook's own: nothing is left out or said", () => {
    const { meeting, settings } = fixture("attendee-client-review-90min-onsite");
    const people = [meeting.organizer!, ...Array.from({ length: 150 }, (_, i) => person(i))];
    const { notices } = fitted("email", { ...meeting, attendees: people, externals: people }, settings);
    expect(notices.map((n) => n.key)).not.toContain("limits.recipientsLeftOut");
  });
});

describe("the location: at most 255 characters", () => {
  test("call details that would make the location too long are shortened", () => {
    const { meeting, settings } = fixture("organizer-end-time-fails");
    const draft = fitDraft((m) => ({ ...buildDraft("call", m, settings, english(m), { tone: "friendly" }), plan: { kind: "update-event", newEnd: null, newLocation: "x".repeat(300) } }), meeting).draft;
    if (draft.plan.kind !== "update-event") throw new Error(draft.plan.kind);
    expect(draft.plan.newLocation?.length).toBe(OUTLOOK_LIMITS.locationChars);
    expect(draft.plan.newLocation?.endsWith("…")).toBe(true);
  });
});

describe("what the user is about to send", () => {
  const reply: DraftPlan = { kind: "reply", replyAll: false, to: [], cc: [] };
  const message: DraftPlan = { kind: "new-message", to: [], cc: [] };

  test("their own text over 32 KB is refused in words, with its size", () => {
    const problem = outgoingProblem(reply, "Re", "word ".repeat(8_000));
    expect(problem).toEqual({ key: "limits.bodyTooLong", values: { size: 40, limit: 32 } });
    expect(english(fixture("attendee-client-review-90min-onsite").meeting).ref(problem!)).toBe(
      "The text is too long for Outlook: it comes to about 40 KB, and Outlook takes at most 32 KB. Shorten it, then try again.",
    );
  });

  test("their own subject over 255 characters, where Offramp sends the subject", () => {
    expect(outgoingProblem(message, "s".repeat(256), "Hi")).toEqual({ key: "limits.subjectTooLong", values: { count: 256, limit: 255 } });
    // A reply takes Outlook's own "RE:" subject.
    expect(outgoingProblem(reply, "s".repeat(256), "Hi")).toBeNull();
  });

  test("text within the limits goes through", () => {
    expect(outgoingProblem(message, "s".repeat(255), "word ".repeat(6_000))).toBeNull();
  });
});

describe("mailto: links only under 2,000 characters", () => {
  const to = [{ name: "Maja", email: "maja.holm@northwind.dk" }];

  test("a short email gets its link", () => {
    expect(mailtoWithinLimit(to, [], "Update", "Hi Maja")).toMatch(/^mailto:maja\.holm%40northwind\.dk\?subject=Update&body=Hi%20Maja$/);
  });

  test("a long one (encoded past 2,000 characters) gets none", () => {
    expect(mailtoWithinLimit(to, [], "Update", "ø".repeat(400))).toBeNull(); // 400 × "%C3%B8"
    const base = mailtoLink(to, [], "Update", "").length;
    expect(mailtoWithinLimit(to, [], "Update", "a".repeat(MAILTO_MAX_CHARS - 1 - base))).toHaveLength(MAILTO_MAX_CHARS - 1);
    expect(mailtoWithinLimit(to, [], "Update", "a".repeat(MAILTO_MAX_CHARS - base))).toBeNull();
  });
});

describe("a reply needs an organizer with an address", () => {
  test("no organizer: the reply is blocked with its own message", () => {
    const { meeting, settings } = fixture("attendee-client-review-90min-onsite");
    expect(fitted("call", { ...meeting, organizer: null }, settings).blocked).toEqual({ key: "draft.blocked.noOrganizer" });
  });

  test("an organizer without an address: blocked, naming them", () => {
    const { meeting, settings } = fixture("attendee-client-review-90min-onsite");
    const organizer = { ...meeting.organizer!, email: "", domain: "" };
    expect(fitted("call", { ...meeting, organizer }, settings).blocked).toEqual({ key: "draft.blocked.organizerNoAddress", values: { name: "Maja Holm" } });
  });

  test("bowing out writes to a colleague, not the organizer: never blocked by a missing organizer", () => {
    const { meeting, settings } = fixture("attendee-dragged-in-by-colleague");
    expect(fitted("delegate", meeting, settings).blocked).toBeNull();
  });
});
