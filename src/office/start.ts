// The production page's first script of ours (webpack entry "office-start"): starts
// Office and the event read while the pane's larger bundles are still on their way.
// The pane's entry (src/taskpane/index.tsx) depends on this one and shares its modules.
import { officeStartOnce } from "./officeStart";

/** Set by taskpane.html's inline check when the web engine is too old (IE11, EdgeHTML); its message is already on screen. */
if ((window as { offrampOldBrowser?: boolean }).offrampOldBrowser !== true) void officeStartOnce();
