// S3 event notifications, and their SNS and SQS wrappers, have a Records
// array too, so a careless reader takes them for log files with one failing
// record. Both the whole-file and the stream paths must say what they are.
import { describe, expect, it } from 'vitest';
import { formatErrors } from '../../src/index.js';
import {
  DIGEST_MESSAGE,
  LogFile,
  decodeLogFile,
  decodeLogFileText,
  notificationKindOf,
  notificationMessage,
} from '../../src/containers/index.js';
import { corpusFiles, oddFiles } from '../support/corpus.js';
import { s3Notification, s3NotificationRecord, snsLambdaEvent, sqsLambdaEvent } from '../support/notifications.js';
import { chunksOf, streamItems } from '../support/stream.js';

const s3Record = s3NotificationRecord();
const s3Event = s3Notification();
const snsEvent = snsLambdaEvent(s3Event);
const sqsEvent = sqsLambdaEvent(s3Event);
const dynamoEvent = { Records: [{ eventID: '1', eventName: 'INSERT', eventVersion: '1.1', eventSource: 'aws:dynamodb', dynamodb: {} }] };

const cases = [
  ['an S3 event notification', s3Event, 's3', 'this is an S3 event notification, not a CloudTrail log file'],
  ['an S3 event notification of two objects', { Records: [s3Record, s3Record] }, 's3', 'S3 event notification'],
  ['its SNS wrapper', snsEvent, 'sns', 'this is an SNS notification'],
  ['its SQS wrapper', sqsEvent, 'sqs', 'this is an SQS message batch'],
  ['a DynamoDB stream event', dynamoEvent, 'lambda-event', 'this is an AWS Lambda event'],
] as const;

const stream = streamItems;

describe('event notifications are not log files', () => {
  it.each(cases)('%s: notificationKindOf tells it', (_name, doc, kind) => {
    expect(notificationKindOf(doc)).toBe(kind);
    expect(notificationKindOf(JSON.parse(JSON.stringify(doc)))).toBe(kind);
  });

  it.each(cases)('%s: decodeLogFile and decodeLogFileText reject it and say what to do', (_name, doc, kind, says) => {
    for (const r of [decodeLogFile(doc), decodeLogFileText(JSON.stringify(doc)), decodeLogFileText(JSON.stringify(doc, null, 2))]) {
      expect(r.success).toBe(false);
      if (r.success) continue;
      expect(r.error.message).toContain(says);
      expect(r.error.message).toContain(notificationMessage(kind));
      expect(r.error.message.startsWith('Not a CloudTrail log file:')).toBe(true);
      expect(r.error.issues).toHaveLength(1);
    }
  });

  it('the S3 message names the fields that locate the object to fetch', () => {
    const r = decodeLogFile(s3Event);
    if (r.success) throw new Error('accepted an S3 event notification');
    expect(r.error.message).toContain('s3.bucket.name');
    expect(r.error.message).toContain('s3.object.key');
    expect(notificationMessage('sns')).toContain('Sns.Message');
    expect(notificationMessage('sqs')).toContain('body');
  });

  it.each(cases)('%s: the all-or-nothing LogFile codec gives the same message', (_name, doc, kind) => {
    const r = LogFile.decode(doc);
    expect(r._tag).toBe('Left');
    if (r._tag === 'Left') expect(formatErrors(r.left)).toEqual([`(root): ${notificationMessage(kind)}`]);
  });

  it.each(cases)('%s: the stream gives one error with the same message, however it is cut', (_name, doc, kind) => {
    const text = JSON.stringify(doc, null, 1);
    for (const size of [1, 7, 64, text.length]) {
      for (const chunks of [chunksOf(text, size), chunksOf(text, size).map((c) => new TextEncoder().encode(c))]) {
        const items = stream(chunks);
        expect(items.map((i) => i.kind), `chunks of ${size}`).toEqual(['error']);
        const last = items[0];
        if (last?.kind === 'error') {
          expect(last.error.message).toBe(`Not a CloudTrail log file:\n  (root): ${notificationMessage(kind)}`);
          const whole = decodeLogFile(doc);
          expect(whole.success === false && whole.error.message).toBe(last.error.message);
        }
      }
    }
  });

  it('the stream reports nothing past the notification, even broken text', () => {
    const text = `{"Records": [${JSON.stringify(s3Record)}, {"eventVersion": "1.08"}, not json`;
    expect(stream([text]).map((i) => i.kind)).toEqual(['error']);
  });

  it('no file of the corpus is taken for a notification', () => {
    for (const f of [...corpusFiles(), ...oddFiles()]) {
      expect(notificationKindOf(f.json), f.name).toBeUndefined();
      const r = decodeLogFile(f.json);
      expect(r.success, f.name).toBe(true);
    }
  });

  it('a log file whose first record is CloudTrail stays a log file, whatever a later item is', () => {
    const first = corpusFiles()[0]?.json.Records[0];
    const r = decodeLogFile({ Records: [first, s3Record] });
    expect(r.success && r.data.records.length + r.data.failures.length).toBe(2);
    const items = stream([JSON.stringify({ Records: [first, s3Record] })]);
    expect(items.map((i) => i.kind)).not.toContain('error');
    expect(items).toHaveLength(2);
  });

  it('a digest file is still told as one', () => {
    const r = decodeLogFile({ digestStartTime: '2026-01-01T00:00:00Z', digestEndTime: '2026-01-01T01:00:00Z', logFiles: [] });
    expect(r.success === false && r.error.message).toContain(DIGEST_MESSAGE);
  });

  it('notificationKindOf answers for anything without throwing', () => {
    const throwing = {
      get Records(): unknown {
        throw new Error('boom');
      },
    };
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const throwingItem = {
      Records: [
        {
          get eventSource(): unknown {
            throw new Error('boom');
          },
        },
      ],
    };
    for (const v of [undefined, null, 42, 'aws:s3', [], {}, { Records: 'x' }, { Records: [] }, { Records: [null] }, throwing, revoked.proxy, throwingItem, { Records: [{ eventSource: 42 }] }]) {
      expect(() => notificationKindOf(v)).not.toThrow();
      expect(notificationKindOf(v)).toBeUndefined();
    }
  });
});

