// adviseMeeting / guessAnswers: the ranking the user sees for every sample
// fixture, the rules of the product brief one by one, and the messages behind them.
import * as path from "path";
import { adviseMeeting, guessAnswers, standIn } from "../../src/core/advice";
import { createTranslator } from "../../src/core/i18n";
import en from "../../src/core/i18n/catalogs/en";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { Advice, Answers, Importance, Meeting, MeetingProblem, MessageRef, OutcomeAdvice, OutcomeId, Reason, Settings } from "../../src/core/types";
import { IMPORTANCES, OUTCOMES, REASONS } from "../../src/core/types";
import { PROJECT_FIXTURES_DIR, SHARED_FIXTURES_DIR } from "../support/fixtures";
import { build, fixtureAt, fixtureCopy, fixtureFiles, meetingOf, person, plusMinutes, settingsOf, tweaked } from "./helpers";

type Expectation = { top: OutcomeId; second?: OutcomeId } | { problem: MeetingProblem };

/** Every sample fixture needs one: a new fixture without an expectation fails below. */
const EXPECTED: Record<string, Expectation> = {
  "attendee-client-review-90min-onsite": { top: "call", second: "shorter" },
  "attendee-client-review-it": { top: "call" },
  "attendee-dragged-in-by-colleague": { top: "delegate" },
  "attendee-key-client-kickoff": { top: "keep" },
  "organizer-weekly-status-60min": { top: "email", second: "shorter" },
  "organizer-weekly-status-da": { top: "email" },
  "organizer-end-time-fails": { top: "shorter" },
  // A weekly series at the client's office: this week's meeting by email, or a call.
  "organizer-weekly-series-windows": { top: "email", second: "call" },
  "nothing-selected": { problem: "no-item" },
  "message-not-meeting": { problem: "not-appointment" },
  // The project's own edge cases.
  "attendee-hostile-text": { top: "call", second: "shorter" },
  "attendee-corrupt-settings": { top: "call", second: "shorter" },
  // An Outlook below Mailbox 1.3 (the manifest's minimum): a message instead of advice.
  "attendee-outlook-too-old": { problem: "host-too-old" },
  // The body fails to load on a supported Outlook: advice from the rest of the event.
  "attendee-body-unreadable": { top: "call" },
  "attendee-all-day-offsite": { problem: "all-day" },
  "attendee-no-one-else-invited": { problem: "no-attendees" },
  // The Office-facing edge cases (the advice is the series sample's, or an on-site review's).
  "attendee-unknown-time-zone": { top: "call", second: "shorter" },
  "organizer-one-occurrence-windows": { top: "email", second: "call" },
  // Before Mailbox 1.7 a compose item shows no recurrence, so Offramp cannot tell it is a series.
  "organizer-series-old-windows": { top: "call" },
  "organizer-call-books-room": { top: "shorter" },
  "organizer-lost-callback": { top: "call" },
  // Nothing in an invite can break the pane.
  "attendee-organizer-at-constructor": { top: "call", second: "shorter" },
  "attendee-no-organizer": { top: "call", second: "shorter" },
  "attendee-organizer-without-address": { top: "call", second: "shorter" },
  "attendee-user-address-missing": { top: "call", second: "shorter" },
  "attendee-bidi-names": { top: "delegate", second: "shorter" },
  "attendee-starts-ends-same-time": { problem: "same-start-end" },
  "organizer-all-hands-150": { top: "email", second: "shorter" },
  "attendee-settings-save-fails": { top: "call", second: "shorter" },
  // With Microsoft Graph: the advice is the same as without it.
  "graph-attendee-client-review": { top: "call", second: "shorter" },
  "graph-attendee-no-proposals": { top: "call", second: "shorter" },
  "graph-attendee-dragged-in": { top: "delegate" },
  "graph-organizer-weekly-occurrence": { top: "email", second: "shorter" },
  "graph-organizer-cancel-refused": { top: "email", second: "shorter" },
};

const APPOINTMENT_FIXTURES = Object.entries(EXPECTED)
  .filter(([, e]) => "top" in e)
  .map(([name]) => name);

