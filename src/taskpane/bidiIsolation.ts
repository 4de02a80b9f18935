// Names, subjects and addresses come from the event and may be written right to
// left (or carry stray direction marks). Interpolated into a sentence of the
// pane, each is wrapped in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE, the
// plain-text twin of <bdi>: its direction is its own and cannot reorder the
// words around it. Elements that show such a text alone use <bdi> or dir="auto".
import type { MessageRef } from "../core/types";

const FSI = "\u2068";
const PDI = "\u2069";

export function isolate(text: string): string {
  return text ? `${FSI}${text}${PDI}` : text;
}

/** The message with every text value isolated (numbers stay numbers for plurals). */
export function isolatedRef(message: MessageRef): MessageRef {
  if (!message.values) return message;
  const values = Object.fromEntries(Object.entries(message.values).map(([k, v]) => [k, typeof v === "string" ? isolate(v) : v]));
  return { ...message, values };
}
