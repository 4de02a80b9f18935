// The room the draft panel will take, held while its chunk arrives: without it the
// featured card grows a moment after the advice shows, and "Other ways out" jumps
// down under a click aimed at it. Sized for the panel as it first shows, text closed:
// the plan in up to three lines, one row of buttons, the status line (empty) and
// "See and edit the text", with the panel's gaps between them.
import { makeStyles, tokens } from "@fluentui/react-components";
import type { OutcomeAdvice } from "../../core/types";

/** Fluent's medium Button, the panel's action: 32 px high (not a token). */
const ACTION_ROW = "32px";
/** The "See and edit the text" expander: a transparent button, 24 px high. */
const EXPANDER = "24px";
const LINE = tokens.lineHeightBase200;
const GAP = tokens.spacingVerticalS;

const useStyles = makeStyles({
  withAction: { minHeight: `calc(3 * ${LINE} + ${ACTION_ROW} + ${EXPANDER} + 3 * ${GAP})` },
  // Keeping the meeting sends nothing: one line, no button row.
  withoutAction: { minHeight: `calc(${LINE} + ${EXPANDER} + 2 * ${GAP})` },
});

export interface DraftPanelPlaceholderProps {
  outcome: OutcomeAdvice;
}

export function DraftPanelPlaceholder({ outcome }: DraftPanelPlaceholderProps) {
  const styles = useStyles();
  const sends = outcome.available && outcome.id !== "keep";
  // Empty and hidden from assistive technology: there is nothing to read or press yet.
  return <div aria-hidden="true" data-placeholder="draft" className={sends ? styles.withAction : styles.withoutAction} />;
}
