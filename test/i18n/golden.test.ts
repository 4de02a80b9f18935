// Golden drafts: every draft for the Italian sample in Italian, the Danish sample
// in Danish and an English sample in English, both tones, compared in full with
// the reviewed text under test/golden/. A change to a draft is a change to a
// golden file, read in review. After a deliberate change:
//   UPDATE_GOLDEN=1 npx jest test/i18n/golden.test.ts   (then read the diff)
import * as fs from "fs";
import * as path from "path";
import type { LanguageTag } from "../../src/core/i18n";
import { goldenText, sampleDrafts } from "../support/draftSamples";

const GOLDEN_DIR = path.resolve(__dirname, "../golden");
const SAMPLES: Array<[fixture: string, language: LanguageTag]> = [
  ["attendee-client-review-it", "it"],
  ["organizer-weekly-status-da", "da"],
  ["attendee-dragged-in-by-colleague", "en"],
];

test.each(SAMPLES)("%s in %s reads exactly as reviewed", async (fixture, language) => {
  const file = path.join(GOLDEN_DIR, `${fixture}.${language}.txt`);
  const text = goldenText(fixture, language, await sampleDrafts(fixture, language));
  if (process.env.UPDATE_GOLDEN === "1") fs.writeFileSync(file, text);
  expect(fs.existsSync(file)).toBe(true);
  expect(text).toBe(fs.readFileSync(file, "utf8"));
});
