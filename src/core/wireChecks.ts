// Helpers of the leaf codecs for the two ways wire values go wrong around
// encode: a decoded value handed back to decode (often through
// JSON.stringify), and a value encode cannot write.
import { describeValue } from '../errors/Issue.js';
import { EncodeError, STRINGIFY_HINT } from './encodeResult.js';

/** "expected X, got Y — a decoded value? …", for the explain of a leaf codec. */
export function decodedValueMessage(expected: string, u: unknown): string {
  return `expected ${expected}, got ${describeValue(u)} — ${STRINGIFY_HINT}`;
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
