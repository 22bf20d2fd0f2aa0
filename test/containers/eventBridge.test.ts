import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ActivityRecord, CloudTrailRecord, DecodeError, formatErrors } from '../../src/index.js';
import {
  EventBridgeCloudTrailEvent,
  cloudTrailDetailTypes,
  decodeEventBridgeEvent,
  eventBridgeEventOf,
} from '../../src/containers/index.js';
import { clone, corpusRecords } from '../support/corpus.js';

type Json = Record<string, unknown>;

const detailTypeOf: Record<string, string> = {
  AwsApiCall: 'AWS API Call via CloudTrail',
  AwsServiceEvent: 'AWS Service Event via CloudTrail',
  AwsConsoleSignIn: 'AWS Console Sign In via CloudTrail',
  AwsConsoleAction: 'AWS Console Action via CloudTrail',
  AwsCloudTrailInsight: 'AWS Insight via CloudTrail',
  AwsVpceEvent: 'AWS Network Activity Event via CloudTrail',
};

const BASE_MS = Date.UTC(2024, 4, 1, 12, 0, 0);

// The envelope EventBridge would put around a record; records whose
// eventType has no CloudTrail detail-type (aggregated events) get none.
function envelopeOf(record: Json, n: number): Json | undefined {
  const detailType = detailTypeOf[String(record['eventType'] ?? 'AwsApiCall')];
  if (detailType === undefined) return undefined;
  const ui = record['userIdentity'] as Json | undefined;
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': detailType,
    source: `aws.${String(record['eventSource']).split('.')[0]}`,
    account: String(record['recipientAccountId'] ?? ui?.['accountId'] ?? '111122223333'),
    time: new Date(BASE_MS + n * 1000).toISOString().replace('.000Z', 'Z'),
    region: String(record['awsRegion']),
    resources: [],
    detail: record,
  };
}

const wrapped = corpusRecords().flatMap(({ file, index, record }, n) => {
  const envelope = envelopeOf(record, n);
  return envelope === undefined ? [] : [{ file, name: `${file}#${index}`, n, record, envelope }];
});

function decodedRecord(u: unknown): CloudTrailRecord {
  const r = CloudTrailRecord.decode(u);
  if (r._tag === 'Left') throw new Error(formatErrors(r.left).join('\n'));
  return r.right;
}

describe('EventBridge envelopes around real corpus records', () => {
  it('wraps records of every detail type the corpus has', () => {
    expect(wrapped.length).toBeGreaterThan(300);
    const seen = new Set(wrapped.map((w) => w.envelope['detail-type']));
    // The corpus has no console action records; one is made below.
    const expected = Object.values(detailTypeOf).filter((d) => d !== 'AWS Console Action via CloudTrail');
    expect([...seen].sort()).toEqual(expected.sort());
  });

  const files = [...new Set(wrapped.map((w) => w.file))];
  it.each(files)('%s: every envelope decodes and encodes back', (file) => {
    const ours = wrapped.filter((w) => w.file === file);
    expect(ours.length).toBeGreaterThan(0);
    for (const w of ours) {
      const r = decodeEventBridgeEvent(w.envelope);
      if (!r.success) throw new Error(`${w.name}: ${r.error.message}`);
      const e = r.data;
      expect(e.time).toBeInstanceOf(Date);
      expect(e.time.getTime()).toBe(BASE_MS + w.n * 1000);
      expect(e['detail-type']).toBe(w.envelope['detail-type']);
      expect(e.source).toBe(w.envelope['source']);
      expect(e.id).toBe(w.envelope['id']);
      expect(e.detail).toEqual(decodedRecord(w.record));
      expect(EventBridgeCloudTrailEvent.is(e)).toBe(true);
      expect(EventBridgeCloudTrailEvent.encode(e)).toEqual(w.envelope);
    }
  });

  it('decodes a console action event', () => {
    const w = wrapped.find((x) => x.record['eventType'] === 'AwsConsoleSignIn');
    if (w === undefined) throw new Error('corpus lacks a console sign-in record');
    const detail = { ...w.record, eventType: 'AwsConsoleAction' };
    const envelope = { ...w.envelope, 'detail-type': 'AWS Console Action via CloudTrail', detail };
    const r = decodeEventBridgeEvent(envelope);
    if (!r.success) throw r.error;
    expect(r.data.detail.eventType).toBe('AwsConsoleAction');
    expect(EventBridgeCloudTrailEvent.encode(r.data)).toEqual(envelope);
  });

  it('keeps the time text as it was written', () => {
    const w = wrapped[0];
    if (w === undefined) throw new Error('no records');
    const envelope = { ...w.envelope, time: '2024-05-01T12:00:00.250Z' };
    const r = decodeEventBridgeEvent(envelope);
    if (!r.success) throw r.error;
    expect(r.data.time.toISOString()).toBe('2024-05-01T12:00:00.250Z');
    expect(EventBridgeCloudTrailEvent.encode(r.data).time).toBe('2024-05-01T12:00:00.250Z');
  });

  it('keeps replay-name', () => {
    const w = wrapped[0];
    if (w === undefined) throw new Error('no records');
    const envelope = { ...w.envelope, 'replay-name': 'replay-2024' };
    const r = decodeEventBridgeEvent(envelope);
    if (!r.success) throw r.error;
    expect(r.data['replay-name']).toBe('replay-2024');
    expect(EventBridgeCloudTrailEvent.encode(r.data)).toEqual(envelope);
  });
});

