// The item's body as Outlook gives it back: Text and Html coercions.

const BLOCK_TAGS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER",
  "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "TABLE", "TR", "UL",
]);
const SKIPPED_TAGS = new Set(["SCRIPT", "STYLE", "HEAD", "TITLE", "TEMPLATE", "NOSCRIPT"]);

/** Where a list's items and a table's cells run together: its own line breaks are not kept there. */
const RUN_TOGETHER_ON_THE_WEB = new Set(["LI", "OL", "UL", "TABLE", "TR"]);

/**
 * Text coercion of an HTML body: its text content, one line per block element or list item.
 * `web`: as Outlook on the web and the new Outlook may give it (Office.js reference for
 * Body.getAsync: their Text coercion can mangle tables, lists and links), the strict reading:
 * a list's items and a table's rows run together on one line, and links keep only their text.
 */
export function htmlToText(html: string, parser: DOMParser, { web = false }: { web?: boolean } = {}): string {
  const doc = parser.parseFromString(html, "text/html");
  const lines: string[] = [];
  let current = "";
  const flush = () => {
    const line = current.replace(/\s+/g, " ").trim();
    if (line) lines.push(line);
    current = "";
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3 /* TEXT_NODE */) {
      current += (node as Text).data;
      return;
    }
    if (node.nodeType !== 1 /* ELEMENT_NODE */) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === "BR") {
      flush();
      return;
    }
    const block = BLOCK_TAGS.has(tag) && !(web && RUN_TOGETHER_ON_THE_WEB.has(tag));
    if (block) flush();
    node.childNodes.forEach(walk);
    if (block) flush();
    else if (tag === "TD" || tag === "TH" || (web && tag === "LI")) current += " ";
  };
  doc.body.childNodes.forEach(walk);
  flush();
  return lines.join("\n");
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** Html coercion of a text body: the text escaped, one <p> per line. */
export function textToHtml(text: string): string {
  if (text === "") return "";
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => `<p>${line === "" ? "<br>" : escapeHtml(line)}</p>`)
    .join("");
}


const BLOCK_SELECTOR = "p, div, ul, ol, li, table, tr, h1, h2, h3, h4, h5, h6, blockquote, pre, hr";

/**
 * The body as Outlook keeps it after a write: Outlook on the web and the Windows
 * client never hand back the HTML they were given. This imitates what they do
 * (each client differs in detail), so the add-in cannot compare with what it wrote:
 * - the content is wrapped in a whole document (html, head with a meta tag, body);
 * - `data-*` attributes are dropped and paragraphs get Outlook's own class;
 * - attributes are re-serialized (quoting, order) and a line break ends each block.
 * Text, ids and classes survive, so markers in them can still be found.
 */
export function outlookHtml(html: string, parser: DOMParser): string {
  const doc = parser.parseFromString(html, "text/html");
  doc.querySelectorAll("*").forEach((el) => {
    for (const attr of [...el.attributes]) if (attr.name.startsWith("data-")) el.removeAttribute(attr.name);
  });
  doc.querySelectorAll("p").forEach((p) => p.classList.add("MsoNormal"));
  doc.querySelectorAll("script").forEach((el) => el.remove());
  const styles = [...doc.head.querySelectorAll("style")].map((s) => s.outerHTML).join("\r\n");
  let content = doc.body.innerHTML;
  content = content.replace(new RegExp(`(</(?:${BLOCK_SELECTOR.replace(/, /g, "|")})>)(?!\\r\\n)`, "gi"), "$1\r\n");
  return [
    "<html>",
    "<head>",
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
    ...(styles ? [styles] : []),
    "</head>",
    '<body dir="ltr">',
    content.trim(),
    "</body>",
    "</html>",
    "",
  ].join("\r\n");
}
