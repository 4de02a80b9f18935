// The themes most panes never need, a chunk of their own (./themeChoice loads it).
// webpack sees which exports are read, so the chunk holds these tokens and nothing
// else of the library.
export { webDarkTheme, teamsHighContrastTheme } from "@fluentui/react-components";
