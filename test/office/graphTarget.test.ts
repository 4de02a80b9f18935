// The adapter's read for Graph on the simulated host: NestedAppAuth 1.1, and the
// open event's id as Graph wants it (REST v2.0), from itemId in read mode and
// getItemIdAsync in compose mode (Mailbox 1.8), the occurrence's own id.
import { readGraphTarget } from "../../src/office/officeAdapter";
import { installSimulatedHost } from "../../src/preview/simulatedHost";
import { loadFixture, type FixtureJson } from "../support/fixtures";

afterEach(() => {
  (window as unknown as { __simulatedMailbox?: { uninstall(): void } }).__simulatedMailbox?.uninstall();
});

function host(name: string, edit: (f: FixtureJson & Record<string, unknown>) => void = () => {}) {
  const f = JSON.parse(JSON.stringify(loadFixture(name))) as FixtureJson & Record<string, unknown>;
  edit(f);
  const mailbox = installSimulatedHost(f, window);
  return { mailbox, office: (window as unknown as { Office: typeof Office }).Office };
}

test("read mode: itemId converted to REST v2.0, NAA answered by the host", async () => {
  const { office, mailbox } = host("graph-attendee-client-review");
  expect(await readGraphTarget(office)).toEqual({ nestedAppAuth: true, eventId: "AAMkADk0Mzg_Review-Occ1AAA=" });
  expect(mailbox.calls.filter((c) => c.api === "convertToRestId")).toEqual([{ api: "convertToRestId", args: ["AAMkADk0Mzg+Review/Occ1AAA=", "v2.0"] }]);
  expect(mailbox.calls).toContainEqual({ api: "requirements.isSetSupported", args: ["NestedAppAuth", "1.1"] });
});

test("Outlook for Mac gives no id for an occurrence: Graph has no event to act on, rather than the series", async () => {
  const { office } = host("graph-attendee-client-review", (f) => {
    f.host.platform = "Mac";
    f.host.mailboxVersion = "1.14";
    (f.item as Record<string, unknown>).seriesId = "AAMkADk0Mzg+Review/SeriesAAA=";
  });
  expect((office.context.mailbox.item as unknown as { seriesId?: string }).seriesId).toBeTruthy();
  expect((office.context.mailbox.item as unknown as { itemId?: string }).itemId).toBeUndefined();
  expect(await readGraphTarget(office)).toEqual({ nestedAppAuth: true, eventId: null });
});

test("compose mode: the occurrence's id from getItemIdAsync (1.8), never the series id", async () => {
  const { office, mailbox } = host("graph-organizer-weekly-occurrence");
  expect(await readGraphTarget(office)).toEqual({ nestedAppAuth: true, eventId: "AAMkADk0Mzg_Weekly-Occ3AAA=" });
  expect(mailbox.calls.map((c) => c.api)).toContain("item.getItemIdAsync");
});

test("Outlook for Mac, organizer of an occurrence: the id it hands over is the series', so Graph gets none and is not asked", async () => {
  const { office, mailbox } = host("graph-organizer-weekly-occurrence", (f) => {
    f.host.platform = "Mac";
    f.host.mailboxVersion = "1.14";
  });
  const item = office.context.mailbox.item as unknown as { seriesId: string; getItemIdAsync(cb: (r: Office.AsyncResult<string>) => void): void };
  // What Mac would hand over: the series' id, not this occurrence's.
  const handed = await new Promise<string>((resolve) => item.getItemIdAsync((r) => resolve(r.value)));
  expect(handed).toBe(item.seriesId);
  mailbox.calls.length = 0;
  expect(await readGraphTarget(office)).toEqual({ nestedAppAuth: true, eventId: null });
  expect(mailbox.calls.map((c) => c.api)).not.toContain("item.getItemIdAsync");
});

test("Outlook for Mac, a single meeting: its id is its own, and Graph acts on it", async () => {
  const { office } = host("graph-attendee-client-review", (f) => {
    f.host.platform = "Mac";
    f.host.mailboxVersion = "1.14";
    (f.item as Record<string, unknown>).seriesId = null;
  });
  expect(await readGraphTarget(office)).toEqual({ nestedAppAuth: true, eventId: "AAMkADk0Mzg_Review-Occ1AAA=" });
});

test("compose mode on Mailbox 1.7: Outlook gives no id, so Graph has no event to act on", async () => {
  const { office, mailbox } = host("graph-organizer-weekly-occurrence", (f) => {
    f.host.mailboxVersion = "1.7";
  });
  expect(await readGraphTarget(office)).toEqual({ nestedAppAuth: true, eventId: null });
  expect(mailbox.calls.map((c) => c.api)).not.toContain("item.getItemIdAsync");
});

test("a host without NAA says so; no Office at all reads as nothing", async () => {
  const { office, mailbox } = host("organizer-weekly-status-60min");
  expect(await readGraphTarget(office)).toEqual({ nestedAppAuth: false, eventId: null });
  // Without NAA the item is not even asked for its id.
  expect(mailbox.calls.map((c) => c.api).filter((api) => api === "item.getItemIdAsync" || api === "convertToRestId")).toEqual([]);
  mailbox.uninstall();
  expect(await readGraphTarget()).toEqual({ nestedAppAuth: false, eventId: null });
});

test("convertToRestId is Mailbox 1.3: on an older host there is no Graph id at all", async () => {
  const { office } = host("graph-attendee-client-review", (f) => {
    f.host.mailboxVersion = "1.2";
  });
  expect(office.context.mailbox.convertToRestId).toBeUndefined();
  expect(office.MailboxEnums.RestVersion.v2_0).toBe("v2.0");
  expect(await readGraphTarget(office)).toEqual({ nestedAppAuth: true, eventId: null });
});
