// The task pane: reads the event once (Outlook reopens the pane for every event),
// loads the user's language, then shows the advice. Every failure ends in a
// message in the pane, never a blank one.

import { useEffect, useState } from "react";
import { FluentProvider } from "@fluentui/react-components";
import type { HostInfo, MailboxAdapter, MailboxSnapshot } from "../office/mailboxAdapter";
import { createTranslator, englishCatalog as en, englishText, loadCatalog, loadFirstScreenCatalog, resolveLanguage, type Catalog, type Translator } from "../core/i18n";
import { runtimeZone, toIanaZone } from "../core/timeZone";
import { loadTheme, prefersForcedColors, themeNameFor, type LoadedTheme } from "./theme";
import { TranslatorProvider } from "./i18nContext";
import { AdvicePane } from "./AdvicePane";
import { ProblemMessage } from "./components/ProblemMessage";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { describeError } from "./describeError";
import { usePaneStyles } from "./styles";

type LoadState =
  | { status: "loading" }
  | { status: "failed"; detail: string; tr: Translator; theme: LoadedTheme }
  | { status: "ready"; snapshot: MailboxSnapshot; tr: Translator; theme: LoadedTheme };

/** Microsoft's pseudo-locale tag: shows accented, 40% longer text to catch clipping. */
const PSEUDO_LOCALE = /^qps-/i;

async function paneCatalog(displayLanguage: string): Promise<Catalog> {
  if (PSEUDO_LOCALE.test(displayLanguage)) {
    const { pseudoLocalize } = await import(/* webpackChunkName: "i18n-pseudo" */ "../core/i18n/pseudo");
    // The preview's and the tests' check for clipped text: every message, so English in whole.
    return pseudoLocalize(await loadCatalog("en"));
  }
  return loadFirstScreenCatalog(resolveLanguage(displayLanguage));
}

/** What the pane shows once the event and the language are in: the advice, or why not. */
export type PaneState = Exclude<LoadState, { status: "loading" }>;

/** readHost never throws by contract; an adapter that breaks it still gets the message, in English. */
function hostOf(adapter: MailboxAdapter): HostInfo {
  try {
    return adapter.readHost();
  } catch {
    return { platform: null, displayLanguage: "en-US", theme: null };
  }
}

/** The event could not be read, but Outlook's language and theme are plain properties: the message is in both. */
async function failedState(error: unknown, host: HostInfo): Promise<PaneState> {
  const theme = loadTheme(themeNameFor(host.theme, prefersForcedColors()));
  let catalog: Catalog = en;
  try {
    catalog = await paneCatalog(host.displayLanguage);
  } catch {
    // English, as for the advice.
  }
  const language = catalog === en ? "en" : resolveLanguage(host.displayLanguage);
  return { status: "failed", detail: describeError(error), tr: createTranslator(language, catalog, runtimeZone(), host.displayLanguage), theme: await theme };
}

async function readPane(reading: Promise<MailboxSnapshot>): Promise<PaneState> {
  const snapshot = await reading;
  const zone = toIanaZone(snapshot.user.timeZone) ?? runtimeZone();
  const language = resolveLanguage(snapshot.host.displayLanguage);
  // The theme's tokens (a chunk, unless light) load beside the catalog: the pane then shows once, in its colours.
  const theme = loadTheme(themeNameFor(snapshot.host.theme, prefersForcedColors()));
  let catalog: Catalog = en;
  try {
    catalog = await paneCatalog(snapshot.host.displayLanguage);
  } catch (error) {
    // A catalog that fails to load (network hiccup on a chunk) must not blank the pane: English it is.
    console.warn("[offramp] catalog failed to load", error);
  }
  const tr = createTranslator(catalog === en ? "en" : language, catalog, zone, snapshot.host.displayLanguage);
  return { status: "ready", snapshot, tr, theme: await theme };
}

/**
 * Reads the event and loads the language and theme. Never rejects: whatever goes
 * wrong (Outlook refusing the read, a snapshot with parts missing) becomes the
 * "couldn't hand over this event" message, not a pane stuck on Loading.
 */
export async function loadPaneState(adapter: MailboxAdapter, snapshot?: Promise<MailboxSnapshot>): Promise<PaneState> {
  try {
    return await readPane(snapshot ?? adapter.readSnapshot());
  } catch (error) {
    return failedState(error, hostOf(adapter));
  }
}

export interface TaskPaneProps {
  adapter: MailboxAdapter;
  /** Called once the first meaningful render is on screen (for the first-render benchmark). */
  onReady?: () => void;
  /**
   * The event already read (the production entry reads it before React starts, so
   * the pane renders once, straight to the advice). Without it the pane shows
   * "Loading…" and reads the event itself.
   */
  initialState?: PaneState;
}

export function TaskPane({ adapter, onReady, initialState }: TaskPaneProps) {
  const [state, setState] = useState<LoadState>(initialState ?? { status: "loading" });
  const styles = usePaneStyles();

  useEffect(() => {
    if (initialState) return;
    let live = true;
    void loadPaneState(adapter).then((next) => {
      if (live) setState(next);
    });
    return () => {
      live = false;
    };
  }, [adapter, initialState]);

  useEffect(() => {
    if (state.status !== "loading") {
      document.documentElement.lang = state.tr.locale;
      onReady?.();
    }
  }, [state, onReady]);

  // Until the event and the language are known, the page's own plain "Loading…" line
  // stays (no Fluent theme, no Spinner): nothing to style or animate before the
  // advice, and no light pane flashing before a dark one.
  if (state.status === "loading") {
    return (
      <div className="offramp-boot" role="status" aria-live="polite">
        {englishText("app.loading")}
      </div>
    );
  }

  return (
    // data-theme says which theme is on, for tests outside the pane (the accessibility checks).
    <FluentProvider theme={state.theme.theme} className={styles.root} data-theme={state.theme.name}>
      <TranslatorProvider value={state.tr}>
        <ErrorBoundary>
          {state.status === "failed" ? (
            <ProblemMessage title={state.tr.t("problem.readFailed.title")} body={state.tr.t("problem.readFailed.body", { detail: state.detail })} />
          ) : (
            <AdvicePane snapshot={state.snapshot} adapter={adapter} />
          )}
        </ErrorBoundary>
      </TranslatorProvider>
    </FluentProvider>
  );
}
