// Dates, times and durations as a letter writes them, one formatter per language.
// The pane may abbreviate ("1 h 30 min", "09:00–10:30"); a letter to a client may
// not: it says "mezz’ora", "un’ora e mezza", "halvanden time", "de 9 h à 10 h 30". Words and
// numbers come from Intl in the draft's locale (DurationFormat where the runtime
// has it, NumberFormat units otherwise); what Intl does not know (Italian
// "dalle/alle", Danish "den" and "kl.", French "9 h 30", Spanish "de las 9:00 a las
// 10:30", Portuguese "na terça-feira" and "das 9h às 10h30", the idioms for half an
// hour, an hour and an hour and a half) is each language's convention, written down here.

import type { LanguageTag } from "./languages";
import { createIntlFormatters, type IntlFormatters } from "./messageFormat";

export interface DateParts {
  weekday: string;
  day: number;
  month: string;
}

/** A time of day as running text writes it, and its hour (which some languages' articles depend on). */
interface TimeText {
  text: string;
  hour: number;
}

interface ProseConventions {
  /** "martedì 24 novembre": the date alone, as running text writes it. */
  date(p: DateParts): string;
  /** "9:00", "9.00", "9 h 30": a time of day in running text. */
  time(hour: number, minute: number): string;
  /** Two times of the same day: "dalle 9:00 alle 10:30", "kl. 9.00–10.30". */
  range(from: TimeText, to: TimeText): string;
  /**
   * Two times on different days, the end's date given ("dalle 23:30 all’1:30 di mercoledì 25
   * novembre"); the slot puts the start's date in front as it does for one day's range.
   */
  rangeOver(from: TimeText, to: TimeText, toDate: string): string;
  /** What joins a date and its range into a slot: "martedì 24 novembre, dalle 9:00 alle 10:30", "tirsdag den 24. november kl. 9.00–10.30". */
  slotJoin: ", " | " ";
  /** How the language says half an hour, one hour, and one and a half, in a sentence. */
  halfHour: string;
  oneHour: string;
  hourAndHalf: string;
  /**
   * "2 ore e mezza", "2 heures et demie": where the language adds the half to the hours in
   * words. Elsewhere a letter writes the decimal ("2,5 timer", "2.5 hours"), as Intl gives it.
   */
  hoursAndHalf?: (hours: string) => string;
  /**
   * Where the language puts a preposition and article before a slot, and the
   * catalog cannot (it depends on the day): Portuguese "na terça-feira" but "no sábado".
   * The date alone stays bare ("a reunião de terça-feira, 24 de novembro").
   */
  onDay?: (weekday: string) => string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const colon = (h: number, m: number) => `${h}:${pad(m)}`;
const dot = (h: number, m: number) => `${h}.${pad(m)}`;

// Where the times take an article that depends on the hour (Italian "dall’1:00", Spanish "de la
// 1:00", Portuguese "da 1h"), a range across days is the same range followed by the end's date.
const italianRange = (from: TimeText, to: TimeText) => `${from.hour === 1 ? "dall’" : "dalle "}${from.text} ${to.hour === 1 ? "all’" : "alle "}${to.text}`;
const spanishRange = (from: TimeText, to: TimeText) => `de ${from.hour === 1 ? "la" : "las"} ${from.text} a ${to.hour === 1 ? "la" : "las"} ${to.text}`;
const portugueseRange = (from: TimeText, to: TimeText) => `${from.hour === 1 ? "da" : "das"} ${from.text} ${to.hour === 1 ? "à" : "às"} ${to.text}`;

const CONVENTIONS: Record<Exclude<LanguageTag, "en">, ProseConventions> = {
  it: {
    // "martedì 1º dicembre": the first of the month is an ordinal ("il primo"), the rest cardinals.
    date: (p) => `${p.weekday} ${p.day === 1 ? "1º" : p.day} ${p.month}`,
    time: colon,
    // "l’una" takes the elided article: "dall’1:00 all’1:30", else "dalle 9:00 alle 10:30".
    range: italianRange,
    rangeOver: (from, to, toDate) => `${italianRange(from, to)} di ${toDate}`,
    slotJoin: ", ",
    halfHour: "mezz’ora",
    oneHour: "un’ora",
    hourAndHalf: "un’ora e mezza",
    hoursAndHalf: (hours) => `${hours} e mezza`,
  },
  da: {
    date: (p) => `${p.weekday} den ${p.day}. ${p.month}`,
    time: dot,
    range: (from, to) => `kl. ${from.text}–${to.text}`,
    rangeOver: (from, to, toDate) => `fra kl. ${from.text} til ${toDate} kl. ${to.text}`,
    slotJoin: " ",
    halfHour: "en halv time",
    oneHour: "en time",
    hourAndHalf: "halvanden time",
  },
  de: {
    date: (p) => `${p.weekday}, ${p.day}. ${p.month}`,
    time: colon,
    range: (from, to) => `von ${from.text} bis ${to.text} Uhr`,
    rangeOver: (from, to, toDate) => `von ${from.text} bis ${toDate}, ${to.text} Uhr`,
    slotJoin: ", ",
    halfHour: "eine halbe Stunde",
    oneHour: "eine Stunde",
    hourAndHalf: "anderthalb Stunden",
  },
  fr: {
    // "mardi 1er décembre": French writes the first of the month as an ordinal.
    date: (p) => `${p.weekday} ${p.day === 1 ? "1er" : p.day} ${p.month}`,
    time: (h, m) => (m ? `${h}\u00a0h\u00a0${pad(m)}` : `${h}\u00a0h`),
    range: (from, to) => `de ${from.text} à ${to.text}`,
    rangeOver: (from, to, toDate) => `de ${from.text} à ${to.text} le ${toDate}`,
    slotJoin: ", ",
    halfHour: "une demi-heure",
    oneHour: "une heure",
    hourAndHalf: "une heure et demie",
    hoursAndHalf: (hours) => `${hours} et demie`,
  },
  es: {
    date: (p) => `${p.weekday} ${p.day} de ${p.month}`,
    time: colon,
    // Hours take the article, as a letter writes them: "de la 1:00 a las 2:30", "de las 9:00 a las 10:30".
    // (Intl's 24-hour "9:00" gives the figures; the catalog's "el" gives the day: "el martes 24 de noviembre".)
    range: spanishRange,
    rangeOver: (from, to, toDate) => `${spanishRange(from, to)} del ${toDate}`,
    slotJoin: ", ",
    halfHour: "media hora",
    oneHour: "una hora",
    hourAndHalf: "una hora y media",
    hoursAndHalf: (hours) => `${hours} y media`,
  },
  nl: {
    date: (p) => `${p.weekday} ${p.day} ${p.month}`,
    time: dot,
    range: (from, to) => `van ${from.text} tot ${to.text} uur`,
    rangeOver: (from, to, toDate) => `van ${from.text} tot ${toDate} ${to.text} uur`,
    slotJoin: " ",
    halfHour: "een half uur",
    oneHour: "een uur",
    hourAndHalf: "anderhalf uur",
  },
  sv: {
    date: (p) => `${p.weekday} ${p.day} ${p.month}`,
    time: dot,
    range: (from, to) => `kl. ${from.text}–${to.text}`,
    rangeOver: (from, to, toDate) => `från kl. ${from.text} till ${toDate} kl. ${to.text}`,
    slotJoin: " ",
    halfHour: "en halvtimme",
    oneHour: "en timme",
    hourAndHalf: "en och en halv timme",
  },
  nb: {
    date: (p) => `${p.weekday} ${p.day}. ${p.month}`,
    time: dot,
    range: (from, to) => `kl. ${from.text}–${to.text}`,
    rangeOver: (from, to, toDate) => `fra kl. ${from.text} til ${toDate} kl. ${to.text}`,
    slotJoin: " ",
    halfHour: "en halvtime",
    oneHour: "en time",
    hourAndHalf: "halvannen time",
  },
  "pt-BR": {
    // "terça-feira, 1º de dezembro": the first of the month is an ordinal, as in Italian.
    date: (p) => `${p.weekday}, ${p.day === 1 ? "1º" : p.day} de ${p.month}`,
    // Brazilian business style "9h", "10h30"; Intl gives "09:00" and "às 08:00" (the article, not the style).
    time: (h, m) => (m ? `${h}h${pad(m)}` : `${h}h`),
    // "da 1h à 1h30" (a uma hora), else "das 9h às 10h30".
    range: portugueseRange,
    rangeOver: (from, to, toDate) => `${portugueseRange(from, to)} de ${toDate}`,
    slotJoin: ", ",
    // A slot in running text is "when" it happens: "na terça-feira, 24 de novembro", "no sábado, 28 de novembro".
    onDay: (weekday) => (/^(sábado|domingo)/i.test(weekday) ? "no" : "na"),
    halfHour: "meia hora",
    oneHour: "uma hora",
    hourAndHalf: "uma hora e meia",
    hoursAndHalf: (hours) => `${hours} e meia`,
  },
};

const ENGLISH = { halfHour: "half an hour", oneHour: "an hour", hourAndHalf: "an hour and a half" };

type DurationFormatCtor = new (locale: string, options: { style: "long" }) => { format(d: Record<string, number>): string };

/**
 * "30 minuti", "2 ore": one unit, spelled out, from Intl. DurationFormat is asked for
 * one unit at a time, never for "2 hours 15 minutes" whole: its long style joins units
 * as a unit list ("2 hours, 15 minutes" in English, German, Swedish), and a letter
 * wants the conjunction ("2 hours and 15 minutes"), which the caller adds.
 */
function spelledUnit(formatters: IntlFormatters, locale: string, value: number, unit: "hour" | "minute"): string {
  const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatCtor }).DurationFormat;
  if (DurationFormat) return new DurationFormat(locale, { style: "long" }).format({ [`${unit}s`]: value });
  return formatters.number(locale, { style: "unit", unit, unitDisplay: "long" }).format(value);
}

