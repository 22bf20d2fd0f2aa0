import { describe, expect, it } from 'vitest';
import { ActivityRecord, CloudTrailRecord, DecodeError, formatErrors } from '../../src/index.js';
import {
  LookupEvent,
  decodeLookupEvent,
  decodeLookupEventsResponse,
  lookupEventOf,
  recordFromJsonString,
} from '../../src/containers/index.js';
import { clone, corpusRecords } from '../support/corpus.js';
import { dataInsight } from '../support/insights.js';

type Json = Record<string, unknown>;

const N = 'epoch seconds or ISO-8601 text (like 1424476529.0 or 2015-02-20T23:55:29+00:00)';
const HINT = ' — a decoded value? Serialise decoded records with encode, not JSON.stringify';

function decodedRecord(u: unknown): CloudTrailRecord {
  const r = CloudTrailRecord.decode(u);
  if (r._tag === 'Left') throw new Error(formatErrors(r.left).join('\n'));
  return r.right;
}

// The Event that LookupEvents returns for a record, on the JSON wire.
function lookupEventFor(record: Json, n: number): Json {
  const decoded = decodedRecord(record);
  if (decoded.eventType === 'AwsAggregatedEvent') throw new Error('aggregated records are not in the event history');
  const ui = (record['userIdentity'] ?? {}) as Json;
  const resources = (record['resources'] ?? []) as Json[];
  return {
    EventId: String(record['eventID'] ?? `event-${n}`),
    EventName: String(record['eventName']),
    ReadOnly: record['readOnly'] === true ? 'true' : 'false',
    AccessKeyId: String(ui['accessKeyId'] ?? ''),
    EventTime: decoded.eventTime.getTime() / 1000,
    EventSource: String(record['eventSource']),
    Username: String(ui['userName'] ?? ui['principalId'] ?? 'root'),
    Resources: resources.map((r) => ({ ResourceType: r['type'] ?? null, ResourceName: String(r['ARN'] ?? r['ARNPrefix'] ?? '') })),
    CloudTrailEvent: JSON.stringify(record),
  };
}

// Event history holds management and insight events, not aggregated ones.
const records = corpusRecords().filter(({ record }) => record['eventType'] !== 'AwsAggregatedEvent');
const events = records.map(({ file, index, record }, n) => ({ file, name: `${file}#${index}`, record, event: lookupEventFor(record, n) }));
const files = [...new Set(events.map((e) => e.file))];

