// Mechanical checks over every draft, in every language, for every sample meeting
// and both tones: what a careful reader would otherwise catch one draft at a time.
// - no abbreviated units in a letter ("30 min", "1 t.", "1 Std."): those belong in the pane
// - no two sentences of one draft opening with the same words
// - no English template words in a draft in another language
// - subjects within Outlook's 255 characters
// - the title quoted in the language's own marks, and no other language's marks
import { buildDraft } from "../../src/core/drafts";
import { fitDraft } from "../../src/core/limits";
import { createTranslator, loadCatalog, SUPPORTED_LANGUAGES, type Catalog, type LanguageTag, type Translator } from "../../src/core/i18n";
import { adviseMeeting, guessAnswers } from "../../src/core/advice";
import type { Meeting, OutcomeId, Settings, Tone } from "../../src/core/types";
import { build, fixtureCopy } from "../core/helpers";
import { PROJECT_FIXTURES_DIR, SHARED_FIXTURES_DIR, fixtureNames } from "../support/fixtures";
import { settingsOf } from "../core/helpers";
import { leakedEnglish } from "../support/englishWords";

const OUTCOMES: OutcomeId[] = ["call", "shorter", "email", "delegate"];
const TONES: Tone[] = ["friendly", "formal"];
/** Every sample meeting, read the way the pane reads it (simulated host + adapter), in beforeAll. */
const MEETINGS: Array<{ name: string; meeting: Meeting; settings: Settings; eventText: string }> = [];
const catalogs = new Map<LanguageTag, Catalog>();
beforeAll(async () => {
  for (const language of SUPPORTED_LANGUAGES) catalogs.set(language, await loadCatalog(language));
  for (const name of [...fixtureNames(SHARED_FIXTURES_DIR), ...fixtureNames(PROJECT_FIXTURES_DIR)].sort()) {
    const fixture = fixtureCopy(name);
    const result = await build(fixture);
    if (result.ok) MEETINGS.push({ name, meeting: result.meeting, settings: settingsOf(fixture), eventText: JSON.stringify([fixture.item, fixture.roamingSettings, fixture.user]) });
  }
});

interface Written {
  outcome: OutcomeId;
  tone: Tone;
  subject: string;
  body: string;
}

/** Every draft the pane offers for this meeting, in both tones. */
function draftsOf(meeting: Meeting, settings: Settings, tr: Translator): Written[] {
  const advice = adviseMeeting(meeting, guessAnswers(meeting, settings).answers, settings);
  const offered = OUTCOMES.filter((o) => advice.ranked.some((a) => a.id === o && a.available));
  return offered.flatMap((outcome) =>
    TONES.map((tone) => {
      // As the pane builds it: fitted to Outlook's limits (the title shortened, never the sentence).
      const { draft } = fitDraft((m) => buildDraft(outcome, m, settings, tr, { tone }), meeting);
      return { outcome, tone, subject: draft.subject, body: draft.body };
    }),
  );
}

/** What the event itself put in the text (its title, agenda, people, call details): not the catalog's to answer for. */
function withoutEventText(text: string, meeting: Meeting, settings: Settings): string {
  const names = [...meeting.attendees.map((p) => p.name), meeting.user.name];
  const event = [meeting.subject, ...meeting.agenda, ...names, ...names.flatMap((n) => n.split(/[\s,]+/)), settings.callDetails].filter(Boolean);
  return event.sort((a, b) => b.length - a.length).reduce((t, piece) => t.split(piece).join(" "), text);
}

/** The pane's short unit forms that a letter must not use ("min", "t.", "Std."): short forms that differ from the spelled-out ones. */
function abbreviations(locale: string): string[] {
  const unitText = (unit: "hour" | "minute", display: "short" | "long") =>
    new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: display }).format(2).replace(/[\d\s\u00a0\u202f]/g, "");
  return (["hour", "minute"] as const).map((u) => unitText(u, "short")).filter((short, i) => short !== unitText((["hour", "minute"] as const)[i]!, "long"));
}

