// The event's body as the adapter reads it from its HTML: the lines the agenda is found in.
import { MAX_BODY_HTML_CHARS, canReadHtml, textOfHtml } from "../../src/office/bodyText";

test("a browser can read the body's HTML itself", () => {
  expect(canReadHtml()).toBe(true);
});

test("a line per paragraph, heading and line break; each list item after a dash", () => {
  expect(textOfHtml("<h2>Agenda</h2><ol><li>Budget</li><li>Timeline <b>and</b> risks</li></ol><p>Thanks,<br>Maja</p>")).toBe(
    "Agenda\n- Budget\n- Timeline and risks\nThanks,\nMaja",
  );
});

test("a whole document as Outlook keeps it: its head, styles and scripts are no text", () => {
  const html =
    '<html><head><meta charset="utf-8"><title>x</title><style>p { color: red }</style></head><body dir="ltr"><p class="MsoNormal">Agenda:</p>\r\n<ul><li>Pricing</li>\r\n<li>Contract&nbsp;length</li></ul><script>alert(1)</script></body></html>';
  expect(textOfHtml(html)).toBe("Agenda:\n- Pricing\n- Contract length");
});

test("nested lists, tables and empty items", () => {
  expect(textOfHtml("<ul><li>Status<ul><li>EMEA</li></ul></li><li></li><li>Next steps</li></ul>")).toBe("- Status\n- EMEA\n- Next steps");
  expect(textOfHtml("<table><tr><td>09:00</td><td>Budget</td></tr><tr><td>09:30</td><td>Risks</td></tr></table>")).toBe("09:00 Budget\n09:30 Risks");
});

test("text is taken as text: markup in it is not markup, and nothing is fetched or run", () => {
  const hostile = '<p>&lt;img src=x onerror=alert(1)&gt;</p><img src="https://example.invalid/x.png" onerror="window.__ran = true"><p>Q3 &amp; Q4</p>';
  expect(textOfHtml(hostile)).toBe("<img src=x onerror=alert(1)>\nQ3 & Q4");
  expect((window as unknown as { __ran?: boolean }).__ran).toBeUndefined();
});

test("an empty body, or one of whitespace only, has no lines", () => {
  expect(textOfHtml("")).toBe("");
  expect(textOfHtml("<p> </p><div>\r\n</div>")).toBe("");
});

test("a body of a megabyte is read from its top: the agenda there, not the pages below it", () => {
  const filler = "<p>Minutes of the previous review, item by item.</p>";
  const head = `<html><head><style>${"p.MsoNormal { margin: 0 }\n".repeat(4000)}</style></head>`;
  const html = `${head}<body><p>Agenda</p><ul><li>Pricing</li><li>Risks</li></ul>${filler.repeat(20_000)}<p>TAIL</p></body></html>`;
  expect(html.length).toBeGreaterThan(1_000_000);
  const text = textOfHtml(html);
  // The head's styles do not count against the limit: the agenda right after them is read.
  expect(text.startsWith("Agenda\n- Pricing\n- Risks\nMinutes")).toBe(true);
  expect(text).not.toContain("TAIL");
  expect(text.length).toBeLessThan(MAX_BODY_HTML_CHARS);
});
