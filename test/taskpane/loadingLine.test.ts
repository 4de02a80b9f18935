// The page's Loading line in Outlook's language: taskpane.html's own markup and the data
// the build writes into it (the same catalogs, read by the same build helper).
import { readFileSync } from "node:fs";
import path from "node:path";
import { plainMessages } from "../../scripts/catalog-messages.cjs";
import { localizeLoadingLine, LOADING_TEXT_ID } from "../../src/taskpane/loadingLine";
import it from "../../src/core/i18n/catalogs/it";
import da from "../../src/core/i18n/catalogs/da";

const TEMPLATE = readFileSync(path.resolve(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
const ROOT_MARKUP = TEMPLATE.match(/<div id="root">.*?<\/div><\/div>/)![0];

function page(data: string | null = JSON.stringify(plainMessages(["app.loading"]))) {
  document.body.innerHTML = ROOT_MARKUP + (data === null ? "" : `<script type="application/json" id="${LOADING_TEXT_ID}">${data}</script>`);
  return document.querySelector<HTMLElement>("#root > .offramp-boot")!;
}

test("the page carries the texts where the line can find them", () => {
  expect(TEMPLATE).toContain(`<script type="application/json" id="${LOADING_TEXT_ID}">`);
  expect(TEMPLATE.indexOf(LOADING_TEXT_ID)).toBeLessThan(TEMPLATE.indexOf("startScripts"));
});

test.each([
  ["it-IT", it["app.loading"], "it"],
  ["da-DK", da["app.loading"], "da"],
  ["pt-BR", "Lendo a reunião…", "pt-BR"],
])("an Outlook in %s reads the line in its language, as a status a screen reader voices in it", (displayLanguage, text, lang) => {
  const line = page();
  expect(line).toHaveTextContent("Loading…");
  localizeLoadingLine(displayLanguage);
  expect(line).toHaveTextContent(text);
  expect(line).toHaveAttribute("lang", lang);
  expect(line).toHaveAttribute("role", "status");
});

test("a language Offramp does not speak gets English", () => {
  const line = page();
  localizeLoadingLine("ja-JP");
  expect(line).toHaveTextContent("Reading the meeting…");
  expect(line).toHaveAttribute("lang", "en");
});

test.each([
  ["missing", null],
  ["corrupt", "{not json"],
  ["without the text", JSON.stringify({ it: {} })],
])("texts %s leave the line as it is", (_what, data) => {
  const line = page(data);
  expect(() => localizeLoadingLine("it-IT")).not.toThrow();
  expect(line).toHaveTextContent(/^Loading…$/);
  expect(line).not.toHaveAttribute("lang");
});

test("once the pane has replaced the line, nothing is touched", () => {
  page();
  document.getElementById("root")!.innerHTML = '<main data-outcome="call">advice</main>';
  localizeLoadingLine("it-IT");
  expect(document.getElementById("root")).toHaveTextContent(/^advice$/);
});
