// The Graph requests each way out sends: method, path and body, for the draft in
// every language Offramp speaks. What the pane shows and the client sends is this.
import { bodyToHtml, buildDraft, shortenedEnd, updateEmailSubject, type Draft } from "../../../src/core/drafts";
import { SUPPORTED_LANGUAGES, createTranslator, loadCatalog, type Catalog, type LanguageTag } from "../../../src/core/i18n";
import type { Meeting, OutcomeId, Settings } from "../../../src/core/types";
import { graphPlan, type GraphPlanInput, type GraphStep } from "../../../src/office/graph/plan";
import { cancelEvent, eventResponse, recipientCount, sendMail, utcDateTime } from "../../../src/office/graph/requests";
import { fixtureCopy, meetingOf, settingsOf } from "../../core/helpers";

const catalogs = new Map<LanguageTag, Catalog>();
beforeAll(async () => {
  for (const language of SUPPORTED_LANGUAGES) catalogs.set(language, await loadCatalog(language));
});

const EVENT_ID = "AAMkADk0Mzg_Review-Occ1AAA=";

function inputFor(outcome: OutcomeId, meeting: Meeting, settings: Settings, language: LanguageTag, extra: Partial<GraphPlanInput> = {}): { input: GraphPlanInput; draft: Draft } {
  const tr = createTranslator(language, catalogs.get(language)!, meeting.timeZone);
  const draft = buildDraft(outcome, meeting, settings, tr, { tone: "formal" });
  const input: GraphPlanInput = {
    outcome,
    meeting,
    eventId: EVENT_ID,
    isSeriesMaster: false,
    isOccurrence: false,
    draftPlan: draft.plan,
    subject: draft.subject,
    body: draft.body,
    answer: "tentativelyAccept",
    proposedEnd: outcome === "shorter" ? shortenedEnd(meeting, settings.shorterMinutes) : null,
    notes: {
      declineNote: tr.t("draft.delegate.declineNote", { tone: "formal", name: "Sam" }),
      cancelNote: tr.t("draft.email.cancelNote", { tone: "formal" }),
      updateSubject: updateEmailSubject(meeting, tr, "formal"),
      updateDeclineNote: tr.t("draft.email.declineNote", { tone: "formal" }),
    },
    ...extra,
  };
  return { input, draft };
}

const steps = (input: GraphPlanInput): GraphStep[] => {
  const plan = graphPlan(input);
  if (plan.kind !== "steps") throw new Error(`expected steps, got ${plan.kind}`);
  return plan.steps;
};

