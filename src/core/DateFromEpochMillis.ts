import { epochDate } from './DateFromText.js';
import type { WireType } from './WireType.js';

/**
 * The codec of {@link DateFromEpochMillis}: `Date` in memory, milliseconds on the wire.
 *
 * @example
 * import { DateFromEpochMillis, type DateFromEpochMillisC } from 'cloudtrail-codecs/service-kit';
 * const LaunchTime: DateFromEpochMillisC = DateFromEpochMillis;
 * LaunchTime.encode(new Date('2015-02-20T23:55:29.500Z')); // 1424476529500
 */
export interface DateFromEpochMillisC extends WireType<Date, number> {}

/**
 * A time as milliseconds since the epoch (`1424476529000`), as EC2 and other
 * services write some timestamps in their CloudTrail payloads. A `Date`, as
 * an AWS SDK delivers it, is accepted too. A decoded number encodes back as
 * it was written; other Dates encode to whole milliseconds, and an invalid
 * `Date` gives an `EncodeError`.
 *
 * @example
 * import { DateFromEpochMillis } from 'cloudtrail-codecs/service-kit';
 * const r = DateFromEpochMillis.decode(1424476529000);
 * if (r._tag === 'Right') {
 *   r.right.toISOString(); // '2015-02-20T23:55:29.000Z'
 *   DateFromEpochMillis.encode(r.right); // 1424476529000
 * }
 */
export const DateFromEpochMillis: DateFromEpochMillisC = epochDate('epoch milliseconds (like 1424476529000)', 1, 'epoch-ms');
