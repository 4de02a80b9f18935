// Names, subjects and addresses come from the event and may be written right to
// left (or carry stray direction marks; the model has already dropped the
// overrides). Interpolated into a sentence of the pane, such a text is wrapped in
// FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE, the plain-text twin of <bdi>:
// its direction is its own and cannot reorder the words around it. Text with
// nothing right-to-left in it cannot, so it stays as it is (and reads the same to
// anything that searches the pane's text). Elements that show such a text alone
// use <bdi> or dir="auto".
import type { MessageRef } from "../core/types";

const FSI = "\u2068";
const PDI = "\u2069";
/** Right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, … and their presentation forms) and the RTL marks. */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u200F\u061C\u202B\u202E\u2067\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

export function isolate(text: string): string {
  return RIGHT_TO_LEFT.test(text) ? `${FSI}${text}${PDI}` : text;
}

/** The message with every text value isolated (numbers stay numbers for plurals). */
export function isolatedRef(message: MessageRef): MessageRef {
  if (!message.values) return message;
  const values = Object.fromEntries(Object.entries(message.values).map(([k, v]) => [k, typeof v === "string" ? isolate(v) : v]));
  return { ...message, values };
}
