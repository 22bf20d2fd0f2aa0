// Helpers of the leaf codecs for the two ways wire values go wrong around
// encode: a decoded value handed back to decode (often through
// JSON.stringify), and a value encode cannot write.
import { describeValue } from './describeValue.js';
import { EncodeError, STRINGIFY_HINT } from './encodeResult.js';

/** "expected X, got Y — a decoded value? …", for the explain of a leaf codec. */
export function decodedValueMessage(expected: string, u: unknown): string {
  return `expected ${expected}, got ${describeValue(u)} — ${STRINGIFY_HINT}`;
}

// What `JSON.stringify` writes for a Date (Date.prototype.toJSON).
const DATE_JSON = /^[+-]?\d{4,6}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/**
 * The message for a value a timestamp codec rejects, when it looks like a
 * decoded Date passed on (as such, or through `JSON.stringify`) instead of
 * the wire text; `undefined` otherwise.
 */
export function decodedDateMessage(expected: string, u: unknown): string | undefined {
  return u instanceof Date || (typeof u === 'string' && DATE_JSON.test(u)) ? decodedValueMessage(expected, u) : undefined;
}

/**
 * The milliseconds of a Date about to be encoded, or an EncodeError for
 * anything that is not a valid Date.
 */
export function encodableTime(a: unknown, format: string): number {
  let ms = NaN;
  try {
    ms = Date.prototype.getTime.call(a);
  } catch {
    throw new EncodeError(`expected a Date to write as ${format}, got ${describeValue(a)}`, a);
  }
  if (Number.isNaN(ms)) throw new EncodeError(`cannot write an invalid Date as ${format}`, a);
  return ms;
}
