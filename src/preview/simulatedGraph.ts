// The `graph` part of a fixture: Microsoft Graph as the add-in reaches it
// through nested app authentication (NAA), simulated in the page.
//
// - NAA: `isSetSupported("NestedAppAuth", "1.1")` answers `graph.available`, and the
//   host's bridge (`window.nestedAppAuthBridge`, which Office.js provides in Outlook)
//   answers MSAL.js's own requests, so the real token code runs. Consent: "granted"
//   (every token), "prompt" (the silent request says consent is needed, the
//   interactive one asks and the user agrees, scope by scope), "denied" (both fail).
// - Graph: `fetch` to https://graph.microsoft.com/v1.0 is answered here with Graph's
//   status codes and error bodies, Graph's rules enforced (a token with the right
//   scope; proposedNewTime only where proposals are allowed and with sendResponse;
//   cancel only for the organizer; at most 500 recipients; a cancelled event is gone)
//   and the fixture's `graph.failures` ({id} matches any event id).
// - The call log gets `{api: "naa.acquireToken", args: [scopes]}` for each token
//   request that reaches the host and `{api: "graph", args: [method, path, body]}`
//   for each Graph request, in order with the Office.js calls.
//
// Choices Graph's documentation leaves open, made here once:
// - a proposal where the organizer allows none, or without sendResponse: 400 ErrorInvalidRequest;
// - more than 500 recipients: 400 ErrorInvalidRecipients;
// - answering a meeting one organizes: 400 ErrorInvalidRequest;
// - 429 and 503 from `failures` carry "Retry-After: 1"; a failure may say `"retryAfter": seconds`.
// - The scopes logged leave out openid, profile and offline_access, which MSAL adds to every request.

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);

export class GraphFixtureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FixtureError";
  }
}

export interface GraphFailure {
  method: string;
  path: string;
  status: number;
  code: string;
  message: string;
  retryAfter: number | null;
}

export interface GraphFixture {
  available: boolean;
  consent: "granted" | "prompt" | "denied";
  failures: GraphFailure[];
}

/** One request Graph received, and what it answered. */
export interface GraphExchange {
  method: string;
  path: string;
  body: unknown;
  status: number;
  error: { code: string; message: string } | null;
}

export interface SimulatedGraph {
  readonly fixture: GraphFixture;
  /** Every request Graph received, in order. */
  readonly exchanges: GraphExchange[];
  /** Office.context.requirements.isSetSupported("NestedAppAuth", version). */
  supportsNestedAppAuth(version: unknown): boolean;
  /** Office.context.mailbox.convertToRestId (Mailbox 1.3), recorded like every Office.js call. */
  convertToRestId(...args: unknown[]): string;
  uninstall(): void;
}

export interface SimulatedGraphHooks {
  win: Window & typeof globalThis;
  record(api: string, args: unknown[]): void;
  /** Called after Graph changed (a new exchange), so the preview re-renders. */
  changed(): void;
  latencyMs: number;
}

const OIDC_SCOPES = new Set(["openid", "profile", "offline_access"]);
const GRAPH_ORIGIN = "https://graph.microsoft.com";
const KNOWN_SCOPES = ["Calendars.ReadWrite", "Mail.Send"];
const MAX_RECIPIENTS = 500;

/** The fixture's `item.itemId`, when it gives one. */
export function fixtureItemId(fixture: unknown): string | null {
  const item = isObject(fixture) ? fixture.item : null;
  return isObject(item) && typeof item.itemId === "string" && item.itemId ? item.itemId : null;
}

