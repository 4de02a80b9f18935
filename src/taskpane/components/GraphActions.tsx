// "Send it from here": where Microsoft Graph is available, the chosen way out is
// carried out for real (decline, propose the shorter slot, send the email,
// cancel this meeting), one step at a time. Each step shows what goes to whom,
// says beforehand that it cannot be unsent, and is sent only after a second,
// confirming click; afterwards the pane says exactly what was sent and what was not.
// Where Graph is not available this renders nothing: the pane works as before.

import { useEffect, useRef, useState } from "react";
import { Button, MessageBar, MessageBarBody, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { MailboxSnapshot } from "../../office/mailboxAdapter";
import type { Meeting, OutcomeAdvice, Tone } from "../../core/types";
import type { Draft, Recipient } from "../../core/drafts";
import { shortenedEnd } from "../../core/drafts";
import { standIn } from "../../core/advice";
import type { Translator } from "../../core/i18n";
import { graphPlan, type GraphPlan, type GraphStep } from "../../office/graph/plan";
import { MAX_MESSAGE_RECIPIENTS, type ResponseAction } from "../../office/graph/requests";
import { graphErrorSentence } from "../graphErrorSentence";
import { useTranslator } from "../i18nContext";
import { useGraphAvailability, useGraphSession } from "../graphContext";
import { usePaneStyles } from "../styles";

const useStyles = makeStyles({
  step: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface GraphActionsProps {
  outcome: OutcomeAdvice;
  meeting: Meeting;
  snapshot: MailboxSnapshot;
  draft: Draft;
  /** The draft as the user left it. */
  subject: string;
  body: string;
  /** Translator of the draft's language: the short notes are written in it. */
  draftTr: Translator;
  tone: Tone;
  shorterMinutes: number;
}

type StepState = { status: "idle" } | { status: "sending" } | { status: "sent" } | { status: "failed"; reason: string };

function recipientLine(list: Recipient[]): string {
  return list.map((r) => (r.email ? `${r.name} <${r.email}>` : r.name)).join("; ");
}

function range(tr: Translator, start: Date, end: Date): string {
  return `${tr.time(start)}–${tr.time(end)}`;
}

function label(tr: Translator, step: GraphStep): string {
  switch (step.kind) {
    case "respond":
      if (!step.proposal) return tr.t("graph.action.decline");
      return tr.t(step.action === "decline" ? "graph.action.propose.decline" : "graph.action.propose.tentative", { range: range(tr, step.proposal.start, step.proposal.end) });
    case "sendMail":
      return tr.t("graph.action.sendMail");
    case "cancel":
      return tr.t(step.occurrence ? "graph.action.cancel.occurrence" : "graph.action.cancel.single", { date: tr.date(step.start) });
  }
}

function what(tr: Translator, step: GraphStep, isNote: boolean): string {
  const quoted = (text: string) => tr.t("format.quoted", { text });
  switch (step.kind) {
    case "respond": {
      const name = recipientLine(step.to);
      if (step.proposal) {
        return tr.t(step.action === "decline" ? "graph.what.decline.propose" : "graph.what.tentative", { name, slot: tr.slot(step.proposal.start, step.proposal.end) });
      }
      return isNote ? tr.t("graph.what.declineNote", { name, text: quoted(step.comment) }) : tr.t("graph.what.decline", { name });
    }
    case "sendMail":
      return tr.t("graph.what.mail", { recipients: recipientLine([...step.to, ...step.cc]) });
    case "cancel":
      return tr.t(step.occurrence ? "graph.what.cancel.occurrence" : "graph.what.cancel.single", { date: tr.date(step.start), text: quoted(step.comment) });
  }
}

function done(tr: Translator, step: GraphStep): string {
  switch (step.kind) {
    case "respond":
      return tr.t("graph.done.respond", { name: step.to[0]?.name ?? "" });
    case "sendMail":
      return tr.t("graph.done.mail", { recipients: recipientLine([...step.to, ...step.cc]) });
    case "cancel":
      return tr.t("graph.done.cancel", { date: tr.date(step.start) });
  }
}

export function GraphActions(props: GraphActionsProps) {
  const { outcome, meeting, snapshot, draft, subject, body, draftTr, tone, shorterMinutes } = props;
  const tr = useTranslator();
  const pane = usePaneStyles();
  const styles = useStyles();
  const session = useGraphSession();
  const availability = useGraphAvailability(session);
  const [answer, setAnswer] = useState<ResponseAction>("tentativelyAccept");
  // Once a step has gone out, what the pane shows stays what was sent, whatever is edited later.
  const [frozen, setFrozen] = useState<GraphPlan | null>(null);
  const [states, setStates] = useState<StepState[]>([]);
  const [confirming, setConfirming] = useState<number | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (confirming !== null) confirmRef.current?.focus();
    else if (returnFocus.current) startRef.current?.focus();
    returnFocus.current = false;
  }, [confirming]);

  const item = snapshot.item?.itemType === "appointment" ? snapshot.item : null;
  if (!item) return null;
  // Graph off here (the settings line says why): nothing, unless steps were already tried,
  // whose outcome (a refused consent, say) the pane must keep saying.
  if (!availability?.ok && !frozen) return null;

  const colleague = outcome.id === "delegate" ? standIn(meeting) : null;
  const plan: GraphPlan =
    frozen ??
    (availability?.ok
      ? graphPlan({
          outcome: outcome.id,
          meeting,
          eventId: availability.eventId,
          isSeriesMaster: Boolean(item.recurrence?.recurrenceType) && !item.seriesId,
          isOccurrence: Boolean(item.seriesId),
          draftPlan: draft.plan,
          subject,
          body,
          answer,
          proposedEnd: outcome.id === "shorter" ? shortenedEnd(meeting, shorterMinutes) : null,
          notes: {
            declineNote: draftTr.t("draft.delegate.declineNote", { tone, name: colleague?.name ?? "" }),
            cancelNote: draftTr.t("draft.email.cancelNote", { tone }),
          },
        })
      : { kind: "none" });
  if (plan.kind === "none") return null;

  const heading = (
    <Text as="h3" size={300} weight="semibold" className={pane.heading}>
      {tr.t("graph.heading")}
    </Text>
  );
  if (plan.kind === "series") {
    return (
      <section className={pane.section} data-section="graph" aria-label={tr.t("graph.heading")}>
        {heading}
        <MessageBar intent="info" layout="multiline" data-notice="graph-series">
          <MessageBarBody>{tr.t("graph.series")}</MessageBarBody>
        </MessageBar>
      </section>
    );
  }

  const steps = plan.steps;
  const stateOf = (i: number): StepState => states[i] ?? { status: "idle" };
  const active = steps.findIndex((_, i) => stateOf(i).status !== "sent");
  const busy = states.some((s) => s.status === "sending");
  const first = steps[0];
  const offersAnswer = first?.kind === "respond" && first.proposal !== null;

  const send = async (i: number) => {
    const step = steps[i];
    if (!step) return;
    setFrozen(plan);
    setConfirming(null);
    const update = (state: StepState) => setStates((prev) => Object.assign([...prev], { [i]: state }));
    update({ status: "sending" });
    try {
      await session.send(step.request);
      update({ status: "sent" });
    } catch (error) {
      update({ status: "failed", reason: graphErrorSentence(tr, error) });
    }
  };

  return (
    <section className={pane.section} data-section="graph" aria-label={tr.t("graph.heading")}>
      {heading}
      <Text as="p" block className={pane.heading} data-field="graph-irreversible">
        {tr.t("graph.intro")}
      </Text>
      {offersAnswer && (
        <RadioGroup
          name="graph-answer"
          layout="horizontal"
          aria-label={tr.t("graph.answer")}
          value={answer}
          disabled={frozen !== null}
          onChange={(_, data) => setAnswer(data.value as ResponseAction)}
        >
          <Radio value="tentativelyAccept" label={tr.t("graph.answer.tentative")} />
          <Radio value="decline" label={tr.t("graph.answer.decline")} />
        </RadioGroup>
      )}
      {steps.map((step, i) => {
        const state = stateOf(i);
        const text = label(tr, step);
        const blocked = step.kind === "sendMail" && step.tooManyRecipients;
        return (
          <div key={i} className={styles.step} data-graph-step={step.kind} data-graph-status={state.status}>
            <Text as="p" block className={pane.heading}>
              {what(tr, step, outcome.id === "delegate")}
            </Text>
            {step.kind === "cancel" && snapshot.mode === "compose" && state.status !== "sent" && (
              <Text as="p" block weight="semibold" className={pane.heading} data-field="graph-close-window">
                {tr.t("graph.closeWindow")}
              </Text>
            )}
            {blocked && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{tr.t("graph.error.tooManyRecipients", { count: MAX_MESSAGE_RECIPIENTS })}</MessageBarBody>
              </MessageBar>
            )}
            {i === active && !blocked && confirming !== i && availability?.ok && (
              <div className={styles.actions}>
                <Button ref={startRef} appearance="primary" data-action="apply" disabled={busy} onClick={() => setConfirming(i)}>
                  {state.status === "sending" ? tr.t("graph.sending") : text}
                </Button>
              </div>
            )}
            {confirming === i && (
              <div className={styles.actions} role="group" aria-label={tr.t("graph.confirm.prompt")}>
                <Text weight="semibold">{tr.t("graph.confirm.prompt")}</Text>
                <Button ref={confirmRef} appearance="primary" data-action="confirm" onClick={() => void send(i)}>
                  {text}
                </Button>
                <Button
                  data-action="cancel-confirm"
                  onClick={() => {
                    returnFocus.current = true;
                    setConfirming(null);
                  }}
                >
                  {tr.t("graph.confirm.notNow")}
                </Button>
              </div>
            )}
            <div aria-live="polite">
              {state.status === "sent" && (
                <MessageBar intent="success" layout="multiline" data-graph-result="sent">
                  <MessageBarBody>{done(tr, step)}</MessageBarBody>
                </MessageBar>
              )}
              {state.status === "failed" && (
                <MessageBar intent="error" layout="multiline" data-graph-result="failed">
                  <MessageBarBody>{tr.t("graph.failed", { text, detail: state.reason })}</MessageBarBody>
                </MessageBar>
              )}
            </div>
          </div>
        );
      })}
    </section>
  );
}
