import { MONTHS, formatJavaUtc, utcMillis } from './utcTime.js';
import { textDate, type DateFromTextC } from './DateFromText.js';

/**
 * The codec of {@link DateFromJavaDateText}.
 *
 * @example
 * import { struct } from 'cloudtrail-codecs';
 * import { DateFromJavaDateText, type DateFromJavaDateTextC } from 'cloudtrail-codecs/service-kit';
 * const JavaDate: DateFromJavaDateTextC = DateFromJavaDateText;
 * const Credentials = struct('Credentials', { expiration: JavaDate });
 * const r = Credentials.decode({ expiration: 'Nov 5, 2023, 4:29:11 AM' });
 * if (r._tag === 'Right') r.right.expiration.toISOString(); // '2023-11-05T04:29:11.000Z'
 */
export interface DateFromJavaDateTextC extends DateFromTextC {}

const MONTH_INDEX: ReadonlyMap<string, number> = new Map(MONTHS.map((m, i) => [m, i + 1]));

/** Reads 1 or 2 digits at `i`; returns [value, next index] or undefined. */
function number12(s: string, i: number): [number, number] | undefined {
  const a = s.charCodeAt(i) - 48;
  if (!(a >= 0 && a <= 9)) return undefined;
  const b = s.charCodeAt(i + 1) - 48;
  return b >= 0 && b <= 9 ? [a * 10 + b, i + 2] : [a, i + 1];
}

function exactDigits(s: string, i: number, count: number): number {
  let v = 0;
  for (let k = 0; k < count; k++) {
    const d = s.charCodeAt(i + k) - 48;
    if (!(d >= 0 && d <= 9)) return -1;
    v = v * 10 + d;
  }
  return v;
}

/**
 * Milliseconds for Java's default `Date.toString`-style text in UTC:
 * `Oct 18, 2019 3:00:49 PM` (older JDKs) or `Nov 5, 2023, 4:29:11 AM` (JDK 9+,
 * which may also put U+202F, a narrow no-break space, before AM/PM);
 * `NaN` for anything else.
 *
 * @example
 * import { parseJavaDateText } from 'cloudtrail-codecs/service-kit';
 * parseJavaDateText('Oct 18, 2019 3:00:49 PM') === Date.UTC(2019, 9, 18, 15, 0, 49); // true
 * parseJavaDateText('Nov 5, 2023, 4:29:11\u202fAM') === Date.UTC(2023, 10, 5, 4, 29, 11); // true
 */
export function parseJavaDateText(s: string): number {
  const month = MONTH_INDEX.get(s.slice(0, 3));
  if (month === undefined || s.charCodeAt(3) !== 32) return NaN;
  const dayR = number12(s, 4);
  if (dayR === undefined) return NaN;
  let i = dayR[1];
  if (s.charCodeAt(i) !== 44 /* , */ || s.charCodeAt(i + 1) !== 32) return NaN;
  const year = exactDigits(s, i + 2, 4);
  if (year < 0) return NaN;
  i += 6;
  if (s.charCodeAt(i) === 44) i++;
  if (s.charCodeAt(i) !== 32) return NaN;
  const hourR = number12(s, i + 1);
  if (hourR === undefined) return NaN;
  i = hourR[1];
  if (s.charCodeAt(i) !== 58 || s.charCodeAt(i + 3) !== 58) return NaN;
  const minute = exactDigits(s, i + 1, 2);
  const second = exactDigits(s, i + 4, 2);
  if (minute < 0 || second < 0) return NaN;
  i += 6;
  const space = s.charCodeAt(i);
  if (space !== 32 && space !== 0x202f && space !== 0xa0) return NaN;
  const half = s.slice(i + 1);
  if (s.length !== i + 3 || (half !== 'AM' && half !== 'PM')) return NaN;
  const h12 = hourR[0];
  if (h12 < 1 || h12 > 12) return NaN;
  const hour = (h12 % 12) + (half === 'PM' ? 12 : 0);
  return utcMillis(year, month, dayR[0], hour, minute, second, 0);
}


/**
 * A timestamp written the way Java formats dates by default, found inside
 * service payloads: App Mesh `createdAt` and `lastUpdatedAt`, STS
 * `credentials.expiration` and others. Both the older form
 * (`Oct 18, 2019 3:00:49 PM`) and the newer one with a comma after the year
 * (`Nov 5, 2023, 4:29:11 AM`) decode. CloudTrail writes these in UTC.
 *
 * Decodes to a `Date`; encoding a decoded `Date` gives back the very text it
 * came from. Other Dates encode in the newer form. An invalid `Date`, or one
 * outside the years 0000–9999, gives an `EncodeError`.
 *
 * @example
 * import { DateFromJavaDateText } from 'cloudtrail-codecs/service-kit';
 * import { isRight } from 'fp-ts/Either';
 * const r = DateFromJavaDateText.decode('Oct 18, 2019 3:00:49 PM');
 * if (isRight(r)) {
 *   r.right.toISOString(); // '2019-10-18T15:00:49.000Z'
 *   DateFromJavaDateText.encode(r.right); // 'Oct 18, 2019 3:00:49 PM'
 * }
 */
export const DateFromJavaDateText: DateFromJavaDateTextC = textDate(
  'Java date text (like Nov 5, 2023, 4:29:11 AM)',
  parseJavaDateText,
  formatJavaUtc,
  'java',
);
