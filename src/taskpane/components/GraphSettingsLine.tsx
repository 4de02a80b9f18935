// One line in the settings: what sending from the pane (Microsoft Graph) does,
// or why it is off here and how an administrator turns it on.
import { Text } from "@fluentui/react-components";
import type { MessageKey } from "../../core/i18n";
import type { GraphUnavailableReason } from "../../office/graph/session";
import { useTranslator } from "../i18nContext";
import { useGraphAvailability, useGraphSession } from "../graphContext";
import { usePaneStyles } from "../styles";

const OFF: Record<Exclude<GraphUnavailableReason, "no-event-id">, MessageKey> = {
  "no-naa": "graph.settings.off.noNaa",
  "no-client-id": "graph.settings.off.noClientId",
  "consent-denied": "graph.settings.off.consentDenied",
};

export function GraphSettingsLine() {
  const tr = useTranslator();
  const styles = usePaneStyles();
  const availability = useGraphAvailability(useGraphSession());
  if (!availability) return null;
  // An event Outlook gives no id for (never saved) says nothing about Graph in general.
  const key: MessageKey = availability.ok || availability.reason === "no-event-id" ? "graph.settings.on" : OFF[availability.reason];
  return (
    <Text as="p" size={200} className={styles.muted} data-field="graph-status" data-graph={availability.ok ? "on" : availability.reason}>
      {tr.t(key)}
    </Text>
  );
}
