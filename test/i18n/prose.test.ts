// Dates, times and lengths as a letter writes them in each language: the exact
// strings a native reader expects, not whatever the pane's short forms happen to be.
import { createTranslator, loadCatalog, SUPPORTED_LANGUAGES, type LanguageTag } from "../../src/core/i18n";
import { createProseFormatter } from "../../src/core/i18n/prose";

const ZONE = "Europe/Rome";
// Tuesday 24 November 2026, 9:00–10:30 in Rome.
const start = new Date("2026-11-24T08:00:00Z");
const end = new Date("2026-11-24T09:30:00Z");
const prose = (language: LanguageTag) => createProseFormatter(language, language, ZONE);

test.each([
  ["it", "martedì 24 novembre, dalle 9:00 alle 10:30"],
  ["da", "tirsdag den 24. november kl. 9.00–10.30"],
  ["fr", "mardi 24 novembre, de 9\u00a0h à 10\u00a0h\u00a030"],
  ["es", "martes 24 de noviembre, de las 9:00 a las 10:30"],
  ["de", "Dienstag, 24. November, von 9:00 bis 10:30 Uhr"],
  ["nl", "dinsdag 24 november van 9.00 tot 10.30 uur"],
  ["sv", "tisdag 24 november kl. 9.00–10.30"],
  ["nb", "tirsdag 24. november kl. 9.00–10.30"],
  ["pt-BR", "na terça-feira, 24 de novembro, das 9h às 10h30"],
] as const)("a time range in running text, %s: %s", (language, expected) => {
  expect(prose(language).slot(start, end)).toBe(expected);
});

test.each([
  ["it", "dalle 9:00 alle 10:30", "ridotta a mezz’ora: d’ora in poi si terrà dalle 9:00 alle 10:30."],
  ["da", "kl. 9.00–10.30", "afkortet til en halv time og holdes fremover kl. 9.00–10.30."],
  ["fr", "de 9\u00a0h à 10\u00a0h\u00a030", "ramenée à une demi-heure et aura désormais lieu de 9\u00a0h à 10\u00a0h\u00a030."],
  ["es", "de las 9:00 a las 10:30", "se reduce a media hora y a partir de ahora será de las 9:00 a las 10:30."],
  ["de", "von 9:00 bis 10:30 Uhr", "auf eine halbe Stunde gekürzt und findet ab sofort von 9:00 bis 10:30 Uhr statt."],
  ["nl", "van 9.00 tot 10.30 uur", "ingekort tot een half uur en vindt het voortaan plaats van 9.00 tot 10.30 uur."],
  ["sv", "kl. 9.00–10.30", "förkortat till en halvtimme och hålls hädanefter kl. 9.00–10.30."],
  ["nb", "kl. 9.00–10.30", "kortet ned til en halvtime og holdes heretter kl. 9.00–10.30."],
  ["pt-BR", "das 9h às 10h30", "reduzida para meia hora e, a partir de agora, será realizada das 9h às 10h30."],
  ["en", "from 9:00 to 10:30 AM", "shortened to half an hour: from now on it runs from 9:00 to 10:30 AM."],
] as const)("the times alone, for a note on a whole series, %s: %s", async (language, range, note) => {
  // English's "10:30 AM" carries ICU's narrow no-break space.
  const plain = (text: string) => text.replace(/\u202f/g, " ");
  expect(plain(prose(language).range(start, end))).toBe(range);
  const tr = createTranslator(language, await loadCatalog(language), ZONE);
  expect(plain(tr.t("draft.shorter.noteSeries", { tone: "formal", shorter: tr.prose.duration(30), range: tr.prose.range(start, end) }))).toContain(note);
});

test("the sentences around the range read as the language writes them", async () => {
  const es = createTranslator("es", await loadCatalog("es"), ZONE);
  const de = createTranslator("de", await loadCatalog("de"), ZONE);
  expect(es.t("draft.shorter.note", { tone: "formal", shorter: "30 minutos", slot: es.prose.slot(start, end) })).toContain("el martes 24 de noviembre, de las 9:00 a las 10:30");
  expect(de.t("draft.shorter.note", { tone: "formal", shorter: "30 Minuten", slot: de.prose.slot(start, end) })).toContain("am Dienstag, 24. November, von 9:00 bis 10:30 Uhr");
});

