// The pane's translator, handed down through React context.
import { createContext, useContext } from "react";
import type { Translator } from "../core/i18n";

const TranslatorContext = createContext<Translator | null>(null);

export const TranslatorProvider = TranslatorContext.Provider;

export function useTranslator(): Translator {
  const tr = useContext(TranslatorContext);
  if (!tr) throw new Error("useTranslator needs a TranslatorProvider above it");
  return tr;
}
