// The MailboxAdapter on Office.js: the only product code that touches `Office.*`.
//
// Office's API is callback based and differs by mode (read = attendee, compose =
// organizer) and by requirement set. The pieces: ./officeCalls (promises, typed
// errors, the three-in-flight limit and the time limit), ./readSnapshot (what the
// pane reads when it opens) and ./eventChange (organizer changes and their Undo).

import type { MailboxAdapter, MailboxSnapshot, Recipient } from "./mailboxAdapter";
import { DEFAULT_CALL_TIMEOUT_MS, createCaller, hasMethod, isObject, member, optional, requirementSupported, toOfficeCallError, unsupported, type Loose } from "./officeCalls";
import { modeOf, readHostInfo, readSnapshot, type SnapshotEnv } from "./readSnapshot";
import { loadOnce } from "../core/loadOnce";

type BodyType = "html" | "text";

export interface OfficeAdapterOptions {
  /** How long one Office.js call may take before it counts as lost (default 15 s). */
  callTimeoutMs?: number;
}

/**
 * Builds the adapter on an Office.js object (the global `Office` by default).
 * Without Office.js at all it still answers: an empty snapshot, every action
 * "unsupported".
 */
export function createOfficeAdapter(office: typeof Office = globalOffice() as typeof Office, options: OfficeAdapterOptions = {}): MailboxAdapter {
  const officeObj: Loose = isObject(office) ? (office as unknown as Loose) : {};
  const caller = createCaller(officeObj, Math.max(1, options.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS));
  const context = (): unknown => member(officeObj, "context");
  const mailbox = (): unknown => member(context(), "mailbox");
  const item = (): unknown => member(mailbox(), "item");

  const coercion = member(officeObj, "CoercionType");
  const coercionFor = (type: BodyType): unknown => member(coercion, type === "html" ? "Html" : "Text") ?? type;
  const itemTypeAppointment = member(member(member(officeObj, "MailboxEnums"), "ItemType"), "Appointment") ?? "appointment";
  const isAppointment = (current: unknown): boolean => isObject(current) && current.itemType === itemTypeAppointment;

  const isSetSupported = (version: string): boolean => requirementSupported(context(), "Mailbox", version);
  const snapshotEnv: SnapshotEnv = { caller, context, mailbox, isSetSupported, isAppointment, coercionFor };

  function composeItem(api: string): Loose {
    const current = item();
    if (!isObject(current) || modeOf(current) !== "compose" || !isAppointment(current)) throw unsupported(api);
    return current;
  }

  // Organizer changes and their Undo are a chunk of their own: most panes are opened by
  // attendees, and none needs this code before the advice shows.
  // A chunk that fails to load (a network hiccup) is not kept as a failure: the next click tries again.
  const loadChanges = loadOnce(() => import(/* webpackChunkName: "event-change" */ "./eventChange").then((m) => m.eventChanges({ caller, composeItem, coercionFor })));
  const changeEvent: MailboxAdapter["changeEvent"] = async (change) => (await loadChanges()).changeEvent(change);
  const restoreEvent: MailboxAdapter["restoreEvent"] = async (applied) => (await loadChanges()).restoreEvent(applied);

  // -- attendee: forms --------------------------------------------------------------

  async function openReply(options: { replyAll: boolean; htmlBody: string }): Promise<void> {
    const name = options.replyAll ? "displayReplyAllForm" : "displayReplyForm";
    const current = item();
    if (!isObject(current) || modeOf(current) !== "read") throw unsupported(`item.${name}`);
    const formData = { htmlBody: options.htmlBody };
    if (hasMethod(current, `${name}Async`)) {
      await caller.callAsync<void>(`item.${name}Async`, current, `${name}Async`, [formData]);
      return;
    }
    caller.callSync(`item.${name}`, current, name, [formData]);
  }

  async function openNewMessage(message: { to: Recipient[]; cc: Recipient[]; subject: string; htmlBody: string }): Promise<void> {
    const box = mailbox();
    if (modeOf(item()) !== "read") throw unsupported("displayNewMessageForm");
    const toDetails = (list: Recipient[]) => list.map((r) => ({ displayName: r.name, emailAddress: r.email }));
    const form = { toRecipients: toDetails(message.to), ccRecipients: toDetails(message.cc), subject: message.subject, htmlBody: message.htmlBody };
    if (hasMethod(box, "displayNewMessageFormAsync") && isSetSupported("1.9")) {
      await caller.callAsync<void>("displayNewMessageFormAsync", box, "displayNewMessageFormAsync", [form]);
      return;
    }
    if (!isSetSupported("1.6")) throw unsupported("displayNewMessageForm");
    caller.callSync("displayNewMessageForm", box, "displayNewMessageForm", [form]);
  }

  // -- settings -----------------------------------------------------------------------

  async function saveSettings(values: Record<string, unknown>): Promise<void> {
    const roaming = member(context(), "roamingSettings");
    if (!hasMethod(roaming, "set") || !hasMethod(roaming, "remove")) throw unsupported("roamingSettings.set");
    const settings = roaming as { get?(name: string): unknown; set(name: string, value: unknown): void; remove(name: string): void };
    // Outlook keeps set() values in memory even when saveAsync fails, and the next save would persist them:
    // remember what each key held, to put it back if this save fails.
    const before = new Map<string, unknown>();
    for (const key of Object.keys(values)) {
      try {
        before.set(key, settings.get?.(key));
      } catch {
        before.set(key, undefined);
      }
    }
    for (const [key, value] of Object.entries(values)) {
      const api = value === undefined ? "roamingSettings.remove" : "roamingSettings.set";
      try {
        if (value === undefined) settings.remove(key);
        else settings.set(key, value);
      } catch (thrown) {
        throw toOfficeCallError(api, "thrown", thrown);
      }
    }
    try {
      await caller.callAsync<void>("roamingSettings.saveAsync", roaming, "saveAsync");
    } catch (error) {
      for (const [key, value] of before) {
        try {
          if (value === undefined) settings.remove(key);
          else settings.set(key, value);
        } catch {
          // Nothing more to do: the pane already says the save failed.
        }
      }
      throw error;
    }
  }

  return {
    callTimeoutMs: caller.timeoutMs,
    readHost: () => readHostInfo(snapshotEnv),
    readSnapshot: (): Promise<MailboxSnapshot> => readSnapshot(snapshotEnv, item()),
    openReply,
    openNewMessage,
    changeEvent,
    restoreEvent,
    saveSettings,
  };
}

