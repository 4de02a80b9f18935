// What Offramp had to leave out or cannot do for this draft, in words: the
// action that cannot run (no organizer to reply to) and what Outlook's limits
// trimmed (agenda items, recipients past 100).
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { MessageRef } from "../../core/types";
import { useTranslator } from "../i18nContext";
import { isolatedRef } from "../bidiIsolation";

export interface DraftNoticesProps {
  blocked: MessageRef | null;
  notices: readonly MessageRef[];
}

export function DraftNotices({ blocked, notices }: DraftNoticesProps) {
  const tr = useTranslator();
  return (
    <>
      {blocked && (
        <MessageBar intent="warning" layout="multiline" data-notice="blocked">
          <MessageBarBody>{tr.ref(isolatedRef(blocked))}</MessageBarBody>
        </MessageBar>
      )}
      {notices.map((notice) => (
        <MessageBar key={notice.key} intent="info" layout="multiline" data-notice={notice.key}>
          <MessageBarBody>{tr.ref(notice)}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
