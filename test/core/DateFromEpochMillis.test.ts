import fc from 'fast-check';
import { isLeft } from 'fp-ts/Either';
import type * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { DateFromEpochSeconds, DateFromIsoTimestamp, EncodeError, formatErrors, wireValueOf } from '../../src/index.js';
import { DateFromApiTimestamp } from '../../src/containers/index.js';
import { DateFromEpochMillis } from '../../src/core/DateFromEpochMillis.js';
import { corpusRecords } from '../support/corpus.js';
import { fuzzRuns } from '../support/fuzz.js';

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

// EC2 writes instance and volume times in milliseconds: launchTime,
// attachTime, createTime. Found by walking payloads with a loop, not recursion.
function epochMillisInCorpus(): Array<{ where: string; millis: number; eventTime: string }> {
  const found: Array<{ where: string; millis: number; eventTime: string }> = [];
  for (const { file, index, record } of corpusRecords()) {
    const stack: Array<[unknown, string]> = [[record['responseElements'], 'responseElements'], [record['requestParameters'], 'requestParameters']];
    while (stack.length > 0) {
      const [value, path] = stack.pop() as [unknown, string];
      if (typeof value !== 'object' || value === null) continue;
      for (const [k, v] of Object.entries(value)) {
        if (/^(launch|attach|create)Time$/.test(k) && typeof v === 'number') {
          found.push({ where: `${file}#${index} ${path}.${k}`, millis: v, eventTime: record['eventTime'] as string });
        } else stack.push([v, `${path}.${k}`]);
      }
    }
  }
  return found;
}

describe('DateFromEpochMillis', () => {
  it.each([
    [1424476529000, '2015-02-20T23:55:29.000Z'],
    [1424476529500, '2015-02-20T23:55:29.500Z'],
    [0, '1970-01-01T00:00:00.000Z'],
    [-1500, '1969-12-31T23:59:58.500Z'],
    [8.64e15, '+275760-09-13T00:00:00.000Z'],
    [-8.64e15, '-271821-04-20T00:00:00.000Z'],
  ])('decodes %d to %s and encodes the same number back', (millis, iso) => {
    const d = decoded(DateFromEpochMillis, millis);
    expect(d.toISOString()).toBe(iso);
    expect(DateFromEpochMillis.encode(d)).toBe(millis);
    expect(wireValueOf(d)).toBe(millis);
  });

  it('decodes the EC2 times of the real corpus to instants no later than their record, and encodes them back', () => {
    const found = epochMillisInCorpus();
    expect(found.length).toBeGreaterThanOrEqual(5);
    for (const { where, millis, eventTime } of found) {
      const d = decoded(DateFromEpochMillis, millis);
      const recorded = decoded(DateFromIsoTimestamp, eventTime);
      // eventTime has whole seconds, and a volume created by the call is
      // stamped within it. Read as seconds, these would land tens of
      // thousands of years ahead.
      expect(d.getTime(), where).toBeLessThan(recorded.getTime() + 1000);
      expect(d.getUTCFullYear(), where).toBeGreaterThanOrEqual(2006);
      expect(DateFromEpochMillis.encode(d), where).toBe(millis);
    }
  });

  it('decodes any number in range to the nearest millisecond and encodes it back unchanged', () => {
    fc.assert(
      fc.property(fc.double({ min: -8.64e15, max: 8.64e15, noNaN: true }), (millis) => {
        const d = decoded(DateFromEpochMillis, millis);
        expect(Math.abs(d.getTime() - millis)).toBeLessThanOrEqual(0.5);
        expect(DateFromEpochMillis.encode(d)).toBe(millis);
      }),
      { numRuns: fuzzRuns(300) },
    );
  });

  it('accepts a Date, as a copy, and encodes it as milliseconds', () => {
    const input = new Date(Date.UTC(2015, 1, 20, 23, 55, 29, 500));
    const d = decoded(DateFromEpochMillis, input);
    expect(d).not.toBe(input);
    input.setTime(0);
    expect(DateFromEpochMillis.encode(d)).toBe(1424476529500);
  });

  it('encodes a Date made elsewhere or changed after decoding as milliseconds', () => {
    expect(DateFromEpochMillis.encode(new Date(1500))).toBe(1500);
    const d = decoded(DateFromEpochMillis, 1424476529000);
    d.setTime(d.getTime() + 2000);
    expect(DateFromEpochMillis.encode(d)).toBe(1424476531000);
  });

  it('never writes a number read in the other unit: seconds stay seconds, milliseconds milliseconds', () => {
    const fromMillis = decoded(DateFromEpochMillis, 1424476529000);
    expect(DateFromEpochSeconds.encode(fromMillis)).toBe(1424476529);
    expect(DateFromApiTimestamp.encode(fromMillis)).toBe(1424476529);
    const fromSeconds = decoded(DateFromEpochSeconds, 1424476529);
    expect(DateFromEpochMillis.encode(fromSeconds)).toBe(1424476529000);
    const fromApi = decoded(DateFromApiTimestamp, 1424476529);
    expect(DateFromEpochMillis.encode(fromApi)).toBe(1424476529000);
    expect(DateFromApiTimestamp.encode(fromApi)).toBe(1424476529);
  });

  it('gives an EncodeError for an invalid Date and for what is no Date', () => {
    expect(() => DateFromEpochMillis.encode(new Date(Number.NaN))).toThrow(EncodeError);
    expect(() => DateFromEpochMillis.encode('2015-02-20' as unknown as Date)).toThrow(/expected a Date to write as epoch milliseconds/);
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a number past the Date range', 8.64e15 + 2],
    ['a large negative number', -8.64e15 - 2],
    ['an invalid Date', new Date(Number.NaN)],
    ['a numeric string', '1424476529000'],
    ['null', null],
  ])('rejects %s', (_what, value) => {
    const errors = errorsOf(DateFromEpochMillis, value);
    expect(errors).toEqual([expect.stringMatching(/^\(root\): expected epoch milliseconds \(like 1424476529000\), got /)]);
  });

  it('guards valid Dates only', () => {
    expect(DateFromEpochMillis.is(new Date(0))).toBe(true);
    expect(DateFromEpochMillis.is(new Date(Number.NaN))).toBe(false);
    expect(DateFromEpochMillis.is(0)).toBe(false);
  });
});
