// Outlook's documented limits, respected before Offramp calls it: Outlook throws
// ("Sys.ArgumentException") or fails on anything longer, which would leave the
// user with an error they cannot act on. The draft Offramp writes is fitted here;
// what the user wrote is checked here and, if too long, explained in words.
import type { Meeting, MessageRef, Person } from "./types";
import type { Draft, DraftPlan, Recipient } from "./drafts.types";
import { bodyToHtml, mailtoLink } from "./drafts";
import { organizerUnreachable } from "./replies";
import { ellipsize } from "./ellipsize";

export { ellipsize };

export const OUTLOOK_LIMITS = {
  /** Subject of a message or of a display*Form. */
  subjectChars: 255,
  /** htmlBody of displayReplyForm / displayNewMessageForm ("32 KB"): counted in UTF-8 bytes, the stricter reading. */
  htmlBodyBytes: 32 * 1024,
  /** location.setAsync. */
  locationChars: 255,
  /** toRecipients / ccRecipients of displayNewMessageForm, recipients.setAsync per call. */
  recipientsPerField: 100,
  /** Display names (and, in practice, the subject) Outlook stores. */
  displayNameChars: 255,
} as const;

/** Mail apps and browsers cut or refuse longer mailto: links; Offramp offers one only below this. */
export const MAILTO_MAX_CHARS = 2000;

/** The size Outlook's 32 KB limit applies to: the HTML after escaping, in UTF-8 bytes (never fewer than UTF-16 units). */
export function htmlBodySize(html: string): number {
  let bytes = 0;
  for (const point of html) {
    const code = point.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

export function bodyFits(bodyText: string): boolean {
  return htmlBodySize(bodyToHtml(bodyText)) <= OUTLOOK_LIMITS.htmlBodyBytes;
}

/** Plans whose recipients Offramp hands to Outlook itself (a reply's come from Outlook). */
function sendsRecipients(plan: DraftPlan): plan is Extract<DraftPlan, { kind: "new-message" | "replacement-email" }> {
  return plan.kind === "new-message" || plan.kind === "replacement-email";
}

/** Plans that send Offramp's subject (a reply takes Outlook's own "RE:" subject). */
export function sendsSubject(plan: DraftPlan): boolean {
  return sendsRecipients(plan);
}

export interface FittedDraft {
  draft: Draft;
  /** What fitting changed or left out, for the pane to say. */
  notices: MessageRef[];
  /** Set when the primary action cannot run at all (e.g. a reply with no organizer to reply to). */
  blocked: MessageRef | null;
}

function shortenPerson(p: Person): Person {
  return { ...p, name: ellipsize(p.name, OUTLOOK_LIMITS.displayNameChars) };
}

/** The meeting with every text from the event cut to the lengths Outlook itself allows. */
function withOutlookLengths(m: Meeting): Meeting {
  const people = new Map(m.attendees.map((p) => [p, shortenPerson(p)]));
  const same = (p: Person) => people.get(p) ?? shortenPerson(p);
  return {
    ...m,
    subject: ellipsize(m.subject, OUTLOOK_LIMITS.subjectChars),
    user: shortenPerson(m.user),
    organizer: m.organizer ? same(m.organizer) : null,
    attendees: m.attendees.map(same),
    colleagues: m.colleagues.map(same),
    externals: m.externals.map(same),
  };
}

/** The draft's subject with the meeting's title shortened, never the sentence around it. */
function fitSubject(build: (meeting: Meeting) => Draft, meeting: Meeting, subject: string): string {
  const max = OUTLOOK_LIMITS.subjectChars;
  if (subject.length <= max) return subject;
  // The longest title (in UTF-16 units) whose subject still fits: binary search, each probe one build.
  // A title that fits is shorter than the limit itself, so the search starts there.
  let low = 1;
  let high = Math.min(meeting.subject.length - 1, max);
  let best: string | null = null;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    const probe = build({ ...meeting, subject: ellipsize(meeting.subject, mid) }).subject;
    if (probe.length <= max) {
      best = probe;
      low = mid + 1;
    } else high = mid - 1;
  }
  // Only a template longer than Outlook's limit by itself could leave nothing; cut it as the last resort.
  return best ?? ellipsize(subject, max);
}

function capRecipients(list: Recipient[]): { kept: Recipient[]; left: number } {
  const max = OUTLOOK_LIMITS.recipientsPerField;
  return { kept: list.slice(0, max), left: Math.max(0, list.length - max) };
}

function replyBlocked(plan: DraftPlan, meeting: Meeting): MessageRef | null {
  return plan.kind === "reply" ? organizerUnreachable(meeting) : null;
}

/**
 * The draft `build` writes for `meeting`, fitted to Outlook's limits: quoted
 * agenda items go first when the body is too long, then event texts longer than
 * Outlook allows anywhere; the title is shortened inside the subject; at most
 * 100 recipients per field, the rest named in a notice.
 */
export function fitDraft(build: (meeting: Meeting) => Draft, meeting: Meeting): FittedDraft {
  const notices: MessageRef[] = [];
  let source = meeting;
  let draft = build(source);

  if (!bodyFits(draft.body)) {
    let agenda = meeting.agenda;
    while (agenda.length > 0 && !bodyFits(draft.body)) {
      agenda = agenda.slice(0, -1);
      source = { ...meeting, agenda };
      draft = build(source);
    }
    const left = meeting.agenda.length - agenda.length;
    if (left > 0) notices.push({ key: "limits.agendaTrimmed", values: { count: left } });
    if (!bodyFits(draft.body)) {
      source = withOutlookLengths(source);
      draft = build(source);
    }
  }

  const subject = fitSubject(build, source, draft.subject);
  let plan = draft.plan;
  if (sendsRecipients(plan)) {
    const to = capRecipients(plan.to);
    const cc = capRecipients(plan.cc);
    const left = to.left + cc.left;
    if (left > 0) notices.push({ key: "limits.recipientsLeftOut", values: { limit: OUTLOOK_LIMITS.recipientsPerField, count: left } });
    plan = { ...plan, to: to.kept, cc: cc.kept };
  }
  if (plan.kind === "update-event" && plan.newLocation !== null) plan = { ...plan, newLocation: ellipsize(plan.newLocation, OUTLOOK_LIMITS.locationChars) };

  return { draft: { ...draft, subject, plan }, notices, blocked: replyBlocked(plan, meeting) };
}

/**
 * What stops the text the user is about to send (their own edits included) from
 * going to Outlook, in words; null when it fits.
 */
export function outgoingProblem(plan: DraftPlan, subject: string, body: string): MessageRef | null {
  if (sendsSubject(plan) && subject.length > OUTLOOK_LIMITS.subjectChars) {
    return { key: "limits.subjectTooLong", values: { count: subject.length, limit: OUTLOOK_LIMITS.subjectChars } };
  }
  const size = htmlBodySize(bodyToHtml(body));
  if (plan.kind !== "nothing" && size > OUTLOOK_LIMITS.htmlBodyBytes) {
    return { key: "limits.bodyTooLong", values: { size: Math.ceil(size / 1024), limit: OUTLOOK_LIMITS.htmlBodyBytes / 1024 } };
  }
  return null;
}

/** A mailto: link holding the whole email, or null when it would not stay under MAILTO_MAX_CHARS. */
export function mailtoWithinLimit(to: Recipient[], cc: Recipient[], subject: string, body: string): string | null {
  const link = mailtoLink(to, cc, subject, body);
  return link.length < MAILTO_MAX_CHARS ? link : null;
}
