// The leak detector the language tests rely on must itself catch a leak: if it
// found nothing in plain English, every "no English here" test would pass.
import en from "../../src/core/i18n/catalogs/en";
import it from "../../src/core/i18n/catalogs/it";
import { leakedEnglish } from "../support/englishWords";

test("English template text in an Italian draft is reported", () => {
  const leaked = leakedEnglish(`Ciao Maja,\n${en["advice.heading"]}`, "", it);
  expect(leaked.length).toBeGreaterThan(0);
  expect(leaked.every((word) => en["advice.heading"].toLowerCase().includes(word))).toBe(true);
});

test("Italian text, the event's own words and product names are not", () => {
  expect(leakedEnglish(`${it["advice.heading"]} Quarterly review Outlook`, "Quarterly review", it)).toEqual([]);
});
