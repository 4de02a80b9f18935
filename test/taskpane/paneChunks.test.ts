// What the page's start script asks for once Office.js names the language and theme:
// the chunks the pane's first render needs, and nothing a pane in English or light
// colours would not load anyway.
import type { HostInfo } from "../../src/office/mailboxAdapter";

const loadTranslatedCatalog = jest.fn((language: string) => Promise.resolve({ language }));
const loadOtherThemes = jest.fn(() => Promise.resolve({}));
jest.mock("../../src/core/i18n/catalogLoaders", () => ({ loadTranslatedCatalog: (language: string) => loadTranslatedCatalog(language) }));
jest.mock("../../src/taskpane/themeChoice", () => ({
  ...jest.requireActual<object>("../../src/taskpane/themeChoice"),
  loadOtherThemes: () => loadOtherThemes(),
}));

import { startPaneChunks } from "../../src/taskpane/paneChunks";

const LIGHT = { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#242424", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#242424" };
const DARK = { bodyBackgroundColor: "#292929", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#1F1F1F", controlForegroundColor: "#FFFFFF" };
const host = (displayLanguage: string, theme: HostInfo["theme"]): HostInfo => ({ platform: "OfficeOnline", displayLanguage, theme });

function forcedColors(active: boolean) {
  window.matchMedia = ((query: string) => ({ matches: active && query.includes("forced-colors"), media: query })) as unknown as typeof window.matchMedia;
}

beforeEach(() => {
  loadTranslatedCatalog.mockClear();
  loadOtherThemes.mockClear();
  forcedColors(false);
});

test("an Italian or Danish Outlook: that catalog, by the tag Outlook gives", () => {
  startPaneChunks(host("it-IT", LIGHT));
  startPaneChunks(host("da", null));
  startPaneChunks(host("pt-PT", null));
  expect(loadTranslatedCatalog.mock.calls).toEqual([["it"], ["da"], ["pt-BR"]]);
  expect(loadOtherThemes).not.toHaveBeenCalled();
});

test("English, a language without a catalog, or the pseudo-locale: no catalog chunk (English is in the first bundle)", () => {
  for (const tag of ["en-US", "en-GB", "ja-JP", "qps-ploc", ""]) startPaneChunks(host(tag, LIGHT));
  expect(loadTranslatedCatalog).not.toHaveBeenCalled();
});

test("dark mode, or Windows high contrast over a light Outlook: the other themes' chunk", () => {
  startPaneChunks(host("en-US", DARK));
  expect(loadOtherThemes).toHaveBeenCalledTimes(1);
  forcedColors(true);
  startPaneChunks(host("en-US", LIGHT));
  expect(loadOtherThemes).toHaveBeenCalledTimes(2);
});

test("a light Outlook, or one that does not tell its theme: no theme chunk", () => {
  startPaneChunks(host("en-US", LIGHT));
  startPaneChunks(host("en-US", null));
  expect(loadOtherThemes).not.toHaveBeenCalled();
});

test("a chunk that fails to load here is no unhandled rejection: the pane asks again and falls back", async () => {
  loadTranslatedCatalog.mockImplementationOnce(() => Promise.reject(new Error("offline")));
  loadOtherThemes.mockImplementationOnce(() => Promise.reject(new Error("offline")));
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on("unhandledRejection", onUnhandled);
  try {
    startPaneChunks(host("da-DK", DARK));
    await new Promise((r) => setTimeout(r, 20));
    expect(unhandled).toEqual([]);
  } finally {
    process.off("unhandledRejection", onUnhandled);
  }
});
