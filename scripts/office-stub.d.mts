export function officeStub(fixture: unknown): string;