test("Italian elides the article before one o'clock; Portuguese does too", () => {
  const one = new Date("2026-11-24T12:00:00Z"); // 13:00 in Rome
  const oneAm = new Date("2026-11-24T00:00:00Z"); // 1:00 in Rome
  const half = new Date("2026-11-24T00:30:00Z");
  expect(prose("it").slot(oneAm, half)).toBe("martedì 24 novembre, dall’1:00 all’1:30");
  expect(prose("it").slot(start, one)).toBe("martedì 24 novembre, dalle 9:00 alle 13:00");
  expect(prose("pt-BR").slot(oneAm, half)).toBe("na terça-feira, 24 de novembro, da 1h à 1h30");
});

test("Spanish gives each hour its article, la for one o'clock and las for the rest, in 24-hour figures", async () => {
  const oneAm = new Date("2026-11-24T00:00:00Z"); // 1:00 in Rome
  const half = new Date("2026-11-24T00:30:00Z");
  const two = new Date("2026-11-24T01:00:00Z");
  const oneThirtyPm = new Date("2026-11-24T12:30:00Z");
  expect(prose("es").slot(oneAm, half)).toBe("martes 24 de noviembre, de la 1:00 a la 1:30");
  expect(prose("es").slot(half, two)).toBe("martes 24 de noviembre, de la 1:30 a las 2:00");
  expect(prose("es").slot(new Date("2026-11-24T12:00:00Z"), oneThirtyPm)).toBe("martes 24 de noviembre, de las 13:00 a las 13:30");
  // What a Spanish letter then says: the catalog gives the day its "el".
  const es = createTranslator("es", await loadCatalog("es"), ZONE);
  expect(es.t("draft.email.reply.intro", { tone: "formal", subject: "la reunión «Revisión»", when: es.prose.slot(start, end) })).toBe(
    "En lugar de reunirnos el martes 24 de noviembre, de las 9:00 a las 10:30, propongo que, por ahora, tratemos por escrito los temas de la reunión «Revisión».",
  );
});

test("Portuguese: a slot in running text says when (na terça-feira, no sábado); the date alone stays bare", async () => {
  const saturday = new Date("2026-11-28T08:00:00Z");
  const saturdayEnd = new Date("2026-11-28T09:00:00Z");
  expect(prose("pt-BR").slot(saturday, saturdayEnd)).toBe("no sábado, 28 de novembro, das 9h às 10h");
  expect(prose("pt-BR").slot(new Date("2026-11-29T08:00:00Z"), new Date("2026-11-29T08:45:00Z"))).toBe("no domingo, 29 de novembro, das 9h às 9h45");
  expect(prose("pt-BR").date(start)).toBe("terça-feira, 24 de novembro");
  // Across midnight too: Intl's range, led by the day's article.
  expect(prose("pt-BR").slot(new Date("2026-11-24T22:30:00Z"), new Date("2026-11-25T00:00:00Z"))).toMatch(/^na terça-feira, 24 de novembro/);
  const pt = createTranslator("pt-BR", await loadCatalog("pt-BR"), ZONE);
  expect(pt.t("draft.call.reply.intro", { tone: "formal", subject: "reunião “Revisão”", when: pt.prose.slot(start, end) })).toContain(
    "Agradeço o convite para a reunião “Revisão” na terça-feira, 24 de novembro, das 9h às 10h30.",
  );
  expect(pt.t("draft.email.subject", { tone: "formal", subject: "Revisão", date: pt.prose.date(start) })).toBe("Revisão: atualização por escrito no lugar da reunião de terça-feira, 24 de novembro");
});

test("French writes the first of the month as 1er, Italian and Portuguese as 1º; the other days stay cardinals", () => {
  const first = new Date("2026-12-01T08:00:00Z");
  expect(prose("fr").date(first)).toBe("mardi 1er décembre");
  expect(prose("fr").date(start)).toBe("mardi 24 novembre");
  expect(prose("it").date(first)).toBe("martedì 1º dicembre");
  expect(prose("it").date(start)).toBe("martedì 24 novembre");
  expect(prose("pt-BR").date(first)).toBe("terça-feira, 1º de dezembro");
  expect(prose("es").date(first)).toBe("martes 1 de diciembre");
});

