// Office's calling conventions, as the simulated host's members use them: an async
// method `(required..., [options], [callback])` that calls back with an AsyncResult
// (succeeded, failed, or never: a lost call), and a synchronous method that throws.
// The fixture's `failures` and Outlook on the web's three-calls-in-flight limit apply here.

import { ERRORS, failureAsThrown, type OfficeErrorShape } from "./errors";
import type { FixtureFailure, FixturePlatform } from "./types";
import { LIMITS, isMobile, isObject, type JsonObject } from "./util";

/** What a call completes with: its value, or Office's error. */
export type Outcome = { value: unknown } | { error: OfficeErrorShape };

export const ok = (value?: unknown): Outcome => ({ value });

type AsyncCallback = (result: unknown) => void;

export interface CallDeps {
  failures: readonly FixtureFailure[];
  platform: FixturePlatform;
  latencyMs: number;
  /** Calls answered late, by api: the first call's delay instead of latencyMs. */
  lateMs?: Readonly<Record<string, number>>;
  /** Logs the call, before anything else happens. */
  record(api: string, args: unknown[]): void;
  /** After a call succeeded: the item, forms or settings may have changed. */
  succeeded(): void;
  /** The number of async calls now in flight, after one started. */
  started(inFlight: number): void;
}

export interface OfficeMethods {
  /**
   * Builds an Office-style async method. `validate` throws synchronously for bad
   * arguments, as Office.js does (what it returns is handed to `run`); `run` executes
   * when the call completes and returns the value or Office's error.
   */
  asyncMethod<P = void>(
    api: string,
    requiredArgs: number,
    run: (args: unknown[], options: JsonObject, prepared: P) => Outcome,
    validate?: (args: unknown[], options: JsonObject) => P,
  ): (...raw: unknown[]) => void;
  /** A synchronous Office method (display* forms): a fixture failure throws. */
  syncMethod<R>(api: string, run: (args: unknown[]) => R): (...args: unknown[]) => R;
}

/**
 * The fixture's failure for `api`. A failure for a display form (`item.displayReplyForm`)
 * also fails its `...Async` twin, so one fixture line covers every host.
 */
export function failureFor(failures: readonly FixtureFailure[], api: string): FixtureFailure | undefined {
  return failures.find((f) => f.api === api) ?? (api.endsWith("FormAsync") ? failures.find((f) => f.api === api.slice(0, -"Async".length)) : undefined);
}

export function createOfficeMethods(deps: CallDeps): OfficeMethods {
  const { latencyMs } = deps;
  let inFlight = 0;
  const answeredLate = new Set<string>();
  const delayFor = (api: string) => {
    const late = deps.lateMs?.[api];
    if (late === undefined || answeredLate.has(api)) return latencyMs;
    answeredLate.add(api);
    return late;
  };

  const asyncMethod: OfficeMethods["asyncMethod"] =
    <P>(
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
      deps.record(api, opts ? [...args, opts] : args);
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

      const failure = failureFor(deps.failures, api);
      if ((deps.platform === "OfficeOnline" || isMobile(deps.platform)) && inFlight >= LIMITS.concurrentCalls) {
        setTimeout(() => deliver({ error: ERRORS.tooManyCalls }), latencyMs);
        return;
      }
      inFlight += 1;
      deps.started(inFlight);
      // A lost call: logged above, and its callback never comes. Outlook never finished it, so
      // it stays in flight for good and counts against the limit of three.
      if (failure?.hang) return;
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
        if (!("error" in outcome)) deps.succeeded();
        deliver(outcome);
      }, delayFor(api));
    };

  const syncMethod: OfficeMethods["syncMethod"] =
    <R>(api: string, run: (args: unknown[]) => R) =>
    (...args: unknown[]): R => {
      deps.record(api, args);
      const failure = failureFor(deps.failures, api);
      // A lost synchronous call: nothing opens, nothing is said.
      if (failure?.hang) return undefined as R;
      if (failure) throw failureAsThrown(failure);
      return run(args);
    };

  return { asyncMethod, syncMethod };
}
