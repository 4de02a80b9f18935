import { buildDraft } from "../../src/core/drafts";
import { createTranslator, loadCatalog } from "../../src/core/i18n";
import { fixtureCopy, meetingOf, settingsOf } from "./helpers";

// The meeting's title stands in running text as a title, in the draft language's own quotation marks.
test.each([
  ["en", "attendee-client-review-90min-onsite", "“Quarterly account review”"],
  ["it", "attendee-client-review-it", "«Revisione trimestrale dell'account»"],
  ["da", "attendee-client-review-90min-onsite", "»Quarterly account review«"],
] as const)("%s drafts quote the meeting's title", async (language, name, quoted) => {
  const f = fixtureCopy(name);
  const meeting = await meetingOf(f);
  const tr = createTranslator(language, await loadCatalog(language), meeting.timeZone);
  for (const outcome of ["call", "shorter", "email"] as const) expect(buildDraft(outcome, meeting, settingsOf(f), tr, { tone: "friendly" }).body).toContain(quoted);
});

test("without a subject the draft says “our meeting” in plain words", async () => {
  const f = fixtureCopy("attendee-client-review-90min-onsite");
  (f.item as Record<string, unknown>).subject = "";
  const meeting = await meetingOf(f);
  const tr = createTranslator("en", await loadCatalog("en"), meeting.timeZone);
  const body = buildDraft("call", meeting, settingsOf(f), tr, { tone: "friendly" }).body;
  expect(body).toContain("Thanks for the invitation to our meeting on");
  expect(body).not.toContain("“");
});
