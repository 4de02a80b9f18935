// Office theme -> Fluent theme (which one: ./themeChoice).
//
// Most panes open light, so only the light tokens are in the first download; the
// dark and high-contrast tokens are a chunk of their own, asked for by the page's
// start script as soon as Office.js names the theme (./start), so the pane still
// appears once, in the right theme, and no later than a light one.
import { webLightTheme, type Theme } from "@fluentui/react-components";
import { loadOtherThemes, type ThemeName } from "./themeChoice";

export { prefersForcedColors, themeNameFor, type ThemeName } from "./themeChoice";

const loaders: Record<ThemeName, () => Promise<Theme>> = {
  light: () => Promise.resolve(webLightTheme),
  dark: () => loadOtherThemes().then((m) => m.webDarkTheme),
  highContrast: () => loadOtherThemes().then((m) => m.teamsHighContrastTheme),
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
