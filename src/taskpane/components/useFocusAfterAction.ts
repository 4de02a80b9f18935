// When an action ends, the button that started it may be gone (Undo, once used) or
// disabled (Apply, once the event carries the change): the browser then drops focus to
// the page, and a keyboard or screen-reader user has to find their way back from the top.

import { useEffect, useRef, type RefObject } from "react";

function stillUsable(element: Element | null): boolean {
  if (!element || element === document.body || !element.isConnected) return false;
  return !(element as HTMLButtonElement).disabled;
}

/**
 * After `working` goes back to false: where focus was lost, it moves to Undo if there is
 * one (just applied), else to the first button still usable beside it, else to the message
 * that says what happened. Focus the user moved elsewhere meanwhile stays where it is.
 */
export function useFocusAfterAction(working: boolean, actions: RefObject<HTMLElement>, status: RefObject<HTMLElement>): void {
  const wasWorking = useRef(false);
  useEffect(() => {
    if (working) {
      wasWorking.current = true;
      return;
    }
    if (!wasWorking.current) return;
    wasWorking.current = false;
    if (stillUsable(document.activeElement)) return;
    const within = actions.current;
    const next = within?.querySelector<HTMLElement>('[data-action="undo"]:not(:disabled)') ?? within?.querySelector<HTMLElement>("button:not(:disabled), a[href]") ?? status.current;
    next?.focus();
  }, [working, actions, status]);
}
