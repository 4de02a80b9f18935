// One question as a row of chips: real radio inputs (one group, one name, the
// browser's own arrow keys and Tab stop), drawn as small pills so both answers
// fit one glance at 320 px. The question itself is the fieldset's legend, read
// by screen readers and kept off screen. The checked chip differs by more than
// colour (a check mark, bold text, a thicker border), so it also reads in forced colours.
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  group: { border: "none", margin: 0, padding: 0, minWidth: 0, display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  legend: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    padding: 0,
  },
  chip: {
    position: "relative",
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalSNudge}`,
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1Hover}` },
    ":focus-within": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  checked: {
    // The thicker border takes the padding's place, so choosing a chip does not move its neighbours.
    padding: `calc(${tokens.spacingVerticalXXS} - 1px) calc(${tokens.spacingHorizontalSNudge} - 1px)`,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    ":hover": { backgroundColor: tokens.colorBrandBackground2Hover, border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
    "@media (forced-colors: active)": { border: `${tokens.strokeWidthThick} solid Highlight` },
  },
  // The input covers its chip, invisible: a click anywhere on the chip is a click on the radio itself.
  input: { position: "absolute", inset: 0, width: "100%", height: "100%", margin: 0, opacity: 0, cursor: "pointer" },
  // Drawn by CSS: a symbol, not a word for the catalogs.
  mark: { fontWeight: tokens.fontWeightBold, "::before": { content: '"✓"' } },
});

export interface ChoiceChipsProps<V extends string> {
  /** The radio group's name (a stable hook for tests outside the project). */
  name: string;
  /** The question, for screen readers. */
  legend: string;
  values: readonly V[];
  value: V;
  label(value: V): string;
  onChange(value: V): void;
}

export function ChoiceChips<V extends string>({ name, legend, values, value, label, onChange }: ChoiceChipsProps<V>) {
  const styles = useStyles();
  return (
    <fieldset className={styles.group} data-question={name}>
      <legend className={styles.legend}>{legend}</legend>
      {values.map((v) => {
        const checked = v === value;
        return (
          <label key={v} className={mergeClasses(styles.chip, checked && styles.checked)}>
            <input type="radio" className={styles.input} name={name} value={v} checked={checked} onChange={() => onChange(v)} />
            {checked && (
              <span aria-hidden="true" className={styles.mark} />
            )}
            <span>{label(v)}</span>
          </label>
        );
      })}
    </fieldset>
  );
}
