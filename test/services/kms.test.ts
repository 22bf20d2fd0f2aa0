// KMS records from outside the corpus that its config follows (see
// scripts/codegen/wire/kms.ts): a key's ARN in the response of DisableKey,
// which the model gives no output, a grant without operations, and the
// service events KMS records when it acts on a key by itself.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatErrors } from '../../src/index.js';
import { DeleteExpiredKeyMaterialEvent, DeleteKeyEvent, KMSEvent, KMSEventStrict, RotateKeyEvent, isSucceededKMSCall, kmsService } from '../../src/services/kms/index.js';
import { clone, corpusRecords } from '../support/corpus.js';

type Json = Record<string, unknown>;
const file = JSON.parse(readFileSync(new URL('./records/kms-wire.json', import.meta.url), 'utf8')) as { Records: Json[] };

/** A succeeded call of a known operation, not departed, whose record round-trips. */
const typed = (record: Json): KMSEvent => {
  const r = KMSEvent.decode(record);
  if (r._tag === 'Left') throw new Error(formatErrors(r.left).join('; '));
  expect(kmsService.departuresOf(r.right)).toEqual([]);
  expect(isSucceededKMSCall(r.right)).toBe(true);
  expect(KMSEventStrict.decode(record)._tag).toBe('Right');
  expect(JSON.stringify(KMSEvent.encode(r.right))).toBe(JSON.stringify(record));
  return r.right;
};

describe('KMS records that depart from the model the way CloudTrail writes them', () => {
  it('DisableKey: the response names the key, though the model has no output', () => {
    const e = typed(clone(file.Records[0] as Json));
    if (e.eventName !== 'DisableKey' || !isSucceededKMSCall(e)) throw new Error('not a succeeded DisableKey');
    expect(e.responseElements?.keyId).toBe('arn:aws:kms:us-east-1:1010101010101:key/65479477-67d5-4b84-b71c-d540f7a8f31f');
    // The older form, a null response, is typed too.
    typed({ ...clone(file.Records[0] as Json), responseElements: null });
    // Anything else there still departs, with its path.
    const other = KMSEvent.decode({ ...clone(file.Records[0] as Json), responseElements: { keyId: 7 } });
    if (other._tag === 'Left') throw new Error('should decode, departed');
    expect(kmsService.departuresOf(other.right).map((i) => i.path)).toEqual(['responseElements.keyId']);
  });

  it('CreateGrant: the grant EBS makes for a volume lists no operations', () => {
    const e = typed(clone(file.Records[1] as Json));
    if (e.eventName !== 'CreateGrant' || !isSucceededKMSCall(e)) throw new Error('not a succeeded CreateGrant');
    expect(e.requestParameters.operations).toBeUndefined();
    expect(e.requestParameters.granteePrincipal).toBe('123456789012:aws:ec2-infrastructure:i-81e2f56c');
  });
});

describe('KMS service events', () => {
  const decode = (record: Json): KMSEvent => {
    const r = KMSEvent.decode(record);
    if (r._tag === 'Left') throw new Error(formatErrors(r.left).join('; '));
    expect(kmsService.departuresOf(r.right)).toEqual([]);
    expect(JSON.stringify(KMSEvent.encode(r.right))).toBe(JSON.stringify(record));
    return r.right;
  };

  it('RotateKey: both corpus records decode with its codec, rotationType kept where it is written', () => {
    const rotations = corpusRecords().filter((r) => r.record['eventSource'] === 'kms.amazonaws.com' && r.record['eventName'] === 'RotateKey');
    expect(rotations.length).toBe(2);
    for (const { record } of rotations) {
      const e = decode(clone(record));
      if (e.eventName !== 'RotateKey' || !RotateKeyEvent.is(e)) throw new Error('not a RotateKey event');
      expect(e.serviceEventDetails.keyId).toMatch(/^[0-9a-f]{4}/);
    }
    expect(rotations.map(({ record }) => (record['serviceEventDetails'] as Json)['rotationType'])).toContain('AUTOMATIC');
  });

  it('DeleteKey and DeleteExpiredKeyMaterial, as the KMS guide shows them', () => {
    const deleted = decode(clone(file.Records[2] as Json));
    expect(DeleteKeyEvent.is(deleted)).toBe(true);
    const expired = decode(clone(file.Records[3] as Json));
    expect(DeleteExpiredKeyMaterialEvent.is(expired)).toBe(true);
    expect(kmsService.isSucceeded(expired)).toBe(false);
  });

  it('depart, reported, when the key is missing from serviceEventDetails', () => {
    const r = KMSEvent.decode({ ...clone(file.Records[2] as Json), serviceEventDetails: {} });
    if (r._tag === 'Left') throw new Error('should decode, departed');
    expect(kmsService.departuresOf(r.right).map((i) => i.path)).toEqual(['serviceEventDetails.keyId']);
  });
});
