// Which Graph session the pane uses: by default the build's client id on the
// Office host the pane runs in; the preview and the component tests hand in their own.
import { createContext, useContext, useEffect, useMemo, useSyncExternalStore } from "react";
import { BUILD_CLIENT_ID } from "../office/graph/config";
import { graphSessionFor, type GraphAvailability, type GraphSession } from "../office/graph/session";
import { graphHandles } from "../office/graph/plan";
import type { OutcomeId, Role } from "../core/types";
import type { MailboxSnapshot } from "../office/mailboxAdapter";
import { sentLogFor, type SentLog, type SentRecord } from "./graphSentLog";

export interface GraphConfig {
  clientId: string;
  /** A ready session (tests); otherwise one is made for the client id. */
  session?: GraphSession;
}

const GraphConfigContext = createContext<GraphConfig>({ clientId: BUILD_CLIENT_ID });

export const GraphConfigProvider = GraphConfigContext.Provider;

export function useGraphSession(): GraphSession {
  const config = useContext(GraphConfigContext);
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

/** Whether the Graph steps will carry out this way out here (so "add-ins can't do that" no longer holds). */
export function useGraphOffered(outcome: OutcomeId, role: Role, snapshot: MailboxSnapshot): boolean {
  const availability = useGraphAvailability(useGraphSession());
  const item = snapshot.item?.itemType === "appointment" ? snapshot.item : null;
  const seriesItself = Boolean(item?.recurrence?.recurrenceType) && !item?.seriesId;
  return Boolean(availability?.ok) && item !== null && !seriesItself && graphHandles(outcome, role);
}
