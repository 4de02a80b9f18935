// Types for scripts/release-zip.cjs (used from the TypeScript tests).
export declare function packageRelease(options: { distDir: string; outDir: string; version: string }): Promise<{ file: string; addinUrl: string; entries: string[] }>;
