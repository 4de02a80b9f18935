// The pane for people who use a keyboard or a screen reader, in Outlook's light
// and dark themes and in Windows high contrast: axe finds no WCAG 2.1 A/AA
// violation for any sample fixture, and the whole flow (answer, choose, apply,
// settings, undo) works from the keyboard alone, the primary action five key
// presses from opening the pane when the best guesses are right.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { openDraft, openPreview, sharedFixture, sharedFixtures } from "./fixtures";

const WCAG_21_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** How each theme is set up: Outlook's colours come with Mailbox 1.14; high contrast is the system's forced colours. */
const THEMES = {
  light: { mailboxVersion: "1.14", theme: "light", forcedColors: false },
  dark: { mailboxVersion: "1.14", theme: "dark", forcedColors: false },
  highContrast: { mailboxVersion: "1.14", theme: "light", forcedColors: true },
} as const;

async function violations(page: Page, forcedColors: boolean): Promise<string[]> {
  let axe = new AxeBuilder({ page }).include('[data-preview="pane"]').withTags(WCAG_21_A_AA);
  // Under forced colours the system picks every colour; axe's contrast rule reads the authored ones, so it does not apply.
  if (forcedColors) axe = axe.disableRules(["color-contrast"]);
  const results = await axe.analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const fixtures = sharedFixtures();

test("there are sample fixtures to check", () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(8);
});

for (const [themeName, setup] of Object.entries(THEMES)) {
  test.describe(`${themeName} theme`, () => {
    test.use({ colorScheme: setup.theme === "dark" ? "dark" : "light", forcedColors: setup.forcedColors ? "active" : "none" });

    for (const fixture of fixtures) {
      test(`${fixture.name}: no WCAG 2.1 A/AA violations in the pane`, async ({ page }) => {
        const host = { ...(fixture.host as object), theme: setup.theme, mailboxVersion: setup.mailboxVersion };
        await openPreview(page, { ...fixture, host });
        // The theme under test is really on (a check in the wrong theme proves nothing).
        await expect(page.locator('[data-preview="pane"] [data-theme]').first()).toHaveAttribute("data-theme", themeName);
        expect(await violations(page, setup.forcedColors)).toEqual([]);
        // The draft's text (and its controls) of the recommended way out, opened, too.
        const expander = page.locator('[data-preview="pane"] [data-action="show-draft"]');
        if ((await page.locator('[data-preview="pane"] [data-recommended="true"]').count()) > 0) {
          await expect(page.locator('[data-preview="pane"] [data-section="draft"]')).toBeVisible();
          if ((await expander.count()) > 0) {
            await openDraft(page);
            await expect(page.locator('[data-preview="pane"] [data-draft="body"]')).toBeVisible();
          }
          expect(await violations(page, setup.forcedColors)).toEqual([]);
        }
      });
    }

    test("the settings panel: no WCAG 2.1 A/AA violations", async ({ page }) => {
      const fixture = sharedFixture("attendee-client-review-90min-onsite");
      await openPreview(page, { ...fixture, host: { ...(fixture.host as object), theme: setup.theme, mailboxVersion: setup.mailboxVersion } });
      await page.locator('[data-preview="pane"] [data-action="settings"]').click();
      await expect(page.locator('[data-preview="pane"] [data-section="settings"]')).toBeVisible();
      expect(await violations(page, setup.forcedColors)).toEqual([]);
    });
  });
}

