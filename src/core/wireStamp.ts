// A decoded Date remembers the exact wire value it came from, so that encode
// gives back the same text ("Nov 5, 2023, 4:29:11 AM" stays that, not an ISO
// rewrite). The note is a non-enumerable symbol property: invisible to JSON,
// Object.keys and equality checks. Symbol.for keeps it shared between the ESM
// and CJS builds should both be loaded.

const WIRE = Symbol.for('cloudtrail-codecs/wire-value');

interface Stamp {
  readonly wire: string | number;
  readonly ms: number;
}

/** A Date for `ms` that remembers the wire value it was decoded from. */
export function stampedDate(ms: number, wire: string | number): Date {
  const d = new Date(ms);
  const stamp: Stamp = { wire, ms };
  Object.defineProperty(d, WIRE, { value: stamp });
  return d;
}

/**
 * The wire value a Date was decoded from, or `undefined` when it was made
 * elsewhere or has been changed since (`setTime` and friends).
 */
export function wireValueOf(d: Date): string | number | undefined {
  const stamp = (d as unknown as { [WIRE]?: Stamp })[WIRE];
  return stamp !== undefined && stamp.ms === d.getTime() ? stamp.wire : undefined;
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