// A notification is told by its whole shape, not by an `aws:` event source
// alone: otherwise one record whose eventSource says `aws:sqs` would make a
// whole log file of good records be refused.
describe('a CloudTrail record whose event source starts with aws: stays a record', () => {
  const good = corpusFiles()
    .flatMap((f) => f.json.Records)
    .find((r) => (r as { eventType?: unknown }).eventType === 'AwsApiCall' && decodeLogFile({ Records: [r] }).success) as Record<string, unknown>;
  const crafted: Array<[string, Record<string, unknown>]> = [
    ['eventSource aws:sqs', { ...good, eventSource: 'aws:sqs' }],
    ['eventSource aws:sqs with a body and a messageId', { ...good, eventSource: 'aws:sqs', body: '{}', messageId: 'm-1' }],
    ['eventSource aws:s3', { ...good, eventSource: 'aws:s3' }],
    ['eventSource aws:s3 with an s3 object', { ...good, eventSource: 'aws:s3', s3: { bucket: { name: 'b' } } }],
    ['EventSource aws:sns with an Sns object', { ...good, EventSource: 'aws:sns', Sns: { Message: '{}' } }],
    ['eventSource aws:dynamodb', { ...good, eventSource: 'aws:dynamodb' }],
  ];

  it.each(crafted)('%s: the record decodes alone, and the file keeps all 1000 records', (_name, first) => {
    expect(decodeLogFile({ Records: [first] }).success && notificationKindOf({ Records: [first] })).toBeUndefined();
    const r = decodeLogFile({ Records: [first, ...Array.from({ length: 999 }, () => good)] });
    expect(r.success && [r.data.records.length, r.data.failures.length]).toEqual([1000, 0]);
    expect(LogFile.decode({ Records: [first, good] })._tag).toBe('Right');
  });

  it.each(crafted)('%s: the stream gives every record too', (_name, first) => {
    const text = JSON.stringify({ Records: [first, good, good] });
    for (const size of [5, text.length]) expect(stream(chunksOf(text, size)).map((i) => i.kind)).toEqual(['record', 'record', 'record']);
  });

  it('an item with an aws: event source but without the shape of a notification is no S3, SNS or SQS notification', () => {
    expect(notificationKindOf({ Records: [{ eventSource: 'aws:s3', eventVersion: '1.08' }] })).toBe('lambda-event');
    expect(notificationKindOf({ Records: [{ eventSource: 'aws:s3', eventVersion: '2.1', s3: 'x' }] })).toBe('lambda-event');
    expect(notificationKindOf({ Records: [{ eventSource: 'aws:sqs', body: '{}' }] })).toBe('lambda-event');
    expect(notificationKindOf({ Records: [{ EventSource: 'aws:sns', Sns: '{}' }] })).toBe('lambda-event');
    // A record with any CloudTrail field is never one.
    for (const key of ['userIdentity', 'eventTime', 'eventType']) {
      expect(notificationKindOf({ Records: [{ eventSource: 'aws:sqs', body: '{}', messageId: 'm', [key]: 'x' }] }), key).toBeUndefined();
    }
  });

  it('the fields it reads are own fields: inherited ones do not count', () => {
    const inherited = Object.create({ s3: {}, eventVersion: '2.1' }) as Record<string, unknown>;
    inherited['eventSource'] = 'aws:s3';
    expect(notificationKindOf({ Records: [inherited] })).toBe('lambda-event');
  });
});
