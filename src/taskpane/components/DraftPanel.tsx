// Inside the featured card: one line of what Offramp will do and the button that
// does it, then "See and edit the text", which opens in place the text it will write
// (editable, in the chosen tone and language). Closed, the text stays mounted, so no
// edit is lost; a Graph step (which cannot be undone) shows in full wherever it is.

import { useEffect, useId, useMemo, useRef, useState } from "react";
import { Button, Field, Input, Link, MessageBar, MessageBarBody, Select, Text, Textarea, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { MailboxAdapter, MailboxSnapshot } from "../../office/mailboxAdapter";
import type { Meeting, OutcomeAdvice, Settings, Tone } from "../../core/types";
import { buildDraft, bodyToHtml, type Recipient } from "../../core/drafts";
import { fitDraft, mailtoWithinLimit, MAILTO_MAX_CHARS, outgoingProblem } from "../../core/limits";
import { rememberLanguage, rememberedLanguage } from "../../core/draftLanguageMemory";
import { standIn } from "../../core/advice";
import { SHORTER_CHOICES } from "../../core/settings";
import { SUPPORTED_LANGUAGES, resolveLanguage, type LanguageTag, type MessageKey } from "../../core/i18n";
import { ChevronRight16Regular } from "@fluentui/react-icons";
import { useTranslator } from "../i18nContext";
import { usePaneStyles } from "../styles";
import { describeError } from "../describeError";
import { ShorterLengthField, ToneField } from "./ChoiceFields";
import { useDraftActions } from "./useDraftActions";
import { useDraftText } from "./useDraftText";
import { useDraftTranslator } from "./useDraftTranslator";
import { useFocusAfterAction } from "./useFocusAfterAction";
import { applyAvailability, changeSummary, planLines, seriesWording } from "./planLines";
import { isolate } from "../bidiIsolation";
import { DraftNotices } from "./DraftNotices";
import { GraphActions } from "./GraphActions";
import { useGraphOffer, useGraphSentLog, useGraphSession } from "../graphContext";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  recipients: { margin: 0, color: tokens.colorNeutralForeground2 },
  body: { minHeight: "14em" },
  // Empty (keep it: nothing to send), it takes no room in the card.
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center", ":empty": { display: "none" } },
  expander: { alignSelf: "flex-start", whiteSpace: "normal", height: "auto", textAlign: "start", paddingInlineStart: 0 },
  chevron: { transitionProperty: "transform", transitionDuration: tokens.durationFaster },
  chevronOpen: { transform: "rotate(90deg)" },
  text: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, "&[hidden]": { display: "none" } },
});

/** The longest the panel takes to count as settled while Graph's answer is still to come. */
export const SETTLE_MAX_MS = 2_000;

export interface DraftPanelProps {
  outcome: OutcomeAdvice;
  meeting: Meeting;
  settings: Settings;
  snapshot: MailboxSnapshot;
  adapter: MailboxAdapter;
  /** The pane's one writer of settings (useSettingsStore). */
  saveSettings(patch: Partial<Settings>): Promise<void>;
  /** Whether the text (language, tone, subject, body) is open; null: open only where Graph sends it for real. */
  textOpen: boolean | null;
  onTextOpen(open: boolean): void;
  /** Called once the panel has its final shape (whether Graph's steps join it is known), or after SETTLE_MAX_MS. */
  onSettled?(): void;
}

/** The organisation the draft is written to: its language is remembered per email domain. */
function recipientDomain(outcome: OutcomeAdvice, meeting: Meeting): string | null {
  if (outcome.id === "delegate") return standIn(meeting)?.domain || null;
  return meeting.externalDomains[0] ?? meeting.organizer?.domain ?? meeting.attendees[0]?.domain ?? null;
}

function recipientLine(list: Recipient[]): string {
  return list.map((r) => (r.email ? `${isolate(r.name)} <${isolate(r.email)}>` : isolate(r.name))).join("; ");
}

