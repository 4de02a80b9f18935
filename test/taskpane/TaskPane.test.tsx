import { act, configure, fireEvent, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { applyButton, chosen, draftBody, openDraft, outcome, outcomeOrder, recommended, renderPane, screen } from "./renderPane";
import italian from "../../src/core/i18n/catalogs/it";

// The whole pane on the simulated host: every Office.js call is a real macrotask. On a
// busy machine (CI runs several suites side by side) a flow takes seconds, not milliseconds.
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  (window as unknown as { __simulatedMailbox?: { uninstall(): void } }).__simulatedMailbox?.uninstall();
});

const apis = (mailbox: { calls: Array<{ api: string }> }) => mailbox.calls.map((c) => c.api);

describe("attendee of an on-site client review", () => {
  test("summarises the meeting and recommends a call, best first", async () => {
    await renderPane("attendee-client-review-90min-onsite");
    expect(screen.getByRole("heading", { name: "Quarterly account review" })).toBeInTheDocument();
    expect(document.querySelector('[data-fact="where"]')).toHaveTextContent("at the client’s");
    expect(document.querySelector('[data-fact="role"]')).toHaveTextContent("Maja Holm");
    expect(recommended()).toBe("call");
    expect(outcomeOrder()[0]).toBe("call");
    expect(outcomeOrder()).toHaveLength(5);
    expect(outcome("delegate").dataset.available).toBe("false");
    expect(outcome("delegate")).toHaveTextContent("No colleague of yours is invited");
  });

  test("the two answers are chips in groups named by their questions, the best guess checked and marked", async () => {
    await renderPane("attendee-client-review-90min-onsite");
    const importance = screen.getByRole("group", { name: "How important is this client?" });
    const reason = screen.getByRole("group", { name: "Why do you want out?" });
    expect(within(importance).getByRole("radio", { name: "Regular client" })).toBeChecked();
    expect(within(reason).getByRole("radio", { name: "Too much work" })).toBeChecked();
    // The checked chip carries a mark of its own (not only a colour), and only the checked one.
    const marked = (group: HTMLElement) => [...group.querySelectorAll("label")].filter((l) => l.querySelector('[aria-hidden="true"]')).map((l) => l.textContent);
    expect(marked(importance)).toEqual(["Regular client"]);
    await userEvent.click(within(importance).getByRole("radio", { name: "Key client" }));
    expect(marked(importance)).toEqual(["Key client"]);
  });

  test("the ranking follows the answers at once", async () => {
    await renderPane("attendee-client-review-90min-onsite");
    fireEvent.click(document.querySelector('input[name="reason"][value="dislike"]')!);
    expect(recommended()).toBe("keep");
    expect(outcome("keep")).toHaveTextContent("isn’t a reason to cancel");
    fireEvent.click(document.querySelector('input[name="reason"][value="conflict"]')!);
    expect(recommended()).toBe("call");
  });

  test("applying opens Outlook's reply to the organizer with the drafted text", async () => {
    const { mailbox } = await renderPane("attendee-client-review-90min-onsite");
    openDraft();
    expect(draftBody()).toContain("Quarterly account review");
    expect(draftBody()).toContain("Call me on +45 20 30 40 50");
    await userEvent.click(applyButton()!);
    await waitFor(() => expect(mailbox.forms).toHaveLength(1));
    const form = mailbox.forms[0]!;
    expect(form.kind).toBe("reply");
    expect(form.to.map((r) => r.emailAddress)).toEqual(["maja.holm@northwind.dk"]);
    expect(form.htmlBody).toContain("Quarterly account review");
    expect(await screen.findByText(/The reply is open in Outlook/)).toBeInTheDocument();
  });

  test("edits set aside by a new tone or language: the notice names what rewrote the text, and the edits come back", async () => {
    await renderPane("attendee-client-review-90min-onsite");
    openDraft();
    const textarea = () => document.querySelector<HTMLTextAreaElement>('[data-section="draft"] textarea')!;
    fireEvent.change(textarea(), { target: { value: "Hi Maja, my own words." } });
    const currentTone = document.querySelector<HTMLInputElement>('input[name="tone"]:checked')!.value;
    fireEvent.click(document.querySelector(`input[name="tone"]:not([value="${currentTone}"])`)!);
    // The language did not change: "rewritten in English" would be untrue.
    const notice = await screen.findByText(/Your edited version is kept/);
    expect(notice).toHaveTextContent("The text was rewritten for your new choice.");
    expect(notice).not.toHaveTextContent("rewritten in");
    expect(textarea().value).not.toContain("my own words");

    fireEvent.change(document.querySelector('[data-field="draft-language"]')!, { target: { value: "da" } });
    expect(await screen.findByText(/The text was rewritten in Danish/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Bring back my edited text" }));
    expect(textarea().value).toBe("Hi Maja, my own words.");
  });

  test("the user's edits to the draft are what gets sent, escaped", async () => {
    const { mailbox } = await renderPane("attendee-client-review-90min-onsite");
    openDraft();
    const textarea = document.querySelector<HTMLTextAreaElement>('[data-section="draft"] textarea')!;
    fireEvent.change(textarea, { target: { value: "Hi Maja,\n\nCan we talk by phone? <b>Thanks</b> & bye" } });
    await userEvent.click(applyButton()!);
    await waitFor(() => expect(mailbox.forms).toHaveLength(1));
    expect(mailbox.forms[0]!.htmlBody).toContain("Can we talk by phone? &lt;b&gt;Thanks&lt;/b&gt; &amp; bye");
    expect(mailbox.forms[0]!.htmlBody).not.toContain("<b>");
  });

  test("choosing another way out moves it to the featured place, focus follows, the draft follows", async () => {
    await renderPane("attendee-client-review-90min-onsite");
    const [first, second, ...rest] = outcomeOrder();
    expect(chosen()).toBe(first);
    // From the keyboard: the way out's button, in its heading, under "Other ways out".
    await userEvent.click(outcome(second!).querySelector("button")!);
    expect(chosen()).toBe(second);
    // Featured first, then the others in rank order (the recommended one among them, still marked).
    expect(outcomeOrder()).toEqual([second, first, ...rest]);
    expect(outcome(first!)).toHaveAttribute("data-recommended", "true");
    expect(document.activeElement).toBe(screen.getByRole("heading", { level: 2, name: /Make it shorter/ }));
    await waitFor(() => expect(document.querySelector('[data-section="draft"]')).toHaveAttribute("data-plan", "reply"));
  });
});

describe("bowing out of a colleague's client meeting", () => {
  test("recommends bowing out and opens a briefing to the colleague", async () => {
    const { mailbox } = await renderPane("attendee-dragged-in-by-colleague");
    openDraft();
    expect(recommended()).toBe("delegate");
    expect(draftBody()).toMatch(/decline the invitation/);
    await userEvent.click(applyButton()!);
    await waitFor(() => expect(mailbox.forms).toHaveLength(1));
    expect(mailbox.forms[0]!.kind).toBe("newMessage");
    expect(mailbox.forms[0]!.to.map((r) => r.emailAddress)).toEqual(["sam.okafor@fabrikam.com"]);
  });
});

describe("key client", () => {
  test("advises keeping it and offers nothing to send", async () => {
    await renderPane("attendee-key-client-kickoff");
    expect(recommended()).toBe("keep");
    // The client by its name, with the domain that matched the list.
    expect(screen.getByText(/Contoso \(contoso\.com\) is on your key client list/)).toBeInTheDocument();
    expect(applyButton()).toBeNull();
  });

  test("illness is a valid reason even for a key client", async () => {
    await renderPane("attendee-key-client-kickoff");
    fireEvent.click(document.querySelector('input[name="reason"][value="emergency"]')!);
    expect(recommended()).not.toBe("keep");
  });
});

describe("organizer", () => {
  test("shortening a weekly series changes every meeting's length through the recurrence, and Undo restores it", async () => {
    const { mailbox, fixture } = await renderPane("organizer-weekly-status-60min");
    expect(recommended()).toBe("email");
    await userEvent.click(outcome("shorter"));
    const draft = document.querySelector('[data-section="draft"]')!;
    expect(draft).toHaveTextContent("Every Thursday’s meeting from now on will last 30 minutes");
    await userEvent.click(applyButton()!);
    // One sentence per change, never "the end, from … to …, a note …" run together.
    await screen.findByText(/^Done\. From now on, every Thursday’s meeting lasts 30 minutes\. A note sits on top of the description\. Attendees see the changes when you send the update\.$/);
    const item = mailbox.item as unknown as { start: string; end: string; body: { content: string }; recurrence: { seriesTime: { durationMinutes: number } } };
    expect(new Date(item.end).getTime() - new Date(item.start).getTime()).toBe(30 * 60_000);
    expect(item.recurrence.seriesTime.durationMinutes).toBe(30);
    expect(apis(mailbox)).not.toContain("item.end.setAsync");
    expect(item.body.content.indexOf("shortened")).toBeLessThan(item.body.content.indexOf("Standing update"));
    await userEvent.click(document.querySelector<HTMLButtonElement>('[data-action="undo"]')!);
    await screen.findByText(/Undone\. Back as before: the length of the series and the description\./);
    const after = mailbox.item as { end: string; location: string; body: { content: string } };
    expect(new Date(after.end).getTime()).toBe(new Date(fixture.item!.end as string).getTime());
    expect(after.body.content).not.toContain("trimmed");
    expect(after.body.content).toContain("Standing update on the rollout.");
    expect(after.location).toBe(fixture.item!.location);
    expect(document.querySelector('[data-action="undo"]')).toBeNull();
    expect(applyButton()).not.toBeDisabled();
  });

  test("from the keyboard, Apply leaves focus on Undo and Undo leaves it on Apply, never on the page", async () => {
    await renderPane("organizer-weekly-status-60min");
    await userEvent.click(outcome("shorter"));
    applyButton()!.focus();
    await userEvent.keyboard("{Enter}");
    await screen.findByText(/^Done\./);
    const undo = document.querySelector<HTMLButtonElement>('[data-action="undo"]')!;
    await waitFor(() => expect(undo).toHaveFocus());
    await userEvent.keyboard("{Enter}");
    await screen.findByText(/^Undone\./);
    await waitFor(() => expect(applyButton()).toHaveFocus());
    expect(document.activeElement).not.toBe(document.body);
  });

  test("two clicks in one tick apply once: one note, one change", async () => {
    const { mailbox } = await renderPane("organizer-weekly-status-60min");
    await userEvent.click(outcome("shorter"));
    const button = applyButton()!;
    act(() => {
      button.click();
      button.click();
    });
    await screen.findByText(/Attendees see the changes when you send the update/);
    expect(apis(mailbox).filter((api) => api === "item.body.prependAsync")).toHaveLength(1);
    expect(apis(mailbox).filter((api) => api === "item.recurrence.setAsync")).toHaveLength(1);
  });

  test("a rollback that fails keeps Undo, says what is left, and never offers Apply again", async () => {
    const { mailbox } = await renderPane(
      "organizer-call-books-room",
      (f) => {
        // The note is lost (no answer), and the body cannot be read to check whether it went in.
        f.failures = [
          { api: "item.body.prependAsync", hang: true },
          { api: "item.body.getAsync", code: 9041, message: "Offline." },
        ];
      },
      { callTimeoutMs: 50 },
    );
    await userEvent.click(outcome("shorter"));
    await userEvent.click(applyButton()!);
    // Waits out two lost calls (50 ms each) on a machine that may be busy.
    expect(await screen.findByText(/putting everything back failed too/, undefined, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText("Press Undo to put back what Offramp still has changed.")).toBeInTheDocument();
    // The end it had changed is back; the body is the part left to check.
    expect((mailbox.item as { end: string }).end).toBe("2026-12-03T10:30:00.000Z");
    expect(applyButton()).toBeDisabled();
    const undo = document.querySelector<HTMLButtonElement>('[data-action="undo"]')!;
    await userEvent.click(undo);
    expect(await screen.findByText(/Not put back: the description/, undefined, { timeout: 5000 })).toBeInTheDocument();
    // Still failing: the restore point and the button stay; Apply is still not offered.
    expect(document.querySelector('[data-action="undo"]')).not.toBeNull();
    expect(applyButton()).toBeDisabled();
    expect(apis(mailbox).filter((api) => api === "item.body.prependAsync")).toHaveLength(1);
  });

  test("Outlook's late answer that cannot be put back brings Undo back and says what is still changed", async () => {
    const { mailbox, fixture } = await renderPane("organizer-call-books-room", undefined, {
      callTimeoutMs: 50,
      // The new location comes through 300 ms after it was asked, long after the pane gave up on it...
      host: { lateMs: { "item.location.setAsync": 300 } },
      // ...and Outlook refuses the write that would put the old one back, once.
      adjustOffice: (office) => {
        const location = office.context.mailbox.item!.location as unknown as { setAsync: (...args: unknown[]) => void };
        const setAsync = location.setAsync.bind(location);
        let calls = 0;
        location.setAsync = (...args: unknown[]) => {
          calls += 1;
          if (calls !== 2) return setAsync(...args);
          const callback = args[args.length - 1] as (result: Office.AsyncResult<void>) => void;
          setTimeout(() => callback({ status: Office.AsyncResultStatus.Failed, value: undefined, error: { code: 9041, name: "NetworkError", message: "Offline." }, asyncContext: undefined, diagnostics: undefined } as unknown as Office.AsyncResult<void>));
        };
      },
    });
    await userEvent.click(outcome("call"));
    await userEvent.click(applyButton()!);
    expect(await screen.findByText(/Offramp put the meeting back as it was/, undefined, { timeout: 5000 })).toBeInTheDocument();
    // Then the late location lands and stays: the pane says so and offers Undo, not Apply.
    expect(await screen.findByText(/putting everything back failed too/, undefined, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText("Press Undo to put back what Offramp still has changed.")).toBeInTheDocument();
    expect((mailbox.item as { location: string }).location).not.toBe(fixture.item!.location);
    expect(applyButton()).toBeDisabled();
    await userEvent.click(document.querySelector<HTMLButtonElement>('[data-action="undo"]')!);
    await screen.findByText(/Undone\. Back as before: the location\./);
    expect((mailbox.item as { location: string }).location).toBe(fixture.item!.location);
    expect(applyButton()).not.toBeDisabled();
  });

  test("in Italian a new end at one o'clock reads 'all’1:15', as Italians write it, and other hours 'alle'", async () => {
    await renderPane("organizer-call-books-room", (f) => {
      f.host.displayLanguage = "it-IT";
      // A late-night call across the world: 00:30–02:00 in Paris, shortened to 45 minutes.
      f.item!.start = "2026-12-03T00:30:00+01:00";
      f.item!.end = "2026-12-03T02:00:00+01:00";
    });
    await userEvent.click(outcome("shorter"));
    expect(document.querySelector('[data-section="draft"]')).toHaveTextContent("Anticipa la fine all’1:15 (");
    await userEvent.click(applyButton()!);
    expect(await screen.findByText(/Ora la riunione finisce all’1:15 anziché alle 2:00\./)).toBeInTheDocument();
  });

  test("choosing another way out after a change keeps Undo and offers no second change on top", async () => {
    const { mailbox } = await renderPane("organizer-call-books-room");
    await userEvent.click(outcome("call"));
    await userEvent.click(applyButton()!);
    await screen.findByText(/Attendees see the changes when you send the update/);
    await userEvent.click(outcome("shorter"));
    expect(await screen.findByText("Offramp has already changed this meeting. To try another way out, press Undo first.")).toBeInTheDocument();
    expect(applyButton()).toBeDisabled();
    await userEvent.click(document.querySelector<HTMLButtonElement>('[data-action="undo"]')!);
    await screen.findByText(/Undone\. Back as before: the location and the description\./);
    expect(applyButton()).not.toBeDisabled();
    expect(apis(mailbox).filter((api) => api === "item.body.prependAsync")).toHaveLength(1);
  });

  test("the email instead is shown ready to copy, with a mailto link, and no Office call", async () => {
    const { mailbox } = await renderPane("organizer-weekly-status-60min");
    const section = document.querySelector('[data-section="draft"]')!;
    expect(section).toHaveAttribute("data-plan", "replacement-email");
    expect(section).toHaveTextContent("cancel the meeting");
    const mailto = document.querySelector<HTMLAnchorElement>('[data-action="mailto"]')!;
    expect(mailto.href).toMatch(/^mailto:maja\.holm%40northwind\.dk,jonas\.berg%40northwind\.dk\?/);
    expect(apis(mailbox)).not.toContain("displayNewMessageForm");
  });

  test("when Outlook refuses the new end time the pane says so and the event is unchanged", async () => {
    const { mailbox, fixture } = await renderPane("organizer-end-time-fails");
    expect(recommended()).toBe("shorter");
    await userEvent.click(applyButton()!);
    expect(await screen.findByText(/nothing was changed|put the meeting back/i)).toBeInTheDocument();
    const item = mailbox.item as { end: string; location: string; body: { content: string } };
    expect(new Date(item.end).getTime()).toBe(new Date(fixture.item!.end as string).getTime());
    expect(item.location).toBe(fixture.item!.location);
    expect(item.body.content).toBe((fixture.item!.body as { content: string }).content);
    expect(document.querySelector('[data-action="undo"]')).toBeNull();
  });
});

describe("bad input gets a clear message", () => {
  test.each([
    ["nothing-selected", /Open a calendar event first/],
    ["message-not-meeting", /This is an email, not a calendar event/],
  ])("%s", async (name, message) => {
    await renderPane(name);
    expect(document.querySelector("[data-problem]")).toHaveTextContent(message);
    expect(document.querySelector("[data-outcome]")).toBeNull();
  });

  test("corrupt saved settings: a notice, defaults, and the pane still works", async () => {
    await renderPane("attendee-client-review-90min-onsite", (f) => {
      f.roamingSettings = { keyClientDomains: "contoso.com", shorterMinutes: -5, tone: "casual", callDetails: 42 };
    });
    openDraft();
    // In the user's words, not the setting's internal name.
    const notice = document.querySelector('[data-notice="invalid-settings"]');
    expect(notice).toHaveTextContent("Some saved settings couldn’t be read (key client domains, call details, length of a shorter meeting, and tone of drafts)");
    expect(notice).not.toHaveTextContent(/keyClientDomains|shorterMinutes|callDetails/);
    expect(recommended()).toBe("call");
    expect(draftBody()).toContain("Just let me know which number or link works best for you.");
  });

  test("hostile text in the event is shown as text and escaped in the draft", async () => {
    const { mailbox } = await renderPane("attendee-client-review-90min-onsite", (f) => {
      f.item!.subject = '<img src=x onerror="alert(1)">Review';
      (f.item!.organizer as { displayName: string }).displayName = "<script>alert(2)</script>Maja";
    });
    expect(screen.getByRole("heading", { name: '<img src=x onerror="alert(1)">Review' })).toBeInTheDocument();
    expect(document.querySelector("img[src=x]")).toBeNull();
    await userEvent.click(applyButton()!);
    await waitFor(() => expect(mailbox.forms).toHaveLength(1));
    expect(mailbox.forms[0]!.htmlBody).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;Review");
    expect(mailbox.forms[0]!.htmlBody).not.toMatch(/<img|<script/);
  });

  test("a failing reply window is reported in the pane", async () => {
    await renderPane("attendee-client-review-90min-onsite", (f) => {
      f.failures = [
        { api: "item.displayReplyForm", code: 9020, message: "The reply window could not open." },
        { api: "item.displayReplyFormAsync", code: 9020, message: "The reply window could not open." },
      ];
    });
    await userEvent.click(applyButton()!);
    expect(await screen.findByText(/Outlook couldn’t do that/)).toBeInTheDocument();
  });
});

describe("settings", () => {
  test("saved with roaming settings, and a new key client re-ranks", async () => {
    const { mailbox } = await renderPane("attendee-client-review-90min-onsite");
    await userEvent.click(screen.getByRole("button", { name: "Settings" }));
    const domains = await screen.findByRole("textbox", { name: /Key client domains/ }, { timeout: 10_000 });
    await userEvent.clear(domains);
    await userEvent.type(domains, "not a domain");
    expect(screen.getByText(/These aren’t email domains/)).toBeInTheDocument();
    await userEvent.clear(domains);
    await userEvent.type(domains, "northwind.dk, contoso.com");
    await userEvent.click(screen.getByRole("button", { name: "Save settings" }));
    await screen.findByText("Settings saved.", undefined, { timeout: 10_000 });
    expect(apis(mailbox)).toContain("roamingSettings.saveAsync");
    expect(mailbox.savedSettings.keyClientDomains).toEqual(["northwind.dk", "contoso.com"]);
    await act(async () => {
      await userEvent.click(screen.getByRole("button", { name: "Back to the advice" }));
    });
    expect(document.querySelector('input[name="importance"][value="key"]')).toBeChecked();
    expect(recommended()).toBe("keep");
  }, 30_000); // the settings panel renders beside the hidden advice: slow on a busy machine
});

describe("ways out that do not fit", () => {
  test("tabbing to another way out hears whether it is recommended or not available, not just its name", async () => {
    await renderPane("organizer-weekly-status-60min");
    const others = document.querySelector('[data-section="others"]')!;
    const delegate = within(others as HTMLElement).getByRole("button", { name: "Bow out, brief a colleague" });
    expect(delegate).toHaveAccessibleDescription(/^Not available You organize it, so there’s nobody to bow out to\./);
    await userEvent.click(outcome("shorter"));
    const email = within(document.querySelector('[data-section="others"]') as HTMLElement).getByRole("button", { name: "Turn it into an email, for now" });
    expect(email).toHaveAccessibleDescription(/^Recommended /);
    const call = within(document.querySelector('[data-section="others"]') as HTMLElement).getByRole("button", { name: "Turn it into a call" });
    expect(call).toHaveAccessibleDescription(/^Not available It’s already online/);
    const keep = within(document.querySelector('[data-section="others"]') as HTMLElement).getByRole("button", { name: "Keep it" });
    expect(keep).toHaveAccessibleDescription(/\S/);
    expect(keep).not.toHaveAccessibleDescription(/Recommended|Not available/);
  });

  test("chosen anyway, a way out that does not fit says why once and what to do instead", async () => {
    await renderPane("organizer-weekly-status-60min");
    await userEvent.click(outcome("delegate"));
    const featured = document.querySelector("[data-featured]")!;
    expect(featured.textContent!.split("nobody to bow out to")).toHaveLength(2);
    expect(within(featured as HTMLElement).getByText("There’s nothing to draft or change for this way out. Choose one under Other ways out, below.")).toBeInTheDocument();
    expect(applyButton()).toBeNull();
  });
});

describe("settings errors", () => {
  test("a wrong domain is shown while typing but read out once, when the user leaves the field", async () => {
    await renderPane("attendee-client-review-90min-onsite");
    await userEvent.click(screen.getByRole("button", { name: "Settings" }));
    const domains = await screen.findByRole("textbox", { name: /Key client domains/ }, { timeout: 10_000 });
    const announcement = document.querySelector('[data-field="settings-error-announcement"]')!;
    await userEvent.clear(domains);
    await userEvent.type(domains, "acme");
    const message = screen.getByText("These aren’t email domains: acme");
    // No alert while typing: a screen reader would read every keystroke's version of it.
    expect(message.closest('[role="alert"]')).toBeNull();
    expect(document.querySelector('[data-section="settings"] [role="alert"]')).toBeNull();
    expect(domains).toHaveAccessibleDescription(expect.stringContaining("These aren’t email domains: acme"));
    expect(announcement).toHaveTextContent(/^$/);
    await userEvent.tab();
    expect(announcement).toHaveTextContent("These aren’t email domains: acme");
    expect(announcement.closest("[aria-live]")).toHaveAttribute("aria-live", "polite");
    // Fixed, nothing is left to read out.
    await userEvent.type(domains, ".com");
    expect(announcement).toHaveTextContent(/^$/);
    await userEvent.tab();
    expect(announcement).toHaveTextContent(/^$/);
    expect(screen.queryByText(/These aren’t email domains/)).toBeNull();
  }, 30_000);
});

describe("client names", () => {
  test("the pane names the client as people do, and the user's own name for it is saved and used", async () => {
    const { mailbox } = await renderPane("attendee-client-review-90min-onsite");
    expect(document.querySelector('[data-fact="who"]')).toHaveTextContent("Northwind");
    expect(document.querySelector('[data-fact="who"]')).not.toHaveTextContent("northwind.dk");
    await userEvent.click(screen.getByRole("button", { name: "Settings" }));
    const names = await screen.findByRole("textbox", { name: /Client names/ });
    fireEvent.change(names, { target: { value: "Northwind Nordic" } });
    expect(screen.getByText(/Write these lines as “domain = name”: Northwind Nordic/)).toBeInTheDocument();
    fireEvent.change(names, { target: { value: "northwind.dk = Northwind Nordic" } });
    await userEvent.click(screen.getByRole("button", { name: "Save settings" }));
    await screen.findByText("Settings saved.");
    expect(mailbox.savedSettings.organisationNames).toEqual({ "northwind.dk": "Northwind Nordic" });
    await act(async () => {
      await userEvent.click(screen.getByRole("button", { name: "Back to the advice" }));
    });
    expect(document.querySelector('[data-fact="who"]')).toHaveTextContent("Northwind Nordic");
    fireEvent.click(document.querySelector('input[name="importance"][value="key"]')!);
    expect(outcome("keep")).toHaveTextContent("Northwind Nordic is a key client: 90 minutes with them is time well spent.");
  });
});

describe("the draft's language", () => {
  test("switching to Italian rewrites the draft and is remembered for the recipient's domain", async () => {
    const { mailbox, unmount } = await renderPane("attendee-client-review-90min-onsite");
    openDraft();
    expect(draftBody()).toMatch(/^Hi Maja,/);
    const select = document.querySelector<HTMLSelectElement>('[data-field="draft-language"]')!;
    fireEvent.change(select, { target: { value: "it" } });
    await waitFor(() => expect(draftBody()).toMatch(/^Ciao Maja,/));
    // The date follows the draft's language, the user's zone stays.
    expect(draftBody()).toContain(
      new Intl.DateTimeFormat("it", { weekday: "long", day: "numeric", month: "long", timeZone: "Europe/Paris" }).format(new Date("2026-11-24T08:00:00Z")),
    );
    await waitFor(() => expect(mailbox.savedSettings.draftLanguageByDomain).toEqual({ "northwind.dk": "it" }));
    unmount();

    // Next time the pane opens for a meeting with the same client, Italian is already chosen.
    await renderPane("attendee-client-review-90min-onsite", (f) => {
      f.roamingSettings = { ...f.roamingSettings, draftLanguageByDomain: { "northwind.dk": "it" } };
    });
    openDraft();
    await waitFor(() => expect(draftBody()).toMatch(/^Ciao Maja,/));
    // The pane itself stays in the user's language.
    expect(screen.getByText("Other ways out")).toBeInTheDocument();
  });

  test("an Italian Outlook shows the whole pane in Italian", async () => {
    await renderPane("attendee-client-review-it");
    openDraft();
    expect(document.documentElement.lang).toMatch(/^it/);
    expect(screen.getByText(italian["advice.others"])).toBeInTheDocument();
    expect(screen.queryByText("Other ways out")).toBeNull();
    expect(draftBody()).not.toMatch(/^(Hi|Dear) /);
  });
});

describe("an Outlook without the needed requirement set", () => {
  test("below Mailbox 1.3 the pane says which Outlook it needs, shows no advice and asks Office nothing more", async () => {
    const { mailbox } = await renderPane("attendee-outlook-too-old");
    const problem = document.querySelector('[data-problem="true"]');
    expect(problem).toHaveTextContent("This Outlook is too old for Offramp");
    expect(problem).toHaveTextContent(/Mailbox requirement set 1\.3.*Update Outlook, or open your calendar in Outlook on the web/);
    expect(document.querySelector("[data-outcome]")).toBeNull();
    expect(applyButton()).toBeNull();
    expect(mailbox.calls).toEqual([{ api: "requirements.isSetSupported", args: ["Mailbox", "1.3"] }]);
  });

  test("the message gives the version Outlook reports, for whoever updates it", async () => {
    const { mailbox } = await renderPane("attendee-outlook-too-old", undefined, {
      adjustOffice: (office) => {
        (office.context.mailbox.diagnostics as { hostVersion: string }).hostVersion = "15.0.4420.1017";
      },
    });
    expect(document.querySelector('[data-field="problem-detail"]')).toHaveTextContent("Version reported by this Outlook: 15.0.4420.1017");
    expect(mailbox.calls).toEqual([{ api: "requirements.isSetSupported", args: ["Mailbox", "1.3"] }]);
  });

  test("an Outlook that gives no version gets the message without that line", async () => {
    await renderPane("attendee-outlook-too-old", undefined, {
      adjustOffice: (office) => {
        (office.context.mailbox.diagnostics as { hostVersion: string }).hostVersion = "";
      },
    });
    expect(document.querySelector('[data-problem="true"]')).toHaveTextContent("This Outlook is too old for Offramp");
    expect(document.querySelector('[data-field="problem-detail"]')).toBeNull();
  });

  test("the message comes in the user's language", async () => {
    await renderPane("attendee-outlook-too-old", (f) => {
      f.host.displayLanguage = "it-IT";
    });
    expect(document.querySelector('[data-problem="true"]')).toHaveTextContent(italian["problem.hostTooOld.title"]);
    expect(document.documentElement.lang).toMatch(/^it/);
  });

  test("bowing out on Mailbox 1.5 says the new-message form needs 1.6, and opens nothing", async () => {
    const { mailbox } = await renderPane("attendee-dragged-in-by-colleague", (f) => {
      f.host.mailboxVersion = "1.5";
    });
    openDraft();
    expect(recommended()).toBe("delegate");
    expect(applyButton()).toBeDisabled();
    expect(document.querySelector('[data-notice="unsupported"]')).toHaveTextContent("Mailbox requirement set 1.6 or later");
    // The briefing is still there to copy by hand.
    expect(draftBody()).toMatch(/decline the invitation/);
    expect(mailbox.forms).toHaveLength(0);
  });

  test("an Outlook with the requirement set but no reply form for add-ins (iOS) says so, and does not promise to open one", async () => {
    const { mailbox } = await renderPane("attendee-client-review-90min-onsite", (f) => {
      f.host.platform = "iOS";
    });
    expect(applyButton()).toBeDisabled();
    expect(document.querySelector('[data-notice="no-form"]')).toHaveTextContent("This Outlook doesn’t let add-ins open a reply or a new message");
    expect(document.querySelector('[data-section="draft"]')).not.toHaveTextContent("Opens a reply");
    expect(document.querySelector('[data-notice="unsupported"]')).toBeNull();
    // The text is still there to copy.
    openDraft();
    expect(draftBody()).toMatch(/^Hi Maja,/);
    expect(mailbox.forms).toHaveLength(0);
  });

  test("a host that has the form shows no such notice", async () => {
    await renderPane("attendee-dragged-in-by-colleague");
    expect(document.querySelector('[data-notice="unsupported"]')).toBeNull();
    expect(document.querySelector('[data-notice="no-form"]')).toBeNull();
    expect(applyButton()).toBeEnabled();
  });
});
