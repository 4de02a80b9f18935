// The pane and its drafts in the user's language, and long (pseudo-localized)
// text that must neither clip nor overlap.
import { expect, test, type Page } from "@playwright/test";
// The catalogs themselves, not the i18n module: it pulls in FormatJS, which ships ES modules only.
import da from "../../src/core/i18n/catalogs/da";
import it from "../../src/core/i18n/catalogs/it";
import { leakedEnglish } from "../support/englishWords";
import { openDraft, openPreview, sharedFixture } from "./fixtures";

const paneText = (page: Page) => page.locator('[data-preview="pane"]').innerText();
/** The draft's text, or "" where the outcome has none (keep it). */
async function draftBody(page: Page): Promise<string> {
  const body = page.locator('[data-preview="pane"] textarea[data-field="body"]');
  return (await body.count()) > 0 ? body.inputValue() : "";
}

for (const [name, language] of [
  ["attendee-client-review-it", "it"],
  ["organizer-weekly-status-da", "da"],
] as const) {
  test(`${name}: no English in the pane or any draft`, async ({ page }) => {
    const fixture = sharedFixture(name);
    const catalog = { it, da }[language];
    const eventText = JSON.stringify(fixture.item);
    await openPreview(page, fixture);
    await expect(page.locator("html")).toHaveAttribute("lang", new RegExp(`^${language}`));
    const outcomes = await page.locator('[data-preview="pane"] [data-outcome]').evaluateAll((els) => els.map((el) => el.getAttribute("data-outcome")!));
    // The loops below check nothing if no advice is shown.
    expect(outcomes).toHaveLength(5);
    const seen: string[] = [];
    // The text of each draft is behind See and edit the text: open it once, it stays open.
    await openDraft(page);
    for (const outcome of outcomes) {
      await page.locator(`[data-outcome="${outcome}"]`).click();
      seen.push(await paneText(page), await draftBody(page));
    }
    // And each draft in the other tone.
    let toneSwitches = 0;
    for (const outcome of outcomes) {
      await page.locator(`[data-outcome="${outcome}"]`).click();
      const tones = page.locator('[data-preview="pane"] input[name="tone"]');
      if ((await tones.count()) === 0) continue;
      const other = (await tones.nth(0).isChecked()) ? tones.nth(1) : tones.nth(0);
      await other.check();
      seen.push(await draftBody(page));
      toneSwitches += 1;
    }
    expect(toneSwitches).toBeGreaterThan(0);
    expect(leakedEnglish(seen.join("\n"), eventText, catalog, language)).toEqual([]);
  });
}

test("pseudo-localized pane: accented, longer text is neither clipped nor overlapping", async ({ page }) => {
  const fixture = sharedFixture("attendee-client-review-90min-onsite");
  await openPreview(page, { ...fixture, host: { ...(fixture.host as object), displayLanguage: "qps-ploc" } });
  const pane = page.locator('[data-preview="pane"]');
  await expect(pane).toContainText("Ŕéçóɱɱéñđéđ");
  await page.locator('[data-outcome="shorter"]').click();
  await openDraft(page);
  await pane.screenshot({ path: "test-results/pseudo-locale-pane.png" });

  const problems = await pane.evaluate((root) => {
    const found: string[] = [];
    const box = root.getBoundingClientRect();
    if (root.scrollWidth > root.clientWidth + 1) found.push(`pane scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    const texty = root.querySelectorAll<HTMLElement>("button, label, h1, h2, h3, [data-outcome], [role=radio], p, dt, dd, span");
    for (const el of texty) {
      if (!el.innerText?.trim() || el.getClientRects().length === 0) continue;
      const r = el.getBoundingClientRect();
      const name = `${el.tagName.toLowerCase()} "${el.innerText.trim().slice(0, 30)}"`;
      if (r.left < box.left - 1 || r.right > box.right + 1) found.push(`${name} sticks out of the pane`);
      const style = getComputedStyle(el);
      const hides = ["hidden", "clip"].includes(style.overflowX) || style.textOverflow === "ellipsis";
      if (hides && el.scrollWidth > el.clientWidth + 1) found.push(`${name} is clipped`);
    }
    const cards = [...root.querySelectorAll<HTMLElement>("[data-outcome]")].map((el) => el.getBoundingClientRect());
    for (let i = 1; i < cards.length; i += 1) if (cards[i]!.top < cards[i - 1]!.bottom - 1) found.push(`outcome ${i} overlaps the one before`);
    return found;
  });
  expect(problems).toEqual([]);
});
