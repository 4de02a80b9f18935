// A simulated Outlook host: installs an `Office` object on a window that behaves
// like Office.js for one fixture (see the fixture README in the shared folder:
// the format is a contract). The preview page and the adapter tests drive the
// real `officeAdapter` against it, so it is deliberately as strict as Outlook:
// members exist only in the mode and requirement set that has them, limits are
// enforced, callbacks arrive asynchronously with Office's AsyncResult shape,
// and every call is logged at `window.__simulatedMailbox.calls`.
//
// Choices the Office documentation leaves open, made here once:
// - `__simulatedMailbox.item` shows dates as UTC ISO strings ending in "Z".
// - Numeric codes Outlook does not document are this simulator's: see ERRORS.
// - A fixture failure for a display form (e.g. `item.displayReplyForm`) also makes
//   its `...Async` twin call back failed, so one fixture line covers every host.
// - A fixture date without an offset is read as wall-clock time in the user's zone.
// - Outlook on the web's limit of three async calls in flight applies on
//   `OfficeOnline`; the fourth calls back failed with code 5001.


// The host is split by concern in ./simulatedHost/; this module is its public face.

export * from "./simulatedHost/types";
export { parseFixture } from "./simulatedHost/fixture";
export { htmlToText, textToHtml } from "./simulatedHost/body";
export { installSimulatedHost } from "./simulatedHost/install";
