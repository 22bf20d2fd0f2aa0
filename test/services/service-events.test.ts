// Service events (eventType AwsServiceEvent) of Organizations and Secrets
// Manager, as public records show them: each decodes with its own codec,
// through its service's event codec and through TypedRecord, and round-trips.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CloseAccountResultEvent, OrganizationsEvent, organizationsService } from '../../src/services/organizations/index.js';
import { RotationFailedEvent, RotationSucceededEvent, SecretsManagerEvent, secretsManagerService } from '../../src/services/secretsmanager/index.js';
import { TypedRecord } from '../../src/services/index.js';
import { clone } from '../support/corpus.js';

type Json = Record<string, unknown>;
const file = JSON.parse(readFileSync(new URL('./records/service-events.json', import.meta.url), 'utf8')) as { Records: Json[] };
const record = (i: number): Json => clone(file.Records[i] as Json);

function decoded<A>(codec: { decode(u: unknown): { _tag: 'Left' } | { _tag: 'Right'; right: A }; encode(a: A): unknown }, input: Json): A {
  const r = codec.decode(input);
  if (r._tag === 'Left') throw new Error('did not decode');
  expect(JSON.stringify(codec.encode(r.right))).toBe(JSON.stringify(input));
  const typed = TypedRecord.decode(input);
  expect(typed._tag === 'Right' && JSON.stringify(TypedRecord.encode(typed.right))).toBe(JSON.stringify(input));
  return r.right;
}

describe('Organizations CloseAccountResult', () => {
  it('decodes with its codec, the outcome typed and its times Dates', () => {
    const e = decoded(OrganizationsEvent, record(0));
    expect(organizationsService.departuresOf(e)).toEqual([]);
    if (!CloseAccountResultEvent.is(e)) throw new Error('not a CloseAccountResult event');
    expect(e.serviceEventDetails.closeAccountStatus.state).toBe('SUCCEEDED');
    expect(e.serviceEventDetails.closeAccountStatus.completedTimestamp?.toISOString()).toBe('2022-03-18T18:16:58.000Z');
  });
});

describe('Secrets Manager rotation events', () => {
  it('RotationSucceeded and RotationFailed decode with their codecs, the secret typed', () => {
    const ok = decoded(SecretsManagerEvent, record(1));
    expect(secretsManagerService.departuresOf(ok)).toEqual([]);
    if (!RotationSucceededEvent.is(ok)) throw new Error('not a RotationSucceeded event');
    expect(ok.additionalEventData.SecretId).toMatch(/^arn:aws:secretsmanager:/);
    const failed = decoded(SecretsManagerEvent, record(2));
    if (!RotationFailedEvent.is(failed)) throw new Error('not a RotationFailed event');
    expect(failed.errorMessage).toMatch(/during createSecret step$/);
  });

  it('depart, reported, without the secret', () => {
    const input = { ...record(2), additionalEventData: null };
    const r = SecretsManagerEvent.decode(input);
    if (r._tag === 'Left') throw new Error('should decode, departed');
    expect(secretsManagerService.departuresOf(r.right).map((i) => i.path)).toEqual(['additionalEventData']);
  });
});