export function DraftPanel({ outcome, meeting, settings, snapshot, adapter, saveSettings, textOpen, onTextOpen, onSettled }: DraftPanelProps) {
  const tr = useTranslator();
  const pane = usePaneStyles();
  const styles = useStyles();
  const domain = recipientDomain(outcome, meeting);
  const remembered = rememberedLanguage(settings, domain);
  const [language, setLanguage] = useState<LanguageTag>(remembered ? resolveLanguage(remembered) : tr.language);
  const [tone, setTone] = useState<Tone>(settings.tone);
  const lengths = SHORTER_CHOICES.filter((m) => m < meeting.durationMinutes);
  const [shorterMinutes, setShorterMinutes] = useState(
    lengths.includes(settings.shorterMinutes) ? settings.shorterMinutes : (lengths[lengths.length - 1] ?? settings.shorterMinutes),
  );
  const draftTr = useDraftTranslator(language, tr, meeting.timeZone);
  const fitted = useMemo(
    () => fitDraft((m) => buildDraft(outcome.id, m, settings, draftTr, { tone, shorterMinutes, lengthScope: snapshot.capabilities.changeLength }), meeting),
    [outcome.id, meeting, settings, draftTr, tone, shorterMinutes, snapshot.capabilities.changeLength],
  );
  const draft = fitted.draft;

  const { subject, body, setAside, rewrittenFor, edit, bringBack } = useDraftText(draft);

  const actions = useDraftActions(adapter, tr, adapter.callTimeoutMs);
  const { status, working, pending, locked } = actions;
  const actionsRef = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  useFocusAfterAction(working, actionsRef, statusRef);
  // Where Graph does it (below), the "add-ins can't decline or cancel" line would be untrue.
  const { offered: graphOffered, known: graphKnown } = useGraphOffer(outcome.id, meeting.role, snapshot);
  useEffect(() => {
    if (!onSettled) return;
    if (graphKnown) {
      onSettled();
      return;
    }
    // Graph's answer waits on Office.js calls, which may hang (a lost callback: 15 s); the
    // panel does not keep what waits for its final shape waiting that long.
    const timer = setTimeout(onSettled, SETTLE_MAX_MS);
    return () => clearTimeout(timer);
  }, [graphKnown, onSettled]);
  // Once Graph has sent this way out (or is sending it), Outlook's own way beside it would send
  // it a second time: its buttons and the line about them go. A refused step is dropped from
  // the log, so after a refusal Outlook's way is back.
  const { records: graphSent } = useGraphSentLog(useGraphSession());
  const sentThroughGraph = graphOffered && graphSent.some((r) => r.outcome === outcome.id);
  // ... and the Graph step below is then the primary action; Outlook's way stays beside it.
  // What Graph sends cannot be unsent, and a text to copy is the whole point: there the text starts open.
  const open = textOpen ?? (graphOffered || fitted.blocked !== null);
  const textId = useId();
  const officeApply = graphOffered ? ({ appearance: "secondary", "data-action": "office-apply" } as const) : ({ appearance: "primary", "data-action": "apply" } as const);

  // A formatter per render would rebuild ICU's patterns on every keystroke in the text.
  const series = useMemo(() => seriesWording(tr, meeting, snapshot), [tr, meeting, snapshot]);

  if (!outcome.available) {
    return (
      <div className={styles.panel} data-section="draft">
        <MessageBar intent="info" layout="multiline">
          {/* The card above already says why; this says what to do instead. */}
          <MessageBarBody>{tr.t("draft.notAvailable")}</MessageBarBody>
        </MessageBar>
      </div>
    );
  }

  const plan = draft.plan;
  const html = bodyToHtml(body);
  const mailto = plan.kind === "replacement-email" ? mailtoWithinLimit(plan.to, plan.cc, subject, body) : null;
  const caps = snapshot.capabilities;

  const chooseLanguage = (next: LanguageTag) => {
    setLanguage(next);
    const remembering = domain ? rememberLanguage(settings.draftLanguageByDomain, domain, next) : null;
    if (!domain || !remembering) return;
    saveSettings({ draftLanguageByDomain: remembering }).catch((error) => {
      actions.report({ kind: "error", message: tr.t("draft.languageNotRemembered", { domain: isolate(domain), detail: describeError(error) || tr.t("error.unknownDetail") }) });
    });
  };

  const lengthScope = caps.changeLength;

  const apply = () => {
    // Outlook throws on a subject or body over its limits: say so in words instead, and call nothing.
    const tooLong = outgoingProblem(plan, subject, body);
    if (tooLong) return actions.report({ kind: "error", message: tr.ref(tooLong) });
    if (plan.kind === "update-event") {
      const lengthMinutes = plan.newEnd ? Math.round((plan.newEnd.getTime() - meeting.start.getTime()) / 60_000) : undefined;
      return actions.applyChange(
        {
          // The end follows from the start as Outlook has it when the button is pressed.
          ...(lengthMinutes !== undefined ? { lengthMinutes } : {}),
          ...(plan.newLocation !== null ? { location: plan.newLocation } : {}),
          prependToBody: { text: body, html },
        },
        (applied) => changeSummary(tr, applied, series, lengthScope),
        // A length Outlook would not take: the email is the way that still works.
        () => (plan.newEnd ? [tr.t("error.offerEmail")] : []),
      );
    }
    return actions.run(async () => {
      switch (plan.kind) {
        case "reply":
          await adapter.openReply({ replyAll: plan.replyAll, htmlBody: html });
          return { kind: "done", message: tr.t("result.replyOpened") };
        case "new-message":
        case "replacement-email":
          await adapter.openNewMessage({ to: plan.to, cc: plan.cc, subject, htmlBody: html });
          return { kind: "done", message: tr.t("result.messageOpened") };
        default:
          return { kind: "idle" };
      }
    });
  };

  const copy = (rich: boolean) =>
    actions.run(async () => {
      const text = `${subject}\n\n${body}`;
      try {
        if (rich && typeof ClipboardItem !== "undefined" && navigator.clipboard?.write) {
          await navigator.clipboard.write([
            new ClipboardItem({ "text/html": new Blob([html], { type: "text/html" }), "text/plain": new Blob([text], { type: "text/plain" }) }),
          ]);
        } else {
          await navigator.clipboard.writeText(text);
        }
        return { kind: "done", message: tr.t("result.copied") };
      } catch {
        return { kind: "error", message: tr.t("result.copyFailed") };
      }
    });

  const applyLabel: MessageKey | null =
    plan.kind === "reply"
      ? "action.apply.reply"
      : plan.kind === "new-message"
        ? "action.apply.newMessage"
        : plan.kind === "update-event"
          ? plan.newEnd
            ? "action.apply.shorter"
            : "action.apply.call"
          : null;
  const { canApply, missingSet, noForm } = applyAvailability(plan, caps, fitted.blocked !== null);

  const lines = planLines({ tr, plan, meeting, series, lengthScope, rooms: snapshot.rooms, blocked: fitted.blocked ?? noForm }).slice(0, graphOffered ? 1 : undefined);
  // Where no reply can be opened, the first line says what Outlook cannot do: it goes with the text, which starts open.
  // Where Graph carries it out, the first line (how Outlook's own way works) belongs with Outlook's button and the text, below Graph's step.
  const [firstLine, ...outlookLines] = fitted.blocked || noForm || graphOffered ? [undefined, ...lines] : lines;
  const moreLines = sentThroughGraph ? [] : outlookLines;
  const hasText = plan.kind !== "nothing";

  return (
    <div className={styles.panel} data-section="draft" data-plan={plan.kind}>
      {firstLine && (
        <Text as="p" size={200} block className={pane.heading} data-field="plan">
          {firstLine}
        </Text>
      )}

      {/* Why the button is missing or greyed out stays next to it, whether the text is open or not. */}
      {pending && status.kind === "idle" && (
        <MessageBar intent="info" layout="multiline" data-notice="undo-first">
          <MessageBarBody>{tr.t("draft.undoFirst")}</MessageBarBody>
        </MessageBar>
      )}
      <DraftNotices blocked={fitted.blocked} notices={[]} />
      {noForm && (
        <MessageBar intent="warning" layout="multiline" data-notice="no-form">
          <MessageBarBody>{tr.t("draft.blocked.noForm")}</MessageBarBody>
        </MessageBar>
      )}
      {missingSet && (
        <MessageBar intent="warning" layout="multiline" data-notice="unsupported">
          <MessageBarBody>{tr.t("problem.unsupported.body", { version: missingSet })}</MessageBarBody>
        </MessageBar>
      )}
      {/* What cannot be undone shows all it will send, and its confirming step, whatever the expander says. */}
      <GraphActions {...{ outcome, meeting, snapshot, draft, subject, body, draftTr, tone, shorterMinutes }} />
      <div className={styles.actions} ref={actionsRef}>
        {/* Outlook's own way, until Graph has sent this way out. */}
        {!sentThroughGraph && (
          <>
            {applyLabel && !fitted.blocked && (
              <Button {...officeApply} disabled={working || !canApply || locked || pending !== null} onClick={() => void apply()}>
                {working ? tr.t("action.working") : tr.t(applyLabel)}
              </Button>
            )}
            {fitted.blocked && (
              <>
                <Button appearance="primary" data-action="copy" disabled={working} onClick={() => copy(true)}>
                  {tr.t("action.copyRich")}
                </Button>
                <Button data-action="copy-plain" disabled={working} onClick={() => copy(false)}>
                  {tr.t("action.copyPlain")}
                </Button>
              </>
            )}
            {plan.kind === "replacement-email" && (
              <>
                <Button {...officeApply} disabled={working} onClick={() => copy(true)}>
                  {tr.t("action.copyRich")}
                </Button>
                <Button data-action="copy-plain" disabled={working} onClick={() => copy(false)}>
                  {tr.t("action.copyPlain")}
                </Button>
                {mailto ? (
                  <Link href={mailto} data-action="mailto">
                    {tr.t("action.mailto")}
                  </Link>
                ) : (
                  <Text size={200} data-notice="no-mailto">
                    {tr.t("limits.noMailto", { limit: MAILTO_MAX_CHARS })}
                  </Text>
                )}
                {caps.newMessageForm && (
                  <Button data-action="new-message" disabled={working} onClick={apply}>
                    {tr.t("action.apply.newMessageForm")}
                  </Button>
                )}
              </>
            )}
          </>
        )}
        {pending && (
          <Button data-action="undo" disabled={working} onClick={() => void actions.undo()}>
            {tr.t("action.undo")}
          </Button>
        )}
      </div>

      <div aria-live="polite" data-status={status.kind} tabIndex={-1} ref={statusRef}>
        {(status.kind === "done" || status.kind === "error") && (
          <MessageBar intent={status.kind === "done" ? "success" : "error"} layout="multiline">
            <MessageBarBody>
              <Text as="p" block>
                {status.message}
              </Text>
              {status.lines?.map((line) => (
                <Text key={line} as="p" block>
                  {line}
                </Text>
              ))}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>

      {hasText && (
        <>
          <Button
            appearance="subtle"
            size="small"
            className={styles.expander}
            icon={<ChevronRight16Regular className={mergeClasses(styles.chevron, open && styles.chevronOpen)} />}
            aria-expanded={open}
            aria-controls={textId}
            data-action="show-draft"
            onClick={() => onTextOpen(!open)}
          >
            {tr.t("advice.showDraft")}
          </Button>
          {/* Closed, the text stays mounted (hidden): nothing typed is lost. */}
          <div id={textId} hidden={!open} className={styles.text} data-region="draft-text">
            {moreLines.map((line) => (
              <Text key={line} as="p" size={200} block className={pane.heading} data-field="plan-more">
                {line}
              </Text>
            ))}
            <div className={pane.row}>
              <Field label={tr.t("draft.language")}>
                <Select value={language} onChange={(_, data) => chooseLanguage(data.value as LanguageTag)} data-field="draft-language">
                  {SUPPORTED_LANGUAGES.map((l) => (
                    <option key={l} value={l}>
                      {tr.languageName(l, true)}
                    </option>
                  ))}
                </Select>
              </Field>
              {outcome.id === "shorter" && lengths.length > 0 && (
                <ShorterLengthField label={tr.t("draft.shorterLength")} lengths={lengths} value={shorterMinutes} onChange={setShorterMinutes} dataField="shorter-minutes" />
              )}
            </div>
            <ToneField label={tr.t("draft.tone")} name="tone" value={tone} onChange={setTone} />
            {"to" in plan && plan.to.length > 0 && (
              <Text as="p" size={200} className={styles.recipients} data-field="to">
                {tr.t("draft.to", { recipients: recipientLine(plan.to) })}
              </Text>
            )}
            {"cc" in plan && plan.cc.length > 0 && (
              <Text as="p" size={200} className={styles.recipients} data-field="cc">
                {tr.t("draft.cc", { recipients: recipientLine(plan.cc) })}
              </Text>
            )}
            {plan.kind !== "update-event" &&
              (draft.subjectEditable ? (
                <Field label={tr.t("draft.subject")}>
                  <Input value={subject} onChange={(_, data) => edit({ subject: data.value })} dir="auto" data-field="subject" data-draft="subject" />
                </Field>
              ) : (
                <Text as="p" size={200} className={styles.recipients} data-field="subject">
                  {tr.t("draft.subject.reply", { subject: isolate(meeting.subject) || tr.t("summary.noSubject") })}
                </Text>
              ))}
            <Field label={plan.kind === "update-event" ? tr.t("draft.note") : tr.t("draft.body")}>
              <Textarea
                value={body}
                onChange={(_, data) => edit({ body: data.value })}
                resize="vertical"
                textarea={{ className: styles.body, lang: draft.locale }}
                data-field="body"
                data-draft="body"
              />
            </Field>
            {setAside && (
              <MessageBar intent="info" layout="multiline">
                <MessageBarBody>
                  {rewrittenFor === "language" ? tr.t("draft.editsKept", { language: tr.languageName(language) }) : tr.t("draft.editsKeptRewritten")}{" "}
                  <Link as="button" onClick={bringBack}>
                    {tr.t("draft.restoreEdits")}
                  </Link>
                </MessageBarBody>
              </MessageBar>
            )}
            <DraftNotices blocked={null} notices={fitted.notices} />
          </div>
        </>
      )}
    </div>
  );
}
