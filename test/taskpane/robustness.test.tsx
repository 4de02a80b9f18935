// The pane against the invites and hosts that used to break it: prototype
// names, no organizer, text over Outlook's limits, bidi names, and the user's
// work across a trip to Settings (and a save that fails).
import { act, fireEvent, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { applyButton, draftBody, openDraft, outcome, outcomeOrder, recommended, renderPane, screen } from "./renderPane";

// Full renders of the pane with Settings open beside the (hidden) advice: slow on a busy machine.
jest.setTimeout(30_000);

afterEach(() => {
  (window as unknown as { __simulatedMailbox?: { uninstall(): void } }).__simulatedMailbox?.uninstall();
});

const apis = (mailbox: { calls: Array<{ api: string }> }) => mailbox.calls.map((c) => c.api);
const FORMS = /^(item\.displayReply(All)?Form(Async)?|displayNewMessageForm(Async)?)$/;
const bodyBox = () => document.querySelector<HTMLTextAreaElement>('[data-draft="body"]')!;
const settingsButton = () => document.querySelector<HTMLButtonElement>('[data-action="settings"]')!;
const backButton = () => document.querySelector<HTMLButtonElement>('[data-action="close-settings"]')!;
/** The settings form's key-client field, once its lazily loaded panel is there. */
const keyClientField = () =>
  waitFor(
    () => {
      const input = document.querySelector<HTMLInputElement>('[data-section="settings"] input[name="keyClientDomains"]');
      if (!input) throw new Error("settings not open yet");
      return input;
    },
    { timeout: 10_000 },
  );
const saveButton = () => document.querySelector<HTMLButtonElement>('[data-action="save-settings"]')!;

describe("an organizer at eve@constructor", () => {
  test("is a client like any other: five outcomes, a draft to Eve, the reply opens", async () => {
    const { mailbox } = await renderPane("attendee-organizer-at-constructor");
    openDraft();
    expect(outcomeOrder()).toHaveLength(5);
    expect(recommended()).toBe("call");
    expect(draftBody()).toMatch(/^Hi Eve,/);
    await userEvent.click(applyButton()!);
    await screen.findByText(/reply is open in Outlook/i);
    expect(mailbox.forms[0]?.to.map((r) => r.emailAddress)).toEqual(["eve@constructor"]);
  });

  test("choosing a draft language for it changes the draft but saves nothing Outlook could not read back", async () => {
    const { mailbox } = await renderPane("attendee-organizer-at-constructor");
    openDraft();
    fireEvent.change(document.querySelector('[data-field="draft-language"]')!, { target: { value: "it" } });
    await waitFor(() => expect(draftBody()).toMatch(/^Ciao Eve,/));
    expect(apis(mailbox)).not.toContain("roamingSettings.saveAsync");
  });
});

describe("no organizer to reply to", () => {
  test("no organizer: the pane says so, offers the text to copy, and opens nothing", async () => {
    const { mailbox } = await renderPane("attendee-no-organizer");
    const notice = document.querySelector('[data-notice="blocked"]');
    expect(notice).toHaveTextContent("doesn’t say who organized it");
    expect(screen.queryByText(/Opens a reply to/)).toBeNull();
    expect(applyButton()).toBeNull();
    expect(document.querySelector('[data-action="copy"]')).toBeEnabled();
    expect(apis(mailbox).filter((api) => FORMS.test(api))).toEqual([]);
  });

  test("an organizer without an address: named in the message, nothing opened", async () => {
    await renderPane("attendee-organizer-without-address");
    expect(document.querySelector('[data-notice="blocked"]')).toHaveTextContent(/no email address for the organizer, .*Maja Holm/);
    expect(applyButton()).toBeNull();
  });
});

describe("the user's own address missing", () => {
  test("the user is not counted among the other people", async () => {
    await renderPane("attendee-user-address-missing");
    expect(document.querySelector('[data-fact="who"]')).toHaveTextContent(/^1 other person/);
  });
});

describe("Outlook's limits, before Outlook is called", () => {
  test("the user's own text over 32 KB: said in words, nothing opened", async () => {
    const { mailbox } = await renderPane("attendee-client-review-90min-onsite");
    openDraft();
    fireEvent.change(bodyBox(), { target: { value: "Lots to say. ".repeat(3_000) } });
    await userEvent.click(applyButton()!);
    const status = await waitFor(() => {
      const el = document.querySelector('[data-status="error"]');
      if (!el) throw new Error("no error yet");
      return el;
    });
    expect(status).toHaveTextContent("The text is too long for Outlook: it comes to about 39 KB, and Outlook takes at most 32 KB.");
    expect(status).not.toHaveTextContent(/ArgumentException/);
    expect(apis(mailbox).filter((api) => FORMS.test(api))).toEqual([]);
    // Nothing the user wrote is lost.
    expect(bodyBox().value).toBe("Lots to say. ".repeat(3_000));
  });

  test("150 invited: the email goes to 100, the pane says 50 are left out and why there is no mail-app link", async () => {
    await renderPane("organizer-all-hands-150");
    openDraft();
    expect(recommended()).toBe("email");
    expect(document.querySelector('[data-notice="limits.recipientsLeftOut"]')).toHaveTextContent(
      "Outlook takes at most 100 recipients in one field, so 50 people are left out.",
    );
    expect(document.querySelector('[data-action="mailto"]')).toBeNull();
    expect(document.querySelector('[data-notice="no-mailto"]')).toHaveTextContent("the email is too long for one");
    const subject = document.querySelector<HTMLInputElement>('[data-draft="subject"]')!.value;
    expect(subject.length).toBeLessThanOrEqual(255);
    expect(subject).toMatch(/^Weekly status: Northwind rollout .*…: update by email instead of the meeting on .+$/);
  });
});

describe("bidirectional text", () => {
  test("names are isolated where the pane shows them, and the briefing goes to the clean address", async () => {
    const { mailbox } = await renderPane("attendee-bidi-names");
    expect(recommended()).toBe("delegate");
    const pane = document.body.textContent ?? "";
    expect(pane).not.toMatch(/[\u202A-\u202E]/);
    expect(document.querySelector('[data-fact="role"]')?.textContent).toContain("\u2068سام أوكافور (IT)\u2069");
    // The address, cleaned of its isolates, has nothing right-to-left left to isolate.
    expect(document.querySelector('[data-field="to"]')?.textContent).toContain("<sam.okafor@fabrikam.com>");
    expect(document.querySelector('[data-field="to"]')?.textContent).toContain("\u2068سام أوكافور (IT)\u2069");
    expect(document.querySelector("#offramp-summary-heading bdi")).toHaveTextContent("Design check-in");
    await userEvent.click(applyButton()!);
    await waitFor(() => expect(mailbox.forms).toHaveLength(1));
    expect(mailbox.forms[0]?.to.map((r) => r.emailAddress)).toEqual(["sam.okafor@fabrikam.com"]);
  });
});

describe("a trip to Settings", () => {
  test("keeps the chosen outcome and every edit in the draft", async () => {
    await renderPane("attendee-client-review-90min-onsite");
    openDraft();
    await userEvent.click(outcome("shorter"));
    fireEvent.change(bodyBox(), { target: { value: "My own words, typed before opening Settings." } });
    await userEvent.click(settingsButton());
    await keyClientField();
    await act(async () => {
      await userEvent.click(backButton());
    });
    expect(outcome("shorter")).toHaveAttribute("data-chosen", "true");
    expect(bodyBox().value).toBe("My own words, typed before opening Settings.");
    // Keyboard users land back on the button they pressed.
    expect(settingsButton()).toHaveFocus();
  });

  test("saving a setting the draft does not use leaves the edits in place", async () => {
    await renderPane("attendee-client-review-90min-onsite");
    openDraft();
    fireEvent.change(bodyBox(), { target: { value: "Edited, then a new key client saved." } });
    await userEvent.click(settingsButton());
    const domains = await keyClientField();
    await userEvent.type(domains, ", example.org");
    await userEvent.click(saveButton());
    await screen.findByText("Settings saved.", undefined, { timeout: 10_000 });
    await act(async () => {
      await userEvent.click(backButton());
    });
    expect(bodyBox().value).toBe("Edited, then a new key client saved.");
  });

  test("a failed save puts the previous values back on screen, says so, and keeps what was typed a click away", async () => {
    const { mailbox } = await renderPane("attendee-settings-save-fails");
    await userEvent.click(settingsButton());
    const domains = await keyClientField();
    await userEvent.clear(domains);
    await userEvent.type(domains, "northwind.dk");
    await userEvent.click(saveButton());
    await screen.findByText(/the previous ones are back on screen and still in effect/, undefined, { timeout: 10_000 });
    expect(domains).toHaveValue("contoso.com");
    expect(mailbox.savedSettings.keyClientDomains).toEqual(["contoso.com"]);
    await userEvent.click(document.querySelector<HTMLElement>('[data-action="restore-typed"]')!);
    expect(domains).toHaveValue("northwind.dk");
    // Back on the advice, the unsaved key client does not steer it.
    await act(async () => {
      await userEvent.click(backButton());
    });
    expect(recommended()).toBe("call");
  });

  test("a draft language that fails to be remembered: the draft keeps it, the pane says it will not be remembered", async () => {
    await renderPane("attendee-settings-save-fails");
    openDraft();
    fireEvent.change(document.querySelector('[data-field="draft-language"]')!, { target: { value: "da" } });
    await waitFor(() => expect(draftBody()).toMatch(/^Hej Maja/));
    await waitFor(() => expect(document.querySelector('[data-status="error"]')).toHaveTextContent(/couldn’t remember this language for .*northwind\.dk/));
  });
});
