// The pane with Microsoft Graph on and off, on the simulated Office host: a
// build without a client id works as before and says so in the settings; with
// Graph, a step goes out only after the confirming click, exactly as shown.
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TaskPane } from "../../src/taskpane/TaskPane";
import { GraphConfigProvider } from "../../src/taskpane/graphContext";
import { createOfficeAdapter } from "../../src/office/officeAdapter";
import { createGraphSession, type GraphSession } from "../../src/office/graph/session";
import { GraphError } from "../../src/office/graph/graphClient";
import type { GraphRequest } from "../../src/office/graph/requests";
import { installSimulatedHost } from "../../src/preview/simulatedHost";
import { loadFixture, type FixtureJson } from "../support/fixtures";

jest.setTimeout(20_000);

afterEach(() => {
  (window as unknown as { __simulatedMailbox?: { uninstall(): void } }).__simulatedMailbox?.uninstall();
});

async function renderWithGraph(fixture: string, config: { clientId: string; session?: GraphSession }, edit: (f: FixtureJson) => void = () => {}) {
  const json = JSON.parse(JSON.stringify(loadFixture(fixture))) as FixtureJson;
  edit(json);
  const mailbox = installSimulatedHost(json, window);
  const adapter = createOfficeAdapter((window as unknown as { Office: typeof Office }).Office);
  render(
    <GraphConfigProvider value={config}>
      <TaskPane adapter={adapter} />
    </GraphConfigProvider>,
  );
  await waitFor(() => expect(document.querySelector("[data-outcome]")).not.toBeNull());
  return mailbox;
}

test("NAA but no client id in this build: the pane works as before, and the settings say how to turn Graph on", async () => {
  const mailbox = await renderWithGraph("graph-attendee-client-review", { clientId: "" });
  await userEvent.click(document.querySelector<HTMLElement>('[data-outcome="email"]')!);
  expect(document.querySelector('[data-section="draft"]')).not.toBeNull();
  expect(document.querySelector('[data-section="graph"]')).toBeNull();
  await userEvent.click(screen.getByRole("button", { name: "Settings" }));
  const line = await waitFor(() => {
    const el = document.querySelector('[data-field="graph-status"]');
    expect(el).not.toBeNull();
    return el!;
  });
  expect(line).toHaveAttribute("data-graph", "no-client-id");
  expect(line).toHaveTextContent("registering Offramp in Microsoft Entra ID");
  expect(mailbox.calls.some((c) => c.api === "graph" || c.api === "naa.acquireToken")).toBe(false);
});

test("with Graph: what will be sent and to whom, nothing before the confirming click, then what was sent", async () => {
  const sent: GraphRequest[] = [];
  const session = createGraphSession({
    clientId: "client-id",
    readTarget: async () => ({ nestedAppAuth: true, eventId: "AAMk-review=" }),
    client: { send: async (request) => void sent.push(request) },
  });
  await renderWithGraph("graph-attendee-client-review", { clientId: "client-id", session });
  await userEvent.click(document.querySelector<HTMLElement>('[data-outcome="email"]')!);
  const step = await waitFor(() => {
    const el = document.querySelector<HTMLElement>('[data-graph-step="respond"]');
    expect(el).not.toBeNull();
    return el!;
  });
  expect(step).toHaveTextContent("To Maja Holm <maja.holm@northwind.dk>: a decline of the invitation");
  expect(document.querySelector('[data-field="graph-irreversible"]')).toHaveTextContent("can’t be unsent");

  await userEvent.click(step.querySelector<HTMLElement>('[data-action="apply"]')!);
  expect(sent).toEqual([]);
  expect(step.querySelector('[data-action="confirm"]')).toHaveFocus();
  await userEvent.keyboard("{Enter}");
  await waitFor(() => expect(step).toHaveAttribute("data-graph-status", "sent"));
  const body = document.querySelector<HTMLTextAreaElement>('[data-field="body"]')!.value;
  expect(sent).toEqual([{ method: "POST", path: "/me/events/AAMk-review=/decline", scope: "Calendars.ReadWrite", action: "decline", body: { comment: body, sendResponse: true } }]);
  expect(step).toHaveTextContent(/Sent at \d{1,2}:\d{2}.*: your answer to Maja Holm\./);
  // Sent once: no second button to send it again.
  expect(step.querySelector('[data-action="apply"]')).toBeNull();
});

