// Encode names the exact place of what it cannot write, primitives
// included, without searching the value; dates never encode to text their
// codec rejects; errors of another copy of the package keep their path.
import * as t from 'io-ts';
import { describe, expect, it, vi } from 'vitest';
import {
  CloudTrailRecord,
  DateFromEpochSeconds,
  DateFromIsoTimestamp,
  EncodeError,
  JsonValue,
  SessionAttributes,
  encodeWith,
  struct,
  wireValueOf,
  type ActivityRecord,
} from '../../src/index.js';
import { DateFromApiTimestamp, decodeRecord } from '../../src/containers/index.js';
import { DateFromJavaDateText } from '../../src/service-kit/index.js';
import { clone, corpusRecords } from '../support/corpus.js';

function decoded<A>(codec: t.Decoder<unknown, A>, u: unknown): A {
  const r = codec.decode(u);
  if (r._tag !== 'Right') throw new Error(`did not decode: ${JSON.stringify(u)}`);
  return r.right;
}

function activity(): ActivityRecord {
  for (const { record } of corpusRecords()) {
    const r = decodeRecord(clone(record));
    if (r.success && r.data.eventType !== 'AwsCloudTrailInsight' && r.data.eventType !== 'AwsAggregatedEvent') return r.data;
  }
  throw new Error('no activity record in the corpus');
}

describe('a Date encodes only to text its codec reads back', () => {
  it('an offset time from LookupEvents put into eventTime: the record still decodes', () => {
    const when = decoded(DateFromApiTimestamp, '2024-07-30T23:31:10+02:00');
    const record = activity();
    record.eventTime = when;
    const wire = CloudTrailRecord.encode(record) as { eventTime: string };
    expect(wire.eventTime).toBe('2024-07-30T21:31:10Z');
    expect(decodeRecord(wire).success).toBe(true);
  });

  it('text of one format is not written by a codec of another', () => {
    const java = decoded(DateFromJavaDateText, 'Nov 5, 2023, 4:29:11\u202fAM');
    expect(DateFromIsoTimestamp.encode(java)).toBe('2023-11-05T04:29:11Z');
    const iso = decoded(DateFromIsoTimestamp, '20131102T010628Z');
    expect(DateFromJavaDateText.encode(iso)).toBe('Nov 2, 2013, 1:06:28 AM');
    // Text that the other codec does read, to the same instant, is kept.
    expect(DateFromApiTimestamp.encode(iso)).toBe('20131102T010628Z');
    expect(DateFromEpochSeconds.encode(decoded(DateFromApiTimestamp, 1424476529.5))).toBe(1424476529.5);
  });

  it('every corpus timestamp, encoded by each text codec, decodes with it again', () => {
    for (const { record } of corpusRecords().slice(0, 200)) {
      const r = decodeRecord(clone(record));
      if (!r.success || r.data.eventType === 'AwsAggregatedEvent') continue;
      for (const codec of [DateFromIsoTimestamp, DateFromJavaDateText]) {
        expect(codec.decode(codec.encode(r.data.eventTime))._tag).toBe('Right');
      }
    }
  });

  it('a Date from an SDK encodes back to a Date, not the caller’s one', () => {
    const sdk = new Date('2024-07-30T21:31:10Z');
    const d = decoded(DateFromApiTimestamp, sdk);
    const out = DateFromApiTimestamp.encode(d);
    expect(out).toBeInstanceOf(Date);
    expect(out).not.toBe(sdk);
    expect((out as Date).getTime()).toBe(sdk.getTime());
    expect(wireValueOf(d)).toBeUndefined();
  });
});

describe('wireValueOf', () => {
  it('answers undefined for anything that is not a decoded Date, never throwing', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    for (const u of [null, undefined, 'x', 5, {}, new Date(0), revoked.proxy]) expect(wireValueOf(u as never)).toBeUndefined();
  });
});

describe('encode error paths', () => {
  it('name a primitive of the wrong kind', () => {
    const r = encodeWith(SessionAttributes, { mfaAuthenticated: 5 } as never);
    expect(r.success ? '' : r.error.path).toBe('mfaAuthenticated');
    expect(() => SessionAttributes.encode({ mfaAuthenticated: 5 } as never)).toThrow(/^mfaAuthenticated: /);
  });

  it('name the place that failed when one object sits at two places', () => {
    const shared = { creationDate: new Date(NaN) };
    const Both = struct('Both', { a: JsonValue, b: SessionAttributes });
    const r = encodeWith(Both, { a: shared, b: shared } as never);
    expect(r.success ? '' : r.error.path).toBe('b.creationDate');
  });

  it('stop at a foreign io-ts codec, whose inside they cannot see', () => {
    const Outer = struct('Outer', { inner: t.type({ when: DateFromIsoTimestamp }) });
    const r = encodeWith(Outer, { inner: { when: new Date(NaN) } });
    expect(r.success ? '' : r.error.path).toBe('inner');
    expect(r.success ? '' : r.error.reason).toMatch(/invalid Date/);
  });

  it('say what a getter that throws broke, at the object that holds it', () => {
    const record = activity();
    const attributes = Object.defineProperty({}, 'creationDate', { enumerable: true, get: () => { throw new TypeError('secret\ntext'); } });
    record.userIdentity = { type: 'AssumedRole', principalId: 'p', arn: 'a', accountId: '1', sessionContext: { attributes } } as never;
    const r = encodeWith(CloudTrailRecord, record);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.path).toBe('userIdentity.sessionContext.attributes');
    expect(r.error.message).not.toContain('secret');
  });
});

describe('two copies of the package in one process', async () => {
  const a = await import('../../src/index.js');
  vi.resetModules();
  const b = (await import('../../src/index.js')) as typeof a;

  it('are two copies', () => {
    expect(a.EncodeError).not.toBe(b.EncodeError);
  });

  it('an EncodeError of one copy is an EncodeError of the other, with its path kept', () => {
    const Inner = b.struct('Inner', { when: b.DateFromIsoTimestamp });
    const Outer = a.struct('Outer', { inner: Inner });
    let thrown: unknown;
    try {
      Outer.encode({ inner: { when: new Date(NaN) } });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(a.EncodeError);
    expect(thrown).toBeInstanceOf(b.EncodeError);
    expect(thrown).toBeInstanceOf(EncodeError);
    expect((thrown as EncodeError).path).toBe('inner.when');
    const r = a.encodeWith(Outer, { inner: { when: new Date(NaN) } });
    expect(r.success ? '' : r.error.message).toMatch(/^inner\.when: cannot write an invalid Date/);
  });
});
