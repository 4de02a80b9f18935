// The pane with Microsoft Graph on and off, on the simulated Office host: a
// build without a client id works as before and says so in the settings; with
// Graph, a step goes out only after the confirming click, exactly as shown.
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TaskPane } from "../../src/taskpane/TaskPane";
import { GraphConfigProvider } from "../../src/taskpane/graphContext";
import { createOfficeAdapter } from "../../src/office/officeAdapter";
import { createGraphSession, type GraphSession } from "../../src/office/graph/session";
import type { GraphRequest } from "../../src/office/graph/requests";
import { installSimulatedHost } from "../../src/preview/simulatedHost";
import { loadFixture } from "../support/fixtures";

jest.setTimeout(20_000);

afterEach(() => {
  (window as unknown as { __simulatedMailbox?: { uninstall(): void } }).__simulatedMailbox?.uninstall();
});

async function renderWithGraph(fixture: string, config: { clientId: string; session?: GraphSession }) {
  const mailbox = installSimulatedHost(loadFixture(fixture), window);
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
  expect(step).toHaveTextContent("Sent: your answer to Maja Holm.");
  // Sent once: no second button to send it again.
  expect(step.querySelector('[data-action="apply"]')).toBeNull();
});
