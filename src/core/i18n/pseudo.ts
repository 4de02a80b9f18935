// Pseudo-localization (Microsoft's qps-ploc): every message accented and about
// 40 % longer, so a layout that clips or overlaps long translations shows it
// in the preview and the browser tests before a real language does.
// Placeholders, plural/select keywords and `#` stay intact: only literal text
// between them is transformed.

import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import type { Catalog, CatalogMessage } from "./catalogTypes";

const ACCENTED: Record<string, string> = {
  a: "á", b: "ƀ", c: "ç", d: "đ", e: "é", f: "ƒ", g: "ĝ", h: "ĥ", i: "í", j: "ĵ", k: "ķ", l: "ļ", m: "ɱ",
  n: "ñ", o: "ó", p: "þ", r: "ŕ", s: "š", t: "ţ", u: "ú", w: "ŵ", y: "ý", z: "ž",
  A: "Á", B: "Ɓ", C: "Ç", D: "Đ", E: "É", G: "Ĝ", H: "Ĥ", I: "Í", J: "Ĵ", K: "Ķ", L: "Ļ", M: "Ṁ", N: "Ñ", O: "Ó", R: "Ŕ", S: "Š", T: "Ţ", U: "Ú", W: "Ŵ", Y: "Ý", Z: "Ž",
};

/**
 * Accents each letter and pads with "~" to about 140 % of the original length.
 * The padding comes in short groups, as words do, and before a trailing space, so
 * a long message wraps like a real translation instead of forming one unbreakable run.
 */
export function pseudoText(text: string): string {
  if (!text.trim()) return text;
  const accented = [...text].map((c) => ACCENTED[c] ?? c).join("");
  const length = Math.ceil(text.length * 0.4);
  const padding = Array.from({ length }, (_, i) => (i % 5 === 4 ? " " : "~")).join("").trimEnd() || "~";
  const trailing = /\s*$/.exec(accented)?.[0] ?? "";
  return accented.slice(0, accented.length - trailing.length) + padding + trailing;
}

/** The same message with only its literal text pseudo-localized. */
function pseudoElements(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((el) => {
    switch (el.type) {
      case TYPE.literal:
        return { ...el, value: pseudoText(el.value) };
      case TYPE.plural:
      case TYPE.select:
        return {
          ...el,
          options: Object.fromEntries(Object.entries(el.options).map(([key, option]) => [key, { ...option, value: pseudoElements(option.value) }])),
        } as typeof el;
      case TYPE.tag:
        return { ...el, children: pseudoElements(el.children) };
      default:
        return el;
    }
  });
}

/**
 * Each message's literal text pseudo-localized, its ICU structure kept. Works on the
 * AST, so it takes the bundles' precompiled catalogs (no parser there) as well as
 * the source strings tests pass in.
 */
export function pseudoLocalize(source: Catalog): Catalog {
  const out: Record<string, CatalogMessage> = {};
  for (const [key, message] of Object.entries(source as Record<string, CatalogMessage>)) {
    out[key] = pseudoElements(typeof message === "string" ? parse(message) : message);
  }
  // Catalog is the written form's type; pseudo catalogs, like the bundles', hold ASTs.
  return out as unknown as Catalog;
}
