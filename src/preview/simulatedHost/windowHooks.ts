// What the host changes on the window, as Office.js does, and puts back on uninstall:
// `Office` itself, history.pushState/replaceState set to null, and alert/confirm/prompt
// (forbidden in add-ins) recorded in the call log instead of blocking.

import type { SimulatedMailbox } from "./types";

/** The window as the host writes to it (`Office` typed loosely: it is a look-alike). */
export type HostWindow = Window & { Office?: unknown; __simulatedMailbox?: SimulatedMailbox };

/** What install changed on the window, so uninstall can put it back. */
interface WindowOriginals {
  hadOffice: boolean;
  office: unknown;
  alert: unknown;
  confirm: unknown;
  prompt: unknown;
  pushState: PropertyDescriptor | undefined;
  replaceState: PropertyDescriptor | undefined;
}

const ORIGINALS = Symbol.for("offramp.simulatedHost.originals");

const stashOf = (win: Window) => win as unknown as Record<symbol, WindowOriginals | undefined>;

/** Puts `office` on the window as Office.js would, keeping the originals once (a second install keeps the first's). */
export function hookWindow(win: Window & typeof globalThis, office: unknown, record: (api: string, args: unknown[]) => void): void {
  const hostWin = win as unknown as HostWindow;
  const stash = stashOf(win);
  if (!stash[ORIGINALS]) {
    stash[ORIGINALS] = {
      hadOffice: "Office" in hostWin,
      office: hostWin.Office,
      alert: win.alert,
      confirm: win.confirm,
      prompt: win.prompt,
      pushState: Object.getOwnPropertyDescriptor(win.history, "pushState"),
      replaceState: Object.getOwnPropertyDescriptor(win.history, "replaceState"),
    };
  }
  hostWin.Office = office;
  // Office.js does this (hash or memory routers keep working); the add-in must cope.
  const history = win.history as unknown as Record<string, unknown>;
  history.pushState = null;
  history.replaceState = null;
  // Modal dialogs are not allowed in add-ins: record them instead of blocking.
  win.alert = (...args: unknown[]) => record("window.alert", args);
  win.confirm = (...args: unknown[]) => {
    record("window.confirm", args);
    return false;
  };
  win.prompt = (...args: unknown[]) => {
    record("window.prompt", args);
    return null;
  };
}

export function restoreWindow(win: HostWindow): void {
  const stash = stashOf(win);
  const originals = stash[ORIGINALS];
  if (!originals) return;
  if (originals.hadOffice) win.Office = originals.office;
  else delete win.Office;
  win.alert = originals.alert as typeof win.alert;
  win.confirm = originals.confirm as typeof win.confirm;
  win.prompt = originals.prompt as typeof win.prompt;
  const history = win.history as unknown as Record<string, unknown>;
  for (const key of ["pushState", "replaceState"] as const) {
    const descriptor = originals[key];
    if (descriptor) Object.defineProperty(history, key, descriptor);
    else delete history[key];
  }
  delete stash[ORIGINALS];
}
