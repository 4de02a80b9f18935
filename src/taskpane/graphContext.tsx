// Which Graph session the pane uses: by default the build's client id on the
// Office host the pane runs in; the preview and the component tests hand in their own (./graphConfig).
import { useEffect, useMemo, useSyncExternalStore } from "react";
import { graphSessionFor, type GraphAvailability, type GraphSession } from "../office/graph/session";
import type { OutcomeId, Role } from "../core/types";
import type { MailboxSnapshot } from "../office/mailboxAdapter";
import { sentLogFor, type SentLog, type SentRecord } from "./graphSentLog";
import { graphCouldOffer, useGraphConfig } from "./graphConfig";

export { GraphConfigProvider, type GraphConfig } from "./graphConfig";

export function useGraphSession(): GraphSession {
  const config = useGraphConfig();
  return useMemo(() => config.session ?? graphSessionFor(config.clientId), [config]);
}

/** Null until known; follows the session (a refused consent turns Graph off for this pane). */
export function useGraphAvailability(session: GraphSession): GraphAvailability | null {
  useEffect(() => {
    void session.availability();
  }, [session]);
  return useSyncExternalStore(session.subscribe, session.current);
}

/** What was sent through Graph for the open event, kept across outcomes (the draft panel is rebuilt for each). */
export function useGraphSentLog(session: GraphSession): { log: SentLog; records: readonly SentRecord[] } {
  const log = useMemo(() => sentLogFor(session), [session]);
  const records = useSyncExternalStore(log.subscribe, log.records);
  return { log, records };
}

/**
 * Whether the Graph steps will carry out this way out here (so "add-ins can't do that" no
 * longer holds), and whether the session has answered yet (until then, not offered).
 */
export function useGraphOffer(outcome: OutcomeId, role: Role, snapshot: MailboxSnapshot): { offered: boolean; known: boolean } {
  const availability = useGraphAvailability(useGraphSession());
  return { offered: Boolean(availability?.ok) && graphCouldOffer(outcome, role, snapshot), known: availability !== null };
}
