// A safe read of one own property. core/ownValue does the same, but it brings
// the codec kernel (and io-ts) along; this entry needs neither.

/** `o[key]` when `o` is an object with that own property; else, or when reading throws, `undefined`. */
export function ownField(o: unknown, key: string): unknown {
  if (typeof o !== 'object' || o === null) return undefined;
  try {
    return Object.prototype.hasOwnProperty.call(o, key) ? (o as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

/** {@link ownField} when it is a string that is not empty. */
export function ownText(o: unknown, key: string): string | undefined {
  const v = ownField(o, key);
  return typeof v === 'string' && v !== '' ? v : undefined;
}
