// Bidirectional control characters in event text. An override (U+202E) in a
// display name would reverse the text after it; in an address it hides where a
// message really goes. The pane isolates every name it shows (<bdi>, dir="auto");
// the model also drops the explicit controls from the texts it hands on, and
// every bidi mark from addresses, which never legitimately hold one.

/** Embeddings, overrides and isolates (LRE…RLO, LRI…PDI): they open or close a direction scope. */
const EXPLICIT_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu;
/** The above, the implicit marks (ALM, LRM, RLM) and zero-width characters: nothing an address may hold. */
const INVISIBLE_IN_ADDRESS = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/gu;

/** Display text (names, subject, location) without the controls that can reorder what surrounds it. */
export function withoutBidiControls(text: string): string {
  return text.replace(EXPLICIT_CONTROLS, "");
}

/**
 * Display text without the controls, or "" when nothing visible is left: a subject or a
 * name made only of zero-width characters is no subject or name (the pane then says so),
 * not a blank heading or an empty "Dear ,". Visible text keeps its joiners (emoji, Indic).
 */
export function displayText(raw: string): string {
  const text = withoutBidiControls(raw).trim();
  return text.replace(INVISIBLE_IN_ADDRESS, "").trim() ? text : "";
}

/** An email address as Offramp writes to it: no bidi controls, no invisible characters, no outer spaces. */
export function cleanAddress(address: string): string {
  return address.replace(INVISIBLE_IN_ADDRESS, "").trim();
}

/** Any bidi control or invisible character left in the text (for tests and checks). */
export function hasBidiControls(text: string): boolean {
  return new RegExp(INVISIBLE_IN_ADDRESS.source, "u").test(text);
}
