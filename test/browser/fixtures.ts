// The shared sample fixtures, read as the browser tests' inputs, and helpers
// that load one into the built preview the way tests outside the project do.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, type Page } from "@playwright/test";
import { SHARED_FIXTURES_DIR } from "../support/fixtures";

export interface Fixture {
  name: string;
  mode: "read" | "compose";
  host: { displayLanguage?: string };
  item: null | (Record<string, unknown> & { itemType: string; end?: string; location?: string; body?: { type: string; content: string } });
  [key: string]: unknown;
}

export function sharedFixtures(): Fixture[] {
  return readdirSync(SHARED_FIXTURES_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(SHARED_FIXTURES_DIR, f), "utf8")) as Fixture);
}

/** One of the project's own fixtures (src/preview/fixtures/own). */
export function ownFixture(name: string): Fixture {
  return JSON.parse(readFileSync(join(SHARED_FIXTURES_DIR, "..", "own", `${name}.json`), "utf8")) as Fixture;
}

export function sharedFixture(name: string): Fixture {
  const found = sharedFixtures().find((f) => f.name === name);
  if (!found) throw new Error(`no shared fixture ${name}`);
  return found;
}

/** Opens the preview on a fixture through the documented hook, and waits for the pane to settle. */
export async function openPreview(page: Page, fixture: unknown, options: { callTimeoutMs?: number; waitForDraft?: boolean } = {}): Promise<void> {
  await page.addInitScript(
    ({ f, timeout }) => {
      (window as unknown as { __SIMULATED_MAILBOX_FIXTURE__: unknown }).__SIMULATED_MAILBOX_FIXTURE__ = f;
      // A short time limit for lost calls, so a hang costs the test a moment, not 15 s.
      if (timeout) (window as unknown as { __OFFRAMP_CALL_TIMEOUT_MS__: number }).__OFFRAMP_CALL_TIMEOUT_MS__ = timeout;
    },
    { f: fixture, timeout: options.callTimeoutMs ?? 0 },
  );
  await page.goto("preview.html");
  await page.locator('[data-preview="pane"] [data-section="advice"], [data-preview="pane"] [data-problem="true"]').first().waitFor();
  // The draft panel is a chunk of its own: until it arrives the card holds a placeholder, which
  // is not always the panel's exact height, and the panel's buttons are not there yet.
  if (options.waitForDraft === false) return;
  if (await page.locator('[data-preview="pane"] [data-section="advice"]').count()) await page.locator('[data-preview="pane"] [data-featured] [data-section="draft"]').waitFor();
}

export interface LoggedCall {
  api: string;
  args: unknown[];
}

export const callLog = (page: Page) =>
  page.evaluate(() => (window as unknown as { __simulatedMailbox: { calls: LoggedCall[] } }).__simulatedMailbox.calls.map((c) => ({ api: c.api, args: c.args })));

export const itemNow = (page: Page) =>
  page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { __simulatedMailbox: { item: unknown } }).__simulatedMailbox.item)) as Fixture["item"]);

export const outcomeOrder = (page: Page) => page.locator("[data-outcome]").evaluateAll((els) => els.map((el) => el.getAttribute("data-outcome")));

/** Opens the draft's text (language, tone, subject, body) through its expander, as the fixtures README tells outside tests to. */
export async function openDraft(page: Page): Promise<void> {
  const expander = page.locator('[data-preview="pane"] [data-action="show-draft"]');
  await expander.waitFor();
  if ((await expander.getAttribute("aria-expanded")) !== "true") await expander.click();
  await expect(expander).toHaveAttribute("aria-expanded", "true");
}
