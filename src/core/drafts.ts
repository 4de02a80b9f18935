// Chosen outcome -> the text Offramp writes and what it will do with it.
// Drafts are plain text (the user edits them in the pane); `bodyToHtml` turns
// them into escaped HTML only when they go to Outlook.

import type { Meeting, OutcomeId, Person, Settings, Tone } from "./types";
import type { Draft, DraftInputs, DraftPlan, Recipient } from "./drafts.types";
import type { MessageKey, MessageValues, Translator } from "./i18n";
import { standIn } from "./advice";
import { MAX_CALL_DETAILS_LENGTH } from "./settings";

export type { Draft, DraftInputs, DraftPlan, Recipient } from "./drafts.types";

const MINUTE = 60_000;

function recipient(p: Person): Recipient {
  return { name: p.name, email: p.email };
}

// Titles written before a name, so that "Dr. Maja Holm" is greeted "Maja", never "Dr.": any
// short word with a full stop ("Dr.", "Prof.", "Hr.", "Sig.ra", an initial), or a common one without.
const TITLE = /^(?:\p{L}{1,5}\.(?:\p{L}{1,3})?|dr|prof|mr|mrs|ms|mx|herr|frau|hr|fru|mme|mlle)$/iu;

function firstName(p: Person): string {
  // "Holm, Maja" is how some directories list people; the given name follows the comma.
  const name = p.name.includes(",") ? (p.name.split(",")[1] ?? p.name) : p.name;
  const words = name.trim().split(/\s+/).filter(Boolean);
  // A name of titles and one word ("Dr. Holm") has no first name to use: the whole name then.
  const given = words.findIndex((w) => !TITLE.test(w));
  if (given < 0 || (given > 0 && given === words.length - 1)) return p.name.trim();
  return words[given] ?? p.name;
}

/** The end of the shortened meeting: same start, the preferred length. */
export function shortenedEnd(meeting: Meeting, minutes: number): Date {
  return new Date(meeting.start.getTime() + minutes * MINUTE);
}

class Writer {
  private readonly paragraphs: string[] = [];
  constructor(
    private readonly tr: Translator,
    private readonly tone: Tone,
  ) {}
  text(key: MessageKey, values: MessageValues = {}): string {
    return this.tr.t(key, { tone: this.tone, ...values });
  }
  para(...lines: string[]): this {
    const text = lines.filter(Boolean).join("\n");
    if (text) this.paragraphs.push(text);
    return this;
  }
  say(key: MessageKey, values: MessageValues = {}): this {
    return this.para(this.text(key, values));
  }
  list(heading: string, items: readonly string[]): this {
    return this.para(heading, ...items.map((item) => `- ${item}`));
  }
  done(): string {
    return this.paragraphs.join("\n\n");
  }
}

function greeting(w: Writer, people: Person[]): string {
  const [only] = people;
  // Someone Outlook gives no name for is greeted without one: never "Dear maja.holm@northwind.dk,".
  if (people.length === 1 && only && (!only.name || only.name === only.email)) return w.text("draft.greeting.unnamed");
  // Each language greets in its own way: English "Dear Maja Holm," when formal, Danish,
  // Swedish and Norwegian by first name in either tone, as letters there do.
  if (people.length === 1 && only) return w.text("draft.greeting.one", { name: only.name, firstName: firstName(only) });
  return w.text("draft.greeting.all");
}

/** A letter to one person (the organizer, the colleague): unknown, they are greeted without a name, never as "all". */
function greetingOne(w: Writer, person: Person | null): string {
  return person ? greeting(w, [person]) : w.text("draft.greeting.unnamed");
}

function signOff(w: Writer, meeting: Meeting): string {
  return [w.text("draft.signoff"), meeting.user.name].filter(Boolean).join("\n");
}

function agendaOrFallback(meeting: Meeting, w: Writer): string[] {
  return meeting.agenda.length ? meeting.agenda : [w.text("draft.agenda.fallback1"), w.text("draft.agenda.fallback2"), w.text("draft.agenda.fallback3")];
}

function callDetails(settings: Settings): string {
  return settings.callDetails.trim().slice(0, MAX_CALL_DETAILS_LENGTH);
}

/**
 * The meeting as running text names it: "the “Quarterly review” meeting" becomes
 * "riunione «…»", "mødet »…«", "das Meeting „…“" (each catalog decides the noun and
 * article), or "our meeting" when the event has no title. The title is one value,
 * so whoever shortens a long title for a subject line shortens just `title`.
 */
