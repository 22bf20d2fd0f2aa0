import { textDate, type DateFromTextC } from './DateFromText.js';
import { parseIsoTimestamp, parseIsoTimestampWithOffset } from './DateFromIsoTimestamp.js';
import { formatIsoUtc } from './utcTime.js';

/**
 * Milliseconds for an ISO-8601 date-time as services write it inside
 * payloads: with `Z`, with an offset (`+0000`, `+02:00`), or with no zone at
 * all, which is read as UTC (EC2's `2022-11-09T09:23:12.0`); `NaN` for
 * anything else.
 *
 * @example
 * import { parseServiceIsoText } from 'cloudtrail-codecs/service-kit';
 * parseServiceIsoText('2024-08-01T13:52:02.000+0000') === Date.UTC(2024, 7, 1, 13, 52, 2); // true
 * parseServiceIsoText('2022-11-09T09:23:12.0') === Date.UTC(2022, 10, 9, 9, 23, 12); // true
 * parseServiceIsoText('2022-11-09'); // NaN
 */
export function parseServiceIsoText(s: string): number {
  // The zone, if any, is what follows the seconds: the time part holds no
  // other letter or sign.
  if (s.length < 19 || s.charCodeAt(10) !== 84 /* T */) return NaN;
  for (let i = 19; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 90 /* Z */) return parseIsoTimestamp(s);
    if (ch === 43 /* + */ || ch === 45 /* - */) return parseIsoTimestampWithOffset(s);
  }
  return parseIsoTimestamp(`${s}Z`);
}

/**
 * The codec of {@link DateFromServiceIsoText}.
 *
 * @example
 * import { DateFromServiceIsoText, type DateFromServiceIsoTextC } from 'cloudtrail-codecs/service-kit';
 * const LastModified: DateFromServiceIsoTextC = DateFromServiceIsoText;
 * LastModified.is(new Date(0)); // true
 */
export interface DateFromServiceIsoTextC extends DateFromTextC {}

/**
 * An ISO-8601 timestamp inside a service payload, in any of the forms
 * services write there: `Z`, an offset (Lambda's `2024-08-01T13:52:02.000+0000`)
 * or no zone, read as UTC (EC2's `2022-11-09T09:23:12.0`). Decodes to a
 * `Date` and encodes back to the exact text it came from; a `Date` made
 * elsewhere is written in UTC with `Z`.
 *
 * @example
 * import { DateFromServiceIsoText } from 'cloudtrail-codecs/service-kit';
 * const r = DateFromServiceIsoText.decode('2024-08-01T13:52:02.000+0000');
 * if (r._tag === 'Right') {
 *   r.right.toISOString(); // '2024-08-01T13:52:02.000Z'
 *   DateFromServiceIsoText.encode(r.right); // '2024-08-01T13:52:02.000+0000'
 * }
 */
export const DateFromServiceIsoText: DateFromServiceIsoTextC = textDate(
  'ISO-8601 date-time (Z, an offset or no zone)',
  parseServiceIsoText,
  formatIsoUtc,
  'service-iso',
);
