// Preview entry: the real task pane on a simulated Office host, in a plain browser.
// A test may set window.__SIMULATED_MAILBOX_FIXTURE__ before the page loads; a
// person picks a fixture or edits its JSON in the page. A test may also set
// window.__OFFRAMP_CALL_TIMEOUT_MS__ to shorten the adapter's time limit for lost calls.
import { createRoot } from "react-dom/client";
import { PreviewApp } from "./PreviewApp";

declare global {
  interface Window {
    __SIMULATED_MAILBOX_FIXTURE__?: unknown;
    __OFFRAMP_CALL_TIMEOUT_MS__?: number;
  }
}

const container = document.getElementById("preview-root");
if (container) createRoot(container).render(<PreviewApp initialFixture={window.__SIMULATED_MAILBOX_FIXTURE__} callTimeoutMs={window.__OFFRAMP_CALL_TIMEOUT_MS__} />);
