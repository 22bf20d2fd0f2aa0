import type * as t from 'io-ts';
import { formatPath } from '../errors/Issue.js';
import { clipText, escapeText } from './escapeText.js';

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

/**
 * The error of an encode that cannot give wire JSON its own decoders accept:
 * a `Date` that is invalid or outside the years a format can write, or a
 * value of the wrong kind. Codecs throw it from `encode`; {@link encodeWith}
 * returns it instead, with the {@link EncodeError.path} of the value filled in.
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
  /** True when {@link EncodeError.path} was located; a codec's own `encode` cannot know it. */
  readonly located: boolean;
  /** What is wrong with the value, without the path. */
  readonly reason: string;
  /** The value that could not be encoded. */
  readonly value: unknown;

  /**
   * @param segments - where the value is; `undefined` when the thrower cannot
   * know (a codec's own encode), `null` when it was looked for and not found
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

  /** The same error, at the given path. */
  at(segments: ReadonlyArray<string | number> | null): EncodeError {
    return new EncodeError(this.reason, this.value, segments, { cause: this.cause });
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

// How many values the search for an error's path visits at most.
const MAX_VISITS = 2_000_000;

/**
 * The path of `target` inside `root`, found by identity, breadth first and
 * without recursion; `undefined` when it is not there, or when looking would
 * cost too much or runs into a getter that throws.
 */
function locate(root: unknown, target: object): Array<string | number> | undefined {
  if (root === target) return [];
  const values: unknown[] = [root];
  const parents: number[] = [-1];
  const keys: Array<string | number> = [''];
  const seen = new Set<unknown>([root]);
  try {
    for (let head = 0; head < values.length && values.length < MAX_VISITS; head++) {
      const v = values[head];
      if (typeof v !== 'object' || v === null || v instanceof Date) continue;
      const isArray = Array.isArray(v);
      const names = isArray ? undefined : Object.keys(v);
      const n = isArray ? (v as unknown[]).length : (names as string[]).length;
      for (let i = 0; i < n; i++) {
        const key: string | number = isArray ? i : (names as string[])[i] as string;
        const child: unknown = (v as Record<string | number, unknown>)[key];
        if (typeof child !== 'object' || child === null || seen.has(child)) continue;
        values.push(child);
        parents.push(head);
        keys.push(key);
        if (child === target) {
          const path: Array<string | number> = [];
          for (let at = values.length - 1; at > 0; at = parents[at] as number) path.push(keys[at] as string | number);
          return path.reverse();
        }
        seen.add(child);
      }
    }
  } catch {
    return undefined;
  }
  return undefined;
}

function messageOf(e: unknown): string {
  try {
    return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  } catch {
    return 'an exception';
  }
}

/**
 * Encodes with any io-ts codec and returns the result instead of throwing:
 * `{ success: true, data }`, or `{ success: false, error }` with an
 * {@link EncodeError} whose `path` says where the value that could not be
 * written sits (a Date that is invalid or outside 0000–9999, say). Any other
 * exception thrown while encoding (a getter that throws, a cyclic value)
 * comes back as an EncodeError too.
 *
 * @example
 * import { CloudTrailRecord, decodeRecord, encodeWith } from 'cloudtrail-codecs';
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
    if (e instanceof EncodeError) {
      if (e.located) return { success: false, error: e };
      const target = e.value;
      const path = typeof target === 'object' && target !== null ? locate(value, target) : undefined;
      return { success: false, error: e.at(path ?? null) };
    }
    return { success: false, error: new EncodeError(`encode failed: ${escapeText(clipText(messageOf(e), 200))}`, undefined, null, { cause: e }) };
  }
}
