import { parse } from 'date-fns';
import fc from 'fast-check';
import { isLeft } from 'fp-ts/Either';
import type * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { DateFromEpochSeconds, DateFromIsoTimestamp, EncodeError, formatErrors, wireValueOf } from '../../src/index.js';
import { DateFromApiTimestamp } from '../../src/containers/index.js';
import { DateFromJavaDateText } from '../../src/service-kit/index.js';
import { parseIsoTimestamp, parseIsoTimestampWithOffset } from '../../src/core/DateFromIsoTimestamp.js';
import { parseJavaDateText } from '../../src/core/DateFromJavaDateText.js';
import { daysFromCivil, formatIsoUtc, formatJavaUtc, utcMillis } from '../../src/core/utcTime.js';

const RUNS = 500;

function decoded<A>(codec: t.Decoder<unknown, A>, u: unknown): A {
  const r = codec.decode(u);
  if (isLeft(r)) throw new Error(`expected ${String(u)} to decode, got ${formatErrors(r.left).join('; ')}`);
  return r.right;
}

function errorsOf(codec: t.Decoder<unknown, unknown>, u: unknown): string[] {
  const r = codec.decode(u);
  if (!isLeft(r)) throw new Error(`expected ${String(u)} to be rejected`);
  return formatErrors(r.left);
}

// date-fns `parse` sets the parsed fields with local-time setters even when
// the text carries a zone, so in a DST gap (2019-09-29T02:50Z in
// Pacific/Chatham) it lands an hour off. Running it on a Date whose "local"
// accessors are the UTC ones makes the oracle independent of TZ; the `Z`/`X`
// pair in text and pattern still states the zone explicitly.
class UtcDate extends Date {
  override getFullYear(): number {
    return this.getUTCFullYear();
  }
  override getMonth(): number {
    return this.getUTCMonth();
  }
  override getDate(): number {
    return this.getUTCDate();
  }
  override getDay(): number {
    return this.getUTCDay();
  }
  override getHours(): number {
    return this.getUTCHours();
  }
  override getMinutes(): number {
    return this.getUTCMinutes();
  }
  override getSeconds(): number {
    return this.getUTCSeconds();
  }
  override getMilliseconds(): number {
    return this.getUTCMilliseconds();
  }
  override getTimezoneOffset(): number {
    return 0;
  }
  // Rest tuples keep the argument count: an explicit `undefined` month
  // would make the Date invalid.
  override setFullYear(...a: [number, number?, number?]): number {
    return this.setUTCFullYear(...a);
  }
  override setMonth(...a: [number, number?]): number {
    return this.setUTCMonth(...a);
  }
  override setDate(d: number): number {
    return this.setUTCDate(d);
  }
  override setHours(...a: [number, number?, number?, number?]): number {
    return this.setUTCHours(...a);
  }
  override setMinutes(...a: [number, number?, number?]): number {
    return this.setUTCMinutes(...a);
  }
  override setSeconds(...a: [number, number?]): number {
    return this.setUTCSeconds(...a);
  }
  override setMilliseconds(ms: number): number {
    return this.setUTCMilliseconds(ms);
  }
}

