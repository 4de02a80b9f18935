// Types for bench/paneShell.cjs (used from the TypeScript tests).
/** The pane page's style block and its root with the Loading line; throws when either is missing. */
export declare function paneShell(html?: string): { style: string; root: string };
