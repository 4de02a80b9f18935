// taskpane.html opened in a browser tab (no Outlook): the entry decides from
// what Office.js reports, and the message says how to add Offramp.
import { screen, waitFor } from "@testing-library/react";
import { act } from "react";
import { officeHasMailbox } from "../../src/office/officeAdapter";
import { renderOutsideOutlook } from "../../src/taskpane/components/OutsideOutlook";
import en from "../../src/core/i18n/catalogs/en";
import da from "../../src/core/i18n/catalogs/da";

describe("officeHasMailbox", () => {
  test("is false for what Office.js reports outside Outlook, true in Outlook", () => {
    // Office.js in a plain browser: onReady gives host null, Office.context exists without a mailbox.
    expect(officeHasMailbox({ context: {} } as unknown as typeof Office)).toBe(false);
    expect(officeHasMailbox({ context: { mailbox: undefined } } as unknown as typeof Office)).toBe(false);
    expect(officeHasMailbox(undefined)).toBe(false);
    expect(officeHasMailbox({ context: { mailbox: { item: null } } } as unknown as typeof Office)).toBe(true);
  });
});

describe("the outside-Outlook message", () => {
  const languages = Object.getOwnPropertyDescriptor(window.navigator, "languages");
  afterEach(() => {
    if (languages) Object.defineProperty(window.navigator, "languages", languages);
    else delete (window.navigator as unknown as Record<string, unknown>).languages;
    document.body.innerHTML = "";
  });

  async function show(preferred: string[]) {
    Object.defineProperty(window.navigator, "languages", { value: preferred, configurable: true });
    const container = document.createElement("div");
    document.body.append(container);
    await act(async () => {
      await renderOutsideOutlook(container, "https://addins.example.org/offramp/manifest.xml");
    });
    return container;
  }

  test("says Offramp runs inside Outlook, both ways to add it, and links the manifest", async () => {
    const container = await show(["en-GB"]);
    await waitFor(() => expect(screen.getByText(en["problem.outsideOutlook.title"])).toBeInTheDocument());
    expect(screen.getByRole("heading", { level: 2, name: en["problem.outsideOutlook.howTo"] })).toBeInTheDocument();
    expect(screen.getByText(en["problem.outsideOutlook.admin"])).toBeInTheDocument();
    expect(screen.getByText(en["problem.outsideOutlook.self"])).toBeInTheDocument();
    const link = screen.getByRole("link", { name: "https://addins.example.org/offramp/manifest.xml" });
    expect(link).toHaveAttribute("href", "https://addins.example.org/offramp/manifest.xml");
    expect(container.querySelector('[data-problem="true"][data-reason="outside-outlook"]')).not.toBeNull();
    expect(screen.queryByText(en["problem.noItem.title"])).toBeNull();
  });

  test("in the browser's language", async () => {
    await show(["da-DK", "en"]);
    await waitFor(() => expect(screen.getByText(da["problem.outsideOutlook.title"])).toBeInTheDocument());
    expect(screen.getByText(da["problem.outsideOutlook.then"])).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("da-DK");
  });
});
