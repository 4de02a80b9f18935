// One Graph session per opened pane: whether Graph can be used here (NAA in this
// Outlook, a client id in this build, an id for the open event, consent not
// refused), and sending a confirmed request. The pane asks nothing of Graph or
// MSAL until the user confirms the first request.

import { readGraphTarget } from "../officeAdapter";
import { GraphError, createGraphClient, type GraphClient, type TokenSource } from "./graphClient";
import { createNaaTokenSource } from "./naaTokens";
import type { GraphRequest } from "./requests";

export type GraphUnavailableReason = "no-naa" | "no-client-id" | "no-event-id" | "consent-denied";

export type GraphAvailability = { ok: true; eventId: string } | { ok: false; reason: GraphUnavailableReason };

export interface GraphSession {
  /** Read once; answers the same afterwards, except that a refused consent turns it off. */
  availability(): Promise<GraphAvailability>;
  /** Sends one confirmed request; rejects with a GraphError. */
  send(request: GraphRequest): Promise<void>;
  /** The latest answer of availability(), null until it is known. */
  current(): GraphAvailability | null;
  subscribe(listener: () => void): () => void;
}

export interface GraphSessionDeps {
  clientId: string;
  readTarget?: () => Promise<{ nestedAppAuth: boolean; eventId: string | null }>;
  tokens?: TokenSource;
  client?: GraphClient;
}

export function createGraphSession(deps: GraphSessionDeps): GraphSession {
  const clientId = deps.clientId.trim();
  const listeners = new Set<() => void>();
  let known: GraphAvailability | null = null;
  let pending: Promise<GraphAvailability> | null = null;
  let client: GraphClient | null = deps.client ?? null;

  const publish = (next: GraphAvailability) => {
    known = next;
    for (const listener of [...listeners]) listener();
    return next;
  };

  const availability = () => {
    pending ??= (async (): Promise<GraphAvailability> => {
      let target: { nestedAppAuth: boolean; eventId: string | null };
      try {
        target = await (deps.readTarget ?? readGraphTarget)();
      } catch {
        target = { nestedAppAuth: false, eventId: null };
      }
      if (!target.nestedAppAuth) return publish({ ok: false, reason: "no-naa" });
      if (!clientId) return publish({ ok: false, reason: "no-client-id" });
      if (!target.eventId) return publish({ ok: false, reason: "no-event-id" });
      return publish({ ok: true, eventId: target.eventId });
    })();
    return pending;
  };

  return {
    availability: () => (known && !known.ok && known.reason === "consent-denied" ? Promise.resolve(known) : availability()),
    current: () => known,
    async send(request) {
      const state = await availability();
      if (!state.ok) throw new GraphError(state.reason === "consent-denied" ? "consent-denied" : "other", null, null, `Microsoft Graph is not available here (${state.reason}).`);
      client ??= createGraphClient({ getToken: deps.tokens ?? createNaaTokenSource(clientId) });
      try {
        await client.send(request);
      } catch (error) {
        if (error instanceof GraphError && error.kind === "consent-denied") {
          pending = Promise.resolve(publish({ ok: false, reason: "consent-denied" }));
        }
        throw error;
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

// The pane opens afresh for every event; the preview swaps in a new Office host
// for every fixture. One session per Office object (an opaque key here) and client id.
const sessions = new WeakMap<object, Map<string, GraphSession>>();
const NO_OFFICE = {};

export function graphSessionFor(clientId: string): GraphSession {
  const office = (globalThis as { Office?: unknown }).Office;
  const key = typeof office === "object" && office !== null ? office : NO_OFFICE;
  let byClient = sessions.get(key);
  if (!byClient) sessions.set(key, (byClient = new Map()));
  let session = byClient.get(clientId);
  if (!session) byClient.set(clientId, (session = createGraphSession({ clientId })));
  return session;
}
