// The MailboxAdapter on Office.js: the only product code that touches `Office.*`.
//
// Office's API is callback based, differs by mode (read = attendee, compose =
// organizer) and by requirement set, and fails in three ways: a callback with
// status "failed", a synchronous throw (display* limits, bad arguments), or a
// member that simply is not there. Everything here turns those into promises
// that either resolve with plain data or reject with an OfficeCallError, and
// keeps at most three async calls in flight (Outlook on the web and new Outlook
// fail a fourth).

import type { RawAddress, RawAppointment, RawItem, RawRecurrence, RawUser } from "../core/types";
import {
  OfficeCallError,
  type AppliedChange,
  type EventField,
  type Capabilities,
  type EventChange,
  type EventRestorePoint,
  type HostInfo,
  type MailboxAdapter,
  type MailboxMode,
  type MailboxSnapshot,
  type Recipient,
} from "./mailboxAdapter";

/** The roaming-settings keys the pane reads (see the fixture README). */
const SETTINGS_KEYS = ["keyClientDomains", "callDetails", "shorterMinutes", "tone", "draftLanguageByDomain"] as const;

/** Outlook on the web / new Outlook refuse a fourth simultaneous async call. */
const MAX_CALLS_IN_FLIGHT = 3;

type BodyType = "html" | "text";

// Office's objects are read defensively: a member may be missing on this host,
// mode or requirement set, so nothing below trusts the @types shapes.
type Loose = Record<string, unknown>;
type AsyncCallback = (result: Office.AsyncResult<unknown>) => void;

function isObject(value: unknown): value is Loose {
  return typeof value === "object" && value !== null;
}

function member(target: unknown, key: string): unknown {
  return isObject(target) ? target[key] : undefined;
}

function hasMethod(target: unknown, key: string): boolean {
  return typeof member(target, key) === "function";
}

// ---------------------------------------------------------------------------
// Turning Office's failures into OfficeCallError

function unsupported(api: string): OfficeCallError {
  return new OfficeCallError(api, "unsupported", null, null, `${api} is not available in this version or mode of Outlook.`);
}

function fromThrown(api: string, thrown: unknown): OfficeCallError {
  if (thrown instanceof OfficeCallError) return thrown;
  const code = member(thrown, "code");
  const name = member(thrown, "name");
  const message = member(thrown, "message");
  return new OfficeCallError(
    api,
    "thrown",
    typeof code === "number" ? code : null,
    typeof name === "string" ? name : null,
    typeof message === "string" && message ? message : `${api} failed: ${String(thrown)}`,
  );
}

function fromAsyncError(api: string, error: unknown): OfficeCallError {
  const code = member(error, "code");
  const name = member(error, "name");
  const message = member(error, "message");
  return new OfficeCallError(
    api,
    "failed",
    typeof code === "number" ? code : null,
    typeof name === "string" ? name : null,
    typeof message === "string" && message ? message : `${api} failed.`,
  );
}

// ---------------------------------------------------------------------------
// At most three async calls in flight, per Office host object

class CallLimiter {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  run<T>(task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        this.running += 1;
        // The slot is released after the callback has returned (promise
        // settlement is a microtask later), so the host has finished its own
        // bookkeeping before the next queued call starts.
        task()
          .then(resolve, reject)
          .finally(() => {
            this.running -= 1;
            this.waiting.shift()?.();
          });
      };
      if (this.running < this.limit) start();
      else this.waiting.push(start);
    });
  }
}

// Several adapters on the same Office object share its limit.
const limiters = new WeakMap<object, CallLimiter>();

function limiterFor(office: object): CallLimiter {
  let limiter = limiters.get(office);
  if (!limiter) {
    limiter = new CallLimiter(MAX_CALLS_IN_FLIGHT);
    limiters.set(office, limiter);
  }
  return limiter;
}

// ---------------------------------------------------------------------------
// Plain data from Office values

