// The preview page: pick or edit a fixture, watch the real task pane work on the
// simulated host, and see beside it what Outlook would now show (the opened
// reply or message, the event after a change) and every Office.js call made.
// A developer tool: its own chrome is English and not translated.

import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import DOMPurify from "dompurify";
import {
  Button,
  Card,
  CardHeader,
  Field,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  Textarea,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { TaskPane } from "../taskpane/TaskPane";
import { createOfficeAdapter } from "../office/officeAdapter";
import { installSimulatedHost, type FormRecipient, type SimulatedMailbox } from "./simulatedHost";
import { BUNDLED_FIXTURES, DEFAULT_FIXTURE } from "./fixtures";
import { GraphConfigProvider } from "../taskpane/graphContext";
import { GraphReceived } from "./GraphReceived";

/** The preview plays an add-in built with a client id; the fixture's `graph` decides whether NAA is there. */
const PREVIEW_GRAPH = { clientId: "00000000-0000-4000-8000-0000000c11e7" };

const useStyles = makeStyles({
  page: {
    display: "grid",
    gridTemplateColumns: "minmax(260px, 1fr) 360px minmax(300px, 1.3fr)",
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalL,
    alignItems: "start",
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground3,
    "@media (max-width: 1000px)": { gridTemplateColumns: "1fr" },
  },
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  pane: {
    width: "360px",
    maxWidth: "100%",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    overflow: "hidden",
    boxShadow: tokens.shadow8,
  },
  json: { fontFamily: tokens.fontFamilyMonospace, minHeight: "24em" },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, whiteSpace: "pre-wrap", wordBreak: "break-word", margin: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
  error: { color: tokens.colorPaletteRedForeground1 },
  mail: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
});

type Installed = { mailbox: SimulatedMailbox; run: number } | { error: string; run: number };

function install(fixture: unknown, run: number): Installed {
  try {
    return { mailbox: installSimulatedHost(fixture, window), run };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error), run };
  }
}

function formatRecipients(list: FormRecipient[]): string {
  return list.map((r) => (r.displayName ? `${r.displayName} <${r.emailAddress}>` : r.emailAddress)).join("; ");
}

function fixtureFromUrl(): unknown {
  const name = new URLSearchParams(window.location.search).get("fixture");
  return BUNDLED_FIXTURES.find((f) => f.name === name);
}

/** Re-renders whenever the simulated mailbox records a call or changes the item. */
function useMailboxVersion(mailbox: SimulatedMailbox | null): number {
  const [store] = useState(() => ({ version: 0 }));
  return useSyncExternalStore(
    (notify) => {
      if (!mailbox) return () => {};
      return mailbox.onChange(() => {
        store.version += 1;
        notify();
      });
    },
    () => store.version,
  );
}

/** The user's own edits in Outlook while the pane is open, as buttons (window.__simulatedMailbox.userEdit). */
function UserEdits({ mailbox }: { mailbox: SimulatedMailbox }) {
  const styles = useStyles();
  const item = mailbox.item;
  const [error, setError] = useState<string | null>(null);
  if (item?.itemType !== "appointment" || mailbox.fixture.mode !== "compose") return null;
  const later = (iso: string | null, minutes: number) => (iso ? new Date(Date.parse(iso) + minutes * 60_000).toISOString() : undefined);
  const edit = (change: Parameters<SimulatedMailbox["userEdit"]>[0]) => {
    setError(null);
    mailbox.userEdit(change).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <Card>
      <CardHeader header={<Text weight="semibold">You, editing in Outlook</Text>} />
      <Text size={200}>Change the open event the way the organizer would while the pane is open, then try Undo.</Text>
      <div className={styles.buttons}>
        <Button size="small" onClick={() => edit({ start: later(item.start, 60) })} data-preview="user-edit-start">
          Move it 1 hour later
        </Button>
        <Button size="small" onClick={() => edit({ end: later(item.end, 15) })} data-preview="user-edit-end">
          End 15 min later
        </Button>
        <Button size="small" onClick={() => edit({ location: "Room 4.12, Fabrikam HQ" })} data-preview="user-edit-location">
          Change the location
        </Button>
        <Button
          size="small"
          onClick={() => edit(item.body.type === "html" ? { bodyAppendHtml: "<p>PS: bring the test data.</p>" } : { bodyAppendText: "\nPS: bring the test data." })}
          data-preview="user-edit-body"
        >
          Type in the description
        </Button>
      </div>
      {error && <Text className={styles.error}>{error}</Text>}
    </Card>
  );
}