export function parseGraphFixture(value: unknown): GraphFixture {
  if (value === undefined || value === null) return { available: false, consent: "granted", failures: [] };
  if (!isObject(value)) throw new GraphFixtureError("fixture.graph must be an object");
  if (value.available !== undefined && typeof value.available !== "boolean") throw new GraphFixtureError("fixture.graph.available must be true or false");
  const consent = value.consent ?? "granted";
  if (consent !== "granted" && consent !== "prompt" && consent !== "denied") throw new GraphFixtureError('fixture.graph.consent must be "granted", "prompt" or "denied"');
  const rawFailures = value.failures ?? [];
  if (!Array.isArray(rawFailures)) throw new GraphFixtureError("fixture.graph.failures must be an array");
  const failures = rawFailures.map((f, i): GraphFailure => {
    const at = `fixture.graph.failures[${i}]`;
    if (!isObject(f)) throw new GraphFixtureError(`${at} must be an object`);
    if (typeof f.path !== "string" || !f.path.startsWith("/me/")) throw new GraphFixtureError(`${at}.path must be a Graph path from /me/, e.g. "/me/events/{id}/decline"`);
    if (typeof f.status !== "number" || !Number.isInteger(f.status) || f.status < 400 || f.status > 599) throw new GraphFixtureError(`${at}.status must be an HTTP error status (400-599)`);
    return {
      method: typeof f.method === "string" ? f.method.toUpperCase() : "POST",
      path: f.path,
      status: f.status,
      code: typeof f.code === "string" ? f.code : f.status === 429 ? "TooManyRequests" : f.status >= 500 ? "ServiceUnavailable" : "ErrorInvalidRequest",
      message: typeof f.message === "string" ? f.message : `The simulated Graph failed this request (${f.status}).`,
      retryAfter: typeof f.retryAfter === "number" && f.retryAfter >= 0 ? f.retryAfter : f.status === 429 || f.status === 503 ? 1 : null,
    };
  });
  return { available: value.available !== false, consent, failures };
}

