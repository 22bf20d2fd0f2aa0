import { formatIsoUtc, utcMillis } from './utcTime.js';
import { textDate, type DateFromTextC } from './DateFromText.js';

/**
 * The codec of {@link DateFromIsoTimestamp}.
 *
 * @example
 * import { DateFromIsoTimestamp, struct, type DateFromIsoTimestampC } from 'cloudtrail-codecs';
 * const EventTime: DateFromIsoTimestampC = DateFromIsoTimestamp;
 * const Window = struct('Window', { windowStart: EventTime, windowEnd: EventTime });
 * Window.decode({ windowStart: '2026-01-01T00:00:00Z', windowEnd: '2026-01-01T00:05:00Z' })._tag; // 'Right'
 */
export interface DateFromIsoTimestampC extends DateFromTextC {}

function digit(s: string, i: number): number {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : NaN; // NaN spreads through the arithmetic below
}

function two(s: string, i: number): number {
  return digit(s, i) * 10 + digit(s, i + 1);
}

function four(s: string, i: number): number {
  return two(s, i) * 100 + two(s, i + 2);
}

/**
 * Milliseconds for `YYYY-MM-DDTHH:MM:SS[.fraction]Z` or the basic form
 * `YYYYMMDDTHHMMSSZ`; `NaN` for anything else. Hand-written because this runs
 * for every record: it is checked against date-fns in the tests.
 *
 * @example
 * import { parseIsoTimestamp } from 'cloudtrail-codecs';
 * parseIsoTimestamp('2019-10-18T15:00:49Z') === Date.UTC(2019, 9, 18, 15, 0, 49); // true
 * parseIsoTimestamp('2019-10-18T15:00:49+02:00'); // NaN: only UTC (Z)
 */
export function parseIsoTimestamp(s: string): number {
  const n = s.length;
  if (n < 16 || s.charCodeAt(n - 1) !== 90 /* Z */) return NaN;
  let year: number, month: number, day: number, hour: number, minute: number, second: number;
  let ms = 0;
  if (s.charCodeAt(4) === 45 /* - */) {
    if (n < 20 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 /* T */) return NaN;
    if (s.charCodeAt(13) !== 58 /* : */ || s.charCodeAt(16) !== 58) return NaN;
    year = four(s, 0);
    month = two(s, 5);
    day = two(s, 8);
    hour = two(s, 11);
    minute = two(s, 14);
    second = two(s, 17);
    if (n > 20) {
      // A fraction: '.', one or more digits, then the final 'Z'. Digits past
      // the millisecond are checked but cut, never rounded up.
      if (s.charCodeAt(19) !== 46 /* . */ || n === 21) return NaN;
      let scale = 100;
      for (let i = 20; i < n - 1; i++) {
        const d = digit(s, i);
        if (Number.isNaN(d)) return NaN;
        if (scale >= 1) {
          ms += d * scale;
          scale /= 10;
        }
      }
    }
  } else {
    if (n !== 16 || s.charCodeAt(8) !== 84 /* T */) return NaN;
    year = four(s, 0);
    month = two(s, 4);
    day = two(s, 6);
    hour = two(s, 9);
    minute = two(s, 11);
    second = two(s, 13);
  }
  return utcMillis(year, month, day, hour, minute, second, ms);
}

/**
 * Milliseconds for ISO-8601 text in UTC (`Z`, as {@link parseIsoTimestamp}
 * reads it) or with an offset from UTC, `±HH:MM` or `±HHMM`
 * (`2024-07-30T23:31:10+02:00`, as AWS CLI v2 prints times); `NaN` for
 * anything else. The offset is applied: the result is the instant.
 *
 * @example
 * import { parseIsoTimestampWithOffset } from 'cloudtrail-codecs';
 * parseIsoTimestampWithOffset('2024-07-30T23:31:10+02:00') === Date.UTC(2024, 6, 30, 21, 31, 10); // true
 * parseIsoTimestampWithOffset('2024-07-30T21:31:10Z') === Date.UTC(2024, 6, 30, 21, 31, 10); // true
 */
export function parseIsoTimestampWithOffset(s: string): number {
  const n = s.length;
  if (n < 21 || s.charCodeAt(n - 1) === 90 /* Z */) return parseIsoTimestamp(s);
  // ±HH:MM or ±HHMM at the end.
  const colon = s.charCodeAt(n - 3) === 58;
  const signAt = colon ? n - 6 : n - 5;
  const sign = s.charCodeAt(signAt);
  if (sign !== 43 /* + */ && sign !== 45 /* - */) return NaN;
  const hours = two(s, signAt + 1);
  const minutes = two(s, n - 2);
  if (!(hours <= 23 && minutes <= 59)) return NaN; // NaN fails too
  const local = parseIsoTimestamp(`${s.slice(0, signAt)}Z`);
  return local - (sign === 45 ? -1 : 1) * (hours * 60 + minutes) * 60_000;
}

/**
 * A UTC timestamp in ISO-8601 text, as CloudTrail writes `eventTime`
 * (`2019-10-18T15:00:49Z`) and `sessionContext.attributes.creationDate`
 * (also in the basic form `20131102T010628Z`). Fractional seconds are allowed.
 * Only `Z` is accepted as the zone: CloudTrail times are UTC.
 *
 * Decodes to a `Date`; encoding a decoded `Date` gives back the very text it
 * came from. A `Date` made elsewhere, or changed, encodes as
 * `YYYY-MM-DDTHH:MM:SSZ` (with milliseconds when it has them). An invalid
 * `Date`, or one outside the years 0000–9999, gives an {@link EncodeError}.
 *
 * @example
 * import { DateFromIsoTimestamp } from 'cloudtrail-codecs';
 * import { isRight } from 'fp-ts/Either';
 * const r = DateFromIsoTimestamp.decode('20131102T010628Z');
 * if (isRight(r)) {
 *   r.right.toISOString(); // '2013-11-02T01:06:28.000Z'
 *   DateFromIsoTimestamp.encode(r.right); // '20131102T010628Z'
 * }
 */
export const DateFromIsoTimestamp: DateFromIsoTimestampC = textDate(
  'ISO-8601 UTC timestamp (like 2019-10-18T15:00:49Z)',
  parseIsoTimestamp,
  formatIsoUtc,
  'iso',
);
