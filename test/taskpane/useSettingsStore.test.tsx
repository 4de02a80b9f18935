// The one writer of settings: shows new values at once, saves them in order, and
// puts the previous values back when Outlook refuses, without undoing a later change.
import { act, renderHook } from "@testing-library/react";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { useSettingsStore } from "../../src/taskpane/useSettingsStore";

function deferredAdapter() {
  const pending: Array<{ values: Record<string, unknown>; resolve(): void; reject(e: Error): void }> = [];
  return {
    pending,
    saveSettings: (values: Record<string, unknown>) => new Promise<void>((resolve, reject) => pending.push({ values, resolve, reject })),
  };
}

test("a save shows at once and reaches Outlook", async () => {
  const adapter = deferredAdapter();
  const { result } = renderHook(() => useSettingsStore(DEFAULT_SETTINGS, adapter));
  let saved!: Promise<void>;
  act(() => {
    saved = result.current.save({ tone: "formal" });
  });
  expect(result.current.settings.tone).toBe("formal");
  await act(async () => {
    await Promise.resolve();
    adapter.pending[0]!.resolve();
    await saved;
  });
  expect(adapter.pending.map((p) => p.values)).toEqual([{ tone: "formal" }]);
  expect(result.current.settings.tone).toBe("formal");
});

test("a refused save puts the previous value back and rejects with Outlook's error", async () => {
  const adapter = deferredAdapter();
  const { result } = renderHook(() => useSettingsStore({ ...DEFAULT_SETTINGS, shorterMinutes: 30 }, adapter));
  let saved!: Promise<void>;
  act(() => {
    saved = result.current.save({ shorterMinutes: 45 });
  });
  await act(async () => {
    await Promise.resolve();
    adapter.pending[0]!.reject(new Error("Size Limit Exceeded"));
    await expect(saved).rejects.toThrow("Size Limit Exceeded");
  });
  expect(result.current.settings.shorterMinutes).toBe(30);
});

test("saves run one after another; a refused one leaves a later change to another key alone", async () => {
  const adapter = deferredAdapter();
  const { result } = renderHook(() => useSettingsStore(DEFAULT_SETTINGS, adapter));
  let first!: Promise<void>;
  let second!: Promise<void>;
  act(() => {
    first = result.current.save({ tone: "formal" });
    second = result.current.save({ callDetails: "+45 20 30 40 50" });
  });
  await act(async () => {
    await Promise.resolve();
  });
  // The second waits for the first.
  expect(adapter.pending).toHaveLength(1);
  await act(async () => {
    adapter.pending[0]!.reject(new Error("offline"));
    await expect(first).rejects.toThrow("offline");
  });
  await act(async () => {
    await Promise.resolve();
    adapter.pending[1]!.resolve();
    await second;
  });
  expect(result.current.settings.tone).toBe("friendly");
  expect(result.current.settings.callDetails).toBe("+45 20 30 40 50");
});
