// Which Fluent theme an Office theme asks for, and the chunk with the dark and
// high-contrast tokens. Outlook exposes its colours (Mailbox 1.14) but not "is dark":
// judge by the body background. Windows high contrast shows up as forced colours.
// Apart from ./theme (which holds the light tokens) so the page's start script can
// ask for that chunk as soon as Office.js names the theme, without Fluent UI itself.
import type { HostInfo } from "../office/mailboxAdapter";
import { loadOnce } from "../core/loadOnce";

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

export function prefersForcedColors(): boolean {
  return typeof window !== "undefined" && typeof window.matchMedia === "function" && window.matchMedia("(forced-colors: active)").matches;
}

/** The dark and high-contrast tokens: one chunk for both (they share most of their palette). */
export const loadOtherThemes = loadOnce(() => import(/* webpackChunkName: "themes" */ "./otherThemes"));