test.each([
  ["it", ["mezz’ora", "un’ora", "un’ora e mezza", "2 ore", "un’ora e 15 minuti", "1 minuto", "2 ore e mezza"]],
  ["da", ["en halv time", "en time", "halvanden time", "2 timer", "en time og 15 minutter", "1 minut", "2,5 timer"]],
  ["de", ["eine halbe Stunde", "eine Stunde", "anderthalb Stunden", "2 Stunden", "eine Stunde und 15 Minuten", "1 Minute", "2,5 Stunden"]],
  ["fr", ["une demi-heure", "une heure", "une heure et demie", "2 heures", "une heure et 15 minutes", "1 minute", "2 heures et demie"]],
  ["es", ["media hora", "una hora", "una hora y media", "2 horas", "una hora y 15 minutos", "1 minuto", "2 horas y media"]],
  ["nl", ["een half uur", "een uur", "anderhalf uur", "2 uur", "een uur en 15 minuten", "1 minuut", "2,5 uur"]],
  ["sv", ["en halvtimme", "en timme", "en och en halv timme", "2 timmar", "en timme och 15 minuter", "1 minut", "2,5 timmar"]],
  ["nb", ["en halvtime", "en time", "halvannen time", "2 timer", "en time og 15 minutter", "1 minutt", "2,5 timer"]],
  ["pt-BR", ["meia hora", "uma hora", "uma hora e meia", "2 horas", "uma hora e 15 minutos", "1 minuto", "2 horas e meia"]],
  ["en", ["half an hour", "an hour", "an hour and a half", "2 hours", "an hour and 15 minutes", "1 minute", "2.5 hours"]],
] as const)("a length in prose, %s: half an hour, an hour, an hour and a half and two and a half hours in the language's own words", (language, expected) => {
  const p = prose(language);
  // Intl may bind number and unit with a no-break space ("2\u00a0heures"), as French typography wants.
  expect([30, 60, 90, 120, 75, 1, 150].map((m) => p.duration(m).replace(/\u00a0/g, " "))).toEqual(expected);
});

test("every language has a letter formatter, and none of them abbreviates", () => {
  for (const language of SUPPORTED_LANGUAGES) {
    const text = [45, 60, 90, 135].map((m) => prose(language).duration(m)).join(" ");
    expect(text).not.toMatch(/\b(min|h|hr|hrs|t|Std|Min|tim|uur\.)\b\.?/);
  }
});

test.each([
  ["en", "Tuesday, November 24, from 11:30 PM to 1:30 AM on Wednesday, November 25"],
  ["it", "martedì 24 novembre, dalle 23:30 all’1:30 di mercoledì 25 novembre"],
  ["da", "tirsdag den 24. november fra kl. 23.30 til onsdag den 25. november kl. 1.30"],
  ["sv", "tisdag 24 november från kl. 23.30 till onsdag 25 november kl. 1.30"],
  ["nb", "tirsdag 24. november fra kl. 23.30 til onsdag 25. november kl. 1.30"],
  ["de", "Dienstag, 24. November, von 23:30 bis Mittwoch, 25. November, 1:30 Uhr"],
  ["es", "martes 24 de noviembre, de las 23:30 a la 1:30 del miércoles 25 de noviembre"],
  ["pt-BR", "na terça-feira, 24 de novembro, das 23h30 à 1h30 de quarta-feira, 25 de novembro"],
] as const)("a meeting across midnight, %s: both dates, the times in the language's own words", (language, expected) => {
  const late = new Date("2026-11-24T22:30:00Z");
  const after = new Date("2026-11-25T00:30:00Z");
  expect(prose(language).slot(late, after).replace(/[\u2009\u202f]/g, " ")).toBe(expected);
  // The times alone (a series' note) stay times, in English too, with no dates added by Intl's range.
  expect(prose(language).range(late, after)).not.toMatch(/2026|24|25/);
});

