// "Other ways out": the outcomes not chosen, in rank order, compact. Each is a
// card with a button in its heading (the keyboard target, named by the title and
// described by the reasons); a click anywhere on the card chooses it too, and the
// chosen one takes the featured card's place above.
import type { MouseEvent } from "react";
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { OutcomeAdvice, OutcomeId } from "../../core/types";
import { useTranslator } from "../i18nContext";
import { usePaneStyles } from "../styles";
import { isolatedRef } from "../bidiIsolation";
import { savingsText } from "./outcomeText";
import { useOutcomeStyles } from "./FeaturedOutcome";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  option: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1Hover}` },
  },
  unavailable: {
    color: tokens.colorNeutralForeground3,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    ":hover": { border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1Hover}` },
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold },
  // A button that looks like the title it is: the whole card is the visible target.
  choose: {
    font: "inherit",
    color: "inherit",
    textAlign: "start",
    background: "none",
    border: "none",
    padding: 0,
    margin: 0,
    cursor: "pointer",
    textDecorationLine: "underline",
    textDecorationColor: tokens.colorNeutralStroke1,
    textUnderlineOffset: "3px",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px", borderRadius: tokens.borderRadiusSmall },
  },
  reasons: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export interface AdviceListProps {
  /** The ways out other than the chosen one, best first. */
  others: OutcomeAdvice[];
  onSelect(id: OutcomeId): void;
}

export function AdviceList({ others, onSelect }: AdviceListProps) {
  const tr = useTranslator();
  const pane = usePaneStyles();
  const shared = useOutcomeStyles();
  const styles = useStyles();
  if (others.length === 0) return null;
  return (
    <section className={pane.section} aria-labelledby="offramp-others-heading" data-section="others">
      <Text as="h2" size={300} weight="semibold" id="offramp-others-heading" className={pane.heading}>
        {tr.t("advice.others")}
      </Text>
      <ul className={styles.list}>
        {others.map((o) => {
          const titleId = `offramp-outcome-${o.id}`;
          const detailId = `${titleId}-detail`;
          const markerId = `${titleId}-marker`;
          // Tabbing to the button reads its name and description only: "Recommended" or
          // "Not available" beside it has to be part of that description to be heard.
          const describedBy = o.recommended || !o.available ? `${markerId} ${detailId}` : detailId;
          const savings = o.available ? savingsText(o, tr) : "";
          // The button handles its own click (and Enter/Space); the card's click is for the pointer elsewhere on it.
          const chooseFromCard = (event: MouseEvent) => {
            if ((event.target as HTMLElement).closest("button")) return;
            onSelect(o.id);
          };
          return (
            <li
              key={o.id}
              data-outcome={o.id}
              data-recommended={o.recommended ? "true" : undefined}
              data-available={o.available ? "true" : "false"}
              className={mergeClasses(styles.option, !o.available && styles.unavailable)}
              onClick={chooseFromCard}
            >
              <div className={shared.titleRow}>
                <h3 className={styles.heading}>
                  <button type="button" id={titleId} className={styles.choose} aria-describedby={describedBy} data-action="choose" onClick={() => onSelect(o.id)}>
                    {tr.t(`outcome.${o.id}`)}
                  </button>
                </h3>
                {o.recommended && (
                  <span className={shared.marker} id={markerId}>
                    {tr.t("advice.recommended")}
                  </span>
                )}
                {!o.available && (
                  <span className={mergeClasses(shared.marker, shared.unavailableMarker)} id={markerId}>
                    {tr.t("advice.notAvailable")}
                  </span>
                )}
              </div>
              <div id={detailId}>
                {o.available ? (
                  <ul className={styles.reasons}>
                    {o.reasons.map((r) => (
                      <li key={r.key}>
                        <Text size={200}>{tr.ref(isolatedRef(r))}</Text>
                      </li>
                    ))}
                  </ul>
                ) : (
                  o.unavailableReason && <Text size={200}>{tr.ref(isolatedRef(o.unavailableReason))}</Text>
                )}
                {savings && (
                  <Text size={200} weight="semibold" block>
                    {savings}
                  </Text>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
