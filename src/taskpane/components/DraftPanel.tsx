// The chosen way out: what Offramp will do, the text it will write (editable,
// in the chosen tone and language), and the one button that does it.

import { useEffect, useMemo, useState } from "react";
import {
  Button,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { AppliedChange, MailboxAdapter, MailboxSnapshot } from "../../office/mailboxAdapter";
import { OfficeCallError } from "../../office/mailboxAdapter";
import type { Meeting, OutcomeAdvice, Settings, Tone } from "../../core/types";
import { buildDraft, bodyToHtml, mailtoLink, type Draft, type Recipient } from "../../core/drafts";
import { standIn } from "../../core/advice";
import { SHORTER_CHOICES } from "../../core/settings";
import {
  SUPPORTED_LANGUAGES,
  createTranslator,
  languageName,
  loadCatalog,
  resolveLanguage,
  type LanguageTag,
  type MessageKey,
  type Translator,
} from "../../core/i18n";
import { useTranslator } from "../i18nContext";
import { usePaneStyles } from "../styles";
import { describeError } from "../describeError";
import { GraphActions } from "./GraphActions";
import { useGraphOffered } from "../graphContext";

const useStyles = makeStyles({
  recipients: { margin: 0, color: tokens.colorNeutralForeground2 },
  body: { minHeight: "14em" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

type Status =
  | { kind: "idle" }
  | { kind: "working" }
  | { kind: "done"; message: string; applied?: AppliedChange }
  | { kind: "error"; message: string };

export interface DraftPanelProps {
  outcome: OutcomeAdvice;
  meeting: Meeting;
  settings: Settings;
  snapshot: MailboxSnapshot;
  adapter: MailboxAdapter;
  onSettingsChange(settings: Settings): void;
}

/** The organisation the draft is written to: its language is remembered per email domain. */
function recipientDomain(outcome: OutcomeAdvice, meeting: Meeting): string | null {
  if (outcome.id === "delegate") return standIn(meeting)?.domain || null;
  return meeting.externalDomains[0] ?? meeting.organizer?.domain ?? meeting.attendees[0]?.domain ?? null;
}

/** The translator for the draft's language; the pane's own until another catalog has loaded. */
function useDraftTranslator(language: LanguageTag, pane: Translator, timeZone: string): Translator {
  const [loaded, setLoaded] = useState<Translator | null>(null);
  useEffect(() => {
    if (language === pane.language) return;
    let live = true;
    loadCatalog(language)
      .then((catalog) => {
        if (live) setLoaded(createTranslator(language, catalog, timeZone));
      })
      .catch((error) => console.warn("[offramp] draft catalog failed to load", error));
    return () => {
      live = false;
    };
  }, [language, pane, timeZone]);
  if (language === pane.language) return pane;
  return loaded?.language === language ? loaded : pane;
}

interface DraftText {
  /** The template this text started from. */
  template: Draft;
  subject: string;
  body: string;
  edited: boolean;
  /** The user's edited version, set aside when a new template (tone, language, length) replaced it. */
  setAside: { subject: string; body: string } | null;
}

function freshText(template: Draft, previous: DraftText | null): DraftText {
  const setAside = previous?.edited ? { subject: previous.subject, body: previous.body } : (previous?.setAside ?? null);
  return { template, subject: template.subject, body: template.body, edited: false, setAside };
}

function errorMessage(tr: Translator, error: unknown): string {
  const detail = describeError(error) || tr.t("error.unknownDetail");
  if (error instanceof OfficeCallError && error.kind === "rolled-back") return tr.t("error.rolledBack", { detail });
  if (error instanceof OfficeCallError && error.kind === "rollback-failed") return tr.t("error.rollbackFailed", { detail });
  return tr.t("error.apply", { detail });
}

function recipientLine(list: Recipient[]): string {
  return list.map((r) => (r.email ? `${r.name} <${r.email}>` : r.name)).join("; ");
}

export function DraftPanel({ outcome, meeting, settings, snapshot, adapter, onSettingsChange }: DraftPanelProps) {
  const tr = useTranslator();
  const pane = usePaneStyles();
  const styles = useStyles();
  const domain = recipientDomain(outcome, meeting);
  const remembered = domain ? settings.draftLanguageByDomain[domain] : undefined;
  const [language, setLanguage] = useState<LanguageTag>(remembered ? resolveLanguage(remembered) : tr.language);
  const [tone, setTone] = useState<Tone>(settings.tone);
  const lengths = SHORTER_CHOICES.filter((m) => m < meeting.durationMinutes);
  const [shorterMinutes, setShorterMinutes] = useState(
    lengths.includes(settings.shorterMinutes) ? settings.shorterMinutes : (lengths[lengths.length - 1] ?? settings.shorterMinutes),
  );
  const draftTr = useDraftTranslator(language, tr, meeting.timeZone);
  const draft = useMemo(
    () => buildDraft(outcome.id, meeting, settings, draftTr, { tone, shorterMinutes }),
    [outcome.id, meeting, settings, draftTr, tone, shorterMinutes],
  );

  // The user's words win: a new template (tone, language, length) replaces the text,
  // and an edited version it replaced can be brought back. Adjusted during render,
  // as React recommends for state derived from a changed prop.
  const [text, setText] = useState<DraftText>(() => freshText(draft, null));
  let current = text;
  if (text.template !== draft) {
    current = freshText(draft, text);
    setText(current);
  }
  const { subject, body, setAside } = current;
  const edit = (change: Partial<Pick<DraftText, "subject" | "body">>) => setText({ ...current, ...change, edited: true });

  const [status, setStatus] = useState<Status>({ kind: "idle" });
  // Where Graph does it (below), the "add-ins can't decline or cancel" line would be untrue.
  const graphOffered = useGraphOffered(outcome.id, meeting.role, snapshot);
  // ... and the Graph step below is then the primary action; Outlook's way stays beside it.
  const officeApply = graphOffered ? ({ appearance: "secondary", "data-action": "office-apply" } as const) : ({ appearance: "primary", "data-action": "apply" } as const);

  if (!outcome.available) {
    return (
      <section className={pane.section} data-section="draft">
        <Text as="h2" size={400} weight="semibold" className={pane.heading}>
          {tr.t("draft.heading")}
        </Text>
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{tr.t("draft.notAvailable", { reason: outcome.unavailableReason ? tr.ref(outcome.unavailableReason) : "" })}</MessageBarBody>
        </MessageBar>
      </section>
    );
  }

  const plan = draft.plan;
  const html = bodyToHtml(body);
  const caps = snapshot.capabilities;

  const chooseLanguage = (next: LanguageTag) => {
    setLanguage(next);
    if (!domain) return;
    const updated = { ...settings, draftLanguageByDomain: { ...settings.draftLanguageByDomain, [domain]: next } };
    onSettingsChange(updated);
    adapter.saveSettings({ draftLanguageByDomain: updated.draftLanguageByDomain }).catch((error) => {
      setStatus({ kind: "error", message: tr.t("settings.saveFailed", { detail: describeError(error) }) });
    });
  };

  const run = async (action: () => Promise<Status>) => {
    setStatus({ kind: "working" });
    try {
      setStatus(await action());
    } catch (error) {
      setStatus({ kind: "error", message: errorMessage(tr, error) });
    }
  };

  const apply = () =>
    run(async () => {
      switch (plan.kind) {
        case "reply":
          await adapter.openReply({ replyAll: plan.replyAll, htmlBody: html });
          return { kind: "done", message: tr.t("result.replyOpened") };
        case "new-message":
        case "replacement-email":
          await adapter.openNewMessage({ to: plan.to, cc: plan.cc, subject, htmlBody: html });
          return { kind: "done", message: tr.t("result.messageOpened") };
        case "update-event": {
          const applied = await adapter.changeEvent({
            ...(plan.newEnd ? { end: plan.newEnd } : {}),
            ...(plan.newLocation !== null ? { location: plan.newLocation } : {}),
            prependToBody: { text: `${body}\n\n`, html },
          });
          const changes = applied.changed.map((field) => {
            if (field === "end") return tr.t("result.change.end", { from: tr.time(applied.restorePoint.end), to: tr.time(plan.newEnd ?? meeting.end) });
            if (field === "location") return tr.t("result.change.location", { location: plan.newLocation ?? "" });
            return tr.t("result.change.body");
          });
          return { kind: "done", message: tr.t("result.changed", { changes: tr.list(changes) }), applied };
        }
        case "nothing":
          return { kind: "idle" };
      }
    });

  const undo = (applied: AppliedChange) =>
    run(async () => {
      try {
        await adapter.restoreEvent(applied.restorePoint, applied.changed);
      } catch (error) {
        return { kind: "error", message: tr.t("error.undo", { detail: describeError(error) || tr.t("error.unknownDetail") }) };
      }
      return { kind: "done", message: tr.t("result.undone") };
    });

  const copy = (rich: boolean) =>
    run(async () => {
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

  const describePlan = (): string[] => {
    switch (plan.kind) {
      case "reply":
        return [
          plan.replyAll ? tr.t("draft.plan.replyAll") : tr.t("draft.plan.reply", { name: meeting.organizer?.name ?? "" }),
          tr.t("draft.cannot.respond"),
        ];
      case "new-message":
        return [tr.t("draft.plan.newMessage", { name: plan.to[0]?.name ?? "" }), tr.t("draft.cannot.decline")];
      case "update-event":
        return [
          plan.newEnd
            ? tr.t("draft.plan.shorter", { end: tr.time(plan.newEnd), slot: tr.slot(meeting.start, plan.newEnd) })
            : tr.t("draft.plan.call", { location: plan.newLocation ?? "" }),
          tr.t("draft.plan.sendUpdate"),
        ];
      case "replacement-email":
        return [tr.t("draft.plan.replacementEmail"), tr.t("draft.cannot.cancel")];
      case "nothing":
        return [tr.t("draft.plan.nothing")];
    }
  };

  const working = status.kind === "working";
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
  const canApply = plan.kind === "update-event" ? caps.editEvent : plan.kind === "reply" ? caps.replyForms : plan.kind === "new-message" ? caps.newMessageForm : false;
  // The requirement set that would make the primary action work here, when this Outlook lacks it.
  const missingSet = canApply ? null : plan.kind === "new-message" ? "1.6" : plan.kind === "reply" || plan.kind === "update-event" ? "1.1" : null;

  return (
    <section className={pane.section} aria-labelledby="offramp-draft-heading" data-section="draft" data-plan={plan.kind}>
      <Text as="h2" size={400} weight="semibold" id="offramp-draft-heading" className={pane.heading}>
        {tr.t("draft.heading")}
      </Text>
      {describePlan().slice(0, graphOffered ? 1 : undefined).map((line) => (
        <Text key={line} as="p" block className={pane.heading}>
          {line}
        </Text>
      ))}

      {plan.kind !== "nothing" && (
        <>
          <div className={pane.row}>
            <Field label={tr.t("draft.language")}>
              <Select value={language} onChange={(_, data) => chooseLanguage(data.value as LanguageTag)} data-field="draft-language">
                {SUPPORTED_LANGUAGES.map((l) => (
                  <option key={l} value={l} lang={l}>
                    {languageName(l)}
                  </option>
                ))}
              </Select>
            </Field>
            {outcome.id === "shorter" && lengths.length > 0 && (
              <Field label={tr.t("draft.shorterLength")}>
                <Select value={String(shorterMinutes)} onChange={(_, data) => setShorterMinutes(Number(data.value))} data-field="shorter-minutes">
                  {lengths.map((m) => (
                    <option key={m} value={m}>
                      {tr.t("draft.minutesOption", { minutes: m })}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
          </div>
          <Field label={tr.t("draft.tone")}>
            <RadioGroup name="tone" layout="horizontal" value={tone} onChange={(_, data) => setTone(data.value as Tone)}>
              <Radio value="friendly" label={tr.t("draft.tone.friendly")} />
              <Radio value="formal" label={tr.t("draft.tone.formal")} />
            </RadioGroup>
          </Field>
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
                <Input value={subject} onChange={(_, data) => edit({ subject: data.value })} data-field="subject" />
              </Field>
            ) : (
              <Text as="p" size={200} className={styles.recipients} data-field="subject">
                {tr.t("draft.subject.reply", { subject: meeting.subject || tr.t("summary.noSubject") })}
              </Text>
            ))}
          <Field label={plan.kind === "update-event" ? tr.t("draft.note") : tr.t("draft.body")}>
            <Textarea
              value={body}
              onChange={(_, data) => edit({ body: data.value })}
              resize="vertical"
              textarea={{ className: styles.body, lang: draft.locale }}
              data-field="body"
            />
          </Field>
          {setAside && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>
                {tr.t("draft.editsKept", { language: languageName(language) })}{" "}
                <Link
                  as="button"
                  onClick={() => setText({ ...current, ...setAside, edited: true, setAside: null })}
                >
                  {tr.t("draft.restoreEdits")}
                </Link>
              </MessageBarBody>
            </MessageBar>
          )}
        </>
      )}

      {missingSet && (
        <MessageBar intent="warning" layout="multiline" data-notice="unsupported">
          <MessageBarBody>{tr.t("problem.unsupported.body", { version: missingSet })}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        {applyLabel && (
          <Button {...officeApply} disabled={working || !canApply || (status.kind === "done" && status.applied !== undefined)} onClick={apply}>
            {working ? tr.t("action.working") : tr.t(applyLabel)}
          </Button>
        )}
        {plan.kind === "replacement-email" && (
          <>
            <Button {...officeApply} disabled={working} onClick={() => copy(true)}>
              {tr.t("action.copyRich")}
            </Button>
            <Button data-action="copy-plain" disabled={working} onClick={() => copy(false)}>
              {tr.t("action.copyPlain")}
            </Button>
            <Link href={mailtoLink(plan.to, plan.cc, subject, body)} data-action="mailto">
              {tr.t("action.mailto")}
            </Link>
            {caps.newMessageForm && (
              <Button data-action="new-message" disabled={working} onClick={apply}>
                {tr.t("action.apply.newMessageForm")}
              </Button>
            )}
          </>
        )}
        {status.kind === "done" && status.applied && (
          <Button data-action="undo" disabled={working} onClick={() => undo(status.applied!)}>
            {tr.t("action.undo")}
          </Button>
        )}
      </div>

      <div aria-live="polite" data-status={status.kind}>
        {(status.kind === "done" || status.kind === "error") && (
          <MessageBar intent={status.kind === "done" ? "success" : "error"} layout="multiline">
            <MessageBarBody>{status.message}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <GraphActions {...{ outcome, meeting, snapshot, draft, subject, body, draftTr, tone, shorterMinutes }} />
    </section>
  );
}
