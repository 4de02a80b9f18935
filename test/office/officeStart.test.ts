// The page's early start (src/taskpane/start.ts runs it before the pane's bundles): Office.js
// readied and the event's read begun on the simulated host, then handed to the pane whole,
// without a second read.
import { startOffice } from "../../src/office/officeStart";
import { loadPaneState } from "../../src/taskpane/TaskPane";
import { installSimulatedHost, type SimulatedMailbox } from "../../src/preview/simulatedHost";
import { uninstall, variant } from "./helpers";

let sim: SimulatedMailbox | undefined;
afterEach(() => {
  sim?.uninstall();
  sim = undefined;
  uninstall();
  jest.useRealTimers();
});

const office = () => (window as unknown as { Office: typeof Office }).Office;
const bodyReads = () => sim!.calls.filter((c) => c.api === "item.body.getAsync");

test("asks Outlook for the event's body as soon as Office.js is ready, before the pane takes the read", async () => {
  sim = installSimulatedHost(variant("attendee-client-review-90min-onsite"), window);
  const start = await startOffice({ office: office() });
  // Nothing has awaited the snapshot yet: the body is already on its way.
  expect(bodyReads()).toHaveLength(1);
  expect(start.mailbox).toBe(true);
  if (!start.mailbox) return;
  const snapshot = await start.snapshot;
  expect(snapshot.item).toMatchObject({ itemType: "appointment", subject: "Quarterly account review" });
  expect(snapshot.item?.itemType === "appointment" && snapshot.item.bodyText).toEqual(expect.stringContaining("Renewal terms"));
});

test("names the display language and theme as soon as Office.js is ready, as the snapshot will have them", async () => {
  sim = installSimulatedHost(variant("organizer-weekly-status-da", { host: { theme: "dark", mailboxVersion: "1.14" } }), window);
  const start = await startOffice({ office: office() });
  if (!start.mailbox) throw new Error("expected a mailbox");
  let settled = false;
  void start.snapshot.then(() => (settled = true));
  // Known before the read has come back: the pane's catalog and theme can load meanwhile.
  expect(start.host).toMatchObject({ displayLanguage: "da-DK", theme: { bodyBackgroundColor: "#292929" } });
  expect(settled).toBe(false);
  expect((await start.snapshot).host).toEqual(start.host);
});

test("an Outlook below Mailbox 1.14 names its language and no theme", async () => {
  sim = installSimulatedHost(variant("attendee-client-review-it"), window);
  const start = await startOffice({ office: office() });
  if (!start.mailbox) throw new Error("expected a mailbox");
  expect(start.host).toMatchObject({ displayLanguage: "it-IT", theme: null });
  expect((await start.snapshot).host).toEqual(start.host);
});

test("the pane shows the read the start made: the event is read once", async () => {
  sim = installSimulatedHost(variant("attendee-client-review-90min-onsite"), window);
  const start = await startOffice({ office: office() });
  if (!start.mailbox) throw new Error("expected a mailbox");
  const readSnapshot = jest.spyOn(start.adapter, "readSnapshot");
  const state = await loadPaneState(start.adapter, start.snapshot);
  expect(state.status).toBe("ready");
  expect(readSnapshot).not.toHaveBeenCalled();
  expect(bodyReads()).toHaveLength(1);
});

test("a read that fails before the pane takes it reaches the pane as its message, never as an unhandled rejection in between", async () => {
  sim = installSimulatedHost(variant("attendee-client-review-90min-onsite"), window);
  // Office.js's mailbox gone from under the read (a getter that throws, as on an unloaded context).
  Object.defineProperty(office().context.mailbox, "userProfile", {
    get() {
      throw new Error("mailbox went away");
    },
  });
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on("unhandledRejection", onUnhandled);
  try {
    const start = await startOffice({ office: office() });
    if (!start.mailbox) throw new Error("expected a mailbox");
    // The read fails while the pane's bundles would still be arriving, with nobody waiting on it yet.
    await new Promise((r) => setTimeout(r, 20));
    const state = await loadPaneState(start.adapter, start.snapshot);
    expect(state).toMatchObject({ status: "failed", detail: expect.stringContaining("mailbox went away") });
    expect(unhandled).toEqual([]);
  } finally {
    process.off("unhandledRejection", onUnhandled);
  }
});

test("a context whose language cannot be read still starts: the pane then says the read failed, not that it is outside Outlook", async () => {
  sim = installSimulatedHost(variant("attendee-client-review-it"), window);
  Object.defineProperty(office().context, "displayLanguage", {
    get() {
      throw new Error("context went away");
    },
  });
  const start = await startOffice({ office: office() });
  if (!start.mailbox) throw new Error("expected a mailbox");
  expect(start.host).toEqual({ platform: null, displayLanguage: "en-US", theme: null });
  const state = await loadPaneState(start.adapter, start.snapshot);
  expect(state).toMatchObject({ status: "failed", detail: expect.stringContaining("context went away") });
});

test("outside Outlook (Office.js ready, no mailbox) it reads nothing and says so", async () => {
  const plain = { onReady: () => Promise.resolve({ host: null, platform: null }), context: {} } as unknown as typeof Office;
  await expect(startOffice({ office: plain })).resolves.toEqual({ mailbox: false });
});

test("without Office.js it fails at once, as unsupported", async () => {
  await expect(startOffice({ office: undefined })).rejects.toMatchObject({ kind: "unsupported", api: "Office.onReady" });
});

test("when Office.js never becomes ready it gives up after the time limit, with nothing left running", async () => {
  jest.useFakeTimers();
  const stuck = { onReady: () => new Promise(() => undefined), context: {} } as unknown as typeof Office;
  const started = startOffice({ office: stuck, readyTimeoutMs: 15_000 });
  const outcome = started.then(
    () => "started",
    (error: Error) => error.message,
  );
  await jest.advanceTimersByTimeAsync(14_999);
  await expect(Promise.race([outcome, Promise.resolve("waiting")])).resolves.toBe("waiting");
  await jest.advanceTimersByTimeAsync(1);
  await expect(outcome).resolves.toBe("Office.js did not start");
  expect(jest.getTimerCount()).toBe(0);
});

test("once Office.js is ready the time limit is cleared, not left to fire", async () => {
  jest.useFakeTimers();
  const ready = { onReady: () => Promise.resolve({ host: null, platform: null }), context: {} } as unknown as typeof Office;
  await expect(startOffice({ office: ready })).resolves.toEqual({ mailbox: false });
  expect(jest.getTimerCount()).toBe(0);
});
