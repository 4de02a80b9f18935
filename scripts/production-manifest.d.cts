// Types for scripts/production-manifest.cjs (used from the TypeScript tests).
export declare function productionManifest(sourceXml: string, options: { addinUrl: string; version: string }): string;
/** "0.2.0" -> "0.2.0.0"; throws for versions Outlook cannot take. */
export declare function manifestVersion(packageVersion: string): string;
export declare function manifestUrls(xml: string): string[];
export declare const DEV_BASE_URL: string;