/** Presses Tab until `locator` has focus (at most `max` times). */
async function tabTo(page: Page, selector: string, max = 60): Promise<void> {
  const target = page.locator(selector).first();
  for (let i = 0; i < max && !(await target.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press("Tab");
  await expect(target).toBeFocused();
}

/** Puts focus where a freshly opened pane has it: at the start of the pane's document, before its first control. */
async function focusPaneStart(page: Page): Promise<void> {
  await page.locator('[data-preview="pane"]').evaluate((pane) => {
    const start = document.createElement("span");
    start.tabIndex = -1;
    pane.prepend(start);
    start.focus();
  });
}

/** What has focus: its data-action, or its radio group and value, or its tag. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return "nothing";
    if (el.dataset.action) return `action:${el.dataset.action}`;
    if (el instanceof HTMLInputElement && el.type === "radio") return `${el.name}:${el.value}`;
    return el.tagName.toLowerCase();
  });

test("keyboard only: with the best guesses right, the primary action is five key presses from opening the pane", async ({ page }) => {
  await openPreview(page, sharedFixture("attendee-client-review-90min-onsite"));
  await page.locator('[data-preview="pane"] [data-section="draft"] [data-action="apply"]').waitFor();
  await focusPaneStart(page);
  const presses: string[] = [];
  const press = async (key: string) => {
    await page.keyboard.press(key);
    presses.push(`${key} → ${await focused(page)}`);
  };
  // Visual order is focus order: the gear, the two answers, then the featured way out's button.
  await press("Tab");
  await press("Tab");
  await press("Tab");
  await press("Tab");
  expect(presses).toEqual(["Tab → action:settings", "Tab → importance:regular", "Tab → reason:workload", "Tab → action:apply"]);
  await press("Enter");
  expect(presses.length, presses.join(", ")).toBeLessThanOrEqual(5);
  await expect(page.locator('[data-preview="form"]')).toBeVisible();
  // The expander comes right after the primary button.
  await page.keyboard.press("Tab");
  expect(await focused(page)).toBe("action:show-draft");
});

test("keyboard only: change an answer, pick another way out, focus follows it to the top, open the reply", async ({ page }) => {
  await openPreview(page, sharedFixture("attendee-client-review-90min-onsite"));
  const pane = page.locator('[data-preview="pane"]');
  // Focus the reason group and move to "Something came up" with the arrow keys.
  await page.locator('input[name="reason"]:checked').focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.locator('input[name="reason"][value="conflict"]')).toBeChecked();
  await expect(pane.locator("[data-outcome]").first()).toHaveAttribute("data-outcome", "call");
  // "Other ways out": each title is a button; Enter makes it the chosen one, in the featured place.
  await tabTo(page, '[data-outcome="shorter"] button');
  await page.keyboard.press("Enter");
  const featured = pane.locator('[data-outcome][data-chosen="true"]');
  await expect(featured).toHaveAttribute("data-outcome", "shorter");
  await expect(pane.locator("[data-outcome]").first()).toHaveAttribute("data-outcome", "shorter");
  // Focus is on the featured card's heading, so the next Tab reaches its button.
  await expect(featured.locator("h2")).toBeFocused();
  await expect(pane.locator('[data-featured] [data-action="apply"]')).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(pane.locator('[data-featured] [data-action="apply"]')).toBeFocused();
  // Back to the recommended call, still marked, now among the others.
  await expect(pane.locator('[data-section="others"] [data-recommended="true"]')).toHaveAttribute("data-outcome", "call");
  await tabTo(page, '[data-outcome="call"] button');
  await page.keyboard.press("Enter");
  await expect(featured).toHaveAttribute("data-outcome", "call");
  await page.keyboard.press("Tab");
  await expect(pane.locator('[data-featured] [data-action="apply"]')).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator('[data-preview="form"]')).toBeVisible();
});

test("headings a screen reader can skim: the app, the event, the chosen way out, the other ways out", async ({ page }) => {
  await openPreview(page, sharedFixture("attendee-client-review-90min-onsite"));
  const headings = await page.locator('[data-preview="pane"]').locator("h1, h2, h3, h4").evaluateAll((els) =>
    els.filter((el) => el.getClientRects().length > 0).map((el) => `${el.tagName.toLowerCase()} ${(el as HTMLElement).innerText.trim()}`),
  );
  expect(headings.slice(0, 5)).toEqual(["h1 Offramp", "h2 Quarterly account review", "h2 Turn it into a call", "h2 Other ways out", "h3 Make it shorter"]);
  expect(headings.filter((h) => h.startsWith("h3"))).toHaveLength(4);
});

test("keyboard only: open and close settings, shorten the meeting, then Undo", async ({ page }) => {
  await openPreview(page, sharedFixture("organizer-weekly-status-60min"));
  const pane = page.locator('[data-preview="pane"]');
  // What the organizer would see: times, place and the description's text (Outlook rewrites the
  // HTML of a body it stored, so the markup itself never comes back byte for byte).
  const visible = () =>
    page.evaluate(() => {
      const item = (window as unknown as { __simulatedMailbox: { item: { start: string; end: string; location: string; body: { content: string } } } }).__simulatedMailbox.item;
      const text = new DOMParser().parseFromString(item.body.content, "text/html").body.textContent?.replace(/\s+/g, " ").trim();
      return JSON.stringify({ start: item.start, end: item.end, location: item.location, text });
    });
  const original = await visible();

  // Settings open from the header button and close again, by keyboard.
  await tabTo(page, '[data-action="settings"]');
  await page.keyboard.press("Enter");
  await expect(pane.locator('[data-section="settings"]')).toBeVisible();
  await tabTo(page, '[data-action="close-settings"]');
  await page.keyboard.press("Enter");
  await expect(pane.locator('[data-section="settings"]')).toHaveCount(0);
  await expect(pane.locator("[data-outcome]")).toHaveCount(5);
  // Escape closes them too, and focus goes back to the button that opened them.
  await expect(pane.locator('[data-action="settings"]')).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(pane.locator('[data-section="settings"]')).toBeVisible();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Escape");
  await expect(pane.locator('[data-section="settings"]')).toHaveCount(0);
  await expect(pane.locator('[data-action="settings"]')).toBeFocused();

  // Choose "make it shorter" from the other ways out, apply it, and undo it.
  await tabTo(page, '[data-outcome="shorter"] button');
  await page.keyboard.press("Enter");
  await expect(pane.locator('[data-outcome][data-chosen="true"]')).toHaveAttribute("data-outcome", "shorter");
  await tabTo(page, '[data-action="apply"]');
  await page.keyboard.press("Enter");
  await expect(pane.locator('[data-status="done"]')).toBeVisible();
  expect(await visible()).not.toBe(original);
  // Apply is spent once the event carries the change: focus waits on Undo, not on the page.
  await expect(pane.locator('[data-action="undo"]')).toBeFocused();
  await page.keyboard.press("Enter");
  await expect.poll(visible).toBe(original);
  await expect(pane.locator('[data-status="done"]')).toContainText("Undone");
  await expect(pane.locator('[data-action="apply"]')).toBeFocused();
});
