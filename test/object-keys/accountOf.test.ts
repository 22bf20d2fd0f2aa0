import { describe, expect, it } from 'vitest';
import { CloudTrailRecord, type CloudTrailRecordJson } from '../../src/index.js';
import { accountOf, parseObjectKey, type AccountSource, type RecordAccount } from '../../src/object-keys/index.js';
import { clone, corpusRecords } from '../support/corpus.js';

type Json = Record<string, unknown>;

const KEY_ACCOUNT = '999988887777';
const KEY = `AWSLogs/o-exampleorgid/${KEY_ACCOUNT}/CloudTrail/us-east-1/2026/03/02/${KEY_ACCOUNT}_CloudTrail_us-east-1_20260302T1005Z_Mu0KsOhtH1ar15ZZ.json.gz`;

const asRecord = (r: unknown): CloudTrailRecordJson => r as CloudTrailRecordJson;
const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

// The precedence, written out again from the record's JSON.
function expected(r: Json, keyAccount?: string): RecordAccount | undefined {
  const recipient = text(r.recipientAccountId);
  if (recipient !== undefined) return { accountId: recipient, source: 'recipientAccountId' };
  const own = text(r.accountId);
  if (own !== undefined) return { accountId: own, source: 'accountId' };
  if (keyAccount !== undefined) return { accountId: keyAccount, source: 'objectKey' };
  const identity = (r.userIdentity ?? {}) as Json;
  if (identity.type === 'AWSService' || identity.type === 'AWSAccount') return undefined;
  const caller = text(identity.accountId);
  return caller === undefined ? undefined : { accountId: caller, source: 'userIdentity' };
}

const corpus = corpusRecords();

describe('accountOf on the corpus', () => {
  it('follows the precedence on every record, wire and decoded alike', () => {
    const sources = new Map<AccountSource | 'none', number>();
    for (const { file, index, record } of corpus) {
      const label = `${file}#${index}`;
      const want = expected(record);
      expect(accountOf(asRecord(record)), label).toEqual(want);
      const decoded = CloudTrailRecord.decode(record);
      if (decoded._tag === 'Right') expect(accountOf(decoded.right), label).toEqual(want);
      sources.set(want?.source ?? 'none', (sources.get(want?.source ?? 'none') ?? 0) + 1);
    }
    expect(sources.get('recipientAccountId')).toBeGreaterThan(200);
    // The aggregated events of the corpus carry their account as `accountId`.
    expect(sources.get('accountId')).toBeGreaterThan(0);
    expect(sources.get('userIdentity')).toBeGreaterThan(0);
  });

  it('finds records without recipientAccountId, and the key decides for them', () => {
    const without = corpus.filter(({ record }) => text(record.recipientAccountId) === undefined);
    expect(without.length).toBeGreaterThan(0);
    let fromKey = 0;
    for (const { file, index, record } of without) {
      const got = accountOf(asRecord(record), KEY);
      expect(got, `${file}#${index}`).toEqual(expected(record, KEY_ACCOUNT));
      if (got?.source === 'objectKey') fromKey++;
      // The parsed key works the same as its text.
      expect(accountOf(asRecord(record), parseObjectKey(KEY))).toEqual(got);
    }
    // Every one of them without the aggregated `accountId` takes the key's account.
    expect(fromKey).toBe(without.filter(({ record }) => text(record.accountId) === undefined).length);
    expect(fromKey).toBeGreaterThan(0);
  });

  it('prefers recipientAccountId to the key', () => {
    const withRecipient = corpus.filter(({ record }) => text(record.recipientAccountId) !== undefined);
    expect(withRecipient.length).toBeGreaterThan(0);
    for (const { record } of withRecipient) {
      expect(accountOf(asRecord(record), KEY)?.source).toBe('recipientAccountId');
    }
  });

  it('gives nothing for AWSService or AWSAccount callers without recipientAccountId or key', () => {
    const services = corpus.filter(({ record }) => (record.userIdentity as Json | undefined)?.type === 'AWSService');
    expect(services.length).toBeGreaterThan(0);
    for (const { record } of services) {
      const stripped = clone(record);
      delete stripped.recipientAccountId;
      expect(accountOf(asRecord(stripped))).toBeUndefined();
      expect(accountOf(asRecord(stripped), KEY)).toEqual({ accountId: KEY_ACCOUNT, source: 'objectKey' });
    }
  });
});

