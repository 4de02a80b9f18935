// Italian, Spanish and Portuguese put an article before a time that depends on the hour:
// "all’1:30" but "alle 13:30", "a la 1:30" but "a las 13:30", "à 1h30" but "às 13h30".
// The pane's own sentences about a new end get the hour beside the time for that.
import { createTranslator, loadCatalog, type LanguageTag } from "../../src/core/i18n";

const ZONE = "Europe/Rome";
// 01:30 and 02:00 on a night in Rome (UTC+1 in November); 13:30 and 14:00 the next afternoon.
const night = { from: new Date("2026-11-25T01:00:00Z"), to: new Date("2026-11-25T00:30:00Z") };
const day = { from: new Date("2026-11-25T13:00:00Z"), to: new Date("2026-11-25T12:30:00Z") };

async function endChanged(language: LanguageTag, change: { from: Date; to: Date }): Promise<string> {
  const tr = createTranslator(language, await loadCatalog(language), ZONE);
  // As the draft panel says it after a change.
  return tr.t("result.change.end", { from: tr.time(change.from), fromHour: tr.hour(change.from), to: tr.time(change.to), toHour: tr.hour(change.to) });
}

test("the hour is read in the event's time zone", () => {
  const tr = createTranslator("en", {} as never, ZONE);
  expect(tr.hour(night.to)).toBe(1);
  expect(tr.hour(day.to)).toBe(13);
  expect(tr.hour(new Date("2026-11-24T23:00:00Z"))).toBe(0);
});

test.each([
  ["it", "Ora la riunione finisce all’1:30 anziché alle 2:00.", "Ora la riunione finisce alle 13:30 anziché alle 14:00."],
  ["es", "Ahora la reunión termina a la 1:30 en lugar de a las 2:00.", "Ahora la reunión termina a las 13:30 en lugar de a las 14:00."],
  ["pt-BR", "A reunião agora termina à 1:30 em vez das 2:00.", "A reunião agora termina às 13:30 em vez das 14:00."],
] as const)("%s: one o'clock takes the singular article, other hours the plural", async (language, atNight, inTheDay) => {
  expect(await endChanged(language, night)).toBe(atNight);
  expect(await endChanged(language, day)).toBe(inTheDay);
});

test("English, which has no such article, reads the same", async () => {
  expect(await endChanged("en", night)).toMatch(/^The meeting now ends at 1:30\sAM instead of 2:00\sAM\.$/);
});
