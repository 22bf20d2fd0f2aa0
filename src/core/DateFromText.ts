import { describeValue } from './describeValue.js';
import { EncodeError } from './encodeResult.js';
import { leaf } from './leaf.js';
import { INVALID, type WireType } from './WireType.js';
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
 * A timestamp codec over one text format: `parseText` gives epoch
 * milliseconds (NaN when the text is not in the format), `formatText` writes
 * a Date that carries no wire text of its own. `format` is for the library's
 * own formats only: the name written into each decoded Date's note, and a
 * promise that `formatText` writes text `parseText` reads back for every
 * year 0000–9999. Codecs without one check by parsing back.
 */
export function textDate(name: string, parseText: (s: string) => number, formatText: (d: Date) => string, format = ''): DateFromTextC {
  const yearError = (a: Date, ms: number): EncodeError =>
    new EncodeError(`cannot write a Date in year ${new Date(ms).getUTCFullYear()} as ${name}: the text holds years 0000–9999 only`, a);
  return leaf({
    name,
    parse: (u) => {
      if (typeof u !== 'string') return INVALID;
      const ms = parseText(u);
      return Number.isNaN(ms) ? INVALID : stampedDate(ms, u, format);
    },
    is: isValidDate,
    // ISO text where this format is expected: a decoded Date written with
    // JSON.stringify. (The ISO codec itself reads that text.)
    message: (u) => decodedDateMessage(name, u),
    encode: (a) => {
      // The text the Date was read from, when this format reads it back to
      // the same instant: the note says which format read it, and text of
      // another (an offset, Java text where ISO is written) is parsed back
      // to be sure. A note that matches the Date's time proves the Date valid.
      const wire = wireNoteOf(a);
      if (typeof wire === 'string') {
        if (format !== '' && wireFormatOf(a) === format) return wire;
        if (parseText(wire) === Date.prototype.getTime.call(a)) return wire;
      }
      const ms = encodableTime(a, name);
      if (format !== '' && (ms < YEAR_0 || ms >= YEAR_10000)) throw yearError(a, ms);
      let text: string;
      try {
        text = formatText(a);
      } catch (e) {
        throw new EncodeError(`cannot write ${describeValue(a)} as ${name}: the format threw`, a, undefined, { cause: e });
      }
      // A format of your own: never write text this codec would reject when reading it back.
      if (format === '' && (typeof text !== 'string' || Number.isNaN(parseText(text)))) {
        if (ms < YEAR_0 || ms >= YEAR_10000) throw yearError(a, ms);
        throw new EncodeError(`cannot write ${describeValue(a)} as ${name}: the text it gives, ${describeValue(text)}, does not read back`, a);
      }
      return text;
    },
  });
}

/**
 * A timestamp codec over numbers of `unitMs` milliseconds since the epoch
 * (1000 for seconds, 1 for milliseconds). A valid `Date`, as the AWS SDK for
 * JavaScript hands results over, decodes to a copy. A decoded number is
 * noted under `format` and written back as it was; other Dates are written
 * in the unit.
 */
export function epochDate(name: string, unitMs: number, format: string): WireType<Date, number> {
  // A JavaScript Date holds ±8.64e15 ms.
  const max = 8.64e15 / unitMs;
  return leaf({
    name,
    parse: (u) => {
      // `!(… <= max)` also turns away NaN and the infinities.
      if (typeof u === 'number') return !(Math.abs(u) <= max) ? INVALID : stampedDate(Math.round(u * unitMs), u, format);
      return isValidDate(u) ? new Date(u.getTime()) : INVALID;
    },
    is: isValidDate,
    encode: (a) => {
      // Only a number this unit read is written back: seconds are no
      // milliseconds. A note that matches the Date's time proves it valid;
      // without one, check, as an invalid Date would become NaN, which JSON
      // writes as null.
      const wire = wireNoteOf(a);
      return typeof wire === 'number' && wireFormatOf(a) === format ? wire : encodableTime(a, name) / unitMs;
    },
  });
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
  return textDate(name, parseText, formatText);
}
