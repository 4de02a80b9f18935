// Types for scripts/addin-url.cjs (used from the TypeScript tests).
export declare class AddinUrlError extends Error {}
/** The checked, normalised address (ends in "/"); throws AddinUrlError with a message saying how to fix it. */
export declare function parseAddinUrl(raw: string | undefined): string;
export declare const EXAMPLE_ADDIN_URL: string;
