// The event at a glance: when, how long, where, who, the user's role, recurrence.
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Meeting, Settings } from "../../core/types";
import { organisationName } from "../../core/organisations";
import type { MessageKey } from "../../core/i18n";
import { useTranslator } from "../i18nContext";
import { usePaneStyles } from "../styles";
import { isolate } from "../bidiIsolation";

const useStyles = makeStyles({
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, minWidth: 0 },
});

const WHERE_KEYS: Record<Meeting["locationKind"], MessageKey> = {
  "in-person": "summary.where.inPerson",
  online: "summary.where.online",
  phone: "summary.where.phone",
  none: "summary.where.none",
};

const NO_SAVED_NAMES: Pick<Settings, "organisationNames"> = { organisationNames: {} };

export interface MeetingSummaryProps {
  meeting: Meeting;
  /** The user's own names for clients (Settings); without them, names come from the invitees and domains. */
  settings?: Pick<Settings, "organisationNames">;
}

export function MeetingSummary({ meeting, settings = NO_SAVED_NAMES }: MeetingSummaryProps) {
  const tr = useTranslator();
  const pane = usePaneStyles();
  const styles = useStyles();
  const whereKey = meeting.atClientPremises ? "summary.where.clientPremises" : WHERE_KEYS[meeting.locationKind];
  // Organisations by the names people use ("Northwind"), not their email domains.
  const domains = [...new Set(meeting.attendees.map((p) => p.domain).filter(Boolean))];
  const organisations = [...new Set(domains.map((d) => organisationName(d, meeting.attendees, settings)))];
  const who = [tr.t("summary.people", { count: meeting.attendees.length }), organisations.length ? tr.t("summary.organisations", { organisations: tr.list(organisations.map(isolate)) }) : ""]
    .filter(Boolean)
    .join(" ");
  const role =
    meeting.role === "organizer"
      ? tr.t("summary.role.organizer")
      : meeting.organizer
        ? tr.t("summary.role.attendee", { organizer: isolate(meeting.organizer.name) })
        : tr.t("summary.role.attendeeUnknown");
  const facts: Array<[MessageKey, string]> = [
    ["summary.when", tr.slot(meeting.start, meeting.end)],
    ["summary.duration", tr.duration(meeting.durationMinutes)],
    ["summary.where", tr.t(whereKey, { location: isolate(meeting.location) })],
    ["summary.who", who],
    ["summary.role", role],
    ["summary.repeats", tr.t(meeting.isRecurring ? "summary.recurring.yes" : "summary.recurring.no")],
  ];
  return (
    <section className={pane.section} aria-labelledby="offramp-summary-heading" data-section="summary">
      <Text as="h2" size={400} weight="semibold" id="offramp-summary-heading" className={pane.heading}>
        {meeting.subject ? <bdi data-field="meeting-subject">{meeting.subject}</bdi> : tr.t("summary.noSubject")}
      </Text>
      <dl className={styles.facts} aria-label={tr.t("summary.heading")}>
        {facts.map(([term, value]) => (
          <div key={term} style={{ display: "contents" }}>
            <dt className={styles.term}>{tr.t(term)}</dt>
            <dd className={styles.value} data-fact={term.replace("summary.", "")}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
