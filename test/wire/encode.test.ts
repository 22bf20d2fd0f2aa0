// Encode never writes text its own decoders reject, and never throws an
// anonymous error: a Date it cannot write gets an EncodeError naming the
// path, and encodeWith returns that error instead of throwing.
import { describe, expect, it } from 'vitest';
import {
  CloudTrailRecord,
  DateFromEpochSeconds,
  DateFromIsoTimestamp,
  EncodeError,
  SessionAttributes,
  arrayOf,
  dateFromText,
  encodeWith,
  type ActivityRecord,
} from '../../src/index.js';
import { LookupEvent, decodeRecord } from '../../src/containers/index.js';
import { DateFromJavaDateText } from '../../src/service-kit/index.js';
import { clone, corpusRecords } from '../support/corpus.js';

const textCodecs = [
  ['DateFromIsoTimestamp', DateFromIsoTimestamp],
  ['DateFromJavaDateText', DateFromJavaDateText],
] as const;

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
}

const utc = (year: number, ms = 0): Date => {
  const d = new Date(Date.UTC(2000, 0, 1, 0, 0, 0, ms));
  d.setUTCFullYear(year);
  return d;
};

describe('timestamp codecs at the edges', () => {
  for (const [name, codec] of textCodecs) {
    it(`${name}: an invalid Date gives an EncodeError, not a RangeError or "NaN" text`, () => {
      const e = thrown(() => codec.encode(new Date(NaN)));
      expect(e).toBeInstanceOf(EncodeError);
      expect((e as EncodeError).message).toMatch(/invalid Date/);
    });

    it(`${name}: years outside 0000–9999 give an EncodeError that says so`, () => {
      for (const year of [-1, 10000, 275000]) {
        const e = thrown(() => codec.encode(utc(year)));
        expect(e, String(year)).toBeInstanceOf(EncodeError);
        expect((e as EncodeError).message).toContain('0000–9999');
      }
    });

    it(`${name}: whatever it writes for years 0000–9999 decodes again`, () => {
      for (const year of [0, 1, 99, 999, 1000, 1969, 2026, 9999]) {
        const text = codec.encode(utc(year, 0));
        const back = codec.decode(text);
        expect(back._tag, `${year}: ${text}`).toBe('Right');
        if (back._tag === 'Right') expect(back.right.getUTCFullYear()).toBe(year);
      }
    });
  }

  it('DateFromEpochSeconds: an invalid Date gives an EncodeError, not null on the wire', () => {
    expect(thrown(() => DateFromEpochSeconds.encode(new Date(NaN)))).toBeInstanceOf(EncodeError);
  });

  it('a codec of your own cannot write text it would not read back', () => {
    const DayOnly = dateFromText(
      'YYYY-MM-DD',
      (s) => (/^\d{4}-\d{2}-\d{2}$/.test(s) ? Date.parse(`${s}T00:00:00Z`) : NaN),
      (d) => d.toISOString().slice(0, 10),
    );
    expect(DayOnly.encode(new Date('2026-03-02T00:00:00Z'))).toBe('2026-03-02');
    expect(thrown(() => DayOnly.encode(utc(12000)))).toBeInstanceOf(EncodeError);
  });

  it('a value that is not a Date at all gives an EncodeError', () => {
    expect(thrown(() => DateFromIsoTimestamp.encode('2026-01-01T00:00:00Z' as never))).toBeInstanceOf(EncodeError);
    expect(thrown(() => DateFromJavaDateText.encode({} as never))).toBeInstanceOf(EncodeError);
  });
});

function decodedActivity(): ActivityRecord {
  const source = corpusRecords().find(
    ({ record }) =>
      (record['userIdentity'] as { sessionContext?: { attributes?: { creationDate?: unknown } } } | undefined)?.sessionContext?.attributes
        ?.creationDate !== undefined,
  );
  if (source === undefined) throw new Error('no corpus record with a creationDate');
  const r = decodeRecord(clone(source.record));
  if (!r.success || r.data.eventType === 'AwsCloudTrailInsight' || r.data.eventType === 'AwsAggregatedEvent') throw new Error('no activity');
  return r.data;
}

describe('encodeWith', () => {
  it('returns the encoded value when all is well, equal to encode', () => {
    for (const { record } of corpusRecords().slice(0, 50)) {
      const r = decodeRecord(clone(record));
      if (!r.success) continue;
      const e = encodeWith(CloudTrailRecord, r.data);
      expect(e).toEqual({ success: true, data: CloudTrailRecord.encode(r.data) });
    }
  });

  it('names the path of the Date it cannot write, at any depth', () => {
    const record = decodedActivity();
    record.eventTime.setTime(NaN);
    const r = encodeWith(CloudTrailRecord, record);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error).toBeInstanceOf(EncodeError);
    expect(r.error.path).toBe('eventTime');
    expect(r.error.message).toMatch(/^eventTime: /);

    const deep = decodedActivity();
    const attributes = (deep.userIdentity as { sessionContext?: { attributes?: { creationDate?: Date } } }).sessionContext?.attributes;
    if (attributes === undefined) throw new Error('no attributes');
    attributes.creationDate = utc(10000);
    const d = encodeWith(CloudTrailRecord, deep);
    expect(d.success ? '' : d.error.path).toBe('userIdentity.sessionContext.attributes.creationDate');
    expect(d.success ? '' : d.error.message).toContain('0000–9999');
  });

  it('names the path inside a LookupEvents event too', () => {
    const record = decodedActivity();
    record.eventTime = new Date(NaN);
    const r = encodeWith(LookupEvent, { CloudTrailEvent: record, EventTime: new Date(0) });
    expect(r.success ? '' : r.error.path).toBe('CloudTrailEvent.eventTime');
  });

  it('never throws: odd values give an EncodeError', () => {
    const throwing = { get creationDate(): Date { throw new TypeError('boom'); } };
    const r = encodeWith(SessionAttributes, throwing as never);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error).toBeInstanceOf(EncodeError);
    const cyclic: Record<string, unknown> = { mfaAuthenticated: 7 };
    cyclic['self'] = cyclic;
    expect(() => encodeWith(SessionAttributes, cyclic as never)).not.toThrow();
    expect(() => encodeWith(CloudTrailRecord, undefined as never)).not.toThrow();
    expect(() => encodeWith(CloudTrailRecord, null as never)).not.toThrow();
  });

  it('finds the path in a wide or deep value without growing the stack', () => {
    const items = Array.from({ length: 20_000 }, () => ({ creationDate: new Date(0) }));
    items.push({ creationDate: new Date(NaN) });
    const r = encodeWith(arrayOf(SessionAttributes), items);
    expect(r.success ? '' : r.error.path).toBe('[20000].creationDate');

    // A deep payload beside the Date: the walk is iterative.
    const record = decodedActivity();
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 50_000; i++) deep = (deep['a'] = {}) as Record<string, unknown>;
    record.requestParameters = root as never;
    record.eventTime = new Date(NaN);
    const d = encodeWith(CloudTrailRecord, record);
    expect(d.success ? '' : d.error.path).toBe('eventTime');
  });
});
