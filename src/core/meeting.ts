// Office item -> meeting model: everything the advice needs, read once, as plain facts.

import type {
  LocationKind,
  MeetingResult,
  Person,
  RawAddress,
  RawAppointment,
  RawItem,
  RawUser,
  ResponseType,
} from "./types";
import { runtimeZone, toIanaZone, wallClock } from "./timeZone";
import { cleanAddress, displayText, withoutBidiControls } from "./bidi";
import { organisationStem } from "./organisations";
import { ellipsize } from "./ellipsize";

const MINUTE = 60_000;
const DAY_MINUTES = 24 * 60;

export function domainOf(email: string | null | undefined): string {
  const at = email?.lastIndexOf("@") ?? -1;
  return at >= 0 && email ? email.slice(at + 1).trim().toLowerCase() : "";
}

const RESPONSES: readonly ResponseType[] = ["organizer", "accepted", "tentative", "declined", "none"];

function toPerson(raw: RawAddress, userDomain: string): Person {
  const email = cleanAddress(raw.emailAddress ?? "");
  const domain = domainOf(email);
  const name = displayText(raw.displayName ?? "") || email;
  const response = RESPONSES.find((r) => r === raw.appointmentResponse) ?? null;
  return { name, email, domain, isColleague: domain !== "" && domain === userDomain, response };
}

// Words that put a meeting online or on the phone, in the languages Offramp speaks.
const ONLINE = /(teams|zoom|webex|google meet|meet\.google|skype|gotomeeting|whereby|jitsi|https?:\/\/|\bonline\b|virtual|video|videochiamata|videomøde|onlinemøde|en ligne|en línea|digital)/i;
const PHONE = /(\bphone\b|\bcall\b|conference call|tel:|telefon|telefono|telefonata|opkald|téléphone|teléfono|telefoon|telefone|^\s*\+?\d[\d\s().-]{6,}\s*$)/i;

export function classifyLocation(location: string): LocationKind {
  if (!location.trim()) return "none";
  if (ONLINE.test(location)) return "online";
  if (PHONE.test(location)) return "phone";
  return "in-person";
}

function mentions(text: string, stem: string): boolean {
  return stem.length >= 3 && text.toLowerCase().includes(stem.toLowerCase());
}

// Status / update / sync meetings, judged from the subject.
const STATUS_WORDS = [
  "status", "update", "sync", "check-in", "checkin", "stand-up", "standup", "weekly", "catch-up", "catch up", "progress", "report",
  "stato", "aggiornamento", "avanzamento", "settimanale", "punto della situazione",
  "opdatering", "ugentlig", "statusmøde", "afstemning",
  "wöchentlich", "jour fixe", "abstimmung", "hebdo", "point d'avancement", "estado", "semanal", "seguimiento",
  "voortgang", "wekelijks", "veckomöte", "avstämning", "ukentlig", "statusmøte", "acompanhamento",
];
// Matched against the lower-cased subject: a case-insensitive Unicode pattern would make
// V8 build the case closure of every letter class when it first compiles, on the way to the advice.
const STATUS = new RegExp(`(?<![\\p{L}])(${STATUS_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`, "u");

export function isStatusSubject(subject: string): boolean {
  return STATUS.test(subject.toLowerCase());
}

// "Agenda", "Ordine del giorno", "Dagsorden", ... as a heading in the body. Case-insensitive
// without the Unicode flag, for the same reason as the status words: the heading words are
// Latin, which the plain case-insensitive match finds in any case, and whether a letter
// follows the word ("Agendas" is no heading) is asked of that one character.
const AGENDA_HEADING =
  /^\s*(?:agenda|ordine del giorno|dagsorden|dagsordning|dagordning|tagesordnung|ordre du jour|orden del día|pauta|punti|topics|points)(.*)$/i;
const STARTS_WITH_LETTER = /^\p{L}/u;

/** What follows an agenda heading on its line ("" for a heading alone), or null for any other line. */
function afterAgendaHeading(line: string): string | null {
  const rest = AGENDA_HEADING.exec(line)?.[1];
  if (rest === undefined || STARTS_WITH_LETTER.test(rest)) return null;
  return rest.replace(/^\s*:?\s*/u, "");
}
const BULLET = /^\s*(?:[-*•·–]|\d{1,2}[.)])\s+(.+)$/u;
const MAX_AGENDA_ITEMS = 8;
const MAX_ITEM_LENGTH = 120;

function cleanItem(text: string): string {
  const item = text.trim().replace(/[.;,]+$/u, "").trim();
  return ellipsize(item, MAX_ITEM_LENGTH);
}

/** The agenda items in a body: after an "Agenda" heading, or its bullet points. */
export function extractAgenda(bodyText: string | null): string[] {
  if (!bodyText) return [];
  const lines = bodyText.split(/\r?\n/u);
  const items: string[] = [];
  const headingIndex = lines.findIndex((line) => afterAgendaHeading(line) !== null);
  if (headingIndex >= 0) {
    const inline = afterAgendaHeading(lines[headingIndex] ?? "") ?? "";
    if (inline.trim()) items.push(...inline.split(/[,;]|\s+-\s+/u));
    else {
      for (const line of lines.slice(headingIndex + 1)) {
        if (!line.trim()) {
          if (items.length) break;
          continue;
        }
        items.push(BULLET.exec(line)?.[1] ?? line);
        if (items.length >= MAX_AGENDA_ITEMS) break;
      }
    }
  } else {
    for (const line of lines) {
      const bullet = BULLET.exec(line)?.[1];
      if (bullet) items.push(bullet);
    }
  }
  return items.map((item) => cleanItem(withoutBidiControls(item))).filter(Boolean).slice(0, MAX_AGENDA_ITEMS);
}

