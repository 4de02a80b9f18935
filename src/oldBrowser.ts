// taskpane.html's first inline script sets `offrampOldBrowser` when the web engine is too old
// for the pane (Internet Explorer 11, EdgeHTML) and shows its own message. The page's
// scripts of ours read it here, so that none of them starts Office or touches that message.

/** Whether taskpane.html found the web engine too old (its message is already on screen). */
export function isOldBrowser(): boolean {
  return (globalThis as { offrampOldBrowser?: boolean }).offrampOldBrowser === true;
}