/** The advice the pane opens with: the guessed answers and the saved settings. */
function firstAdvice(meeting: Meeting, settings: Settings): Advice {
  return adviseMeeting(meeting, guessAnswers(meeting, settings).answers, settings);
}

const ids = (advice: Advice) => advice.ranked.map((o) => o.id);
const top = (advice: Advice) => advice.ranked[0]!.id;
const outcome = (advice: Advice, id: OutcomeId): OutcomeAdvice => {
  const found = advice.ranked.find((o) => o.id === id);
  if (!found) throw new Error(`no outcome ${id}`);
  return found;
};
const reasonKeys = (o: OutcomeAdvice) => o.reasons.map((r) => r.key);

// ---------------------------------------------------------------------------

describe("the ranking for every sample fixture", () => {
  const files = [...fixtureFiles(SHARED_FIXTURES_DIR), ...fixtureFiles(PROJECT_FIXTURES_DIR)];

  test("both fixture folders hold fixtures", async () => {
    expect(fixtureFiles(SHARED_FIXTURES_DIR).length).toBeGreaterThan(0);
    expect(fixtureFiles(PROJECT_FIXTURES_DIR).length).toBeGreaterThan(0);
  });

  test.each(files.map((file) => [path.relative(path.resolve(__dirname, "../../.."), file), file]))("%s", async (_label, file) => {
    const f = fixtureAt(file);
    expect(`${f.name}.json`).toBe(path.basename(file));
    const expected = EXPECTED[f.name];
    if (!expected) throw new Error(`fixture ${f.name} has no expected advice: add it to EXPECTED in ${path.basename(__filename)}`);
    const result = await build(f);
    if ("problem" in expected) {
      // An Outlook below the minimum also hands over the build it reports, for its message.
      const reported = expected.problem === "host-too-old" ? { hostVersion: expect.any(String) } : {};
      expect(result).toEqual({ ok: false, problem: expected.problem, ...reported });
      return;
    }
    if (!result.ok) throw new Error(`fixture ${f.name} gives problem ${result.problem}`);
    const advice = firstAdvice(result.meeting, settingsOf(f));
    expect(top(advice)).toBe(expected.top);
    if (expected.second) expect(advice.ranked[1]?.id).toBe(expected.second);
    expect(advice.ranked[0]?.recommended).toBe(true);
  });

  test("the key client kickoff says why: the client is key", async () => {
    const f = fixtureCopy("attendee-key-client-kickoff");
    const keep = outcome(firstAdvice(await meetingOf(f), settingsOf(f)), "keep");
    // The client by the name people use, and the meeting's real length.
    expect(keep.reasons[0]).toEqual({ key: "reason.keep.key", values: { client: "Contoso", minutes: 60 } });
  });
});

// ---------------------------------------------------------------------------

