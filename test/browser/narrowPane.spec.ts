// Outlook's task pane can be as narrow as 320 px. In every language Offramp
// speaks, and in the pseudo-locale's longer text, nothing may stick out or be
// clipped, and no word may be split across two lines ("Nøglekun|de").
import { expect, test, type Page } from "@playwright/test";
import { openDraft, openPreview, sharedFixture } from "./fixtures";

const NARROWEST_PANE_PX = 320;
const LANGUAGES = ["en-US", "it-IT", "da-DK", "de-DE", "fr-FR", "es-ES", "nl-NL", "sv-SE", "nb-NO", "pt-BR", "qps-ploc"];
const FIXTURES = ["attendee-client-review-90min-onsite", "organizer-weekly-status-60min"];

/** Every layout problem in the pane as it is now: overflow, clipping, a word broken across lines. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.locator('[data-preview="pane"]').evaluate((root) => {
    const found: string[] = [];
    const box = root.getBoundingClientRect();
    if (Math.round(box.width) > 320) found.push(`pane is ${box.width}px wide`);
    if (root.scrollWidth > root.clientWidth + 1) found.push(`pane scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    for (const el of root.querySelectorAll<HTMLElement>("button, label, h1, h2, h3, [role=radio], p, dt, dd, span, li, select, input")) {
      if (el.getClientRects().length === 0) continue;
      const r = el.getBoundingClientRect();
      const name = `${el.tagName.toLowerCase()} "${(el.innerText || el.getAttribute("value") || "").trim().slice(0, 30)}"`;
      if (r.left < box.left - 1 || r.right > box.right + 1) found.push(`${name} sticks out of the pane`);
      const style = getComputedStyle(el);
      const hides = ["hidden", "clip"].includes(style.overflowX) || style.textOverflow === "ellipsis";
      if (hides && el.scrollWidth > el.clientWidth + 1 && el.innerText?.trim()) found.push(`${name} is clipped`);
    }
    // A word (letters, digits, apostrophes) whose characters sit on two lines was broken.
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("textarea, option, [aria-hidden=true]") || parent.getClientRects().length === 0) continue;
      const text = node.textContent ?? "";
      for (const match of text.matchAll(/[\p{L}\p{N}’'.~]{2,}/gu)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) found.push(`"${match[0]}" is broken across lines`);
      }
    }
    return [...new Set(found)];
  });
}

for (const language of LANGUAGES) {
  for (const name of FIXTURES) {
    test(`${language}, ${name}: lays out at ${NARROWEST_PANE_PX} px with no word broken and nothing clipped`, async ({ page }) => {
      const fixture = sharedFixture(name);
      await openPreview(page, { ...fixture, host: { ...(fixture.host as object), displayLanguage: language } });
      await page.addStyleTag({ content: `[data-preview="pane"] { width: ${NARROWEST_PANE_PX}px !important; box-sizing: border-box; }` });
      const problems: string[] = [];
      const outcomes = await page.locator('[data-preview="pane"] [data-outcome]').evaluateAll((els) => els.map((el) => el.getAttribute("data-outcome")!));
      expect(outcomes.length).toBeGreaterThan(0);
      // The first screen as it opens, then every way out with its text open (it stays open from one to the next).
      problems.push(...(await layoutProblems(page)).map((p) => `first screen: ${p}`));
      await openDraft(page);
      for (const outcome of outcomes) {
        await page.locator(`[data-preview="pane"] [data-outcome="${outcome}"]`).click();
        problems.push(...(await layoutProblems(page)).map((p) => `${outcome}: ${p}`));
      }
      await page.locator('[data-preview="pane"] [data-outcome]').first().click();
      await page.screenshot({ path: `test-results/narrow-${language}-${name}.png`, fullPage: true });
      // The settings, with their longer labels and hints, at the same width.
      await page.locator('[data-preview="pane"] header button').click();
      await page.locator('[data-preview="pane"] [data-section="settings"]').waitFor();
      problems.push(...(await layoutProblems(page)).map((p) => `settings: ${p}`));
      expect(problems).toEqual([]);
    });
  }
}
