// Installation: the Office.js look-alike for one fixture, on a window.

import { htmlToText, outlookHtml, textToHtml } from "./body";
import { ERRORS, argumentError, failureAsThrown, type OfficeErrorShape } from "./errors";
import { parseFixture } from "./fixture";
import { fixtureItemId, installSimulatedGraph } from "../simulatedGraph";
import { buildReplyForm, newAppointmentForm, newMessageForm, normalizeRecipients } from "./forms";
import { hostZone, parseIsoInstant, wallClockToInstant, zoneOffsetMinutes, type WallClock } from "./time";
import { officeRecurrence, readRecurrencePattern, recurrenceZone, seriesStartInstant, seriesTimeOf } from "./recurrence";
import type {
  FixtureAddress,
  FixtureAppointment,
  FixtureBody,
  FixtureFailure,
  FixtureItem,
  FixtureLocation,
  FixtureRecurrence,
  OpenedForm,
  SimulatedHostOptions,
  SimulatedMailbox,
  UserEdit,
} from "./types";
import { HOST_NAMES, LIMITS, THEMES, cloneJson, domainOf, isObject, parseVersion, toLogValue, utf8Length, type JsonObject } from "./util";


type AsyncCallback = (result: unknown) => void;
type Outcome = { value: unknown } | { error: OfficeErrorShape };

/** The open appointment as the host keeps it: the fixture's shape, with times as UTC milliseconds. */
type AppointmentState = Omit<FixtureAppointment, "start" | "end"> & { start: number | null; end: number | null };

interface MessageState {
  itemType: "message";
  subject: string;
}

/** What install() changed on the window, so uninstall() can put it back. */
interface WindowOriginals {
  hadOffice: boolean;
  office: unknown;
  alert: unknown;
  confirm: unknown;
  prompt: unknown;
  pushState: PropertyDescriptor | undefined;
  replaceState: PropertyDescriptor | undefined;
}

/** The window as this module writes to it (`Office` typed loosely: it is a look-alike). */
type HostWindow = Window & { Office?: unknown; __simulatedMailbox?: SimulatedMailbox };

const ORIGINALS = Symbol.for("offramp.simulatedHost.originals");

// ---------------------------------------------------------------------------
// Installation

/**
 * Installs an Office.js look-alike for `fixture` on `win` (window.Office) and
 * returns the recorder, also exposed as `win.__simulatedMailbox`. Calling it again
 * (another fixture) first uninstalls the previous host.
 */