describe("the rules flip the top outcome", () => {
  const ONSITE = "attendee-client-review-90min-onsite";
  const ROADMAP = "organizer-end-time-fails";
  const DRAGGED = "attendee-dragged-in-by-colleague";

  test("key client -> keep it, and name the client", async () => {
    const base = await tweaked(ONSITE, () => {});
    expect(top(firstAdvice(base.meeting, base.settings))).toBe("call");
    const { meeting, settings } = await tweaked(ONSITE, (f) => {
      f.roamingSettings.keyClientDomains = ["northwind.dk"];
    });
    const advice = firstAdvice(meeting, settings);
    expect(top(advice)).toBe("keep");
    expect(outcome(advice, "keep").reasons[0]).toEqual({ key: "reason.keep.key", values: { client: "Northwind", minutes: 90 } });
  });

  test.each(APPOINTMENT_FIXTURES.flatMap((name) => REASONS.filter((r) => r !== "emergency").map((reason) => [name, reason] as const)))(
    "%s, key client, reason %s -> keep",
    async (name, reason) => {
      const f = fixtureCopy(name);
      const advice = adviseMeeting(await meetingOf(f), { importance: "key", reason }, settingsOf(f));
      expect(top(advice)).toBe("keep");
    },
  );

  test.each(APPOINTMENT_FIXTURES.flatMap((name) => (["regular", "minor"] as const).map((importance) => [name, importance] as const)))(
    "%s, %s client, \"I'd just rather not\" -> keep, and say why",
    async (name, importance) => {
      const f = fixtureCopy(name);
      const advice = adviseMeeting(await meetingOf(f), { importance, reason: "dislike" }, settingsOf(f));
      expect(top(advice)).toBe("keep");
      expect(reasonKeys(outcome(advice, "keep"))).toContain("reason.keep.dislike");
    },
  );

  test.each(APPOINTMENT_FIXTURES)("%s, key client but ill or an emergency -> not keep", async (name) => {
    const f = fixtureCopy(name);
    const advice = adviseMeeting(await meetingOf(f), { importance: "key", reason: "emergency" }, settingsOf(f));
    expect(top(advice)).not.toBe("keep");
    const keep = outcome(advice, "keep");
    expect(keep.recommended).toBe(false);
    expect(keep.reasons[0]?.key).toBe("reason.keep.emergency");
    // Keep comes after every other way out that is available.
    const available = advice.ranked.filter((o) => o.available).map((o) => o.id);
    expect(available[available.length - 1]).toBe("keep");
  });

  test.each(APPOINTMENT_FIXTURES.flatMap((name) => IMPORTANCES.map((importance) => [name, importance] as const)))(
    "%s, %s client, ill or an emergency -> handing over (email, bow out) before a call or a shorter slot, keep last",
    async (name, importance) => {
      const f = fixtureCopy(name);
      const advice = adviseMeeting(await meetingOf(f), { importance, reason: "emergency" }, settingsOf(f));
      const available = advice.ranked.filter((o) => o.available).map((o) => o.id);
      const lastHandOver = Math.max(available.indexOf("email"), available.indexOf("delegate"));
      const firstNeedsYou = Math.min(...(["call", "shorter"] as const).map((id) => available.indexOf(id)).filter((i) => i >= 0), available.length);
      expect(lastHandOver).toBeLessThan(firstNeedsYou);
      expect(available[available.length - 1]).toBe("keep");
      // Under "keep", nothing reads as a reason to go: no "it costs little", no "worth the time".
      expect(reasonKeys(outcome(advice, "keep"))).toEqual(["reason.keep.emergency"]);
    },
  );

  test("the reason to keep a key client's meeting gives the meeting's real length", async () => {
    const f = fixtureCopy(ONSITE);
    f.roamingSettings.keyClientDomains = ["northwind.dk"];
    const advice = adviseMeeting(await meetingOf(f), { importance: "key", reason: "workload" }, settingsOf(f));
    const keep = outcome(advice, "keep");
    const tr = createTranslator("en", en, "Europe/Paris");
    expect(tr.ref(keep.reasons[0]!)).toBe("Northwind is a key client: 90 minutes with them is time well spent.");
  });

  test("emergency with a colleague who can cover -> bow out", async () => {
    const f = fixtureCopy(DRAGGED);
    const advice = adviseMeeting(await meetingOf(f), { importance: "key", reason: "emergency" }, settingsOf(f));
    expect(top(advice)).toBe("delegate");
  });

  test("moved online -> a call is not offered, with the reason; a shorter meeting takes the lead", async () => {
    const { meeting, settings } = await tweaked(ONSITE, (_f, item) => {
      item.location = "Microsoft Teams Meeting";
    });
    const advice = firstAdvice(meeting, settings);
    const call = outcome(advice, "call");
    expect(call.available).toBe(false);
    expect(call.unavailableReason).toEqual({ key: "unavailable.call.online" });
    expect(call.recommended).toBe(false);
    expect(top(advice)).toBe("shorter");
  });

  test("already a phone call -> a call is not offered, with the reason", async () => {
    const { meeting, settings } = await tweaked(ONSITE, (_f, item) => {
      item.location = "+45 20 30 40 50";
    });
    const call = outcome(firstAdvice(meeting, settings), "call");
    expect(call.available).toBe(false);
    expect(call.unavailableReason?.key).toBe("unavailable.call.phone");
  });

  test("in person at the client's office ranks a call above in person at our own office", async () => {
    const atClient = await tweaked(ONSITE, () => {});
    const atOurs = await tweaked(ONSITE, (_f, item) => {
      item.location = "Fabrikam HQ, room 4.12";
    });
    const clientCall = outcome(firstAdvice(atClient.meeting, atClient.settings), "call");
    const oursCall = outcome(firstAdvice(atOurs.meeting, atOurs.settings), "call");
    expect(clientCall.score).toBeGreaterThan(oursCall.score);
    expect(reasonKeys(clientCall)[0]).toBe("reason.call.clientPremises");
    expect(reasonKeys(oursCall)[0]).toBe("reason.call.inPerson");
  });

  test.each([15, 10])("%i minutes -> shorter is not offered, with the reason", async (minutes) => {
    const { meeting, settings } = await tweaked(ONSITE, (_f, item) => {
      item.end = plusMinutes(item.start as string, minutes);
    });
    const shorter = outcome(firstAdvice(meeting, settings), "shorter");
    expect(shorter.available).toBe(false);
    expect(shorter.unavailableReason).toEqual({ key: "unavailable.shorter.tooShort", values: { duration: minutes, shorter: 30 } });
  });

  test("15 minutes is too short even when the preferred length is shorter still; 20 minutes is not", async () => {
    const at = (minutes: number) =>
      tweaked(ONSITE, (f, item) => {
        item.end = plusMinutes(item.start as string, minutes);
        f.roamingSettings.shorterMinutes = 10;
      });
    const fifteen = await at(15);
    expect(outcome(firstAdvice(fifteen.meeting, fifteen.settings), "shorter").available).toBe(false);
    const twenty = await at(20);
    expect(outcome(firstAdvice(twenty.meeting, twenty.settings), "shorter").available).toBe(true);
  });

  test("no longer than the preferred length -> shorter is not offered", async () => {
    const { meeting, settings } = await tweaked(ONSITE, (_f, item) => {
      item.end = plusMinutes(item.start as string, 30);
    });
    const shorter = outcome(firstAdvice(meeting, settings), "shorter");
    expect(shorter.available).toBe(false);
    expect(shorter.unavailableReason?.key).toBe("unavailable.shorter.already");
  });

  test.each([
    [90, "shorter"],
    [60, "shorter"],
    [45, "call"],
  ] as const)("an in-house meeting of %i minutes -> %s first (long meetings get trimmed)", async (minutes, expected) => {
    const { meeting, settings } = await tweaked(ROADMAP, (_f, item) => {
      item.end = plusMinutes(item.start as string, minutes);
    });
    const advice = firstAdvice(meeting, settings);
    expect(top(advice)).toBe(expected);
    if (minutes >= 60) expect(reasonKeys(outcome(advice, "shorter"))).toContain("reason.shorter.long");
  });

  test("the user organizes it -> bow out is not offered, with the reason", async () => {
    const base = await tweaked(DRAGGED, () => {});
    expect(top(firstAdvice(base.meeting, base.settings))).toBe("delegate");
    const { meeting, settings } = await tweaked(DRAGGED, (f, item) => {
      f.mode = "compose";
      item.organizer = { displayName: "Alex Rivera", emailAddress: "alex.rivera@fabrikam.com" };
      item.requiredAttendees = [person("Sam Okafor", "sam.okafor@fabrikam.com"), person("Maja Holm", "maja.holm@northwind.dk")];
    });
    const advice = firstAdvice(meeting, settings);
    const delegate = outcome(advice, "delegate");
    expect(delegate.available).toBe(false);
    expect(delegate.unavailableReason).toEqual({ key: "unavailable.delegate.organizer" });
    expect(top(advice)).not.toBe("delegate");
  });

  /** The client organized it online; Sam (a colleague) is invited too. */
  function clientMeetingWithColleague(samResponse: string | null, minutes = 45) {
    return tweaked(DRAGGED, (_f, item) => {
      item.organizer = { displayName: "Maja Holm", emailAddress: "maja.holm@northwind.dk" };
      item.end = plusMinutes(item.start as string, minutes);
      item.requiredAttendees = [
        person("Maja Holm", "maja.holm@northwind.dk", "organizer"),
        ...(samResponse ? [person("Sam Okafor", "sam.okafor@fabrikam.com", samResponse)] : []),
        person("Alex Rivera", "alex.rivera@fabrikam.com", "none"),
      ];
    });
  }

  test("a colleague attends and the client is there -> bow out first; without the colleague it is not offered", async () => {
    const withSam = await clientMeetingWithColleague("accepted");
    const advice = firstAdvice(withSam.meeting, withSam.settings);
    expect(top(advice)).toBe("delegate");
    expect(outcome(advice, "delegate").reasons).toContainEqual({ key: "reason.delegate.attends", values: { name: "Sam Okafor" } });

    const alone = await clientMeetingWithColleague(null);
    const aloneAdvice = firstAdvice(alone.meeting, alone.settings);
    expect(outcome(aloneAdvice, "delegate").available).toBe(false);
    expect(outcome(aloneAdvice, "delegate").unavailableReason?.key).toBe("unavailable.delegate.noColleague");
    expect(top(aloneAdvice)).not.toBe("delegate");
  });

  test("a colleague attends a long client meeting -> bow out still among the top two", async () => {
    const { meeting, settings } = await clientMeetingWithColleague("accepted", 60);
    expect(ids(firstAdvice(meeting, settings)).slice(0, 2)).toContain("delegate");
  });

  test("a colleague who declined does not attend, so cannot speak for the user", async () => {
    const declined = await clientMeetingWithColleague("declined");
    const advice = firstAdvice(declined.meeting, declined.settings);
    expect(standIn(declined.meeting)).toBeNull();
    expect(outcome(advice, "delegate").available).toBe(false);
  });

  test("the stand-in is a colleague who accepted, before one who has not answered", async () => {
    const { meeting } = await tweaked(DRAGGED, (_f, item) => {
      item.organizer = { displayName: "Maja Holm", emailAddress: "maja.holm@northwind.dk" };
      item.requiredAttendees = [
        person("Maja Holm", "maja.holm@northwind.dk", "organizer"),
        person("Sam Okafor", "sam.okafor@fabrikam.com", "none"),
        person("Kim Berg", "kim.berg@fabrikam.com", "accepted"),
      ];
    });
    expect(standIn(meeting)?.email).toBe("kim.berg@fabrikam.com");
  });

  test("a colleague organized it but no client attends -> bow out is no longer first", async () => {
    const { meeting, settings } = await tweaked(DRAGGED, (_f, item) => {
      item.requiredAttendees = [person("Sam Okafor", "sam.okafor@fabrikam.com", "organizer"), person("Alex Rivera", "alex.rivera@fabrikam.com", "none")];
    });
    expect(meeting.externals).toEqual([]);
    const advice = firstAdvice(meeting, settings);
    expect(top(advice)).not.toBe("delegate");
    expect(reasonKeys(outcome(advice, "delegate"))).not.toContain("reason.delegate.client");
  });

  test.each([
    ["a weekly recurrence", (item: Record<string, unknown>) => (item.recurrence = { recurrenceType: "weekly", interval: 1 })],
    ["an occurrence of a series", (item: Record<string, unknown>) => (item.seriesId = "AAMkAGI2TG93AAA=")],
  ])("%s -> an email first", async (_label, makeRecurring) => {
    const base = await tweaked(ROADMAP, () => {});
    expect(top(firstAdvice(base.meeting, base.settings))).toBe("shorter");
    const { meeting, settings } = await tweaked(ROADMAP, (_f, item) => void makeRecurring(item));
    const advice = firstAdvice(meeting, settings);
    expect(top(advice)).toBe("email");
    expect(reasonKeys(outcome(advice, "email"))).toContain("reason.email.recurring");
  });

  test("a status meeting with few people is a good email", async () => {
    const { meeting, settings } = await tweaked(ROADMAP, (_f, item) => {
      item.subject = "Status update";
      item.requiredAttendees = [person("Maja Holm", "maja.holm@northwind.dk")];
      item.end = plusMinutes(item.start as string, 45);
      item.location = "Microsoft Teams Meeting";
    });
    const advice = firstAdvice(meeting, settings);
    expect(top(advice)).toBe("email");
    expect(reasonKeys(outcome(advice, "email"))).toEqual(expect.arrayContaining(["reason.email.status"]));
  });
});

