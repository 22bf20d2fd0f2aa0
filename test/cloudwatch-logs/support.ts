// Payloads, Lambda events, Firehose and Kinesis data around real corpus
// records, made as CloudWatch Logs makes them: each message is one record's
// JSON text, the payload is gzipped and base64-encoded.
import { gzipSync } from 'node:zlib';
import { corpusRecords } from '../support/corpus.js';

export type Json = Record<string, unknown>;

/** Every corpus record that CloudTrail could send to CloudWatch Logs. */
export const records: Json[] = corpusRecords().map((r) => r.record);

const ID_BASE = 37194215851151937406153588393428185014372094537917235200n;

/** A log event id like CloudWatch Logs writes: 56 digits. */
export function logEventId(n: number): string {
  return String(ID_BASE + BigInt(n));
}

/** A log event holding `message` (a record, written as JSON, or text as it is). */
export function logEvent(message: unknown, n: number): Json {
  return { id: logEventId(n), timestamp: 1700000123000 + n * 17, message: typeof message === 'string' ? message : JSON.stringify(message) };
}

/** A DATA_MESSAGE payload of these messages. */
export function dataPayload(messages: readonly unknown[], overrides: Json = {}): Json {
  return {
    messageType: 'DATA_MESSAGE',
    owner: '111122223333',
    logGroup: 'aws-cloudtrail-logs-111122223333-1a2b3c4d',
    logStream: '111122223333_CloudTrail_us-east-1',
    subscriptionFilters: ['cloudtrail-to-lambda'],
    logEvents: messages.map((m, i) => logEvent(m, i)),
    ...overrides,
  };
}

/** A control message, as CloudWatch Logs sends it to check a Firehose destination. */
export const controlPayload: Json = {
  messageType: 'CONTROL_MESSAGE',
  owner: 'CloudwatchLogs',
  logGroup: '',
  logStream: '',
  subscriptionFilters: [],
  logEvents: [{ id: '', timestamp: 1600110003794, message: 'CWL CONTROL MESSAGE: Checking health of destination Firehose.' }],
};

/** The gzip of a payload's text. */
export function gz(payload: Json | string): Buffer {
  return gzipSync(typeof payload === 'string' ? payload : JSON.stringify(payload));
}

/** The event of a Lambda function subscribed to CloudWatch Logs. */
export function lambdaEvent(payload: Json | string): Json {
  return { awslogs: { data: gz(payload).toString('base64') } };
}

/** One Firehose or Kinesis record's data: the payloads' gzip members back to back, in base64. */
export function streamData(...payloads: Array<Json | string>): string {
  return Buffer.concat(payloads.map(gz)).toString('base64');
}

/** A Firehose transformation event whose records hold these data strings. */
export function firehoseEvent(...data: string[]): Json {
  return {
    invocationId: 'invocation-1',
    deliveryStreamArn: 'arn:aws:firehose:us-east-1:111122223333:deliverystream/trail',
    region: 'us-east-1',
    records: data.map((d, i) => ({ recordId: `record-${i}`, approximateArrivalTimestamp: 1700000123000 + i, data: d })),
  };
}

/** A Kinesis event of AWS Lambda whose records hold these data strings. */
export function kinesisEvent(...data: string[]): Json {
  return {
    Records: data.map((d, i) => ({
      kinesis: { kinesisSchemaVersion: '1.0', partitionKey: 'p', sequenceNumber: `4959000000000000000000000000000000000000000000000000000${i}`, data: d, approximateArrivalTimestamp: 1700000123.5 },
      eventSource: 'aws:kinesis',
      eventVersion: '1.0',
      eventID: `shardId-000000000000:${i}`,
      eventName: 'aws:kinesis:record',
      awsRegion: 'us-east-1',
      eventSourceARN: 'arn:aws:kinesis:us-east-1:111122223333:stream/trail',
    })),
  };
}

/** `records` in slices of `size`: several payloads, as CloudWatch Logs batches them. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
