// Standard Schema v1 on every codec, proven with a real consumer:
// Powertools for AWS Lambda's parser, which takes any Standard Schema.
import { parse } from '@aws-lambda-powertools/parser';
import type { StandardSchemaV1 } from '@standard-schema/spec';
import * as t from 'io-ts';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { packageEntries } from '../../scripts/entries.js';
import { BooleanFromString, CloudTrailRecord, StringValue, hasCaller, struct, type CloudTrailRecord as Rec } from '../../src/index.js';
import { STSEvent } from '../../src/services/sts/index.js';
import { corpusRecords } from '../support/corpus.js';

const records = corpusRecords().map((r) => r.record);

describe('Standard Schema v1', () => {
  it('is what @standard-schema/spec describes, with the decoded type as output', () => {
    const schema: StandardSchemaV1<unknown, Rec> = CloudTrailRecord;
    expect(schema['~standard'].version).toBe(1);
    expect(schema['~standard'].vendor).toBe('cloudtrail-codecs');
    expectTypeOf<StandardSchemaV1.InferOutput<typeof CloudTrailRecord>>().toEqualTypeOf<Rec>();
  });

  it('validate answers the decoded value for every corpus record', () => {
    for (const record of records) {
      const r = CloudTrailRecord['~standard'].validate(record);
      expect(r.issues).toBeUndefined();
      if (r.issues === undefined) expect(CloudTrailRecord.encode(r.value)).toEqual(record);
    }
  });

  it('reports issues with paths as keys and indexes, messages without the path', () => {
    const record = records.find((r) => Array.isArray((r as { resources?: unknown }).resources)) as Record<string, unknown>;
    const r = CloudTrailRecord['~standard'].validate({ ...record, resources: [...(record['resources'] as unknown[]), 42] });
    expect(r.issues).toHaveLength(1);
    const [issue] = r.issues ?? [];
    const at = (record['resources'] as unknown[]).length;
    expect(issue?.path).toEqual(['resources', at]);
    expect(issue?.message).toMatch(/^expected .*, got 42$/);
    expect(BooleanFromString['~standard'].validate('yes')).toEqual({ issues: [{ message: 'expected "true" | "false", got "yes"' }] });
  });

  it('works on a frozen codec, and gives the same object each time', () => {
    const frozen = Object.freeze(struct('Frozen', { a: StringValue }));
    const props = frozen['~standard'];
    expect(props).toBe(frozen['~standard']);
    expect(props.validate({ a: 'x' })).toEqual({ value: { a: 'x' } });
  });

  it('never throws, even on a value whose getters throw', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('trap'); }, has: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); } });
    const r = CloudTrailRecord['~standard'].validate(hostile);
    expect(r.issues?.length).toBeGreaterThan(0);
  });

  it('is on every codec that every entry exports (a codec without it fails here)', async () => {
    const missing: string[] = [];
    let codecs = 0;
    for (const entry of packageEntries) {
      const mod = (await import(`../../${entry.source}`)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        if (!(value instanceof t.Type)) continue;
        codecs++;
        const props = (value as unknown as Partial<StandardSchemaV1>)['~standard'];
        if (props?.version !== 1 || typeof props.validate !== 'function') missing.push(`${entry.specifier} ${name}`);
      }
    }
    expect(codecs).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });
});

describe('a real consumer: @aws-lambda-powertools/parser', () => {
  it('parse() decodes a record with CloudTrailRecord, typed', () => {
    const record = records.find((r) => (r as { eventSource?: string }).eventSource === 'sts.amazonaws.com');
    const parsed = parse(record, undefined, CloudTrailRecord);
    expectTypeOf(parsed).toEqualTypeOf<Rec>();
    expect(hasCaller(parsed) && parsed.eventTime).toBeInstanceOf(Date);
  });

  // Powertools' envelopes (EventBridgeEnvelope…) take Zod schemas only, so a
  // record is given to parse() as it is.
  it('parse() with a service codec', () => {
    const record = records.find((r) => (r as { eventName?: string }).eventName === 'AssumeRole');
    const parsed = parse(record, undefined, STSEvent);
    expect(parsed.eventName).toBe('AssumeRole');
    expect(parsed.eventTime).toBeInstanceOf(Date);
  });

  it('safeParse reports our issues', () => {
    const r = parse({ eventVersion: '1.08' }, undefined, CloudTrailRecord, true);
    expect(r.success).toBe(false);
    if (!r.success) {
      const issues = r.error.cause as StandardSchemaV1.Issue[];
      expect(issues.map((i) => i.path)).toContainEqual(['userIdentity']);
      expect(issues.find((i) => i.path?.[0] === 'userIdentity')?.message).toBe('expected UserIdentity, but it is missing');
    }
  });
});
