import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { ActivityRecord, CloudTrailRecord, DecodeError } from '../../src/index.js';
import {
  decodeCloudWatchLogsPayload,
  decodeCloudWatchLogsPayloadOrThrow,
  decodeCloudWatchLogsPayloadText,
  decodeCloudWatchLogsPayloadTextOrThrow,
  type CloudWatchLogsContents,
} from '../../src/cloudwatch-logs/index.js';
import { STSEvent } from '../../src/services/sts/index.js';
import { chunks, controlPayload, dataPayload, logEvent, records, type Json } from './support.js';

function ok<A>(r: { success: true; data: A } | { success: false; error: DecodeError }): A {
  if (!r.success) throw r.error;
  return r.data;
}

function data<A>(c: CloudWatchLogsContents<A>) {
  if (c.control) throw new Error('a control message');
  return c;
}

function rootMessage(value: unknown): string {
  const r = decodeCloudWatchLogsPayload(value);
  if (r.success) throw new Error('decoded');
  return r.error.message;
}

describe('decodeCloudWatchLogsPayload', () => {
  it('decodes every corpus record, with the payload and its events kept beside the records', () => {
    for (const slice of chunks(records, 60)) {
      const c = data(ok(decodeCloudWatchLogsPayload(dataPayload(slice))));
      expect(c.failures).toEqual([]);
      expect(c.records).toHaveLength(slice.length);
      expect(c.payload.logEvents).toHaveLength(slice.length);
      c.records.forEach((r, i) => {
        expect(c.payload.logEvents[i]?.message).toBe(r);
        expect(CloudTrailRecord.is(r)).toBe(true);
      });
      expect(c.payload.logStream).toBe('111122223333_CloudTrail_us-east-1');
    }
  });

  it('isolates bad messages: the others decode, each failure names its index and log event id', () => {
    const good = records.slice(0, 6);
    const messages: unknown[] = [...good];
    messages.splice(2, 0, { eventVersion: '1.08', eventID: 'e-bad', eventName: 'PutObject', userIdentity: { type: 'IAMUser' } });
    messages.splice(5, 0, 'not json at all');
    const wire = dataPayload(messages);
    const c = data(ok(decodeCloudWatchLogsPayload(wire)));
    expect(c.records).toHaveLength(good.length);
    expect(c.payload.logEvents.map((e) => e.id)).toEqual((wire['logEvents'] as Json[]).filter((_, i) => i !== 2 && i !== 5).map((e) => e['id']));
    expect(c.failures.map((f) => f.index)).toEqual([2, 5]);
    const [first, second] = c.failures;
    expect(first?.logEventId).toBe((wire['logEvents'] as Json[])[2]?.['id']);
    expect(first?.eventID).toBe('e-bad');
    expect(first?.eventName).toBe('PutObject');
    expect(first?.value).toBe((wire['logEvents'] as Json[])[2]);
    expect(first?.message.split('\n')[0]).toBe(`logEvents[2] (id ${first?.logEventId}) did not decode (eventName PutObject, eventID e-bad)`);
    expect(first?.issues.map((i) => i.path)).toContain('logEvents[2].message.eventTime');
    expect(second?.message).toBe(
      `logEvents[5] (id ${second?.logEventId}) did not decode\n  logEvents[5].message: expected JSON text of CloudTrailRecord, but the text is not valid JSON: expected a value, found 'n' (line 1 column 1)`,
    );
  });

  it('reports a message that is JSON but no record with paths into it', () => {
    const bad = { ...records.find((r) => (r['userIdentity'] as Json | undefined)?.['type'] === 'AssumedRole'), userIdentity: { type: 'AssumedRole', arn: 5 } };
    const c = data(ok(decodeCloudWatchLogsPayload(dataPayload([records[0], records[1], bad]))));
    expect(c.failures).toHaveLength(1);
    expect(c.failures[0]?.issues.map((i) => i.path)).toEqual(['logEvents[2].message.userIdentity.principalId', 'logEvents[2].message.userIdentity.arn', 'logEvents[2].message.userIdentity.accountId']);
    for (const text of ['[]', '"a string"', '42', 'null']) {
      const f = data(ok(decodeCloudWatchLogsPayload(dataPayload([text])))).failures[0];
      expect(f?.issues[0]?.path).toBe('logEvents[0].message');
    }
  });

  it('reports log events that are broken themselves, and goes on', () => {
    const wire = dataPayload(records.slice(0, 2));
    const events = wire['logEvents'] as unknown[];
    const named = records.find((r) => typeof r['eventName'] === 'string' && typeof r['eventID'] === 'string');
    events.push({ id: 7, timestamp: '1700000123000', message: { eventVersion: '1.08' } }, null, 'text', { id: '9', message: JSON.stringify(named) });
    const c = data(ok(decodeCloudWatchLogsPayload(wire)));
    expect(c.records).toHaveLength(2);
    expect(c.failures.map((f) => f.index)).toEqual([2, 3, 4, 5]);
    expect(c.failures[0]?.logEventId).toBeUndefined();
    expect(c.failures[0]?.issues.map((i) => i.message)).toEqual([
      'logEvents[2].id: expected string, got 7',
      'logEvents[2].timestamp: expected epoch milliseconds (like 1424476529000), got "1700000123000"',
      'logEvents[2].message: expected JSON text of CloudTrailRecord, got an object — a decoded value? Serialise decoded records with encode, not JSON.stringify',
    ]);
    expect(c.failures[1]?.message).toMatch(/^logEvents\[3\] did not decode\n {2}logEvents\[3\]: expected CloudWatchLogsLogEvent<CloudTrailRecord>, got null$/);
    expect(c.failures[3]?.message.split('\n')).toEqual(['logEvents[5] (id 9) did not decode' + labelOf(named), '  logEvents[5].timestamp: expected epoch milliseconds (like 1424476529000), but it is missing']);
  });

  it('escapes log event ids and record ids in failure headers, and cuts long ones', () => {
    const evil = 'id\n  logEvents[0]: forged line\u202e';
    const wire = dataPayload([{ eventVersion: '1.08', eventID: 'x\r\ny' }]);
    (wire['logEvents'] as Json[])[0]!['id'] = evil;
    const f = data(ok(decodeCloudWatchLogsPayload(wire))).failures[0];
    expect(f?.logEventId).toBe(evil);
    expect(f?.message.split('\n')[0]).toBe('logEvents[0] (id id\\n  logEvents[0]: forged line\\u202e) did not decode (eventID x\\r\\ny)');
    expect(f?.message.split('\n').every((line) => !line.includes('forged') || line.startsWith('logEvents[0] (id'))).toBe(true);
    const huge = '9'.repeat(5_000_000);
    const big = dataPayload(['{}']);
    (big['logEvents'] as Json[])[0]!['id'] = huge;
    const g = data(ok(decodeCloudWatchLogsPayload(big))).failures[0];
    expect(g?.logEventId).toBe(huge);
    expect(g?.message.split('\n')[0]!.length).toBeLessThan(300);
  });

  it('decodes messages of any size (CloudTrail sends up to 256 KB; larger ones decode too)', () => {
    const record = { ...records[0], requestParameters: { blob: 'x'.repeat(600_000) } };
    const c = data(ok(decodeCloudWatchLogsPayload(dataPayload([record]))));
    expect(c.failures).toEqual([]);
    expect(c.records).toHaveLength(1);
  });

  it('recognises control messages and skips them: no records, no failures', () => {
    const c = ok(decodeCloudWatchLogsPayload(controlPayload));
    expect(c.control).toBe(true);
    expect(c.records).toEqual([]);
    expect(c.failures).toEqual([]);
    if (c.control) expect(c.payload.logEvents?.[0]?.message).toMatch(/^CWL CONTROL MESSAGE/);
    // A control message whose fields are not those of one fails as a whole.
    const bad = decodeCloudWatchLogsPayload({ messageType: 'CONTROL_MESSAGE', logEvents: 'x' });
    expect(!bad.success && bad.error.issues.map((i) => i.path)).toEqual(['logEvents']);
  });

  it('decodes a messageType AWS may add as a data message', () => {
    const c = data(ok(decodeCloudWatchLogsPayload(dataPayload(records.slice(0, 2), { messageType: 'DATA_MESSAGE_V2' }))));
    expect(c.records).toHaveLength(2);
    expect(String(c.payload.messageType)).toBe('DATA_MESSAGE_V2');
  });

  it('decodes messages with a caller codec: a record codec, a service codec', () => {
    const calls = records.filter((r) => r['eventType'] === 'AwsApiCall');
    const insight = records.find((r) => r['eventType'] === 'AwsCloudTrailInsight');
    const c = data(ok(decodeCloudWatchLogsPayload(dataPayload([...calls.slice(0, 5), insight]), { record: ActivityRecord })));
    expect(c.records).toHaveLength(5);
    expect(c.records.every((r) => typeof r.eventName === 'string')).toBe(true);
    expect(c.failures.map((f) => f.index)).toEqual([5]);
    const sts = records.filter((r) => r['eventSource'] === 'sts.amazonaws.com');
    expect(sts.length).toBeGreaterThan(3);
    const s = data(ok(decodeCloudWatchLogsPayload(dataPayload(sts), { record: STSEvent })));
    expect(s.failures).toEqual([]);
    expect(s.records.map((r) => r.eventName)).toEqual(sts.map((r) => r['eventName']));
    // A foreign io-ts codec works too.
    const named = t.type({ eventName: t.string });
    const n = data(ok(decodeCloudWatchLogsPayload(dataPayload([{ eventName: 'A' }, { eventName: 1 }]), { record: named })));
    expect(n.records).toEqual([{ eventName: 'A' }]);
    expect(n.failures[0]?.issues[0]?.path).toBe('logEvents[1].message.eventName');
  });

  it('says what a value is when it is another document, not a payload', () => {
    const cases: Array<readonly [unknown, RegExp]> = [
      [{ awslogs: { data: 'H4sI' } }, /the event of a Lambda function subscribed to CloudWatch Logs .*decodeCloudWatchLogsEvent$/],
      [{ Records: [records[0]] }, /a CloudTrail log file .*not a CloudWatch Logs payload: decode it with decodeLogFile/],
      [{ Records: [{ eventSource: 'aws:kinesis', kinesis: { data: 'x' } }] }, /a Kinesis event .*decodeCloudWatchLogsKinesisEvent$/],
      [{ Records: [{ eventVersion: '2.1', eventSource: 'aws:s3', s3: {} }] }, /an AWS Lambda event from S3/],
      [{ records: [{ recordId: '1', data: 'x' }] }, /a Firehose transformation event .*decodeCloudWatchLogsFirehoseEvent$/],
      [{ Events: [], NextToken: 'x' }, /a LookupEvents response .*decodeLookupEventsResponse/],
      [{ digestStartTime: '2026-01-01T00:00:00Z', digestEndTime: '2026-01-01T01:00:00Z', logFiles: [] }, /a CloudTrail digest file/],
      [{ 'detail-type': 'AWS API Call via CloudTrail', detail: records[0] }, /an EventBridge event .*decodeEventBridgeEvent/],
      [records[0], /a single CloudTrail record, .*decodeRecord/],
      [records.find((r) => r['userIdentity'] !== undefined), /a single CloudTrail record, .*decodeRecord/],
      [logEvent(records[0], 0), /one log event of a CloudWatch Logs payload/],
    ];
    for (const [value, message] of cases) {
      const text = rootMessage(value);
      expect(text.split('\n')[0]).toBe('Not a CloudWatch Logs payload:');
      expect(text).toMatch(message);
    }
  });

  it('explains a value that is almost a payload, field by field', () => {
    expect(rootMessage({ messageType: 'DATA_MESSAGE', owner: '111122223333', logGroup: 'g', logStream: 's', subscriptionFilters: ['f'] })).toBe(
      'Not a CloudWatch Logs payload:\n  logEvents: expected Array<CloudWatchLogsLogEvent<CloudTrailRecord>>, but it is missing',
    );
    expect(rootMessage({ ...dataPayload([]), subscriptionFilters: 'f', policyLevel: 3 })).toBe(
      'Not a CloudWatch Logs payload:\n  subscriptionFilters: expected Array<string>, got "f"\n  policyLevel: expected CloudWatchLogsPolicyLevel, got 3',
    );
    expect(rootMessage('{"messageType":"DATA_MESSAGE"}')).toMatch(/^Not a CloudWatch Logs payload:\n {2}\(root\): expected CloudWatchLogsDataMessage<CloudTrailRecord>, got "/);
    expect(rootMessage(null)).toMatch(/got null$/);
  });

  it('never throws on hostile values: Proxies, getters that throw, odd options', () => {
    const throwing = new Proxy({}, { get: () => { throw new Error('trap'); }, has: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); }, getOwnPropertyDescriptor: () => { throw new Error('trap'); } });
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const getter = dataPayload(records.slice(0, 3));
    Object.defineProperty((getter['logEvents'] as Json[])[1], 'message', { get: () => { throw new TypeError('boom'); }, enumerable: true });
    const arrayTrap = dataPayload(records.slice(0, 2));
    arrayTrap['logEvents'] = new Proxy(arrayTrap['logEvents'] as unknown[], { get: (target, key) => { if (key === '1') throw new Error('trap'); return Reflect.get(target, key); } });
    // Fields answered, then the copy of the payload throws.
    const late = new Proxy(dataPayload([]), { ownKeys: () => { throw new Error('late'); } });
    for (const value of [throwing, revoked.proxy, getter, arrayTrap, late, Symbol('x'), () => 1, BigInt(1), new Uint8Array(2)]) {
      expect(() => decodeCloudWatchLogsPayload(value)).not.toThrow();
    }
    const g = data(ok(decodeCloudWatchLogsPayload(getter)));
    expect(g.records).toHaveLength(2);
    expect(g.failures[0]?.issues[0]?.message).toBe('logEvents[1].message: could not be read: TypeError');
    const a = data(ok(decodeCloudWatchLogsPayload(arrayTrap)));
    expect(a.records).toHaveLength(1);
    expect(a.failures[0]?.message).toBe('logEvents[1] did not decode\n  logEvents[1]: could not be read: Error');
    expect(decodeCloudWatchLogsPayload(late).success).toBe(false);
    const badOptions: unknown[] = [{ record: 5 }, { record: {} }, 7, new Proxy({}, { get: () => { throw new Error('x'); } })];
    for (const options of badOptions) {
      const r = decodeCloudWatchLogsPayload(dataPayload([]), options as never);
      expect(r.success).toBe(false);
      if (!r.success) expect(r.error.message).toMatch(/^Bad options:/);
    }
  });

  it('OrThrow throws DecodeError only when the value is no payload', () => {
    expect(decodeCloudWatchLogsPayloadOrThrow(dataPayload(['{}'])).failures).toHaveLength(1);
    expect(() => decodeCloudWatchLogsPayloadOrThrow({ Records: [] })).toThrow(DecodeError);
  });
});