describe.each(SUPPORTED_LANGUAGES)("drafts in %s", (language) => {
  test("attendee, shorter: tentativelyAccept (or decline) with the draft as comment and the shorter slot as Outlook's proposal", async () => {
    const f = fixtureCopy("attendee-client-review-90min-onsite");
    const meeting = await meetingOf(f);
    const { input, draft } = inputFor("shorter", meeting, settingsOf(f), language);
    const [tentative] = steps(input).map((s) => s.request);
    expect(tentative).toEqual({
      method: "POST",
      path: `/me/events/${EVENT_ID}/tentativelyAccept`,
      scope: "Calendars.ReadWrite",
      action: "tentativelyAccept",
      body: {
        comment: draft.body,
        sendResponse: true,
        proposedNewTime: { start: { dateTime: "2026-11-24T08:00:00", timeZone: "UTC" }, end: { dateTime: "2026-11-24T08:30:00", timeZone: "UTC" } },
      },
    });
    const [decline] = steps({ ...input, answer: "decline" }).map((s) => s.request);
    expect(decline?.path).toBe(`/me/events/${EVENT_ID}/decline`);
    expect(decline?.body).toEqual(tentative?.body);
  });

  test("attendee, email for now: decline with the drafted update as comment, no proposal", async () => {
    const f = fixtureCopy("attendee-client-review-90min-onsite");
    const { input, draft } = inputFor("email", await meetingOf(f), settingsOf(f), language);
    expect(steps(input).map((s) => s.request)).toEqual([
      { method: "POST", path: `/me/events/${EVENT_ID}/decline`, scope: "Calendars.ReadWrite", action: "decline", body: { comment: draft.body, sendResponse: true } },
    ]);
    expect(steps(input)[0]).toMatchObject({ note: false });
  });

  test("attendee, email for now, several people invited: the update to everyone by sendMail, then a decline with a short note", async () => {
    // Outlook's way is Reply all; a decline's message would reach the organizer alone.
    const f = fixtureCopy("attendee-dragged-in-by-colleague");
    const meeting = await meetingOf(f);
    const { input, draft } = inputFor("email", meeting, settingsOf(f), language);
    if (draft.plan.kind !== "reply" || !draft.plan.replyAll) throw new Error("an update to several people is a reply to all");
    const [mail, decline] = steps(input);
    expect(mail?.request).toEqual({
      method: "POST",
      path: "/me/sendMail",
      scope: "Mail.Send",
      action: "sendMail",
      body: {
        message: {
          subject: input.notes.updateSubject,
          body: { contentType: "html", content: bodyToHtml(draft.body) },
          toRecipients: draft.plan.to.map((r) => ({ emailAddress: { address: r.email, name: r.name } })),
          ccRecipients: draft.plan.cc.map((r) => ({ emailAddress: { address: r.email, name: r.name } })),
        },
        saveToSentItems: true,
      },
    });
    // Everyone invited but the user hears it: the organizer and each other attendee.
    const reached = [...draft.plan.to, ...draft.plan.cc].map((r) => r.email).sort();
    expect(reached).toEqual(meeting.attendees.map((p) => p.email).sort());
    expect(reached.length).toBeGreaterThan(1);
    expect(input.notes.updateSubject).toContain(meeting.subject);
    expect(decline).toMatchObject({ kind: "respond", note: true, comment: input.notes.updateDeclineNote });
    expect(decline?.request).toEqual({ method: "POST", path: `/me/events/${EVENT_ID}/decline`, scope: "Calendars.ReadWrite", action: "decline", body: { comment: input.notes.updateDeclineNote, sendResponse: true } });
    expect(input.notes.updateDeclineNote).not.toBe(draft.body);
  });

  test("bow out: the briefing to the colleague by sendMail, then a decline with the short note", async () => {
    const f = fixtureCopy("attendee-dragged-in-by-colleague");
    const { input, draft } = inputFor("delegate", await meetingOf(f), settingsOf(f), language);
    if (draft.plan.kind !== "new-message") throw new Error("bowing out drafts a new message");
    const colleague = draft.plan.to[0]!;
    const [mail, decline] = steps(input).map((s) => s.request);
    expect(mail).toEqual({
      method: "POST",
      path: "/me/sendMail",
      scope: "Mail.Send",
      action: "sendMail",
      body: {
        message: { subject: draft.subject, body: { contentType: "html", content: bodyToHtml(draft.body) }, toRecipients: [{ emailAddress: { address: colleague.email, name: colleague.name } }] },
        saveToSentItems: true,
      },
    });
    expect(decline).toEqual({ method: "POST", path: `/me/events/${EVENT_ID}/decline`, scope: "Calendars.ReadWrite", action: "decline", body: { comment: input.notes.declineNote, sendResponse: true } });
    expect(input.notes.declineNote).toContain("Sam");
  });

  test("organizer, email for now: sendMail to everyone invited, then cancel this occurrence with the message", async () => {
    const f = fixtureCopy("organizer-weekly-status-60min");
    const { input, draft } = inputFor("email", await meetingOf(f), settingsOf(f), language, { isOccurrence: true });
    const [mail, cancel] = steps(input);
    expect(mail?.request.path).toBe("/me/sendMail");
    expect(mail?.request.body).toEqual({
      message: {
        subject: draft.subject,
        body: { contentType: "html", content: bodyToHtml(draft.body) },
        toRecipients: [
          { emailAddress: { address: "maja.holm@northwind.dk", name: "Maja Holm" } },
          { emailAddress: { address: "jonas.berg@northwind.dk", name: "Jonas Berg" } },
        ],
      },
      saveToSentItems: true,
    });
    expect(cancel).toMatchObject({ kind: "cancel", occurrence: true });
    expect(cancel?.request).toEqual({ method: "POST", path: `/me/events/${EVENT_ID}/cancel`, scope: "Calendars.ReadWrite", action: "cancel", body: { comment: input.notes.cancelNote } });
    expect(input.notes.cancelNote.trim()).not.toBe("");
  });
});

