// Shown when taskpane.html is opened outside Outlook, as an administrator
// checking a deployment in a browser tab would: Office.js starts and reports no
// mailbox. Says that Offramp runs inside Outlook and how to add it there.
import { FluentProvider, Link, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import { createRoot, type Root } from "react-dom/client";
import { createTranslator, englishCatalog as en, loadFirstScreenCatalog, resolveLanguage, type Catalog, type Translator } from "../../core/i18n";
import { runtimeZone } from "../../core/timeZone";
import { TranslatorProvider, useTranslator } from "../i18nContext";
import { usePaneStyles } from "../styles";
import { loadTheme, prefersForcedColors, themeNameFor, type LoadedTheme } from "../theme";

const useStyles = makeStyles({
  steps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  address: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
});

export interface OutsideOutlookProps {
  /** Where the add-in's manifest.xml is served. */
  manifestUrl: string;
}

export function OutsideOutlook({ manifestUrl }: OutsideOutlookProps) {
  const tr = useTranslator();
  const pane = usePaneStyles();
  const styles = useStyles();
  return (
    <main className={pane.section} aria-labelledby="offramp-problem-title" data-problem="true" data-reason="outside-outlook">
      <Text as="h1" size={500} weight="semibold" className={pane.heading}>
        {tr.t("app.name")}
      </Text>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id="offramp-problem-title">{tr.t("problem.outsideOutlook.title")}</MessageBarTitle>
          {tr.t("problem.outsideOutlook.body")}
        </MessageBarBody>
      </MessageBar>
      <Text as="h2" size={400} weight="semibold" className={pane.heading}>
        {tr.t("problem.outsideOutlook.howTo")}
      </Text>
      <ol className={styles.steps}>
        <li>{tr.t("problem.outsideOutlook.admin")}</li>
        <li>{tr.t("problem.outsideOutlook.self")}</li>
      </ol>
      <div className={pane.section}>
        <Text weight="semibold" id="offramp-manifest-label">
          {tr.t("problem.outsideOutlook.manifestLabel")}
        </Text>
        <Link href={manifestUrl} className={styles.address} aria-describedby="offramp-manifest-label" data-field="manifest-url">
          {manifestUrl}
        </Link>
      </div>
      <Text>{tr.t("problem.outsideOutlook.then")}</Text>
    </main>
  );
}

function OutsideOutlookPage({ manifestUrl, tr, theme }: OutsideOutlookProps & { tr: Translator; theme: LoadedTheme }) {
  const pane = usePaneStyles();
  return (
    <FluentProvider theme={theme.theme} className={pane.root} data-theme={theme.name}>
      <TranslatorProvider value={tr}>
        <OutsideOutlook manifestUrl={manifestUrl} />
      </TranslatorProvider>
    </FluentProvider>
  );
}

/** Renders the message in the browser's language (there is no Outlook to ask). */
export async function renderOutsideOutlook(container: HTMLElement, manifestUrl: string): Promise<Root> {
  const preferred = navigator.languages?.[0] ?? navigator.language;
  const language = resolveLanguage(preferred);
  const theme = loadTheme(themeNameFor(null, prefersForcedColors()));
  let catalog: Catalog = en;
  try {
    catalog = await loadFirstScreenCatalog(language);
  } catch (error) {
    console.warn("[offramp] catalog failed to load", error);
  }
  const tr = createTranslator(catalog === en ? "en" : language, catalog, runtimeZone(), preferred);
  document.documentElement.lang = tr.locale;
  const root = createRoot(container);
  root.render(<OutsideOutlookPage manifestUrl={manifestUrl} tr={tr} theme={await theme} />);
  return root;
}
