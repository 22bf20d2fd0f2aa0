// The builders over the generated STS, IAM and KMS modules: every operation,
// succeeded and failed, decodes with the service's codec to its variant and
// encodes back to the same bytes; payloads meet the model's constraints; and
// where the corpus has a real record of an operation, the built one has the
// same kind of value (text, number, Java date text…) at every path both have.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { Random } from '../../src/builders/random.js';
import { buildPayload, buildServiceEvent, type ServiceEventJsonOf } from '../../src/service-kit/build/index.js';
import type { ServiceTable } from '../../src/service-kit/table.js';
import { iamService, type CreateAccessKeyFailedJson, type CreateAccessKeySucceededJson } from '../../src/services/iam/generated/events.js';
import { kmsService, type ScheduleKeyDeletionFailedJson, type ScheduleKeyDeletionSucceededJson } from '../../src/services/kms/generated/events.js';
import { stsService, type AssumeRoleFailedJson, type AssumeRoleSucceededJson } from '../../src/services/sts/generated/events.js';
import { corpusRecords } from '../support/corpus.js';
import { violations } from './build-fixture.js';

interface Service {
  readonly eventSource: string;
  readonly eventNames: readonly string[];
  readonly table: ServiceTable;
  readonly codec: { decode(u: unknown): { _tag: 'Left' } | { _tag: 'Right'; right: unknown }; encode(a: never): unknown };
  readonly isSucceeded: (e: never) => boolean;
  readonly isFailed: (e: never) => boolean;
  readonly isDeparted: (e: never) => boolean;
  departuresOf(e: unknown): readonly { readonly message: string }[];
  operationOf(eventName: string): string | undefined;
}

// Seeds per operation: IAM has 164 operations, STS 9.
const services: ReadonlyArray<readonly [Service, number]> = [
  [stsService as unknown as Service, 10],
  [kmsService as unknown as Service, 2],
  [iamService as unknown as Service, 1],
];

describe.each(services)('$0.eventSource', (service, seeds) => {
  it('every operation, succeeded and failed, decodes to its variant and encodes back to the same bytes', () => {
    const problems: string[] = [];
    // Every name of an operation, aliases included; service events have no builder.
    for (const eventName of service.eventNames.filter((n) => service.operationOf(n) !== undefined)) {
      for (let seed = 1; seed <= seeds; seed++) {
        for (const fail of [false, true]) {
          const text = JSON.stringify(buildServiceEvent(service as never, eventName as never, undefined, { seed, fail }));
          const r = service.codec.decode(JSON.parse(text));
          const where = `${eventName} seed ${seed}${fail ? ' failed' : ''}`;
          if (r._tag === 'Left') problems.push(`${where}: does not decode`);
          else if (service.isDeparted(r.right as never)) problems.push(`${where}: departs: ${service.departuresOf(r.right).map((i) => i.message).join('; ')}`);
          else if (!(fail ? service.isFailed : service.isSucceeded)(r.right as never)) problems.push(`${where}: not the ${fail ? 'failed' : 'succeeded'} variant`);
          else if (JSON.stringify(service.codec.encode(r.right as never)) !== text) problems.push(`${where}: encodes to other bytes`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('payloads meet the constraints of the model', () => {
    const found: string[] = [];
    for (const op of Object.values(service.table.operations)) {
      for (const shape of [op.i, op.o]) {
        if (shape === undefined) continue;
        for (let seed = 1; seed <= seeds; seed++) found.push(...violations(service.table, shape, buildPayload(service.table, shape, new Random(seed)), shape));
      }
    }
    expect(found).toEqual([]);
  });
});

const JAVA = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4},? \d{1,2}:\d{2}:\d{2}[\s\u202f](AM|PM)$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** The kind of a wire value, telling date texts from other text. */
function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'string') return JAVA.test(v) ? 'java-date' : ISO.test(v) ? 'iso-date' : 'string';
  return typeof v;
}

/** Every path of the payloads (array items as `[]`) with the kinds of value found there. */
function kinds(record: Record<string, unknown>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const work: Array<[unknown, string]> = [
    [record['requestParameters'], 'requestParameters'],
    [record['responseElements'], 'responseElements'],
  ];
  while (work.length > 0) {
    const [v, at] = work.pop() as [unknown, string];
    if (v === undefined) continue;
    const set = out.get(at) ?? new Set<string>();
    set.add(kindOf(v));
    out.set(at, set);
    if (Array.isArray(v)) for (const x of v) work.push([x, `${at}[]`]);
    else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) work.push([x, `${at}.${k}`]);
  }
  return out;
}

describe('against the corpus', () => {
  it('built records have the kind of value real records have, at every payload path both have', () => {
    const bySource = new Map(services.map(([s]) => [s.eventSource, s]));
    const mismatches: string[] = [];
    let compared = 0;
    for (const { file, index, record } of corpusRecords()) {
      const service = bySource.get(record['eventSource'] as string);
      const eventName = record['eventName'] as string;
      if (service === undefined || service.operationOf(eventName) === undefined || record['errorCode'] !== undefined) continue;
      const real = kinds(record);
      for (let seed = 1; seed <= 5; seed++) {
        for (const [path, built] of kinds(buildServiceEvent(service as never, eventName as never, undefined, { seed }) as Record<string, unknown>)) {
          const seen = real.get(path);
          // A null stands for a payload CloudTrail left out, or an empty request.
          if (seen === undefined || seen.has('null')) continue;
          compared++;
          for (const kind of built) if (kind !== 'null' && !seen.has(kind)) mismatches.push(`${file}[${index}] ${eventName} ${path}: built ${kind}, real ${[...seen].join('|')}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    // The corpus has records of all three services: the comparison is not empty.
    expect(compared).toBeGreaterThan(500);
  });
});

describe('types', () => {
  it('a typed service gives the wire type of the operation named', () => {
    expectTypeOf(buildServiceEvent(stsService, 'AssumeRole')).toEqualTypeOf<AssumeRoleSucceededJson | AssumeRoleFailedJson>();
    expectTypeOf<ServiceEventJsonOf<typeof iamService, 'CreateAccessKey'>>().toEqualTypeOf<CreateAccessKeySucceededJson | CreateAccessKeyFailedJson>();
    expectTypeOf<ServiceEventJsonOf<typeof kmsService, 'ScheduleKeyDeletion'>>().toEqualTypeOf<ScheduleKeyDeletionSucceededJson | ScheduleKeyDeletionFailedJson>();
    // @ts-expect-error: not an operation of STS
    expect(() => buildServiceEvent(stsService, 'CreateAccessKey')).toThrow('"CreateAccessKey" is not an operation of "sts"');
    // @ts-expect-error: overrides are checked against the operation's wire type
    expect(() => buildServiceEvent(stsService, 'AssumeRole', { requestParameters: { roleArn: 42 } })).toThrow('requestParameters.roleArn');
  });
});