/**
 * What Microsoft Graph needs from Office (used by src/office/graph): whether the host offers
 * nested app authentication (NestedAppAuth 1.1), and the open event's id for Graph: read mode's
 * itemId or compose mode's getItemIdAsync (1.8), converted to REST v2.0. An occurrence's own id
 * acts on that occurrence only. Null where Outlook gives no id (a never-saved item).
 */
export async function readGraphTarget(office: typeof Office | undefined = globalOffice()): Promise<{ nestedAppAuth: boolean; eventId: string | null }> {
  const context = member(office, "context");
  const mailbox = member(context, "mailbox");
  const current = member(mailbox, "item");
  const supports = (name: string, version: string) => requirementSupported(context, name, version);
  // Without NAA there is no Graph: the item is not touched.
  if (!supports("NestedAppAuth", "1.1")) return { nestedAppAuth: false, eventId: null };
  const text = (value: unknown): string | null => (typeof value === "string" && value ? value : null);
  // Outlook for Mac cannot read an occurrence's own id: what it hands over, if anything, is
  // the series', and declining or cancelling through it would act on every meeting. Graph
  // then has no event here, and the pane does it Outlook's way.
  if (member(context, "platform") === "Mac" && text(member(current, "seriesId")) !== null) return { nestedAppAuth: true, eventId: null };
  let ewsId = text(member(current, "itemId"));
  if (ewsId === null && hasMethod(current, "getItemIdAsync") && supports("Mailbox", "1.8")) {
    // Through the same caller as every other Office.js call: the three-in-flight limit and the time limit.
    const caller = createCaller(isObject(office) ? office : {}, DEFAULT_CALL_TIMEOUT_MS);
    ewsId = text(await optional(() => caller.callAsync<unknown>("item.getItemIdAsync", current, "getItemIdAsync")));
  }
  let eventId: string | null = null;
  const restVersion = member(member(member(office, "MailboxEnums"), "RestVersion"), "v2_0") ?? "v2.0";
  if (ewsId && hasMethod(mailbox, "convertToRestId")) {
    try {
      eventId = text((mailbox as { convertToRestId(id: string, v: unknown): unknown }).convertToRestId(ewsId, restVersion));
    } catch {
      eventId = null;
    }
  }
  return { nestedAppAuth: true, eventId };
}

/**
 * Resolves once Office.js is ready (Office.onReady). Rejects with an
 * OfficeCallError of kind "unsupported" when Office.js is not loaded at all.
 */
export async function whenOfficeReady(office: typeof Office | undefined = globalOffice()): Promise<void> {
  if (!office || typeof member(office, "onReady") !== "function") throw unsupported("Office.onReady");
  try {
    await office.onReady();
  } catch (thrown) {
    throw toOfficeCallError("Office.onReady", "thrown", thrown);
  }
}

/**
 * After Office.onReady: whether Office.js found a mailbox to work on. Outside
 * Outlook (the page opened in a browser tab) Office.js starts anyway and
 * reports no host, and Office.context.mailbox is undefined.
 */
export function officeHasMailbox(office: typeof Office | undefined = globalOffice()): boolean {
  return isObject(member(member(office, "context"), "mailbox"));
}

/** Office.js's global `Office`, where the page has loaded it. */
export function globalOffice(): typeof Office | undefined {
  return (globalThis as unknown as { Office?: typeof Office }).Office;
}
