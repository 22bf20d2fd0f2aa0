import type * as t from 'io-ts';
import { INVALID, WireType, failureAt, type Invalid } from './WireType.js';
import { isValidDate, stampedDate, wireValueOf } from './wireStamp.js';

/**
 * The codec of a timestamp written as text: decodes to `Date`, encodes back to the same text.
 *
 * @example
 * import { dateFromText, type DateFromTextC } from 'cloudtrail-codecs';
 * const DateOnly: DateFromTextC = dateFromText(
 *   'YYYY-MM-DD',
 *   (s) => (/^\d{4}-\d{2}-\d{2}$/.test(s) ? Date.parse(`${s}T00:00:00Z`) : NaN),
 *   (d) => d.toISOString().slice(0, 10),
 * );
 * DateOnly.encode(new Date('2026-03-02T10:00:00Z')); // '2026-03-02'
 */
export interface DateFromTextC extends WireType<Date, string> {}

/**
 * @internal
 * A timestamp codec over one text format; users make one with {@link dateFromText}: `parseText` gives epoch
 * milliseconds (NaN when the text is not in the format), `formatText` writes
 * a Date that carries no wire text of its own.
 */
export class DateFromTextType extends WireType<Date, string> implements DateFromTextC {
  readonly encodesAsIs = false;
  constructor(
    name: string,
    private readonly parseText: (s: string) => number,
    private readonly formatText: (d: Date) => string,
  ) {
    super(name, isValidDate);
  }
  parse(u: unknown): Date | Invalid {
    if (typeof u !== 'string') return INVALID;
    const ms = this.parseText(u);
    return Number.isNaN(ms) ? INVALID : stampedDate(ms, u);
  }
  explain(u: unknown, c: t.Context): t.Errors {
    return failureAt(u, c);
  }
  encodeValue(a: Date): string {
    const wire = wireValueOf(a);
    return typeof wire === 'string' ? wire : this.formatText(a);
  }
}

/**
 * A codec for timestamps in a fixed text format of your own: decodes to a
 * `Date` that remembers its text, and encodes it back to exactly that text.
 *
 * @example
 * import { dateFromText } from 'cloudtrail-codecs';
 * // Unix time in whole seconds, written as text.
 * const DateFromSecondsText = dateFromText(
 *   'seconds as text',
 *   (s) => (/^\d+$/.test(s) ? Number(s) * 1000 : NaN),
 *   (d) => String(Math.floor(d.getTime() / 1000)),
 * );
 * DateFromSecondsText.decode('1700000000')._tag; // 'Right'
 */
export function dateFromText(name: string, parseText: (s: string) => number, formatText: (d: Date) => string): DateFromTextC {
  return new DateFromTextType(name, parseText, formatText);
}
