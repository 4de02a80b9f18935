// Formats one ICU message, given as FormatJS's AST, with native Intl: the part of
// intl-messageformat the catalogs use (text, {arguments}, plural with its `=N`,
// offsets and `#`, select), and nothing else, so the pane ships a page of code
// instead of a library. test/i18n/precompiledMessages.test.ts formats every
// message of every catalog both with this and with FormatJS's own formatter,
// with every plural and select option, and requires the same text.

import { TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";

export type MessageValues = Record<string, string | number>;

/** Intl formatters are costly to create: one per locale and options, reused. */
export interface IntlFormatters {
  number(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat;
  plural(locale: string, options?: Intl.PluralRulesOptions): Intl.PluralRules;
  dateTime(locale: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat;
  list(locale: string, options?: Intl.ListFormatOptions): Intl.ListFormat;
}

export function createIntlFormatters(): IntlFormatters {
  const cache = new Map<string, unknown>();
  const memo =
    <O, F>(kind: string, make: (locale: string, options?: O) => F) =>
    (locale: string, options?: O): F => {
      const key = `${kind}|${locale}|${options ? JSON.stringify(options) : ""}`;
      let formatter = cache.get(key) as F | undefined;
      if (!formatter) {
        formatter = make(locale, options);
        cache.set(key, formatter);
      }
      return formatter;
    };
  return {
    number: memo("number", (l, o?: Intl.NumberFormatOptions) => new Intl.NumberFormat(l, o)),
    plural: memo("plural", (l, o?: Intl.PluralRulesOptions) => new Intl.PluralRules(l, o)),
    dateTime: memo("dateTime", (l, o?: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(l, o)),
    list: memo("list", (l, o?: Intl.ListFormatOptions) => new Intl.ListFormat(l, o)),
  };
}

/** A message the formatter cannot complete: a missing value, an option that is not there, an element the catalogs do not use. */
export class MessageFormatError extends Error {}

const own = (options: object, key: string) => Object.prototype.hasOwnProperty.call(options, key);

/**
 * The message's text. `pluralValue` is the count a `#` stands for (inside a plural
 * branch). Throws MessageFormatError rather than return half a sentence.
 */
export function formatElements(elements: MessageFormatElement[], locale: string, formatters: IntlFormatters, values: MessageValues = {}, pluralValue?: number): string {
  let out = "";
  for (const el of elements) {
    switch (el.type) {
      case TYPE.literal:
        out += el.value;
        break;
      case TYPE.pound:
        if (typeof pluralValue === "number") out += formatters.number(locale).format(pluralValue);
        break;
      case TYPE.argument: {
        if (!own(values, el.value)) throw new MessageFormatError(`no value for {${el.value}}`);
        const value = values[el.value];
        out += typeof value === "string" || typeof value === "number" ? String(value) : "";
        break;
      }
      case TYPE.select: {
        if (!own(values, el.value)) throw new MessageFormatError(`no value for {${el.value}, select}`);
        const key = String(values[el.value]);
        const option = (own(el.options, key) ? el.options[key] : undefined) ?? el.options.other;
        if (!option) throw new MessageFormatError(`{${el.value}, select} has no option "${key}" and no "other"`);
        out += formatElements(option.value, locale, formatters, values);
        break;
      }
      case TYPE.plural: {
        if (!own(values, el.value)) throw new MessageFormatError(`no value for {${el.value}, plural}`);
        const value = Number(values[el.value]);
        const offset = el.offset || 0;
        let option = own(el.options, `=${values[el.value]}`) ? el.options[`=${values[el.value]}`] : undefined;
        if (!option) {
          const rule = formatters.plural(locale, { type: el.pluralType }).select(value - offset);
          option = (own(el.options, rule) ? el.options[rule] : undefined) ?? el.options.other;
        }
        if (!option) throw new MessageFormatError(`{${el.value}, plural} has no option for ${value}`);
        out += formatElements(option.value, locale, formatters, values, value - offset);
        break;
      }
      default:
        throw new MessageFormatError(`message element of type ${TYPE[el.type]} is not supported (the catalogs do not use it)`);
    }
  }
  return out;
}
