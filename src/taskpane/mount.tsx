// Renders the task pane into the production page (index.tsx); the preview renders TaskPane itself.
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import type { MailboxAdapter, MailboxSnapshot } from "../office/mailboxAdapter";
import { TaskPane, loadPaneState } from "./TaskPane";

/** Marks the first meaningful render, for the first-render benchmark. */
function markReady() {
  // Only where the User Timing API is whole (not in every embedded engine, nor in jsdom).
  if (typeof performance === "undefined" || typeof performance.getEntriesByName !== "function" || typeof performance.mark !== "function") return;
  if (!performance.getEntriesByName("offramp:ready").length) performance.mark("offramp:ready");
}

/**
 * Reads the event first, while the page's own "Loading…" line is showing, then
 * starts React with it: one render, straight to the advice, instead of a React
 * "Loading…" that is replaced a moment later. The advice is in the page when this resolves.
 * `snapshot` is a read already under way (the page starts it before this code has loaded).
 */
export async function mountTaskPane(container: HTMLElement, adapter: MailboxAdapter, snapshot?: Promise<MailboxSnapshot>): Promise<Root> {
  const initialState = await loadPaneState(adapter, snapshot);
  const root = createRoot(container);
  // Rendered there and then: root.render alone would leave the work to a later task of
  // React's scheduler, and the browser often runs a frame of "Loading…" before it (2–6% of
  // the time to advice at 4× CPU, measured by alternating builds).
  flushSync(() => root.render(<TaskPane adapter={adapter} initialState={initialState} onReady={markReady} />));
  return root;
}