// ---------------------------------------------------------------------------

/** Tweaked copies of the on-site review, next to the sample fixtures. */
const EXTRA_MEETINGS: Array<[string, (f: ReturnType<typeof fixtureCopy>, item: Record<string, unknown>) => void]> = [
  ["15 minutes", (_f, item) => void (item.end = plusMinutes(item.start as string, 15))],
  ["30 minutes", (_f, item) => void (item.end = plusMinutes(item.start as string, 30))],
  ["phone", (_f, item) => void (item.location = "Phone call")],
  ["no place", (_f, item) => void (item.location = "")],
  [
    "organizer",
    (f, item) => {
      f.mode = "compose";
      item.organizer = { displayName: "Alex Rivera", emailAddress: "alex.rivera@fabrikam.com" };
      item.requiredAttendees = [person("Maja Holm", "maja.holm@northwind.dk")];
    },
  ],
];
const MEETING_LABELS = [...APPOINTMENT_FIXTURES, ...EXTRA_MEETINGS.map(([label]) => `onsite, ${label}`)];

/** Every appointment fixture and tweaked meeting, read through the adapter as the pane reads it. */
async function allMeetings(): Promise<Map<string, { meeting: Meeting; settings: Settings }>> {
  const meetings = new Map<string, { meeting: Meeting; settings: Settings }>();
  for (const name of APPOINTMENT_FIXTURES) {
    const f = fixtureCopy(name);
    meetings.set(name, { meeting: await meetingOf(f), settings: settingsOf(f) });
  }
  for (const [label, change] of EXTRA_MEETINGS) {
    const t = await tweaked("attendee-client-review-90min-onsite", change);
    meetings.set(`onsite, ${label}`, { meeting: t.meeting, settings: t.settings });
  }
  return meetings;
}

