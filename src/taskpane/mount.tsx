// Renders the task pane into a page. Shared by the production entry and the preview.
import { createRoot, type Root } from "react-dom/client";
import type { MailboxAdapter } from "../office/mailboxAdapter";
import { TaskPane } from "./TaskPane";

/** Marks the first meaningful render, for the first-render benchmark. */
function markReady() {
  if (typeof performance !== "undefined" && !performance.getEntriesByName("offramp:ready").length) performance.mark("offramp:ready");
}

export function mountTaskPane(container: HTMLElement, adapter: MailboxAdapter): Root {
  const root = createRoot(container);
  root.render(<TaskPane adapter={adapter} onReady={markReady} />);
  return root;
}
