// The production page's first script of ours (webpack entry "office-start"): starts
// Office and the event read while the pane's larger bundles are still on their way.
// The pane's entry (src/taskpane/index.tsx) depends on this one and shares its modules.
import { isOldBrowser } from "../oldBrowser";
import { officeStartOnce } from "./officeStart";

if (!isOldBrowser()) void officeStartOnce();
