// "Send it from here": where Microsoft Graph is available, the chosen way out is
// carried out for real (decline, propose the shorter slot, send the email,
// cancel this meeting), one step at a time. Each step shows what goes to whom,
// says beforehand that it cannot be unsent, and is sent only after a second,
// confirming click; afterwards the pane says exactly what was sent and what was not.
// Where Graph is not available this renders nothing: the pane works as before.

import { useEffect, useRef, useState } from "react";
import { Button, MessageBar, MessageBarBody, Radio, RadioGroup, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { MailboxSnapshot } from "../../office/mailboxAdapter";
import type { Meeting, OutcomeAdvice, Tone } from "../../core/types";
import type { Draft, Recipient } from "../../core/drafts";
import { shortenedEnd, updateEmailSubject } from "../../core/drafts";
import { standIn } from "../../core/advice";
import type { Translator } from "../../core/i18n";
import { graphPlan, type GraphPlan, type GraphStep } from "../../office/graph/plan";
import { MAX_MESSAGE_RECIPIENTS, type ResponseAction } from "../../office/graph/requests";
import { graphErrorSentence } from "../graphErrorSentence";
import { useTranslator } from "../i18nContext";
import { useGraphAvailability, useGraphSentLog, useGraphSession } from "../graphContext";
import { standingOf, type SentRecord, type StepStanding } from "../graphSentLog";
import { usePaneStyles } from "../styles";
import { isolate } from "../bidiIsolation";

const useStyles = makeStyles({
  // Inside the featured card, beside its other lines: the card's own tight spacing.
  section: { gap: tokens.spacingVerticalXS },
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

/** Each person isolated: a right-to-left name cannot reorder the addresses or words beside it. */
function recipientLine(list: Recipient[]): string {
  return list.map((r) => isolate(r.email ? `${r.name} <${r.email}>` : r.name)).join("; ");
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

function what(tr: Translator, step: GraphStep): string {
  const quoted = (text: string) => tr.t("format.quoted", { text: isolate(text) });
  switch (step.kind) {
    case "respond": {
      const name = recipientLine(step.to);
      if (step.proposal) {
        return tr.t(step.action === "decline" ? "graph.what.decline.propose" : "graph.what.tentative", { name, slot: tr.slot(step.proposal.start, step.proposal.end) });
      }
      return step.note ? tr.t("graph.what.declineNote", { name, text: quoted(step.comment) }) : tr.t("graph.what.decline", { name });
    }
    case "sendMail":
      return tr.t("graph.what.mail", { recipients: recipientLine([...step.to, ...step.cc]) });
    case "cancel":
      return tr.t(step.occurrence ? "graph.what.cancel.occurrence" : "graph.what.cancel.single", { date: tr.date(step.start), text: quoted(step.comment) });
  }
}

function answeredTo(record: SentRecord): string {
  return record.step.kind === "respond" ? isolate(record.step.to[0]?.name ?? "") : "";
}

/** What went out, and when: said in the outcome that sent it and in every other one. */
function done(tr: Translator, record: SentRecord): string {
  const { step } = record;
  const time = record.at ? tr.time(record.at) : "";
  switch (step.kind) {
    case "respond":
      return tr.t("graph.done.respond", { name: isolate(step.to[0]?.name ?? ""), time });
    case "sendMail":
      return tr.t("graph.done.mail", { recipients: recipientLine([...step.to, ...step.cc]), time });
    case "cancel":
      return tr.t("graph.done.cancel", { date: tr.date(step.start), time });
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
  // What this pane sent for the event, whichever outcome sent it; refusals are this section's own.
  const { log, records } = useGraphSentLog(session);
  const [failures, setFailures] = useState<Record<number, string>>({});
  const [confirming, setConfirming] = useState<number | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  // Where a sent (or refused) step's confirming button was: focus goes on from there, not to the page.
  const resultRefs = useRef<Array<HTMLDivElement | null>>([]);
  const [settled, setSettled] = useState<{ step: number } | null>(null);

  useEffect(() => {
    if (confirming !== null) confirmRef.current?.focus();
    else if (returnFocus.current) startRef.current?.focus();
    returnFocus.current = false;
  }, [confirming]);

  useEffect(() => {
    if (!settled) return;
    // The next step to confirm (or this one again, refused), else what this one did.
    (startRef.current ?? resultRefs.current[settled.step])?.focus();
  }, [settled]);

  const item = snapshot.item?.itemType === "appointment" ? snapshot.item : null;
  if (!item) return null;
  // Graph off here (the settings line says why): nothing, unless steps were already tried,
  // whose outcome (a refused consent, say) the pane must keep saying.
  const sentBefore = records.filter((r) => r.status === "sent");
  if (!availability?.ok && !frozen && sentBefore.length === 0) return null;

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
            updateSubject: updateEmailSubject(meeting, draftTr, tone),
            updateDeclineNote: draftTr.t("draft.email.declineNote", { tone }),
          },
        })
      : { kind: "none" });
  if (plan.kind === "none" && sentBefore.length === 0) return null;

  const heading = (
    <Text as="h3" size={300} weight="semibold" className={pane.heading}>
      {tr.t("graph.heading")}
    </Text>
  );
  const steps = plan.kind === "steps" ? plan.steps : [];
  const standings: StepStanding[] = steps.map((step) => standingOf(records, outcome.id, step));
  // Sent from another outcome (or before this one was rebuilt) and not shown as one of its steps.
  const earlier = sentBefore.filter((r) => !standings.some((s) => s.kind === "sent" && s.record === r));
  const earlierList = earlier.length > 0 && (
    <div data-field="graph-earlier">
      <Text as="p" size={200} block className={pane.heading}>
        {tr.t("graph.earlier")}
      </Text>
      {earlier.map((record, i) => (
        <MessageBar key={i} intent="success" layout="multiline" data-graph-earlier={record.step.kind}>
          <MessageBarBody>{done(tr, record)}</MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
  if (plan.kind !== "steps") {
    return (
      <section className={mergeClasses(pane.section, styles.section)} data-section="graph" aria-label={tr.t("graph.heading")}>
        {heading}
        {earlierList}
        {plan.kind === "series" && (
          <MessageBar intent="info" layout="multiline" data-notice="graph-series">
            <MessageBarBody>{tr.t("graph.series")}</MessageBarBody>
          </MessageBar>
        )}
      </section>
    );
  }

  // The first step nothing of which went out yet; a refused one may be tried again.
  const active = standings.findIndex((s) => s.kind === "open");
  const busy = records.some((r) => r.status === "sending");
  const first = steps[0];
  const offersAnswer = first?.kind === "respond" && first.proposal !== null && standings[0]?.kind === "open";

  const send = async (i: number) => {
    const step = steps[i];
    // A second click, or another outcome's send that got there first, sends nothing more.
    if (!step || standingOf(log.records(), outcome.id, step).kind !== "open") return;
    setFrozen(plan);
    setConfirming(null);
    setFailures((prev) => {
      const next = { ...prev };
      delete next[i];
      return next;
    });
    const record = log.begin(outcome.id, step);
    try {
      await session.send(step.request);
      log.sent(record, new Date());
    } catch (error) {
      log.drop(record);
      const reason = graphErrorSentence(tr, error);
      setFailures((prev) => ({ ...prev, [i]: reason }));
    }
    setSettled({ step: i });
  };

  return (
    <section className={mergeClasses(pane.section, styles.section)} data-section="graph" aria-label={tr.t("graph.heading")}>
      {heading}
      {earlierList}
      {active >= 0 && (
        <Text as="p" size={200} block className={pane.heading} data-field="graph-irreversible">
          {tr.t("graph.intro")}
        </Text>
      )}
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
      {steps.map((planned, i) => {
        const standing = standings[i] ?? { kind: "open" };
        // A sent step shows what went out, not what the draft says now.
        const step = standing.kind === "sent" ? standing.record.step : planned;
        const failure = standing.kind === "open" ? failures[i] : undefined;
        const status = standing.kind === "sent" ? standing.record.status : standing.kind === "answered" ? "answered" : failure !== undefined ? "failed" : "idle";
        const text = label(tr, step);
        const blocked = step.kind === "sendMail" && step.tooManyRecipients;
        return (
          <div key={i} className={styles.step} data-graph-step={step.kind} data-graph-status={status}>
            {/* An answer that will not go out is not described as if it would. */}
            {standing.kind !== "answered" && (
              <Text as="p" size={200} block className={pane.heading}>
                {what(tr, step)}
              </Text>
            )}
            {step.kind === "cancel" && snapshot.mode === "compose" && status !== "sent" && (
              <Text as="p" size={200} block weight="semibold" className={pane.heading} data-field="graph-close-window">
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
                  {text}
                </Button>
              </div>
            )}
            {confirming === i && (
              <div
                className={styles.actions}
                role="group"
                aria-label={tr.t("graph.confirm.prompt")}
                onKeyDown={(event) => {
                  // Escape is "Not now": nothing is sent, and focus goes back to the step's button.
                  if (event.key !== "Escape") return;
                  event.stopPropagation();
                  returnFocus.current = true;
                  setConfirming(null);
                }}
              >
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
            {standing.kind === "answered" && (
              <MessageBar intent="info" layout="multiline" data-graph-result="answered">
                <MessageBarBody>{tr.t("graph.answered", { name: answeredTo(standing.record) })}</MessageBarBody>
              </MessageBar>
            )}
            <div
              aria-live="polite"
              tabIndex={-1}
              ref={(element) => {
                resultRefs.current[i] = element;
              }}
            >
              {status === "sending" && <Text>{tr.t("graph.sending")}</Text>}
              {standing.kind === "sent" && standing.record.status === "sent" && (
                <MessageBar intent="success" layout="multiline" data-graph-result="sent">
                  <MessageBarBody>{done(tr, standing.record)}</MessageBarBody>
                </MessageBar>
              )}
              {failure !== undefined && (
                <MessageBar intent="error" layout="multiline" data-graph-result="failed">
                  <MessageBarBody>{tr.t("graph.failed", { text, detail: failure })}</MessageBarBody>
                </MessageBar>
              )}
            </div>
          </div>
        );
      })}
    </section>
  );
}
