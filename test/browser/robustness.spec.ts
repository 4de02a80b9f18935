// Nothing in an invite breaks the pane, on the built preview: the project's own
// fixtures for prototype names, missing organizers and addresses, bidi text,
// Outlook's limits and failing settings, each checked for the message shown and
// the item (and call log) afterwards; the user's work across a trip to Settings;
// and every DOM hook the fixtures README promises to tests outside the project.
import { expect, test, type Page } from "@playwright/test";
import { callLog, itemNow, openDraft, outcomeOrder } from "./fixtures";

const FORMS = /^(item\.displayReply(All)?Form(Async)?|displayNewMessageForm(Async)?)$/;
const WRITES = /^(item\.(end|start|location|subject)\.setAsync|item\.body\.(prependAsync|setAsync)|item\.saveAsync)$/;

interface OpenedForm {
  kind: string;
  to: Array<{ emailAddress: string }>;
  subject: string;
  htmlBody: string;
}

async function open(page: Page, fixture: string): Promise<string[]> {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`preview.html?fixture=${fixture}`);
  await page.locator('[data-preview="pane"] [data-section="advice"], [data-preview="pane"] [data-problem="true"]').first().waitFor();
  // The draft panel is a chunk of its own: once it arrives it makes the featured card taller and
  // moves the other ways out down, so a click aimed before that could land on another card.
  if (await page.locator('[data-preview="pane"] [data-section="advice"]').count()) await page.locator('[data-preview="pane"] [data-featured] [data-section="draft"]').waitFor();
  return errors;
}

const pane = (page: Page) => page.locator('[data-preview="pane"]');
const forms = (page: Page) => page.evaluate(() => (window as unknown as { __simulatedMailbox: { forms: OpenedForm[] } }).__simulatedMailbox.forms);
const formCalls = async (page: Page) => (await callLog(page)).filter((c) => FORMS.test(c.api));

test("an organizer at eve@constructor: the advice, the draft, and the reply to eve@constructor", async ({ page }) => {
  const errors = await open(page, "attendee-organizer-at-constructor");
  expect(await outcomeOrder(page)).toEqual(["call", "shorter", "email", "keep", "delegate"]);
  await openDraft(page);
  await expect(pane(page).locator('[data-draft="body"]')).toHaveValue(/^Hi Eve,/);
  await pane(page).locator('[data-action="apply"]').click();
  await expect(page.locator('[data-preview="form"]')).toBeVisible();
  expect((await forms(page))[0]?.to.map((r) => r.emailAddress)).toEqual(["eve@constructor"]);
  // A language chosen for a domain that is no real domain is not saved (it would make the saved map unreadable).
  await pane(page).locator('[data-field="draft-language"]').selectOption("it");
  await expect(pane(page).locator('[data-draft="body"]')).toHaveValue(/^Ciao Eve,/);
  expect((await callLog(page)).map((c) => c.api)).not.toContain("roamingSettings.saveAsync");
  expect(errors).toEqual([]);
});

