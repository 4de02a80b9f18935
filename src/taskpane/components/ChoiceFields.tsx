// The two choices both the draft and the settings offer: the shorter meeting's
// length and the tone of drafts. One component each, so they look, read and
// behave the same in both places.

import { Field, Radio, RadioGroup, Select } from "@fluentui/react-components";
import type { Tone } from "../../core/types";
import { useTranslator } from "../i18nContext";

export interface ShorterLengthFieldProps {
  label: string;
  /** The lengths offered, in minutes, shortest first. */
  lengths: readonly number[];
  value: number;
  onChange(minutes: number): void;
  /** The select's form name (settings) or data-field hook (draft). */
  name?: string;
  dataField?: string;
}

export function ShorterLengthField({ label, lengths, value, onChange, name, dataField }: ShorterLengthFieldProps) {
  const tr = useTranslator();
  return (
    <Field label={label}>
      <Select value={String(value)} onChange={(_, data) => onChange(Number(data.value))} name={name} data-field={dataField}>
        {lengths.map((m) => (
          <option key={m} value={m}>
            {tr.t("draft.minutesOption", { minutes: m })}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export interface ToneFieldProps {
  label: string;
  /** The radio group's name: unique on the page. */
  name: string;
  value: Tone;
  onChange(tone: Tone): void;
}

export function ToneField({ label, name, value, onChange }: ToneFieldProps) {
  const tr = useTranslator();
  return (
    <Field label={label}>
      <RadioGroup name={name} layout="horizontal" value={value} onChange={(_, data) => onChange(data.value as Tone)}>
        <Radio value="friendly" label={tr.t("draft.tone.friendly")} />
        <Radio value="formal" label={tr.t("draft.tone.formal")} />
      </RadioGroup>
    </Field>
  );
}
