// Lookups keyed by text from the event or the saved settings (email domains,
// names, language tags). A plain object answers `obj["constructor"]` or
// `obj["__proto__"]` from Object.prototype, so an organizer at `eve@constructor`
// would read a function where a language tag belongs. These helpers only ever
// see an object's own entries.

/** The record's own value for `key`, never one inherited from Object.prototype. */
export function ownValue<V>(record: Readonly<Record<string, V>> | null | undefined, key: string): V | undefined {
  return record != null && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A record with no prototype, filled from `entries`: "__proto__" is an ordinary key in it. */
export function nullPrototypeRecord<V>(entries: Iterable<readonly [string, V]> = []): Record<string, V> {
  const record = Object.create(null) as Record<string, V>;
  for (const [key, value] of entries) record[key] = value;
  return record;
}
