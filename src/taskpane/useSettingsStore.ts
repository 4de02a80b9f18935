// The one place that writes settings. Everything that changes a setting (the
// settings panel, the draft language remembered per domain) goes through
// `save`: the pane shows the new values at once, Outlook's roaming settings
// store them, and if that fails the previous values come back on screen and
// the caller hears why. Saves run one after another, as Outlook wants.
import { useCallback, useRef, useState } from "react";
import type { MailboxAdapter } from "../office/mailboxAdapter";
import type { Settings, SettingsKey } from "../core/types";
import { DEFAULT_SETTINGS, SETTINGS_KEYS } from "../core/settings";

export interface SettingsStore {
  settings: Settings;
  /** Shows and saves the given keys; rejects (with Outlook's error) after putting the previous values back. */
  save(patch: Partial<Settings>): Promise<void>;
  /** Removes every key Offramp stored in the mailbox and shows the defaults; rejects after putting the previous values back. */
  forget(): Promise<void>;
}

export function useSettingsStore(initial: Settings, adapter: Pick<MailboxAdapter, "saveSettings">): SettingsStore {
  const [settings, setSettings] = useState(initial);
  const current = useRef(initial);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  // `stored` is what goes to Outlook: the patch itself, or every key set to undefined (removed) when forgetting.
  const write = useCallback(
    (patch: Partial<Settings>, stored: Record<string, unknown>): Promise<void> => {
      const keys = Object.keys(patch) as SettingsKey[];
      const previous = current.current;
      const next: Settings = { ...previous, ...patch };
      current.current = next;
      setSettings(next);
      const run = queue.current.then(async () => {
        try {
          await adapter.saveSettings(stored);
        } catch (error) {
          // Put back what this save changed, unless a later change replaced it meanwhile.
          const restored = { ...current.current } as Record<SettingsKey, unknown>;
          for (const key of keys) if (current.current[key] === next[key]) restored[key] = previous[key];
          current.current = restored as unknown as Settings;
          setSettings(current.current);
          throw error;
        }
      });
      queue.current = run.catch(() => undefined);
      return run;
    },
    [adapter],
  );

  const save = useCallback((patch: Partial<Settings>) => write(patch, patch as Record<string, unknown>), [write]);
  const forget = useCallback(() => write({ ...DEFAULT_SETTINGS }, Object.fromEntries(SETTINGS_KEYS.map((key) => [key, undefined]))), [write]);

  return { settings, save, forget };
}
