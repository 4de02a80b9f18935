// Meeting + answers -> the five ways out, ranked. The weights encode the
// guidance Offramp grew from: protect key relationships, save trips with calls,
// trim long slots, put repetitive updates in writing, and let a colleague who
// knows the client speak for you. Every score comes with the reasons behind it.

import type { Advice, Answers, Meeting, MessageRef, OutcomeAdvice, OutcomeId, Person, Savings, Settings } from "./types";
import { OUTCOMES } from "./types";
import { organisationName } from "./organisations";

/** Longer than this, a meeting is "long" and trimming it pays off. */
export const LONG_MEETING_MINUTES = 60;
/** This short or shorter, there is nothing to trim. */
export const SHORT_MEETING_MINUTES = 15;
/** What writing the replacement email costs, roughly. */
export const EMAIL_WRITING_MINUTES = 10;
/** With this many other people or fewer, a written update reaches everyone as well as a meeting. */
export const FEW_ATTENDEES = 2;

interface Weighed {
  score: number;
  reasons: Array<{ weight: number; message: MessageRef }>;
}

function weigh(base: number): Weighed & { add(weight: number, key?: string, values?: MessageRef["values"]): void } {
  const w = {
    score: base,
    reasons: [] as Weighed["reasons"],
    add(weight: number, key?: string, values?: MessageRef["values"]) {
      w.score += weight;
      if (key) w.reasons.push({ weight, message: values ? { key, values } : { key } });
    },
  };
  return w;
}

function isKeyDomain(domain: string, keyDomains: readonly string[]): boolean {
  return keyDomains.some((k) => domain === k || domain.endsWith(`.${k}`));
}

export interface GuessedAnswers {
  answers: Answers;
  /** The external domain found on the key-client list, which pre-selected "key". */
  keyClientDomain: string | null;
  /** That client's name, as people call it ("Northwind"). */
  keyClientName: string | null;
}

/** The best guess the two questions start with. */
export function guessAnswers(meeting: Meeting, settings: Settings): GuessedAnswers {
  const keyClientDomain = meeting.externalDomains.find((d) => isKeyDomain(d, settings.keyClientDomains)) ?? null;
  return {
    answers: {
      importance: keyClientDomain ? "key" : "regular",
      // Only a series is repetitive by itself; a one-off "check-in" is not.
      reason: meeting.isRecurring ? "repetitive" : "workload",
    },
    keyClientDomain,
    keyClientName: keyClientDomain ? organisationName(keyClientDomain, meeting.attendees, settings) : null,
  };
}

/** The colleague best placed to speak for the user: the organizer if a colleague organized it, else a colleague attendee. */
export function standIn(meeting: Meeting): Person | null {
  if (meeting.role !== "attendee") return null;
  if (meeting.organizedByColleague && meeting.organizer) return meeting.organizer;
  const colleagues = meeting.colleagues.filter((p) => p.email && p.response !== "declined");
  return colleagues.find((p) => p.response === "accepted") ?? colleagues[0] ?? null;
}

/** The client to name, as people call it: the key client invited, else the only outside organisation, else none. */
function clientName(meeting: Meeting, settings: Settings): string {
  const key = meeting.externalDomains.find((d) => isKeyDomain(d, settings.keyClientDomains));
  const domain = key ?? (meeting.externalDomains.length === 1 ? (meeting.externalDomains[0] ?? "") : "");
  return domain ? organisationName(domain, meeting.attendees, settings) : "";
}

function adviseCall(m: Meeting, a: Answers): Weighed & { unavailable?: MessageRef } {
  if (m.locationKind === "online") return { score: 0, reasons: [], unavailable: { key: "unavailable.call.online" } };
  if (m.locationKind === "phone") return { score: 0, reasons: [], unavailable: { key: "unavailable.call.phone" } };
  const w = weigh(10);
  if (m.locationKind === "in-person") {
    if (m.atClientPremises) w.add(65, "reason.call.clientPremises");
    else w.add(40, "reason.call.inPerson");
  } else w.add(0, "reason.call.noPlace");
  if (a.reason === "conflict") w.add(15, "reason.call.conflict");
  if (a.reason === "workload") w.add(5);
  return w;
}

function adviseShorter(m: Meeting, a: Answers, s: Settings): Weighed & { unavailable?: MessageRef } {
  const values = { duration: m.durationMinutes, shorter: s.shorterMinutes };
  if (m.durationMinutes <= SHORT_MEETING_MINUTES) return { score: 0, reasons: [], unavailable: { key: "unavailable.shorter.tooShort", values } };
  if (m.durationMinutes <= s.shorterMinutes) return { score: 0, reasons: [], unavailable: { key: "unavailable.shorter.already", values } };
  const w = weigh(10);
  if (m.durationMinutes >= LONG_MEETING_MINUTES) w.add(35 + Math.min(20, Math.round((m.durationMinutes - LONG_MEETING_MINUTES) / 3)), "reason.shorter.long", values);
  else w.add(15, "reason.shorter.trim", values);
  if (m.agenda.length) w.add(5, "reason.shorter.agenda", { count: m.agenda.length });
  if (a.reason === "workload") w.add(15, "reason.shorter.workload");
  if (a.reason === "conflict") w.add(10, "reason.shorter.conflict");
  if (a.reason === "repetitive") w.add(5);
  return w;
}

