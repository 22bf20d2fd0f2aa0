// Public records from outside the corpus (records/real-records.json, each with
// its source): AWS documentation samples and captures published in test
// suites and write-ups. The library is judged on records it has not seen, so
// these check it beyond ../shared/corpus: every one decodes and gives back
// the same JSON, and every record of a typed service is typed, except the few
// listed below, each for its reason.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TypedRecord, serviceFor } from '../../src/services/index.js';
import { SharedSnapshotCopyInitiatedEvent } from '../../src/services/ec2/index.js';
import { DeleteExpiredKeyMaterialEvent, DeleteKeyEvent, RotateKeyEvent, SynchronizeMultiRegionKeyEvent } from '../../src/services/kms/index.js';
import { InvokeExecutionEvent } from '../../src/services/lambda/index.js';
import { CloseAccountResultEvent, EffectivePolicyValidationEvent } from '../../src/services/organizations/index.js';
import { RotationFailedEvent, RotationSucceededEvent } from '../../src/services/secretsmanager/index.js';
import { CreateControlChannelEvent, OpenControlChannelEvent, UpdateInstanceInformationEvent } from '../../src/services/ssm/index.js';

interface Entry {
  readonly name: string;
  readonly source: string;
  readonly record: Record<string, unknown>;
}
const { records } = JSON.parse(readFileSync(new URL('./records/real-records.json', import.meta.url), 'utf8')) as { records: Entry[] };

// Not typed, and why. A change that types one of them, or stops typing
// another record, fails the last test below.
const UNTYPED: Readonly<Record<string, string>> = {
  'a/ec2-CreateVolume-1': 'departs: a 2014 request writes size as text ("10"), where the model has a number; no newer request is known to, so the config keeps the number',
  'a/s3-PutObject-1': 'departs: the published test record has no key, which every PutObject data event names',
  'b/kms-ScheduleKeyDeletion-2': 'departs: the KMS guide writes deletionDate "Apr 12, 2021 18:58:30 PM", a 24-hour clock with PM, which Java date text does not take',
  'c/secretsmanager-GetSecretValue-2': 'departs: the Secrets Manager guide left "irrelevant parts" out, requestParameters among them',
  'e/ec2-CreateTrafficMirrorSession-1': 'departs: one capture writes virtualNetworkId as text in the wrapped response form, others of its numbers as numbers; one record is no rule',
};

/** What keeps a record of a typed service from being typed: its departures' paths, or that its operation is unknown. */
function untypedBy(entry: Entry): string | undefined {
  const service = serviceFor(String(entry.record['eventSource']));
  if (service === undefined) return undefined;
  const r = service.decode(entry.record);
  if (!r.success) return `does not decode: ${r.error.message}`;
  const issues = service.departuresOf(r.data);
  if (issues.length > 0) return `departs at ${issues.map((i) => i.path).join(', ')}`;
  const name = String(entry.record['eventName']);
  if (service.operationOf(name) === undefined && !service.eventNames.includes(name)) return 'unknown operation';
  return undefined;
}

