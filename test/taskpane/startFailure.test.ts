// When Office.js never starts, the page's Loading line gives way to the reason, in the
// browser's language, announced to screen readers.
import { showStartFailure } from "../../src/taskpane/startFailure";

let container: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="root"><div class="offramp-boot" role="status">Loading…</div></div>';
  container = document.getElementById("root")!;
});

test.each([
  ["da-DK", "da-DK", "Offramp kunne ikke starte", "Tjek din forbindelse"],
  ["it", "it", "Offramp non è riuscito ad avviarsi", "Controlla la connessione"],
  ["en-GB", "en-GB", "Offramp couldn’t start", "Check your connection"],
  // A language Offramp does not speak: English.
  ["ja-JP", "en", "Offramp couldn’t start", "Check your connection"],
  [undefined, "en", "Offramp couldn’t start", "Check your connection"],
])("browser in %s: the reason in %s, as an alert in place of Loading", async (browser, lang, title, body) => {
  await showStartFailure(container, browser);
  const alert = container.querySelector('[role="alert"]');
  expect(alert?.querySelector("h1")).toHaveTextContent(title);
  expect(alert?.querySelector("p")).toHaveTextContent(body);
  expect(container).not.toHaveTextContent("Loading");
  expect(container.querySelector('[role="status"]')).toBeNull();
  expect(document.documentElement.lang).toBe(lang);
});
