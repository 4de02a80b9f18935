// The built preview over every shared sample fixture, as a person would use
// it: read the advice, open the draft, do it, and (organizer) undo it.
import { expect, test } from "@playwright/test";
import { callLog, itemNow, openPreview, outcomeOrder, sharedFixture, sharedFixtures } from "./fixtures";

/** What a sensible advisor recommends for each sample, from the fixture's own description. */
const RECOMMENDED: Record<string, string> = {
  "attendee-client-review-90min-onsite": "call",
  "attendee-client-review-it": "call",
  "attendee-dragged-in-by-colleague": "delegate",
  "attendee-key-client-kickoff": "keep",
  "organizer-end-time-fails": "shorter",
  "organizer-weekly-status-60min": "email",
  "organizer-weekly-status-da": "email",
  "organizer-weekly-series-windows": "email",
};

const WRITES = ["item.end.setAsync", "item.start.setAsync", "item.location.setAsync", "item.body.prependAsync", "item.body.setAsync", "item.subject.setAsync", "item.saveAsync"];

test("every shared fixture has an expectation here", () => {
  const names = sharedFixtures().map((f) => f.name);
  // The loop below and the tests after it prove nothing over an empty folder.
  expect(names.length).toBeGreaterThanOrEqual(Object.keys(RECOMMENDED).length + 2);
  for (const name of names) expect(RECOMMENDED[name] !== undefined || ["message-not-meeting", "nothing-selected"].includes(name), name).toBe(true);
});

for (const fixture of sharedFixtures()) {
  test(`${fixture.name}: advice, draft and what applying does`, async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await openPreview(page, fixture);
    const pane = page.locator('[data-preview="pane"]');

    if (fixture.item === null || fixture.item.itemType !== "appointment") {
      await expect(pane.locator('[data-problem="true"]')).toBeVisible();
      await expect(pane.locator('[data-problem="true"]')).not.toBeEmpty();
      await expect(pane.locator("[data-outcome]")).toHaveCount(0);
      await expect(pane.locator('[data-action="apply"]')).toHaveCount(0);
      expect(errors).toEqual([]);
      return;
    }

    // The advice: five outcomes, best first, the first one recommended.
    const order = await outcomeOrder(page);
    expect(order).toHaveLength(5);
    expect(new Set(order).size).toBe(5);
    expect(order[0]).toBe(RECOMMENDED[fixture.name]);
    await expect(pane.locator('[data-recommended="true"]')).toHaveCount(1);
    await expect(pane.locator(`[data-outcome="${order[0]}"]`)).toHaveAttribute("data-recommended", "true");
    if (fixture.mode === "compose") await expect(pane.locator('[data-outcome="delegate"]')).toHaveAttribute("data-available", "false");
    // Unavailable outcomes come after every available one.
    const available = await pane.locator("[data-outcome]").evaluateAll((els) => els.map((el) => el.getAttribute("data-available")));
    expect(available.indexOf("false") === -1 || available.slice(available.indexOf("false")).every((a) => a === "false")).toBe(true);

    // The draft of the recommended outcome names the meeting.
    await pane.locator(`[data-outcome="${order[0]}"]`).click();
    const draft = pane.locator('[data-section="draft"]');
    await expect(draft).toBeVisible();
    const subject = String(fixture.item.subject ?? "");
    const namesMeeting = new RegExp(subject.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    if (fixture.mode === "read" && order[0] !== "keep") await expect(draft.locator('[data-field="body"]')).toHaveValue(namesMeeting);
    // The organizer's replacement email names the meeting in its subject; a note goes into the meeting itself.
    if (fixture.mode === "compose" && order[0] === "email") await expect(draft.locator('input[data-field="subject"]')).toHaveValue(namesMeeting);
    if (fixture.mode === "compose" && order[0] !== "keep") await expect(draft.locator('[data-field="body"]')).not.toHaveValue("");

    const before = await callLog(page);
    const itemBefore = await itemNow(page);
    const apply = draft.locator('[data-action="apply"]');
    if (order[0] === "keep") {
      await expect(apply).toHaveCount(0);
    } else if (fixture.mode === "read") {
      await apply.click();
      await expect(page.locator('[data-preview="form"]')).toBeVisible();
      const calls = (await callLog(page)).slice(before.length).map((c) => c.api);
      expect(calls.some((api) => /^(item\.displayReply(All)?Form(Async)?|displayNewMessageForm(Async)?)$/.test(api))).toBe(true);
      expect(calls.filter((api) => WRITES.includes(api))).toEqual([]);
      await expect(page.locator('[data-preview="form"]')).toContainText(subject);
    } else if (order[0] === "email") {
      // The organizer's email: shown finished, to copy; nothing written to the event.
      await expect(draft.locator('[data-field="to"]')).not.toBeEmpty();
      await expect(draft.locator('[data-action="mailto"]')).toHaveAttribute("href", /^mailto:/);
      expect((await callLog(page)).slice(before.length).map((c) => c.api).filter((api) => WRITES.includes(api))).toEqual([]);
    } else {
      await apply.click();
      await expect(pane.locator('[data-status="done"], [data-status="error"]')).toBeVisible();
      const failing = (fixture.failures as Array<{ api: string }> | undefined) ?? [];
      if (failing.length) {
        await expect(pane.locator('[data-status="error"]')).toBeVisible();
        expect(await itemNow(page)).toEqual(itemBefore);
      }
    }
    expect(errors).toEqual([]);
  });
}

