/**
 * `o[key]` when `key` is an own property of `o`, else `undefined`. Keys come
 * from untrusted JSON, and a plain `o[key]` would answer `constructor` or
 * `__proto__` from `Object.prototype`.
 */
export function ownValue<T>(o: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}
