import type * as t from 'io-ts';
import { formatPath } from './describeValue.js';
import { encodeFailure } from './encodeFailure.js';

/**
 * The end of the message a decoder gives for a value that looks like a
 * decoded one written with `JSON.stringify` (a JSON boolean where CloudTrail
 * writes `"true"`, ISO text where it writes Java date text).
 *
 * @example
 * import { BooleanText, STRINGIFY_HINT, formatErrors } from 'cloudtrail-codecs';
 * const r = BooleanText.decode(true);
 * if (r._tag === 'Left') formatErrors(r.left)[0]?.endsWith(STRINGIFY_HINT); // true
 */
export const STRINGIFY_HINT = 'a decoded value? Serialise decoded records with encode, not JSON.stringify';

const WHERE_HINT = 'encodeWith(codec, value) names where it is';

// The brand of an EncodeError, from the process-wide symbol registry: the
// ESM and the CommonJS copy of the package each have their own class, and
// each must recognise the other's errors.
const ENCODE_ERROR = Symbol.for('cloudtrail-codecs/encode-error');

/**
 * The error of an encode that cannot give wire JSON its own decoders accept:
 * a `Date` that is invalid or outside the years a format can write, or a
 * value of the wrong kind. `encode` throws it, with the
 * {@link EncodeError.path} of the value inside what was encoded;
 * {@link encodeWith} returns it instead. `instanceof EncodeError` is true for
 * the EncodeErrors of every copy of this package loaded in the process (the
 * ESM and the CommonJS build).
 *
 * @example
 * import { DateFromIsoTimestamp, EncodeError } from 'cloudtrail-codecs';
 * try {
 *   DateFromIsoTimestamp.encode(new Date(NaN));
 * } catch (e) {
 *   if (e instanceof EncodeError) e.reason; // 'cannot write an invalid Date as ISO-8601 UTC timestamp (like 2019-10-18T15:00:49Z)'
 * }
 */
export class EncodeError extends Error {
  override readonly name = 'EncodeError';
  /** Where the value is, as a JSON path such as `userIdentity.sessionContext.attributes.creationDate`; `""` when unknown or the root. */
  readonly path: string;
  /** The same path as keys and array indexes. */
  readonly segments: ReadonlyArray<string | number>;
  /** True when {@link EncodeError.path} was located; a codec's own `encodeValue` cannot know it. */
  readonly located: boolean;
  /** What is wrong with the value, without the path. */
  readonly reason: string;
  /** The value that could not be encoded. */
  readonly value: unknown;

  /**
   * @param segments - where the value is; `undefined` when the thrower cannot
   * know (a codec's own encodeValue), `null` when it is not known
   */
  constructor(reason: string, value: unknown, segments?: ReadonlyArray<string | number> | null, options?: { cause?: unknown }) {
    const path = segments == null ? '' : formatPath(segments);
    super(
      segments === undefined ? `${reason} (${WHERE_HINT})` : segments === null ? reason : `${path === '' ? '(root)' : path}: ${reason}`,
      options,
    );
    this.reason = reason;
    this.value = value;
    this.segments = segments ?? [];
    this.path = path;
    this.located = segments != null;
  }

  /** True for an EncodeError of any copy of this package: the check is a brand, not the class. */
  static override [Symbol.hasInstance](u: unknown): boolean {
    return isEncodeError(u);
  }

  /** The same error, at the given path. */
  at(segments: ReadonlyArray<string | number> | null): EncodeError {
    return new EncodeError(this.reason, this.value, segments, { cause: this.cause });
  }
}
Object.defineProperty(EncodeError.prototype, ENCODE_ERROR, { value: true });

/** True for an EncodeError of any copy of this package (the brand is checked, not the class). */
function isEncodeError(u: unknown): u is EncodeError {
  try {
    return typeof u === 'object' && u !== null && (u as { [ENCODE_ERROR]?: unknown })[ENCODE_ERROR] === true;
  } catch {
    return false;
  }
}

/**
 * What {@link encodeWith} returns: the wire value, or the error.
 *
 * @example
 * import { DateFromIsoTimestamp, encodeWith, type EncodeResult } from 'cloudtrail-codecs';
 * const r: EncodeResult<string> = encodeWith(DateFromIsoTimestamp, new Date('2026-01-01T00:00:00Z'));
 * if (r.success) r.data; // '2026-01-01T00:00:00Z'
 */
export type EncodeResult<O> =
  | { readonly success: true; readonly data: O }
  | { readonly success: false; readonly error: EncodeError };

/**
 * Encodes with any io-ts codec and returns the result instead of throwing:
 * `{ success: true, data }`, or `{ success: false, error }` with an
 * {@link EncodeError} whose `path` says where the value that could not be
 * written sits (a Date that is invalid or outside 0000–9999, say). Any other
 * exception thrown while encoding (a getter that throws, a cyclic value)
 * comes back as an EncodeError too, named but not quoted: its message may
 * hold anything.
 *
 * @example
 * import { CloudTrailRecord, encodeWith } from 'cloudtrail-codecs';
 * import { decodeRecord } from 'cloudtrail-codecs/containers';
 * declare const wire: unknown; // one parsed record
 * const decoded = decodeRecord(wire);
 * if (decoded.success && decoded.data.eventType !== 'AwsAggregatedEvent') {
 *   decoded.data.eventTime.setTime(NaN); // aggregated records have no eventTime
 *   const r = encodeWith(CloudTrailRecord, decoded.data);
 *   if (!r.success) r.error.path; // 'eventTime'
 * }
 */
export function encodeWith<A, O>(codec: t.Encoder<A, O>, value: A): EncodeResult<O> {
  try {
    return { success: true, data: codec.encode(value) };
  } catch (e) {
    // Codecs of this library throw located errors; a foreign codec's
    // exception is located at the root.
    return { success: false, error: encodeFailure(e, codec, value) };
  }
}
