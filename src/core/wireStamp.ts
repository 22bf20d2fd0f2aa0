// A decoded Date remembers the exact wire value it came from, so that encode
// gives back the same text ("Nov 5, 2023, 4:29:11 AM" stays that, not an ISO
// rewrite). The note lives in private fields attached to the Date itself
// (a base constructor that returns its argument lets a subclass add private
// fields to any object): invisible to JSON, reflection and deep equality,
// and as cheap as a plain property.
//
// Private fields belong to the class that declares them, and a process may
// hold two copies of this package (the ESM and the CommonJS build). So the
// class is made once per process: the first copy to load puts it on
// globalThis under a registry symbol, as a non-enumerable, read-only
// property, and every later copy uses that one. A Date decoded by one copy
// then encodes losslessly through the other.

/** What the copies share. Its shape never changes within a major version. */
interface NoteStore {
  readonly attach: (target: Date, wire: unknown, ms: number) => void;
  readonly read: (d: Date) => unknown;
}

const STORE_KEY = Symbol.for('cloudtrail-codecs/wire-notes@1');

function makeStore(): NoteStore {
  class Attach {
    constructor(target: object) {
      return target;
    }
  }
  class WireNote extends Attach {
    #wire: unknown;
    #ms: number;
    private constructor(target: Date, wire: unknown, ms: number) {
      super(target);
      this.#wire = wire;
      this.#ms = ms;
    }
    static attach(target: Date, wire: unknown, ms: number): void {
      new WireNote(target, wire, ms);
    }
    static read(d: Date): unknown {
      return #wire in d && (d as unknown as WireNote).#ms === d.getTime() ? (d as unknown as WireNote).#wire : undefined;
    }
  }
  return Object.freeze({ attach: WireNote.attach, read: WireNote.read });
}

function isStore(u: unknown): u is NoteStore {
  return typeof u === 'object' && u !== null && typeof (u as NoteStore).attach === 'function' && typeof (u as NoteStore).read === 'function';
}

function sharedStore(): NoteStore {
  const g = globalThis as unknown as Record<symbol, unknown>;
  try {
    const existing = g[STORE_KEY];
    if (isStore(existing)) return existing;
    const store = makeStore();
    Object.defineProperty(g, STORE_KEY, { value: store, enumerable: false, writable: false, configurable: false });
    return store;
  } catch {
    // A frozen global object: the notes then stay within this copy.
    return makeStore();
  }
}

const store = sharedStore();
const attachNote = store.attach;
const readNote = store.read;

/**
 * A Date for `ms` that remembers the wire value it was decoded from: text, a
 * number, or a `Date` when the input was one (encode then gives a Date back).
 */
export function stampedDate(ms: number, wire: string | number | Date): Date {
  const d = new Date(ms);
  attachNote(d, wire, ms);
  return d;
}

/** The raw note of a Date: its wire value, or `undefined`. */
export function wireNoteOf(d: Date): unknown {
  return readNote(d);
}

/**
 * The wire value a Date was decoded from, or `undefined` when it was made
 * elsewhere or has been changed since (`setTime` and friends).
 *
 * @example
 * import { DateFromIsoTimestamp, wireValueOf } from 'cloudtrail-codecs';
 * const r = DateFromIsoTimestamp.decode('20131102T010628Z');
 * if (r._tag === 'Right') wireValueOf(r.right); // '20131102T010628Z'
 */
export function wireValueOf(d: Date): string | number | undefined {
  const wire = readNote(d);
  return typeof wire === 'string' || typeof wire === 'number' ? wire : undefined;
}

/** True for a Date that holds a time (not `new Date(NaN)`). */
export function isValidDate(u: unknown): u is Date {
  return u instanceof Date && !Number.isNaN(u.getTime());
}

// A decoded primitive cannot carry a note the way a Date can, so when a field
// decodes to a primitive whose canonical encoding differs from what was on
// the wire ("False" read as false), the object holding it keeps the original.
// The key comes from the process-wide symbol registry, so every copy of the
// package reads the notes of every other.

const WIRE_FIELDS = Symbol.for('cloudtrail-codecs/wire-fields');

type FieldNotes = Record<string, unknown>;

/** Remembers that `key` of the decoded object `target` was written as `wire`. */
export function noteWireField(target: object, key: string, wire: unknown): void {
  let notes = (target as { [WIRE_FIELDS]?: FieldNotes })[WIRE_FIELDS];
  if (notes === undefined) {
    notes = Object.create(null) as FieldNotes;
    Object.defineProperty(target, WIRE_FIELDS, { value: notes });
  }
  notes[key] = wire;
}

/** The original wire value of `key` of a decoded object, if one was noted. */
export function wireFieldOf(source: object, key: string): unknown {
  return (source as { [WIRE_FIELDS]?: FieldNotes })[WIRE_FIELDS]?.[key];
}
