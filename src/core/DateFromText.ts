import type * as t from 'io-ts';
import { INVALID, WireType, failureAt, type Invalid } from './WireType.js';
import { describeValue } from '../errors/Issue.js';
import { EncodeError, STRINGIFY_HINT } from './encodeResult.js';
import { decodedValueMessage, encodableTime } from './wireChecks.js';
import { isValidDate, stampedDate, wireValueOf } from './wireStamp.js';

// What `JSON.stringify` writes for a Date (Date.prototype.toJSON).
const DATE_JSON = /^[+-]?\d{4,6}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/**
 * The message for a value a timestamp codec rejects, when it looks like a
 * decoded Date passed on (as such, or through `JSON.stringify`) instead of
 * the wire text; `undefined` otherwise.
 */
export function decodedDateMessage(expected: string, u: unknown): string | undefined {
  if (u instanceof Date) return `expected ${expected}, got ${describeValue(u)} — ${STRINGIFY_HINT}`;
  if (typeof u === 'string' && DATE_JSON.test(u)) return decodedValueMessage(expected, u);
  return undefined;
}

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
    // ISO text where this format is expected: a decoded Date written with
    // JSON.stringify. (The ISO codec itself reads that text.)
    return failureAt(u, c, decodedDateMessage(this.name, u));
  }
  encodeValue(a: Date): string {
    const ms = encodableTime(a, this.name);
    const wire = wireValueOf(a);
    if (typeof wire === 'string') return wire;
    let text: string;
    try {
      text = this.formatText(a);
    } catch (e) {
      throw new EncodeError(`cannot write ${describeValue(a)} as ${this.name}: the format threw`, a, undefined, { cause: e });
    }
    // Never write text this codec would reject when reading it back.
    if (typeof text !== 'string' || Number.isNaN(this.parseText(text))) {
      const year = new Date(ms).getUTCFullYear();
      throw new EncodeError(
        year < 0 || year > 9999
          ? `cannot write a Date in year ${year} as ${this.name}: the text holds years 0000–9999 only`
          : `cannot write ${describeValue(a)} as ${this.name}: the text it gives, ${describeValue(text)}, does not read back`,
        a,
      );
    }
    return text;
  }
}

/**
 * A codec for timestamps in a fixed text format of your own: decodes to a
 * `Date` that remembers its text, and encodes it back to exactly that text.
 * Encode checks what `formatText` writes with `parseText`: a `Date` whose
 * text would not read back (an invalid one, a year the format cannot hold)
 * gives an {@link EncodeError} instead.
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