describe('detail-type', () => {
  const signIn = wrapped.find((w) => w.envelope['detail-type'] === 'AWS Console Sign In via CloudTrail');
  const apiCall = wrapped.find((w) => w.envelope['detail-type'] === 'AWS API Call via CloudTrail');
  if (signIn === undefined || apiCall === undefined) throw new Error('corpus lacks sign-in or API call records');

  it('accepts the documentation spelling "Signin" and keeps it', () => {
    const envelope = { ...signIn.envelope, 'detail-type': 'AWS Console Signin via CloudTrail' };
    const r = decodeEventBridgeEvent(envelope);
    if (!r.success) throw r.error;
    expect(r.data['detail-type']).toBe('AWS Console Signin via CloudTrail');
    expect(EventBridgeCloudTrailEvent.encode(r.data)).toEqual(envelope);
  });

  it('lists every CloudTrail detail type', () => {
    expect([...cloudTrailDetailTypes].sort()).toEqual(
      [...Object.values(detailTypeOf), 'AWS Console Signin via CloudTrail'].sort(),
    );
    expect(EventBridgeCloudTrailEvent.tags).toEqual([...cloudTrailDetailTypes]);
  });

  it('rejects another kind of EventBridge event, naming the known types', () => {
    const r = decodeEventBridgeEvent({ ...apiCall.envelope, 'detail-type': 'EC2 Instance State-change Notification' });
    if (r.success) throw new Error('expected a failure');
    const known = cloudTrailDetailTypes.map((d) => JSON.stringify(d)).join(' | ');
    expect(r.error.issues.map((i) => i.message)).toEqual([
      `detail-type: expected ${known}, got "EC2 Instance State-change Notification"`,
    ]);
    expect(r.error.message).toContain('detail-type: expected "AWS API Call via CloudTrail" | ');
  });

  it('reports a missing detail-type as missing', () => {
    const envelope: Json = { ...apiCall.envelope };
    delete envelope['detail-type'];
    const r = decodeEventBridgeEvent(envelope);
    if (r.success) throw new Error('expected a failure');
    expect(r.error.issues).toHaveLength(1);
    expect(r.error.issues[0]).toMatchObject({ path: 'detail-type', missing: true });
    expect(r.error.issues[0]?.message).toMatch(/^detail-type: expected "AWS API Call via CloudTrail" \| .*, but it is missing$/);
  });

  it('rejects a detail-type that is not a string', () => {
    const r = decodeEventBridgeEvent({ ...apiCall.envelope, 'detail-type': 7 });
    if (r.success) throw new Error('expected a failure');
    expect(r.error.issues.map((i) => i.path)).toEqual(['detail-type']);
    expect(r.error.issues[0]?.message).toMatch(/, got 7$/);
  });
});

