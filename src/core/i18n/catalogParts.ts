// English, the catalog in the pane's first bundle, travels in two parts: what the first
// screen can say (the event, the questions, the advice, the reasons, every problem
// message), and the rest (the drafts, Microsoft Graph's steps, Settings, Undo and their
// errors), which loads with the draft and settings panels. The message keys' prefixes
// say which part a message is in; catalogParts.json lists the later ones, for this
// module and for the build's split (scripts/catalog-parts.cjs) alike.
// Every other catalog stays whole: it is a chunk of its own, loaded on demand anyway.
import parts from "./catalogParts.json";

export type CatalogPart = "first" | "later";

/** Key prefixes of the messages that wait for the draft and settings panels. */
export const LATER_PREFIXES: readonly string[] = parts.laterPrefixes;

export function catalogPartOf(key: string): CatalogPart {
  return LATER_PREFIXES.some((prefix) => key.startsWith(prefix)) ? "later" : "first";
}

