// The chosen way out (at first the recommended one), first on screen: its title,
// its one main reason, what it saves, and, from the lazily loaded draft panel,
// what Offramp will do and the button that does it.
import { forwardRef, type ReactNode } from "react";
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { OutcomeAdvice } from "../../core/types";
import { useTranslator } from "../i18nContext";
import { usePaneStyles } from "../styles";
import { isolatedRef } from "../bidiIsolation";
import { savingsText } from "./outcomeText";

export const useOutcomeStyles = makeStyles({
  titleRow: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: 0, alignItems: "baseline" },
  // Plain text in a thin frame: a Fluent Badge would cost the first download more than it gives.
  marker: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  unavailableMarker: { color: tokens.colorNeutralForeground3, border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}` },
});

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    // No top padding here: the description below carries it, so the outcome's own element
    // (data-outcome, what a test measures as the card's top) starts at the card's edge.
    padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  summary: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, paddingTop: tokens.spacingVerticalS },
  // The title's words flow, and the marker after them takes the rest of the last line
  // rather than a line of its own ("… per ora  Consigliata").
  titleFlow: { display: "block" },
  inlineHeading: { display: "inline" },
  inlineMarker: { display: "inline-block", marginInlineStart: tokens.spacingHorizontalS, verticalAlign: "text-bottom" },
  heading: {
    margin: 0,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
});

export interface FeaturedOutcomeProps {
  outcome: OutcomeAdvice;
  /** The draft panel: what Offramp will do, the primary action, the text behind its expander. */
  children: ReactNode;
}

/** The ref is the card's heading: focus moves there when the user picks another way out. */
export const FeaturedOutcome = forwardRef<HTMLHeadingElement, FeaturedOutcomeProps>(function FeaturedOutcome({ outcome: o, children }, headingRef) {
  const tr = useTranslator();
  const pane = usePaneStyles();
  const shared = useOutcomeStyles();
  const styles = useStyles();
  const titleId = `offramp-outcome-${o.id}`;
  const reason = o.available ? o.reasons[0] : o.unavailableReason;
  const savings = o.available ? savingsText(o, tr) : "";
  return (
    <section className={styles.card} aria-labelledby={titleId} data-featured="true">
      {/* The outcome's hooks (data-outcome…) sit on its description only: a test or a user that
          clicks the outcome to choose it must never land on its buttons below. */}
      <div
        className={styles.summary}
        data-outcome={o.id}
        data-recommended={o.recommended ? "true" : undefined}
        data-available={o.available ? "true" : "false"}
        data-chosen="true"
      >
        <div className={styles.titleFlow}>
          <Text as="h2" size={400} weight="semibold" id={titleId} className={mergeClasses(styles.heading, styles.inlineHeading)} ref={headingRef} tabIndex={-1}>
            {tr.t(`outcome.${o.id}`)}
          </Text>
          {o.recommended && <span className={mergeClasses(shared.marker, styles.inlineMarker)}>{tr.t("advice.recommended")}</span>}
          {!o.available && <span className={mergeClasses(shared.marker, shared.unavailableMarker, styles.inlineMarker)}>{tr.t("advice.notAvailable")}</span>}
        </div>
        {reason && (
          <Text as="p" size={200} block className={pane.heading} data-field="main-reason">
            {tr.ref(isolatedRef(reason))}
          </Text>
        )}
        {savings && (
          <Text as="p" size={200} weight="semibold" block className={pane.heading} data-field="savings">
            {savings}
          </Text>
        )}
      </div>
      {children}
    </section>
  );
});
