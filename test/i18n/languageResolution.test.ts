// Which catalog the pane speaks, from Outlook's display language, and which
// locale dates are written in.
import { createTranslator, formattingLocale, languageName, loadCatalog, resolveLanguage } from "../../src/core/i18n";

test.each([
  ["it-IT", "it"],
  ["it-CH", "it"],
  ["da", "da"],
  ["da-DK", "da"],
  ["en-GB", "en"],
  ["de-AT", "de"],
  ["fr-CA", "fr"],
  ["pt-BR", "pt-BR"],
  ["pt-PT", "pt-BR"],
  ["nb-NO", "nb"],
  ["no", "nb"],
  ["nn-NO", "nb"],
  ["sv-FI", "sv"],
  ["es-MX", "es"],
  ["nl-BE", "nl"],
  ["ja-JP", "en"],
  ["xx", "en"],
  ["", "en"],
  [null, "en"],
  ["it_IT", "it"],
  ["DA-dk", "da"],
])("display language %p speaks %p", (tag, expected) => {
  expect(resolveLanguage(tag)).toBe(expected);
});

test("dates keep the user's regional variant of the language", () => {
  expect(formattingLocale("en", "en-GB")).toBe("en-GB");
  expect(formattingLocale("it", "it-CH")).toBe("it-CH");
  // A Japanese Outlook gets English text, so English dates rather than a mix.
  expect(formattingLocale("en", "ja-JP")).toBe("en");
});

test("a British user reads day-month dates and 24-hour times in English", async () => {
  const tr = createTranslator("en", await loadCatalog("en"), "Europe/London", "en-GB");
  const start = new Date("2026-11-24T09:00:00Z");
  expect(tr.date(start)).toBe(new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "Europe/London" }).format(start));
  expect(tr.time(start)).toBe(new Intl.DateTimeFormat("en-GB", { hour: "numeric", minute: "2-digit", timeZone: "Europe/London" }).format(start));
  expect(tr.time(start)).not.toMatch(/AM|PM/i);
});

test("the pane's short durations and lists as each first-class language writes them", async () => {
  const en = createTranslator("en", await loadCatalog("en"), "Europe/Rome");
  const it = createTranslator("it", await loadCatalog("it"), "Europe/Rome");
  const da = createTranslator("da", await loadCatalog("da"), "Europe/Copenhagen");
  // Side by side, with no conjunction: "Sparer 1 t. 30 min. og turen" has a single "og".
  expect(en.duration(90)).toBe("1 hr 30 min");
  expect(da.duration(90)).toBe("1 t. 30 min.");
  expect(da.t("advice.saves.minutesAndTrip", { duration: da.duration(80) })).toBe("Sparer 1 t. 20 min. og turen");
  expect(it.list(["Maja", "Jonas", "Sam"])).toBe("Maja, Jonas e Sam");
  expect(da.list(["Maja", "Jonas", "Sam"])).toBe("Maja, Jonas og Sam");
  expect(en.duration(45)).toBe("45 min");
});

test("language names are written in the pane's language: in a sentence and as a menu item", async () => {
  expect(languageName("it")).toBe("Italiano");
  expect(languageName("da")).toBe("Dansk");
  const fr = createTranslator("fr", await loadCatalog("fr"), "Europe/Paris");
  expect(fr.t("draft.editsKept", { language: fr.languageName("da") })).toContain("réécrit en danois");
  expect(fr.languageName("da", true)).toBe("Danois");
  const it = createTranslator("it", await loadCatalog("it"), "Europe/Rome");
  expect(it.languageName("de", true)).toBe("Tedesco");
});

test("naming every language again, as the draft panel does on each render, builds no new DisplayNames", () => {
  const Real = Intl.DisplayNames;
  let built = 0;
  const Counting = class extends Real {
    constructor(...args: ConstructorParameters<typeof Real>) {
      super(...args);
      built += 1;
    }
  };
  const intl = Intl as { DisplayNames: typeof Real };
  intl.DisplayNames = Counting as typeof Real;
  try {
    const names = () => ["it", "da", "de", "fr"].map((l) => languageName(l as "it", "nl"));
    const first = names();
    const again = names();
    expect(again).toEqual(first);
    expect(first[0]).toBe("Italiaans");
    expect(built).toBeLessThanOrEqual(1);
    // A locale ICU refuses still gives the tag back, and is not cached as a success.
    expect(languageName("da", "not a locale!")).toBe("da");
  } finally {
    intl.DisplayNames = Real;
  }
});

test("plural forms: never “1 minutes”", async () => {
  const it = createTranslator("it", await loadCatalog("it"), "Europe/Rome");
  const da = createTranslator("da", await loadCatalog("da"), "Europe/Copenhagen");
  const en = createTranslator("en", await loadCatalog("en"), "Europe/Rome");
  expect(en.t("summary.people", { count: 1 })).toBe("1 other person");
  expect(en.t("summary.people", { count: 3 })).toBe("3 other people");
  expect(it.t("draft.minutesOption", { minutes: 1 })).toBe("1 minuto");
  expect(it.t("draft.minutesOption", { minutes: 30 })).toBe("30 minuti");
  expect(da.t("draft.minutesOption", { minutes: 1 })).not.toBe(da.t("draft.minutesOption", { minutes: 30 }).replace("30", "1"));
});
