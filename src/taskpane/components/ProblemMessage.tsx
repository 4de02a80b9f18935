// A full-pane message for when there is nothing to advise on.
import { MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { useTranslator } from "../i18nContext";
import { usePaneStyles } from "../styles";

export interface ProblemMessageProps {
  title: string;
  body: string;
  /** A line under the body, such as what Outlook reports about itself. */
  detail?: string;
  intent?: "info" | "warning" | "error";
}

export function ProblemMessage({ title, body, detail, intent = "info" }: ProblemMessageProps) {
  const tr = useTranslator();
  const styles = usePaneStyles();
  return (
    <main className={styles.section} aria-labelledby="offramp-problem-title">
      <Text as="h1" size={500} weight="semibold" className={styles.heading}>
        {tr.t("app.name")}
      </Text>
      <MessageBar intent={intent} layout="multiline" data-problem="true">
        <MessageBarBody>
          <MessageBarTitle id="offramp-problem-title">{title}</MessageBarTitle>
          {body}
          {detail && (
            <span className={styles.problemDetail} data-field="problem-detail">
              {detail}
            </span>
          )}
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
