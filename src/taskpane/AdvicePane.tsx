// One event, start to finish, the first screen holding what most uses need: the
// event in two lines, the two answers as chips, the chosen way out with its button
// (the draft's text behind an expander), then the other ways out, ranked.
// Data flows one way: snapshot -> meeting -> advice -> chosen draft -> adapter call.

import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ComponentType } from "react";
import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { ArrowLeft20Regular, Settings20Regular } from "@fluentui/react-icons";
import type { MailboxAdapter, MailboxSnapshot } from "../office/mailboxAdapter";
import type { Answers, Meeting, MeetingProblem, OutcomeAdvice, OutcomeId } from "../core/types";
import { loadCatalog, type MessageKey } from "../core/i18n";
import { buildMeeting } from "../core/meeting";
import { adviseMeeting, guessAnswers } from "../core/advice";
import { parseSettings } from "../core/settings";
import { useTranslator } from "./i18nContext";
import { usePaneStyles } from "./styles";
import { ProblemMessage } from "./components/ProblemMessage";
import { MeetingSummary } from "./components/MeetingSummary";
import { Questions } from "./components/Questions";
import { AdviceList } from "./components/AdviceList";
import { FeaturedOutcome } from "./components/FeaturedOutcome";
import { DraftPanelPlaceholder } from "./components/DraftPanelPlaceholder";
import { TimeZoneNotice } from "./components/TimeZoneNotice";
import { PanelChunkBoundary, panelLoad } from "./components/PanelChunkBoundary";
import type { DraftPanelProps } from "./components/DraftPanel";
import { useSettingsStore } from "./useSettingsStore";
import { isolate } from "./bidiIsolation";
import { graphMayOffer, useGraphConfig, type GraphConfig } from "./graphConfig";
import { organizerUnreachable, repliesToOrganizer } from "../core/replies";

// The draft (its editors, language and tone controls, the Office.js actions) comes
// right after the advice: a chunk of its own keeps it out of the first download,
// so the advice shows as soon as the event is read.
// Both panels speak English's later messages (core/i18n/catalogParts.ts): they wait for them,
// whatever the pane's language, since every translation falls back to English. Each is made
// anew when the user asks again after a failed load (PanelChunkBoundary).
function lazyPanel<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  return lazy(panelLoad(() => Promise.all([load(), loadCatalog("en")]).then(([panel]) => panel)));
}
const lazyDraftPanel = () => lazyPanel<DraftPanelProps>(() => import(/* webpackChunkName: "draft" */ "./components/DraftPanel").then((m) => ({ default: m.DraftPanel })));
// Settings are opened rarely: keep them out of the first load.
const lazySettingsPanel = () => lazyPanel(() => import(/* webpackChunkName: "settings" */ "./components/SettingsPanel"));

const PROBLEM_KEYS: Record<MeetingProblem, { title: MessageKey; body: MessageKey }> = {
  "host-too-old": { title: "problem.hostTooOld.title", body: "problem.hostTooOld.body" },
  "no-item": { title: "problem.noItem.title", body: "problem.noItem.body" },
  "not-appointment": { title: "problem.notAppointment.title", body: "problem.notAppointment.body" },
  "missing-times": { title: "problem.missingTimes.title", body: "problem.missingTimes.body" },
  "same-start-end": { title: "problem.sameTime.title", body: "problem.sameTime.body" },
  "end-before-start": { title: "problem.endBeforeStart.title", body: "problem.endBeforeStart.body" },
  "all-day": { title: "problem.allDay.title", body: "problem.allDay.body" },
  "no-attendees": { title: "problem.noAttendees.title", body: "problem.noAttendees.body" },
};

/** Whether the draft panel of `o` will arrive much taller than its placeholder: its text starts open, or Graph's steps may join it. */
function draftMayGrow(o: OutcomeAdvice, m: Meeting, snapshot: MailboxSnapshot, graphConfig: GraphConfig): boolean {
  return (repliesToOrganizer(o.id, m.role) && organizerUnreachable(m) !== null) || graphMayOffer(o.id, m.role, snapshot, graphConfig);
}

