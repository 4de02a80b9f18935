// What the first screen knows before the draft panel arrives must be what the drafts do:
// for every sample event and way out, a reply exactly where repliesToOrganizer says, and
// blocked exactly where organizerUnreachable says (the panel then opens its text to copy).
import { buildDraft } from "../../src/core/drafts";
import { fitDraft } from "../../src/core/limits";
import { createTranslator } from "../../src/core/i18n";
import en from "../../src/core/i18n/catalogs/en";
import { organizerUnreachable, repliesToOrganizer } from "../../src/core/replies";
import type { OutcomeId } from "../../src/core/types";
import { build, fixtureAt, fixtureFiles, settingsOf } from "./helpers";
import { PROJECT_FIXTURES_DIR, SHARED_FIXTURES_DIR } from "../support/fixtures";

const OUTCOMES: OutcomeId[] = ["call", "shorter", "email", "delegate", "keep"];

const files = [...fixtureFiles(SHARED_FIXTURES_DIR), ...fixtureFiles(PROJECT_FIXTURES_DIR)];

test.each(files.map((file) => [file.split("/").slice(-2).join("/"), file]))("%s: reply and blocked as the drafts have them", async (_, file) => {
  const fixture = fixtureAt(file);
  const result = await build(fixture);
  if (!result.ok) return;
  const meeting = result.meeting;
  const tr = createTranslator("en", en, meeting.timeZone, "en-US");
  for (const outcome of OUTCOMES) {
    const fitted = fitDraft((m) => buildDraft(outcome, m, settingsOf(fixture), tr, { tone: "friendly" }), meeting);
    expect({ outcome, reply: fitted.draft.plan.kind === "reply" }).toEqual({ outcome, reply: repliesToOrganizer(outcome, meeting.role) });
    expect({ outcome, blocked: fitted.blocked }).toEqual({ outcome, blocked: repliesToOrganizer(outcome, meeting.role) ? organizerUnreachable(meeting) : null });
  }
});

test("the sample events include both kinds of unreachable organizer, so the check above covers them", async () => {
  const reasons = new Set<string>();
  for (const file of files) {
    const result = await build(fixtureAt(file));
    const why = result.ok ? organizerUnreachable(result.meeting) : null;
    if (why) reasons.add(why.key);
  }
  expect([...reasons].sort()).toEqual(["draft.blocked.noOrganizer", "draft.blocked.organizerNoAddress"]);
});
