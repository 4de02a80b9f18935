// Settings, saved with Office's roaming settings so they follow the user to every Outlook.
import { useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Text } from "@fluentui/react-components";
import type { MailboxAdapter } from "../../office/mailboxAdapter";
import type { Settings, Tone } from "../../core/types";
import { MAX_CALL_DETAILS_LENGTH, SHORTER_CHOICES, parseDomainList } from "../../core/settings";
import { useTranslator } from "../i18nContext";
import { usePaneStyles } from "../styles";
import { describeError } from "../describeError";
import { GraphSettingsLine } from "./GraphSettingsLine";

export interface SettingsPanelProps {
  settings: Settings;
  adapter: MailboxAdapter;
  onSaved(settings: Settings): void;
}

export default function SettingsPanel({ settings, adapter, onSaved }: SettingsPanelProps) {
  const tr = useTranslator();
  const styles = usePaneStyles();
  const [domains, setDomains] = useState(settings.keyClientDomains.join(", "));
  const [callDetails, setCallDetails] = useState(settings.callDetails);
  const [shorterMinutes, setShorterMinutes] = useState(settings.shorterMinutes);
  const [tone, setTone] = useState<Tone>(settings.tone);
  const [status, setStatus] = useState<{ intent: "success" | "error"; message: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const parsedDomains = parseDomainList(domains);
  const lengths = SHORTER_CHOICES.includes(shorterMinutes) ? SHORTER_CHOICES : [...SHORTER_CHOICES, shorterMinutes].sort((a, b) => a - b);

  const save = async () => {
    if (parsedDomains.invalid.length) return;
    const next: Settings = { ...settings, keyClientDomains: parsedDomains.domains, callDetails: callDetails.trim(), shorterMinutes, tone };
    setSaving(true);
    try {
      await adapter.saveSettings({
        keyClientDomains: next.keyClientDomains,
        callDetails: next.callDetails,
        shorterMinutes: next.shorterMinutes,
        tone: next.tone,
      });
      onSaved(next);
      setStatus({ intent: "success", message: tr.t("settings.saved") });
    } catch (error) {
      setStatus({ intent: "error", message: tr.t("settings.saveFailed", { detail: describeError(error) || tr.t("error.unknownDetail") }) });
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
        validationState={parsedDomains.invalid.length ? "error" : "none"}
        validationMessage={parsedDomains.invalid.length ? tr.t("settings.keyClients.invalid", { entries: parsedDomains.invalid.join(", ") }) : undefined}
      >
        <Input value={domains} onChange={(_, d) => setDomains(d.value)} name="keyClientDomains" />
      </Field>
      <Field label={tr.t("settings.callDetails")} hint={tr.t("settings.callDetails.hint")}>
        <Input value={callDetails} maxLength={MAX_CALL_DETAILS_LENGTH} onChange={(_, d) => setCallDetails(d.value)} name="callDetails" />
      </Field>
      <Field label={tr.t("settings.shorterMinutes")}>
        <Select value={String(shorterMinutes)} onChange={(_, d) => setShorterMinutes(Number(d.value))} name="shorterMinutes">
          {lengths.map((m) => (
            <option key={m} value={m}>
              {tr.t("draft.minutesOption", { minutes: m })}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={tr.t("settings.tone")}>
        <RadioGroup name="settings-tone" layout="horizontal" value={tone} onChange={(_, d) => setTone(d.value as Tone)}>
          <Radio value="friendly" label={tr.t("draft.tone.friendly")} />
          <Radio value="formal" label={tr.t("draft.tone.formal")} />
        </RadioGroup>
      </Field>
      <GraphSettingsLine />
      <div>
        <Button appearance="primary" type="submit" disabled={saving || parsedDomains.invalid.length > 0} data-action="save-settings">
          {tr.t("settings.save")}
        </Button>
      </div>
      <div aria-live="polite">
        {status && (
          <MessageBar intent={status.intent}>
            <MessageBarBody>{status.message}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </form>
  );
}