export interface ProseFormatter {
  /** "30 minuti", "un’ora e mezza", "halvanden time", "2 ore e mezza", "2,5 timer", "2 Stunden und 15 Minuten". */
  duration(minutes: number): string;
  /** "martedì 24 novembre", "tirsdag den 24. november". */
  date(instant: Date): string;
  /** "9:00", "9.00", "9 h 30": a time of day in running text. */
  time(instant: Date): string;
  /** The hour (0–23) in the zone: where a language's article depends on it ("all’1:00", "a la 1:00", "à 1h"). */
  hour(instant: Date): number;
  /** "martedì 24 novembre, dalle 9:00 alle 10:30"; across days, the end's date too. */
  slot(start: Date, end: Date): string;
  /** "dalle 9:00 alle 9:30", "kl. 9.00–9.30", "from 9:00 to 9:30 AM": the times alone, for what recurs on other days too. */
  range(start: Date, end: Date): string;
}

/**
 * `formatters` is the translators' one memoized set of Intl formatters: the pane builds
 * durations and slots on every render, and creating an Intl formatter is the costly part.
 */
export function createProseFormatter(language: LanguageTag, locale: string, timeZone: string, formatters: IntlFormatters = createIntlFormatters()): ProseFormatter {
  const own = language === "en" ? null : CONVENTIONS[language];
  const idioms = own ?? ENGLISH;
  const dateTime = (options: Intl.DateTimeFormatOptions, inLocale = locale) => formatters.dateTime(inLocale, { ...options, timeZone });
  // Asked for when first needed, not here: the translator (and this formatter with it) is
  // created on the way to the advice, and most panes write no prose until a draft opens.
  const dateParts = () => dateTime({ weekday: "long", day: "numeric", month: "long" });
  const clock = () => dateTime({ hour: "numeric", minute: "numeric", hourCycle: "h23" }, "en-US");
  // "12/1/2026": compared, never shown. In en-US, whose data the pane has loaded already
  // (a locale of its own, such as en-CA's ISO dates, would load ICU's data for it too).
  const dayKey = () => dateTime({ year: "numeric", month: "numeric", day: "numeric" }, "en-US");
  const intlTime = () => dateTime({ hour: "numeric", minute: "2-digit" });

  const partsOf = (instant: Date): DateParts => {
    const parts = dateParts().formatToParts(instant);
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
    return { weekday: part("weekday"), day: Number(part("day")), month: part("month") };
  };
  const hourMinute = (instant: Date) => {
    const parts = clock().formatToParts(instant);
    const num = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    // Some engines write midnight as "24" in h23.
    return { hour: num("hour") % 24, minute: num("minute") };
  };

  const date = (instant: Date) => (own ? own.date(partsOf(instant)) : dateParts().format(instant));
  const time = (instant: Date) => {
    if (!own) return intlTime().format(instant);
    const { hour, minute } = hourMinute(instant);
    return own.time(hour, minute);
  };

  // "from 9:00 to 10:30 AM": Intl's own range, its dash replaced by words, its shared "AM" kept once at the end.
  const englishRange = (from: Date, to: Date): string => {
    const parts = intlTime().formatRangeToParts(from, to);
    const text = (source: string) => parts.filter((p) => p.source === source).map((p) => p.value).join("").trim();
    const lastEnd = parts.map((p) => p.source).lastIndexOf("endRange");
    const suffix = parts.slice(lastEnd + 1).map((p) => p.value).join("");
    if (lastEnd < 0) return intlTime().format(from); // both ends read the same: no range to give
    return `from ${text("startRange")} to ${text("endRange")}${suffix}`;
  };

  const timeOf = (instant: Date) => ({ text: time(instant), hour: hourMinute(instant).hour });
  const ownRange = (conventions: ProseConventions, start: Date, end: Date) => conventions.range(timeOf(start), timeOf(end));
  const sameDay = (a: Date, b: Date) => dayKey().format(a) === dayKey().format(b);

  return {
    duration(minutes) {
      const total = Math.max(0, Math.round(minutes));
      if (total === 30) return idioms.halfHour;
      if (total === 60) return idioms.oneHour;
      if (total === 90) return idioms.hourAndHalf;
      const hours = Math.floor(total / 60);
      const rest = total % 60;
      if (!hours) return spelledUnit(formatters, locale, rest, "minute");
      // "2 ore e mezza", "2,5 timer", never "2 ore e 30 minuti".
      if (rest === 30) {
        if (own?.hoursAndHalf) return own.hoursAndHalf(spelledUnit(formatters, locale, hours, "hour"));
        return formatters.number(locale, { style: "unit", unit: "hour", unitDisplay: "long" }).format(hours + 0.5);
      }
      const hourText = hours === 1 ? idioms.oneHour : spelledUnit(formatters, locale, hours, "hour");
      if (!rest) return hourText;
      return formatters.list(locale, { type: "conjunction", style: "long" }).format([hourText, spelledUnit(formatters, locale, rest, "minute")]);
    },
    date,
    time,
    hour: (instant) => hourMinute(instant).hour,
    slot(start, end) {
      const lead = own?.onDay ? `${own.onDay(partsOf(start).weekday)} ` : "";
      if (!sameDay(start, end)) {
        // "martedì 24 novembre, dalle 23:30 all’1:30 di mercoledì 25 novembre": the times in the
        // language's own words, as for one day, not Intl's "… alle ore 23:30 – mercoledì … 01:30".
        if (!own) return `${date(start)}, from ${intlTime().format(start)} to ${intlTime().format(end)} on ${date(end)}`;
        return lead + date(start) + own.slotJoin + own.rangeOver(timeOf(start), timeOf(end), date(end));
      }
      if (!own) return `${date(start)}, ${englishRange(start, end)}`;
      return lead + date(start) + own.slotJoin + ownRange(own, start, end);
    },
    range: (start, end) => {
      if (own) return ownRange(own, start, end);
      // Across midnight Intl's range would add both dates ("from 11/24/2026, 11:30 PM to …"): the times alone.
      if (!sameDay(start, end)) return `from ${intlTime().format(start)} to ${intlTime().format(end)}`;
      return englishRange(start, end);
    },
  };
}

/** The words this formatter itself writes in a language ("halvanden time", "dalle", "kl."), for checks that a draft holds no stray English. */
export function proseVocabulary(language: LanguageTag): string {
  const own = language === "en" ? null : CONVENTIONS[language];
  if (!own) return `${ENGLISH.halfHour} ${ENGLISH.oneHour} ${ENGLISH.hourAndHalf}`;
  const at = (hour: number) => ({ text: "", hour });
  return [own.halfHour, own.oneHour, own.hourAndHalf, own.range(at(9), at(10)), own.range(at(1), at(1)), own.date({ weekday: "", day: 2, month: "" }), own.onDay?.("lunes") ?? "", own.onDay?.("sábado") ?? "", own.hoursAndHalf?.("") ?? ""].join(" ");
}
