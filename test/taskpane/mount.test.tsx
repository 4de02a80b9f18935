// The production entry's mount: the event is read before React starts, so the pane
// renders once, straight from the page's own "Loading…" line to the advice.
import { act, configure, waitFor } from "@testing-library/react";
import type { Root } from "react-dom/client";
import { mountTaskPane } from "../../src/taskpane/mount";
import { createOfficeAdapter } from "../../src/office/officeAdapter";
import type { MailboxAdapter } from "../../src/office/mailboxAdapter";
import { installSimulatedHost } from "../../src/preview/simulatedHost";
import { loadFixture } from "../support/fixtures";

jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 10_000 });

const PAGE_LOADING = "Loading…";
let container: HTMLElement;
let root: Root | undefined;

beforeEach(() => {
  container = document.createElement("div");
  // What taskpane.html carries before any script runs.
  container.innerHTML = `<div class="offramp-boot" role="status" aria-live="polite">${PAGE_LOADING}</div>`;
  document.body.appendChild(container);
});

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  container.remove();
  (window as unknown as { __simulatedMailbox?: { uninstall(): void } }).__simulatedMailbox?.uninstall();
});

/** Every text the container showed, in order, until `until` holds. */
async function textsUntil(until: () => boolean): Promise<string[]> {
  const seen = [container.textContent ?? ""];
  const observer = new MutationObserver(() => {
    const text = container.textContent ?? "";
    if (text !== seen[seen.length - 1]) seen.push(text);
  });
  observer.observe(container, { childList: true, subtree: true, characterData: true });
  try {
    await waitFor(() => expect(until()).toBe(true));
  } finally {
    observer.disconnect();
  }
  return seen;
}

test("goes from the page's Loading line straight to the advice: no second Loading line in between", async () => {
  installSimulatedHost(JSON.parse(JSON.stringify(loadFixture("attendee-client-review-90min-onsite"))), window);
  const adapter = createOfficeAdapter((window as unknown as { Office: typeof Office }).Office);
  const texts = textsUntil(() => container.querySelector("[data-outcome]") !== null);
  root = await act(() => mountTaskPane(container, adapter));
  const shown = await texts;
  expect(shown[0]).toBe(PAGE_LOADING);
  // React's own "Reading the meeting…" never appears: the first text after the page's is the pane.
  expect(shown.some((t) => t.includes("Reading the meeting"))).toBe(false);
  expect(shown[1]).toContain("Quarterly account review");
  expect(container.querySelectorAll("[data-outcome]")).toHaveLength(5);
});

test("the advice is on the page as soon as the event is read: React renders it there and then, not in a later task", async () => {
  installSimulatedHost(JSON.parse(JSON.stringify(loadFixture("attendee-client-review-90min-onsite"))), window);
  const adapter = createOfficeAdapter((window as unknown as { Office: typeof Office }).Office);
  // No act(): act would flush React's scheduled work and hide a render left for later.
  // React warns when state changes outside act; here that is the point, so it is allowed.
  const previous = (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT;
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  try {
    root = await mountTaskPane(container, adapter);
    // The same task: no frame of the page's Loading line between the read and the advice.
    expect(container.querySelectorAll("[data-outcome]")).toHaveLength(5);
    expect(container).not.toHaveTextContent(PAGE_LOADING);
  } finally {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = previous;
  }
});

test("a read that fails says so in Outlook's language and theme, which Office.js gives without the event", async () => {
  const italianDark = {
    readHost: () => ({ platform: "OfficeOnline", displayLanguage: "it-IT", theme: { bodyBackgroundColor: "#1f1f1f", bodyForegroundColor: "#ffffff", controlBackgroundColor: "#292929", controlForegroundColor: "#ffffff" } }),
    readSnapshot: () => Promise.reject(new Error("Outlook went away")),
  } as unknown as MailboxAdapter;
  root = await act(() => mountTaskPane(container, italianDark));
  await waitFor(() => expect(container.querySelector("[data-problem]")).not.toBeNull());
  expect(container).toHaveTextContent("Outlook non è riuscito a fornire i dati di questo evento");
  expect(container.querySelector("[data-theme]")).toHaveAttribute("data-theme", "dark");
  expect(document.documentElement.lang).toBe("it-IT");
});

test.each([
  ["throws instead of rejecting", () => {
    throw new Error("Outlook went away");
  }],
  // A snapshot without its user: reading the time zone fails after the read itself succeeded.
  ["hands over a snapshot with parts missing", () => Promise.resolve({ item: null })],
])("an adapter that %s still ends in the pane's message, never a pane stuck on Loading", async (_, readSnapshot) => {
  const broken = { readSnapshot } as unknown as MailboxAdapter;
  root = await act(() => mountTaskPane(container, broken));
  await waitFor(() => expect(container.querySelector("[data-problem]")).not.toBeNull());
  expect(container).toHaveTextContent("Outlook couldn’t hand over this event");
  expect(container).not.toHaveTextContent(PAGE_LOADING);
});

test("shows the read the page started before this code arrived, without reading the event again", async () => {
  const sim = installSimulatedHost(JSON.parse(JSON.stringify(loadFixture("attendee-client-review-90min-onsite"))), window);
  const adapter = createOfficeAdapter((window as unknown as { Office: typeof Office }).Office);
  const started = adapter.readSnapshot();
  const readAgain = jest.spyOn(adapter, "readSnapshot");
  root = await act(() => mountTaskPane(container, adapter, started));
  expect(container.querySelectorAll("[data-outcome]")).toHaveLength(5);
  expect(container).toHaveTextContent("Quarterly account review");
  expect(readAgain).not.toHaveBeenCalled();
  expect(sim.calls.filter((c) => c.api === "item.body.getAsync")).toHaveLength(1);
});
