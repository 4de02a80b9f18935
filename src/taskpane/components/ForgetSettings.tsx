// "Forget my settings": removes every roaming setting Offramp stored in the
// mailbox (the privacy statement points here). Asks once before it does it,
// in the pane: add-ins may not open confirm() dialogs.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useTranslator } from "../i18nContext";
import { usePaneStyles } from "../styles";
import { describeError } from "../describeError";

export interface ForgetSettingsProps {
  /** Removes every stored setting (the pane's settings store); rejects with Outlook's error. */
  forget(): Promise<void>;
  /** Called once the settings are gone from the mailbox. */
  onForgotten(): void;
}

type Step = { kind: "idle" } | { kind: "confirm" } | { kind: "working" } | { kind: "done" } | { kind: "failed"; detail: string };

export function ForgetSettings({ forget: forgetAll, onForgotten }: ForgetSettingsProps) {
  const tr = useTranslator();
  const styles = usePaneStyles();
  const [step, setStep] = useState<Step>({ kind: "idle" });
  const questionId = useId();
  const keepRef = useRef<HTMLButtonElement>(null);
  const forgetRef = useRef<HTMLButtonElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const asked = useRef(false);
  // Focus follows the question: onto its safe answer when asked, back to the button when
  // kept, onto the outcome when done; never left on a button that has gone.
  useEffect(() => {
    if (step.kind === "confirm") keepRef.current?.focus();
    else if (step.kind === "idle" && asked.current) forgetRef.current?.focus();
    else if (step.kind === "done" || step.kind === "failed") resultRef.current?.focus();
    asked.current = step.kind !== "idle";
  }, [step.kind]);
  const keepOnEscape = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || step.kind !== "confirm") return;
    // Escape answers this question only, not the Settings view around it.
    event.stopPropagation();
    setStep({ kind: "idle" });
  };

  const forget = async () => {
    setStep({ kind: "working" });
    try {
      await forgetAll();
      onForgotten();
      setStep({ kind: "done" });
    } catch (error) {
      setStep({ kind: "failed", detail: describeError(error) || tr.t("error.unknownDetail") });
    }
  };

  return (
    <section className={styles.section} aria-labelledby="offramp-forget-heading" data-section="forget-settings">
      <Text as="h3" size={300} weight="semibold" id="offramp-forget-heading" className={styles.heading}>
        {tr.t("settings.forget.button")}
      </Text>
      <Text className={styles.muted}>{tr.t("settings.forget.hint")}</Text>
      {step.kind === "confirm" || step.kind === "working" ? (
        <>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody id={questionId}>{tr.t("settings.forget.confirm")}</MessageBarBody>
          </MessageBar>
          <div className={styles.row} role="group" aria-labelledby={questionId} onKeyDown={keepOnEscape}>
            <Button type="button" appearance="primary" disabled={step.kind === "working"} onClick={() => void forget()} data-action="forget-settings-confirm">
              {tr.t("settings.forget.confirmButton")}
            </Button>
            <Button type="button" ref={keepRef} aria-describedby={questionId} disabled={step.kind === "working"} onClick={() => setStep({ kind: "idle" })} data-action="forget-settings-keep">
              {tr.t("settings.forget.cancel")}
            </Button>
          </div>
        </>
      ) : (
        <div>
          <Button type="button" ref={forgetRef} onClick={() => setStep({ kind: "confirm" })} data-action="forget-settings">
            {tr.t("settings.forget.button")}
          </Button>
        </div>
      )}
      <div aria-live="polite" tabIndex={-1} ref={resultRef} data-field="forget-result">
        {step.kind === "done" && (
          <MessageBar intent="success">
            <MessageBarBody>{tr.t("settings.forget.done")}</MessageBarBody>
          </MessageBar>
        )}
        {step.kind === "failed" && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{tr.t("settings.forget.failed", { detail: step.detail })}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