/** A session whose Graph client records every request; `refuse` may turn one down. */
function recordingSession(eventId: string, refuse: (request: GraphRequest, index: number) => boolean = () => false) {
  const sent: GraphRequest[] = [];
  let tried = 0;
  const session = createGraphSession({
    clientId: "client-id",
    readTarget: async () => ({ nestedAppAuth: true, eventId }),
    client: {
      send: async (request) => {
        if (refuse(request, tried++)) throw new GraphError("no-permission", 403, "ErrorAccessDenied", "Access is denied.");
        sent.push(request);
      },
    },
  });
  return { session, sent };
}

const graphSection = () => document.querySelector<HTMLElement>('[data-section="graph"]');

async function chooseOutcome(id: string) {
  // "Other ways out" shows once Graph's steps are known: wait for the way out to be there.
  const option = await waitFor(() => {
    const found = document.querySelector<HTMLElement>(`[data-outcome="${id}"]`);
    expect(found).not.toBeNull();
    return found!;
  });
  await userEvent.click(option);
  // The section of the way out chosen, not the one featured before the click.
  return waitFor(() => {
    expect(document.querySelector(`[data-featured] [data-outcome="${id}"]`)).not.toBeNull();
    expect(graphSection()).not.toBeNull();
    return graphSection()!;
  });
}

async function sendStep(kind: string) {
  const step = graphSection()!.querySelector<HTMLElement>(`[data-graph-step="${kind}"]`)!;
  await userEvent.click(step.querySelector<HTMLElement>('[data-action="apply"]')!);
  await userEvent.click(step.querySelector<HTMLElement>('[data-action="confirm"]')!);
  await waitFor(() => expect(step).not.toHaveAttribute("data-graph-status", "sending"));
  return step;
}

test("a right-to-left name in what Graph will send is isolated: it cannot reorder the address or the words after it", async () => {
  const session = createGraphSession({
    clientId: "client-id",
    readTarget: async () => ({ nestedAppAuth: true, eventId: "AAMk-review=" }),
    client: { send: async () => undefined },
  });
  const hebrew = "\u05E9\u05E8\u05D4 \u05DB\u05D4\u05DF";
  await renderWithGraph("graph-attendee-client-review", { clientId: "client-id", session }, (f) => {
    const item = f.item as unknown as { organizer: { displayName: string }; requiredAttendees: Array<{ displayName: string; emailAddress: string }> };
    item.organizer.displayName = hebrew;
    for (const a of item.requiredAttendees) if (a.emailAddress === "maja.holm@northwind.dk") a.displayName = hebrew;
  });
  await userEvent.click(document.querySelector<HTMLElement>('[data-outcome="email"]')!);
  const step = await waitFor(() => {
    const el = document.querySelector<HTMLElement>('[data-graph-step="respond"]');
    expect(el).not.toBeNull();
    return el!;
  });
  expect(step.textContent).toContain(`To \u2068${hebrew} <maja.holm@northwind.dk>\u2069: a decline`);
});

test("a decline sent, then another outcome picked: it says what was sent and when, and offers no second answer", async () => {
  const { session, sent } = recordingSession("AAMk-review=");
  await renderWithGraph("graph-attendee-client-review", { clientId: "client-id", session });
  await chooseOutcome("email");
  await sendStep("respond");
  expect(sent.map((r) => r.path)).toEqual(["/me/events/AAMk-review=/decline"]);

  // Shorter would propose a new time: a second answer that contradicts the decline.
  const shorter = await chooseOutcome("shorter");
  expect(shorter.querySelector('[data-graph-step="respond"]')).toHaveAttribute("data-graph-status", "answered");
  expect(shorter).toHaveTextContent("Your answer has already gone to Maja Holm from here, so Offramp offers no second one.");
  expect(shorter.querySelector('[data-field="graph-earlier"]')).toHaveTextContent(/Sent at \d{1,2}:\d{2}.*: your answer to Maja Holm\./);
  expect(shorter.querySelector('[data-action="apply"]')).toBeNull();
  expect(shorter).not.toHaveTextContent("proposal of a new time");
  expect(shorter.querySelector('[role="radiogroup"]')).toBeNull();
  expect(shorter.querySelector('[data-field="graph-irreversible"]')).toBeNull();

  // Keep has no Graph step of its own, and still says what went out.
  const keep = await chooseOutcome("keep");
  expect(keep).toHaveTextContent(/Sent at .*: your answer to Maja Holm\./);
  expect(keep.querySelector('[data-action="apply"]')).toBeNull();

  // Back where it was sent: shown as sent, with its time, and not offered again.
  const email = await chooseOutcome("email");
  const step = email.querySelector('[data-graph-step="respond"]')!;
  expect(step).toHaveAttribute("data-graph-status", "sent");
  expect(step).toHaveTextContent(/Sent at \d{1,2}:\d{2}.*: your answer to Maja Holm\./);
  expect(email.querySelector('[data-action="apply"]')).toBeNull();
  expect(email.querySelector('[data-field="graph-earlier"]')).toBeNull();
  expect(sent).toHaveLength(1);
});

