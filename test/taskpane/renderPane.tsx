// Renders the real task pane on the simulated Office host for a fixture: the
// only stand-in is Office.js itself, shaped exactly like Office.js.
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { TaskPane } from "../../src/taskpane/TaskPane";
import { createOfficeAdapter } from "../../src/office/officeAdapter";
import { installSimulatedHost, type SimulatedHostOptions, type SimulatedMailbox } from "../../src/preview/simulatedHost";
import { loadFixture, type FixtureJson } from "../support/fixtures";

export interface RenderPaneOptions {
  callTimeoutMs?: number;
  /** Changes Office.js after the simulated host is in, for what a fixture cannot say (the build Outlook reports). */
  adjustOffice?: (office: typeof Office) => void;
  /** The simulated host's own options (latency, calls answered late). */
  host?: SimulatedHostOptions;
}

export async function renderPane(fixture: string | FixtureJson, edit?: (f: FixtureJson) => void, options: RenderPaneOptions = {}) {
  const json = typeof fixture === "string" ? loadFixture(fixture) : fixture;
  const copy = JSON.parse(JSON.stringify(json)) as FixtureJson;
  edit?.(copy);
  const mailbox: SimulatedMailbox = installSimulatedHost(copy, window, options.host);
  const office = (window as unknown as { Office: typeof Office }).Office;
  options.adjustOffice?.(office);
  const adapter = createOfficeAdapter(office, { callTimeoutMs: options.callTimeoutMs });
  const view = render(<TaskPane adapter={adapter} />);
  // Ready when either the advice or a problem message is on screen.
  await waitFor(() => expect(document.querySelector("[data-outcome], [data-problem]")).not.toBeNull());
  // The draft panel is its own chunk and follows the advice a moment later.
  if (document.querySelector("[data-outcome]")) await waitFor(() => expect(document.querySelector('[data-section="draft"]')).not.toBeNull());
  return { ...view, mailbox, fixture: copy };
}

export function outcomeOrder(): string[] {
  return [...document.querySelectorAll<HTMLElement>("[data-outcome]")].map((el) => el.dataset.outcome ?? "");
}

export function recommended(): string | undefined {
  return document.querySelector<HTMLElement>('[data-recommended="true"]')?.dataset.outcome;
}

export function outcome(id: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-outcome="${id}"]`);
  if (!el) throw new Error(`no outcome ${id}`);
  return el;
}

export function applyButton(): HTMLButtonElement | null {
  return document.querySelector<HTMLButtonElement>('[data-action="apply"]');
}

/** Opens the draft's text (language, tone, subject, body) through its expander, as outside tests must. */
export function openDraft(): void {
  const expander = document.querySelector<HTMLButtonElement>('[data-action="show-draft"]');
  if (!expander) throw new Error("no draft expander is shown");
  if (expander.getAttribute("aria-expanded") !== "true") fireEvent.click(expander);
  expect(expander).toHaveAttribute("aria-expanded", "true");
}

/** The draft's text; throws when no draft is shown or its text is closed, so `not.toMatch` on it cannot pass on an empty pane. */
export function draftBody(): string {
  const textarea = document.querySelector<HTMLTextAreaElement>('[data-section="draft"] textarea');
  if (!textarea) throw new Error("no draft is shown");
  if (textarea.closest("[hidden]")) throw new Error("the draft's text is closed: open it through show-draft first");
  return textarea.value;
}

/** The way out in the featured card: the chosen one. */
export function chosen(): string | undefined {
  return document.querySelector<HTMLElement>('[data-outcome][data-chosen="true"]')?.dataset.outcome;
}

export { screen };
