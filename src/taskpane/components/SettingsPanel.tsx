// Settings, saved with Office's roaming settings so they follow the user to every Outlook.
import { useState } from "react";
import { Button, Field, Input, Link, MessageBar, MessageBarBody, Text, Textarea, makeStyles } from "@fluentui/react-components";
import type { Settings, Tone } from "../../core/types";
import { DEFAULT_SETTINGS, MAX_CALL_DETAILS_LENGTH, SHORTER_CHOICES, formatOrganisationNames, parseDomainList, parseOrganisationNames } from "../../core/settings";
import { useTranslator } from "../i18nContext";
import { usePaneStyles } from "../styles";
import { describeError } from "../describeError";
import { ShorterLengthField, ToneField } from "./ChoiceFields";
import { ForgetSettings } from "./ForgetSettings";
import { GraphSettingsLine } from "./GraphSettingsLine";

export interface SettingsPanelProps {
  settings: Settings;
  /** The pane's one writer of settings (useSettingsStore): rejects after putting the previous values back. */
  save(patch: Partial<Settings>): Promise<void>;
  /** Removes every stored setting (useSettingsStore.forget). */
  forget(): Promise<void>;
}

// Read by screen readers, not shown: the field's own message is already on screen.
const useAnnouncerStyles = makeStyles({
  offscreen: { position: "absolute", width: "1px", height: "1px", margin: "-1px", padding: 0, overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap", border: 0 },
});

interface FormValues {
  domains: string;
  organisations: string;
  callDetails: string;
  shorterMinutes: number;
  tone: Tone;
}

export default function SettingsPanel({ settings, save: saveSettings, forget }: SettingsPanelProps) {
  const tr = useTranslator();
  const styles = usePaneStyles();
  const [domains, setDomains] = useState(settings.keyClientDomains.join(", "));
  const [organisations, setOrganisations] = useState(formatOrganisationNames(settings.organisationNames));
  const [callDetails, setCallDetails] = useState(settings.callDetails);
  const [shorterMinutes, setShorterMinutes] = useState(settings.shorterMinutes);
  const [tone, setTone] = useState<Tone>(settings.tone);
  const [status, setStatus] = useState<{ intent: "success" | "error"; message: string; typed?: FormValues } | null>(null);
  const [saving, setSaving] = useState(false);
  const parsedDomains = parseDomainList(domains);
  const parsedNames = parseOrganisationNames(organisations);
  const invalid = parsedDomains.invalid.length > 0 || parsedNames.invalid.length > 0;
  const domainsError = parsedDomains.invalid.length ? tr.t("settings.keyClients.invalid", { entries: parsedDomains.invalid.join(", ") }) : undefined;
  const namesError = parsedNames.invalid.length ? tr.t("settings.organisationNames.invalid", { entries: parsedNames.invalid.join("; ") }) : undefined;
  // Fluent makes a field's error an alert, read out on every keystroke that changes it
  // ("acme", "acme.", …). It stays on screen and in the field's description, and is read
  // out once, when the user leaves the field with it.
  const [leftWithError, setLeftWithError] = useState("");
  const announcer = useAnnouncerStyles();
  const lengths = SHORTER_CHOICES.includes(shorterMinutes) ? SHORTER_CHOICES : [...SHORTER_CHOICES, shorterMinutes].sort((a, b) => a - b);

  const show = (values: FormValues) => {
    setDomains(values.domains);
    setOrganisations(values.organisations);
    setCallDetails(values.callDetails);
    setShorterMinutes(values.shorterMinutes);
    setTone(values.tone);
  };

  const save = async () => {
    if (invalid) return;
    const typed: FormValues = { domains, organisations, callDetails, shorterMinutes, tone };
    setSaving(true);
    try {
      await saveSettings({
        keyClientDomains: parsedDomains.domains,
        organisationNames: parsedNames.names,
        callDetails: callDetails.trim(),
        shorterMinutes,
        tone,
      });
      setStatus({ intent: "success", message: tr.t("settings.saved") });
    } catch (error) {
      // The previous settings are still in effect: show them, and keep what was typed one click away.
      show({
        domains: settings.keyClientDomains.join(", "),
        organisations: formatOrganisationNames(settings.organisationNames),
        callDetails: settings.callDetails, shorterMinutes: settings.shorterMinutes, tone: settings.tone });
      setStatus({ intent: "error", message: tr.t("settings.saveFailedRestored", { detail: describeError(error) || tr.t("error.unknownDetail") }), typed });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className={styles.section}
      aria-labelledby="offramp-settings-heading"
      data-section="settings"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Text as="h2" size={400} weight="semibold" id="offramp-settings-heading" className={styles.heading}>
        {tr.t("settings.heading")}
      </Text>
      <Field
        label={tr.t("settings.keyClients")}
        hint={tr.t("settings.keyClients.hint")}
        validationState={domainsError ? "error" : "none"}
        validationMessage={domainsError ? { children: domainsError, role: undefined } : undefined}
      >
        <Input
          value={domains}
          onChange={(_, d) => {
            setDomains(d.value);
            setLeftWithError("");
          }}
          onBlur={() => setLeftWithError(domainsError ?? "")}
          name="keyClientDomains"
        />
      </Field>
      <Field
        label={tr.t("settings.organisationNames")}
        hint={tr.t("settings.organisationNames.hint")}
        validationState={namesError ? "error" : "none"}
        validationMessage={namesError ? { children: namesError, role: undefined } : undefined}
      >
        <Textarea
          value={organisations}
          onChange={(_, d) => {
            setOrganisations(d.value);
            setLeftWithError("");
          }}
          onBlur={() => setLeftWithError(namesError ?? "")}
          name="organisationNames"
          resize="vertical"
        />
      </Field>
      <Field label={tr.t("settings.callDetails")} hint={tr.t("settings.callDetails.hint")}>
        <Input value={callDetails} maxLength={MAX_CALL_DETAILS_LENGTH} onChange={(_, d) => setCallDetails(d.value)} name="callDetails" />
      </Field>
      <ShorterLengthField label={tr.t("settings.shorterMinutes")} lengths={lengths} value={shorterMinutes} onChange={setShorterMinutes} name="shorterMinutes" />
      <ToneField label={tr.t("settings.tone")} name="settings-tone" value={tone} onChange={setTone} />
      <div aria-live="polite" className={announcer.offscreen} data-field="settings-error-announcement">
        {leftWithError}
      </div>
      <GraphSettingsLine />
      <div>
        <Button appearance="primary" type="submit" disabled={saving || invalid} data-action="save-settings">
          {tr.t("settings.save")}
        </Button>
      </div>
      <div aria-live="polite">
        {status && (
          <MessageBar intent={status.intent} layout="multiline" data-status={status.intent === "error" ? "error" : "done"}>
            <MessageBarBody>
              {status.message}
              {status.typed && (
                <>
                  {" "}
                  <Link as="button" type="button" data-action="restore-typed" onClick={() => status.typed && show(status.typed)}>
                    {tr.t("settings.restoreTyped")}
                  </Link>
                </>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <ForgetSettings
        forget={forget}
        onForgotten={() => {
          // The mailbox holds nothing now: the form shows the defaults the pane now uses.
          show({
            domains: DEFAULT_SETTINGS.keyClientDomains.join(", "),
            organisations: formatOrganisationNames(DEFAULT_SETTINGS.organisationNames),
            callDetails: DEFAULT_SETTINGS.callDetails,
            shorterMinutes: DEFAULT_SETTINGS.shorterMinutes,
            tone: DEFAULT_SETTINGS.tone,
          });
          setStatus(null);
        }}
      />
    </form>
  );
}