test("bow out half-done (the briefing sent, the decline refused): elsewhere the decline is still open, the briefing never goes twice", async () => {
  // The first decline is refused; everything else goes through.
  const { session, sent } = recordingSession("AAMk-dragged=", (request, index) => request.path.endsWith("/decline") && index === 1);
  await renderWithGraph("graph-attendee-dragged-in", { clientId: "client-id", session });
  await chooseOutcome("delegate");
  await sendStep("sendMail");
  const decline = await sendStep("respond");
  expect(decline).toHaveAttribute("data-graph-status", "failed");
  expect(sent.map((r) => r.path)).toEqual(["/me/sendMail"]);

  // No answer went out, so "email for now" may still decline (after its own update to everyone);
  // it also says the briefing went.
  const email = await chooseOutcome("email");
  expect(email.querySelector('[data-graph-step="respond"]')).toHaveAttribute("data-graph-status", "idle");
  expect(email.querySelector('[data-graph-step="sendMail"]')).toHaveAttribute("data-graph-status", "idle");
  expect(email.querySelector('[data-graph-step="sendMail"] [data-action="apply"]')).not.toBeNull();
  expect(email.querySelector('[data-field="graph-earlier"]')).toHaveTextContent(/Sent at .*: the email to /);

  // Back to bowing out: the briefing stays sent, and only the decline is offered, once.
  const delegate = await chooseOutcome("delegate");
  expect(delegate.querySelector('[data-graph-step="sendMail"]')).toHaveAttribute("data-graph-status", "sent");
  expect(delegate.querySelectorAll('[data-action="apply"]')).toHaveLength(1);
  await sendStep("respond");
  expect(sent.map((r) => r.path)).toEqual(["/me/sendMail", "/me/events/AAMk-dragged=/decline"]);

  // Now the answer is out: "email for now" offers no second decline, only its own update to everyone.
  const after = await chooseOutcome("email");
  expect(after.querySelector('[data-graph-step="respond"]')).toHaveAttribute("data-graph-status", "answered");
  expect(after.querySelector('[data-graph-step="respond"] [data-action="apply"]')).toBeNull();
  expect(after.querySelector('[data-graph-step="sendMail"]')).toHaveAttribute("data-graph-status", "idle");
  expect(sent).toHaveLength(2);
});

test("by keyboard: Escape is Not now, and after each send focus goes to the next step's button, then to what the last one did", async () => {
  const { session, sent } = recordingSession("AAMk-dragged=");
  await renderWithGraph("graph-attendee-dragged-in", { clientId: "client-id", session });
  const section = await chooseOutcome("delegate");
  const briefing = section.querySelector<HTMLElement>('[data-graph-step="sendMail"]')!;
  briefing.querySelector<HTMLElement>('[data-action="apply"]')!.focus();
  await userEvent.keyboard("{Enter}");
  expect(briefing.querySelector('[data-action="confirm"]')).toHaveFocus();
  await userEvent.keyboard("{Escape}");
  expect(briefing.querySelector('[data-action="confirm"]')).toBeNull();
  expect(briefing.querySelector('[data-action="apply"]')).toHaveFocus();
  expect(sent).toEqual([]);
  // The way out stays chosen: Escape answered the question only.
  expect(document.querySelector('[data-featured] [data-outcome="delegate"]')).not.toBeNull();

  await userEvent.keyboard("{Enter}");
  await userEvent.keyboard("{Enter}");
  await waitFor(() => expect(briefing).toHaveAttribute("data-graph-status", "sent"));
  const decline = section.querySelector<HTMLElement>('[data-graph-step="respond"]')!;
  await waitFor(() => expect(decline.querySelector('[data-action="apply"]')).toHaveFocus());
  await userEvent.keyboard("{Enter}");
  await userEvent.keyboard("{Enter}");
  await waitFor(() => expect(decline).toHaveAttribute("data-graph-status", "sent"));
  await waitFor(() => expect(document.activeElement).toHaveTextContent(/Sent at/));
  expect(decline).toContainElement(document.activeElement as HTMLElement);
  expect(sent.map((r) => r.path)).toEqual(["/me/sendMail", "/me/events/AAMk-dragged=/decline"]);
});

