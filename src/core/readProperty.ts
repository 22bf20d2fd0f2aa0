// Reading one property of a value that may be hostile (a getter that throws,
// a Proxy), in a module of its own: it needs neither io-ts nor the codec
// kernel, so entries without codecs (cloudtrail-codecs/object-keys) read
// properties the way the codecs do.

/**
 * What {@link readProperty} answers when reading a property throws (a getter
 * or a Proxy trap). A symbol, so it can never collide with a value.
 */
export const UNREADABLE: unique symbol = Symbol('cloudtrail-codecs/unreadable');

/** Where {@link readProperty} puts the exception it swallowed, for the caller's message. */
export interface ReadFailure {
  error?: unknown;
}

/**
 * `o[key]` (with `ownOnly`: only an own property, else `undefined`), or
 * {@link UNREADABLE} when reading it throws. The exception goes into
 * `failure` when one is given, so the caller can name it; nothing is kept
 * anywhere else.
 */
export function readProperty(o: object, key: string | number, ownOnly = false, failure?: ReadFailure): unknown {
  try {
    if (ownOnly && !Object.prototype.hasOwnProperty.call(o, key)) return undefined;
    return (o as Record<string | number, unknown>)[key];
  } catch (e) {
    if (failure !== undefined) failure.error = e;
    return UNREADABLE;
  }
}
