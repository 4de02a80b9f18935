// Responding for real through Microsoft Graph (nested app authentication), on
// the built preview: each action sends exactly the requests described, only
// after a confirming click; consent denied, a failure part-way and a host
// without NAA each end in a pane that says exactly what happened.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { callLog, openDraft, openPreview, sharedFixture, type Fixture, type LoggedCall } from "./fixtures";
import { PROJECT_FIXTURES_DIR } from "../support/fixtures";
import { leakedEnglish } from "../support/englishWords";
// The catalogs themselves, not the i18n module: it pulls in FormatJS, which ships ES modules only.
import da from "../../src/core/i18n/catalogs/da";
import it from "../../src/core/i18n/catalogs/it";

function ownFixture(name: string): Fixture {
  return JSON.parse(readFileSync(join(PROJECT_FIXTURES_DIR, `${name}.json`), "utf8")) as Fixture;
}

/** Only the calls this feature is about: the event id conversion, token requests and Graph. */
const graphCalls = async (page: Page): Promise<LoggedCall[]> =>
  (await callLog(page)).filter((c) => ["convertToRestId", "naa.acquireToken", "graph"].includes(c.api));

const pane = (page: Page) => page.locator('[data-preview="pane"]');

/** Picks a way out; `graphSends` false for one Graph does not carry out (a call), whose text stays behind its expander. */
async function choose(page: Page, outcome: string, { graphSends = true } = {}) {
  await pane(page).locator(`[data-outcome="${outcome}"]`).click();
  await expect(pane(page).locator('[data-section="graph"]')).toBeVisible();
  // What Graph sends cannot be unsent: its text is open from the start, not behind the expander.
  await expect(pane(page).locator('[data-action="show-draft"]')).toHaveAttribute("aria-expanded", graphSends ? "true" : "false");
  await expect(pane(page).locator('[data-draft="body"]')).toBeVisible({ visible: graphSends });
}

/** Clicks a step's button, checks nothing went out on the first click, then confirms. */
async function sendStep(page: Page, kind: string) {
  const step = pane(page).locator(`[data-graph-step="${kind}"]`);
  const before = (await callLog(page)).filter((c) => c.api === "graph").length;
  await step.locator('[data-action="apply"]').click();
  await expect(step.locator('[data-action="confirm"]')).toBeFocused();
  expect((await callLog(page)).filter((c) => c.api === "graph").length).toBe(before);
  await step.locator('[data-action="confirm"]').click();
  await expect(step).not.toHaveAttribute("data-graph-status", /idle|sending/);
  return step;
}

const REVIEW_ID = "AAMkADk0Mzg_Review-Occ1AAA=";

test("attendee, shorter: decline and propose the shorter slot, with the draft as the comment", async ({ page }) => {
  await openPreview(page, ownFixture("graph-attendee-client-review"));
  await choose(page, "shorter");
  const graph = pane(page).locator('[data-section="graph"]');
  await expect(graph.locator('[data-field="graph-irreversible"]')).toContainText("can’t be unsent");
  await graph.getByRole("radio", { name: "Decline" }).check();
  const step = graph.locator('[data-graph-step="respond"]');
  await expect(step).toContainText("Maja Holm <maja.holm@northwind.dk>");
  await expect(step.locator('[data-action="apply"]')).toHaveText(/^Decline and propose 9:00.+9:30/);
  // The Graph step is the pane's one primary action; Outlook's reply stays beside it.
  await expect(pane(page).locator('[data-action="apply"]')).toHaveCount(1);
  await expect(pane(page).locator('[data-action="office-apply"]')).toBeVisible();
  const comment = await pane(page).locator('[data-field="body"]').inputValue();

  await expect(pane(page).locator('[data-field="plan-more"]')).toHaveCount(1);
  await sendStep(page, "respond");
  await expect(step).toHaveAttribute("data-graph-status", "sent");
  await expect(step.locator('[data-graph-result="sent"]')).toContainText(/Sent at \d{1,2}:\d{2}.*: your answer to Maja Holm\./);
  // The answer and its comment have gone: Outlook's reply beside it, and the line about it, would send them twice.
  await expect(pane(page).locator('[data-action="office-apply"]')).toHaveCount(0);
  await expect(pane(page).locator('[data-field="plan-more"]')).toHaveCount(0);
  expect(await graphCalls(page)).toEqual([
    { api: "convertToRestId", args: ["AAMkADk0Mzg+Review/Occ1AAA=", "v2.0"] },
    { api: "naa.acquireToken", args: [["Calendars.ReadWrite"]] },
    {
      api: "graph",
      args: [
        "POST",
        `/me/events/${REVIEW_ID}/decline`,
        {
          comment,
          sendResponse: true,
          proposedNewTime: { start: { dateTime: "2026-11-24T08:00:00", timeZone: "UTC" }, end: { dateTime: "2026-11-24T08:30:00", timeZone: "UTC" } },
        },
      ],
    },
  ]);
  await expect(page.locator('[data-preview="graph"]')).toContainText(`POST /me/events/${REVIEW_ID}/decline → 202`);
  // Nothing else was opened or sent on the way.
  expect((await callLog(page)).some((c) => c.api.startsWith("item.display"))).toBe(false);
});