const QUOTE_MARKS = /[“”„«»‹›"‚]/gu;

describe.each(SUPPORTED_LANGUAGES)("drafts in %s", (language) => {
  const each = (check: (w: Written, meeting: Meeting, settings: Settings, tr: Translator, eventText: string) => void) => {
    expect(MEETINGS.length).toBeGreaterThan(10);
    for (const { meeting, settings, eventText } of MEETINGS) {
      const tr = createTranslator(language, catalogs.get(language)!, meeting.timeZone);
      for (const written of draftsOf(meeting, settings, tr)) check(written, meeting, settings, tr, eventText);
    }
  };

  test("spell out lengths: no abbreviated units in a letter", () => {
    const found: string[] = [];
    each((w, meeting, settings, tr) => {
      // Times of day are not lengths ("9 h 30" is how French writes half past nine).
      const text = withoutEventText(w.body, meeting, settings)
        .split(tr.prose.slot(meeting.start, meeting.end))
        .join(" ")
        .split(tr.prose.slot(meeting.start, new Date(meeting.start.getTime() + settings.shorterMinutes * 60_000)))
        .join(" ");
      for (const abbr of abbreviations(tr.locale)) {
        const pattern = new RegExp(`\\d[\\s\\u00a0\\u202f]*${abbr.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u");
        if (pattern.test(text)) found.push(`${w.outcome}/${w.tone}: "${abbr}"`);
      }
    });
    expect(found).toEqual([]);
  });

  test("no two sentences of a draft open with the same two words", () => {
    const repeats: string[] = [];
    each((w, meeting, settings) => {
      const prose = withoutEventText(w.body, meeting, settings)
        .split("\n")
        .filter((line) => !/^\s*- /.test(line))
        .join(" ");
      const openings = prose
        .split(/(?<=[.!?])\s+/u)
        .map((s) => s.trim().toLocaleLowerCase().split(/\s+/).slice(0, 2).join(" "))
        .filter((o) => o.split(" ").length === 2);
      const seen = new Set<string>();
      for (const o of openings) {
        if (seen.has(o)) repeats.push(`${w.outcome}/${w.tone}: "${o}"`);
        seen.add(o);
      }
    });
    expect(repeats).toEqual([]);
  });

  test("subjects fit Outlook's 255 characters", () => {
    const long: string[] = [];
    each((w) => {
      if (w.subject.length > 255) long.push(`${w.outcome}/${w.tone}: ${w.subject.length}`);
    });
    expect(long).toEqual([]);
  });

  test("the title sits in the language's own quotation marks, and no other marks appear", () => {
    const own = new Set(catalogs.get(language)!["format.quoted"].replace("{text}", "").replace(/[\s\u00a0\u202f]/g, ""));
    const problems: string[] = [];
    each((w, meeting, settings) => {
      const quotedTitle = catalogs.get(language)!["format.quoted"].replace("{text}", meeting.subject);
      if (meeting.subject && w.outcome !== "call" && w.body && !meeting.role.startsWith("organizer") && !w.body.includes(quotedTitle)) {
        problems.push(`${w.outcome}/${w.tone}: the title is not quoted as ${quotedTitle}`);
      }
      const marks = withoutEventText(`${w.subject}\n${w.body}`, meeting, settings).match(QUOTE_MARKS) ?? [];
      for (const mark of marks) if (!own.has(mark)) problems.push(`${w.outcome}/${w.tone}: ${mark}`);
    });
    expect(problems).toEqual([]);
  });

  if (language !== "en") {
    test("no English template words", () => {
      const leaks: string[] = [];
      each((w, _meeting, _settings, _tr, eventText) => {
        for (const word of leakedEnglish(`${w.subject}\n${w.body}`, eventText, catalogs.get(language)!, language)) leaks.push(`${w.outcome}/${w.tone}: ${word}`);
      });
      expect(leaks).toEqual([]);
    });
  }
});
