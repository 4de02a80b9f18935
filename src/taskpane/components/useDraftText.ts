// The draft's text as the user sees it: the template's words until the user edits them,
// and the user's words after. A new template (tone, language, length) replaces the text,
// and an edited version it replaced can be brought back.

import { useState } from "react";
import type { Draft } from "../../core/drafts";

interface DraftText {
  /** The template this text started from. */
  template: Draft;
  subject: string;
  body: string;
  edited: boolean;
  /** The user's edited version, set aside when a new template (tone, language, length) replaced it. */
  setAside: { subject: string; body: string } | null;
  /** What the new template changed: the notice says "rewritten in Danish" only when the language did. */
  rewrittenFor: "language" | "choice";
}

function freshText(template: Draft, previous: DraftText | null): DraftText {
  const setAside = previous?.edited ? { subject: previous.subject, body: previous.body } : (previous?.setAside ?? null);
  const rewrittenFor = previous && previous.template.locale !== template.locale ? "language" : previous?.edited ? "choice" : (previous?.rewrittenFor ?? "choice");
  return { template, subject: template.subject, body: template.body, edited: false, setAside, rewrittenFor };
}

export interface DraftTextState {
  subject: string;
  body: string;
  /** The user's edited version a new template replaced, if any. */
  setAside: DraftText["setAside"];
  rewrittenFor: DraftText["rewrittenFor"];
  edit(change: Partial<Pick<DraftText, "subject" | "body">>): void;
  /** Puts the set-aside edited version back in place of the new template's text. */
  bringBack(): void;
}

export function useDraftText(draft: Draft): DraftTextState {
  // Adjusted during render, as React recommends for state derived from a changed prop.
  const [text, setText] = useState<DraftText>(() => freshText(draft, null));
  let current = text;
  if (text.template !== draft) {
    // A rebuilt template with the same words (a saved setting the draft does not use) leaves the user's text alone.
    const sameWords = text.template.subject === draft.subject && text.template.body === draft.body;
    current = sameWords ? { ...text, template: draft } : freshText(draft, text);
    setText(current);
  }
  const { subject, body, setAside, rewrittenFor } = current;
  return {
    subject,
    body,
    setAside,
    rewrittenFor,
    edit: (change) => setText({ ...current, ...change, edited: true }),
    bringBack: () => {
      if (current.setAside) setText({ ...current, ...current.setAside, edited: true, setAside: null });
    },
  };
}
