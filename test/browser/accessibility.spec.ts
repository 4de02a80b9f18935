// The pane for people who use a keyboard or a screen reader, in Outlook's
// light and dark themes: axe finds no WCAG A/AA violation, and the whole flow
// (answer, choose, apply) works from the keyboard alone.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { openPreview, sharedFixture } from "./fixtures";

for (const theme of ["light", "dark"] as const) {
  for (const name of ["attendee-client-review-90min-onsite", "organizer-weekly-status-60min"]) {
    test(`${name} in the ${theme} theme: no WCAG A/AA violations in the pane`, async ({ page }) => {
      const fixture = sharedFixture(name);
      await openPreview(page, { ...fixture, host: { ...(fixture.host as object), theme } });
      const results = await new AxeBuilder({ page }).include('[data-preview="pane"]').withTags(["wcag2a", "wcag2aa"]).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }
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
  await page.keyboard.press("ArrowUp");
  await expect(page.locator("[data-outcome][aria-checked=true]")).toHaveAttribute("data-outcome", "call");
  // Tab on to the primary button and press it.
  const apply = page.locator('[data-action="apply"]');
  for (let i = 0; i < 40 && !(await apply.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press("Tab");
  await expect(apply).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator('[data-preview="form"]')).toBeVisible();
});
