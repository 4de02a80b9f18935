// Shared by the adapter tests: the real adapter on the simulated Outlook host.
import { OfficeCallError, type MailboxAdapter } from "../../src/office/mailboxAdapter";
import { createOfficeAdapter } from "../../src/office/officeAdapter";
import { installSimulatedHost, type FixtureAppointment, type SimulatedHostOptions, type SimulatedMailbox } from "../../src/preview/simulatedHost";
import { loadFixture } from "../support/fixtures";

export type FixtureJson = Record<string, unknown>;

let current: SimulatedMailbox | undefined;

/** Installs the host for a fixture and builds the adapter on it (a short time limit for lost calls; the host's own options, such as calls answered late). */
export function install(json: FixtureJson, callTimeoutMs = 15_000, host: SimulatedHostOptions = {}): { sim: SimulatedMailbox; adapter: MailboxAdapter } {
  current = installSimulatedHost(json, window, host);
  return { sim: current, adapter: createOfficeAdapter(window.Office, { callTimeoutMs }) };
}

export function uninstall(): void {
  current?.uninstall();
  current = undefined;
}

/** A fixture with some fields replaced: host and item fields merged, failures replaced. */
export function variant(name: string, changes: { host?: FixtureJson; item?: FixtureJson; failures?: unknown[] } = {}): FixtureJson {
  const json = JSON.parse(JSON.stringify(loadFixture(name))) as FixtureJson;
  if (changes.host) json.host = { ...(json.host as object), ...changes.host };
  if (changes.item) json.item = { ...(json.item as object), ...changes.item };
  if (changes.failures) json.failures = changes.failures;
  return json;
}

export async function rejection(promise: Promise<unknown>): Promise<OfficeCallError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(OfficeCallError);
    return error as OfficeCallError;
  }
  throw new Error("expected the call to fail");
}

export const apisSince = (sim: SimulatedMailbox, from: number) => sim.calls.slice(from).map((c) => c.api).filter((api) => api.startsWith("item."));

export const appointment = (sim: SimulatedMailbox) => sim.item as FixtureAppointment;

/** The text of an HTML body, whitespace squeezed: what survives Outlook's rewriting. */
export function bodyText(sim: SimulatedMailbox): string {
  const body = appointment(sim).body;
  const text = body.type === "html" ? (new DOMParser().parseFromString(body.content, "text/html").body.textContent ?? "") : body.content;
  return text.replace(/\s+/g, " ").trim();
}

/** Calls an Office.js async method on the simulated host the way the user's own client would. */
export function officeCall(target: unknown, method: string, ...args: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    (target as Record<string, (...a: unknown[]) => void>)[method]!(...args, (result: { status: string; value: unknown; error: unknown }) =>
      result.status === "succeeded" ? resolve(result.value) : reject(result.error),
    );
  });
}
