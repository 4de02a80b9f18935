// The only code that sends requests to Microsoft Graph. Plain fetch with the
// user's token; 429 and 503 are retried after Graph's Retry-After (a few times,
// never waiting longer than MAX_RETRY_WAIT_MS); each attempt has a time limit;
// every failure becomes a GraphError whose kind the pane turns into a sentence.

import type { GraphRequest, GraphScope } from "./requests";

export const GRAPH_BASE_URL = "https://graph.microsoft.com/v1.0";

export type GraphErrorKind =
  | "consent-denied" // the user (or their administrator) did not grant the permission
  | "no-permission" // Graph answered 401/403
  | "not-found" // the event is gone: cancelled or deleted meanwhile
  | "not-organizer" // cancel refused: only the organizer may cancel
  | "proposals-refused" // the organizer does not take new-time proposals
  | "too-many-recipients"
  | "offline" // no network before anything was sent
  | "connection-lost" // the request left, the answer never came: it may have gone through
  | "timeout"
  | "busy" // still throttled (429) or unavailable (503) after the retries
  | "other";

export class GraphError extends Error {
  constructor(
    readonly kind: GraphErrorKind,
    readonly status: number | null,
    readonly code: string | null,
    message: string,
  ) {
    super(message);
    this.name = "GraphError";
  }
}

/** Hands out an access token for the scopes; throws a GraphError (consent-denied, offline, other). */
export type TokenSource = (scopes: GraphScope[]) => Promise<string>;

export interface GraphClientOptions {
  getToken: TokenSource;
  fetch?: typeof fetch;
  /** Time limit of one attempt. */
  attemptTimeoutMs?: number;
  /** Time limit for the token, consent prompt included (the user may be reading it). */
  tokenTimeoutMs?: number;
  /** Retries after 429/503. */
  maxRetries?: number;
  /** A Retry-After longer than this is not waited for: the user hears that Microsoft 365 is busy. */
  maxRetryWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  baseUrl?: string;
  /** Whether the browser knows it is offline (navigator.onLine): then nothing is sent at all. */
  isOnline?: () => boolean;
}

export const ATTEMPT_TIMEOUT_MS = 20_000;
export const TOKEN_TIMEOUT_MS = 180_000;
export const MAX_RETRIES = 3;
export const MAX_RETRY_WAIT_MS = 30_000;

export interface GraphClient {
  send(request: GraphRequest): Promise<void>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Retry-After in seconds or as an HTTP date; absent or unreadable: back off 1, 2, 4 s. */
export function retryDelayMs(header: string | null, attempt: number, now = Date.now()): number {
  if (header !== null && header.trim() !== "") {
    const seconds = Number(header);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
    const date = Date.parse(header);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  return 1000 * 2 ** attempt;
}

async function errorBody(response: Response): Promise<{ code: string | null; message: string | null }> {
  try {
    const json = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
    return {
      code: typeof json.error?.code === "string" ? json.error.code : null,
      message: typeof json.error?.message === "string" ? json.error.message : null,
    };
  } catch {
    return { code: null, message: null };
  }
}

/**
 * Graph's status and error code, read in the light of what was asked. A 400 names a cause
 * only when Graph's own words say it: ErrorInvalidRequest is also a malformed request or a
 * comment too long, and the pane then quotes Graph rather than guess.
 */
export function classify(request: GraphRequest, status: number, code: string | null, message: string | null = null): GraphErrorKind {
  if (status === 401 || status === 403) return "no-permission";
  if (status === 404 || code === "ErrorItemNotFound") return "not-found";
  if (status === 429 || status === 503) return "busy";
  if (status === 400) {
    const words = message ?? "";
    if (request.action === "cancel" && /organi[sz]er/i.test(words)) return "not-organizer";
    const said = `${code ?? ""} ${words}`;
    const proposalsNotAllowed = /propos/i.test(said) && /not ?allowed|n['’]t allow|not allow/i.test(said);
    if ((request.action === "tentativelyAccept" || request.action === "decline") && request.body.proposedNewTime && proposalsNotAllowed) return "proposals-refused";
    if (request.action === "sendMail" && code === "ErrorInvalidRecipients") return "too-many-recipients";
  }
  return "other";
}

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const attemptTimeout = options.attemptTimeoutMs ?? ATTEMPT_TIMEOUT_MS;
  const maxRetries = options.maxRetries ?? MAX_RETRIES;
  const maxWait = options.maxRetryWaitMs ?? MAX_RETRY_WAIT_MS;
  const sleep = options.sleep ?? wait;
  const base = options.baseUrl ?? GRAPH_BASE_URL;
  const tokenTimeout = options.tokenTimeoutMs ?? TOKEN_TIMEOUT_MS;
  const isOnline = options.isOnline ?? (() => globalThis.navigator?.onLine !== false);

  /** Outlook's sign-in may never answer (a lost bridge message): the pane must not wait forever. */
  function token(request: GraphRequest): Promise<string> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new GraphError("timeout", null, null, "Outlook did not hand over a Microsoft 365 sign-in in time.")), tokenTimeout);
    });
    return Promise.race([options.getToken([request.scope]), limit]).finally(() => clearTimeout(timer));
  }

  async function attempt(request: GraphRequest, token: string): Promise<Response> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, attemptTimeout);
    try {
      return await doFetch(`${base}${request.path}`, {
        method: request.method,
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: JSON.stringify(request.body),
        signal: controller.signal,
      });
    } catch (error) {
      if (timedOut) throw new GraphError("timeout", null, null, `Microsoft Graph did not answer within ${attemptTimeout / 1000} s.`);
      const detail = error instanceof Error ? error.message : String(error);
      // fetch rejects when no answer came, which does not tell whether the request reached
      // Graph: only a browser that knows it is offline tells that nothing went.
      if (!isOnline()) throw new GraphError("offline", null, null, `Microsoft Graph could not be reached: ${detail}`);
      throw new GraphError("connection-lost", null, null, `The connection to Microsoft Graph broke off: ${detail}`);
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    async send(request) {
      const accessToken = await token(request);
      if (!isOnline()) throw new GraphError("offline", null, null, "The browser is offline: nothing was sent to Microsoft Graph.");
      for (let retry = 0; ; retry += 1) {
        const response = await attempt(request, accessToken);
        if (response.ok) return;
        const { code, message } = await errorBody(response);
        if ((response.status === 429 || response.status === 503) && retry < maxRetries) {
          const delay = retryDelayMs(response.headers.get("Retry-After"), retry);
          if (delay <= maxWait) {
            await sleep(delay);
            continue;
          }
        }
        throw new GraphError(classify(request, response.status, code, message), response.status, code, message ?? `Microsoft Graph answered ${response.status}.`);
      }
    },
  };
}