describe('broken envelopes', () => {
  const w = wrapped.find((x) => (x.record['userIdentity'] as Json | undefined)?.['type'] === 'IAMUser');
  if (w === undefined) throw new Error('corpus lacks an IAMUser record');

  it('reports a missing detail as missing', () => {
    const envelope: Json = { ...w.envelope };
    delete envelope['detail'];
    const r = decodeEventBridgeEvent(envelope);
    if (r.success) throw new Error('expected a failure');
    expect(r.error.issues.map((i) => i.message)).toEqual(['detail: expected CloudTrailRecord, but it is missing']);
  });

  it('reports a broken detail at its path inside detail', () => {
    const detail = clone(w.record);
    (detail['userIdentity'] as Json)['type'] = 5;
    const r = decodeEventBridgeEvent({ ...w.envelope, detail });
    if (r.success) throw new Error('expected a failure');
    expect(r.error.issues).toHaveLength(1);
    expect(r.error.issues[0]?.path).toBe('detail.userIdentity.type');
    expect(r.error.issues[0]?.segments).toEqual(['detail', 'userIdentity', 'type']);
    expect(r.error.issues[0]?.message).toMatch(/^detail\.userIdentity\.type: expected "Root" \| "IAMUser" \| .*, got 5$/);
    expect(r.error.message.split('\n')[0]).toBe('Not a valid EventBridgeEvent<CloudTrailRecord>:');
  });

  it('reports a detail field of the wrong type', () => {
    const detail = clone(w.record);
    detail['eventTime'] = 'yesterday';
    const r = decodeEventBridgeEvent({ ...w.envelope, detail });
    if (r.success) throw new Error('expected a failure');
    expect(r.error.issues.map((i) => i.message)).toEqual([
      'detail.eventTime: expected ISO-8601 UTC timestamp (like 2019-10-18T15:00:49Z), got "yesterday"',
    ]);
  });

  it('reports envelope fields besides detail', () => {
    const r = decodeEventBridgeEvent({ ...w.envelope, time: '2024-05-01 12:00', resources: 'none', account: 111122223333 });
    if (r.success) throw new Error('expected a failure');
    expect(r.error.issues.map((i) => i.message)).toEqual([
      'account: expected string, got 111122223333',
      'time: expected ISO-8601 UTC timestamp (like 2019-10-18T15:00:49Z), got "2024-05-01 12:00"',
      'resources: expected Array<string>, got "none"',
    ]);
  });

  it.each([null, 'event', 42, []])('fails on %j without throwing', (value) => {
    let r: ReturnType<typeof decodeEventBridgeEvent> | undefined;
    expect(() => (r = decodeEventBridgeEvent(value))).not.toThrow();
    if (r === undefined || r.success) throw new Error('expected a failure');
    expect(r.error).toBeInstanceOf(DecodeError);
    expect(r.error.issues).toHaveLength(1);
    expect(r.error.issues[0]?.message).toMatch(/^\(root\): expected EventBridgeEvent<CloudTrailRecord>, got /);
  });
});

describe('eventBridgeEventOf', () => {
  const ActivityEvent = eventBridgeEventOf(ActivityRecord);

  it('decodes API calls with the given detail codec', () => {
    const apiCalls = wrapped.filter((w) => w.envelope['detail-type'] === 'AWS API Call via CloudTrail');
    expect(apiCalls.length).toBeGreaterThan(100);
    for (const w of apiCalls) {
      const r = ActivityEvent.decode(w.envelope);
      expect(r._tag).toBe('Right');
      if (r._tag === 'Right') expect(ActivityEvent.encode(r.right)).toEqual(w.envelope);
    }
  });

  it('rejects an insight detail, which ActivityRecord does not describe', () => {
    const insight = wrapped.find((w) => w.envelope['detail-type'] === 'AWS Insight via CloudTrail');
    if (insight === undefined) throw new Error('corpus lacks an insight record');
    const r = ActivityEvent.decode(insight.envelope);
    if (r._tag === 'Right') throw new Error('expected a failure');
    expect(formatErrors(r.left)).toContain('detail.userIdentity: expected UserIdentity, but it is missing');
    expect(ActivityEvent.name).toBe('EventBridgeEvent<ActivityRecord>');
  });
});
