// Pane-wide styles: Fluent tokens only, so light, dark and high-contrast themes all apply.
import { makeStyles, tokens } from "@fluentui/react-components";

export const usePaneStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    // Long words (an address, a link) may break only when they cannot fit a line on
    // their own; "anywhere" would also split "Nøglekunde" to squeeze a row of choices.
    overflowWrap: "break-word",
    hyphens: "manual",
  },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  /** A problem message's extra line (what Outlook reports about itself), under its body. */
  problemDetail: { display: "block", marginBlockStart: tokens.spacingVerticalS },
  /** One compact row: the app's name and the gear. */
  header: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS, marginBlock: `-${tokens.spacingVerticalXS}` },
  muted: { color: tokens.colorNeutralForeground3 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  /** A header button whose label wraps at 320 px ("Tilbage til anbefalingerne") instead of being cut off. */
  wrappingButton: { whiteSpace: "normal", height: "auto", textAlign: "start", minWidth: "min-content", flexShrink: 0, maxWidth: "60%" },
});
