// The catalogs' types, apart from the code that loads and formats them, so each
// catalog file can name its type without importing the module that imports it.
import type { MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import type englishSource from "./catalogs/en";

/** Every message key: English is the reference catalog. */
export type MessageKey = keyof typeof englishSource;
/**
 * A catalog as written: ICU MessageFormat source for every key (the catalog files'
 * type). In the bundles its values are the precompiled AST instead (CatalogMessage):
 * code reads messages only through a Translator, never as text.
 */
export type Catalog = Record<MessageKey, string>;
/** One message as the formatter gets it: ICU source (tests, Node) or precompiled AST (the bundles). */
export type CatalogMessage = string | MessageFormatElement[];
