// Office theme -> Fluent theme. Outlook exposes its colours (Mailbox 1.14) but not
// "is dark"; judge by the body background. Windows high contrast shows up as forced colours.
//
// Most panes open light, so only the light tokens are in the first download; the
// dark and high-contrast tokens are a chunk of their own, loaded while the event
// and the language load (Outlook tells the theme up front), so the pane still
// appears once, in the right theme.
import { webLightTheme, type Theme } from "@fluentui/react-components";
import type { HostInfo } from "../office/mailboxAdapter";

function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m?.[1]) return null;
  const n = parseInt(m[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export type ThemeName = "light" | "dark" | "highContrast";

export function themeNameFor(hostTheme: HostInfo["theme"], forcedColors: boolean): ThemeName {
  if (forcedColors) return "highContrast";
  const l = hostTheme ? luminance(hostTheme.bodyBackgroundColor) : null;
  return l !== null && l < 0.4 ? "dark" : "light";
}

const loaders: Record<ThemeName, () => Promise<Theme>> = {
  light: () => Promise.resolve(webLightTheme),
  // One chunk for both (they share most of their palette). webpack sees which export
  // each import reads, so the chunk holds these tokens and nothing else of the library.
  dark: () => import(/* webpackChunkName: "themes" */ "@fluentui/react-components").then((m) => m.webDarkTheme),
  highContrast: () => import(/* webpackChunkName: "themes" */ "@fluentui/react-components").then((m) => m.teamsHighContrastTheme),
};

export interface LoadedTheme {
  name: ThemeName;
  theme: Theme;
}

/**
 * The Fluent theme for `name`. If its chunk cannot load (a network hiccup), the
 * light theme: a pane in the wrong colours beats no pane (under forced colours
 * the system repaints it anyway). `name` stays the one asked for.
 */
export async function loadTheme(name: ThemeName): Promise<LoadedTheme> {
  try {
    return { name, theme: await loaders[name]() };
  } catch (error) {
    console.warn(`[offramp] the ${name} theme failed to load`, error);
    return { name, theme: webLightTheme };
  }
}

export function prefersForcedColors(): boolean {
  return typeof window !== "undefined" && typeof window.matchMedia === "function" && window.matchMedia("(forced-colors: active)").matches;
}
