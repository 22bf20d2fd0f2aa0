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

/** Notes kept on objects, where JSON, reflection and deep equality do not see them. */
export interface NoteStore<T> {
  /** Notes `target` (once: a second note, or an object that cannot take one, is ignored). */
  readonly set: (target: object, note: T) => void;
  /** The note of `target`, if it has one; never throws, whatever `target` is. */
  readonly get: (target: unknown) => T | undefined;
}

/**
 * The process-wide note store under `key`: a private field attached to each
 * noted object (see ReturnTarget). A WeakMap does the same job, but its
 * entries are ephemerons, which the garbage collector traces apart: with a
 * note per log event, decoding a CloudWatch Logs payload was 25% slower.
 * Put a version in the key, and change it when the type of the notes does.
 */
export function noteStore<T>(key: symbol): NoteStore<T> {
  const make = (): NoteStore<T> => {
    class Noted extends ReturnTarget {
      #note: T;
      private constructor(target: object, note: T) {
        super(target);
        this.#note = note;
      }
      static set(target: object, note: T): void {
        try {
          new Noted(target, note);
        } catch {
          // Noted already, or not extensible.
        }
      }
      static get(target: unknown): T | undefined {
        return typeof target === 'object' && target !== null && #note in target ? (target as Noted).#note : undefined;
      }
    }
    return Object.freeze({ set: Noted.set, get: Noted.get });
  };
  const isStore = (u: unknown): u is NoteStore<T> =>
    typeof u === 'object' && u !== null && typeof (u as NoteStore<T>).set === 'function' && typeof (u as NoteStore<T>).get === 'function';
  return processShared(key, make, isStore);
}
