// Cutting text to a length without splitting a character: a cut through an emoji's surrogate
// pair leaves half of it, which Outlook shows as a box and encodeURIComponent refuses outright.

const ELLIPSIS = "…";

/** `text` in at most `max` UTF-16 units, cut between code points and ended with "…" when cut. */
export function ellipsize(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return "";
  let out = "";
  for (const point of text) {
    if (out.length + point.length > max - ELLIPSIS.length) break;
    out += point;
  }
  return `${out.trimEnd()}${ELLIPSIS}`;
}