/** Milliseconds of `text` read by date-fns with `pattern`; NaN when it does not parse. */
function dateFns(text: string, pattern: string): number {
  return parse(text, pattern, new UtcDate(0), { in: (v) => new UtcDate(v) }).getTime();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const dates = fc.date({
  min: new Date(Date.UTC(1000, 0, 1)),
  max: new Date(Date.UTC(9999, 11, 31, 23, 59, 59, 999)),
  noInvalidDate: true,
});
const wholeSecondDates = dates.map((d) => new Date(Math.floor(d.getTime() / 1000) * 1000));

function extended(d: Date, fraction = ''): string {
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${fraction}Z`
  );
}

function basic(d: Date): string {
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
  );
}

function javaText(d: Date, newForm: boolean, beforeHalf: string): string {
  const h = d.getUTCHours();
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return (
    `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}${newForm ? ',' : ''} ` +
    `${h12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${beforeHalf}${h < 12 ? 'AM' : 'PM'}`
  );
}

describe('the date-fns oracle', () => {
  it('reads the trailing Z as UTC, also for times inside a local DST gap', () => {
    expect(dateFns('2019-10-18T15:00:49Z', "yyyy-MM-dd'T'HH:mm:ssX")).toBe(Date.UTC(2019, 9, 18, 15, 0, 49));
    // Local-time gaps in Pacific/Chatham and America/New_York.
    expect(dateFns('2019-09-29T02:50:00Z', "yyyy-MM-dd'T'HH:mm:ssX")).toBe(Date.UTC(2019, 8, 29, 2, 50, 0));
    expect(dateFns('2019-03-10T02:30:00Z', "yyyy-MM-dd'T'HH:mm:ssX")).toBe(Date.UTC(2019, 2, 10, 2, 30, 0));
    expect(dateFns('20131102T010628Z', "yyyyMMdd'T'HHmmssX")).toBe(Date.UTC(2013, 10, 2, 1, 6, 28));
    expect(dateFns('2019-10-18T15:00:49.12Z', "yyyy-MM-dd'T'HH:mm:ss.SSX")).toBe(
      Date.UTC(2019, 9, 18, 15, 0, 49, 120),
    );
  });

  it('reads Java date text with an appended Z as UTC', () => {
    expect(dateFns('Oct 18, 2019 3:00:49 PM Z', 'MMM d, yyyy h:mm:ss a X')).toBe(Date.UTC(2019, 9, 18, 15, 0, 49));
    expect(dateFns('Sep 29, 2019, 2:50:00 AM Z', 'MMM d, yyyy, h:mm:ss a X')).toBe(Date.UTC(2019, 8, 29, 2, 50, 0));
    expect(dateFns('Nov 5, 2023, 12:29:11 AM Z', 'MMM d, yyyy, h:mm:ss a X')).toBe(Date.UTC(2023, 10, 5, 0, 29, 11));
  });
});

describe('DateFromIsoTimestamp', () => {
  it.each([
    ['2019-10-18T15:00:49Z', '2019-10-18T15:00:49.000Z'],
    ['2019-10-18T15:00:49.1Z', '2019-10-18T15:00:49.100Z'],
    ['2019-10-18T15:00:49.12Z', '2019-10-18T15:00:49.120Z'],
    ['2019-10-18T15:00:49.123Z', '2019-10-18T15:00:49.123Z'],
    // Digits past the millisecond are cut, not rounded.
    ['2019-10-18T15:00:49.123456789Z', '2019-10-18T15:00:49.123Z'],
    ['2019-10-18T15:00:49.9999Z', '2019-10-18T15:00:49.999Z'],
    ['20131102T010628Z', '2013-11-02T01:06:28.000Z'],
    ['0000-01-01T00:00:00Z', '0000-01-01T00:00:00.000Z'],
    ['9999-12-31T23:59:59Z', '9999-12-31T23:59:59.000Z'],
  ])('decodes %s to %s and encodes it back exactly', (text, iso) => {
    const d = decoded(DateFromIsoTimestamp, text);
    expect(d).toBeInstanceOf(Date);
    expect(d.toISOString()).toBe(iso);
    expect(DateFromIsoTimestamp.encode(d)).toBe(text);
    expect(wireValueOf(d)).toBe(text);
  });

  it('encodes a Date made elsewhere as YYYY-MM-DDTHH:MM:SSZ, with .sss only for milliseconds', () => {
    expect(DateFromIsoTimestamp.encode(new Date(Date.UTC(2019, 9, 18, 15, 0, 49)))).toBe('2019-10-18T15:00:49Z');
    expect(DateFromIsoTimestamp.encode(new Date(Date.UTC(2019, 9, 18, 15, 0, 49, 7)))).toBe(
      '2019-10-18T15:00:49.007Z',
    );
    expect(DateFromIsoTimestamp.encode(new Date(Date.UTC(2013, 10, 2, 1, 6, 28, 500)))).toBe(
      '2013-11-02T01:06:28.500Z',
    );
  });

  it('encodes a decoded Date canonically once it has been changed', () => {
    const d = decoded(DateFromIsoTimestamp, '20131102T010628Z');
    d.setTime(d.getTime() + 1000);
    expect(DateFromIsoTimestamp.encode(d)).toBe('2013-11-02T01:06:29Z');
    expect(wireValueOf(d)).toBeUndefined();

    const f = decoded(DateFromIsoTimestamp, '2019-10-18T15:00:49.1Z');
    f.setUTCMilliseconds(250);
    expect(DateFromIsoTimestamp.encode(f)).toBe('2019-10-18T15:00:49.250Z');
    f.setUTCMilliseconds(0);
    expect(DateFromIsoTimestamp.encode(f)).toBe('2019-10-18T15:00:49Z');
  });

  it('does not pass the original text on to a copy of a decoded Date', () => {
    const d = decoded(DateFromIsoTimestamp, '20131102T010628Z');
    expect(DateFromIsoTimestamp.encode(new Date(d.getTime()))).toBe('2013-11-02T01:06:28Z');
    // The note is invisible to JSON and key listings.
    expect(JSON.stringify({ d })).toBe('{"d":"2013-11-02T01:06:28.000Z"}');
    expect(Reflect.ownKeys(d).filter((k) => typeof k === 'string')).toEqual([]);
  });

  it('guards decoded values: valid Dates only', () => {
    expect(DateFromIsoTimestamp.is(new Date(0))).toBe(true);
    expect(DateFromIsoTimestamp.is(new Date(Number.NaN))).toBe(false);
    expect(DateFromIsoTimestamp.is('2019-10-18T15:00:49Z')).toBe(false);
  });

  it.each([
    ['2000-02-29T00:00:00Z'],
    ['2024-02-29T12:00:00Z'],
    ['1600-02-29T00:00:00Z'],
    ['20000229T000000Z'],
  ])('accepts the leap day %s', (text) => {
    const d = decoded(DateFromIsoTimestamp, text);
    expect(d.getUTCMonth()).toBe(1);
    expect(d.getUTCDate()).toBe(29);
  });

  it.each([
    ['lowercase z', '2019-10-18T15:00:49z'],
    ['missing Z', '2019-10-18T15:00:49'],
    ['missing Z after a fraction', '2019-10-18T15:00:49.123'],
    ['+00:00 offset', '2019-10-18T15:00:49+00:00'],
    ['+0000 offset', '2019-10-18T15:00:49+0000'],
    ['space instead of T', '2019-10-18 15:00:49Z'],
    ['lowercase t', '2019-10-18t15:00:49Z'],
    ['month 13', '2019-13-18T15:00:49Z'],
    ['month 00', '2019-00-18T15:00:49Z'],
    ['day 00', '2019-10-00T15:00:49Z'],
    ['Feb 30', '2019-02-30T15:00:49Z'],
    ['Apr 31', '2019-04-31T15:00:49Z'],
    ['Feb 29 in a non-leap year', '2023-02-29T00:00:00Z'],
    ['Feb 29 in 1900', '1900-02-29T00:00:00Z'],
    ['Feb 29 in 2100', '2100-02-29T00:00:00Z'],
    ['Feb 29 in 1900, basic form', '19000229T000000Z'],
    ['hour 24', '2019-10-18T24:00:00Z'],
    ['minute 60', '2019-10-18T15:60:00Z'],
    ['second 60', '2019-10-18T15:00:60Z'],
    ['second 60, basic form', '20131102T010660Z'],
    ['a letter in the year', '20x9-10-18T15:00:49Z'],
    ['a letter in the basic form', '2013110xT010628Z'],
    ['a fullwidth digit', '2019-10-18T15:00:4\uff19Z'],
    ['a sign in the day', '2019-10-+8T15:00:49Z'],
    ['a letter in the fraction', '2019-10-18T15:00:49.1a3Z'],
    ['an empty fraction', '2019-10-18T15:00:49.Z'],
    ['a comma fraction', '2019-10-18T15:00:49,123Z'],
    ['trailing garbage', '2019-10-18T15:00:49Zjunk'],
    ['a trailing space', '2019-10-18T15:00:49Z '],
    ['a leading space', ' 2019-10-18T15:00:49Z'],
    ['a doubled Z', '2019-10-18T15:00:49ZZ'],
    ['a five-digit year', '20190-10-18T15:00:49Z'],
    ['a basic form with a fraction', '20131102T010628.5Z'],
    ['a date only', '2019-10-18'],
    ['single-digit fields', '2019-1-8T5:0:9Z'],
    ['the empty string', ''],
  ])('rejects %s (%j)', (_what, text) => {
    expect(errorsOf(DateFromIsoTimestamp, text)).toEqual([
      `(root): expected ISO-8601 UTC timestamp (like 2019-10-18T15:00:49Z), got ${JSON.stringify(text)}`,
    ]);
    expect(parseIsoTimestamp(text)).toBeNaN();
  });

  it.each([
    ['a number', 1571410849],
    ['null', null],
    ['a boolean', true],
    ['a Date', new Date(0)],
    ['an object', { eventTime: '2019-10-18T15:00:49Z' }],
  ])('rejects %s', (_what, value) => {
    const errors = errorsOf(DateFromIsoTimestamp, value);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^\(root\): expected ISO-8601 UTC timestamp \(like 2019-10-18T15:00:49Z\), got /);
  });

  it('reports a missing value as missing', () => {
    expect(errorsOf(DateFromIsoTimestamp, undefined)).toEqual([
      '(root): expected ISO-8601 UTC timestamp (like 2019-10-18T15:00:49Z), but it is missing',
    ]);
  });

  // Summing every digit in floating point lets seventeen or more nines round
  // up to a whole millisecond, rolling the time into the next second.
  it('cuts a long run of nines in the fraction instead of rounding it up into the next second', () => {
    const text = '2019-12-31T23:59:59.99999999999999999Z';
    expect(decoded(DateFromIsoTimestamp, text).toISOString()).toBe('2019-12-31T23:59:59.999Z');
  });

  describe('against date-fns and Date.parse', () => {
    it('agrees on the extended form with 0 to 3 fraction digits', () => {
      fc.assert(
        fc.property(dates, fc.integer({ min: 0, max: 3 }), (date, digits) => {
          const fraction = digits === 0 ? '' : `.${pad(date.getUTCMilliseconds(), 3).slice(0, digits)}`;
          const text = extended(date, fraction);
          const pattern = `yyyy-MM-dd'T'HH:mm:ss${digits === 0 ? '' : `.${'S'.repeat(digits)}`}X`;
          const expected = dateFns(text, pattern);
          expect(expected).not.toBeNaN();
          const d = decoded(DateFromIsoTimestamp, text);
          expect(d.getTime()).toBe(expected);
          if (digits === 0 || digits === 3) expect(d.getTime()).toBe(Date.parse(text));
          expect(DateFromIsoTimestamp.encode(d)).toBe(text);
        }),
        { numRuns: RUNS },
      );
    });

    it('agrees on the basic form', () => {
      fc.assert(
        fc.property(wholeSecondDates, (date) => {
          const text = basic(date);
          const expected = dateFns(text, "yyyyMMdd'T'HHmmssX");
          expect(expected).toBe(date.getTime());
          const d = decoded(DateFromIsoTimestamp, text);
          expect(d.getTime()).toBe(expected);
          expect(DateFromIsoTimestamp.encode(d)).toBe(text);
        }),
        { numRuns: RUNS },
      );
    });

    it('cuts fractions of 4 to 9 digits to the millisecond', () => {
      const fractions = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 4, maxLength: 9 });
      fc.assert(
        fc.property(wholeSecondDates, fractions, (date, fraction) => {
          const text = extended(date, `.${fraction}`);
          const whole = dateFns(extended(date), "yyyy-MM-dd'T'HH:mm:ssX");
          const d = decoded(DateFromIsoTimestamp, text);
          expect(d.getTime()).toBe(whole + Number(fraction.slice(0, 3)));
          expect(DateFromIsoTimestamp.encode(d)).toBe(text);
        }),
        { numRuns: RUNS },
      );
    });
  });

  it('decodes whatever it encodes from a Date made elsewhere, to the same instant', () => {
    fc.assert(
      fc.property(dates, (date) => {
        const text = DateFromIsoTimestamp.encode(date);
        expect(text).toMatch(date.getUTCMilliseconds() === 0 ? /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/ : /\.\d{3}Z$/);
        expect(decoded(DateFromIsoTimestamp, text).getTime()).toBe(date.getTime());
      }),
      { numRuns: RUNS },
    );
  });

  it('rejects a valid timestamp with any one digit replaced by a non-digit', () => {
    const nonDigit = fc
      .integer({ min: 0, max: 0xffff })
      .filter((c) => c < 0x30 || c > 0x39)
      .map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(dates, fc.boolean(), fc.nat(), nonDigit, (date, useBasic, which, replacement) => {
        const text = useBasic ? basic(date) : extended(date, `.${pad(date.getUTCMilliseconds(), 3)}`);
        const positions = [...text].flatMap((ch, i) => (ch >= '0' && ch <= '9' ? [i] : []));
        const at = positions[which % positions.length] as number;
        const broken = text.slice(0, at) + replacement + text.slice(at + 1);
        expect(isLeft(DateFromIsoTimestamp.decode(broken))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('DateFromJavaDateText', () => {
  it.each([
    ['Oct 18, 2019 3:00:49 PM', '2019-10-18T15:00:49.000Z'],
    ['Nov 5, 2023, 4:29:11 AM', '2023-11-05T04:29:11.000Z'],
    ['Feb 1, 2021 11:25:06 PM', '2021-02-01T23:25:06.000Z'],
    ['Jan 1, 2020, 12:00:00 AM', '2020-01-01T00:00:00.000Z'],
    ['Jan 1, 2020, 12:59:59 AM', '2020-01-01T00:59:59.000Z'],
    ['Jan 1, 2020, 12:00:00 PM', '2020-01-01T12:00:00.000Z'],
    ['Dec 31, 2020 11:59:59 PM', '2020-12-31T23:59:59.000Z'],
    ['Feb 29, 2024, 1:00:00 AM', '2024-02-29T01:00:00.000Z'],
    ['Nov 5, 2023, 4:29:11\u202fAM', '2023-11-05T04:29:11.000Z'],
    ['Nov 5, 2023, 4:29:11\u00a0PM', '2023-11-05T16:29:11.000Z'],
    ['Oct 18, 2019 3:00:49\u202fPM', '2019-10-18T15:00:49.000Z'],
  ])('decodes %j to %s and encodes it back exactly', (text, iso) => {
    const d = decoded(DateFromJavaDateText, text);
    expect(d.toISOString()).toBe(iso);
    expect(DateFromJavaDateText.encode(d)).toBe(text);
  });

  it('reads 12 AM as hour 0 and 12 PM as hour 12', () => {
    expect(decoded(DateFromJavaDateText, 'Mar 3, 2022, 12:15:00 AM').getUTCHours()).toBe(0);
    expect(decoded(DateFromJavaDateText, 'Mar 3, 2022, 12:15:00 PM').getUTCHours()).toBe(12);
    expect(decoded(DateFromJavaDateText, 'Mar 3, 2022, 1:15:00 PM').getUTCHours()).toBe(13);
    expect(decoded(DateFromJavaDateText, 'Mar 3, 2022, 11:15:00 AM').getUTCHours()).toBe(11);
  });

  it('encodes a Date made elsewhere in the newer form, MMM d, yyyy, h:mm:ss AM', () => {
    expect(DateFromJavaDateText.encode(new Date(Date.UTC(2023, 10, 5, 4, 29, 11)))).toBe('Nov 5, 2023, 4:29:11 AM');
    expect(DateFromJavaDateText.encode(new Date(Date.UTC(2019, 9, 18, 15, 0, 49)))).toBe('Oct 18, 2019, 3:00:49 PM');
    expect(DateFromJavaDateText.encode(new Date(Date.UTC(2020, 0, 1, 0, 5, 9)))).toBe('Jan 1, 2020, 12:05:09 AM');
    expect(DateFromJavaDateText.encode(new Date(Date.UTC(2020, 0, 1, 12, 0, 0)))).toBe('Jan 1, 2020, 12:00:00 PM');
    expect(DateFromJavaDateText.encode(new Date(Date.UTC(2020, 11, 31, 23, 59, 59)))).toBe('Dec 31, 2020, 11:59:59 PM');
  });

  it('encodes a decoded Date canonically once it has been changed', () => {
    const d = decoded(DateFromJavaDateText, 'Oct 18, 2019 3:00:49 PM');
    d.setTime(d.getTime() + 60_000);
    expect(DateFromJavaDateText.encode(d)).toBe('Oct 18, 2019, 3:01:49 PM');
  });

  it.each([
    ['hour 13 with PM', 'Oct 18, 2019 13:00:00 PM'],
    ['hour 0 with AM', 'Oct 18, 2019 0:10:00 AM'],
    ['day 32', 'Oct 32, 2019 3:00:49 PM'],
    ['day 0', 'Oct 0, 2019 3:00:49 PM'],
    ['Nov 31', 'Nov 31, 2019, 3:00:49 PM'],
    ['Feb 29 in a non-leap year', 'Feb 29, 2023, 1:00:00 AM'],
    ['a lowercase month', 'oct 18, 2019 3:00:49 PM'],
    ['an uppercase month', 'OCT 18, 2019 3:00:49 PM'],
    ['a full month name', 'October 18, 2019 3:00:49 PM'],
    ['missing AM/PM', 'Oct 18, 2019 3:00:49'],
    ['lowercase pm', 'Oct 18, 2019 3:00:49 pm'],
    ['no space before PM', 'Oct 18, 2019 3:00:49PM'],
    ['a three-digit day', 'Oct 118, 2019 3:00:49 PM'],
    ['a three-digit hour', 'Oct 18, 2019 103:00:49 PM'],
    ['a two-digit year', 'Oct 18, 19 3:00:49 PM'],
    ['a five-digit year', 'Oct 18, 20190 3:00:49 PM'],
    ['a single-digit minute', 'Oct 18, 2019 3:0:49 PM'],
    ['minute 60', 'Oct 18, 2019 3:60:49 PM'],
    ['second 60', 'Oct 18, 2019 3:00:60 PM'],
    ['no comma after the day', 'Oct 18 2019 3:00:49 PM'],
    ['a comma without a space after the year', 'Oct 18, 2019,3:00:49 PM'],
    ['extra text', 'Oct 18, 2019 3:00:49 PM UTC'],
    ['a trailing space', 'Oct 18, 2019 3:00:49 PM '],
    ['a leading space', ' Oct 18, 2019 3:00:49 PM'],
    ['ISO text', '2019-10-18T15:00:49Z'],
    ['the empty string', ''],
  ])('rejects %s (%j)', (_what, text) => {
    expect(errorsOf(DateFromJavaDateText, text)).toEqual([
      `(root): expected Java date text (like Nov 5, 2023, 4:29:11 AM), got ${JSON.stringify(text)}`,
    ]);
    expect(parseJavaDateText(text)).toBeNaN();
  });

  it.each([
    ['a number', 1571410849],
    ['null', null],
    ['a Date', new Date(0)],
  ])('rejects %s', (_what, value) => {
    expect(errorsOf(DateFromJavaDateText, value)[0]).toMatch(/^\(root\): expected Java date text .*, got /);
  });

  it('agrees with date-fns on both forms and every space before AM/PM', () => {
    fc.assert(
      fc.property(
        wholeSecondDates,
        fc.boolean(),
        fc.constantFrom(' ', '\u202f', '\u00a0'),
        (date, newForm, beforeHalf) => {
          const text = javaText(date, newForm, beforeHalf);
          const pattern = newForm ? 'MMM d, yyyy, h:mm:ss a X' : 'MMM d, yyyy h:mm:ss a X';
          const expected = dateFns(`${javaText(date, newForm, ' ')} Z`, pattern);
          expect(expected).toBe(date.getTime());
          const d = decoded(DateFromJavaDateText, text);
          expect(d.getTime()).toBe(expected);
          expect(DateFromJavaDateText.encode(d)).toBe(text);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('decodes what it encodes from a Date made elsewhere, to the second', () => {
    fc.assert(
      fc.property(dates, (date) => {
        const text = DateFromJavaDateText.encode(date);
        expect(decoded(DateFromJavaDateText, text).getTime()).toBe(Math.floor(date.getTime() / 1000) * 1000);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('DateFromEpochSeconds', () => {
  it.each([
    [1424476529, '2015-02-20T23:55:29.000Z'],
    [1424476529.0, '2015-02-20T23:55:29.000Z'],
    [1424476529.25, '2015-02-20T23:55:29.250Z'],
    [0, '1970-01-01T00:00:00.000Z'],
    [-1.5, '1969-12-31T23:59:58.500Z'],
    [8.64e12, '+275760-09-13T00:00:00.000Z'],
    [-8.64e12, '-271821-04-20T00:00:00.000Z'],
  ])('decodes %d to %s and encodes the same number back', (seconds, iso) => {
    const d = decoded(DateFromEpochSeconds, seconds);
    expect(d.toISOString()).toBe(iso);
    expect(DateFromEpochSeconds.encode(d)).toBe(seconds);
  });

  it('gives back the exact number even where milliseconds cannot hold it', () => {
    const d = decoded(DateFromEpochSeconds, 1424476529.123456);
    expect(d.toISOString()).toBe('2015-02-20T23:55:29.123Z');
    expect(DateFromEpochSeconds.encode(d)).toBe(1424476529.123456);
  });

  it('decodes any number in range to the nearest millisecond and encodes it back unchanged', () => {
    fc.assert(
      fc.property(fc.double({ min: -8.64e12, max: 8.64e12, noNaN: true }), (seconds) => {
        const d = decoded(DateFromEpochSeconds, seconds);
        expect(Math.abs(d.getTime() - seconds * 1000)).toBeLessThanOrEqual(0.5);
        expect(DateFromEpochSeconds.encode(d)).toBe(seconds);
      }),
      { numRuns: RUNS },
    );
  });

  it('accepts a Date, as a copy', () => {
    const input = new Date(Date.UTC(2015, 1, 20, 23, 55, 29, 500));
    const d = decoded(DateFromEpochSeconds, input);
    expect(d).not.toBe(input);
    expect(d.getTime()).toBe(input.getTime());
    input.setTime(0);
    expect(d.toISOString()).toBe('2015-02-20T23:55:29.500Z');
    expect(DateFromEpochSeconds.encode(d)).toBe(1424476529.5);
  });

  it('encodes a Date made elsewhere or changed after decoding as seconds', () => {
    expect(DateFromEpochSeconds.encode(new Date(1500))).toBe(1.5);
    const d = decoded(DateFromEpochSeconds, 1424476529);
    d.setTime(d.getTime() + 2000);
    expect(DateFromEpochSeconds.encode(d)).toBe(1424476531);
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['a number past the Date range', 8.64e12 + 1],
    ['a large negative number', -8.64e12 - 1],
    ['1e300', 1e300],
    ['an invalid Date', new Date(Number.NaN)],
    ['a numeric string', '1424476529'],
    ['null', null],
  ])('rejects %s', (_what, value) => {
    const errors = errorsOf(DateFromEpochSeconds, value);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^\(root\): expected epoch seconds \(like 1424476529\.0\), got /);
  });
});

describe('utcTime helpers', () => {
  it('counts days from 1970-01-01 like Date does, for any year', () => {
    const anyDay = fc.date({
      min: new Date(Date.UTC(-9999, 0, 1)),
      max: new Date(Date.UTC(9999, 11, 31)),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(anyDay, (date) => {
        const days = daysFromCivil(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
        expect(days).toBe(Math.floor(date.getTime() / 86_400_000));
      }),
      { numRuns: RUNS },
    );
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(2000, 3, 1)).toBe(11_017);
    expect(daysFromCivil(0, 1, 1)).toBe(-719_528);
  });

  it('gives NaN from utcMillis for fields out of range', () => {
    expect(utcMillis(2019, 10, 18, 15, 0, 49, 0)).toBe(Date.UTC(2019, 9, 18, 15, 0, 49));
    expect(utcMillis(2019, 13, 1, 0, 0, 0, 0)).toBeNaN();
    expect(utcMillis(2019, 2, 29, 0, 0, 0, 0)).toBeNaN();
    expect(utcMillis(2019, 1, 1, 24, 0, 0, 0)).toBeNaN();
    expect(utcMillis(2019, 1, 1, 0, 0, 60, 0)).toBeNaN();
    expect(utcMillis(Number.NaN, 1, 1, 0, 0, 0, 0)).toBeNaN();
  });

  it('formats in UTC whatever the process time zone', () => {
    const d = new Date(Date.UTC(2023, 10, 5, 23, 29, 11));
    expect(formatIsoUtc(d)).toBe('2023-11-05T23:29:11Z');
    expect(formatJavaUtc(d)).toBe('Nov 5, 2023, 11:29:11 PM');
  });
});

describe('parseIsoTimestampWithOffset and DateFromApiTimestamp', () => {
  const offsets = fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 });
  const withOffset = (date: Date, minutes: number, colon: boolean): string => {
    const local = new Date(date.getTime() + minutes * 60_000);
    const sign = minutes < 0 ? '-' : '+';
    const abs = Math.abs(minutes);
    const zone = `${sign}${pad(Math.floor(abs / 60), 2)}${colon ? ':' : ''}${pad(abs % 60, 2)}`;
    return `${local.toISOString().slice(0, 19)}${zone}`;
  };

  it('agrees with Date.parse on ISO text with any offset, and encodes back the same text', () => {
    fc.assert(
      fc.property(dates, offsets, fc.boolean(), (date, minutes, colon) => {
        const whole = new Date(Math.floor(date.getTime() / 1000) * 1000);
        const local = new Date(whole.getTime() + minutes * 60_000);
        fc.pre(local.getUTCFullYear() >= 0 && local.getUTCFullYear() <= 9999);
        const text = withOffset(whole, minutes, colon);
        expect(parseIsoTimestampWithOffset(text)).toBe(whole.getTime());
        if (colon) expect(Date.parse(text)).toBe(whole.getTime());
        const d = decoded(DateFromApiTimestamp, text);
        expect(d.getTime()).toBe(whole.getTime());
        expect(DateFromApiTimestamp.encode(d)).toBe(text);
      }),
      { numRuns: RUNS },
    );
  });

  it('reads Z like parseIsoTimestamp, and rejects offsets out of range', () => {
    expect(parseIsoTimestampWithOffset('2024-07-30T21:31:10Z')).toBe(Date.UTC(2024, 6, 30, 21, 31, 10));
    expect(parseIsoTimestampWithOffset('20131102T010628Z')).toBe(Date.UTC(2013, 10, 2, 1, 6, 28));
    for (const text of ['2024-07-30T21:31:10+24:00', '2024-07-30T21:31:10+02:60', '2024-07-30T21:31:10 02:00', '2024-07-30T21:31:10+2:00', '2024-07-30T21:31:10']) {
      expect(parseIsoTimestampWithOffset(text), text).toBeNaN();
    }
  });

  it('keeps numbers, text and Dates as they came', () => {
    const when = Date.UTC(2024, 6, 30, 21, 31, 10);
    for (const wire of [when / 1000, 1.72237507e9, '2024-07-30T21:31:10+00:00', '2024-07-30T23:31:10+02:00', '2024-07-30T21:31:10Z']) {
      const d = decoded(DateFromApiTimestamp, wire);
      expect(d.getTime()).toBe(when);
      expect(DateFromApiTimestamp.encode(d)).toBe(wire);
    }
    const sdk = new Date(when);
    const d = decoded(DateFromApiTimestamp, sdk);
    const back = DateFromApiTimestamp.encode(d);
    expect(back).toBeInstanceOf(Date);
    expect(back).not.toBe(sdk);
    expect((back as Date).getTime()).toBe(when);
    // Changed after decoding: canonical epoch seconds.
    d.setTime(when + 500);
    expect(DateFromApiTimestamp.encode(d)).toBe(when / 1000 + 0.5);
  });
});

describe('encoding Dates the text cannot hold', () => {
  it('writes Java date text with a four-digit year, which reads back', () => {
    const d = new Date(Date.UTC(2000, 0, 1));
    d.setUTCFullYear(999);
    expect(formatJavaUtc(d)).toBe('Jan 1, 0999, 12:00:00 AM');
    expect(decoded(DateFromJavaDateText, DateFromJavaDateText.encode(d)).getTime()).toBe(d.getTime());
  });

  it('throws an EncodeError, not a RangeError, for an invalid Date and for year 10000', () => {
    const far = new Date(Date.UTC(10000, 0, 1));
    for (const codec of [DateFromIsoTimestamp, DateFromJavaDateText]) {
      expect(() => codec.encode(new Date(Number.NaN))).toThrow(EncodeError);
      expect(() => codec.encode(far)).toThrow(EncodeError);
    }
    expect(() => DateFromEpochSeconds.encode(new Date(Number.NaN))).toThrow(EncodeError);
  });
});