for (const [fixture, message] of [
  ["attendee-no-organizer", /doesn’t say who organized it/],
  ["attendee-organizer-without-address", /no email address for the organizer, .*Maja Holm/],
] as const) {
  test(`${fixture}: a clear message, the text to copy, no reply opened`, async ({ page }) => {
    const errors = await open(page, fixture);
    await expect(pane(page).locator('[data-notice="blocked"]')).toContainText(message);
    await expect(pane(page)).not.toContainText(/Opens a reply to/);
    await expect(pane(page).locator('[data-action="apply"]')).toHaveCount(0);
    await expect(pane(page).locator('[data-action="copy"]')).toBeEnabled();
    expect(await formCalls(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test("the user's own address missing: not counted as another attendee", async ({ page }) => {
  const errors = await open(page, "attendee-user-address-missing");
  await expect(pane(page).locator('[data-fact="who"]')).toHaveText(/^1 other person/);
  expect(errors).toEqual([]);
});

test("start equal to end: its own message, nothing to advise on", async ({ page }) => {
  const errors = await open(page, "attendee-starts-ends-same-time");
  await expect(pane(page).locator('[data-problem="true"]')).toContainText("This event starts and ends at the same time");
  await expect(pane(page).locator("[data-outcome]")).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("bidi controls: none left in the pane, names isolated, the briefing goes to the clean address", async ({ page }) => {
  const errors = await open(page, "attendee-bidi-names");
  const text = await pane(page).evaluate((el) => el.textContent ?? "");
  expect(text).not.toMatch(/[\u202A-\u202E]/);
  // The organizer's name sits in its own isolate: the words after it keep their order.
  await expect(pane(page).locator('[data-fact="role"]')).toHaveText(/\u2068سام أوكافور \(IT\)\u2069/);
  // The subject, shown alone, is its own isolate too (its override stripped: the letters stay as Outlook stored them).
  await expect(pane(page).locator("#offramp-summary-heading bdi")).toHaveText("Design check-in niwhtroN");
  await pane(page).locator('[data-action="apply"]').click();
  await expect(page.locator('[data-preview="form"]')).toBeVisible();
  const [form] = await forms(page);
  expect(form?.to.map((r) => r.emailAddress)).toEqual(["sam.okafor@fabrikam.com"]);
  expect(JSON.stringify(form)).not.toMatch(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
  expect(errors).toEqual([]);
});

test("150 invited, a title near 255 characters: 100 recipients and why, the title shortened in the subject, no mail-app link and why", async ({ page }) => {
  const errors = await open(page, "organizer-all-hands-150");
  const before = await itemNow(page);
  await openDraft(page);
  await expect(pane(page).locator('[data-notice="limits.recipientsLeftOut"]')).toContainText("so 50 people are left out");
  await expect(pane(page).locator('[data-action="mailto"]')).toHaveCount(0);
  await expect(pane(page).locator('[data-notice="no-mailto"]')).toContainText("too long for one");
  const subject = await pane(page).locator('[data-draft="subject"]').inputValue();
  expect(subject.length).toBeLessThanOrEqual(255);
  expect(subject).toMatch(/^Weekly status: Northwind rollout .*…: update by email instead of the meeting on .+$/);
  expect((await callLog(page)).filter((c) => WRITES.test(c.api))).toEqual([]);
  expect(await itemNow(page)).toEqual(before);
  expect(errors).toEqual([]);
});

test("the user's own text over 32 KB: said in words, Outlook never called, the text kept", async ({ page }) => {
  const errors = await open(page, "attendee-client-review-90min-onsite");
  const long = "Lots to say. ".repeat(3_000);
  await openDraft(page);
  await pane(page).locator('[data-draft="body"]').fill(long);
  await pane(page).locator('[data-action="apply"]').click();
  await expect(pane(page).locator('[data-status="error"]')).toContainText("The text is too long for Outlook");
  await expect(pane(page)).not.toContainText("ArgumentException");
  expect(await formCalls(page)).toEqual([]);
  await expect(pane(page).locator('[data-draft="body"]')).toHaveValue(long);
  expect(errors).toEqual([]);
});

test("Settings and back: the chosen outcome and the edited draft are still there", async ({ page }) => {
  const errors = await open(page, "attendee-client-review-90min-onsite");
  await pane(page).locator('[data-outcome="shorter"]').click();
  await openDraft(page);
  await pane(page).locator('[data-draft="body"]').fill("My own words.");
  await pane(page).locator('[data-action="settings"]').click();
  await expect(pane(page).locator('[data-section="settings"]')).toBeVisible();
  await expect(pane(page).locator('[data-section="draft"]')).toBeHidden();
  await pane(page).locator('[data-action="close-settings"]').click();
  await expect(pane(page).locator('[data-outcome="shorter"]')).toHaveAttribute("data-chosen", "true");
  await expect(pane(page).locator('[data-draft="body"]')).toHaveValue("My own words.");
  expect(errors).toEqual([]);
});

test("closing See and edit the text keeps what was typed", async ({ page }) => {
  const errors = await open(page, "attendee-client-review-90min-onsite");
  await openDraft(page);
  await pane(page).locator('[data-draft="subject"], [data-draft="body"]').last().fill("Typed, then the text closed.");
  const expander = pane(page).locator('[data-action="show-draft"]');
  await expander.click();
  await expect(expander).toHaveAttribute("aria-expanded", "false");
  await expect(pane(page).locator('[data-draft="body"]')).toBeHidden();
  await expander.click();
  await expect(pane(page).locator('[data-draft="body"]')).toHaveValue("Typed, then the text closed.");
  // What is sent is what was typed.
  await pane(page).locator('[data-action="apply"]').click();
  await expect(page.locator('[data-preview="form"]')).toContainText("Typed, then the text closed.");
  expect(errors).toEqual([]);
});

test("a failed settings save: the previous values back on screen, a message, nothing saved", async ({ page }) => {
  const errors = await open(page, "attendee-settings-save-fails");
  await pane(page).locator('[data-action="settings"]').click();
  const domains = pane(page).locator('input[name="keyClientDomains"]');
  await domains.fill("northwind.dk");
  await pane(page).locator('[data-action="save-settings"]').click();
  await expect(pane(page).locator('[data-section="settings"] [data-status="error"]')).toContainText("the previous ones are back on screen");
  await expect(domains).toHaveValue("contoso.com");
  const saved = await page.evaluate(() => (window as unknown as { __simulatedMailbox: { savedSettings: Record<string, unknown> } }).__simulatedMailbox.savedSettings);
  expect(saved.keyClientDomains).toEqual(["contoso.com"]);
  await pane(page).locator('[data-action="close-settings"]').click();
  await expect(pane(page).locator('[data-recommended="true"]')).toHaveAttribute("data-outcome", "call");
  expect(errors).toEqual([]);
});

test.describe("the DOM hooks of the fixtures README", () => {
  test("attendee: outcomes, questions, the draft's subject and body, apply, settings and back", async ({ page }) => {
    await open(page, "attendee-dragged-in-by-colleague");
    const p = pane(page);
    await expect(page.locator('[data-preview="pane"]')).toHaveCount(1);
    const order = await outcomeOrder(page);
    expect([...order].sort()).toEqual(["call", "delegate", "email", "keep", "shorter"]);
    await expect(p.locator('[data-recommended="true"]')).toHaveCount(1);
    await expect(p.locator(`[data-outcome="${order[0]}"]`)).toHaveAttribute("data-recommended", "true");
    await expect(p.locator('[data-available="false"]')).toHaveCount(1);
    for (const value of ["key", "regular", "minor"]) await expect(p.locator(`input[type="radio"][name="importance"][value="${value}"]`)).toHaveCount(1);
    for (const value of ["workload", "conflict", "repetitive", "emergency", "dislike"]) await expect(p.locator(`input[type="radio"][name="reason"][value="${value}"]`)).toHaveCount(1);
    // A click on an outcome selects it.
    await p.locator('[data-outcome="shorter"]').click();
    await expect(p.locator('[data-outcome="shorter"]')).toHaveAttribute("data-chosen", "true");
    await p.locator('[data-outcome="delegate"]').click();
    await openDraft(page);
    await expect(p.locator('input[data-draft="subject"]')).toBeEditable();
    await expect(p.locator('textarea[data-draft="body"]')).toBeEditable();
    await expect(p.locator('[data-action="apply"]')).toBeEnabled();
    await p.locator('[data-action="settings"]').click();
    await p.locator('[data-action="close-settings"]').click();
    await expect(p.locator('[data-action="settings"]')).toBeVisible();
  });

  test("organizer: the draft's body (the note) and undo after apply", async ({ page }) => {
    await open(page, "organizer-weekly-status-60min");
    const p = pane(page);
    await p.locator('[data-outcome="shorter"]').click();
    await openDraft(page);
    await expect(p.locator('textarea[data-draft="body"]')).toBeEditable();
    await p.locator('[data-action="apply"]').click();
    await expect(p.locator('[data-action="undo"]')).toBeVisible();
  });
});

test("the draft panel's chunk does not arrive: its place says so, the advice stays, and Try again brings it", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  // The first request for the draft panel's chunk is lost, as on a network hiccup.
  let lost = 0;
  await page.route(/\/draft\.[0-9a-f]+\.chunk\.js$/, (route) => (lost++ === 0 ? route.abort("internetdisconnected") : route.continue()));
  await page.goto("preview.html?fixture=attendee-client-review-90min-onsite");
  const notice = pane(page).locator('[data-featured] [data-notice="panel-not-loaded"]');
  await expect(notice).toHaveText(/This part of Offramp couldn’t be loaded\. Check your connection, then try again\./);
  await expect(pane(page).locator("[data-outcome]")).toHaveCount(5);
  await expect(pane(page).locator('[data-featured] [data-section="draft"]')).toHaveCount(0);
  await notice.getByRole("button", { name: "Try again" }).click();
  // The button is gone with the notice: focus goes on from the card's heading.
  await expect(pane(page).locator("[data-featured] h2")).toBeFocused();
  await expect(pane(page).locator('[data-featured] [data-section="draft"]')).toBeVisible();
  await expect(notice).toHaveCount(0);
  await expect(pane(page).locator('[data-action="apply"]')).toBeEnabled();
  expect(lost).toBe(2);
  expect(errors).toEqual([]);
});
