// The event's body as lines of text, from its HTML. Outlook on the web and the new
// Outlook may run a list's items, a table's cells or links together when they coerce
// an HTML body to Text (Office.js reference for Body.getAsync), and the agenda is
// usually such a list; so the adapter asks for the HTML and reads it itself, with
// the browser's own parser. DOMParser documents are inert: no script runs and nothing
// is fetched, and only the text is taken, never markup.

const BLOCKS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "CAPTION", "DD", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION", "FIGURE",
  "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "MAIN", "NAV", "OL", "P", "PRE", "SECTION",
  "TABLE", "TBODY", "THEAD", "TFOOT", "TR", "UL",
]);
const NOT_TEXT = new Set(["SCRIPT", "STYLE", "HEAD", "TITLE", "TEMPLATE", "NOSCRIPT", "SVG"]);

/**
 * How much of the body's HTML is read, after its head: an agenda sits at the top of an
 * invitation, and a body of a megabyte (a pasted report, a forwarded thread) would otherwise
 * cost a slow laptop a fifth of a second of parsing on the way to the advice.
 */
export const MAX_BODY_HTML_CHARS = 100_000;

/** Whether this engine can read an HTML body itself (every browser; not a bare script host). */
export function canReadHtml(): boolean {
  return typeof DOMParser === "function";
}

/**
 * One line per paragraph, heading or table row, and each list item on a line of its own
 * after "- " (so a list reads as one, with or without a heading above it).
 */
export function textOfHtml(html: string): string {
  // Outlook's whole documents carry their styles in the head (classic Outlook's run to tens
  // of kilobytes): the limit counts from the body on.
  const bodyAt = html.search(/<body[\s>]/i);
  const doc = new DOMParser().parseFromString((bodyAt > 0 ? html.slice(bodyAt) : html).slice(0, MAX_BODY_HTML_CHARS), "text/html");
  const lines: string[] = [];
  let line = "";
  const endLine = () => {
    const text = line.replace(/\s+/g, " ").trim();
    if (text) lines.push(text);
    line = "";
  };
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      line += node.nodeValue ?? "";
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (NOT_TEXT.has(tag)) return;
    if (tag === "BR") return endLine();
    if (tag === "LI") {
      endLine();
      line = "- ";
      node.childNodes.forEach(walk);
      return endLine();
    }
    const block = BLOCKS.has(tag);
    if (block) endLine();
    node.childNodes.forEach(walk);
    if (block) endLine();
    else if (tag === "TD" || tag === "TH") line += " ";
  };
  if (doc.body) doc.body.childNodes.forEach(walk);
  endLine();
  // A list item left empty ("- " alone) is no item.
  return lines.filter((text) => text !== "-").join("\n");
}