function asString(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

function asDate(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : new Date(value.getTime());
  if (typeof value === "string" || typeof value === "number") {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  return null;
}

function asAddress(value: unknown): RawAddress | null {
  if (!isObject(value)) return null;
  return {
    displayName: asString(value.displayName),
    emailAddress: asString(value.emailAddress),
    appointmentResponse: asString(value.appointmentResponse),
  };
}

function asAddresses(value: unknown): RawAddress[] {
  if (!Array.isArray(value)) return [];
  return value.map(asAddress).filter((a): a is RawAddress => a !== null);
}

/** Office's Recurrence keeps the interval in recurrenceProperties; accept a flat one too. */
function asRecurrence(value: unknown): RawRecurrence | null {
  if (!isObject(value)) return null;
  const props = member(value, "recurrenceProperties");
  const interval = member(props, "interval") ?? value.interval;
  return {
    recurrenceType: asString(value.recurrenceType),
    interval: typeof interval === "number" ? interval : null,
  };
}

function themeOf(value: unknown): HostInfo["theme"] {
  if (!isObject(value)) return null;
  const { bodyBackgroundColor, bodyForegroundColor, controlBackgroundColor, controlForegroundColor } = value;
  if (
    typeof bodyBackgroundColor !== "string" ||
    typeof bodyForegroundColor !== "string" ||
    typeof controlBackgroundColor !== "string" ||
    typeof controlForegroundColor !== "string"
  ) {
    return null;
  }
  return { bodyBackgroundColor, bodyForegroundColor, controlBackgroundColor, controlForegroundColor };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// ---------------------------------------------------------------------------
// The adapter

/**
 * Builds the adapter on an Office.js object (the global `Office` by default).
 * Without Office.js at all it still answers: an empty snapshot, every action
 * "unsupported".
 */
export function createOfficeAdapter(office: typeof Office = globalOffice() as typeof Office): MailboxAdapter {
  const officeObj: Loose = isObject(office) ? (office as unknown as Loose) : {};
  const limiter = limiterFor(officeObj);
  const context = (): unknown => member(officeObj, "context");
  const mailbox = (): unknown => member(context(), "mailbox");
  const item = (): unknown => member(mailbox(), "item");

  const succeeded = member(member(officeObj, "AsyncResultStatus"), "Succeeded") ?? "succeeded";
  const coercion = member(officeObj, "CoercionType");
  const coercionFor = (type: BodyType): unknown => member(coercion, type === "html" ? "Html" : "Text") ?? type;
  const itemTypeAppointment = member(member(member(officeObj, "MailboxEnums"), "ItemType"), "Appointment") ?? "appointment";

  function isSetSupported(version: string): boolean {
    const requirements = member(context(), "requirements");
    if (!hasMethod(requirements, "isSetSupported")) return false;
    try {
      return (requirements as { isSetSupported(name: string, v: string): unknown }).isSetSupported("Mailbox", version) === true;
    } catch {
      return false;
    }
  }

  /**
   * Calls `target[method](...args, callback)` through the limiter and settles
   * with the AsyncResult's value, or rejects with an OfficeCallError.
   */
  function callAsync<T>(api: string, target: unknown, method: string, args: unknown[] = []): Promise<T> {
    const fn = member(target, method);
    if (typeof fn !== "function") return Promise.reject(unsupported(api));
    return limiter.run(
      () =>
        new Promise<T>((resolve, reject) => {
          let settled = false;
          const callback: AsyncCallback = (result) => {
            if (settled) return;
            settled = true;
            if (isObject(result) && result.status === succeeded) resolve(result.value as T);
            else reject(fromAsyncError(api, member(result, "error")));
          };
          try {
            (fn as (...a: unknown[]) => unknown).apply(target, [...args, callback]);
          } catch (thrown) {
            settled = true;
            reject(fromThrown(api, thrown));
          }
        }),
    );
  }

  /** A synchronous Office call (display* forms): a throw becomes kind "thrown". */
  function callSync(api: string, target: unknown, method: string, args: unknown[]): void {
    const fn = member(target, method);
    if (typeof fn !== "function") throw unsupported(api);
    try {
      (fn as (...a: unknown[]) => unknown).apply(target, args);
    } catch (thrown) {
      throw fromThrown(api, thrown);
    }
  }

  /** For reads that may fail without spoiling the snapshot. */
  async function optional<T>(read: () => Promise<T>): Promise<T | null> {
    try {
      return await read();
    } catch {
      return null;
    }
  }

  function modeOf(current: unknown): MailboxMode {
    // Compose items have getAsync objects where read items have plain values.
    if (!isObject(current)) return "read";
    return hasMethod(current.start, "getAsync") || hasMethod(current.subject, "getAsync") ? "compose" : "read";
  }

  function isAppointment(current: unknown): boolean {
    return isObject(current) && current.itemType === itemTypeAppointment;
  }

  function readHost(): HostInfo {
    const ctx = context();
    const platform = member(ctx, "platform");
    const language = member(ctx, "displayLanguage");
    return {
      platform: typeof platform === "string" ? platform : null,
      displayLanguage: typeof language === "string" && language ? language : "en-US",
      theme: isSetSupported("1.14") ? themeOf(member(ctx, "officeTheme")) : null,
    };
  }

  function readUser(): RawUser {
    const profile = member(mailbox(), "userProfile");
    return {
      displayName: asString(member(profile, "displayName")),
      emailAddress: asString(member(profile, "emailAddress")),
      timeZone: asString(member(profile, "timeZone")),
    };
  }

  function readSettings(): Record<string, unknown> {
    const roaming = member(context(), "roamingSettings");
    const settings: Record<string, unknown> = {};
    if (!hasMethod(roaming, "get")) return settings;
    for (const key of SETTINGS_KEYS) {
      try {
        const value = (roaming as { get(name: string): unknown }).get(key);
        if (value !== undefined) settings[key] = value;
      } catch {
        // A setting Office cannot hand over is treated as never saved.
      }
    }
    return settings;
  }

  function readBodyText(current: unknown): Promise<string | null> {
    const body = member(current, "body");
    if (!isSetSupported("1.3") || !hasMethod(body, "getAsync")) return Promise.resolve(null);
    return optional(() => callAsync<unknown>("item.body.getAsync", body, "getAsync", [coercionFor("text")]).then(asString));
  }

  async function readMessage(current: Loose): Promise<RawItem> {
    const subject = hasMethod(current.subject, "getAsync")
      ? await optional(() => callAsync<unknown>("item.subject.getAsync", current.subject, "getAsync").then(asString))
      : asString(current.subject);
    return { itemType: "message", subject };
  }

  async function readAppointmentRead(current: Loose): Promise<RawAppointment> {
    return {
      itemType: "appointment",
      subject: asString(current.subject),
      start: asDate(current.start),
      end: asDate(current.end),
      location: asString(current.location),
      organizer: asAddress(current.organizer),
      requiredAttendees: asAddresses(current.requiredAttendees),
      optionalAttendees: asAddresses(current.optionalAttendees),
      bodyText: await readBodyText(current),
      recurrence: asRecurrence(current.recurrence),
      seriesId: asString(current.seriesId),
    };
  }

  async function readAppointmentCompose(current: Loose): Promise<RawAppointment> {
    const get = <T>(name: string) => callAsync<T>(`item.${name}.getAsync`, current[name], "getAsync");
    // Started together; the limiter lets three through at a time.
    const [subject, start, end, location, organizer, required, optionalAttendees, bodyText, recurrence] = await Promise.all([
      get<unknown>("subject"),
      get<unknown>("start"),
      get<unknown>("end"),
      get<unknown>("location"),
      // Organizer.getAsync is Mailbox 1.7; older hosts simply have none.
      hasMethod(current.organizer, "getAsync") ? optional(() => get<unknown>("organizer")) : Promise.resolve(null),
      get<unknown>("requiredAttendees"),
      get<unknown>("optionalAttendees"),
      readBodyText(current),
      hasMethod(current.recurrence, "getAsync") ? optional(() => get<unknown>("recurrence")) : Promise.resolve(null),
    ]);
    return {
      itemType: "appointment",
      subject: asString(subject),
      start: asDate(start),
      end: asDate(end),
      location: asString(location),
      organizer: asAddress(organizer),
      requiredAttendees: asAddresses(required),
      optionalAttendees: asAddresses(optionalAttendees),
      bodyText,
      recurrence: asRecurrence(recurrence),
      seriesId: asString(current.seriesId),
    };
  }

  function capabilitiesOf(current: unknown, mode: MailboxMode): Capabilities {
    const appointment = isAppointment(current);
    const box = mailbox();
    return {
      readBody: appointment && isSetSupported("1.3") && hasMethod(member(current, "body"), "getAsync"),
      replyForms:
        appointment &&
        mode === "read" &&
        (hasMethod(current, "displayReplyFormAsync") || hasMethod(current, "displayReplyForm")) &&
        (hasMethod(current, "displayReplyAllFormAsync") || hasMethod(current, "displayReplyAllForm")),
      newMessageForm:
        mode === "read" &&
        (hasMethod(box, "displayNewMessageFormAsync") || hasMethod(box, "displayNewMessageForm")) &&
        isSetSupported("1.6"),
      editEvent:
        appointment &&
        mode === "compose" &&
        hasMethod(member(current, "end"), "getAsync") &&
        hasMethod(member(current, "end"), "setAsync") &&
        hasMethod(member(current, "location"), "getAsync") &&
        hasMethod(member(current, "location"), "setAsync"),
    };
  }

  // -- organizer: change and restore --------------------------------------------

  function composeItem(api: string): Loose {
    const current = item();
    if (!isObject(current) || modeOf(current) !== "compose" || !isAppointment(current)) throw unsupported(api);
    return current;
  }

  async function readBodyForRestore(current: Loose): Promise<EventRestorePoint["body"]> {
    const body = current.body;
    if (!hasMethod(body, "getTypeAsync") || !hasMethod(body, "getAsync") || !isSetSupported("1.3")) return null;
    const type = await callAsync<unknown>("item.body.getTypeAsync", body, "getTypeAsync");
    // Anything but HTML is handled as text: never put markup into a text body.
    const bodyType: BodyType = type === coercionFor("html") || type === "html" ? "html" : "text";
    const content = await callAsync<unknown>("item.body.getAsync", body, "getAsync", [coercionFor(bodyType)]);
    return { type: bodyType, content: asString(content) ?? "" };
  }

  const setEnd = (current: Loose, end: Date) => callAsync<void>("item.end.setAsync", current.end, "setAsync", [end]);
  const setLocation = (current: Loose, location: string) =>
    callAsync<void>("item.location.setAsync", current.location, "setAsync", [location]);
  const setBody = (current: Loose, body: NonNullable<EventRestorePoint["body"]>) =>
    callAsync<void>("item.body.setAsync", current.body, "setAsync", [body.content, { coercionType: coercionFor(body.type) }]);

  async function changeEvent(change: EventChange): Promise<AppliedChange> {
    const current = composeItem("item.end.setAsync");
    // Every member the change (and its undo) needs, checked before anything moves.
    const needed: Array<[string, unknown, string]> = [
      ["item.end.getAsync", current.end, "getAsync"],
      ["item.location.getAsync", current.location, "getAsync"],
    ];
    if (change.end !== undefined) needed.push(["item.end.setAsync", current.end, "setAsync"]);
    if (change.location !== undefined) needed.push(["item.location.setAsync", current.location, "setAsync"]);
    if (change.prependToBody) {
      needed.push(["item.body.prependAsync", current.body, "prependAsync"], ["item.body.setAsync", current.body, "setAsync"]);
    }
    for (const [api, target, method] of needed) if (!hasMethod(target, method)) throw unsupported(api);

    // 1. The restore point, before anything changes.
    const [endValue, locationValue] = [
      await callAsync<unknown>("item.end.getAsync", current.end, "getAsync"),
      await callAsync<unknown>("item.location.getAsync", current.location, "getAsync"),
    ];
    const end = asDate(endValue);
    if (end === null) throw new OfficeCallError("item.end.getAsync", "failed", null, null, "Outlook did not give the event's end time.");
    let body: EventRestorePoint["body"] = null;
    try {
      body = await readBodyForRestore(current);
    } catch (error) {
      // Without the body the prepend could not be undone later; otherwise carry on.
      if (change.prependToBody) throw error;
    }
    const restorePoint: EventRestorePoint = { end, location: asString(locationValue) ?? "", body };
    // A prepend that could not be undone later is not started.
    if (change.prependToBody && body === null) throw unsupported("item.body.getAsync");

    // 2. The steps, in order; each knows how to undo itself.
    type Step = { field: EventField; apply: () => Promise<void>; undo: () => Promise<void> };
    const steps: Step[] = [];
    if (change.end !== undefined) {
      const newEnd = change.end;
      steps.push({ field: "end", apply: () => setEnd(current, newEnd), undo: () => setEnd(current, restorePoint.end) });
    }
    if (change.location !== undefined) {
      const newLocation = change.location;
      steps.push({ field: "location", apply: () => setLocation(current, newLocation), undo: () => setLocation(current, restorePoint.location) });
    }
    if (change.prependToBody && body) {
      const original = body;
      const data = original.type === "html" ? change.prependToBody.html : change.prependToBody.text;
      steps.push({
        field: "body",
        // Prepend, never replace: the organizer's own text stays as it was.
        apply: () => callAsync<void>("item.body.prependAsync", current.body, "prependAsync", [data, { coercionType: coercionFor(original.type) }]),
        undo: () => setBody(current, original),
      });
    }

    const done: Step[] = [];
    for (const step of steps) {
      try {
        await step.apply();
        done.push(step);
      } catch (error) {
        const cause = error instanceof OfficeCallError ? error : fromThrown(`item.${step.field}`, error);
        const undoFailures: string[] = [];
        for (const undone of [...done].reverse()) {
          try {
            await undone.undo();
          } catch (undoError) {
            undoFailures.push(`${undone.field}: ${errorText(undoError)}`);
          }
        }
        if (undoFailures.length > 0) {
          throw new OfficeCallError(
            cause.api,
            "rollback-failed",
            cause.code,
            cause.officeName,
            `${cause.message} Undoing the earlier changes failed too (${undoFailures.join("; ")}); the event may be partly changed.`,
          );
        }
        throw new OfficeCallError(cause.api, "rolled-back", cause.code, cause.officeName, cause.message);
      }
    }
    return { restorePoint, changed: done.map((s) => s.field) };
  }

  async function restoreEvent(restorePoint: EventRestorePoint, fields: readonly EventField[] = ["end", "location", "body"]): Promise<void> {
    const current = composeItem("item.end.setAsync");
    // Only the fields Offramp changed are put back: anything else the organizer
    // edited since then is theirs and stays. Every field is attempted even if
    // one fails, to put back as much as possible.
    const attempts: Array<() => Promise<void>> = [];
    if (fields.includes("end")) attempts.push(() => setEnd(current, restorePoint.end));
    if (fields.includes("location")) attempts.push(() => setLocation(current, restorePoint.location));
    const savedBody = restorePoint.body;
    if (savedBody && fields.includes("body")) attempts.push(() => setBody(current, savedBody));
    const failures: OfficeCallError[] = [];
    for (const attempt of attempts) {
      try {
        await attempt();
      } catch (error) {
        failures.push(error instanceof OfficeCallError ? error : fromThrown("restoreEvent", error));
      }
    }
    const first = failures[0];
    if (first) {
      const more = failures.length > 1 ? ` (${failures.length - 1} more: ${failures.slice(1).map((f) => f.api).join(", ")})` : "";
      throw new OfficeCallError(first.api, first.kind, first.code, first.officeName, `${first.message}${more}`);
    }
  }

  // -- attendee: forms --------------------------------------------------------------

  async function openReply(options: { replyAll: boolean; htmlBody: string }): Promise<void> {
    const name = options.replyAll ? "displayReplyAllForm" : "displayReplyForm";
    const current = item();
    if (!isObject(current) || modeOf(current) !== "read") throw unsupported(`item.${name}`);
    const formData = { htmlBody: options.htmlBody };
    if (hasMethod(current, `${name}Async`)) {
      await callAsync<void>(`item.${name}Async`, current, `${name}Async`, [formData]);
      return;
    }
    callSync(`item.${name}`, current, name, [formData]);
  }

  async function openNewMessage(message: { to: Recipient[]; cc: Recipient[]; subject: string; htmlBody: string }): Promise<void> {
    const box = mailbox();
    if (modeOf(item()) !== "read") throw unsupported("displayNewMessageForm");
    const toDetails = (list: Recipient[]) => list.map((r) => ({ displayName: r.name, emailAddress: r.email }));
    const form = { toRecipients: toDetails(message.to), ccRecipients: toDetails(message.cc), subject: message.subject, htmlBody: message.htmlBody };
    if (hasMethod(box, "displayNewMessageFormAsync") && isSetSupported("1.9")) {
      await callAsync<void>("displayNewMessageFormAsync", box, "displayNewMessageFormAsync", [form]);
      return;
    }
    if (!isSetSupported("1.6")) throw unsupported("displayNewMessageForm");
    callSync("displayNewMessageForm", box, "displayNewMessageForm", [form]);
  }

  // -- settings -----------------------------------------------------------------------

  async function saveSettings(values: Record<string, unknown>): Promise<void> {
    const roaming = member(context(), "roamingSettings");
    if (!hasMethod(roaming, "set") || !hasMethod(roaming, "remove")) throw unsupported("roamingSettings.set");
    const settings = roaming as { set(name: string, value: unknown): void; remove(name: string): void };
    for (const [key, value] of Object.entries(values)) {
      const api = value === undefined ? "roamingSettings.remove" : "roamingSettings.set";
      try {
        if (value === undefined) settings.remove(key);
        else settings.set(key, value);
      } catch (thrown) {
        throw fromThrown(api, thrown);
      }
    }
    await callAsync<void>("roamingSettings.saveAsync", roaming, "saveAsync");
  }

  return {
    async readSnapshot(): Promise<MailboxSnapshot> {
      const current = item();
      const mode = modeOf(current);
      let raw: RawItem = null;
      if (isObject(current)) {
        if (isAppointment(current)) raw = mode === "compose" ? await readAppointmentCompose(current) : await readAppointmentRead(current);
        // Anything else selected (a message, a meeting request) is "not a meeting".
        else raw = await readMessage(current);
      }
      return {
        host: readHost(),
        user: readUser(),
        mode,
        item: raw,
        settings: readSettings(),
        capabilities: capabilitiesOf(current, mode),
      };
    },
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
  const supports = (name: string, version: string) => {
    try {
      return (member(context, "requirements") as { isSetSupported(n: string, v: string): unknown }).isSetSupported(name, version) === true;
    } catch {
      return false;
    }
  };
  // Without NAA there is no Graph: the item is not touched.
  if (!supports("NestedAppAuth", "1.1")) return { nestedAppAuth: false, eventId: null };
  const succeeded = member(member(office, "AsyncResultStatus"), "Succeeded") ?? "succeeded";
  let ewsId = asString(member(current, "itemId"));
  if (ewsId === null && hasMethod(current, "getItemIdAsync") && supports("Mailbox", "1.8")) {
    ewsId = await limiterFor(isObject(office) ? office : {}).run(
      () =>
        new Promise<string | null>((resolve) => {
          try {
            (current as { getItemIdAsync(cb: AsyncCallback): void }).getItemIdAsync((r) => resolve(r.status === succeeded ? asString(r.value) : null));
          } catch {
            resolve(null);
          }
        }),
    );
  }
  let eventId: string | null = null;
  const restVersion = member(member(member(office, "MailboxEnums"), "RestVersion"), "v2_0") ?? "v2.0";
  if (ewsId && hasMethod(mailbox, "convertToRestId")) {
    try {
      eventId = asString((mailbox as { convertToRestId(id: string, v: unknown): unknown }).convertToRestId(ewsId, restVersion));
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
    throw fromThrown("Office.onReady", thrown);
  }
}

function globalOffice(): typeof Office | undefined {
  return (globalThis as unknown as { Office?: typeof Office }).Office;
}