export interface AdvicePaneProps {
  snapshot: MailboxSnapshot;
  adapter: MailboxAdapter;
}

export function AdvicePane({ snapshot, adapter }: AdvicePaneProps) {
  const tr = useTranslator();
  const styles = usePaneStyles();
  const result = useMemo(() => buildMeeting(snapshot.item, snapshot.user, snapshot.mode), [snapshot]);
  const parsed = useMemo(() => parseSettings(snapshot.settings), [snapshot]);
  const { settings, save: saveSettings, forget: forgetSettings } = useSettingsStore(parsed.settings, adapter);
  const [invalidKeys, setInvalidKeys] = useState(parsed.invalidKeys);
  // The best guess follows the settings (a newly saved key client pre-selects "key")
  // until the user answers for themselves.
  const guessed = useMemo(() => (result.ok ? guessAnswers(result.meeting, settings) : null), [result, settings]);
  const [answered, setAnswers] = useState<Answers | null>(null);
  const answers = answered ?? guessed?.answers ?? null;
  const [chosen, setChosen] = useState<OutcomeId | null>(null);
  // Whether the draft's text is open (null: the panel's own default), kept across ways out.
  const [textOpen, setTextOpen] = useState<boolean | null>(null);
  // A way out picked from the list moves to the featured card: focus follows it there.
  const featuredHeading = useRef<HTMLHeadingElement>(null);
  const [focusFeatured, setFocusFeatured] = useState(0);
  useEffect(() => {
    if (focusFeatured > 0) featuredHeading.current?.focus();
  }, [focusFeatured]);
  const choose = (id: OutcomeId) => {
    setChosen(id);
    setFocusFeatured((n) => n + 1);
  };
  const [view, setView] = useState<"advice" | "settings">("advice");
  // Keyboard users stay on the button that switches views, whichever it now is.
  const viewToggle = useRef<HTMLButtonElement>(null);
  const viewChanged = useRef(false);
  useEffect(() => {
    if (viewChanged.current) viewToggle.current?.focus();
    viewChanged.current = true;
  }, [view]);

  const advice = useMemo(() => (result.ok && answers ? adviseMeeting(result.meeting, answers, settings) : null), [result, answers, settings]);

  const selected = advice ? (advice.ranked.find((o) => o.id === chosen) ?? advice.ranked[0]) : undefined;

  // Where the first way out's text will start open (a reply that cannot go, a text to copy)
  // or Graph's steps may join it, the draft panel arrives hundreds of pixels taller than the
  // room its placeholder holds. "Other ways out" then waits for the panel's final shape, so
  // it appears where it stays instead of jumping down under a click aimed at it. Decided
  // once, when the pane opens: a list already shown never goes away again.
  const graphConfig = useGraphConfig();
  const [othersWait, setOthersWait] = useState(
    () => result.ok && selected !== undefined && selected.available && draftMayGrow(selected, result.meeting, snapshot, graphConfig),
  );
  const othersMayShow = useCallback(() => setOthersWait(false), []);
  const [DraftPanel, setDraftPanel] = useState(lazyDraftPanel);
  const [SettingsPanel, setSettingsPanel] = useState(lazySettingsPanel);
  // Try again replaces its own button: keyboard users go on from the card's heading, or from
  // the button back to the advice, rather than from the top of the page.
  const retryDraftPanel = () => {
    setDraftPanel(() => lazyDraftPanel());
    featuredHeading.current?.focus();
  };
  const retrySettingsPanel = () => {
    setSettingsPanel(() => lazySettingsPanel());
    viewToggle.current?.focus();
  };

  if (!result.ok || !answers || !advice || !selected) {
    const keys = PROBLEM_KEYS[result.ok ? "no-item" : result.problem];
    const hostVersion = !result.ok && result.problem === "host-too-old" ? result.hostVersion : null;
    return <ProblemMessage title={tr.t(keys.title)} body={tr.t(keys.body)} detail={hostVersion ? tr.t("problem.hostTooOld.version", { version: isolate(hostVersion) }) : undefined} />;
  }
  const meeting = result.meeting;

  const header = (
    <header className={styles.header}>
      <Text as="h1" size={400} weight="semibold" className={styles.heading}>
        {tr.t("app.name")}
      </Text>
      {view === "advice" ? (
        <Button
          appearance="subtle"
          icon={<Settings20Regular />}
          ref={viewToggle}
          onClick={() => setView("settings")}
          aria-label={tr.t("app.openSettings")}
          title={tr.t("app.openSettings")}
          data-action="settings"
        />
      ) : (
        <Button ref={viewToggle} appearance="subtle" icon={<ArrowLeft20Regular />} onClick={() => setView("advice")} data-action="close-settings" className={styles.wrappingButton}>
          {tr.t("app.closeSettings")}
        </Button>
      )}
    </header>
  );

  // The advice stays mounted (hidden) while Settings is open, so the chosen
  // outcome and every edit in the draft are still there on the way back.
  return (
    <>
      {header}
      {/* A line of text while the settings chunk arrives: a Spinner would put its code in every pane's first download. */}
      {view === "settings" && (
        // Escape closes Settings, as the Back button does (a question inside it, such as Forget's, answers Escape first).
        <div
          data-view="settings"
          onKeyDown={(event) => {
            if (event.key === "Escape" && !event.defaultPrevented) setView("advice");
          }}
        >
          <PanelChunkBoundary onRetry={retrySettingsPanel}>
            <Suspense fallback={<Text role="status">{tr.t("action.working")}</Text>}>
              <SettingsPanel
                settings={settings}
                save={async (patch) => {
                  await saveSettings(patch);
                  setInvalidKeys([]);
                }}
                forget={async () => {
                  await forgetSettings();
                  setInvalidKeys([]);
                }}
              />
            </Suspense>
          </PanelChunkBoundary>
        </div>
      )}
      <div hidden={view === "settings"} data-view="advice">
        <MeetingSummary meeting={meeting} settings={settings} />
        <Questions
          answers={answers}
          keyClient={guessed?.answers.importance === "key" && guessed.keyClientDomain ? { domain: guessed.keyClientDomain, name: guessed.keyClientName ?? guessed.keyClientDomain } : null}
          onChange={setAnswers}
        />
        {/* Featured first, then the others in rank order: with the default choice, rank order throughout. */}
        <div className={styles.section} data-section="advice" aria-label={tr.t("advice.heading")} role="region">
          <FeaturedOutcome outcome={selected} ref={featuredHeading}>
            <PanelChunkBoundary onRetry={retryDraftPanel} onFailed={othersWait ? othersMayShow : undefined}>
              <Suspense fallback={<DraftPanelPlaceholder outcome={selected} />}>
                <DraftPanel
                  key={selected.id}
                  outcome={selected}
                  meeting={meeting}
                  settings={settings}
                  snapshot={snapshot}
                  adapter={adapter}
                  saveSettings={saveSettings}
                  textOpen={textOpen}
                  onTextOpen={setTextOpen}
                  onSettled={othersWait ? othersMayShow : undefined}
                />
              </Suspense>
            </PanelChunkBoundary>
          </FeaturedOutcome>
          {/* Notices about the reading (saved settings, time zone) follow the way out, so they never push its button off the first screen. */}
          {invalidKeys.length > 0 && (
            <MessageBar intent="warning" layout="multiline" data-notice="invalid-settings">
              <MessageBarBody>{tr.t("notice.invalidSettings", { keys: tr.list(invalidKeys.map((key) => tr.t(`notice.invalidSettings.${key}`))) })}</MessageBarBody>
            </MessageBar>
          )}
          <TimeZoneNotice fallback={snapshot.timeZoneFallback} />
          {!othersWait && <AdviceList others={advice.ranked.filter((o) => o.id !== selected.id)} onSelect={choose} />}
        </div>
      </div>
    </>
  );
}
