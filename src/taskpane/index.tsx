// Production entry: wait for Office.js, then show the pane for the open event.
import { createOfficeAdapter, whenOfficeReady } from "../office/officeAdapter";
import en from "../core/i18n/catalogs/en";
import { mountTaskPane } from "./mount";

/** Office.onReady never settles when Office.js is blocked or the page is opened outside Outlook. */
const OFFICE_READY_TIMEOUT_MS = 15_000;

/**
 * The first time-zone-aware Intl.DateTimeFormat loads the zone data (60–150 ms on a
 * slow laptop); do it now, while Office.js is still talking to Outlook, instead of
 * on the way to the advice.
 */
function warmUpTimeZones(): void {
  try {
    new Intl.DateTimeFormat("en", { timeZone: "Europe/Paris", hour: "numeric", minute: "numeric" }).format(0);
  } catch {
    // Only a head start: formatting works (more slowly) without it.
  }
}

const container = document.getElementById("root");
if (container) {
  warmUpTimeZones();
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("Office.js did not start")), OFFICE_READY_TIMEOUT_MS));
  Promise.race([whenOfficeReady(), timeout])
    .then(() => mountTaskPane(container, createOfficeAdapter()))
    .catch((error: unknown) => {
      // No Office, so no display language either: English, from the catalog.
      container.textContent = en["problem.outsideOutlook"];
      console.error("[offramp]", error);
    });
}
