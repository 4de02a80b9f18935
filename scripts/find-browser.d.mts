export function findBrowser(): string | null;
export const BROWSER_ARGS: string[];
