// Types for scripts/catalog-messages.cjs (used from the TypeScript tests).
export declare function loadCatalogs(dir?: string): Record<string, Record<string, string>>;
export declare function plainMessages(keys: string[], dir?: string): Record<string, Record<string, string>>;
export declare const CATALOG_DIR: string;