describe('decodeCloudWatchLogsPayloadText', () => {
  it('decodes the text of a payload, with a BOM too', () => {
    const text = JSON.stringify(dataPayload(records.slice(0, 20)), null, 2);
    expect(data(ok(decodeCloudWatchLogsPayloadText(text))).records).toHaveLength(20);
    expect(data(ok(decodeCloudWatchLogsPayloadText(`\ufeff${text}`))).records).toHaveLength(20);
    expect(decodeCloudWatchLogsPayloadTextOrThrow(JSON.stringify(controlPayload)).control).toBe(true);
  });

  it('reports text that is not JSON with its line and column, and values that are not text', () => {
    const r = decodeCloudWatchLogsPayloadText('{\n  "messageType": "DATA_MESSAGE",\n  "owner": }');
    expect(!r.success && r.error.message).toBe("Not JSON:\n  (root): the text is not valid JSON: expected a value, found '}' (line 3 column 12)");
    const bytes = decodeCloudWatchLogsPayloadText(new Uint8Array(3) as never);
    expect(!bytes.success && bytes.error.message).toMatch(/bytes \(a Uint8Array\); decode them as UTF-8 first/);
    expect(() => decodeCloudWatchLogsPayloadTextOrThrow('{')).toThrow(DecodeError);
  });
});

function labelOf(record: unknown): string {
  const r = record as Json;
  return ` (eventName ${String(r['eventName'])}, eventID ${String(r['eventID'])})`;
}
