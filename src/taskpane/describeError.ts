// One line a person can read from whatever went wrong, Office's own words first.
import { OfficeCallError } from "../office/mailboxAdapter";

export function describeError(error: unknown): string {
  if (error instanceof OfficeCallError) {
    const code = error.code !== null ? ` (${error.officeName ?? "error"} ${error.code})` : error.officeName ? ` (${error.officeName})` : "";
    return `${error.message}${code}`;
  }
  if (error instanceof Error) return error.message;
  return typeof error === "string" ? error : "";
}
