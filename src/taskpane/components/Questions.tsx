// The two answers, with Offramp's best guess already chosen: two rows of chips
// that read as a sentence ("Regular client · Too much work"), each changeable in place.
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { IMPORTANCES, REASONS, type Answers } from "../../core/types";
import { useTranslator } from "../i18nContext";
import { usePaneStyles } from "../styles";
import { isolate } from "../bidiIsolation";
import { ChoiceChips } from "./ChoiceChips";

const useStyles = makeStyles({
  questions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export interface QuestionsProps {
  answers: Answers;
  /** The key client that pre-selected "key", to say why: its domain and the name people call it. */
  keyClient: { domain: string; name: string } | null;
  onChange(answers: Answers): void;
}

export function Questions({ answers, keyClient, onChange }: QuestionsProps) {
  const tr = useTranslator();
  const pane = usePaneStyles();
  const styles = useStyles();
  return (
    <section className={styles.questions} data-section="questions">
      <ChoiceChips
        name="importance"
        legend={tr.t("question.importance.label")}
        values={IMPORTANCES}
        value={answers.importance}
        label={(v) => tr.t(`question.importance.chip.${v}`)}
        onChange={(importance) => onChange({ ...answers, importance })}
      />
      {keyClient && answers.importance === "key" && (
        <Text size={200} className={pane.muted} data-field="key-client-hint">
          {tr.t("question.importance.guessed", { domain: isolate(keyClient.domain), client: isolate(keyClient.name) })}
        </Text>
      )}
      <ChoiceChips
        name="reason"
        legend={tr.t("question.reason.label")}
        values={REASONS}
        value={answers.reason}
        label={(v) => tr.t(`question.reason.chip.${v}`)}
        onChange={(reason) => onChange({ ...answers, reason })}
      />
    </section>
  );
}
