// Two parts of a wire profile that change dispatch and typing: versioned
// event names (Lambda's `UpdateFunctionConfiguration20150331v2`) and a typed
// `additionalEventData` (S3's). Both on the fixture table, so nothing here
// depends on a generated service.
import { describe, expect, it } from 'vitest';
import { buildServiceEvent } from '../../src/builders/index.js';
import { formatErrors } from '../../src/index.js';
import { defineService, tableProblems, type ServiceDescriptor, type ServiceTable } from '../../src/service-kit/index.js';
import * as F from './fixture.js';

type Json = Record<string, unknown>;

function tableWith(profile: Partial<ServiceTable['profile']>, shapes: ServiceTable['shapes'] = {}): ServiceTable {
  const base = F.thingsTableOf();
  return { ...base, profile: { ...base.profile, ...profile }, shapes: { ...base.shapes, ...shapes } };
}

const describeRecord = (eventName: string, extra: Json = {}): Json => ({
  ...F.envelope(eventName),
  requestParameters: { thingName: 'lamp' },
  responseElements: null,
  ...extra,
});

function decodedBy(service: ServiceDescriptor<unknown>, input: Json): unknown {
  const r = service.codec.decode(input);
  if (r._tag === 'Left') throw new Error(formatErrors(r.left).join('\n'));
  expect(service.codec.encode(r.right)).toEqual(input);
  return r.right;
}

describe('versioned event names', () => {
  const service = defineService(tableWith({ versioned: 1 }));
  const plain = defineService(tableWith({}));

  it.each(['DescribeThing20150331', 'DescribeThing20150331v2', 'DescribeThing20991231v17'])('%s is a DescribeThing call, succeeded or failed', (name) => {
    expect(service.operationOf(name)).toBe('DescribeThing');
    const ok = decodedBy(service, describeRecord(name));
    expect(service.isSucceeded(ok as never)).toBe(true);
    const failed = decodedBy(service, describeRecord(name, { errorCode: 'AccessDenied' }));
    expect(service.isFailed(failed as never)).toBe(true);
    expect(service.strict.decode(describeRecord(name))._tag).toBe('Right');
    expect(service.operation('DescribeThing').decode(describeRecord(name))._tag).toBe('Right');
  });

  it('without the profile flag, a suffixed name is an unknown operation', () => {
    expect(plain.operationOf('DescribeThing20150331')).toBeUndefined();
    const e = decodedBy(plain, describeRecord('DescribeThing20150331'));
    expect(plain.isSucceeded(e as never) || plain.isDeparted(e as never)).toBe(false);
  });

  it.each(['DescribeThingy20150331', 'DescribeThing2015', 'DescribeThing20150331v', '20150331', 'DescribeThing20150331x'])('%s is no operation, and decodes as an unknown one', (name) => {
    expect(service.operationOf(name)).toBeUndefined();
    const e = decodedBy(service, describeRecord(name));
    expect(service.isSucceeded(e as never) || service.isFailed(e as never) || service.isDeparted(e as never)).toBe(false);
  });

  it('a suffixed name of one operation is not taken by another', () => {
    expect(service.operation('CreateThing').decode(describeRecord('DescribeThing20150331'))._tag).toBe('Left');
    expect(service.operationOf('CreateThing20240101')).toBe('CreateThing');
    expect(service.operationOf('CreateThing20250101v3')).toBe('CreateThing');
  });

  it('tableProblems checks the flag', () => {
    expect(tableProblems(tableWith({ versioned: 2 as never }))).toContain('profile.versioned: must be 1 or absent');
  });
});

describe('requests that may be null (an operation row with n: 1)', () => {
  const base = F.thingsTableOf();
  const [op, row] = Object.entries(base.operations).find(([, r]) => r.i !== undefined && r.r === undefined && 's' in (base.shapes[r.i] ?? {}) && Object.values((base.shapes[r.i] as { s: Record<string, string> }).s).some((t) => t.startsWith('!'))) as [string, NonNullable<ServiceTable['operations'][string]>];
  const nulled = defineService({ ...base, operations: { ...base.operations, [op]: { ...row, n: 1 } } }, { name: 'NulledEvent' });
  const plain = defineService(base, { name: 'PlainEvent' });

  it('type a null request only where the row says so', () => {
    const record = { ...F.envelope(op), requestParameters: null, responseElements: null };
    const a = nulled.decode(record);
    const b = plain.decode(record);
    expect(a.success && nulled.departuresOf(a.data)).toEqual([]);
    expect(b.success && plain.departuresOf(b.data).map((i) => i.path)).toEqual(['requestParameters']);
  });

  it('are a problem of the table with any other value of n', () => {
    expect(tableProblems({ ...base, operations: { ...base.operations, [op]: { ...row, n: 2 as 1 } } })).toEqual([`operations.${op}.n: must be 1 or absent`]);
  });
});

