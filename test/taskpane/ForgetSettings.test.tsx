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