// Records of events that are no operation of their model, each with the codec
// that types it and a change that breaks that codec but no record's envelope:
// decoded through the service, the broken record departs (an unknown
// operation would not), which shows the service dispatched it to the codec.
type Json = Record<string, unknown>;
const details = (r: Json): void => void (r['serviceEventDetails'] = {});
const data = (r: Json): void => void (r['additionalEventData'] = {});
const request = (r: Json): void => void (r['requestParameters'] = { instanceId: 7, targetId: 7 });
const SERVICE_EVENTS: ReadonlyArray<readonly [string, { is(u: unknown): boolean }, (r: Json) => void]> = [
  ['b/kms-DeleteKey-1', DeleteKeyEvent, details],
  ['b/kms-RotateKey-1', RotateKeyEvent, details],
  ['f/kms-SynchronizeMultiRegionKey-1', SynchronizeMultiRegionKeyEvent, request],
  ['f/kms-DeleteExpiredKeyMaterial-1', DeleteExpiredKeyMaterialEvent, details],
  ['b/organizations-CloseAccountResult-1', CloseAccountResultEvent, details],
  ['f/organizations-EffectivePolicyValidation-1', EffectivePolicyValidationEvent, details],
  ['f/organizations-EffectivePolicyValidation-2', EffectivePolicyValidationEvent, details],
  ['c/secretsmanager-RotationSucceeded-1', RotationSucceededEvent, data],
  ['f/secretsmanager-RotationFailed-1', RotationFailedEvent, data],
  ['e/ec2-SharedSnapshotCopyInitiated-1', SharedSnapshotCopyInitiatedEvent, details],
  ['e/lambda-InvokeExecution-1', InvokeExecutionEvent, data],
  ['c/ssm-UpdateInstanceInformation-1', UpdateInstanceInformationEvent, request],
  ['f/ssm-UpdateInstanceInformation-1', UpdateInstanceInformationEvent, request],
  ['c/ssm-OpenControlChannel-1', OpenControlChannelEvent, request],
  ['c/ssm-CreateControlChannel-1', CreateControlChannelEvent, request],
];

describe('public records from outside the corpus', () => {
  it('are many, from several sources, of every typed service', () => {
    expect(records.length).toBeGreaterThan(350);
    const services = new Set(records.map((e) => serviceFor(String(e.record['eventSource']))?.name).filter((n) => n !== undefined));
    expect([...services].sort()).toEqual(['cloudtrail', 'dynamodb', 'ec2', 'iam', 'kms', 'lambda', 'organizations', 's3', 'secretsmanager', 'ssm', 'sts']);
    for (const e of records) expect(e.source, e.name).not.toBe('unknown');
  });

  it('all decode with TypedRecord and encode back to the same JSON', () => {
    const problems: string[] = [];
    for (const e of records) {
      const r = TypedRecord.decode(e.record);
      if (r._tag === 'Left') problems.push(`${e.name}: does not decode`);
      else if (JSON.stringify(TypedRecord.encode(r.right)) !== JSON.stringify(e.record)) problems.push(`${e.name}: encodes to other JSON`);
    }
    expect(problems).toEqual([]);
  });

  it('of events that are no operation decode with the codecs of those events', () => {
    for (const [name, codec, breakIt] of SERVICE_EVENTS) {
      const entry = records.find((e) => e.name === name);
      if (entry === undefined) throw new Error(`no record ${name}`);
      const service = serviceFor(String(entry.record['eventSource']));
      if (service === undefined) throw new Error(`no service for ${name}`);
      const r = TypedRecord.decode(entry.record);
      expect(r._tag === 'Right' && codec.is(r.right), name).toBe(true);
      expect(service.eventNames, name).toContain(entry.record['eventName']);
      const broken = structuredClone(entry.record);
      breakIt(broken);
      const d = service.decode(broken);
      expect(d.success && service.departuresOf(d.data).length > 0, `${name} broken`).toBe(true);
    }
  });

  it('a Lambda Invoke may have no request (Step Functions), but a request must name the function', () => {
    const entry = records.find((e) => e.name === 'e/lambda-Invoke-1') as Entry;
    expect(entry.record['requestParameters']).toBeNull();
    expect(untypedBy(entry)).toBeUndefined();
    expect(untypedBy({ ...entry, record: { ...entry.record, requestParameters: { invocationType: 'Event' } } })).toBe('departs at requestParameters.functionName');
  });

  it('of a typed service are typed, but for the records listed, each for its reason', () => {
    const untyped = records.flatMap((e) => {
      const why = untypedBy(e);
      return why === undefined ? [] : [`${e.name}: ${why}`];
    });
    expect(untyped.map((u) => u.slice(0, u.indexOf(':'))).sort()).toEqual(Object.keys(UNTYPED).sort());
  });
});