export function meetingPhrase(w: Pick<Writer, "text">, title: string): string {
  return title ? w.text("draft.meeting.named", { title: w.text("format.quoted", { text: title }) }) : w.text("draft.meeting.unnamed");
}

/** The subject of the email that stands in for the meeting: the organizer's, or an attendee's sent to everyone through Graph. */
export function updateEmailSubject(meeting: Meeting, tr: Translator, tone: Tone): string {
  const date = tr.prose.date(meeting.start);
  // Without a title, "our meeting: update instead of the meeting" would say it twice.
  return meeting.subject ? tr.t("draft.email.subject", { tone, subject: meeting.subject, date }) : tr.t("draft.email.subject.untitled", { tone, date });
}

export function buildDraft(outcome: OutcomeId, meeting: Meeting, settings: Settings, tr: Translator, inputs: DraftInputs): Draft {
  const tone = inputs.tone;
  const w = new Writer(tr, tone);
  const prose = tr.prose;
  const subject = meeting.subject || w.text("draft.subject.fallback");
  const named = meetingPhrase(w, meeting.subject);
  // Letters spell dates, times and lengths out ("martedì 24 novembre, dalle 9:00 alle 10:30", "un’ora e mezza").
  const when = prose.slot(meeting.start, meeting.end);
  const date = prose.date(meeting.start);
  const shorterMinutes = inputs.shorterMinutes ?? settings.shorterMinutes;
  const base = { outcome, locale: tr.locale, subjectEditable: false, proposal: null as string | null };
  const organizer = meeting.organizer;
  const others = meeting.attendees.filter((p) => p !== organizer);

  const reply = (replyAll: boolean): DraftPlan => ({
    kind: "reply",
    replyAll,
    to: organizer ? [recipient(organizer)] : [],
    cc: replyAll ? others.filter((p) => p.email).map(recipient) : [],
  });

  switch (outcome) {
    case "call": {
      const details = callDetails(settings);
      if (meeting.role === "organizer") {
        const location = details || w.text("draft.call.location");
        w.say("draft.call.note").say(details ? "draft.call.note.details" : "draft.call.note.noDetails", { details });
        return { ...base, plan: { kind: "update-event", newEnd: null, newLocation: location }, subject, body: w.done(), proposal: location };
      }
      w.para(greetingOne(w, organizer))
        .say("draft.call.reply.intro", { subject: named, when })
        .say("draft.call.reply.why")
        .say(details ? "draft.call.reply.details" : "draft.call.reply.noDetails", { details })
        .say("draft.call.reply.close")
        .para(signOff(w, meeting));
      return { ...base, plan: reply(false), subject, body: w.done(), proposal: null };
    }

    case "shorter": {
      const newEnd = shortenedEnd(meeting, shorterMinutes);
      const slot = prose.slot(meeting.start, newEnd);
      const shorter = prose.duration(shorterMinutes);
      const agenda = agendaOrFallback(meeting, w);
      // The pane shows the proposal in its own short form.
      const proposal = tr.slot(meeting.start, newEnd);
      if (meeting.role === "organizer") {
        // On a whole series the note heads every occurrence's description: the new times, no one day's date.
        if (inputs.lengthScope === "series") w.say("draft.shorter.noteSeries", { shorter, range: prose.range(meeting.start, newEnd) });
        else w.say("draft.shorter.note", { shorter, slot });
        w.list(w.text("draft.shorter.agendaIntro"), agenda).say("draft.shorter.rest");
        return { ...base, plan: { kind: "update-event", newEnd, newLocation: null }, subject, body: w.done(), proposal };
      }
      w.para(greetingOne(w, organizer))
        .say("draft.shorter.reply.intro", { subject: named, shorter, slot })
        .list(w.text("draft.shorter.agendaIntro"), agenda)
        .say("draft.shorter.rest")
        .para(signOff(w, meeting));
      return { ...base, plan: reply(false), subject, body: w.done(), proposal };
    }

    case "email": {
      const items = meeting.agenda.map((item) => w.text("draft.email.updateItem", { item }));
      const update = items.length ? items : [w.text("draft.placeholder")];
      if (meeting.role === "organizer") {
        const everyone = meeting.attendees;
        // A series goes on: the email stands in for this one meeting, and says so.
        const series = meeting.isRecurring;
        w.para(greeting(w, everyone))
          .say(series ? "draft.email.organizer.introOccurrence" : "draft.email.organizer.intro", { when, duration: prose.duration(meeting.durationMinutes) })
          .list(w.text("draft.email.updateHeading"), update)
          .say("draft.email.followUp")
          .say(series ? "draft.email.organizer.cancelOccurrence" : "draft.email.organizer.cancel", { date })
          .para(signOff(w, meeting));
        return {
          ...base,
          plan: { kind: "replacement-email", to: everyone.filter((p) => p.email).map(recipient), cc: [] },
          subject: updateEmailSubject(meeting, tr, tone),
          subjectEditable: true,
          body: w.done(),
        };
      }
      w.para(greeting(w, meeting.attendees.length > 1 ? meeting.attendees : organizer ? [organizer] : []))
        .say("draft.email.reply.intro", { subject: named, when })
        .list(w.text("draft.email.updateHeading"), update)
        .say("draft.email.followUp")
        .para(signOff(w, meeting));
      return { ...base, plan: reply(meeting.attendees.length > 1), subject, body: w.done() };
    }

    case "delegate": {
      const colleague = standIn(meeting);
      const toOrganizer = colleague !== null && colleague === organizer;
      const placeholder = [w.text("draft.placeholder")];
      w.para(greetingOne(w, colleague)).say("draft.delegate.intro", { subject: named, when });
      if (meeting.agenda.length) w.say("draft.delegate.agenda", { items: tr.list(meeting.agenda) });
      w.list(w.text("draft.delegate.questions"), placeholder)
        .list(w.text("draft.delegate.status"), placeholder)
        .list(w.text("draft.delegate.open"), placeholder)
        .list(w.text("draft.delegate.where"), placeholder)
        // Without a known organizer there is nobody to name, and no calendar of the colleague's to point to.
        .say(toOrganizer ? "draft.delegate.declineToOrganizer" : organizer ? "draft.delegate.decline" : "draft.delegate.declineUnnamed", { organizer: organizer?.name ?? "" })
        .say("draft.delegate.thanks")
        .para(signOff(w, meeting));
      return {
        ...base,
        plan: { kind: "new-message", to: colleague ? [recipient(colleague)] : [], cc: [] },
        subject: w.text("draft.delegate.subject", { subject: named, date }),
        subjectEditable: true,
        body: w.done(),
      };
    }

    case "keep":
      return { ...base, plan: { kind: "nothing" }, subject, body: "" };
  }
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Plain draft text -> HTML for Outlook: every character escaped, blank lines
 * make paragraphs, "- " lines make a bulleted list, other line breaks stay.
 */
export function bodyToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n{2,}/)
    .filter((block) => block.trim())
    .map((block) => {
      const lines = block.split("\n");
      const firstBullet = lines.findIndex((l) => /^\s*- /.test(l));
      if (firstBullet >= 0 && lines.slice(firstBullet).every((l) => /^\s*- /.test(l))) {
        const lead = lines.slice(0, firstBullet).map(escapeHtml).join("<br>");
        const items = lines.slice(firstBullet).map((l) => `<li>${escapeHtml(l.replace(/^\s*- /, ""))}</li>`).join("");
        return `${lead ? `<p>${lead}</p>` : ""}<ul>${items}</ul>`;
      }
      return `<p>${lines.map(escapeHtml).join("<br>")}</p>`;
    })
    .join("");
}

/** Half of a surrogate pair, with no other half beside it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * encodeURIComponent throws on a lone surrogate, which event text can carry (a subject cut
 * through an emoji by another client): it becomes U+FFFD, as a mail app would show it anyway.
 */
const encode = (text: string) => encodeURIComponent(text.replace(LONE_SURROGATE, "\uFFFD"));

/** A mailto: link holding the whole email, for mail apps outside Outlook. */
export function mailtoLink(to: Recipient[], cc: Recipient[], subject: string, body: string): string {
  const addresses = (list: Recipient[]) => list.map((r) => encode(r.email)).join(",");
  const params = [
    ...(cc.length ? [`cc=${addresses(cc)}`] : []),
    `subject=${encode(subject)}`,
    `body=${encode(body.replace(/\r?\n/g, "\r\n"))}`,
  ];
  return `mailto:${addresses(to)}?${params.join("&")}`;
}