test("organizer: shorten, then Undo puts end, location and body back exactly", async ({ page }) => {
  const fixture = sharedFixture("organizer-weekly-status-60min");
  await openPreview(page, fixture);
  const original = await itemNow(page);
  await page.locator('[data-outcome="shorter"]').click();
  await page.locator('[data-action="apply"]').click();
  await expect(page.locator('[data-status="done"]')).toBeVisible();
  const changed = await itemNow(page);
  const minutes = (Date.parse(String(changed!.end)) - Date.parse(String(changed!.start))) / 60_000;
  expect(minutes).toBe(30);
  expect(changed!.body!.content.length).toBeGreaterThan(original!.body!.content.length);
  expect(changed!.body!.content).toContain(original!.body!.content.slice(0, 40));
  const apis = (await callLog(page)).map((c) => c.api);
  expect(apis).toContain("item.end.setAsync");
  expect(apis).toContain("item.body.prependAsync");
  expect(apis).not.toContain("item.body.setAsync");

  await page.locator('[data-action="undo"]').click();
  await expect(page.locator('[data-status="done"]')).toContainText("Undone");
  const restored = await itemNow(page);
  expect(Date.parse(String(restored!.end))).toBe(Date.parse(String(original!.end)));
  expect(restored!.location).toBe(original!.location);
  expect(restored!.body).toEqual(original!.body);
});

test("organizer: make it a call writes the call details into location and on top of the body", async ({ page }) => {
  const fixture = sharedFixture("organizer-end-time-fails");
  await openPreview(page, fixture);
  const original = await itemNow(page);
  await page.locator('[data-outcome="call"]').click();
  await page.locator('[data-action="apply"]').click();
  await expect(page.locator('[data-status="done"]')).toBeVisible();
  const changed = await itemNow(page);
  expect(changed!.location).toBe("Call me on +45 20 30 40 50");
  expect(changed!.body!.content).toContain("Call me on +45 20 30 40 50");
  expect(changed!.end).toBe(original!.end);
  await page.locator('[data-action="undo"]').click();
  await expect(page.locator('[data-status="done"]')).toContainText("Undone");
  expect(await itemNow(page)).toEqual(original);
});

test("hostile text in a subject and names is shown as text, never run", async ({ page }) => {
  const fixture = sharedFixture("attendee-client-review-90min-onsite");
  const hostile = '<img src=x onerror="window.__pwned=1">Review';
  const item = { ...fixture.item!, subject: hostile, organizer: { displayName: '<script>window.__pwned=2</script>Maja', emailAddress: "maja.holm@northwind.dk" } };
  await openPreview(page, { ...fixture, item });
  await expect(page.locator('[data-preview="pane"]')).toContainText(hostile);
  await page.locator('[data-action="apply"]').click();
  await expect(page.locator('[data-preview="form"]')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  const body = await page.evaluate(() => (window as unknown as { __simulatedMailbox: { forms: Array<{ htmlBody: string }> } }).__simulatedMailbox.forms[0]!.htmlBody);
  expect(body).toContain("&lt;img");
  expect(body).not.toContain("<img");
});

/** The project's own edge-case fixtures (beside the shared samples): what the pane must show for each. */
const OWN_FIXTURES: Record<string, { problem?: RegExp; notice?: boolean }> = {
  "attendee-all-day-offsite": { problem: /all-day/i },
  "attendee-no-one-else-invited": { problem: /Nobody else is invited/ },
  "attendee-old-outlook-no-body": {},
  "attendee-corrupt-settings": { notice: true },
  "attendee-hostile-text": {},
};

for (const [name, expected] of Object.entries(OWN_FIXTURES)) {
  test(`own fixture ${name}: a clear pane, no page error, nothing run from the event`, async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`preview.html?fixture=${name}`);
    const pane = page.locator('[data-preview="pane"]');
    await pane.locator('[data-section="advice"], [data-problem="true"]').first().waitFor();
    if (expected.problem) {
      await expect(pane.locator('[data-problem="true"]')).toContainText(expected.problem);
      await expect(pane.locator("[data-outcome]")).toHaveCount(0);
    } else {
      await expect(pane.locator("[data-outcome]")).toHaveCount(5);
      await pane.locator('[data-action="apply"]').click();
      await expect(page.locator('[data-preview="form"]')).toBeVisible();
    }
    if (expected.notice) await expect(pane.locator('[data-notice="invalid-settings"]')).toBeVisible();
    const forbidden = (await callLog(page)).filter((c) => c.api.startsWith("window."));
    expect(forbidden).toEqual([]);
    expect(errors).toEqual([]);
  });
}
