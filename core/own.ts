/**
 * Own-property lookups for names that come from a request (a function name in the URL, an
 * action in the body, a timer's trigger name, a field path). A plain `table[name]` also finds
 * what every object inherits (`constructor`, `__proto__`, `toString`, …), so a caller could
 * reach a built-in instead of an entry and turn an unknown name into a 500. These helpers
 * admit only the table's own entries. `hasOwnProperty.call` rather than `Object.hasOwn`:
 * core also runs in the mini program, whose older JS engines lack `Object.hasOwn`.
 */

const hasOwn = (table: object, key: PropertyKey): boolean => Object.prototype.hasOwnProperty.call(table, key);

/** `table[key]` when `key` is one of the table's own entries; otherwise undefined. */
export function ownEntry<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return hasOwn(table, key) ? table[key] : undefined;
}

/** Whether `key` names one of the table's own entries (narrows `key` to the table's keys). */
export function isOwnKey<T extends object>(table: T, key: PropertyKey): key is keyof T {
  return hasOwn(table, key);
}
