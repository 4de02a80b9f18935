// Types for scripts/catalog-parts.cjs (used from the TypeScript tests).
export function catalogPart<T extends object>(catalog: T, part: "first" | "later" | undefined, file?: string): Partial<T>;