function isAllDay(start: Date, end: Date, timeZone: string): boolean {
  // A local day lasts 23 or 25 hours when daylight saving time changes: judge by the wall clock.
  if ((end.getTime() - start.getTime()) / MINUTE < DAY_MINUTES - 60) return false;
  const a = wallClock(start, timeZone);
  const b = wallClock(end, timeZone);
  return a.hour === 0 && a.minute === 0 && b.hour === 0 && b.minute === 0;
}

function uniqueByAddress(people: Person[]): Person[] {
  const seen = new Set<string>();
  return people.filter((p) => {
    const key = (p.email || p.name).toLowerCase();
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function buildMeeting(item: RawItem, rawUser: RawUser, mode: "read" | "compose"): MeetingResult {
  // Checked first: an Outlook below Mailbox 1.3 hands over nothing else.
  if (item?.itemType === "unsupported-host") return { ok: false, problem: "host-too-old", hostVersion: item.hostVersion };
  if (!item) return { ok: false, problem: "no-item" };
  if (item.itemType !== "appointment") return { ok: false, problem: "not-appointment" };
  return buildFromAppointment(item, rawUser, mode);
}

function buildFromAppointment(item: RawAppointment, rawUser: RawUser, mode: "read" | "compose"): MeetingResult {
  const { start, end } = item;
  if (!start || !end || Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return { ok: false, problem: "missing-times" };
  if (end.getTime() === start.getTime()) return { ok: false, problem: "same-start-end" };
  if (end.getTime() < start.getTime()) return { ok: false, problem: "end-before-start" };

  const timeZone = toIanaZone(rawUser.timeZone) ?? runtimeZone();
  if (isAllDay(start, end, timeZone)) return { ok: false, problem: "all-day" };

  const userEmail = cleanAddress(rawUser.emailAddress ?? "");
  const userDomain = domainOf(userEmail);
  const userName = displayText(rawUser.displayName ?? "");
  const user: Person = {
    name: userName || userEmail,
    email: userEmail,
    domain: userDomain,
    isColleague: true,
    response: null,
  };
  // Without the user's own address, their display name is all that tells them
  // apart: never count the user as someone else to write to.
  const isUser = (p: Person) =>
    userEmail ? p.email.toLowerCase() === userEmail.toLowerCase() : userName !== "" && p.name.toLowerCase() === userName.toLowerCase();

  const organizerRead = item.organizer ? toPerson(item.organizer, userDomain) : null;
  // An organizer with neither a name nor an address (or only invisible characters) is no organizer.
  const organizerPerson = organizerRead && (organizerRead.email || organizerRead.name) ? organizerRead : null;
  const role = mode === "compose" ? "organizer" : "attendee";
  const invited = [...item.requiredAttendees, ...item.optionalAttendees].map((a) => toPerson(a, userDomain));
  const attendees = uniqueByAddress([...(organizerPerson ? [organizerPerson] : []), ...invited]).filter((p) => !isUser(p));
  if (attendees.length === 0) return { ok: false, problem: "no-attendees" };

  const colleagues = attendees.filter((p) => p.isColleague);
  const externals = attendees.filter((p) => !p.isColleague);
  const externalDomains = [...new Set(externals.map((p) => p.domain).filter(Boolean))];

  const location = displayText(item.location ?? "");
  const locationKind = classifyLocation(location);
  const organizerIsExternal = organizerPerson !== null && !organizerPerson.isColleague && !isUser(organizerPerson);
  const mentionsClient = externalDomains.some((d) => mentions(location, organisationStem(d)));
  const mentionsUs = userDomain !== "" && mentions(location, organisationStem(userDomain));
  const atClientPremises = locationKind === "in-person" && (mentionsClient || (organizerIsExternal && !mentionsUs));

  const subject = displayText(item.subject ?? "");
  return {
    ok: true,
    meeting: {
      subject,
      start,
      end,
      durationMinutes: Math.round((end.getTime() - start.getTime()) / MINUTE),
      timeZone,
      location,
      locationKind,
      atClientPremises,
      role,
      user,
      organizer: organizerPerson && isUser(organizerPerson) ? null : organizerPerson,
      attendees,
      colleagues,
      externals,
      externalDomains,
      organizedByColleague: organizerPerson !== null && organizerPerson.isColleague && !isUser(organizerPerson),
      isRecurring: Boolean(item.recurrence) || Boolean(item.seriesId),
      recurrenceUnknown: !item.recurrence && !item.seriesId && item.recurrenceUnknown === true,
      isStatusMeeting: isStatusSubject(subject),
      agenda: extractAgenda(item.bodyText),
    },
  };
}
