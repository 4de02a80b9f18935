// Every Graph failure as the sentence the pane says: what happened, and whether anything was sent.
import type { MessageKey, Translator } from "../core/i18n";
import { GraphError } from "../office/graph/graphClient";
import { MAX_MESSAGE_RECIPIENTS } from "../office/graph/requests";

const ERROR_KEYS: Record<GraphError["kind"], MessageKey> = {
  "consent-denied": "graph.error.consentDenied",
  "no-permission": "graph.error.noPermission",
  "not-found": "graph.error.notFound",
  "not-organizer": "graph.error.notOrganizer",
  "proposals-refused": "graph.error.proposalsRefused",
  "too-many-recipients": "graph.error.tooManyRecipients",
  offline: "graph.error.offline",
  "connection-lost": "graph.error.connectionLost",
  timeout: "graph.error.timeout",
  busy: "graph.error.busy",
  other: "graph.error.other",
};

export function graphErrorSentence(tr: Translator, error: unknown): string {
  if (error instanceof GraphError) return tr.t(ERROR_KEYS[error.kind], { detail: error.message, count: MAX_MESSAGE_RECIPIENTS });
  return tr.t("graph.error.other", { detail: error instanceof Error ? error.message : String(error) });
}
