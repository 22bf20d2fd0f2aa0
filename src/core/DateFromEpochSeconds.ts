import { epochDate } from './DateFromText.js';
import type { WireType } from './WireType.js';

/**
 * The codec of {@link DateFromEpochSeconds}: `Date` in memory, seconds on the wire.
 *
 * @example
 * import { DateFromEpochSeconds, type DateFromEpochSecondsC } from 'cloudtrail-codecs';
 * const EventTime: DateFromEpochSecondsC = DateFromEpochSeconds;
 * EventTime.encode(new Date('2015-02-20T23:55:29.500Z')); // 1424476529.5
 */
export interface DateFromEpochSecondsC extends WireType<Date, number> {}

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
export const DateFromEpochSeconds: DateFromEpochSecondsC = epochDate('epoch seconds (like 1424476529.0)', 1000, 'epoch');