describe("what stays on Office.js, and what is never done to a series", () => {
  const f = fixtureCopy("organizer-weekly-status-60min");
  const settings = settingsOf(f);
  let meeting: Meeting;
  beforeAll(async () => {
    meeting = await meetingOf(f);
  });

  test.each(["call", "shorter", "keep"] as OutcomeId[])("organizer, %s: no Graph step (the open event is changed, or nothing is)", (outcome) => {
    expect(graphPlan(inputFor(outcome, meeting, settings, "en").input).kind).toBe("none");
  });

  test("attendee, call: the reply stays Office.js's", async () => {
    const a = fixtureCopy("attendee-client-review-90min-onsite");
    expect(graphPlan(inputFor("call", await meetingOf(a), settingsOf(a), "en").input).kind).toBe("none");
  });

  test("the series itself opened: no cancel and no answer that would hit every meeting", async () => {
    expect(graphPlan(inputFor("email", meeting, settings, "en", { isSeriesMaster: true }).input).kind).toBe("series");
    const a = fixtureCopy("attendee-client-review-90min-onsite");
    expect(graphPlan(inputFor("shorter", await meetingOf(a), settingsOf(a), "en", { isSeriesMaster: true }).input).kind).toBe("series");
  });

  test("more than 500 recipients is flagged before anything is sent", () => {
    const { input } = inputFor("email", meeting, settings, "en");
    if (input.draftPlan.kind !== "replacement-email") throw new Error("organizer email");
    const many = Array.from({ length: 501 }, (_, i) => ({ name: `P${i}`, email: `p${i}@northwind.dk` }));
    const [mail] = steps({ ...input, draftPlan: { ...input.draftPlan, to: many } });
    expect(mail).toMatchObject({ kind: "sendMail", tooManyRecipients: true });
    expect(recipientCount(mail!.request)).toBe(501);
    const [fine] = steps({ ...input, draftPlan: { ...input.draftPlan, to: many.slice(0, 500) } });
    expect(fine).toMatchObject({ kind: "sendMail", tooManyRecipients: false });
  });
});

describe("the builders", () => {
  test("an id that is not URL-safe cannot bend the path", () => {
    expect(eventResponse("a/b?c#d=", "decline", "x").path).toBe("/me/events/a%2Fb%3Fc%23d=/decline");
    expect(cancelEvent("../sendMail", "x").path).toBe("/me/events/..%2FsendMail/cancel");
  });

  test("times go to Graph in UTC, without an offset in dateTime", () => {
    expect(utcDateTime(new Date("2026-11-24T09:00:00+01:00"))).toEqual({ dateTime: "2026-11-24T08:00:00", timeZone: "UTC" });
  });

  test("recipients without an address are left out; Cc only when there is one", () => {
    const request = sendMail({ to: [{ name: "Maja", email: "maja@northwind.dk" }, { name: "Nobody", email: "" }], cc: [], subject: "S", html: "<p>x</p>" });
    expect(request.body).toEqual({
      message: { subject: "S", body: { contentType: "html", content: "<p>x</p>" }, toRecipients: [{ emailAddress: { address: "maja@northwind.dk", name: "Maja" } }] },
      saveToSentItems: true,
    });
  });
});
