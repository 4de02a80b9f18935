export function bodyText(body: { type: string; content: string } | null | undefined): string | null;
export function officeStub(fixture: unknown): string;
