// Each way out, drafted in each first-class language, for the Italian and the
// Danish sample: dates, times and durations exactly as Intl writes them for
// that locale in the user's zone, the tone really changing the text, and no
// English template text left in an Italian or Danish draft.
import { buildDraft } from "../../src/core/drafts";
import { createTranslator, loadCatalog, type Catalog, type LanguageTag } from "../../src/core/i18n";
import type { Meeting, OutcomeId, Tone } from "../../src/core/types";
import { fixtureCopy, meetingOf, settingsOf } from "../core/helpers";
import { leakedEnglish } from "../support/englishWords";

const FIRST_CLASS: LanguageTag[] = ["en", "it", "da"];
const LOCALE: Record<string, string> = { en: "en", it: "it", da: "da" };
const OUTCOMES: OutcomeId[] = ["call", "shorter", "email", "delegate"];
const catalogs = new Map<LanguageTag, Catalog>();

beforeAll(async () => {
  for (const language of FIRST_CLASS) catalogs.set(language, await loadCatalog(language));
});

describe.each(["attendee-client-review-it", "organizer-weekly-status-da"])("%s", (name) => {
  const fixture = fixtureCopy(name);
  const settings = settingsOf(fixture);
  const eventText = JSON.stringify(fixture.item);
  let meeting: Meeting;
  // The ways out the pane offers this role: an organizer has nobody to bow out to.
  let offered: OutcomeId[];
  beforeAll(async () => {
    meeting = await meetingOf(fixture);
    offered = OUTCOMES.filter((o) => !(meeting.role === "organizer" && o === "delegate"));
  });

  test.each(FIRST_CLASS)("drafts in %s carry the date, time and length as a letter writes them there", (language) => {
    const tr = createTranslator(language, catalogs.get(language)!, meeting.timeZone);
    for (const outcome of offered) {
      const draft = buildDraft(outcome, meeting, settings, tr, { tone: "friendly" });
      expect(draft.locale).toBe(LOCALE[language]);
      if (outcome === "shorter") {
        const newEnd = new Date(meeting.start.getTime() + settings.shorterMinutes * 60_000);
        expect(draft.body).toContain(tr.prose.slot(meeting.start, newEnd));
        expect(draft.body).toContain(tr.prose.duration(settings.shorterMinutes));
      } else if (!(meeting.role === "organizer" && outcome === "call")) {
        // The organizer's call note sits in the event itself and needs no date.
        expect(draft.body).toContain(tr.prose.slot(meeting.start, meeting.end));
      }
      // The pane may write "09:00" or "1 t. 30 min."; a letter does not.
      expect(draft.body).not.toMatch(/\b0\d[:.]\d\d\b/);
      expect(draft.body).not.toContain(tr.duration(meeting.durationMinutes));
    }
  });

  test.each(["it", "da"] as LanguageTag[])("drafts in %s hold no English template words, in either tone", (language) => {
    const tr = createTranslator(language, catalogs.get(language)!, meeting.timeZone);
    for (const tone of ["friendly", "formal"] as Tone[]) {
      for (const outcome of OUTCOMES) {
        const draft = buildDraft(outcome, meeting, settings, tr, { tone });
        const leaked = leakedEnglish(`${draft.subject}\n${draft.body}`, eventText, catalogs.get(language)!, language);
        expect({ outcome, tone, leaked }).toEqual({ outcome, tone, leaked: [] });
      }
    }
  });

  test.each(["it", "da"] as LanguageTag[])("the tone changes the %s text", (language) => {
    const tr = createTranslator(language, catalogs.get(language)!, meeting.timeZone);
    for (const outcome of offered) {
      const friendly = buildDraft(outcome, meeting, settings, tr, { tone: "friendly" }).body;
      const formal = buildDraft(outcome, meeting, settings, tr, { tone: "formal" }).body;
      expect(formal).not.toBe(friendly);
    }
  });
});

test("Italian formal drafts address the reader as Lei, friendly ones as tu", async () => {
  const fixture = fixtureCopy("attendee-client-review-it");
  const meeting = await meetingOf(fixture);
  const tr = createTranslator("it", catalogs.get("it")!, meeting.timeZone);
  const formal = buildDraft("call", meeting, settingsOf(fixture), tr, { tone: "formal" }).body;
  const friendly = buildDraft("call", meeting, settingsOf(fixture), tr, { tone: "friendly" }).body;
  expect(formal).toMatch(/\b(Gentile|Egregio|Egregia)\b/);
  expect(formal).toMatch(/\b(Lei|La|Le|Sua|Suo)\b/);
  expect(friendly).toMatch(/\bCiao\b/);
  expect(friendly).not.toMatch(/\b(Lei|Sua|Suo)\b/);
});

test("Danish drafts greet and sign off formally or warmly", async () => {
  const fixture = fixtureCopy("organizer-weekly-status-da");
  const meeting = await meetingOf(fixture);
  const tr = createTranslator("da", catalogs.get("da")!, meeting.timeZone);
  const formal = buildDraft("email", meeting, settingsOf(fixture), tr, { tone: "formal" }).body;
  const friendly = buildDraft("email", meeting, settingsOf(fixture), tr, { tone: "friendly" }).body;
  expect(formal).toMatch(/Med venlig hilsen/);
  expect(friendly).toMatch(/^Hej\b/);
});
