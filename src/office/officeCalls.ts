// Calling Office.js: its callback API turned into promises that either resolve
// with the AsyncResult's value or reject with an OfficeCallError. Office fails in
// four ways, and each becomes one kind: a callback with status "failed", a
// synchronous throw (display* limits, bad arguments), a member that is not there,
// and a callback that never comes (a lost call: the time limit). At most three
// async calls are in flight (Outlook on the web and new Outlook fail a fourth).

import { OfficeCallError, type OfficeErrorKind } from "./mailboxAdapter";

/** How long an Office.js call may take before Offramp stops waiting (Outlook sometimes loses a callback). */
export const DEFAULT_CALL_TIMEOUT_MS = 15_000;

/** Outlook on the web / new Outlook refuse a fourth simultaneous async call. */
const MAX_CALLS_IN_FLIGHT = 3;

// Office's objects are read defensively: a member may be missing on this host,
// mode or requirement set, so nothing here trusts the @types shapes.
export type Loose = Record<string, unknown>;
type AsyncCallback = (result: Office.AsyncResult<unknown>) => void;

export function isObject(value: unknown): value is Loose {
  return typeof value === "object" && value !== null;
}

export function member(target: unknown, key: string): unknown {
  return isObject(target) ? target[key] : undefined;
}

/** Office.context.requirements.isSetSupported(name, version), false wherever Office cannot answer. */
export function requirementSupported(context: unknown, name: string, version: string): boolean {
  const requirements = member(context, "requirements");
  if (!hasMethod(requirements, "isSetSupported")) return false;
  try {
    return (requirements as { isSetSupported(n: string, v: string): unknown }).isSetSupported(name, version) === true;
  } catch {
    return false;
  }
}

export function hasMethod(target: unknown, key: string): boolean {
  return typeof member(target, key) === "function";
}

// ---------------------------------------------------------------------------
// The one converter from whatever Office gave into an OfficeCallError

/**
 * Turns an Office error (an AsyncResult's `error`, a thrown Error, anything) into
 * an OfficeCallError of the given kind, keeping Office's code and name.
 */
export function toOfficeCallError(api: string, kind: OfficeErrorKind, raw: unknown): OfficeCallError {
  if (raw instanceof OfficeCallError) return raw;
  const code = member(raw, "code");
  const name = member(raw, "name");
  const message = member(raw, "message");
  const fallback = kind === "thrown" && raw !== undefined ? `${api} failed: ${String(raw)}` : `${api} failed.`;
  return new OfficeCallError(
    api,
    kind,
    typeof code === "number" ? code : null,
    typeof name === "string" ? name : null,
    typeof message === "string" && message ? message : fallback,
  );
}

export function unsupported(api: string): OfficeCallError {
  return new OfficeCallError(api, "unsupported", null, null, `${api} is not available in this version or mode of Outlook.`);
}

function timedOut(api: string, ms: number): OfficeCallError {
  return new OfficeCallError(api, "timeout", null, null, `Outlook did not answer ${api} within ${Math.round(ms / 100) / 10} s.`);
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

export interface OfficeCaller {
  /** `target[method](...args, callback)` through the limiter, within the time limit. */
  callAsync<T>(api: string, target: unknown, method: string, args?: unknown[]): Promise<T>;
  /** A synchronous Office call (display* forms): a throw becomes kind "thrown". */
  callSync(api: string, target: unknown, method: string, args: unknown[]): unknown;
  readonly timeoutMs: number;
}

export function createCaller(officeObj: Loose, timeoutMs: number): OfficeCaller {
  const limiter = limiterFor(officeObj);
  const succeeded = member(member(officeObj, "AsyncResultStatus"), "Succeeded") ?? "succeeded";

  function callAsync<T>(api: string, target: unknown, method: string, args: unknown[] = []): Promise<T> {
    const fn = member(target, method);
    if (typeof fn !== "function") return Promise.reject(unsupported(api));
    let answeredLate: () => void = () => undefined;
    const answered = new Promise<void>((done) => (answeredLate = done));
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      // A lost callback must not leave the pane waiting forever; the limit counts from the
      // call, so a call queued behind lost ones is given up too (and never started).
      const timer = setTimeout(() => {
        if (settled) return;
        settled = true;
        const error = timedOut(api, timeoutMs);
        error.answered = answered;
        reject(error);
      }, timeoutMs);
      const settle = (done: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        done();
      };
      // The slot is Outlook's: a call the pane gave up on is still running there (Outlook on
      // the web counts it against its three), so it is released only when Outlook answers.
      void limiter.run(
        () =>
          new Promise<void>((release) => {
            if (settled) return release();
            const callback: AsyncCallback = (result) => {
              release();
              answeredLate();
              settle(() => {
                if (isObject(result) && result.status === succeeded) resolve(result.value as T);
                else reject(toOfficeCallError(api, "failed", member(result, "error")));
              });
            };
            try {
              (fn as (...a: unknown[]) => unknown).apply(target, [...args, callback]);
            } catch (thrown) {
              release();
              settle(() => reject(toOfficeCallError(api, "thrown", thrown)));
            }
          }),
      );
    });
  }

  function callSync(api: string, target: unknown, method: string, args: unknown[]): unknown {
    const fn = member(target, method);
    if (typeof fn !== "function") throw unsupported(api);
    try {
      return (fn as (...a: unknown[]) => unknown).apply(target, args);
    } catch (thrown) {
      throw toOfficeCallError(api, "thrown", thrown);
    }
  }

  return { callAsync, callSync, timeoutMs };
}

/** For reads that may fail without spoiling the snapshot. */
export async function optional<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch {
    return null;
  }
}
