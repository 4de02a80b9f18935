// The event at a glance, under its title: when and how long on one line; where,
// with whom and the user's role on the next. Each part is a whole catalog
// sentence; the dots between them are drawn by CSS, not written into the text.
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Meeting, Settings } from "../../core/types";
import { organisationName } from "../../core/organisations";
import type { MessageKey } from "../../core/i18n";
import { useTranslator } from "../i18nContext";
import { isolate } from "../bidiIsolation";

const useStyles = makeStyles({
  summary: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  // A subject of 255 characters would push everything else off the first screen: three
  // lines show, the rest is on hover and read in full by screen readers.
  title: { margin: 0, display: "-webkit-box", WebkitBoxOrient: "vertical", WebkitLineClamp: 3, overflow: "hidden" },
  facts: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  fact: {
    display: "inline",
    // A separator between facts that screen readers skip (the list already separates them).
    ":not(:first-child)::before": { content: '"·" / ""', paddingInline: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground3 },
  },
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
  const styles = useStyles();
  const whereKey = meeting.atClientPremises ? "summary.where.clientPremises" : WHERE_KEYS[meeting.locationKind];
  // Organisations by the names people use ("Northwind"), not their email domains.
  const domains = [...new Set(meeting.attendees.map((p) => p.domain).filter(Boolean))];
  const organisations = [...new Set(domains.map((d) => organisationName(d, meeting.attendees, settings)))];
  const people = tr.t("summary.people", { count: meeting.attendees.length });
  const who = organisations.length ? [people, tr.t("summary.organisations", { organisations: tr.list(organisations.map(isolate)) })].join(" ") : people;
  const role =
    meeting.role === "organizer"
      ? tr.t("summary.role.organizer")
      : meeting.organizer
        ? tr.t("summary.role.attendee", { organizer: isolate(meeting.organizer.name) })
        : tr.t("summary.role.attendeeUnknown");
  const when = tr.t("summary.line.when", { slot: tr.slot(meeting.start, meeting.end), duration: tr.duration(meeting.durationMinutes) });
  const facts: Array<[string, string]> = [
    ["where", tr.t(whereKey, { location: isolate(meeting.location) })],
    ["role", role],
    ["who", who],
    ...(meeting.isRecurring ? ([["repeats", tr.t("summary.line.series")]] as Array<[string, string]>) : []),
  ];
  return (
    <section className={styles.summary} aria-labelledby="offramp-summary-heading" data-section="summary">
      <Text as="h2" size={400} weight="semibold" id="offramp-summary-heading" className={styles.title} title={meeting.subject || undefined}>
        {meeting.subject ? <bdi data-field="meeting-subject">{meeting.subject}</bdi> : tr.t("summary.noSubject")}
      </Text>
      <ul className={styles.facts} aria-label={tr.t("summary.heading")}>
        <li className={styles.fact} data-fact="when">
          {when}
        </li>
      </ul>
      <ul className={styles.facts}>
        {facts.map(([fact, text]) => (
          <li key={fact} className={styles.fact} data-fact={fact}>
            {text}
          </li>
        ))}
      </ul>
    </section>
  );
}
