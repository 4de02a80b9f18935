// The two questions, with Offramp's best guess already selected.
import { Field, Radio, RadioGroup, Text } from "@fluentui/react-components";
import { IMPORTANCES, REASONS, type Answers, type Importance, type Reason } from "../../core/types";
import { useTranslator } from "../i18nContext";
import { usePaneStyles } from "../styles";
import { isolate } from "../bidiIsolation";

export interface QuestionsProps {
  answers: Answers;
  /** The key client that pre-selected "key", to say why: its domain and the name people call it. */
  keyClient: { domain: string; name: string } | null;
  onChange(answers: Answers): void;
}

export function Questions({ answers, keyClient, onChange }: QuestionsProps) {
  const tr = useTranslator();
  const styles = usePaneStyles();
  return (
    <section className={styles.section} data-section="questions">
      <Field label={tr.t("question.importance.label")}>
        <RadioGroup
          name="importance"
          layout="horizontal"
          className={styles.wrappingChoices}
          value={answers.importance}
          onChange={(_, data) => onChange({ ...answers, importance: data.value as Importance })}
        >
          {IMPORTANCES.map((value) => (
            <Radio key={value} value={value} label={tr.t(`question.importance.${value}`)} />
          ))}
        </RadioGroup>
      </Field>
      {keyClient && answers.importance === "key" && (
        <Text size={200} className={styles.muted}>
          {tr.t("question.importance.guessed", { domain: isolate(keyClient.domain), client: isolate(keyClient.name) })}
        </Text>
      )}
      <Field label={tr.t("question.reason.label")}>
        <RadioGroup name="reason" value={answers.reason} onChange={(_, data) => onChange({ ...answers, reason: data.value as Reason })}>
          {REASONS.map((value) => (
            <Radio key={value} value={value} label={tr.t(`question.reason.${value}`)} />
          ))}
        </RadioGroup>
      </Field>
    </section>
  );
}
