import type * as t from 'io-ts';
import { INVALID, WireType, failureAt, type Invalid } from './WireType.js';
import { encodableTime } from './wireChecks.js';
import { isValidDate, stampedDate, wireNoteOf } from './wireStamp.js';

/**
 * The codec of {@link DateFromEpochSeconds}: `Date` in memory, seconds on the wire.
 *
 * @example
 * import { DateFromEpochSeconds, type DateFromEpochSecondsC } from 'cloudtrail-codecs';
 * const EventTime: DateFromEpochSecondsC = DateFromEpochSeconds;
 * EventTime.encode(new Date('2015-02-20T23:55:29.500Z')); // 1424476529.5
 */
export interface DateFromEpochSecondsC extends WireType<Date, number> {}

// ±8.64e15 ms is the range of a JavaScript Date.
const MAX_SECONDS = 8.64e12;

class DateFromEpochSecondsType extends WireType<Date, number> implements DateFromEpochSecondsC {
  readonly encodesAsIs = false;
  constructor() {
    super('epoch seconds (like 1424476529.0)', isValidDate);
  }
  parse(u: unknown): Date | Invalid {
    if (typeof u === 'number') {
      if (!Number.isFinite(u) || Math.abs(u) > MAX_SECONDS) return INVALID;
      return stampedDate(Math.round(u * 1000), u, 'epoch');
    }
    // The AWS SDK for JavaScript hands LookupEvents results over with Dates.
    return isValidDate(u) ? new Date(u.getTime()) : INVALID;
  }
  explain(u: unknown, c: t.Context): t.Errors {
    return failureAt(u, c);
  }
  encodeValue(a: Date): number {
    // Seconds read by any codec are this codec's own; a note that matches
    // the Date's time proves it valid. Without one, check: an invalid Date
    // would become NaN, which JSON writes as null.
    const wire = wireNoteOf(a);
    return typeof wire === 'number' ? wire : encodableTime(a, this.name) / 1000;
  }
}

/**
 * A time as seconds since the epoch, the JSON wire form of `EventTime` in
 * CloudTrail's LookupEvents API (`1424476529.0`). A `Date`, as the AWS SDK for
 * JavaScript delivers it, is accepted too. Encodes to seconds; an invalid
 * `Date` gives an {@link EncodeError}.
 *
 * @example
 * import { DateFromEpochSeconds } from 'cloudtrail-codecs';
 * import { isRight } from 'fp-ts/Either';
 * const r = DateFromEpochSeconds.decode(1424476529);
 * if (isRight(r)) r.right.toISOString(); // '2015-02-20T23:55:29.000Z'
 */
export const DateFromEpochSeconds: DateFromEpochSecondsC = new DateFromEpochSecondsType();
