// Organizer changes come in a chunk of their own (out of every pane's first download).
// A chunk that fails to arrive fails that one click, never the next.
import type { MailboxAdapter } from "../../src/office/mailboxAdapter";
import type { SimulatedMailbox } from "../../src/preview/simulatedHost";

const chunkLost = new Error("Loading chunk event-change failed");
let failNextLoad = false;

jest.mock("../../src/office/eventChange", () => {
  if (failNextLoad) {
    failNextLoad = false;
    throw chunkLost;
  }
  return jest.requireActual("../../src/office/eventChange");
});

let sim: SimulatedMailbox | undefined;
afterEach(() => sim?.uninstall());

async function organizerAdapter(): Promise<{ adapter: MailboxAdapter; sim: SimulatedMailbox }> {
  const { install, variant } = await import("./helpers");
  const installed = install(variant("organizer-weekly-status-60min", { item: { recurrence: null } }));
  sim = installed.sim;
  return installed;
}

test("a change whose code fails to load fails with that error, and the next click loads it again and applies", async () => {
  jest.resetModules();
  failNextLoad = true;
  const { adapter, sim: host } = await organizerAdapter();
  const before = host.calls.length;
  await expect(adapter.changeEvent({ lengthMinutes: 30 })).rejects.toThrow(chunkLost.message);
  // Nothing reached Outlook: the event is as it was.
  expect(host.calls.slice(before).filter((c) => c.api.endsWith("setAsync"))).toEqual([]);
  const applied = await adapter.changeEvent({ lengthMinutes: 30 });
  expect(applied.written.end).toEqual(new Date("2026-11-26T13:30:00.000Z"));
});
