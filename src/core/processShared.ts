// What the ESM and the CommonJS copies of the package, loaded in one
// process, must share: a private field belongs to the class that declares
// it, so the class that keeps notes on decoded values is made once per
// process and found by every copy under a registry symbol.

/**
 * A base class whose constructor returns the object it is given, so that a
 * subclass can add private fields to any object: notes that JSON,
 * reflection and deep equality do not see.
 */
export class ReturnTarget {
  constructor(target: object) {
    return target;
  }
}

/**
 * The value every copy of the package in this process shares under `key`:
 * the first copy to load makes it and puts it on globalThis (not
 * enumerable, read-only), later copies take it when `isShared` accepts it.
 * With a frozen global object, each copy keeps its own.
 */
export function processShared<T>(key: symbol, make: () => T, isShared: (u: unknown) => u is T): T {
  const g = globalThis as unknown as Record<symbol, unknown>;
  try {
    const existing = g[key];
    if (isShared(existing)) return existing;
    const value = make();
    Object.defineProperty(g, key, { value, enumerable: false, writable: false, configurable: false });
    return value;
  } catch {
    return make();
  }
}