describe('typed additionalEventData', () => {
  const table = tableWith({ additionalEventData: 'TransferData' }, { TransferData: { s: { bytesIn: '$n', version: '!$s' } } });
  // The fixture's reachability check needs an operation to reach the shape: the profile does.
  const service = defineService(table);

  it('is checked on successful calls and kept exactly', () => {
    const e = decodedBy(service, describeRecord('DescribeThing', { additionalEventData: { bytesIn: 12, version: 'SigV4', extra: true } }));
    expect(service.isSucceeded(e as never)).toBe(true);
    decodedBy(service, describeRecord('DescribeThing', { additionalEventData: null }));
    decodedBy(service, describeRecord('DescribeThing'));
  });

  it('departs, with its path, when it breaks the shape', () => {
    const e = decodedBy(service, describeRecord('DescribeThing', { additionalEventData: { bytesIn: 'twelve' } }));
    expect(service.departuresOf(e).map((i) => i.path).sort()).toEqual(['additionalEventData.bytesIn', 'additionalEventData.version']);
    expect(service.strict.decode(describeRecord('DescribeThing', { additionalEventData: { bytesIn: 'twelve' } }))._tag).toBe('Left');
  });

  it('is left to the envelope on failed calls', () => {
    const e = decodedBy(service, describeRecord('DescribeThing', { errorCode: 'NoSuchThing', additionalEventData: { bytesIn: 'none' } }));
    expect(service.isFailed(e as never)).toBe(true);
  });

  it('is built by the builders, and decodes', () => {
    for (const seed of [1, 2, 3]) {
      const built = buildServiceEvent(service as never, 'DescribeThing' as never, undefined, { seed }) as Json;
      expect(typeof (built['additionalEventData'] as Json)['version']).toBe('string');
      const e = decodedBy(service, built);
      expect(service.isSucceeded(e as never)).toBe(true);
    }
  });

  it('tableProblems names a profile shape that is no structure', () => {
    expect(tableProblems(tableWith({ additionalEventData: 'Color' }))).toContain('profile.additionalEventData: Color is not a structure of the table');
    expect(tableProblems(table)).toEqual([]);
  });
});

describe("aggregated events of a service", () => {
  const service = defineService(F.thingsTableOf());
  const aggregated: Json = {
    eventVersion: '1.0',
    accountId: '111122223333',
    eventId: '62759c1a-6248-48e1-a6b3-d5fb7e6c4bc0',
    eventCategory: 'Aggregated',
    eventType: 'AwsAggregatedEvent',
    awsRegion: 'us-west-2',
    eventSource: F.SOURCE,
    timeWindow: { windowStart: '2025-11-17T19:20:00Z', windowEnd: '2025-11-17T19:25:00Z', windowSize: 'PT5M' },
    summary: { primaryDimension: { dimension: 'eventName', statistics: [{ name: 'CreateThing', value: 1000 }], aggregationType: 'Count' } },
  };

  it('are no call: the service codecs fail them with one line that says what to use instead', () => {
    for (const codec of [service.codec, service.strict]) {
      const r = codec.decode(aggregated);
      expect(r._tag).toBe('Left');
      if (r._tag === 'Left') {
        expect(formatErrors(r.left)).toEqual([
          'eventType: is an aggregated event (counts of things calls), not a call: decode it with CloudTrailRecord or TypedRecord',
        ]);
      }
    }
    expect(service.codec.is(aggregated)).toBe(false);
    expect(service.operation('CreateThing').decode({ ...aggregated, eventName: 'CreateThing' })._tag).toBe('Left');
  });
});
