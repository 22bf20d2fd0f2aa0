import { describe, expect, it } from 'vitest';
import { ActivityRecord, CloudTrailRecord, formatErrors, JsonObject } from '../../src/index.js';
import {
  CloudWatchLogsPayload,
  cloudWatchLogsPayloadOf,
  decodeCloudWatchLogsPayloadText,
  encodeCloudWatchLogsPayload,
  encodeCloudWatchLogsPayloadText,
  type CloudWatchLogsDataMessage,
  type CloudWatchLogsPayloadJson,
} from '../../src/cloudwatch-logs/index.js';
import { chunks, controlPayload, dataPayload, records, type Json } from './support.js';

function decoded(u: unknown): CloudWatchLogsDataMessage {
  const r = CloudWatchLogsPayload.decode(u);
  if (r._tag === 'Left') throw new Error(formatErrors(r.left).join('\n'));
  if (r.right.messageType === 'CONTROL_MESSAGE') throw new Error('a control message');
  return r.right;
}

// The same record written as other JSON writers write it: indented, with
// keys reordered, with every non-ASCII character and slash escaped.
const spellings: ReadonlyArray<readonly [string, (r: Json) => string]> = [
  ['compact', (r) => JSON.stringify(r)],
  ['indented with CRLF', (r) => JSON.stringify(r, null, 2).replace(/\n/g, '\r\n')],
  ['keys reversed', (r) => JSON.stringify(Object.fromEntries(Object.entries(r).reverse()))],
  ['escaped', (r) => JSON.stringify(r).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/\//g, '\\/')],
  ['spaced numbers', (r) => ` ${JSON.stringify(r).replace(/:(\d+)([,}])/g, ': $1.0e0 $2')} `],
];

describe('CloudWatchLogsPayload around real corpus records', () => {
  it('has many records to carry', () => {
    expect(records.length).toBeGreaterThan(300);
  });

  it('decodes every corpus record as a message, typed, with the payload fields typed', () => {
    for (const slice of chunks(records, 50)) {
      const wire = dataPayload(slice, { policyLevel: 'ACCOUNT_LEVEL_POLICY' });
      const p = decoded(wire);
      expect(p.owner).toBe('111122223333');
      expect(p.policyLevel).toBe('ACCOUNT_LEVEL_POLICY');
      expect(p.subscriptionFilters).toEqual(['cloudtrail-to-lambda']);
      expect(p.logEvents).toHaveLength(slice.length);
      p.logEvents.forEach((e, i) => {
        expect(e.id).toBe((wire['logEvents'] as Json[])[i]?.['id']);
        expect(e.timestamp).toBeInstanceOf(Date);
        expect(e.timestamp.getTime()).toBe((wire['logEvents'] as Json[])[i]?.['timestamp']);
        expect(CloudTrailRecord.is(e.message)).toBe(true);
        expect(e.message).toEqual(decodedRecord(slice[i]));
      });
    }
  });

  it.each(spellings)('gives back every message as the exact text it was (%s)', (_name, write) => {
    for (const slice of chunks(records, 80)) {
      const wire = dataPayload(slice.map(write));
      const back = CloudWatchLogsPayload.encode(decoded(wire));
      expect(back).toEqual(wire);
      // Exact text, not only equal JSON.
      (back as { logEvents: Json[] }).logEvents.forEach((e, i) => expect(e['message']).toBe(write(slice[i] as Json)));
    }
  });

  it('keeps fields it does not know, in their place, and the key order of the payload', () => {
    const wire = { extra: { a: 1 }, ...dataPayload(records.slice(0, 3)), logEventsCount: 3 };
    const p = decoded(wire);
    expect((p as unknown as Json)['extra']).toEqual({ a: 1 });
    const back = CloudWatchLogsPayload.encode(p);
    expect(back).toEqual(wire);
    expect(Object.keys(back)).toEqual(Object.keys(wire));
    // Unknown fields of log events too.
    const withExtra = dataPayload(records.slice(0, 1));
    (withExtra['logEvents'] as Json[])[0]!['extractedFields'] = { a: 'b' };
    expect(CloudWatchLogsPayload.encode(decoded(withExtra))).toEqual(withExtra);
  });

  it('round-trips the payload text exactly through the text functions', () => {
    const text = JSON.stringify(dataPayload(records.slice(0, 40).map((r) => JSON.stringify(r, null, 1))));
    const r = decodeCloudWatchLogsPayloadText(text);
    if (!r.success) throw r.error;
    expect(r.data.failures).toEqual([]);
    const back = encodeCloudWatchLogsPayloadText(r.data.payload);
    expect(back).toEqual({ success: true, data: text });
  });

  it('writes a message anew when its record was changed, and only that one', () => {
    const texts = records.slice(0, 3).map((r) => JSON.stringify(r, null, 2));
    const p = decoded(dataPayload(texts));
    const changed = p.logEvents[1]!.message as Json;
    changed['awsRegion'] = 'eu-north-1';
    const back = encodeCloudWatchLogsPayload(p);
    if (!back.success) throw back.error;
    const events = back.data.logEvents as Json[];
    expect(events[0]!['message']).toBe(texts[0]);
    expect(events[2]!['message']).toBe(texts[2]);
    expect(events[1]!['message']).not.toBe(texts[1]);
    expect(JSON.parse(events[1]!['message'] as string)).toEqual({ ...(JSON.parse(texts[1]!) as Json), awsRegion: 'eu-north-1' });
    // Changed back, the original text returns.
    changed['awsRegion'] = (records[1] as Json)['awsRegion'];
    const again = encodeCloudWatchLogsPayload(p);
    expect(again.success && (again.data.logEvents as Json[])[1]!['message']).toBe(texts[1]);
  });

  it('writes a changed Date of a record through the record codec', () => {
    const p = decoded(dataPayload([records.find((r) => r['eventType'] === 'AwsApiCall')]));
    const record = p.logEvents[0]!.message;
    if (record.eventType === 'AwsAggregatedEvent') throw new Error('unexpected');
    record.eventTime.setTime(Date.UTC(2030, 0, 2, 3, 4, 5));
    const back = encodeCloudWatchLogsPayload(p);
    expect(back.success && JSON.parse((back.data.logEvents as Json[])[0]!['message'] as string)['eventTime']).toBe('2030-01-02T03:04:05Z');
  });

  it('writes a new log event and a changed timestamp', () => {
    const p = decoded(dataPayload(records.slice(0, 1)));
    p.logEvents[0]!.timestamp = new Date(Date.UTC(2026, 2, 2));
    const record = decodedRecord(records[2]);
    p.logEvents.push({ id: '1', timestamp: new Date(1700000000000), message: record });
    const back = encodeCloudWatchLogsPayload(p);
    if (!back.success) throw back.error;
    const events = back.data.logEvents as Json[];
    expect(events[0]!['timestamp']).toBe(Date.UTC(2026, 2, 2));
    expect(events[1]).toEqual({ id: '1', timestamp: 1700000000000, message: JSON.stringify(records[2]) });
  });

  it('gives an EncodeError with its path for a value it cannot write', () => {
    const p = decoded(dataPayload(records.slice(0, 2)));
    p.logEvents[1]!.timestamp = new Date(NaN);
    const back = encodeCloudWatchLogsPayload(p);
    expect(back.success).toBe(false);
    if (!back.success) expect(back.error.path).toBe('logEvents[1].timestamp');
  });

  it('decodes control messages with their text, and encodes them back', () => {
    const r = CloudWatchLogsPayload.decode(controlPayload);
    if (r._tag === 'Left') throw new Error(formatErrors(r.left).join('\n'));
    expect(r.right.messageType).toBe('CONTROL_MESSAGE');
    if (r.right.messageType !== 'CONTROL_MESSAGE') return;
    expect(r.right.logEvents?.[0]?.message).toMatch(/^CWL CONTROL MESSAGE/);
    expect(r.right.logEvents?.[0]?.timestamp?.getTime()).toBe(1600110003794);
    expect(CloudWatchLogsPayload.encode(r.right)).toEqual(controlPayload);
    // Only messageType is needed for a control message.
    expect(CloudWatchLogsPayload.decode({ messageType: 'CONTROL_MESSAGE' })._tag).toBe('Right');
  });

  it('decodes a messageType AWS may add as a data message, and keeps it', () => {
    const wire = dataPayload(records.slice(0, 1), { messageType: 'DATA_MESSAGE_V2', policyLevel: 'ORGANIZATION_LEVEL_POLICY' });
    const p = decoded(wire);
    expect(String(p.messageType)).toBe('DATA_MESSAGE_V2');
    expect(CloudWatchLogsPayload.encode(p)).toEqual(wire);
  });

  it('fails as a whole on one bad message, as io-ts codecs do, naming the path into the message', () => {
    const wire = dataPayload([records[0], { eventVersion: '1.08', userIdentity: { type: 'IAMUser' } }]);
    const r = CloudWatchLogsPayload.decode(wire);
    expect(r._tag).toBe('Left');
    if (r._tag === 'Left') expect(formatErrors(r.left)).toContain('logEvents[1].message.eventTime: expected ISO-8601 UTC timestamp (like 2019-10-18T15:00:49Z), but it is missing');
    expect(CloudWatchLogsPayload.decode({ messageType: 'DATA_MESSAGE', owner: 'x' })._tag).toBe('Left');
    expect(CloudWatchLogsPayload.decode({})._tag).toBe('Left');
  });

  it('decodes messages with the record codec it is built with', () => {
    const activity = records.filter((r) => r['eventType'] === 'AwsApiCall').slice(0, 10);
    const Payload = cloudWatchLogsPayloadOf(ActivityRecord);
    const r = Payload.decode(dataPayload(activity));
    expect(r._tag).toBe('Right');
    const insight = records.find((r) => r['eventType'] === 'AwsCloudTrailInsight');
    expect(insight).toBeDefined();
    expect(Payload.decode(dataPayload([insight]))._tag).toBe('Left');
    // A plain JSON codec keeps each message as it was parsed.
    const json = cloudWatchLogsPayloadOf(JsonObject).decode(dataPayload([{ any: 'object' }]));
    expect(json._tag === 'Right' && json.right.messageType !== 'CONTROL_MESSAGE' && json.right.logEvents[0]?.message).toEqual({ any: 'object' });
    expect(cloudWatchLogsPayloadOf(ActivityRecord)).toBe(Payload);
  });

  it('keeps the wire type assignable from parsed JSON', () => {
    const wire: CloudWatchLogsPayloadJson = JSON.parse(JSON.stringify(dataPayload([]))) as CloudWatchLogsPayloadJson;
    expect(CloudWatchLogsPayload.is(decoded(wire))).toBe(true);
  });
});

function decodedRecord(u: unknown): CloudTrailRecord {
  const r = CloudTrailRecord.decode(u);
  if (r._tag === 'Left') throw new Error(formatErrors(r.left).join('\n'));
  return r.right;
}
