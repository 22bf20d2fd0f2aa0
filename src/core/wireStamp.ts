// A decoded Date remembers the exact wire value it came from, so that encode
// gives back the same text ("Nov 5, 2023, 4:29:11 AM" stays that, not an ISO
// rewrite). The note lives in private fields attached to the Date itself
// (see ReturnTarget): invisible to JSON, reflection and deep equality, and
// as cheap as a plain property. Not noteStore: its one field would need an
// object per Date to hold the three values, on every decoded timestamp. The class is made once per process
// (processShared), so a Date decoded by the ESM copy of the package encodes
// losslessly through the CommonJS copy.
import { ReturnTarget, processShared } from './processShared.js';

/**
 * What the copies share. Its shape never changes under one key: a new shape
 * gets a new key (copies with different shapes then keep notes apart, and a
 * Date decoded by one encodes through the other as a Date made elsewhere).
 */
interface NoteStore {
  readonly attach: (target: Date, wire: unknown, ms: number, format: string) => void;
  /** The wire value of `d`, when it has a note and has not changed since; never throws, whatever `d` is. */
  readonly read: (d: unknown) => unknown;
  /** The format of the codec that wrote the note `read` answers. */
  readonly formatOf: (d: unknown) => string | undefined;
}

// Version 2 added the format of the codec that decoded the value.
const STORE_KEY = Symbol.for('cloudtrail-codecs/wire-notes@2');

function makeStore(): NoteStore {
  const getTime = Date.prototype.getTime;
  class WireNote extends ReturnTarget {
    #wire: unknown;
    #ms: number;
    #format: string;
    private constructor(target: Date, wire: unknown, ms: number, format: string) {
      super(target);
      this.#wire = wire;
      this.#ms = ms;
      this.#format = format;
    }
    static attach(target: Date, wire: unknown, ms: number, format: string): void {
      new WireNote(target, wire, ms, format);
    }
    // Only Dates made by stampedDate carry the fields, so getTime applies;
    // `#wire in d` itself never runs a Proxy trap or a getter.
    static read(d: unknown): unknown {
      return typeof d === 'object' && d !== null && #wire in d && (d as WireNote).#ms === getTime.call(d) ? (d as WireNote).#wire : undefined;
    }
    static formatOf(d: unknown): string | undefined {
      return typeof d === 'object' && d !== null && #format in d ? (d as WireNote).#format : undefined;
    }
  }
  return Object.freeze({ attach: WireNote.attach, read: WireNote.read, formatOf: WireNote.formatOf });
}

function isStore(u: unknown): u is NoteStore {
  return typeof u === 'object' && u !== null && typeof (u as NoteStore).attach === 'function' && typeof (u as NoteStore).read === 'function' && typeof (u as NoteStore).formatOf === 'function';
}

const store = processShared(STORE_KEY, makeStore, isStore);
const attachNote = store.attach;
const readNote = store.read;
const readFormat = store.formatOf;

/**
 * The note of a Date decoded from a `Date` (an AWS SDK's): encode gives a
 * Date back. A marker, so that the caller's object is not kept alive.
 */
export const SDK_DATE: unique symbol = Symbol.for('cloudtrail-codecs/sdk-date');

/**
 * A Date for `ms` that remembers the wire value it was decoded from (text, a
 * number, or {@link SDK_DATE}) and the format of the codec that read it, so
 * that another codec can tell whether the text is its own.
 */
export function stampedDate(ms: number, wire: string | number | typeof SDK_DATE, format: string): Date {
  const d = new Date(ms);
  attachNote(d, wire, ms, format);
  return d;
}

/**
 * The raw note of a value: its wire value when it is a Date decoded by this
 * library and not changed since, else `undefined`. A matching note proves
 * the Date valid. It never throws, whatever the value.
 */
export function wireNoteOf(d: unknown): unknown {
  return readNote(d);
}

/** The format of the codec that decoded `d` (see {@link wireNoteOf}). */
export function wireFormatOf(d: unknown): string | undefined {
  return readFormat(d);
}

/**
 * The wire value a Date was decoded from, or `undefined` when it was made
 * elsewhere or has been changed since (`setTime` and friends), or is no
 * Date at all.
 *
 * @example
 * import { DateFromIsoTimestamp, wireValueOf } from 'cloudtrail-codecs';
 * const r = DateFromIsoTimestamp.decode('20131102T010628Z');
 * if (r._tag === 'Right') wireValueOf(r.right); // '20131102T010628Z'
 * wireValueOf(null); // undefined
 */
export function wireValueOf(d: Date | null | undefined): string | number | undefined {
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
