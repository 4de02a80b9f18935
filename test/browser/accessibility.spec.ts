// The pane for people who use a keyboard or a screen reader, in Outlook's light
// and dark themes and in Windows high contrast: axe finds no WCAG 2.1 A/AA
// violation for any sample fixture, and the whole flow (answer, choose, apply,
// settings, undo) works from the keyboard alone.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { openPreview, sharedFixture, sharedFixtures } from "./fixtures";

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
        // The draft (and its controls) of the recommended way out, too.
        const recommended = page.locator('[data-preview="pane"] [data-recommended="true"]');
        if ((await recommended.count()) > 0) {
          await recommended.click();
          await expect(page.locator('[data-preview="pane"] [data-section="draft"]')).toBeVisible();
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

test("keyboard only: answer the questions, pick a way out and open the reply", async ({ page }) => {
  await openPreview(page, sharedFixture("attendee-client-review-90min-onsite"));
  // Focus the reason group and move to "Something came up" with the arrow keys.
  await page.locator('input[name="reason"]:checked').focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.locator('input[name="reason"][value="conflict"]')).toBeChecked();
  // The outcome list: arrows move the choice, as in a radio group.
  await page.locator("[data-outcome][aria-checked=true]").focus();
  await page.keyboard.press("ArrowDown");
  const chosen = await page.locator("[data-outcome][aria-checked=true]").getAttribute("data-outcome");
  expect(chosen).not.toBeNull();
  expect(chosen).not.toBe("call");
  await page.keyboard.press("ArrowUp");
  await expect(page.locator("[data-outcome][aria-checked=true]")).toHaveAttribute("data-outcome", "call");
  // Tab on to the primary button and press it.
  await tabTo(page, '[data-action="apply"]');
  await page.keyboard.press("Enter");
  await expect(page.locator('[data-preview="form"]')).toBeVisible();
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

  // Choose "make it shorter" with the arrow keys, apply it, and undo it.
  await tabTo(page, "[data-outcome][aria-checked=true]");
  for (let i = 0; i < 5 && (await pane.locator("[data-outcome][aria-checked=true]").getAttribute("data-outcome")) !== "shorter"; i += 1) {
    await page.keyboard.press("ArrowDown");
  }
  await expect(pane.locator("[data-outcome][aria-checked=true]")).toHaveAttribute("data-outcome", "shorter");
  await tabTo(page, '[data-action="apply"]');
  await page.keyboard.press("Enter");
  await expect(pane.locator('[data-status="done"]')).toBeVisible();
  expect(await visible()).not.toBe(original);
  await tabTo(page, '[data-action="undo"]');
  await page.keyboard.press("Enter");
  await expect.poll(visible).toBe(original);
});