export function installSimulatedHost(
  fixture: unknown,
  win: Window & typeof globalThis = window,
  options: SimulatedHostOptions = {},
): SimulatedMailbox {
  const fx = parseFixture(fixture);
  const hostWin = win as unknown as HostWindow;
  hostWin.__simulatedMailbox?.uninstall();

  const zone = hostZone(fx.user.timeZone, fx.item?.itemType === "appointment" ? fx.item.start : null);
  const [, minor] = parseVersion(fx.host.mailboxVersion) ?? [1, 1];
  /** Whether Mailbox 1.<n> is available on this host. */
  const supports = (setMinor: number) => minor >= setMinor;
  const latency = Math.max(0, options.latencyMs ?? 0);
  const parser = new win.DOMParser();
  const isRead = fx.mode === "read";

  // -- state --------------------------------------------------------------
  const toInstant = (iso: string | null) => (iso === null ? null : parseIsoInstant(iso, zone));
  const item: AppointmentState | MessageState | null =
    fx.item === null
      ? null
      : fx.item.itemType === "message"
        ? { itemType: "message", subject: fx.item.subject }
        : { ...cloneJson(fx.item), start: toInstant(fx.item.start), end: toInstant(fx.item.end) };
  let settings: JsonObject = cloneJson(fx.roamingSettings);
  let inFlight = 0;
  let installed = true;
  const listeners = new Set<(mailbox: SimulatedMailbox) => void>();
  let notifyScheduled = false;

  const itemView = (): FixtureItem | null => {
    if (item === null) return null;
    if (item.itemType === "message") return { itemType: "message", subject: item.subject };
    const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
    return { ...cloneJson({ ...item, start: null, end: null }), start: iso(item.start), end: iso(item.end) };
  };

  const mailbox: SimulatedMailbox = {
    fixture: fx,
    calls: [],
    item: itemView(),
    forms: [],
    savedSettings: cloneJson(fx.roamingSettings),
    peakInFlight: 0,
    revision: 0,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    uninstall() {
      if (!installed) return;
      installed = false;
      listeners.clear();
      graph.uninstall();
      restoreWindow(hostWin);
      if (hostWin.__simulatedMailbox === mailbox) delete hostWin.__simulatedMailbox;
    },
    userEdit(change) {
      // Outlook's own editor: no Office.js call, the item simply changes (a moment later).
      return new Promise<void>((resolve, reject) => {
        setTimeout(() => {
          try {
            applyUserEdit(change);
            changed();
            resolve();
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        }, latency);
      });
    },
  };

  /** Publishes a change: new arrays/objects so React-style consumers see it. */
  const changed = (update: Partial<Pick<SimulatedMailbox, "calls" | "forms" | "savedSettings" | "peakInFlight">> = {}) => {
    Object.assign(mailbox, update);
    mailbox.item = itemView();
    mailbox.revision += 1;
    if (notifyScheduled || listeners.size === 0) return;
    notifyScheduled = true;
    queueMicrotask(() => {
      notifyScheduled = false;
      for (const listener of [...listeners]) {
        try {
          listener(mailbox);
        } catch (error) {
          // A broken listener must not break the host's own bookkeeping.
          console.error(error);
        }
      }
    });
  };

  const record = (api: string, args: unknown[]) => {
    changed({ calls: [...mailbox.calls, { api, args: args.map((a) => toLogValue(a)) }] });
  };

  const failureFor = (api: string): FixtureFailure | undefined =>
    fx.failures.find((f) => f.api === api) ?? (api.endsWith("FormAsync") ? fx.failures.find((f) => f.api === api.slice(0, -"Async".length)) : undefined);

  // -- async calls ----------------------------------------------------------
  /**
   * Builds an Office-style async method: `(required..., [options], [callback])`.
   * `validate` throws synchronously for bad arguments, as Office.js does (what it
   * returns is handed to `run`); `run` executes when the call completes and
   * returns the value or Office's error.
   */
  const asyncMethod =
    <P = void>(
      api: string,
      requiredArgs: number,
      run: (args: unknown[], options: JsonObject, prepared: P) => Outcome,
      validate?: (args: unknown[], options: JsonObject) => P,
    ) =>
    (...raw: unknown[]): void => {
      const callback = typeof raw[raw.length - 1] === "function" ? (raw.pop() as AsyncCallback) : undefined;
      const args = raw.slice(0, requiredArgs);
      const optionsArg = raw[requiredArgs];
      const opts = isObject(optionsArg) ? optionsArg : undefined;
      record(api, opts ? [...args, opts] : args);
      const prepared = validate?.(args, opts ?? {}) as P;

      const asyncContext = opts?.asyncContext;
      const deliver = (outcome: Outcome) => {
        const failed = "error" in outcome;
        callback?.({
          status: failed ? "failed" : "succeeded",
          value: failed ? undefined : outcome.value,
          error: failed ? { ...outcome.error } : undefined,
          asyncContext,
          diagnostics: undefined,
        });
      };

      const failure = failureFor(api);
      // A lost call: logged above, and its callback never comes.
      if (failure?.hang) return;
      if (fx.host.platform === "OfficeOnline" && inFlight >= LIMITS.concurrentCalls) {
        setTimeout(() => deliver({ error: ERRORS.tooManyCalls }), latency);
        return;
      }
      inFlight += 1;
      if (inFlight > mailbox.peakInFlight) changed({ peakInFlight: inFlight });
      setTimeout(() => {
        inFlight -= 1;
        let outcome: Outcome;
        try {
          outcome = failure ? { error: { code: failure.code, name: failure.name, message: failure.message } } : run(args, opts ?? {}, prepared);
        } catch (error) {
          // A bug in the simulator must still call back, or the add-in would wait forever.
          console.error(error);
          outcome = { error: { code: 5001, name: "Internal Error", message: `An internal error has occurred. (${String(error)})` } };
        }
        if (!("error" in outcome)) changed();
        deliver(outcome);
      }, latency);
    };

  /** A synchronous Office method (display* forms): a fixture failure throws. */
  const syncMethod =
    <R>(api: string, run: (args: unknown[]) => R) =>
    (...args: unknown[]): R => {
      record(api, args);
      const failure = failureFor(api);
      // A lost synchronous call: nothing opens, nothing is said.
      if (failure?.hang) return undefined as R;
      if (failure) throw failureAsThrown(failure);
      return run(args);
    };

  const ok = (value?: unknown): Outcome => ({ value });

  // -- argument checks ------------------------------------------------------
  const requireDate = (parameter: string) => (args: unknown[]) => {
    const value = args[0];
    if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw argumentError(parameter, "A Date (in UTC) is expected.");
  };
  const requireString = (parameter: string) => (args: unknown[]) => {
    if (typeof args[0] !== "string") throw argumentError(parameter, "A string is expected.");
  };
  const coercionOf = (value: unknown, parameter: string): "text" | "html" => {
    if (value === "text" || value === "html") return value;
    throw argumentError(parameter, "The coercion type must be Office.CoercionType.Text or Office.CoercionType.Html.");
  };

  // -- forms ----------------------------------------------------------------
  const openForm = (form: OpenedForm) => changed({ forms: [...mailbox.forms, form] });
  const appointment = (): AppointmentState | null => (item !== null && item.itemType === "appointment" ? item : null);
  const userEmail = fx.user.emailAddress.toLowerCase();

  const replyForm = (all: boolean, formData: unknown): OpenedForm => buildReplyForm(all, formData, appointment(), item?.subject ?? "", userEmail);

  // -- the user, typing in Outlook ---------------------------------------------
  const applyUserEdit = (change: UserEdit) => {
    const appt = appointment();
    if (!appt) throw new Error("userEdit: no appointment is open");
    if (!isObject(change)) throw new Error("userEdit: a change object is expected");
    const instant = (key: "start" | "end") => {
      const value = change[key];
      if (value === undefined) return undefined;
      const t = typeof value === "string" ? parseIsoInstant(value, zone) : null;
      if (t === null) throw new Error(`userEdit: ${key} must be an ISO 8601 date`);
      return t;
    };
    const start = instant("start");
    const end = instant("end");
    if (start !== undefined) {
      // As in Outlook: a new start alone moves the end with it.
      if (end === undefined && appt.start !== null && appt.end !== null) appt.end = start + (appt.end - appt.start);
      appt.start = start;
    }
    if (end !== undefined) appt.end = end;
    if (change.location !== undefined) {
      if (typeof change.location !== "string") throw new Error("userEdit: location must be a string");
      appt.location = change.location;
      appt.enhancedLocation = placesFor(appt, change.location);
    }
    const { bodyAppendHtml: html, bodyAppendText: text } = change;
    if (html !== undefined || text !== undefined) {
      let content = appt.body.content;
      if (appt.body.type === "html") {
        const added = (typeof html === "string" ? html : "") + (typeof text === "string" ? textToHtml(text) : "");
        const close = /<\/body>/i.exec(content);
        content = close ? content.slice(0, close.index) + added + content.slice(close.index) : content + added;
      } else {
        content += (typeof html === "string" ? htmlToText(html, parser) : "") + (typeof text === "string" ? text : "");
      }
      writeBody(appt, content);
    }
  };

  // -- the item ---------------------------------------------------------------
  const addressDetails = (a: FixtureAddress, withResponse: boolean) => ({
    displayName: a.displayName,
    emailAddress: a.emailAddress,
    ...(withResponse ? { appointmentResponse: a.appointmentResponse ?? "none" } : {}),
    recipientType: domainOf(a.emailAddress) === domainOf(fx.user.emailAddress) ? "user" : "externalUser",
  });
  const seriesZone = (r: FixtureRecurrence) => recurrenceZone(r, zone);
  const recurrenceOf = (appt: AppointmentState) =>
    appt.recurrence === null ? null : officeRecurrence(appt.recurrence, seriesTimeOf(appt.recurrence, appt.start, appt.end, seriesZone(appt.recurrence)));
  /** The series itself (not one occurrence): what classic Outlook for Windows refuses to retime through start/end. */
  const isSeries = (appt: AppointmentState) => appt.recurrence !== null && appt.seriesId === null;
  const itemId = fixtureItemId(fixture) ?? `AAMkSimulated${Array.from(fx.name).reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7).toString(16)}`;
  // Microsoft Graph through nested app authentication (the fixture's `graph`): see simulatedGraph.ts.
  const graph = installSimulatedGraph(fixture, { win, record, changed: () => changed(), latencyMs: latency }, itemId);

  const bodyAs = (body: FixtureBody, coercion: "text" | "html"): string => {
    if (coercion === body.type) return body.content;
    return coercion === "text" ? htmlToText(body.content, parser) : textToHtml(body.content);
  };
  /** Converts `data` given in `coercion` into the body's own format; null = Outlook refuses (HTML into a text body). */
  const intoBody = (body: FixtureBody, data: string, coercion: "text" | "html"): string | null => {
    if (coercion === body.type) return data;
    return coercion === "html" ? null : textToHtml(data);
  };
  /** Puts HTML at the top of an HTML body, inside its <body> once Outlook has made it a document. */
  const prependToBody = (body: FixtureBody, data: string): string => {
    if (body.type === "text") return data + body.content;
    const open = /<body[^>]*>/i.exec(body.content);
    if (!open) return data + body.content;
    const at = open.index + open[0].length;
    return body.content.slice(0, at) + data + body.content.slice(at);
  };
  /** Stores a body as Outlook keeps it: HTML comes back rewritten (see outlookHtml), never byte for byte. */
  const writeBody = (appt: AppointmentState, content: string) => {
    appt.body = { type: appt.body.type, content: appt.body.type === "html" ? outlookHtml(content, parser) : content };
  };
  const customPlaces = (location: string): FixtureLocation[] =>
    location
      .split(";")
      .map((part) => part.trim())
      .filter(Boolean)
      .map((displayName) => ({ displayName, emailAddress: "", type: "custom" as const }));
  /** The places after a new location text: booked rooms stay; the text's other parts are custom places. */
  const placesFor = (appt: AppointmentState, location: string): FixtureLocation[] => {
    const rooms = appt.enhancedLocation.filter((l) => l.type === "room");
    const roomNames = new Set(rooms.map((r) => r.displayName));
    return [...rooms, ...customPlaces(location).filter((p) => !roomNames.has(p.displayName))];
  };
  /** Office.LocationDetails, as enhancedLocation.getAsync gives them (Mailbox 1.8). */
  const locationDetails = (appt: AppointmentState) =>
    appt.enhancedLocation.map((l) => ({
      locationIdentifier: { id: l.type === "room" ? l.emailAddress : l.displayName, type: l.type },
      displayName: l.displayName,
      emailAddress: l.emailAddress,
    }));

  /** Writers take `{coercionType}` in their options; Outlook's default is Text. */
  const coercionFromOptions = (options: JsonObject): "text" | "html" =>
    options.coercionType === undefined ? "text" : coercionOf(options.coercionType, "coercionType");

  /** Body object: the read-mode one has only getAsync (1.3); compose adds the writers. */
  const buildBody = (prefix: string, compose: boolean) => {
    const body: JsonObject = {};
    const current = () => appointment()?.body ?? { type: "html" as const, content: "" };
    if (supports(3)) {
      body.getAsync = asyncMethod(
        `${prefix}.getAsync`,
        1,
        (args) => ok(bodyAs(current(), args[0] as "text" | "html")),
        (args) => void coercionOf(args[0], "coercionType"),
      );
    }
    if (!compose) return body;
    body.getTypeAsync = asyncMethod(`${prefix}.getTypeAsync`, 0, () => ok(current().type));
    const write = (api: string, mode: "prepend" | "replace") =>
      asyncMethod(
        api,
        1,
        (args, options) => {
          const appt = appointment();
          if (!appt) return ok();
          const data = args[0] as string;
          if (data.length > LIMITS.bodyWriteChars) return { error: ERRORS.dataTooLarge };
          const converted = intoBody(appt.body, data, coercionFromOptions(options));
          if (converted === null) return { error: ERRORS.invalidFormat };
          writeBody(appt, mode === "prepend" ? prependToBody(appt.body, converted) : converted);
          return ok();
        },
        (args, options) => {
          requireString("data")(args);
          // A wrong coercion type throws at once, as in Office.js.
          coercionFromOptions(options);
        },
      );
    body.prependAsync = write(`${prefix}.prependAsync`, "prepend");
    if (supports(3)) body.setAsync = write(`${prefix}.setAsync`, "replace");
    return body;
  };

  const buildReadItem = (state: AppointmentState | MessageState) => {
    const obj: JsonObject = { itemType: state.itemType };
    const define = (key: string, get: () => unknown) => Object.defineProperty(obj, key, { get, enumerable: true });
    define("subject", () => state.subject);
    if (state.itemType === "message") {
      define("normalizedSubject", () => state.subject.replace(/^(re|fw|fwd|aw|sv|vs|rif|tr):\s*/i, ""));
      obj.itemId = itemId;
      return obj;
    }
    const appt = state;
    obj.itemId = itemId;
    obj.itemClass = appt.seriesId ? "IPM.Appointment.Occurrence" : "IPM.Appointment";
    define("normalizedSubject", () => appt.subject);
    define("start", () => (appt.start === null ? null : new Date(appt.start)));
    define("end", () => (appt.end === null ? null : new Date(appt.end)));
    define("location", () => appt.location);
    define("organizer", () => (appt.organizer ? addressDetails(appt.organizer, false) : null));
    define("requiredAttendees", () => appt.requiredAttendees.map((a) => addressDetails(a, true)));
    define("optionalAttendees", () => appt.optionalAttendees.map((a) => addressDetails(a, true)));
    obj.body = buildBody("item.body", false);
    if (supports(8)) obj.enhancedLocation = { getAsync: asyncMethod("item.enhancedLocation.getAsync", 0, () => ok(locationDetails(appt))) };
    if (supports(7)) {
      define("recurrence", () => recurrenceOf(appt));
      define("seriesId", () => appt.seriesId);
    }
    obj.displayReplyForm = syncMethod("item.displayReplyForm", (args) => void openForm(replyForm(false, args[0])));
    obj.displayReplyAllForm = syncMethod("item.displayReplyAllForm", (args) => void openForm(replyForm(true, args[0])));
    if (supports(9)) {
      // The form opens when the call completes; over-limit data still throws at once.
      const displayAsync = (api: string, all: boolean) =>
        asyncMethod<OpenedForm>(
          api,
          1,
          (_args, _options, form) => {
            openForm(form);
            return ok();
          },
          (args) => replyForm(all, args[0]),
        );
      obj.displayReplyFormAsync = displayAsync("item.displayReplyFormAsync", false);
      obj.displayReplyAllFormAsync = displayAsync("item.displayReplyAllFormAsync", true);
    }
    return obj;
  };

  const property = (name: string, get: () => unknown, set?: { validate: (args: unknown[]) => void; apply: (value: unknown) => Outcome }) => {
    const obj: JsonObject = { getAsync: asyncMethod(`item.${name}.getAsync`, 0, () => ok(get())) };
    if (set) obj.setAsync = asyncMethod(`item.${name}.setAsync`, 1, (args) => set.apply(args[0]), set.validate);
    return obj;
  };

  const buildComposeItem = (state: AppointmentState | MessageState) => {
    const obj: JsonObject = { itemType: state.itemType };
    const subjectSetter = {
      validate: requireString("subject"),
      apply: (value: unknown) => {
        if ((value as string).length > LIMITS.subjectChars) return { error: ERRORS.dataTooLarge };
        state.subject = value as string;
        return ok();
      },
    };
    obj.subject = property("subject", () => state.subject, subjectSetter);
    if (state.itemType === "message") return obj;
    const appt = state;

    // Office.Time.setAsync: "In the Windows client, you can't use this method to update
    // the start or end of a recurrence."
    const windowsSeries = () => fx.host.platform === "PC" && isSeries(appt);
    obj.start = property("start", () => (appt.start === null ? null : new Date(appt.start)), {
      validate: requireDate("dateTime"),
      apply: (value) => {
        if (windowsSeries()) return { error: ERRORS.seriesTimeOnWindows };
        const start = (value as Date).getTime();
        // Outlook keeps the duration: the end moves with the start.
        if (appt.start !== null && appt.end !== null) appt.end = start + (appt.end - appt.start);
        appt.start = start;
        return ok();
      },
    });
    obj.end = property("end", () => (appt.end === null ? null : new Date(appt.end)), {
      validate: requireDate("dateTime"),
      apply: (value) => {
        if (windowsSeries()) return { error: ERRORS.seriesTimeOnWindows };
        const end = (value as Date).getTime();
        if (appt.start !== null && end < appt.start) return { error: ERRORS.invalidEndTime };
        appt.end = end;
        return ok();
      },
    });
    obj.location = property("location", () => appt.location, {
      validate: requireString("location"),
      apply: (value) => {
        if ((value as string).length > LIMITS.locationChars) return { error: ERRORS.dataTooLarge };
        appt.location = value as string;
        // The location text replaces the free-text places; booked rooms stay booked.
        appt.enhancedLocation = placesFor(appt, appt.location);
        return ok();
      },
    });
    if (supports(7)) {
      obj.organizer = { getAsync: asyncMethod("item.organizer.getAsync", 0, () => ok(appt.organizer ? addressDetails(appt.organizer, false) : null)) };
      obj.recurrence = {
        // An occurrence reads its series' pattern too; only setAsync tells them apart.
        getAsync: asyncMethod("item.recurrence.getAsync", 0, () => ok(recurrenceOf(appt))),
        setAsync: asyncMethod<ReturnType<typeof readRecurrencePattern>>(
          "item.recurrence.setAsync",
          1,
          (_args, _options, pattern) => {
            if (appt.seriesId !== null) return { error: ERRORS.occurrenceRecurrence };
            if (appt.recurrence === null) return { error: ERRORS.notRecurring };
            const r = appt.recurrence;
            appt.recurrence = { ...r, recurrenceType: pattern.recurrenceType, seriesTime: { ...pattern.seriesTime } };
            // The open series shows its first meeting: it starts and lasts as the pattern now says.
            const start = seriesStartInstant(pattern.seriesTime, seriesZone(r));
            appt.start = start;
            appt.end = start + pattern.seriesTime.durationMinutes * 60_000;
            return ok();
          },
          (args) => readRecurrencePattern(args[0]),
        ),
      };
      Object.defineProperty(obj, "seriesId", { get: () => appt.seriesId, enumerable: true });
    }
    const recipients = (field: "requiredAttendees" | "optionalAttendees") => {
      const toAddresses = (value: unknown): FixtureAddress[] | null => {
        if (!Array.isArray(value)) return null;
        return normalizeRecipients(value, "recipients").map((r) => ({ ...r, appointmentResponse: "none" as const }));
      };
      const validate = (args: unknown[]) => {
        if (!Array.isArray(args[0])) throw argumentError("recipients", "An array of recipients is expected.");
      };
      const write = (mode: "set" | "add") => (args: unknown[]): Outcome => {
        const list = args[0] as unknown[];
        if (list.length > LIMITS.recipientsPerField) return { error: ERRORS.recipientsExceeded };
        const parsed = toAddresses(list) ?? [];
        appt[field] = mode === "set" ? parsed : [...appt[field], ...parsed];
        return ok();
      };
      return {
        getAsync: asyncMethod(`item.${field}.getAsync`, 0, () => ok(appt[field].map((a) => addressDetails(a, true)))),
        setAsync: asyncMethod(`item.${field}.setAsync`, 1, write("set"), validate),
        addAsync: asyncMethod(`item.${field}.addAsync`, 1, write("add"), validate),
      };
    };
    obj.requiredAttendees = recipients("requiredAttendees");
    obj.optionalAttendees = recipients("optionalAttendees");
    obj.body = buildBody("item.body", true);
    if (supports(3)) obj.saveAsync = asyncMethod("item.saveAsync", 0, () => ok(itemId));
    if (supports(8)) {
      obj.getItemIdAsync = asyncMethod("item.getItemIdAsync", 0, () => ok(itemId));
      obj.enhancedLocation = { getAsync: asyncMethod("item.enhancedLocation.getAsync", 0, () => ok(locationDetails(appt))) };
    }
    return obj;
  };

  // -- mailbox, context, Office ----------------------------------------------
  const mailboxApi: JsonObject = {
    item: item === null ? null : isRead ? buildReadItem(item) : buildComposeItem(item),
    userProfile: {
      displayName: fx.user.displayName,
      emailAddress: fx.user.emailAddress,
      timeZone: fx.user.timeZone,
      ...(supports(6) ? { accountType: "office365" } : {}),
    },
    diagnostics: {
      hostName: HOST_NAMES[fx.host.platform],
      hostVersion: "16.0.0.0",
      ...(fx.host.platform === "OfficeOnline" ? { OWAView: "ThreeColumns" } : {}),
    },
    convertToLocalClientTime: (...args: unknown[]) => {
      record("convertToLocalClientTime", args);
      const date = args[0];
      if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw argumentError("timeValue", "A Date is expected.");
      const offset = zoneOffsetMinutes(date.getTime(), zone);
      const local = new Date(date.getTime() + offset * 60_000);
      return {
        year: local.getUTCFullYear(),
        month: local.getUTCMonth(), // 0-based, as Outlook gives it
        date: local.getUTCDate(),
        hours: local.getUTCHours(),
        minutes: local.getUTCMinutes(),
        seconds: local.getUTCSeconds(),
        milliseconds: local.getUTCMilliseconds(),
        timezoneOffset: offset,
      };
    },
    convertToUtcClientTime: (...args: unknown[]) => {
      record("convertToUtcClientTime", args);
      const input = args[0];
      const fields = ["year", "month", "date", "hours", "minutes"] as const;
      if (!isObject(input) || fields.some((f) => typeof input[f] !== "number")) {
        throw argumentError("input", "A LocalClientTime object is expected.");
      }
      const num = (key: string) => (typeof input[key] === "number" ? (input[key] as number) : 0);
      const asUtc = new Date(Date.UTC(num("year"), num("month"), num("date"), num("hours"), num("minutes"), num("seconds"), num("milliseconds")));
      const wall: WallClock = {
        year: asUtc.getUTCFullYear(),
        month: asUtc.getUTCMonth() + 1,
        day: asUtc.getUTCDate(),
        hour: asUtc.getUTCHours(),
        minute: asUtc.getUTCMinutes(),
        second: asUtc.getUTCSeconds(),
        millisecond: asUtc.getUTCMilliseconds(),
      };
      const preferred = typeof input.timezoneOffset === "number" ? input.timezoneOffset : null;
      return new Date(wallClockToInstant(wall, zone, preferred));
    },
  };
  if (supports(3)) mailboxApi.convertToRestId = graph.convertToRestId;
  // displayNew* forms are documented for read mode only (undefined in compose).
  if (isRead) {
    if (supports(6)) mailboxApi.displayNewMessageForm = syncMethod("displayNewMessageForm", (args) => void openForm(newMessageForm(args[0])));
    mailboxApi.displayNewAppointmentForm = syncMethod("displayNewAppointmentForm", (args) => void openForm(newAppointmentForm(args[0])));
    if (supports(9)) {
      const displayAsync = (api: string, build: (parameters: unknown) => OpenedForm) =>
        asyncMethod<OpenedForm>(
          api,
          1,
          (_args, _options, form) => {
            openForm(form);
            return ok();
          },
          (args) => build(args[0]),
        );
      mailboxApi.displayNewMessageFormAsync = displayAsync("displayNewMessageFormAsync", newMessageForm);
      mailboxApi.displayNewAppointmentFormAsync = displayAsync("displayNewAppointmentFormAsync", newAppointmentForm);
    }
  }

  const roamingSettings = {
    get: (...args: unknown[]) => {
      record("roamingSettings.get", args);
      const value = settings[String(args[0])];
      return cloneJson(value);
    },
    set: (...args: unknown[]) => {
      record("roamingSettings.set", args);
      if (typeof args[0] !== "string") throw argumentError("name", "A string is expected.");
      // Office stores the value's JSON form.
      settings = { ...settings, [args[0]]: cloneJson(args[1]) };
    },
    remove: (...args: unknown[]) => {
      record("roamingSettings.remove", args);
      const rest = { ...settings };
      delete rest[String(args[0])];
      settings = rest;
    },
    saveAsync: asyncMethod("roamingSettings.saveAsync", 0, () => {
      const size = utf8Length(JSON.stringify(settings));
      if (size > LIMITS.settingsBytes) return { error: ERRORS.settingsTooLarge };
      changed({ savedSettings: cloneJson(settings) });
      return ok();
    }),
  };

  const platform = fx.host.platform;
  const context: JsonObject = {
    platform,
    displayLanguage: fx.host.displayLanguage,
    contentLanguage: fx.host.displayLanguage,
    diagnostics: { host: "Outlook", platform, version: "16.0.0.0" },
    requirements: {
      isSetSupported: (...args: unknown[]) => {
        record("requirements.isSetSupported", args);
        if (typeof args[0] === "string" && args[0].toLowerCase() === "nestedappauth") return graph.supportsNestedAppAuth(args[1]);
        if (typeof args[0] !== "string" || args[0].toLowerCase() !== "mailbox") return false;
        if (args[1] === undefined || args[1] === null) return true;
        const wanted = parseVersion(args[1]);
        if (!wanted) return false;
        return wanted[0] < 1 || (wanted[0] === 1 && wanted[1] <= minor);
      },
    },
    roamingSettings,
    mailbox: mailboxApi,
  };
  if (supports(14)) context.officeTheme = { ...THEMES[fx.host.theme] };

  const info = { host: "Outlook", platform };
  const office = {
    onReady(callback?: (info: { host: string; platform: string }) => unknown) {
      return new Promise<{ host: string; platform: string }>((resolve) => {
        setTimeout(() => {
          callback?.({ ...info });
          resolve({ ...info });
        }, 0);
      });
    },
    context,
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Text: "text", Html: "html", Matrix: "matrix", Table: "table", Ooxml: "ooxml", SlideRange: "slideRange", Image: "image", XmlSvg: "xmlSvg" },
    HostType: { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
    EventType: { ItemChanged: "olkItemSelectedChanged", OfficeThemeChanged: "officeThemeChanged" },
    MailboxEnums: {
      ItemType: { Message: "message", Appointment: "appointment" },
      ResponseType: { None: "none", Organizer: "organizer", Tentative: "tentative", Accepted: "accepted", Declined: "declined" },
      RecipientType: { DistributionList: "distributionList", User: "user", ExternalUser: "externalUser", Other: "other" },
      RecurrenceType: { Daily: "daily", Weekday: "weekday", Weekly: "weekly", Monthly: "monthly", Yearly: "yearly" },
      BodyType: { Html: "html", Text: "text" },
      RestVersion: { v1_0: "v1.0", v2_0: "v2.0", Beta: "beta" },
    },
  };

  // -- the window -------------------------------------------------------------
  const stash = win as unknown as Record<symbol, WindowOriginals | undefined>;
  if (!stash[ORIGINALS]) {
    stash[ORIGINALS] = {
      hadOffice: "Office" in hostWin,
      office: hostWin.Office,
      alert: win.alert,
      confirm: win.confirm,
      prompt: win.prompt,
      pushState: Object.getOwnPropertyDescriptor(win.history, "pushState"),
      replaceState: Object.getOwnPropertyDescriptor(win.history, "replaceState"),
    };
  }
  hostWin.Office = office;
  // Office.js does this (hash or memory routers keep working); the add-in must cope.
  const history = win.history as unknown as Record<string, unknown>;
  history.pushState = null;
  history.replaceState = null;
  // Modal dialogs are not allowed in add-ins: record them instead of blocking.
  win.alert = (...args: unknown[]) => record("window.alert", args);
  win.confirm = (...args: unknown[]) => {
    record("window.confirm", args);
    return false;
  };
  win.prompt = (...args: unknown[]) => {
    record("window.prompt", args);
    return null;
  };
  hostWin.__simulatedMailbox = mailbox;
  return mailbox;
}

function restoreWindow(win: HostWindow): void {
  const stash = win as unknown as Record<symbol, WindowOriginals | undefined>;
  const originals = stash[ORIGINALS];
  if (!originals) return;
  if (originals.hadOffice) win.Office = originals.office;
  else delete win.Office;
  win.alert = originals.alert as typeof win.alert;
  win.confirm = originals.confirm as typeof win.confirm;
  win.prompt = originals.prompt as typeof win.prompt;
  const history = win.history as unknown as Record<string, unknown>;
  for (const key of ["pushState", "replaceState"] as const) {
    const descriptor = originals[key];
    if (descriptor) Object.defineProperty(history, key, descriptor);
    else delete history[key];
  }
  delete stash[ORIGINALS];
}