describe('accountOf on crafted records', () => {
  const base = {
    eventVersion: '1.08',
    eventTime: '2026-03-02T10:00:00Z',
    eventSource: 's3.amazonaws.com',
    eventName: 'GetObject',
    awsRegion: 'us-east-1',
  };
  const crossAccount = { ...base, userIdentity: { type: 'AWSAccount', principalId: 'AIDAEXAMPLE', accountId: '444455556666' } };

  it('does not take a cross-account caller for the owner', () => {
    expect(accountOf(asRecord(crossAccount))).toBeUndefined();
    expect(accountOf(asRecord({ ...crossAccount, userIdentity: { type: 'AWSAccount', accountId: 'ANONYMOUS_PRINCIPAL' } }))).toBeUndefined();
    expect(accountOf(asRecord(crossAccount), KEY)).toEqual({ accountId: KEY_ACCOUNT, source: 'objectKey' });
    expect(accountOf(asRecord({ ...crossAccount, recipientAccountId: '111122223333' }), KEY)).toEqual({ accountId: '111122223333', source: 'recipientAccountId' });
  });

  it('falls back to the caller for other identities, and treats "" as absent', () => {
    const assumed = { ...base, userIdentity: { type: 'AssumedRole', accountId: '444455556666' } };
    expect(accountOf(asRecord(assumed))).toEqual({ accountId: '444455556666', source: 'userIdentity' });
    expect(accountOf(asRecord({ ...assumed, recipientAccountId: '' }))).toEqual({ accountId: '444455556666', source: 'userIdentity' });
    expect(accountOf(asRecord({ ...assumed, userIdentity: { type: 'IAMUser', accountId: '' } }))).toBeUndefined();
    expect(accountOf(asRecord({ ...assumed, userIdentity: { accountId: '444455556666' } }))).toEqual({ accountId: '444455556666', source: 'userIdentity' });
  });

  it('ignores keys that are not CloudTrail keys, in text or parsed', () => {
    const assumed = { ...base, userIdentity: { type: 'AssumedRole', accountId: '444455556666' } };
    const caller: RecordAccount = { accountId: '444455556666', source: 'userIdentity' };
    for (const key of [
      'logs/2026-03-02-10-00-00-ABCDEF',
      `AWSLogs/${KEY_ACCOUNT}/Config/us-east-1/2026/03/02/x.json.gz`,
      parseObjectKey('README'),
      { kind: 'log', accountId: 'not-digits' },
      { kind: 'not-cloudtrail', accountId: KEY_ACCOUNT },
      { kind: 'toString', accountId: KEY_ACCOUNT },
      null,
      42,
      'x'.repeat(5000),
    ]) {
      expect(accountOf(asRecord(assumed), key as string)).toEqual(caller);
    }
    // A parsed key of any CloudTrail kind is trusted.
    expect(accountOf(asRecord(assumed), { kind: 'backfill-digest', accountId: KEY_ACCOUNT } as unknown as string)).toEqual({ accountId: KEY_ACCOUNT, source: 'objectKey' });
  });

  it('never throws, whatever it is given', () => {
    const boom = (): never => {
      throw new Error('boom');
    };
    const throwing = new Proxy({}, { get: boom, has: boom, getOwnPropertyDescriptor: boom, ownKeys: boom, getPrototypeOf: boom });
    const { proxy, revoke } = Proxy.revocable({ recipientAccountId: '111122223333' }, {});
    revoke();
    const getter = Object.defineProperty({ ...base }, 'recipientAccountId', { get: boom, enumerable: true });
    const identityGetter = { ...base, userIdentity: Object.defineProperty({ type: 'IAMUser' }, 'accountId', { get: boom }) };
    const inherited = Object.create({ recipientAccountId: '111122223333' }) as Json;
    const values: unknown[] = [null, undefined, 42, 'text', [], [1, 2], throwing, proxy, getter, identityGetter, inherited, { userIdentity: throwing }, { userIdentity: 'x' }];
    for (const value of values) {
      expect(() => accountOf(value as CloudTrailRecordJson)).not.toThrow();
      expect(() => accountOf(value as CloudTrailRecordJson, throwing as unknown as string)).not.toThrow();
      expect(() => accountOf(value as CloudTrailRecordJson, proxy as unknown as string)).not.toThrow();
    }
    expect(accountOf(inherited as unknown as CloudTrailRecordJson)).toBeUndefined();
    expect(accountOf(getter as unknown as CloudTrailRecordJson, KEY)).toEqual({ accountId: KEY_ACCOUNT, source: 'objectKey' });
  });
});
