// Every draft Offramp writes for a sample meeting, in one language and both tones,
// as one plain text a reviewer reads from top to bottom (the golden files) and the
// mechanical checks walk through.
import { buildDraft, type Draft } from "../../src/core/drafts";
import { createTranslator, loadCatalog, type LanguageTag } from "../../src/core/i18n";
import type { OutcomeId, Tone } from "../../src/core/types";
import { adviseMeeting, guessAnswers } from "../../src/core/advice";
import { fixtureCopy, meetingWithSnapshotOf, settingsOf } from "../core/helpers";

export const DRAFTED_OUTCOMES: readonly OutcomeId[] = ["call", "shorter", "email", "delegate"];
export const TONES: readonly Tone[] = ["friendly", "formal"];

export interface SampleDraft {
  outcome: OutcomeId;
  tone: Tone;
  draft: Draft;
}

/** The drafts the pane offers for this sample (only ways out that fit it), both tones. */
export async function sampleDrafts(fixtureName: string, language: LanguageTag): Promise<SampleDraft[]> {
  const fixture = fixtureCopy(fixtureName);
  // Read as the pane reads it: the meeting, and what a change of length reaches there.
  const { meeting, snapshot } = await meetingWithSnapshotOf(fixture);
  const lengthScope = snapshot.capabilities.changeLength;
  const settings = settingsOf(fixture);
  const tr = createTranslator(language, await loadCatalog(language), meeting.timeZone);
  const advice = adviseMeeting(meeting, guessAnswers(meeting, settings).answers, settings);
  const offered = DRAFTED_OUTCOMES.filter((o) => advice.ranked.some((a) => a.id === o && a.available));
  return offered.flatMap((outcome) => TONES.map((tone) => ({ outcome, tone, draft: buildDraft(outcome, meeting, settings, tr, { tone, lengthScope }) })));
}

/** The golden text: each draft under a heading, subject first, exactly as the user would see it. */
export function goldenText(fixtureName: string, language: LanguageTag, drafts: SampleDraft[]): string {
  const sections = drafts.map(({ outcome, tone, draft }) =>
    [`=== ${outcome} · ${tone} · ${draft.plan.kind} ===`, `Subject: ${draft.subject}`, "", draft.body].join("\n"),
  );
  return `# ${fixtureName} in ${language}\n\n${sections.join("\n\n")}\n`;
}
