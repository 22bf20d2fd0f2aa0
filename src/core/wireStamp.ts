// A decoded Date remembers the exact wire value it came from, so that encode
// gives back the same text ("Nov 5, 2023, 4:29:11 AM" stays that, not an ISO
// rewrite). The note lives in private fields attached to the Date itself
// (a base constructor that returns its argument lets a subclass add private
// fields to any object): invisible to JSON, reflection and deep equality,
// and as cheap as a plain property.

class Attach {
  constructor(target: object) {
    return target;
  }
}

class WireNote extends Attach {
  #wire: string | number;
  #ms: number;

  private constructor(target: Date, wire: string | number, ms: number) {
    super(target);
    this.#wire = wire;
    this.#ms = ms;
  }

  static attach(target: Date, wire: string | number, ms: number): void {
    new WireNote(target, wire, ms);
  }

  /** The noted wire value, unless the Date has been changed since. */
  static read(d: Date): string | number | undefined {
    return #wire in d && (d as unknown as WireNote).#ms === d.getTime() ? (d as unknown as WireNote).#wire : undefined;
  }
}

/** A Date for `ms` that remembers the wire value it was decoded from. */
export function stampedDate(ms: number, wire: string | number): Date {
  const d = new Date(ms);
  WireNote.attach(d, wire, ms);
  return d;
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
  return WireNote.read(d);
}

/** True for a Date that holds a time (not `new Date(NaN)`). */
export function isValidDate(u: unknown): u is Date {
  return u instanceof Date && !Number.isNaN(u.getTime());
}

// A decoded primitive cannot carry a note the way a Date can, so when a field
// decodes to a primitive whose canonical encoding differs from what was on
// the wire ("False" read as false), the object holding it keeps the original.

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