export function PreviewApp({ initialFixture, callTimeoutMs }: { initialFixture?: unknown; callTimeoutMs?: number }) {
  const styles = useStyles();
  const first = initialFixture ?? fixtureFromUrl() ?? DEFAULT_FIXTURE;
  const [json, setJson] = useState(() => JSON.stringify(first, null, 2));
  const [installed, setInstalled] = useState<Installed>(() => install(first, 1));
  const mailbox = "mailbox" in installed ? installed.mailbox : null;
  useMailboxVersion(mailbox);
  const adapter = useMemo(() => (mailbox ? createOfficeAdapter(window.Office, { callTimeoutMs }) : null), [mailbox, callTimeoutMs]);
  const selectedName = useMemo(() => {
    try {
      return (JSON.parse(json) as { name?: string }).name ?? "";
    } catch {
      return "";
    }
  }, [json]);

  const load = (text: string) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      setInstalled((prev) => ({ error: `The JSON does not parse: ${(error as Error).message}`, run: prev.run + 1 }));
      return;
    }
    setInstalled((prev) => install(parsed, prev.run + 1));
  };

  useEffect(() => {
    document.title = selectedName ? `Offramp preview: ${selectedName}` : "Offramp preview";
  }, [selectedName]);

  const lastForm = mailbox?.forms[mailbox.forms.length - 1];

  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page}>
        <div className={styles.column}>
          <Text as="h1" size={500} weight="semibold">
            Offramp preview
          </Text>
          <Text>
            The real task pane on a simulated Outlook. Pick a fixture or edit its JSON (the format of the shared fixtures README), then load it: the pane
            opens afresh, as Outlook opens it for each event.
          </Text>
          <Field label="Fixture">
            <Select
              value={BUNDLED_FIXTURES.some((f) => f.name === selectedName) ? selectedName : ""}
              onChange={(_, data) => {
                const fixture = BUNDLED_FIXTURES.find((f) => f.name === data.value);
                if (!fixture) return;
                const text = JSON.stringify(fixture, null, 2);
                setJson(text);
                load(text);
              }}
              data-preview="fixture-picker"
            >
              <option value="" disabled>
                (edited)
              </option>
              {BUNDLED_FIXTURES.map((f) => (
                <option key={f.name} value={f.name}>
                  {f.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Fixture JSON">
            <Textarea value={json} onChange={(_, data) => setJson(data.value)} textarea={{ className: styles.json, spellCheck: false }} resize="vertical" data-preview="fixture-json" />
          </Field>
          <div>
            <Button appearance="primary" onClick={() => load(json)} data-preview="load">
              Load into the pane
            </Button>
          </div>
          {"error" in installed && (
            <MessageBar intent="error" layout="multiline" data-preview="fixture-error">
              <MessageBarBody>{installed.error}</MessageBarBody>
            </MessageBar>
          )}
        </div>

        <div className={styles.pane} data-preview="pane">
          {adapter && (
            <GraphConfigProvider value={PREVIEW_GRAPH}>
              <TaskPane key={installed.run} adapter={adapter} onReady={() => performance.mark("offramp:ready")} />
            </GraphConfigProvider>
          )}
        </div>

        <div className={styles.column} data-preview="outlook">
          <Text as="h2" size={400} weight="semibold">
            What Outlook shows now
          </Text>
          <Card>
            <CardHeader header={<Text weight="semibold">{lastForm ? `Window opened: ${lastForm.kind}` : "No window opened yet"}</Text>} />
            {lastForm && (
              <div data-preview="form">
                <Text as="p" block>
                  To: {formatRecipients(lastForm.to) || "(nobody)"}
                </Text>
                {lastForm.cc.length > 0 && (
                  <Text as="p" block>
                    Cc: {formatRecipients(lastForm.cc)}
                  </Text>
                )}
                <Text as="p" block>
                  Subject: {lastForm.subject}
                </Text>
                {/* The body is what the add-in wrote: sanitized before it is shown, as Outlook would. */}
                <div className={styles.mail} dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(lastForm.htmlBody ?? "") }} />
              </div>
            )}
          </Card>
          {mailbox && <UserEdits mailbox={mailbox} />}
          {mailbox?.item && (
            <Card>
              <CardHeader header={<Text weight="semibold">The event as it stands</Text>} />
              <pre className={styles.mono} data-preview="item">
                {JSON.stringify(mailbox.item, null, 2)}
              </pre>
            </Card>
          )}
          {mailbox && <GraphReceived />}
          <Card>
            <CardHeader header={<Text weight="semibold">Office.js calls ({mailbox?.calls.length ?? 0})</Text>} />
            <pre className={styles.mono} data-preview="calls">
              {(mailbox?.calls ?? []).map((c) => `${c.api}(${c.args.map((a) => JSON.stringify(a)).join(", ")})`).join("\n") || "(none yet)"}
            </pre>
          </Card>
        </div>
      </div>
    </FluentProvider>
  );
}
