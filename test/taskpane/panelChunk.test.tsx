// The draft and settings panels arrive as chunks of their own, with English's later
// messages. When one does not arrive (a network hiccup, a release that replaced the
// files), its place says so and offers to try again; the advice stays. A panel's own
// rendering error still ends in the pane's crash message, not in "try again".
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { TaskPane } from "../../src/taskpane/TaskPane";
import { createOfficeAdapter } from "../../src/office/officeAdapter";
import { installSimulatedHost } from "../../src/preview/simulatedHost";
import { loadFixture } from "../support/fixtures";

type I18n = typeof import("../../src/core/i18n");
const actualI18n = jest.requireActual<I18n>("../../src/core/i18n");
/** How many of the next loads of English's later part fail. */
let failingLoads = 0;
jest.mock("../../src/core/i18n", () => ({
  ...jest.requireActual<I18n>("../../src/core/i18n"),
  loadCatalog: (language: Parameters<I18n["loadCatalog"]>[0]) => {
    if (language === "en" && failingLoads > 0) {
      failingLoads -= 1;
      return Promise.reject(new Error("Loading chunk i18n-en-later failed"));
    }
    return actualI18n.loadCatalog(language);
  },
}));

// The boundary logs the lost load, and React the error it caught: expected here.
let quiet: jest.SpyInstance[] = [];
beforeEach(() => {
  quiet = [jest.spyOn(console, "warn").mockImplementation(() => {}), jest.spyOn(console, "error").mockImplementation(() => {})];
});
afterEach(() => {
  failingLoads = 0;
  for (const spy of quiet) spy.mockRestore();
});

async function openPane(fixture = "attendee-client-review-90min-onsite") {
  installSimulatedHost(loadFixture(fixture), window);
  const office = (window as unknown as { Office: typeof Office }).Office;
  render(<TaskPane adapter={createOfficeAdapter(office)} />);
  await waitFor(() => expect(document.querySelector("[data-outcome]")).not.toBeNull());
}

const notLoaded = () => document.querySelector('[data-notice="panel-not-loaded"]');

test("the draft panel does not arrive: its place says so, the advice and the other ways out stay, and Try again brings it", async () => {
  failingLoads = 1;
  await openPane();
  await waitFor(() => expect(notLoaded()).not.toBeNull());
  const featured = document.querySelector('[data-featured="true"]')!;
  expect(featured).toContainElement(notLoaded() as HTMLElement);
  expect(notLoaded()).toHaveAttribute("role", "alert");
  expect(notLoaded()).toHaveTextContent("This part of Offramp couldn’t be loaded. Check your connection, then try again.");
  expect(document.querySelectorAll("[data-outcome]")).toHaveLength(5);
  expect(screen.queryByText("Something went wrong in Offramp")).toBeNull();
  expect(document.querySelector('[data-section="draft"]')).toBeNull();

  fireEvent.click(screen.getByRole("button", { name: "Try again" }));
  // The button is gone: focus goes on from the card's heading, not from the top of the page.
  expect(document.activeElement).toBe(featured.querySelector("h2"));
  await waitFor(() => expect(document.querySelector('[data-section="draft"]')).not.toBeNull());
  expect(notLoaded()).toBeNull();
  expect(document.querySelector('[data-action="apply"]')).not.toBeNull();
});

test("Settings do not arrive: the settings view says so, the way back works, and Try again brings them", async () => {
  await openPane();
  await waitFor(() => expect(document.querySelector('[data-section="draft"]')).not.toBeNull());
  // The draft panel is in; this time what Settings wait for fails to arrive.
  failingLoads = 1;
  fireEvent.click(document.querySelector('[data-action="settings"]')!);
  await waitFor(() => expect(notLoaded()).not.toBeNull());
  expect(document.querySelector('[data-view="advice"]')).toHaveAttribute("hidden");

  fireEvent.click(screen.getByRole("button", { name: "Try again" }));
  expect(document.activeElement).toBe(document.querySelector('[data-action="close-settings"]'));
  await waitFor(() => expect(document.querySelector('[data-section="settings"]')).not.toBeNull());
  expect(notLoaded()).toBeNull();

  fireEvent.click(document.querySelector('[data-action="close-settings"]')!);
  expect(document.querySelector('[data-view="advice"]')).not.toHaveAttribute("hidden");
});

test("where the other ways out wait for the draft panel's final shape, a panel that does not arrive does not keep them waiting", async () => {
  failingLoads = 1;
  // No organizer to reply to: the draft's text starts open, so the list waits for the panel.
  await openPane("attendee-no-organizer");
  await waitFor(() => expect(notLoaded()).not.toBeNull());
  await waitFor(() => expect(document.querySelectorAll("[data-outcome]")).toHaveLength(5));
});
