// "Forget my settings" (promised by the privacy statement): after one
// confirmation, every roaming setting Offramp stored is gone from the mailbox.
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SETTINGS_KEYS } from "../../src/core/settings";
import en from "../../src/core/i18n/catalogs/en";
import { renderPane } from "./renderPane";

const stored = { keyClientDomains: ["northwind.dk"], callDetails: "+45 12 34 56 78", shorterMinutes: 20, tone: "formal", draftLanguageByDomain: { "northwind.dk": "da" } };

async function openSettings(failSave = false) {
  const view = await renderPane("attendee-client-review-90min-onsite", (f) => {
    f.roamingSettings = { ...stored };
    if (failSave) f.failures = [{ api: "roamingSettings.saveAsync", code: 9057, message: "The settings could not be saved." }];
  });
  await userEvent.click(screen.getByRole("button", { name: en["app.openSettings"] }));
  await screen.findByRole("button", { name: en["settings.forget.button"] });
  return view;
}

test("asks once, then removes every key from the mailbox and shows the defaults", async () => {
  const { mailbox } = await openSettings();
  expect(screen.getByRole("textbox", { name: /Key client domains/ })).toHaveValue("northwind.dk");
  await userEvent.click(screen.getByRole("button", { name: en["settings.forget.button"] }));
  expect(screen.getByText(en["settings.forget.confirm"])).toBeInTheDocument();
  // Nothing is removed before the confirmation.
  expect(mailbox.calls.filter((c) => c.api === "roamingSettings.remove")).toEqual([]);
  await userEvent.click(screen.getByRole("button", { name: en["settings.forget.confirmButton"] }));
  await screen.findByText(en["settings.forget.done"]);
  expect(mailbox.savedSettings).toEqual({});
  expect(mailbox.calls.filter((c) => c.api === "roamingSettings.remove").map((c) => c.args[0])).toEqual([...SETTINGS_KEYS]);
  expect(screen.getByRole("textbox", { name: /Key client domains/ })).toHaveValue("");
  expect(screen.getByRole("textbox", { name: /Your call details/ })).toHaveValue("");
});

test("Keep them leaves everything as it was", async () => {
  const { mailbox } = await openSettings();
  await userEvent.click(screen.getByRole("button", { name: en["settings.forget.button"] }));
  await userEvent.click(screen.getByRole("button", { name: en["settings.forget.cancel"] }));
  expect(mailbox.savedSettings).toEqual(stored);
  expect(screen.queryByText(en["settings.forget.confirm"])).toBeNull();
});

test("when Outlook cannot save, says so and keeps the settings on screen", async () => {
  const { mailbox } = await openSettings(true);
  await userEvent.click(screen.getByRole("button", { name: en["settings.forget.button"] }));
  await userEvent.click(screen.getByRole("button", { name: en["settings.forget.confirmButton"] }));
  await waitFor(() => expect(screen.getByText(/Outlook couldn’t remove the settings/)).toBeInTheDocument());
  expect(mailbox.savedSettings).toEqual(stored);
  expect(screen.getByRole("textbox", { name: /Key client domains/ })).toHaveValue("northwind.dk");
});

test("by keyboard: focus lands on the safe answer with the question read out, Escape keeps them, and focus is never dropped", async () => {
  const { mailbox } = await openSettings();
  const forget = screen.getByRole("button", { name: en["settings.forget.button"] });
  forget.focus();
  await userEvent.keyboard("{Enter}");
  const keep = screen.getByRole("button", { name: en["settings.forget.cancel"] });
  expect(keep).toHaveFocus();
  expect(keep).toHaveAccessibleDescription(en["settings.forget.confirm"]);
  // Escape answers the question, and leaves Settings open.
  await userEvent.keyboard("{Escape}");
  expect(screen.queryByText(en["settings.forget.confirm"])).toBeNull();
  expect(screen.getByRole("button", { name: en["settings.forget.button"] })).toHaveFocus();
  expect(document.querySelector('[data-section="settings"]')).not.toBeNull();
  expect(mailbox.savedSettings).toEqual(stored);

  await userEvent.keyboard("{Enter}");
  screen.getByRole("button", { name: en["settings.forget.confirmButton"] }).focus();
  await userEvent.keyboard("{Enter}");
  await screen.findByText(en["settings.forget.done"]);
  // The buttons of the question are gone: focus is on what happened, not on the page.
  expect(document.querySelector('[data-field="forget-result"]')).toHaveFocus();
  expect(mailbox.savedSettings).toEqual({});
});

test("Escape closes Settings, as Back does, and focus returns to the settings button", async () => {
  await openSettings();
  screen.getByRole("textbox", { name: /Key client domains/ }).focus();
  await userEvent.keyboard("{Escape}");
  expect(document.querySelector('[data-section="settings"]')).toBeNull();
  expect(document.querySelector('[data-view="advice"]')).not.toHaveAttribute("hidden");
  expect(screen.getByRole("button", { name: en["app.openSettings"] })).toHaveFocus();
});