describe('LookupEvents Events around real corpus records', () => {
  it('covers readOnly records, resources and null resource types', () => {
    expect(events.length).toBeGreaterThan(300);
    expect(events.some((e) => e.event['ReadOnly'] === 'true')).toBe(true);
    expect(events.some((e) => (e.event['Resources'] as unknown[]).length > 0)).toBe(true);
    expect(events.some((e) => (e.event['Resources'] as Json[]).some((r) => r['ResourceType'] === null))).toBe(true);
  });

  it.each(files)('%s: every event decodes', (file) => {
    for (const e of events.filter((x) => x.file === file)) {
      const r = decodeLookupEvent(e.event);
      if (!r.success) throw new Error(`${e.name}: ${r.error.message}`);
      expect(r.data.CloudTrailEvent).toEqual(decodedRecord(e.record));
      expect(r.data.EventTime).toBeInstanceOf(Date);
      expect(r.data.EventTime?.getTime()).toBe(Math.round((e.event['EventTime'] as number) * 1000));
      expect(r.data.ReadOnly).toBe(e.event['ReadOnly'] === 'true');
      expect(r.data.Resources).toEqual(e.event['Resources']);
      expect(LookupEvent.is(r.data)).toBe(true);
    }
  });

  it.each(files)('%s: every event encodes back', (file) => {
    for (const e of events.filter((x) => x.file === file)) {
      const r = decodeLookupEvent(e.event);
      if (!r.success) throw new Error(`${e.name}: ${r.error.message}`);
      const encoded = LookupEvent.encode(r.data);
      expect(typeof encoded.CloudTrailEvent).toBe('string');
      expect(JSON.parse(encoded.CloudTrailEvent)).toEqual(e.record);
      const { CloudTrailEvent: _a, ...rest } = encoded;
      const { CloudTrailEvent: _b, ...input } = e.event;
      expect(rest).toEqual(input);
    }
  });

  it('gives back the exact text of CloudTrailEvent (spacing, escapes) while the record says the same, and new text once it changed', () => {
    let compared = 0;
    for (const e of events) {
      // Spaced out, with escapes a serialiser may choose: "/" as "\/", non-ASCII as \uXXXX.
      const text = JSON.stringify(e.record, null, 2)
        .replace(/\//g, '\\/')
        .replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
      const event = { ...e.event, CloudTrailEvent: text };
      const r = decodeLookupEvent(event);
      if (!r.success) throw new Error(`${e.name}: ${r.error.message}`);
      expect(LookupEvent.encode(r.data), e.name).toEqual(event);
      // Changed in place: the record keeps its note, which no longer says the same.
      (r.data.CloudTrailEvent as { awsRegion: string }).awsRegion = 'xx-test-1';
      const changed = LookupEvent.encode(r.data);
      expect(changed.CloudTrailEvent).not.toBe(text);
      expect(JSON.parse(changed.CloudTrailEvent)).toEqual({ ...e.record, awsRegion: 'xx-test-1' });
      compared++;
    }
    expect(compared).toBe(events.length);
  });

  it('gives the event time of a record as its epoch seconds', () => {
    const e = events.find((x) => x.file === 'plaso.json' && x.record['eventTime'] === '2022-02-07T22:23:37Z');
    if (e === undefined) throw new Error('plaso.json record not found');
    expect(e.event['EventTime']).toBe(1644272617);
    const r = decodeLookupEvent(e.event);
    if (!r.success) throw r.error;
    expect(r.data.EventTime?.toISOString()).toBe('2022-02-07T22:23:37.000Z');
  });
});

describe('LookupEvent field forms', () => {
  const first = events.find((e) => typeof e.record['eventID'] === 'string');
  if (first === undefined) throw new Error('no events');

  it('decodes EventTime given as seconds with a fraction', () => {
    const r = decodeLookupEvent({ ...first.event, EventTime: 1424476529.5 });
    if (!r.success) throw r.error;
    expect(r.data.EventTime?.toISOString()).toBe('2015-02-20T23:55:29.500Z');
    expect(LookupEvent.encode(r.data).EventTime).toBe(1424476529.5);
  });

  it('decodes EventTime given as a Date, as the AWS SDK gives it', () => {
    const when = new Date(Date.UTC(2015, 1, 20, 23, 55, 29));
    const r = decodeLookupEvent({ ...first.event, EventTime: when });
    if (!r.success) throw r.error;
    expect(r.data.EventTime).toBeInstanceOf(Date);
    expect(r.data.EventTime?.toISOString()).toBe('2015-02-20T23:55:29.000Z');
    // The decoded Date is a copy, and encodes back to a Date, as it came.
    expect(r.data.EventTime).not.toBe(when);
    const back = LookupEvent.encode(r.data).EventTime;
    expect(back).toBeInstanceOf(Date);
    expect(back).not.toBe(when);
    expect((back as Date).getTime()).toBe(when.getTime());
  });

  it('decodes EventTime as AWS CLI v2 prints it, ISO text with an offset, and writes the same text back', () => {
    for (const [text, iso] of [
      ['2015-02-20T23:55:29+00:00', '2015-02-20T23:55:29.000Z'],
      ['2015-02-21T01:55:29+02:00', '2015-02-20T23:55:29.000Z'],
      ['2015-02-20T18:25:29.5-05:30', '2015-02-20T23:55:29.500Z'],
      ['2015-02-21T01:55:29+0200', '2015-02-20T23:55:29.000Z'],
      ['2015-02-20T23:55:29Z', '2015-02-20T23:55:29.000Z'],
    ] as const) {
      const r = decodeLookupEvent({ ...first.event, EventTime: text });
      if (!r.success) throw r.error;
      expect(r.data.EventTime?.toISOString(), text).toBe(iso);
      expect(LookupEvent.encode(r.data).EventTime).toBe(text);
    }
  });

  it('decodes EventTime in exponent form, as the raw API may write it, and gives the number back', () => {
    const r = decodeLookupEvent({ ...first.event, EventTime: JSON.parse('1.700000123E9') as number });
    if (!r.success) throw r.error;
    expect(r.data.EventTime?.toISOString()).toBe('2023-11-14T22:15:23.000Z');
    expect(LookupEvent.encode(r.data).EventTime).toBe(1700000123);
  });

  it('encodes a Date made elsewhere as epoch seconds', () => {
    const r = decodeLookupEvent(first.event);
    if (!r.success) throw r.error;
    const encoded = LookupEvent.encode({ ...r.data, EventTime: new Date(Date.UTC(2015, 1, 20, 23, 55, 29, 250)) });
    expect(encoded.EventTime).toBe(1424476529.25);
  });

  it('rejects an invalid Date and text that is not an ISO time', () => {
    const r = decodeLookupEvent({ ...first.event, EventTime: new Date(Number.NaN) });
    if (r.success) throw new Error('expected a failure');
    expect(r.error.issues.map((i) => i.message)).toEqual([`EventTime: expected ${N}, got a Date (invalid)`]);
    for (const text of ['Feb 20, 2015 11:55:29 PM', '2015-02-20T23:55:29+24:00', '2015-02-20T23:55:29+02', '2015-02-20 23:55:29+00:00', '']) {
      const r2 = decodeLookupEvent({ ...first.event, EventTime: text });
      if (r2.success) throw new Error(`expected a failure for ${text}`);
      expect(r2.error.issues.map((i) => i.path)).toEqual(['EventTime']);
    }
  });

  it('accepts a null ResourceType', () => {
    const r = decodeLookupEvent({ ...first.event, Resources: [{ ResourceType: null, ResourceName: 'my-bucket' }] });
    if (!r.success) throw r.error;
    expect(r.data.Resources).toEqual([{ ResourceType: null, ResourceName: 'my-bucket' }]);
    expect(LookupEvent.encode(r.data).Resources).toEqual([{ ResourceType: null, ResourceName: 'my-bucket' }]);
  });

  it('reports ReadOnly given as a JSON boolean', () => {
    const r = decodeLookupEvent({ ...first.event, ReadOnly: true });
    if (r.success) throw new Error('expected a failure');
    expect(r.error.issues.map((i) => i.message)).toEqual([`ReadOnly: expected "true" | "false", got true${HINT}`]);
  });

  it('decodes an event with only CloudTrailEvent, as every other field is optional', () => {
    const r = decodeLookupEvent({ CloudTrailEvent: first.event['CloudTrailEvent'] });
    if (!r.success) throw r.error;
    expect(r.data.CloudTrailEvent).toEqual(decodedRecord(first.record));
    expect(r.data.EventTime).toBeUndefined();
  });
});

describe('a broken CloudTrailEvent', () => {
  const e = events.find((x) => (x.record['userIdentity'] as Json | undefined)?.['type'] === 'AssumedRole');
  if (e === undefined) throw new Error('corpus lacks an AssumedRole record');
  const text = String(e.event['CloudTrailEvent']);

  it('reports text that is not JSON', () => {
    const r = decodeLookupEvent({ ...e.event, CloudTrailEvent: text.slice(0, text.length - 1) });
    if (r.success) throw new Error('expected a failure');
    expect(r.error.issues).toHaveLength(1);
    expect(r.error.issues[0]?.path).toBe('CloudTrailEvent');
    expect(r.error.issues[0]?.message).toContain('CloudTrailEvent: expected JSON text of CloudTrailRecord, but the text is not valid JSON: ');
  });

  // The engine's own wording quotes the text around the error, newlines and
  // all; the issue, documented as one line, must stay one line.
  it('keeps the issue for bad pretty-printed text on one line', () => {
    const pretty = JSON.stringify(e.record, null, 2).replace('"eventVersion": "', '"eventVersion": String,\n  "was": "');
    const r = decodeLookupEvent({ ...e.event, CloudTrailEvent: pretty });
    if (r.success) throw new Error('expected a failure');
    expect(r.error.issues).toHaveLength(1);
    expect(r.error.issues[0]?.message).toContain('not valid JSON');
    expect(r.error.issues[0]?.message).not.toMatch(/[\n\r]/);
  });

  it('reports a broken record at its path inside CloudTrailEvent', () => {
    const broken = clone(e.record);
    const attributes = ((broken['userIdentity'] as Json)['sessionContext'] as Json)['attributes'] as Json;
    attributes['mfaAuthenticated'] = false;
    const r = decodeLookupEvent({ ...e.event, CloudTrailEvent: JSON.stringify(broken) });
    if (r.success) throw new Error('expected a failure');
    expect(r.error.issues.map((i) => i.message)).toEqual([
      `CloudTrailEvent.userIdentity.sessionContext.attributes.mfaAuthenticated: expected "true" | "false", got false${HINT}`,
    ]);
    expect(r.error.issues[0]?.segments).toEqual(['CloudTrailEvent', 'userIdentity', 'sessionContext', 'attributes', 'mfaAuthenticated']);
  });

  it('reports the record given as an object instead of text', () => {
    const r = decodeLookupEvent({ ...e.event, CloudTrailEvent: e.record });
    if (r.success) throw new Error('expected a failure');
    expect(r.error.issues.map((i) => i.message)).toEqual([`CloudTrailEvent: expected JSON text of CloudTrailRecord, got an object${HINT}`]);
  });

  it('reports JSON text of something other than a record', () => {
    const r = decodeLookupEvent({ ...e.event, CloudTrailEvent: '"hello"' });
    if (r.success) throw new Error('expected a failure');
    expect(r.error.issues.map((i) => i.message)).toEqual(['CloudTrailEvent: expected CloudTrailRecord, got "hello"']);
  });

  it('reports a missing CloudTrailEvent', () => {
    const { CloudTrailEvent: _c, ...rest } = e.event;
    const r = decodeLookupEvent(rest);
    if (r.success) throw new Error('expected a failure');
    expect(r.error.issues.map((i) => i.message)).toEqual([
      'CloudTrailEvent: expected JSON text of CloudTrailRecord, but it is missing',
    ]);
  });

  it('recordFromJsonString decodes and encodes the record text', () => {
    const codec = recordFromJsonString(CloudTrailRecord);
    const r = codec.decode(text);
    if (r._tag === 'Left') throw new Error(formatErrors(r.left).join('\n'));
    expect(r.right).toEqual(decodedRecord(e.record));
    expect(JSON.parse(codec.encode(r.right))).toEqual(e.record);
    expect(codec.decode(42)._tag).toBe('Left');
  });
});

describe('lookupEventOf', () => {
  it('decodes the record with the given codec', () => {
    const ActivityLookupEvent = lookupEventOf(ActivityRecord);
    const insight = events.find((x) => x.record['eventType'] === 'AwsCloudTrailInsight');
    const call = events.find((x) => x.record['eventType'] === 'AwsApiCall');
    if (insight === undefined || call === undefined) throw new Error('corpus lacks insight or API call records');
    const ok = ActivityLookupEvent.decode(call.event);
    if (ok._tag === 'Left') throw new Error(formatErrors(ok.left).join('\n'));
    expect(ok.right.CloudTrailEvent).toEqual(decodedRecord(call.record));
    const bad = ActivityLookupEvent.decode(insight.event);
    if (bad._tag === 'Right') throw new Error('expected a failure');
    expect(formatErrors(bad.left)).toContain('CloudTrailEvent.userIdentity: expected UserIdentity, but it is missing');
  });
});

describe('decodeLookupEventsResponse', () => {
  const good = events.slice(0, 6).map((e) => e.event);
  const victim = events[6];
  if (victim === undefined) throw new Error('too few events');
  const broken = { ...victim.event, EventTime: 'yesterday', ReadOnly: 7 };

  it('returns the good events, the failures and the next token', () => {
    const page = { Events: [...good.slice(0, 3), broken, 'junk', ...good.slice(3)], NextToken: 't' };
    const r = decodeLookupEventsResponse(page);
    if (!r.success) throw r.error;
    expect(r.data.nextToken).toBe('t');
    expect(r.data.events.map((e) => e.EventId)).toEqual(good.map((e) => e['EventId']));
    expect(r.data.events.map((e) => e.CloudTrailEvent)).toEqual(events.slice(0, 6).map((e) => decodedRecord(e.record)));
    expect(r.data.failures.map((f) => f.index)).toEqual([3, 4]);

    const [first, second] = r.data.failures;
    expect(first?.eventID).toBe(victim.event['EventId']);
    expect(first?.eventName).toBe(victim.event['EventName']);
    expect(first?.eventSource).toBe(victim.event['EventSource']);
    expect(first?.value).toBe(broken);
    expect(first?.issues.map((i) => i.message)).toEqual([
      'Events[3].ReadOnly: expected "true" | "false", got 7',
      `Events[3].EventTime: expected ${N}, got "yesterday"`,
    ]);
    expect(first?.message).toBe(
      [
        `Events[3] did not decode (eventName ${String(victim.event['EventName'])}, eventID ${String(victim.event['EventId'])})`,
        '  Events[3].ReadOnly: expected "true" | "false", got 7',
        `  Events[3].EventTime: expected ${N}, got "yesterday"`,
      ].join('\n'),
    );
    expect(second?.eventID).toBeUndefined();
    expect(second?.message).toBe('Events[4] did not decode\n  Events[4]: expected LookupEvent, got "junk"');
  });

  it('reports a broken record inside an event at its full path', () => {
    const record = clone(victim.record);
    delete record['eventTime'];
    const r = decodeLookupEventsResponse({ Events: [{ ...victim.event, CloudTrailEvent: JSON.stringify(record) }] });
    if (!r.success) throw r.error;
    expect(r.data.failures[0]?.issues.map((i) => i.path)).toEqual(['Events[0].CloudTrailEvent.eventTime']);
  });

  it('has no nextToken on the last page', () => {
    const r = decodeLookupEventsResponse({ Events: good });
    if (!r.success) throw r.error;
    expect('nextToken' in r.data).toBe(false);
    expect(r.data.events).toHaveLength(good.length);
    expect(r.data.failures).toEqual([]);
  });

  const notResponses: Array<[string, unknown, string]> = [
    ['null', null, '(root): expected LookupEventsResponse, got null'],
    ['an array of events', good, `(root): expected LookupEventsResponse, got an array of ${good.length} items`],
    ['text', 'Events', '(root): expected LookupEventsResponse, got "Events"'],
    ['an empty object', {}, 'Events: expected Array<LookupEvent>, but it is missing'],
    ['Events as an object', { Events: {} }, 'Events: expected Array<LookupEvent>, got an object'],
  ];

  it.each(notResponses)('%s fails with a readable error', (_what, value, line) => {
    let r: ReturnType<typeof decodeLookupEventsResponse> | undefined;
    expect(() => (r = decodeLookupEventsResponse(value))).not.toThrow();
    if (r === undefined || r.success) throw new Error('expected a failure');
    expect(r.error).toBeInstanceOf(DecodeError);
    expect(r.error.issues.map((i) => i.message)).toEqual([line]);
  });
});

// ListInsightsData answers with the same `{Events, NextToken}` page as
// LookupEvents, its records Insights events on management or data events.
describe('ListInsightsData responses', () => {
  const insight = dataInsight;
  const page = {
    Events: [
      {
        EventId: 'c0000000-0000-4000-8000-000000000006',
        EventName: 'GetObject',
        EventTime: '2025-11-20T10:00:00+00:00',
        EventSource: 's3.amazonaws.com',
        CloudTrailEvent: JSON.stringify(insight),
      },
    ],
    NextToken: 'next',
  };

  it('decode with the LookupEvents decoder, and encode back', () => {
    const r = decodeLookupEventsResponse(page);
    if (!r.success) throw r.error;
    expect(r.data.failures).toEqual([]);
    const [event] = r.data.events;
    const record = event?.CloudTrailEvent;
    if (record?.eventType !== 'AwsCloudTrailInsight') throw new Error('not an Insight');
    expect(record.insightDetails.insightSource).toBe('arn:aws:cloudtrail:us-east-1:111122223333:trail/data-events');
    expect(record.insightDetails.sourceEventCategory).toBe('Data');
    if (event === undefined) return;
    const back = LookupEvent.encode(event);
    expect(back.EventTime).toBe('2025-11-20T10:00:00+00:00');
    expect(JSON.parse(back.CloudTrailEvent)).toEqual(insight);
  });
});
