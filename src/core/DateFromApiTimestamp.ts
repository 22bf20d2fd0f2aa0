import { DateFromEpochSeconds } from './DateFromEpochSeconds.js';
import { parseIsoTimestampWithOffset } from './DateFromIsoTimestamp.js';
import { encodableTime } from './wireChecks.js';
import { leaf } from './leaf.js';
import { INVALID, type WireType } from './WireType.js';
import { SDK_DATE, isValidDate, stampedDate, wireFormatOf, wireNoteOf } from './wireStamp.js';

/**
 * The codec of {@link DateFromApiTimestamp}: `Date` in memory; on the wire
 * epoch seconds, ISO-8601 text, or a `Date`, whichever was read.
 *
 * @example
 * import { DateFromApiTimestamp, type DateFromApiTimestampC } from 'cloudtrail-codecs/containers';
 * const EventTime: DateFromApiTimestampC = DateFromApiTimestamp;
 * EventTime.decode('2024-07-30T23:31:10+02:00')._tag; // 'Right'
 */
export interface DateFromApiTimestampC extends WireType<Date, number | string | Date> {}

// The format written into the notes of the Dates it decodes.
const FORMAT = 'api';
const NAME = 'epoch seconds or ISO-8601 text (like 1424476529.0 or 2015-02-20T23:55:29+00:00)';

/**
 * A time as the AWS tools hand over API timestamps such as the `EventTime` of
 * LookupEvents and ListInsightsData: epoch seconds from the raw JSON API
 * (`1722375070` or `1.72237507E9`), ISO-8601 text with `Z` or an offset from
 * AWS CLI v2 (`2024-07-30T21:31:10+00:00`, or in the local zone,
 * `2024-07-30T23:31:10+02:00`), or a `Date` from an AWS SDK. All decode to the
 * same instant, and each encodes back as it came: the same number, the same
 * text with its offset, a `Date`. A `Date` made elsewhere encodes as epoch
 * seconds.
 *
 * @example
 * import { DateFromApiTimestamp } from 'cloudtrail-codecs/containers';
 * import { isRight } from 'fp-ts/Either';
 * const r = DateFromApiTimestamp.decode('2024-07-30T23:31:10+02:00');
 * if (isRight(r)) {
 *   r.right.toISOString(); // '2024-07-30T21:31:10.000Z'
 *   DateFromApiTimestamp.encode(r.right); // '2024-07-30T23:31:10+02:00'
 * }
 */
export const DateFromApiTimestamp: DateFromApiTimestampC = leaf({
  name: NAME,
  parse: (u) => {
    // Seconds are DateFromEpochSeconds's; the number it notes encodes back here too.
    if (typeof u === 'number') return DateFromEpochSeconds.parse(u);
    if (typeof u === 'string') {
      const ms = parseIsoTimestampWithOffset(u);
      return Number.isNaN(ms) ? INVALID : stampedDate(ms, u, FORMAT);
    }
    // A Date from an SDK: a copy, which encodes back to a Date.
    return isValidDate(u) ? stampedDate(u.getTime(), SDK_DATE, FORMAT) : INVALID;
  },
  is: isValidDate,
  encode: (a) => {
    // A note that matches the Date's time proves it valid: check only without one.
    const wire = wireNoteOf(a);
    const format = wireFormatOf(a);
    if (typeof wire === 'number' && format === 'epoch') return wire;
    if (wire === SDK_DATE) return new Date(Date.prototype.getTime.call(a));
    if (typeof wire === 'string' && (format === FORMAT || parseIsoTimestampWithOffset(wire) === Date.prototype.getTime.call(a))) return wire;
    return encodableTime(a, NAME) / 1000;
  },
});
