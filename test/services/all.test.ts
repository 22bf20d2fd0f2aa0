// cloudtrail-codecs/services: every corpus record decodes with the codec of
// its eventSource, exactly as that service's own codec decodes it, and
// records of services without a module decode as generic records. Hostile
// values fail with a path instead of throwing.
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CloudTrailRecord, formatErrors } from '../../src/index.js';
import { TypedRecord as TypedRecordCodec, serviceFor, serviceOfRecord, services } from '../../src/services/index.js';
import { kitServices } from '../../scripts/codegen/services.js';
import { clone, corpusRecords, oddFiles } from '../support/corpus.js';

// Seen as a codec of unknown values: the union of every service's variants is
// what a consumer narrows, not what these checks need, and checking it in
// generic assertions costs the type checker minutes.
const TypedRecord = TypedRecordCodec as unknown as { decode(u: unknown): { _tag: 'Left'; left: Parameters<typeof formatErrors>[0] } | { _tag: 'Right'; right: object }; encode(a: object): unknown; is(u: unknown): boolean };

describe('services', () => {
  it('lists every generated service once, in the config order', () => {
    expect(services.map((s) => s.name)).toEqual(kitServices.map((c) => c.name));
    expect(new Set(services.map((s) => s.eventSource)).size).toBe(services.length);
    for (const s of services) expect(serviceFor(s.eventSource)).toBe(s);
    expect(serviceFor('signin.amazonaws.com')).toBeUndefined();
    expect(serviceFor('__proto__')).toBeUndefined();
  });
});

describe('serviceOfRecord', () => {
  it('names the service of a call, and none for Insight or aggregated events, other services or unreadable fields', () => {
    expect(serviceOfRecord({ eventSource: 's3.amazonaws.com', eventName: 'PutObject' })?.name).toBe('s3');
    expect(serviceOfRecord({ eventSource: 's3.amazonaws.com', eventType: 'AwsAggregatedEvent' })).toBeUndefined();
    expect(serviceOfRecord({ eventSource: 'ec2.amazonaws.com', eventType: 'AwsCloudTrailInsight' })).toBeUndefined();
    expect(serviceOfRecord({ eventSource: 'signin.amazonaws.com' })).toBeUndefined();
    expect(serviceOfRecord({ eventSource: 42 })).toBeUndefined();
    const hostile = {
      get eventSource(): string {
        throw new Error('boom');
      },
    };
    expect(serviceOfRecord(hostile)).toBeUndefined();
  });
});

describe('TypedRecord on the corpus', () => {
  const records = corpusRecords();

  it('decodes every record as its service codec does, or as CloudTrailRecord, and round-trips exactly', () => {
    let typed = 0;
    let generic = 0;
    for (const { file, index, record } of records) {
      const input = clone(record);
      const r = TypedRecord.decode(input);
      if (r._tag === 'Left') throw new Error(`${file}#${index}: ${formatErrors(r.left).join('; ')}`);
      expect(JSON.stringify(TypedRecord.encode(r.right)), `${file}#${index}`).toBe(JSON.stringify(record));
      const isCall = record['eventType'] !== 'AwsCloudTrailInsight' && record['eventType'] !== 'AwsAggregatedEvent';
      const service = isCall ? serviceFor(String(record['eventSource'])) : undefined;
      const alone = (service?.codec ?? CloudTrailRecord).decode(clone(record));
      expect(alone._tag).toBe('Right');
      if (alone._tag === 'Right') expect(isDeepStrictEqual(alone.right, r.right), `${file}#${index}`).toBe(true);
      if (service === undefined) generic++;
      else typed++;
    }
    expect(typed).toBeGreaterThan(200);
    expect(generic).toBeGreaterThan(50);
  });

  it('fails odd records with paths, never with an exception', () => {
    let failed = 0;
    for (const file of oddFiles()) {
      for (const record of file.json.Records) {
        const r = TypedRecord.decode(record);
        if (r._tag === 'Left') {
          failed++;
          expect(formatErrors(r.left).length).toBeGreaterThan(0);
        }
      }
    }
    expect(failed).toBeGreaterThan(0);
  });
});

describe('TypedRecord on hostile values', () => {
  it('fails a record whose eventSource getter throws, with a message', () => {
    const hostile = {
      eventVersion: '1.08',
      get eventSource(): string {
        throw new Error('boom');
      },
    };
    const r = TypedRecord.decode(hostile);
    expect(r._tag).toBe('Left');
    expect(TypedRecord.is(hostile)).toBe(false);
  });

  it.each([null, 42, 'text', [], [{}]])('fails %j', (u) => {
    expect(TypedRecord.decode(u)._tag).toBe('Left');
    expect(TypedRecord.is(u)).toBe(false);
  });

  it('a record of a typed service with another service’s event name is an unknown operation, not an error', () => {
    const record = clone(corpusRecords().find((r) => r.record['eventSource'] === 'kms.amazonaws.com')?.record as Record<string, unknown>);
    record['eventName'] = 'CreateBucket';
    const r = TypedRecord.decode(record);
    expect(r._tag).toBe('Right');
    const kms = serviceFor('kms.amazonaws.com');
    if (r._tag === 'Right' && kms !== undefined) {
      expect(kms.isSucceeded(r.right) || kms.isFailed(r.right) || kms.isDeparted(r.right)).toBe(false);
    }
  });
});
