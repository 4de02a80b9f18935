// Production entry: show the pane for the open event once Office.js is ready and the
// event read (both started earlier, by ./start.ts), or, opened outside Outlook,
// say where Offramp runs and how to add it.
import { officeStartOnce } from "../office/officeStart";
import { buildTimeValues } from "../buildTimeValues";
import { isOldBrowser } from "../oldBrowser";
import { mountTaskPane } from "./mount";
import { showStartFailure } from "./startFailure";

/**
 * The first Intl formatter loads ICU's locale and zone data (60–150 ms on a slow laptop).
 * taskpane.html's worker (intl-warmup.js) usually has loaded it for the whole process by
 * now, and this costs a few milliseconds; where it has not (no workers, a slow start),
 * this does it while Outlook may still be handing over the event, not on the way to the advice.
 */
function warmUpTimeZones(): void {
  try {
    new Intl.DateTimeFormat("en", { timeZone: "Europe/Paris", hour: "numeric", minute: "numeric" }).format(0);
  } catch {
    // Only a head start: formatting works (more slowly) without it.
  }
}

const container = document.getElementById("root");
if (container && !isOldBrowser()) {
  // The start ./start.ts made before this bundle arrived: the same promise, not a second read.
  const started = officeStartOnce();
  warmUpTimeZones();
  started
    .then(async (office) => {
      if (office.mailbox) await mountTaskPane(container, office.adapter, office.snapshot);
      else {
        // Seen only in a plain browser tab: its own chunk, out of every pane's first download.
        const { renderOutsideOutlook } = await import(/* webpackChunkName: "outside-outlook" */ "./components/OutsideOutlook");
        await renderOutsideOutlook(container, new URL("manifest.xml", buildTimeValues.addinUrl).href);
      }
    })
    .catch(async (error: unknown) => {
      console.error("[offramp]", error);
      // No Office, so no Outlook display language either: the browser's. In the bundle, not a
      // chunk: the network that kept Office.js away could keep a chunk away too.
      await showStartFailure(container, navigator.language);
    });
}