test("attendee, email for now: decline with the drafted update as the comment; Not now sends nothing", async ({ page }) => {
  await openPreview(page, ownFixture("graph-attendee-client-review"));
  await choose(page, "email");
  const step = pane(page).locator('[data-graph-step="respond"]');
  await step.locator('[data-action="apply"]').click();
  await step.locator('[data-action="cancel-confirm"]').click();
  await expect(step.locator('[data-action="apply"]')).toBeFocused();
  expect((await graphCalls(page)).filter((c) => c.api !== "convertToRestId")).toEqual([]);

  await pane(page).locator('[data-field="body"]').fill("My written update instead of the meeting.");
  await sendStep(page, "respond");
  const sent = (await graphCalls(page)).filter((c) => c.api === "graph");
  expect(sent).toEqual([{ api: "graph", args: ["POST", `/me/events/${REVIEW_ID}/decline`, { comment: "My written update instead of the meeting.", sendResponse: true }] }]);
});

test("a decline sent, then other outcomes picked: each says what was sent and when, and nothing second reaches Graph", async ({ page }) => {
  await openPreview(page, ownFixture("graph-attendee-client-review"));
  await choose(page, "email");
  await sendStep(page, "respond");
  const graphLog = page.locator('[data-preview="graph"]');
  await expect(graphLog).toContainText(`POST /me/events/${REVIEW_ID}/decline → 202`);

  // Proposing a shorter slot now would contradict the decline: no answer, no button, only what was sent.
  await choose(page, "shorter");
  const graph = pane(page).locator('[data-section="graph"]');
  await expect(graph.locator('[data-graph-step="respond"]')).toHaveAttribute("data-graph-status", "answered");
  await expect(graph).toContainText("Your answer has already gone to Maja Holm from here");
  await expect(graph.locator('[data-field="graph-earlier"]')).toContainText(/Sent at \d{1,2}:\d{2}.*: your answer to Maja Holm\./);
  await expect(graph.locator('[data-action="apply"]')).toHaveCount(0);
  await expect(graph.getByRole("radio")).toHaveCount(0);

  await choose(page, "call", { graphSends: false });
  await expect(pane(page).locator('[data-section="graph"]')).toContainText(/Sent at .*: your answer to Maja Holm\./);
  await expect(pane(page).locator('[data-section="graph"] [data-action="apply"]')).toHaveCount(0);

  await choose(page, "email");
  await expect(pane(page).locator('[data-graph-step="respond"]')).toHaveAttribute("data-graph-status", "sent");
  await expect(pane(page).locator('[data-section="graph"] [data-action="apply"]')).toHaveCount(0);

  // What Graph received: the one decline, nothing after it.
  expect((await graphCalls(page)).filter((c) => c.api === "graph").map((c) => `${c.args[0]} ${c.args[1]}`)).toEqual([`POST /me/events/${REVIEW_ID}/decline`]);
  await expect(graphLog).not.toContainText("tentativelyAccept");
  expect((await graphLog.innerText()).match(/^POST \/me\//gm)).toHaveLength(1);
});

test("no proposals allowed, consent asked first: Graph refuses the new time, the pane falls back to today's reply", async ({ page }) => {
  await openPreview(page, ownFixture("graph-attendee-no-proposals"));
  await choose(page, "shorter");
  const step = await sendStep(page, "respond");
  await expect(step).toHaveAttribute("data-graph-status", "failed");
  await expect(step.locator('[data-graph-result="failed"]')).toContainText("doesn’t take proposals of a new time");
  const calls = await graphCalls(page);
  // The silent request says consent is needed; the interactive one asks, and the user agrees.
  expect(calls.filter((c) => c.api === "naa.acquireToken")).toEqual([
    { api: "naa.acquireToken", args: [["Calendars.ReadWrite"]] },
    { api: "naa.acquireToken", args: [["Calendars.ReadWrite"]] },
  ]);
  const graphRequest = calls.find((c) => c.api === "graph");
  expect(graphRequest?.args.slice(0, 2)).toEqual(["POST", `/me/events/${REVIEW_ID}/tentativelyAccept`]);
  await expect(page.locator('[data-preview="graph"]')).toContainText("→ 400 ErrorInvalidRequest");
  // Today's way still works.
  await pane(page).locator('[data-action="office-apply"]').click();
  await expect(pane(page).locator('[data-status="done"]')).toBeVisible();
  expect((await callLog(page)).some((c) => c.api.startsWith("item.displayReplyForm"))).toBe(true);
});

test("bow out: the briefing to the colleague, then the decline with a short note, each confirmed", async ({ page }) => {
  const fixture = ownFixture("graph-attendee-dragged-in");
  await openPreview(page, fixture);
  await choose(page, "delegate");
  const mailStep = pane(page).locator('[data-graph-step="sendMail"]');
  const declineStep = pane(page).locator('[data-graph-step="respond"]');
  await expect(declineStep.locator('[data-action="apply"]')).toHaveCount(0);
  const subject = await pane(page).locator('[data-field="subject"]').inputValue();
  await expect(pane(page).locator('[data-action="office-apply"]')).toBeVisible();
  await sendStep(page, "sendMail");
  await expect(mailStep.locator('[data-graph-result="sent"]')).toContainText(/Sent at .*: the email to/);
  // The briefing has gone through Graph: opening it again in Outlook would send it twice.
  await expect(pane(page).locator('[data-action="office-apply"]')).toHaveCount(0);
  await sendStep(page, "respond");
  await expect(declineStep.locator('[data-graph-result="sent"]')).toBeVisible();

  const calls = (await graphCalls(page)).filter((c) => c.api !== "convertToRestId");
  expect(calls.map((c) => (c.api === "graph" ? `${c.args[0]} ${c.args[1]}` : `token ${JSON.stringify(c.args[0])}`))).toEqual([
    'token ["Mail.Send"]',
    "POST /me/sendMail",
    'token ["Calendars.ReadWrite"]',
    "POST /me/events/AAMkADk0Mzg_Dragged-In2AAA=/decline",
  ]);
  const mail = calls[1]?.args[2] as { message: { subject: string; toRecipients: Array<{ emailAddress: { address: string } }>; body: { contentType: string; content: string } }; saveToSentItems: boolean };
  expect(mail.message.subject).toBe(subject);
  expect(mail.message.toRecipients).toHaveLength(1);
  expect(mail.message.body.contentType).toBe("html");
  expect(mail.saveToSentItems).toBe(true);
  const decline = calls[3]?.args[2] as { comment: string; sendResponse: boolean };
  const colleague = mail.message.toRecipients[0]!.emailAddress.address;
  const colleagueName = [...((fixture.item?.requiredAttendees as Array<{ emailAddress: string; displayName: string }>) ?? [])].find((a) => a.emailAddress === colleague)?.displayName ?? "";
  expect(decline.sendResponse).toBe(true);
  expect(decline.comment).toContain(colleagueName);
});

test("organizer, email for now: the email, then only this week's meeting cancelled, never the series", async ({ page }) => {
  await openPreview(page, ownFixture("graph-organizer-weekly-occurrence"));
  await choose(page, "email");
  const cancelStep = pane(page).locator('[data-graph-step="cancel"]');
  await expect(cancelStep.locator('[data-field="graph-close-window"]')).toContainText("without saving");
  // Graph cancels it here, so the Office.js-only line "add-ins can't cancel" is not said.
  await expect(pane(page).locator('[data-section="draft"]')).not.toContainText("Add-ins can’t cancel");
  await expect(cancelStep).toContainText("the rest of the series stays");
  await expect(pane(page).locator('[data-section="draft"] [data-action="copy-plain"]')).toBeVisible();
  await sendStep(page, "sendMail");
  // The email has gone: nothing left to copy or to open in a mail app.
  await expect(pane(page).locator('[data-section="draft"] [data-action="copy-plain"]')).toHaveCount(0);
  await expect(pane(page).locator('[data-action="mailto"]')).toHaveCount(0);
  await sendStep(page, "cancel");
  await expect(cancelStep.locator('[data-graph-result="sent"]')).toContainText(/Cancelled at .*: the meeting on/);
  const calls = await graphCalls(page);
  expect(calls[0]).toEqual({ api: "convertToRestId", args: ["AAMkADk0Mzg+Weekly/Occ3AAA=", "v2.0"] });
  const requests = calls.filter((c) => c.api === "graph");
  expect(requests.map((c) => c.args[1])).toEqual(["/me/sendMail", "/me/events/AAMkADk0Mzg_Weekly-Occ3AAA=/cancel"]);
  expect(JSON.stringify(requests)).not.toContain("Series0");
  const mail = requests[0]?.args[2] as { message: { toRecipients: Array<{ emailAddress: { address: string } }> } };
  expect(mail.message.toRecipients.map((r) => r.emailAddress.address)).toEqual(["maja.holm@northwind.dk", "jonas.berg@northwind.dk"]);
  expect((requests[1]?.args[2] as { comment: string }).comment).toMatch(/\S/);
  // compose mode: Offramp itself never saved the open event.
  expect((await callLog(page)).some((c) => c.api === "item.saveAsync")).toBe(false);
});

test("a failure part-way: the email is sent, the cancel refused, and the pane says exactly that", async ({ page }) => {
  await openPreview(page, ownFixture("graph-organizer-cancel-refused"));
  await choose(page, "email");
  await sendStep(page, "sendMail");
  const cancelStep = await sendStep(page, "cancel");
  await expect(cancelStep).toHaveAttribute("data-graph-status", "failed");
  await expect(pane(page).locator('[data-graph-step="sendMail"] [data-graph-result="sent"]')).toContainText(/Sent at .*: the email to Maja Holm <maja.holm@northwind.dk>; Jonas Berg/);
  await expect(cancelStep.locator('[data-graph-result="failed"]')).toContainText("Not done: Cancel only the meeting on");
  await expect(cancelStep.locator('[data-graph-result="failed"]')).toContainText("lacks the permission");
  await expect(page.locator('[data-preview="graph"]')).toContainText("/cancel → 403 ErrorAccessDenied");
});

test("consent denied: nothing is sent, the pane says so, and today's way still works", async ({ page }) => {
  const fixture = { ...ownFixture("graph-attendee-client-review"), name: "graph-consent-denied", graph: { available: true, consent: "denied" } };
  await openPreview(page, fixture);
  await choose(page, "email");
  const step = await sendStep(page, "respond");
  await expect(step.locator('[data-graph-result="failed"]')).toContainText("wasn’t granted, so nothing was sent");
  const calls = await graphCalls(page);
  expect(calls.filter((c) => c.api === "graph")).toEqual([]);
  expect(calls.filter((c) => c.api === "naa.acquireToken")).toHaveLength(2);
  // Graph is off for this pane now: Outlook's way is the primary action again, and no step can be retried.
  await expect(pane(page).locator('[data-section="graph"] [data-action="apply"]')).toHaveCount(0);
  await pane(page).locator('[data-action="apply"]').click();
  await expect(pane(page).locator('[data-status="done"]')).toBeVisible();
  await pane(page).getByRole("button", { name: "Settings" }).click();
  await expect(pane(page).locator('[data-field="graph-status"]')).toHaveAttribute("data-graph", "consent-denied");
});

test("a host without NAA: no Graph section, no token or Graph request, settings say how to enable it", async ({ page }) => {
  await openPreview(page, sharedFixture("attendee-client-review-90min-onsite"));
  await pane(page).locator('[data-outcome="shorter"]').click();
  await expect(pane(page).locator('[data-section="draft"]')).toBeVisible();
  await expect(pane(page).locator('[data-section="graph"]')).toHaveCount(0);
  // Without Graph, the text is behind its expander; the line on what add-ins can't do comes with it.
  await openDraft(page);
  await expect(pane(page).locator('[data-section="draft"]')).toContainText("Add-ins can’t decline");
  await pane(page).locator('[data-action="apply"]').click();
  await expect(pane(page).locator('[data-status="done"]')).toBeVisible();
  await pane(page).getByRole("button", { name: "Settings" }).click();
  const line = pane(page).locator('[data-field="graph-status"]');
  await expect(line).toHaveAttribute("data-graph", "no-naa");
  await expect(line).toContainText("an administrator enables it");
  expect((await callLog(page)).filter((c) => c.api === "graph" || c.api === "naa.acquireToken")).toEqual([]);
});

test("the series itself opened: Offramp offers no answer or cancel that would hit every meeting", async ({ page }) => {
  const fixture = { ...sharedFixture("organizer-weekly-status-60min"), name: "graph-series-master", graph: { available: true, consent: "granted" } };
  await openPreview(page, fixture);
  await pane(page).locator('[data-outcome="email"]').click();
  await expect(pane(page).locator('[data-notice="graph-series"]')).toBeVisible();
  // Graph sends nothing here: the text is behind its expander, as without Graph.
  await expect(pane(page).locator('[data-action="show-draft"]')).toHaveAttribute("aria-expanded", "false");
  await expect(pane(page).locator('[data-section="graph"] [data-action="apply"]')).toHaveCount(0);
});

for (const theme of ["light", "dark"] as const) {
  test(`the Graph steps in the ${theme} theme: no WCAG A/AA violations, before and after sending`, async ({ page }) => {
    const fixture = ownFixture("graph-organizer-cancel-refused");
    await openPreview(page, { ...fixture, host: { ...(fixture.host as object), theme } });
    await choose(page, "email");
    const axe = () => new AxeBuilder({ page }).include('[data-preview="pane"]').withTags(["wcag2a", "wcag2aa"]).analyze();
    const violations = async () => (await axe()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    await pane(page).locator('[data-graph-step="sendMail"] [data-action="apply"]').click();
    expect(await violations()).toEqual([]);
    await pane(page).locator('[data-graph-step="sendMail"] [data-action="confirm"]').click();
    await expect(pane(page).locator('[data-graph-step="sendMail"]')).toHaveAttribute("data-graph-status", "sent");
    await sendStep(page, "cancel");
    expect(await violations()).toEqual([]);
  });
}

test("keyboard only: open the step, Not now returns focus, then confirm with Enter", async ({ page }) => {
  await openPreview(page, ownFixture("graph-attendee-client-review"));
  await choose(page, "email");
  const start = pane(page).locator('[data-graph-step="respond"] [data-action="apply"]');
  await start.focus();
  await page.keyboard.press("Enter");
  await expect(pane(page).locator('[data-action="confirm"]')).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(pane(page).locator('[data-action="cancel-confirm"]')).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(start).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await expect(pane(page).locator('[data-graph-step="respond"]')).toHaveAttribute("data-graph-status", "sent");
});

for (const [name, language] of [
  ["attendee-client-review-it", "it"],
  ["organizer-weekly-status-da", "da"],
] as const) {
  test(`${name} with Graph: the steps, the sent and the refused, with no English`, async ({ page }) => {
    const base = sharedFixture(name);
    const item = { ...(base.item as object), itemId: "AAMkLang+1=", ...(language === "da" ? { seriesId: "AAMkLang+S=" } : {}) };
    const failures = [{ path: "/me/events/{id}/cancel", status: 404, code: "ErrorItemNotFound" }];
    await openPreview(page, { ...base, name: `${name}-graph`, item, graph: { available: true, consent: "granted", failures } });
    const catalog = { it, da }[language];
    await choose(page, language === "it" ? "shorter" : "email");
    const seen = [await pane(page).locator('[data-section="graph"]').innerText()];
    await sendStep(page, language === "it" ? "respond" : "sendMail");
    if (language === "da") await sendStep(page, "cancel");
    seen.push(await pane(page).locator('[data-section="graph"]').innerText());
    expect(seen.join("\n")).toContain(language === "it" ? "Inviata alle ore" : "Ikke udført");
    expect(leakedEnglish(seen.join("\n"), JSON.stringify(base.item), catalog)).toEqual([]);
  });
}