test("across midnight the slot still reads in the sentence around it", async () => {
  const it = createTranslator("it", await loadCatalog("it"), ZONE);
  const da = createTranslator("da", await loadCatalog("da"), ZONE);
  const late = new Date("2026-11-24T22:30:00Z");
  const after = new Date("2026-11-25T00:30:00Z");
  expect(it.t("draft.email.reply.intro", { tone: "formal", subject: "la riunione «Revisione»", when: it.prose.slot(late, after) })).toContain(
    "anziché vederci martedì 24 novembre, dalle 23:30 all’1:30 di mercoledì 25 novembre.",
  );
  expect(da.t("draft.delegate.intro", { tone: "informal", subject: "mødet »Status«", when: da.prose.slot(late, after) })).toContain(
    "Jeg kan ikke nå mødet »Status« tirsdag den 24. november fra kl. 23.30 til onsdag den 25. november kl. 1.30.",
  );
});

test.each([
  ["en", start, end, "Tuesday, November 24, from 9:00 to 10:30 AM"],
  ["en", new Date("2026-11-24T10:00:00Z"), new Date("2026-11-24T11:00:00Z"), "Tuesday, November 24, from 11:00 AM to 12:00 PM"],
  ["en-GB", start, end, "Tuesday 24 November, from 09:00 to 10:30"],
] as const)("English running text, %s: %s", (locale, from, to, expected) => {
  expect(createProseFormatter("en", locale, ZONE).slot(from, to).replace(/[\u2009\u202f]/g, " ")).toBe(expected);
});

describe("where the runtime has Intl.DurationFormat", () => {
  // Node 20 has none, so a stand-in shaped like the standard's: new Intl.DurationFormat(locale, { style }),
  // format(duration) with { hours } or { minutes }. Its answers are what Chromium 156's own
  // Intl.DurationFormat gives in the long style, recorded; anything else it was not taught throws.
  const RECORDED: Record<string, Record<string, string>> = {
    en: { "minutes:15": "15 minutes", "minutes:1": "1 minute", "hours:2": "2 hours", "hours:2,minutes:15": "2 hours, 15 minutes" },
    it: { "minutes:15": "15 minuti", "minutes:1": "1 minuto", "hours:2": "2 ore", "hours:2,minutes:15": "2 ore e 15 minuti" },
    da: { "minutes:15": "15 minutter", "minutes:1": "1 minut", "hours:2": "2 timer", "hours:2,minutes:15": "2 timer og 15 minutter" },
  };
  const calls: Array<{ locale: string; options: unknown; duration: Record<string, number> }> = [];
  class FakeDurationFormat {
    constructor(
      private readonly locale: string,
      private readonly options: { style?: string },
    ) {}
    format(duration: Record<string, number>): string {
      calls.push({ locale: this.locale, options: this.options, duration });
      const key = Object.entries(duration)
        .map(([unit, value]) => `${unit}:${value}`)
        .join(",");
      const text = this.options.style === "long" ? RECORDED[this.locale]?.[key] : undefined;
      if (text === undefined) throw new RangeError(`not recorded: ${this.locale} ${JSON.stringify(this.options)} ${key}`);
      return text;
    }
  }
  const intl = Intl as unknown as { DurationFormat?: unknown };

  afterEach(() => {
    delete intl.DurationFormat;
    calls.length = 0;
  });

  test.each(["en", "it", "da"] as const)("%s: the lengths come from DurationFormat, and read as the fallback's", (language) => {
    const minutes = [15, 30, 60, 90, 120, 75, 1, 135];
    expect(intl.DurationFormat).toBeUndefined();
    const fallback = minutes.map((m) => prose(language).duration(m));

    intl.DurationFormat = FakeDurationFormat;
    const viaDurationFormat = minutes.map((m) => prose(language).duration(m));
    // Each spelled-out unit was asked of DurationFormat, in the draft's locale, long style, one unit at a time.
    expect(calls.map((c) => [c.locale, c.options, c.duration])).toEqual(
      [{ minutes: 15 }, { hours: 2 }, { minutes: 15 }, { minutes: 1 }, { hours: 2 }, { minutes: 15 }].map((d) => [language, { style: "long" }, d]),
    );
    // Same words either way. Where the two would differ, a whole "2 hours 15 minutes" (DurationFormat's
    // long style lists units, "2 hours, 15 minutes" in English), the letter's conjunction wins.
    expect(viaDurationFormat).toEqual(fallback);
    expect(viaDurationFormat.at(-1)).toBe({ en: "2 hours and 15 minutes", it: "2 ore e 15 minuti", da: "2 timer og 15 minutter" }[language]);
  });
});