test("email for now, several people invited: the update goes to all of them, the decline to the organizer with a short note", async () => {
  const { session, sent } = recordingSession("AAMk-dragged=");
  await renderWithGraph("graph-attendee-dragged-in", { clientId: "client-id", session });
  const email = await chooseOutcome("email");
  const mail = email.querySelector('[data-graph-step="sendMail"]')!;
  // Outlook's own way beside it replies to all; Graph's must reach the same people.
  expect(mail).toHaveTextContent("Sam Okafor <sam.okafor@fabrikam.com>; Maja Holm <maja.holm@northwind.dk>");
  const decline = email.querySelector('[data-graph-step="respond"]')!;
  expect(decline).toHaveTextContent(/To Sam Okafor <sam\.okafor@fabrikam\.com>: a decline of the invitation, with this note: .*emailed everyone my update/);
  await sendStep("sendMail");
  await sendStep("respond");
  expect(sent.map((r) => r.path)).toEqual(["/me/sendMail", "/me/events/AAMk-dragged=/decline"]);
  const message = (sent[0]!.body as { message: { subject: string; toRecipients: unknown[]; ccRecipients: unknown[] } }).message;
  expect(message.subject).toMatch(/^Design check-in with Northwind: /);
  expect([...message.toRecipients, ...message.ccRecipients]).toHaveLength(2);
  // Sent: Outlook's Reply all would send it a second time.
  expect(email.querySelector('[data-action="office-apply"]')).toBeNull();
});

describe("where Graph's steps may join the chosen way out, \"Other ways out\" waits for the draft panel's final shape", () => {
  const others = () => document.querySelector("#offramp-others-heading");

  test("it shows once the session has answered, with Graph's steps and the text already in the card", async () => {
    let answer!: (target: { nestedAppAuth: boolean; eventId: string | null }) => void;
    const session = createGraphSession({
      clientId: "client-id",
      readTarget: () => new Promise((resolve) => (answer = resolve)),
      client: { send: async () => undefined },
    });
    await renderWithGraph("graph-attendee-dragged-in", { clientId: "client-id", session });
    await waitFor(() => expect(document.querySelector('[data-section="draft"]')).not.toBeNull());
    expect(others()).toBeNull();
    answer({ nestedAppAuth: true, eventId: "AAMk-dragged=" });
    await waitFor(() => expect(others()).not.toBeNull());
    expect(document.querySelector('[data-section="graph"]')).not.toBeNull();
    expect(document.querySelector('[data-region="draft-text"]')).not.toHaveAttribute("hidden");
    expect(document.querySelectorAll("[data-outcome]")).toHaveLength(5);
  });

  test("a session that never answers (a lost Office.js callback) keeps it away 2 s at most", async () => {
    const session = createGraphSession({ clientId: "client-id", readTarget: () => new Promise(() => undefined) });
    await renderWithGraph("graph-attendee-dragged-in", { clientId: "client-id", session });
    await waitFor(() => expect(document.querySelector('[data-section="draft"]')).not.toBeNull());
    const shownAfter = Date.now();
    expect(others()).toBeNull();
    await waitFor(() => expect(others()).not.toBeNull(), { timeout: 4_000 });
    expect(Date.now() - shownAfter).toBeLessThan(3_000);
    expect(document.querySelectorAll("[data-outcome]")).toHaveLength(5);
  });

  test("a list already shown stays: choosing from it a way out Graph may carry out does not take it away", async () => {
    // The call (recommended here) is Outlook's alone, so the list shows at once; the session never answers.
    const session = createGraphSession({ clientId: "client-id", readTarget: () => new Promise(() => undefined) });
    await renderWithGraph("graph-attendee-client-review", { clientId: "client-id", session });
    expect(document.querySelector('[data-featured] [data-outcome="call"]')).not.toBeNull();
    expect(others()).not.toBeNull();
    await userEvent.click(document.querySelector<HTMLElement>('[data-outcome="email"]')!);
    expect(document.querySelector('[data-featured] [data-outcome="email"]')).not.toBeNull();
    expect(others()).not.toBeNull();
  });

  test("on a host without nested app authentication nothing waits", async () => {
    await renderWithGraph("attendee-dragged-in-by-colleague", { clientId: "client-id" });
    expect(others()).not.toBeNull();
  });
});
