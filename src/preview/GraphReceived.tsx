// Beside the pane: what the simulated Microsoft Graph received and answered.
// Part of the preview's own (English) chrome. Re-rendered with the preview on every mailbox change.
import { Card, CardHeader, Text, makeStyles, tokens } from "@fluentui/react-components";
import { simulatedGraphOf } from "./simulatedGraph";

const useStyles = makeStyles({
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, whiteSpace: "pre-wrap", wordBreak: "break-word", margin: 0 },
});

export function GraphReceived() {
  const styles = useStyles();
  const graph = simulatedGraphOf(window);
  if (!graph?.fixture.available) return null;
  const exchanges = graph.exchanges;
  return (
    <Card>
      <CardHeader header={<Text weight="semibold">Microsoft Graph received ({exchanges.length})</Text>} />
      <pre className={styles.mono} data-preview="graph">
        {exchanges
          .map((e) => `${e.method} ${e.path} → ${e.status}${e.error ? ` ${e.error.code}: ${e.error.message}` : ""}\n${JSON.stringify(e.body, null, 2)}`)
          .join("\n\n") || `(nothing yet; consent: ${graph.fixture.consent})`}
      </pre>
    </Card>
  );
}
