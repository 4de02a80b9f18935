// The five ways out, best first. A radio group in the WAI-ARIA sense: one is
// selected, arrow keys move between them, and each carries stable data-* hooks
// (data-outcome, data-recommended, data-available) for tests outside the project.
import { useRef, type KeyboardEvent } from "react";
import { Badge, Text, makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import type { OutcomeAdvice, OutcomeId } from "../../core/types";
import type { Translator } from "../../core/i18n";
import { useTranslator } from "../i18nContext";
import { usePaneStyles } from "../styles";
import { isolatedRef } from "../bidiIsolation";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  option: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: "solid",
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: "2px",
    },
  },
  selected: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
    ":hover": { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  unavailable: { color: tokens.colorNeutralForeground3, ...shorthands.borderStyle("dashed") },
  titleRow: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  reasons: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

function savingsText(o: OutcomeAdvice, tr: Translator): string {
  const { minutes, trip } = o.savings;
  const duration = tr.duration(minutes);
  if (minutes > 0 && trip) return tr.t("advice.saves.minutesAndTrip", { duration });
  if (minutes > 0) return tr.t("advice.saves.minutes", { duration });
  if (trip) return tr.t("advice.saves.trip");
  return o.id === "keep" ? tr.t("advice.saves.nothing") : "";
}

export interface AdviceListProps {
  ranked: OutcomeAdvice[];
  selected: OutcomeId;
  onSelect(id: OutcomeId): void;
}

export function AdviceList({ ranked, selected, onSelect }: AdviceListProps) {
  const tr = useTranslator();
  const pane = usePaneStyles();
  const styles = useStyles();
  const refs = useRef(new Map<OutcomeId, HTMLDivElement>());

  const move = (from: number, step: number) => {
    const next = ranked[(from + step + ranked.length) % ranked.length];
    if (!next) return;
    onSelect(next.id);
    refs.current.get(next.id)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent, index: number, id: OutcomeId) => {
    if (event.key === "ArrowDown" || event.key === "ArrowRight") move(index, 1);
    else if (event.key === "ArrowUp" || event.key === "ArrowLeft") move(index, -1);
    else if (event.key === " " || event.key === "Enter") onSelect(id);
    else return;
    event.preventDefault();
  };

  return (
    <section className={pane.section} data-section="advice">
      <Text as="h2" size={400} weight="semibold" id="offramp-advice-heading" className={pane.heading}>
        {tr.t("advice.heading")}
      </Text>
      <div role="radiogroup" aria-labelledby="offramp-advice-heading" className={styles.list}>
        {ranked.map((o, index) => {
          const isSelected = o.id === selected;
          const titleId = `offramp-outcome-${o.id}`;
          const detailId = `${titleId}-detail`;
          const savings = o.available ? savingsText(o, tr) : "";
          return (
            <div
              key={o.id}
              ref={(el) => {
                if (el) refs.current.set(o.id, el);
                else refs.current.delete(o.id);
              }}
              role="radio"
              aria-checked={isSelected}
              aria-labelledby={titleId}
              aria-describedby={detailId}
              tabIndex={isSelected ? 0 : -1}
              data-outcome={o.id}
              data-recommended={o.recommended ? "true" : undefined}
              data-available={o.available ? "true" : "false"}
              className={mergeClasses(styles.option, isSelected && styles.selected, !o.available && styles.unavailable)}
              onClick={() => onSelect(o.id)}
              onKeyDown={(e) => onKeyDown(e, index, o.id)}
            >
              <div className={styles.titleRow}>
                <Text weight="semibold" id={titleId}>
                  {tr.t(`outcome.${o.id}`)}
                </Text>
                {o.recommended && (
                  <Badge appearance="filled" color="brand">
                    {tr.t("advice.recommended")}
                  </Badge>
                )}
                {!o.available && (
                  <Badge appearance="outline" color="subtle">
                    {tr.t("advice.notAvailable")}
                  </Badge>
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
            </div>
          );
        })}
      </div>
    </section>
  );
}