/** What Office's convertToRestId does to an EWS id: URL-safe base64. */
export function toRestId(ewsId: string): string {
  return ewsId.replace(/\//g, "-").replace(/\+/g, "_");
}

function pathMatches(pattern: string, path: string): boolean {
  const escaped = pattern.split("{id}").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${escaped.join("[^/]+")}$`, "i").test(path);
}

function base64url(value: unknown): string {
  return btoa(unescape(encodeURIComponent(JSON.stringify(value)))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

const GRAPH_KEY = Symbol.for("offramp.simulatedGraph");

/** The simulated Graph installed on this window, if any (the preview shows what it received). */
export function simulatedGraphOf(win: Window): SimulatedGraph | undefined {
  return (win as unknown as Record<symbol, SimulatedGraph | undefined>)[GRAPH_KEY];
}

export function installSimulatedGraph(rawFixture: unknown, hooks: SimulatedGraphHooks, ewsItemId: string): SimulatedGraph {
  const fx = parseGraphFixture(isObject(rawFixture) ? rawFixture.graph : undefined);
  const { win, record, latencyMs } = hooks;
  const raw = isObject(rawFixture) ? rawFixture : {};
  const item = isObject(raw.item) ? raw.item : {};
  const user = isObject(raw.user) ? raw.user : {};
  const userEmail = typeof user.emailAddress === "string" ? user.emailAddress.toLowerCase() : "";
  const organizerEmail = isObject(item.organizer) && typeof item.organizer.emailAddress === "string" ? item.organizer.emailAddress.toLowerCase() : "";
  const isOrganizer = raw.mode === "compose" || (organizerEmail !== "" && organizerEmail === userEmail);
  const allowsProposals = item.allowNewTimeProposals !== false;
  const isEvent = item.itemType === undefined || item.itemType === "appointment";
  const eventIds = new Set<string>(isEvent ? [toRestId(ewsItemId)] : []);
  if (isEvent && typeof item.seriesId === "string" && item.seriesId) eventIds.add(toRestId(item.seriesId));
  const cancelled = new Set<string>();
  const exchanges: GraphExchange[] = [];

  // -- tokens -----------------------------------------------------------------
  const tenantId = "00000000-0000-4000-8000-0000000000aa";
  const oid = "00000000-0000-4000-8000-0000000000bb";
  const account = {
    homeAccountId: `${oid}.${tenantId}`,
    environment: "login.microsoftonline.com",
    tenantId,
    localAccountId: oid,
    username: userEmail,
    name: typeof user.displayName === "string" ? user.displayName : "",
  };
  const consented = new Set<string>(fx.consent === "granted" ? KNOWN_SCOPES : []);
  const issued = new Map<string, Set<string>>();
  let tokenCount = 0;

  const bridgeListeners = new Set<(event: { data: string }) => void>();
  const respond = (message: JsonObject) => {
    setTimeout(() => {
      const data = JSON.stringify({ messageType: "NestedAppAuthResponse", ...message });
      for (const listener of [...bridgeListeners]) listener({ data });
    }, latencyMs);
  };
  const tokenFor = (scopes: string[], clientId: string) => {
    tokenCount += 1;
    const accessToken = `simulated-access-token-${tokenCount}`;
    issued.set(accessToken, new Set(scopes));
    const now = Math.floor(Date.now() / 1000);
    const idToken = `${base64url({ alg: "none", typ: "JWT" })}.${base64url({
      aud: clientId,
      iss: `https://login.microsoftonline.com/${tenantId}/v2.0`,
      iat: now,
      nbf: now,
      exp: now + 3600,
      oid,
      sub: oid,
      tid: tenantId,
      name: account.name,
      preferred_username: account.username,
    })}.`;
    return { access_token: accessToken, id_token: idToken, expires_in: 3600, token_type: "Bearer", scope: [...scopes, "openid", "profile"].join(" ") };
  };

  const bridge = {
    addEventListener(type: string, listener: (event: { data: string }) => void) {
      if (type === "message") bridgeListeners.add(listener);
    },
    removeEventListener(type: string, listener: (event: { data: string }) => void) {
      bridgeListeners.delete(listener);
    },
    postMessage(message: string) {
      let request: JsonObject;
      try {
        request = JSON.parse(message) as JsonObject;
      } catch {
        return;
      }
      const requestId = request.requestId;
      if (request.method === "GetInitContext") {
        respond({ requestId, success: true, initContext: { sdkName: "Outlook (simulated)", sdkVersion: "1.0", accountContext: { homeAccountId: account.homeAccountId, environment: account.environment, tenantId } } });
        return;
      }
      if (request.method !== "GetToken" && request.method !== "GetTokenPopup") {
        respond({ requestId, success: false, error: { status: "PERSISTENT_ERROR", code: "unsupported_method", description: `The host does not handle ${String(request.method)}.` } });
        return;
      }
      const params = isObject(request.tokenParams) ? request.tokenParams : {};
      const scopes = (typeof params.scope === "string" ? params.scope.split(" ") : []).filter((s) => s && !OIDC_SCOPES.has(s));
      record("naa.acquireToken", [scopes]);
      const clientId = typeof params.clientId === "string" ? params.clientId : "";
      const missing = scopes.filter((s) => !consented.has(s));
      if (missing.length === 0) {
        respond({ requestId, success: true, token: tokenFor(scopes, clientId), account });
      } else if (request.method === "GetToken") {
        respond({
          requestId,
          success: false,
          error: { status: "USER_INTERACTION_REQUIRED", code: "consent_required", description: `AADSTS65001: The user or administrator has not consented to use the application (${missing.join(", ")}).` },
        });
      } else if (fx.consent === "prompt") {
        // The consent prompt: the user agrees.
        for (const scope of missing) consented.add(scope);
        respond({ requestId, success: true, token: tokenFor(scopes, clientId), account });
      } else {
        respond({ requestId, success: false, error: { status: "PERSISTENT_ERROR", code: "consent_required", description: "AADSTS65004: User declined to consent to access the app." } });
      }
    },
  };

  // -- Graph ------------------------------------------------------------------
  const errorResponse = (status: number, code: string, message: string, headers: Record<string, string> = {}) => ({ status, error: { code, message }, headers });
  type Answer = { status: number; error: { code: string; message: string } | null; headers: Record<string, string> };
  const accepted: Answer = { status: 202, error: null, headers: {} };

  const checkRecipients = (list: unknown, name: string): number | string => {
    if (list === undefined) return 0;
    if (!Array.isArray(list)) return `${name} must be an array of recipients.`;
    for (const r of list) {
      const address = isObject(r) && isObject(r.emailAddress) ? r.emailAddress.address : undefined;
      if (typeof address !== "string" || !/^[^\s@]+@[^\s@]+$/.test(address)) return `${name} holds a recipient without a valid emailAddress.address.`;
    }
    return list.length;
  };
  const checkTime = (slot: unknown): boolean => {
    const ok = (t: unknown) => isObject(t) && typeof t.dateTime === "string" && !Number.isNaN(Date.parse(t.dateTime)) && typeof t.timeZone === "string" && t.timeZone !== "";
    return isObject(slot) && ok(slot.start) && ok(slot.end) && Date.parse(String((slot.end as JsonObject).dateTime)) > Date.parse(String((slot.start as JsonObject).dateTime));
  };

  const answer = (method: string, path: string, body: unknown, token: string | null): Answer => {
    const scopes = token ? issued.get(token) : undefined;
    if (!scopes) return errorResponse(401, "InvalidAuthenticationToken", "Access token is empty or invalid.");
    const failure = fx.failures.find((f) => f.method === method && pathMatches(f.path, path));
    if (failure) return errorResponse(failure.status, failure.code, failure.message, failure.retryAfter !== null ? { "Retry-After": String(failure.retryAfter) } : {});
    if (method !== "POST") return errorResponse(405, "ErrorInvalidRequest", `The simulated Graph answers POST only, not ${method}.`);
    if (!isObject(body)) return errorResponse(400, "ErrorInvalidRequest", "The request body must be a JSON object.");

    if (/^\/me\/sendMail$/i.test(path)) {
      if (!scopes.has("Mail.Send")) return errorResponse(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");
      const message = body.message;
      if (!isObject(message)) return errorResponse(400, "ErrorInvalidRequest", "The message parameter is required.");
      const counts = [checkRecipients(message.toRecipients, "toRecipients"), checkRecipients(message.ccRecipients, "ccRecipients"), checkRecipients(message.bccRecipients, "bccRecipients")];
      const bad = counts.find((c) => typeof c === "string");
      if (bad !== undefined) return errorResponse(400, "ErrorInvalidRecipients", String(bad));
      const total = (counts as number[]).reduce((a, b) => a + b, 0);
      if (total === 0) return errorResponse(400, "ErrorInvalidRecipients", "At least one recipient is required.");
      if (total > MAX_RECIPIENTS) return errorResponse(400, "ErrorInvalidRecipients", `The message has ${total} recipients; at most ${MAX_RECIPIENTS} are allowed.`);
      const content = isObject(message.body) ? message.body : null;
      if (content && !/^(html|text)$/i.test(String(content.contentType ?? "text"))) return errorResponse(400, "ErrorInvalidRequest", "body.contentType must be HTML or Text.");
      return accepted;
    }

    const match = /^\/me\/events\/([^/]+)\/(accept|tentativelyAccept|decline|cancel)$/i.exec(path);
    if (!match) return errorResponse(400, "BadRequest", `Resource not found for the segment '${path.split("/").pop() ?? ""}'.`);
    if (!scopes.has("Calendars.ReadWrite")) return errorResponse(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");
    const id = decodeURIComponent(match[1] ?? "");
    const action = (match[2] ?? "").toLowerCase();
    if (!eventIds.has(id) || cancelled.has(id)) return errorResponse(404, "ErrorItemNotFound", "The specified object was not found in the store.");
    if (action === "cancel") {
      if (!isOrganizer) return errorResponse(400, "ErrorInvalidRequest", "Your request can't be completed. You need to be an organizer to cancel a meeting.");
      if (body.comment !== undefined && typeof body.comment !== "string") return errorResponse(400, "ErrorInvalidRequest", "comment must be a string.");
      cancelled.add(id);
      return accepted;
    }
    if (isOrganizer) return errorResponse(400, "ErrorInvalidRequest", "Your request can't be completed. You can't respond to a meeting you organized.");
    if (body.proposedNewTime !== undefined) {
      if (action === "accept") return errorResponse(400, "ErrorInvalidRequest", "proposedNewTime is allowed with tentativelyAccept and decline only.");
      if (body.sendResponse !== true) return errorResponse(400, "ErrorInvalidRequest", "proposedNewTime requires sendResponse to be true.");
      if (!allowsProposals) return errorResponse(400, "ErrorInvalidRequest", "The organizer of this meeting doesn't allow new time proposals.");
      if (!checkTime(body.proposedNewTime)) return errorResponse(400, "ErrorPropertyValidationFailure", "proposedNewTime must be a timeSlot with a start before its end.");
    }
    return accepted;
  };

  const originalFetch = win.fetch;
  const simulatedFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith(`${GRAPH_ORIGIN}/`)) return originalFetch.call(win, input, init);
    const method = (init?.method ?? "GET").toUpperCase();
    const fullPath = new URL(url).pathname;
    const path = fullPath.replace(/^\/v1\.0/i, "");
    let body: unknown = null;
    if (typeof init?.body === "string") {
      try {
        body = JSON.parse(init.body);
      } catch {
        body = init.body;
      }
    }
    record("graph", [method, path, body]);
    const headers = new Headers(init?.headers);
    const token = /^Bearer (.+)$/.exec(headers.get("Authorization") ?? "")?.[1] ?? null;
    const result = answer(method, path, body, token);
    await new Promise((resolve) => setTimeout(resolve, latencyMs));
    if (init?.signal?.aborted) throw new DOMException("The operation was aborted.", "AbortError");
    exchanges.push({ method, path, body, status: result.status, error: result.error });
    hooks.changed();
    const responseHeaders = { ...result.headers, ...(result.error ? { "Content-Type": "application/json" } : {}) };
    return new Response(result.error ? JSON.stringify({ error: result.error }) : null, { status: result.status, headers: responseHeaders });
  };

  const anyWin = win as unknown as Record<string | symbol, unknown>;
  if (fx.available) anyWin.nestedAppAuthBridge = bridge;
  win.fetch = simulatedFetch as typeof fetch;

  const graph: SimulatedGraph = {
    fixture: fx,
    exchanges,
    supportsNestedAppAuth(version) {
      if (!fx.available) return false;
      if (version === undefined || version === null) return true;
      const [major, minor] = String(version).split(".").map(Number);
      return major === 1 && (minor ?? 0) <= 1;
    },
    convertToRestId(...args) {
      record("convertToRestId", args);
      const [id, version] = args;
      if (typeof id !== "string" || id === "") throw new Error("Sys.ArgumentException: itemId must be a non-empty string.");
      if (version !== "v1.0" && version !== "v2.0" && version !== "beta") throw new Error("Sys.ArgumentException: restVersion must be an Office.MailboxEnums.RestVersion value.");
      return toRestId(id);
    },
    uninstall() {
      if (anyWin.nestedAppAuthBridge === bridge) delete anyWin.nestedAppAuthBridge;
      if (win.fetch === simulatedFetch) win.fetch = originalFetch;
      if (anyWin[GRAPH_KEY] === graph) delete anyWin[GRAPH_KEY];
    },
  };
  anyWin[GRAPH_KEY] = graph;
  return graph;
}
