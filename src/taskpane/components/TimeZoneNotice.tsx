// Shown when Outlook names a time zone Offramp cannot map: the times then follow
// Outlook's own conversion (a fixed offset), and the user should know.

import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { MailboxSnapshot } from "../../office/mailboxAdapter";
import { useTranslator } from "../i18nContext";

function formatOffset(minutes: number): string {
  if (minutes === 0) return "";
  const sign = minutes > 0 ? "+" : "−";
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return m ? `${sign}${h}:${String(m).padStart(2, "0")}` : `${sign}${h}`;
}

export function TimeZoneNotice({ fallback }: { fallback: MailboxSnapshot["timeZoneFallback"] }) {
  const tr = useTranslator();
  if (!fallback) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-notice="time-zone">
      <MessageBarBody>{tr.t("notice.timeZoneFallback", { zone: fallback.reported, offset: formatOffset(fallback.offsetMinutes) })}</MessageBarBody>
    </MessageBar>
  );
}
