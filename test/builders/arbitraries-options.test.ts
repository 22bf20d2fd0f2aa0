// The arbitraries can be aimed: each option is honoured, and by default they
// reach the branches the types make every caller handle (an identity without
// type, a future identity type, a record without eventType or with a future
// one, Insights and aggregated records).
import { fuzzRuns } from '../support/fuzz.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregatedRecordArbitrary,
  allIdentityKinds,
  cloudTrailRecordArbitrary,
  edgeIdentityKinds,
  identityArbitrary,
  insightRecordArbitrary,
  recordArbitrary,
  recordEventTypes,
} from '../../src/arbitraries/index.js';
import { CloudTrailRecord, UserIdentity, formatErrors, identityTypes } from '../../src/index.js';

const SAMPLES = fuzzRuns(300);
const SEED = 20260102;
const sample = <T>(arb: fc.Arbitrary<T>, n = SAMPLES): T[] => fc.sample(arb, { numRuns: n, seed: SEED });

function decodes(codec: typeof CloudTrailRecord | typeof UserIdentity, value: unknown): void {
  const r = codec.decode(value);
  if (r._tag === 'Left') throw new Error(`${JSON.stringify(value)}\n${formatErrors(r.left).join('\n')}`);
  expect(codec.encode(r.right as never)).toStrictEqual(value);
}

const typeOf = (id: unknown): unknown => (id as { type?: unknown }).type;

describe('identities', () => {
  it('by default every branch of UserIdentity occurs: the known types, no type, and a future one', () => {
    const ids = sample(identityArbitrary(), 1000);
    for (const id of ids) decodes(UserIdentity, id);
    const types = new Set(ids.map(typeOf));
    expect(types.has(undefined)).toBe(true);
    expect([...types].some((t) => typeof t === 'string' && !(identityTypes as readonly string[]).includes(t))).toBe(true);
    for (const t of identityTypes) expect(types.has(t), t).toBe(true);
    expect(allIdentityKinds).toEqual(expect.arrayContaining([...edgeIdentityKinds]));
  });

  it('the edge kinds decode into their branches', () => {
    for (const id of sample(identityArbitrary(['untyped']))) {
      expect(typeOf(id)).toBeUndefined();
      const r = UserIdentity.decode(id);
      expect(r._tag === 'Right' && r.right.type).toBeUndefined();
    }
    for (const id of sample(identityArbitrary(['unrecognized']))) {
      const type = typeOf(id);
      expect(typeof type).toBe('string');
      expect(identityTypes as readonly unknown[]).not.toContain(type);
      decodes(UserIdentity, id);
    }
  });
});

describe('recordArbitrary options', () => {
  it('eventSource and eventName, alone or together', () => {
    for (const r of sample(recordArbitrary({ eventSource: 'kms.amazonaws.com' }))) {
      expect(r.eventSource).toBe('kms.amazonaws.com');
      decodes(CloudTrailRecord, r);
    }
    for (const r of sample(recordArbitrary({ eventSource: 'bedrock.amazonaws.com' }))) expect(r.eventSource).toBe('bedrock.amazonaws.com');
    for (const r of sample(recordArbitrary({ eventName: ['GetObject', 'PutObject'] }))) {
      expect(['GetObject', 'PutObject']).toContain(r.eventName);
      expect(r.eventSource).toBe('s3.amazonaws.com');
    }
    const both = sample(recordArbitrary({ eventSource: ['sqs.amazonaws.com', 'sns.amazonaws.com'], eventName: ['Publish', 'SendMessage'] }));
    expect(new Set(both.map((r) => `${r.eventSource} ${r.eventName}`)).size).toBe(4);
  });

  it('identity kinds', () => {
    for (const r of sample(recordArbitrary({ identity: ['root'] }))) expect(typeOf(r.userIdentity)).toBe('Root');
    for (const r of sample(recordArbitrary({ identity: ['untyped'] }))) {
      expect(typeOf(r.userIdentity)).toBeUndefined();
      decodes(CloudTrailRecord, r);
    }
  });

  it('eventType, every option including none and a future one', () => {
    for (const option of recordEventTypes) {
      const records = sample(recordArbitrary({ eventType: [option] }), 50);
      for (const r of records) {
        decodes(CloudTrailRecord, r);
        if (option === 'none') expect('eventType' in r).toBe(false);
        else if (option === 'unrecognized') expect(recordEventTypes).not.toContain(r.eventType);
        else expect(r.eventType).toBe(option);
      }
    }
    const types = new Set(sample(recordArbitrary(), 1000).map((r) => r.eventType));
    expect(types.has(undefined)).toBe(true);
    expect(types.has('AwsConsoleSignIn')).toBe(true);
    expect([...types].some((t) => t !== undefined && !(recordEventTypes as readonly unknown[]).includes(t))).toBe(true);
  });

  it('failed or not', () => {
    for (const r of sample(recordArbitrary({ failed: true }))) expect(typeof r.errorCode).toBe('string');
    for (const r of sample(recordArbitrary({ failed: false }))) expect(r.errorCode).toBeUndefined();
  });

  it('an empty list is refused at once, not when sampling', () => {
    expect(() => recordArbitrary({ eventSource: [] })).toThrow(RangeError);
    expect(() => recordArbitrary({ eventType: [] })).toThrow(RangeError);
    expect(() => recordArbitrary({ identity: [] })).toThrow(RangeError);
  });
});

describe('Insights and aggregated records', () => {
  it('insightRecordArbitrary decodes as an Insights record, both states, both categories', () => {
    const records = sample(insightRecordArbitrary());
    for (const r of records) decodes(CloudTrailRecord, r);
    expect(new Set(records.map((r) => (r.insightDetails as { state?: string }).state))).toEqual(new Set(['Start', 'End']));
    expect(new Set(records.map((r) => (r.insightDetails as { sourceEventCategory?: string }).sourceEventCategory))).toEqual(
      new Set(['Management', 'Data', undefined]),
    );
  });

  it('aggregatedRecordArbitrary decodes as an aggregated record', () => {
    for (const r of sample(aggregatedRecordArbitrary())) {
      expect(r.eventType).toBe('AwsAggregatedEvent');
      decodes(CloudTrailRecord, r);
    }
  });

  it('cloudTrailRecordArbitrary reaches all three branches of CloudTrailRecord', () => {
    const records = sample(cloudTrailRecordArbitrary());
    for (const r of records) decodes(CloudTrailRecord, r);
    const branches = new Set(records.map((r) => CloudTrailRecord.branchFor((r as { eventType?: string }).eventType)?.name));
    expect(branches).toEqual(new Set(['ActivityRecord', 'InsightRecord', 'AggregatedRecord']));
  });
});

describe('unknown kinds and names are refused at once, not when sampling', () => {
  it('identity kinds, event types and App Mesh event names', async () => {
    const { appMeshEventArbitrary } = await import('../../src/arbitraries/index.js');
    expect(() => identityArbitrary(['nope' as never])).toThrow(RangeError);
    expect(() => recordArbitrary({ identity: ['iamUser', 'nope' as never] })).toThrow(RangeError);
    expect(() => recordArbitrary({ eventType: ['AwsApiCall', 'Nope' as never] })).toThrow(RangeError);
    expect(() => appMeshEventArbitrary(['CreateMesh', 'toString' as never])).toThrow(RangeError);
    expect(() => appMeshEventArbitrary([])).toThrow(RangeError);
    expect(() => identityArbitrary([])).toThrow(RangeError);
  });
});
