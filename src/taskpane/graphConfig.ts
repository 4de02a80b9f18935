// Which Graph client the pane uses (by default the build's client id; the preview and the
// component tests hand in their own), and whether Graph could carry out a way out here at
// all. Apart from ./graphContext (sessions, sending) so the first screen can tell, before
// the draft panel arrives, that Graph's steps may join it.
import { createContext, useContext } from "react";
import { BUILD_CLIENT_ID } from "../office/graph/config";
import { graphHandles } from "../office/graph/handles";
import type { GraphSession } from "../office/graph/session";
import type { OutcomeId, Role } from "../core/types";
import type { MailboxSnapshot } from "../office/mailboxAdapter";

export interface GraphConfig {
  clientId: string;
  /** A ready session (tests); otherwise one is made for the client id. */
  session?: GraphSession;
}

export const GraphConfigContext = createContext<GraphConfig>({ clientId: BUILD_CLIENT_ID });

export const GraphConfigProvider = GraphConfigContext.Provider;

export function useGraphConfig(): GraphConfig {
  return useContext(GraphConfigContext);
}

/**
 * Whether Graph could carry out this way out for this event: a way out Graph does, on an
 * event that is not a series itself. Offered once the session has the event's id and a
 * token source (./graphContext).
 */
export function graphCouldOffer(outcome: OutcomeId, role: Role, snapshot: MailboxSnapshot): boolean {
  const item = snapshot.item?.itemType === "appointment" ? snapshot.item : null;
  const seriesItself = Boolean(item?.recurrence?.recurrenceType) && !item?.seriesId;
  return item !== null && !seriesItself && graphHandles(outcome, role);
}

/**
 * The same, known before anyone has asked the session: the host offers nested app
 * authentication and there is a client id (or a session) to ask with.
 */
export function graphMayOffer(outcome: OutcomeId, role: Role, snapshot: MailboxSnapshot, config: GraphConfig): boolean {
  const canAsk = Boolean(config.session) || (snapshot.capabilities.nestedAppAuth && config.clientId.trim() !== "");
  return canAsk && graphCouldOffer(outcome, role, snapshot);
}