/** Every meeting with every pair of answers. */
const SCENARIOS: Array<[string, string, Answers]> = MEETING_LABELS.flatMap((name) =>
  IMPORTANCES.flatMap((importance: Importance) => REASONS.map((reason: Reason) => [`${name} / ${importance} / ${reason}`, name, { importance, reason }] as [string, string, Answers])),
);

describe("every ranking, whatever the answers", () => {
  let meetings: Map<string, { meeting: Meeting; settings: Settings }>;
  beforeAll(async () => {
    meetings = await allMeetings();
  });
  const scenario = (name: string) => {
    const found = meetings.get(name);
    if (!found) throw new Error(`no meeting ${name}`);
    return found;
  };

  test.each(SCENARIOS)("%s: five outcomes, one recommended, the first, available; unavailable ones last with a reason", (_label, name, answers) => {
    const { meeting, settings } = scenario(name);
    const advice = adviseMeeting(meeting, answers, settings);
    expect([...ids(advice)].sort()).toEqual([...OUTCOMES].sort());
    expect(advice.ranked.filter((o) => o.recommended).map((o) => o.id)).toEqual([advice.ranked[0]!.id]);
    expect(advice.ranked[0]!.available).toBe(true);
    const firstUnavailable = advice.ranked.findIndex((o) => !o.available);
    if (firstUnavailable >= 0) expect(advice.ranked.slice(firstUnavailable).every((o) => !o.available)).toBe(true);
    for (const o of advice.ranked) {
      if (o.available) {
        expect(o.unavailableReason).toBeNull();
        expect(o.reasons.length).toBeGreaterThanOrEqual(1);
      } else {
        expect(o.unavailableReason).not.toBeNull();
      }
      expect(o.reasons.length).toBeLessThanOrEqual(2);
    }
    // Keep is always possible.
    expect(outcome(advice, "keep").available).toBe(true);
  });

  test("every reason and unavailable message exists in the English catalog and formats with its values", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const tr = createTranslator("en", en, "Europe/Paris", "en-US");
      const refs = new Map<string, MessageRef>();
      for (const [, name, answers] of SCENARIOS) {
        const { meeting, settings } = scenario(name);
        for (const o of adviseMeeting(meeting, answers, settings).ranked) {
          for (const ref of [...o.reasons, ...(o.unavailableReason ? [o.unavailableReason] : [])]) refs.set(JSON.stringify(ref), ref);
        }
      }
      expect(refs.size).toBeGreaterThan(15);
      let namedValuesChecked = 0;
      for (const ref of refs.values()) {
        expect(Object.keys(en)).toContain(ref.key);
        const text = tr.ref(ref);
        expect(text).not.toMatch(/[{}]/);
        expect(text.trim().length).toBeGreaterThan(10);
        // A name or client the message mentions shows up in the text.
        for (const [name, value] of Object.entries(ref.values ?? {})) {
          if (typeof value === "string" && en[ref.key as keyof typeof en].includes(`{${name}}`)) {
            expect(text).toContain(value);
            namedValuesChecked += 1;
          }
        }
      }
      // The check above is real only if some messages do name someone (a stand-in, a client).
      expect(namedValuesChecked).toBeGreaterThan(0);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  test("numbers in reasons read as the user expects", async () => {
    const tr = createTranslator("en", en, "Europe/Paris", "en-US");
    const f = fixtureCopy("attendee-client-review-90min-onsite");
    const shorter = outcome(firstAdvice(await meetingOf(f), settingsOf(f)), "shorter");
    const long = shorter.reasons.find((r) => r.key === "reason.shorter.long");
    expect(long).toBeDefined();
    const text = tr.ref(long!);
    expect(text).toContain("90 minutes");
    expect(text).toContain("30 minutes");
  });
});

// ---------------------------------------------------------------------------

describe("savings", () => {
  test("a shorter meeting saves its length minus the preferred length", async () => {
    const f = fixtureCopy("attendee-client-review-90min-onsite");
    const meeting = await meetingOf(f);
    const answers: Answers = { importance: "regular", reason: "workload" };
    expect(outcome(adviseMeeting(meeting, answers, { ...DEFAULT_SETTINGS, shorterMinutes: 30 }), "shorter").savings).toEqual({ minutes: 60, trip: false });
    expect(outcome(adviseMeeting(meeting, answers, { ...DEFAULT_SETTINGS, shorterMinutes: 45 }), "shorter").savings).toEqual({ minutes: 45, trip: false });
  });

  test("a call instead of meeting in person saves the trip (and no meeting minutes)", async () => {
    const f = fixtureCopy("attendee-client-review-90min-onsite");
    const advice = firstAdvice(await meetingOf(f), settingsOf(f));
    expect(outcome(advice, "call").savings).toEqual({ minutes: 0, trip: true });
  });

  test("bowing out saves the whole meeting and the trip; keeping it saves nothing", async () => {
    const f = fixtureCopy("attendee-client-review-90min-onsite");
    const advice = firstAdvice(await meetingOf(f), settingsOf(f));
    expect(outcome(advice, "delegate").savings).toEqual({ minutes: 90, trip: true });
    expect(outcome(advice, "keep").savings).toEqual({ minutes: 0, trip: false });
  });

  test("no trip to save when the meeting is online or has no place", async () => {
    const online = fixtureCopy("organizer-weekly-status-60min");
    const onlineAdvice = firstAdvice(await meetingOf(online), settingsOf(online));
    for (const o of onlineAdvice.ranked) expect(o.savings.trip).toBe(false);
    const { meeting, settings } = await tweaked("attendee-client-review-90min-onsite", (_f, item) => {
      item.location = "";
    });
    const call = outcome(firstAdvice(meeting, settings), "call");
    expect(call.available).toBe(true);
    expect(call.savings.trip).toBe(false);
  });

  test("an email saves most of the meeting", async () => {
    const f = fixtureCopy("organizer-weekly-status-60min");
    const email = outcome(firstAdvice(await meetingOf(f), settingsOf(f)), "email");
    expect(email.savings.minutes).toBeGreaterThan(0);
    expect(email.savings.minutes).toBeLessThan(60);
  });
});

// ---------------------------------------------------------------------------

describe("guessAnswers", () => {
  const ONSITE = "attendee-client-review-90min-onsite";
  const withClientAddress = (address: string, keyDomains: string[]) =>
    tweaked(ONSITE, (f, item) => {
      f.roamingSettings.keyClientDomains = keyDomains;
      item.organizer = { displayName: "Maja Holm", emailAddress: address };
      item.requiredAttendees = [person("Maja Holm", address, "organizer"), person("Alex Rivera", "alex.rivera@fabrikam.com", "none")];
    });

  test("a client on the key list is pre-selected as key, and the domain is said", async () => {
    const { meeting, settings } = await withClientAddress("maja.holm@northwind.dk", ["contoso.com", "northwind.dk"]);
    expect(guessAnswers(meeting, settings)).toEqual({ answers: { importance: "key", reason: "workload" }, keyClientDomain: "northwind.dk", keyClientName: "Northwind" });
  });

  test("a subdomain of a key client is the key client", async () => {
    const { meeting, settings } = await withClientAddress("maja.holm@nordic.northwind.dk", ["northwind.dk"]);
    const guess = guessAnswers(meeting, settings);
    expect(guess.answers.importance).toBe("key");
    expect(guess.keyClientDomain).toBe("nordic.northwind.dk");
  });

  test("a look-alike domain is not the key client", async () => {
    const { meeting, settings } = await withClientAddress("maja.holm@notnorthwind.dk", ["northwind.dk"]);
    expect(guessAnswers(meeting, settings)).toEqual({ answers: { importance: "regular", reason: "workload" }, keyClientDomain: null, keyClientName: null });
  });

  test("the key client may be any of the organisations invited", async () => {
    const { meeting, settings } = await tweaked(ONSITE, (f, item) => {
      f.roamingSettings.keyClientDomains = ["contoso.com"];
      (item.requiredAttendees as unknown[]).push(person("Lena Vogt", "lena.vogt@contoso.com"));
    });
    expect(guessAnswers(meeting, settings).keyClientDomain).toBe("contoso.com");
  });

  test("the user's own company on the key list does not make an internal colleague a key client", async () => {
    const { meeting, settings } = await tweaked(ONSITE, (f) => {
      f.roamingSettings.keyClientDomains = ["fabrikam.com"];
    });
    expect(guessAnswers(meeting, settings).answers.importance).toBe("regular");
  });

  test("a series is repetitive; a one-off is not, even a check-in", async () => {
    const weekly = fixtureCopy("organizer-weekly-status-60min");
    expect(guessAnswers(await meetingOf(weekly), settingsOf(weekly)).answers.reason).toBe("repetitive");
    const series = await tweaked(ONSITE, (_f, item) => void (item.seriesId = "AAMkAGI2TG93AAA="));
    expect(guessAnswers(series.meeting, series.settings).answers.reason).toBe("repetitive");
    const checkIn = fixtureCopy("attendee-dragged-in-by-colleague");
    expect(guessAnswers(await meetingOf(checkIn), settingsOf(checkIn)).answers.reason).toBe("workload");
  });

  test("keep names the key client, not just the first organisation invited", async () => {
    // Northwind is invited first, Contoso (the key client) second.
    const { meeting, settings } = await tweaked(ONSITE, (f, item) => {
      f.roamingSettings.keyClientDomains = ["contoso.com"];
      (item.requiredAttendees as unknown[]).push(person("Lena Vogt", "lena.vogt@contoso.com"));
    });
    const advice = firstAdvice(meeting, settings);
    expect(top(advice)).toBe("keep");
    expect(outcome(advice, "keep").reasons[0]).toEqual({ key: "reason.keep.key", values: { client: "Contoso", minutes: 90 } });
  });
});

