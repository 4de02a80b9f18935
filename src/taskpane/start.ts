// The production page's first script of ours (webpack entry "start"): starts Office and
// the event read while the pane's larger bundles are still on their way and, as soon as
// Office.js names the display language and theme, the chunks of that catalog and theme.
// The pane's entry (./index.tsx) depends on this one and shares its modules, so it takes
// the same read and the same chunk loads.
import { isOldBrowser } from "../oldBrowser";
import { officeStartOnce } from "../office/officeStart";
import { startPaneChunks } from "./paneChunks";
import { localizeLoadingLine } from "./loadingLine";

if (!isOldBrowser()) {
  officeStartOnce().then(
    (office) => {
      if (!office.mailbox) return;
      localizeLoadingLine(office.host.displayLanguage);
      startPaneChunks(office.host);
    },
    // The pane's entry shows why Office did not start.
    () => undefined,
  );
}
