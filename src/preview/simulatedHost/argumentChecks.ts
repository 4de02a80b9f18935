// The argument checks Office.js makes before a call starts: a wrong type throws at once.

import { argumentError } from "./errors";
import type { JsonObject } from "./util";

export type Coercion = "text" | "html";

/** `args[0]` must be a valid Date (Office takes times in UTC). */
export const requireDate = (parameter: string) => (args: unknown[]) => {
  const value = args[0];
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw argumentError(parameter, "A Date (in UTC) is expected.");
};

export const requireString = (parameter: string) => (args: unknown[]) => {
  if (typeof args[0] !== "string") throw argumentError(parameter, "A string is expected.");
};

export const coercionOf = (value: unknown, parameter: string): Coercion => {
  if (value === "text" || value === "html") return value;
  throw argumentError(parameter, "The coercion type must be Office.CoercionType.Text or Office.CoercionType.Html.");
};

/** Writers take `{coercionType}` in their options; Outlook's default is Text. */
export const coercionFromOptions = (options: JsonObject): Coercion =>
  options.coercionType === undefined ? "text" : coercionOf(options.coercionType, "coercionType");
