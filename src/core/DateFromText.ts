import type * as t from 'io-ts';
import { INVALID, WireType, failureAt, type Invalid } from './WireType.js';
import { describeValue } from '../errors/Issue.js';
import { EncodeError } from './encodeResult.js';
import { decodedDateMessage, encodableTime } from './wireChecks.js';
import { isValidDate, stampedDate, wireFormatOf, wireNoteOf } from './wireStamp.js';

// The first instant of year 0000 and of year 10000, in epoch milliseconds:
// the years four digits can write.
const YEAR_0 = -62_167_219_200_000;
const YEAR_10000 = 253_402_300_800_000;

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
  /**
   * @param format - for the library's own formats only: the name of the
   * format, written into each decoded Date's note, and a promise that
   * `formatText` writes text `parseText` reads back for every year
   * 0000–9999. Codecs without one check by parsing back.
   */
  constructor(
    name: string,
    private readonly parseText: (s: string) => number,
    private readonly formatText: (d: Date) => string,
    private readonly format = '',
  ) {
    super(name, isValidDate);
  }
  parse(u: unknown): Date | Invalid {
    if (typeof u !== 'string') return INVALID;
    const ms = this.parseText(u);
    return Number.isNaN(ms) ? INVALID : stampedDate(ms, u, this.format);
  }
  explain(u: unknown, c: t.Context): t.Errors {
    // ISO text where this format is expected: a decoded Date written with
    // JSON.stringify. (The ISO codec itself reads that text.)
    return failureAt(u, c, decodedDateMessage(this.name, u));
  }
  encodeValue(a: Date): string {
    // The text the Date was read from, when this format reads it back to the
    // same instant: the note says which format read it, and text of another
    // (an offset, Java text where ISO is written) is parsed back to be sure.
    // A note that matches the Date's time proves the Date valid.
    const wire = wireNoteOf(a);
    if (typeof wire === 'string') {
      if (this.format !== '' && wireFormatOf(a) === this.format) return wire;
      if (this.parseText(wire) === Date.prototype.getTime.call(a)) return wire;
    }
    const ms = encodableTime(a, this.name);
    if (this.format !== '' && (ms < YEAR_0 || ms >= YEAR_10000)) throw this.yearError(a, ms);
    let text: string;
    try {
      text = this.formatText(a);
    } catch (e) {
      throw new EncodeError(`cannot write ${describeValue(a)} as ${this.name}: the format threw`, a, undefined, { cause: e });
    }
    // A format of your own: never write text this codec would reject when reading it back.
    if (this.format === '' && (typeof text !== 'string' || Number.isNaN(this.parseText(text)))) {
      if (ms < YEAR_0 || ms >= YEAR_10000) throw this.yearError(a, ms);
      throw new EncodeError(`cannot write ${describeValue(a)} as ${this.name}: the text it gives, ${describeValue(text)}, does not read back`, a);
    }
    return text;
  }

  private yearError(a: Date, ms: number): EncodeError {
    const year = new Date(ms).getUTCFullYear();
    return new EncodeError(`cannot write a Date in year ${year} as ${this.name}: the text holds years 0000–9999 only`, a);
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