function adviseEmail(m: Meeting, a: Answers): Weighed {
  const w = weigh(10);
  if (a.reason === "repetitive") w.add(30, "reason.email.repetitive");
  if (m.isRecurring) w.add(25, "reason.email.recurring");
  if (m.isStatusMeeting) w.add(20, "reason.email.status");
  if (m.attendees.length <= FEW_ATTENDEES) w.add(10, "reason.email.few", { count: m.attendees.length });
  if (a.importance === "minor") w.add(15, "reason.email.minor");
  if (a.reason === "emergency") w.add(20, "reason.email.emergency");
  if (a.reason === "workload") w.add(10, "reason.email.workload");
  if (a.importance === "key") w.add(-15);
  return w;
}

function adviseDelegate(m: Meeting, a: Answers): Weighed & { unavailable?: MessageRef } {
  if (m.role === "organizer") return { score: 0, reasons: [], unavailable: { key: "unavailable.delegate.organizer" } };
  const colleague = standIn(m);
  if (!colleague) return { score: 0, reasons: [], unavailable: { key: "unavailable.delegate.noColleague" } };
  const w = weigh(20);
  if (m.organizedByColleague) w.add(35, "reason.delegate.organizer", { name: colleague.name });
  else w.add(20, "reason.delegate.attends", { name: colleague.name });
  if (m.externals.length) w.add(20, "reason.delegate.client", { name: colleague.name });
  if (a.reason === "emergency") w.add(30, "reason.delegate.emergency", { name: colleague.name });
  if (a.reason === "conflict") w.add(10);
  if (a.importance === "key") w.add(-10);
  return w;
}

function adviseKeep(m: Meeting, a: Answers, s: Settings): Weighed {
  const w = weigh(5);
  const client = clientName(m, s);
  const minutes = m.durationMinutes;
  if (a.reason === "emergency") w.add(-100, "reason.keep.emergency");
  else if (a.importance === "key") w.add(100, client ? "reason.keep.key" : "reason.keep.keyUnnamed", client ? { client, minutes } : { minutes });
  if (a.reason === "dislike") w.add(80, "reason.keep.dislike");
  if (m.durationMinutes <= SHORT_MEETING_MINUTES && a.reason !== "emergency") w.add(25, "reason.keep.short", { duration: m.durationMinutes });
  if (!w.reasons.length) w.add(0, "reason.keep.default");
  return w;
}

function savingsFor(id: OutcomeId, m: Meeting, s: Settings): Savings {
  const inPerson = m.locationKind === "in-person";
  switch (id) {
    case "call":
      return { minutes: 0, trip: inPerson };
    case "shorter":
      return { minutes: Math.max(0, m.durationMinutes - s.shorterMinutes), trip: false };
    case "email":
      return { minutes: Math.max(0, m.durationMinutes - EMAIL_WRITING_MINUTES), trip: inPerson };
    case "delegate":
      return { minutes: m.durationMinutes, trip: inPerson };
    case "keep":
      return { minutes: 0, trip: false };
  }
}

/**
 * Illness or an emergency is a full reason to step back, whoever the client is:
 * handing over in writing or to a colleague comes before a call or a shorter
 * slot (which still need the user), and keeping the meeting comes last.
 */
function tiers(answers: Answers): Record<OutcomeId, number> {
  if (answers.reason === "emergency") return { email: 2, delegate: 2, call: 1, shorter: 1, keep: 0 };
  return { call: 0, shorter: 0, email: 0, delegate: 0, keep: 0 };
}

export function adviseMeeting(meeting: Meeting, answers: Answers, settings: Settings): Advice {
  const weighed: Record<OutcomeId, Weighed & { unavailable?: MessageRef }> = {
    call: adviseCall(meeting, answers),
    shorter: adviseShorter(meeting, answers, settings),
    email: adviseEmail(meeting, answers),
    delegate: adviseDelegate(meeting, answers),
    keep: adviseKeep(meeting, answers, settings),
  };
  const outcomes: OutcomeAdvice[] = OUTCOMES.map((id) => {
    const w = weighed[id];
    return {
      id,
      score: w.score,
      available: !w.unavailable,
      unavailableReason: w.unavailable ?? null,
      // The strongest one or two reasons; a negative weight is never shown as a reason for.
      reasons: [...w.reasons]
        .filter((r) => r.weight >= 0 || id === "keep")
        .sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight))
        .slice(0, 2)
        .map((r) => r.message),
      savings: savingsFor(id, meeting, settings),
      recommended: false,
    };
  });
  // Available first, then the answers' tier, best score first; ties keep the fixed order (call, shorter, email, delegate, keep).
  const tier = tiers(answers);
  const ranked = outcomes
    .map((o, index) => ({ o, index }))
    .sort((x, y) => Number(y.o.available) - Number(x.o.available) || tier[y.o.id] - tier[x.o.id] || y.o.score - x.o.score || x.index - y.index)
    .map(({ o }) => o);
  const best = ranked[0];
  if (best?.available) best.recommended = true;
  return { ranked };
}
