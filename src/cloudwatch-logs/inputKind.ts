// What a value handed to a CloudWatch Logs decoder is, when it is not what
// that decoder takes: the other forms of the same delivery (the Lambda
// event, the inflated payload, Firehose and Kinesis events) and the other
// documents CloudTrail users hold (log files, LookupEvents pages, digests,
// EventBridge events, single records). Read by shape, through own
// properties only, never throwing.
import { isObject } from '../core/WireType.js';
import { ownString, ownValue } from '../core/ownValue.js';
import { isDigestFile, notificationKindOf } from '../containers/LogFile.js';

/** The forms a CloudWatch Logs decoder recognises. */
export type InputKind =
  | 'payload'
  | 'lambda-event'
  | 'firehose-event'
  | 'kinesis-event'
  | 'log-file'
  | 'notification'
  | 'lookup-events'
  | 'digest'
  | 'eventbridge'
  | 'record'
  | 'log-event';

const WHAT: Readonly<Record<InputKind, { readonly what: string; readonly use?: string }>> = {
  payload: { what: 'a CloudWatch Logs payload, already inflated', use: 'decodeCloudWatchLogsPayload' },
  'lambda-event': {
    what: 'the event of a Lambda function subscribed to CloudWatch Logs ({"awslogs":{"data":…}}), whose payload is base64 gzip',
    use: 'decodeCloudWatchLogsEvent',
  },
  'firehose-event': { what: 'a Firehose transformation event (records[].recordId, records[].data)', use: 'decodeCloudWatchLogsFirehoseEvent' },
  'kinesis-event': { what: 'a Kinesis event of AWS Lambda (Records[].kinesis.data)', use: 'decodeCloudWatchLogsKinesisEvent' },
  'log-file': { what: 'a CloudTrail log file ({"Records": [...]})', use: 'decodeLogFile from cloudtrail-codecs/containers' },
  notification: { what: 'an AWS Lambda event from S3, SNS, SQS or another source (Records[].eventSource aws:…)' },
  'lookup-events': { what: 'a LookupEvents response ({"Events": [...]})', use: 'decodeLookupEventsResponse from cloudtrail-codecs/containers' },
  digest: { what: 'a CloudTrail digest file, which lists the hashes of log files and holds no records' },
  eventbridge: { what: 'an EventBridge event (detail-type, detail)', use: 'decodeEventBridgeEvent from cloudtrail-codecs/containers' },
  record: { what: 'a single CloudTrail record', use: 'decodeRecord from cloudtrail-codecs/containers' },
  'log-event': { what: 'one log event of a CloudWatch Logs payload (id, timestamp, message), not a whole payload' },
};

const isList = (u: unknown): u is unknown[] => {
  try {
    return Array.isArray(u);
  } catch {
    return false;
  }
};

const first = (u: unknown): unknown => (isList(u) ? ownValue(u, '0') : undefined);

/** The kind of `value`, told by its shape; `undefined` when it is none of them. */
export function inputKindOf(value: unknown): InputKind | undefined {
  if (!isObject(value)) return undefined;
  if (isObject(ownValue(value, 'awslogs'))) return 'lambda-event';
  if (isList(ownValue(value, 'logEvents')) || ownString(value, 'messageType') !== undefined) return 'payload';
  const records = ownValue(value, 'Records');
  if (isList(records)) {
    const head = first(records);
    if (isObject(ownValue(head, 'kinesis')) || ownString(head, 'eventSource') === 'aws:kinesis') return 'kinesis-event';
    return notificationKindOf(value) === undefined ? 'log-file' : 'notification';
  }
  const lower = ownValue(value, 'records');
  if (isList(lower) && ownString(first(lower), 'recordId') !== undefined) return 'firehose-event';
  if (isList(ownValue(value, 'Events'))) return 'lookup-events';
  if (isDigestFile(value)) return 'digest';
  if (ownString(value, 'detail-type') !== undefined && ownValue(value, 'detail') !== undefined) return 'eventbridge';
  // Every record has one of these besides eventVersion (aggregated ones lack userIdentity and eventTime).
  if (ownString(value, 'eventVersion') !== undefined && ['userIdentity', 'eventTime', 'eventType', 'eventSource'].some((k) => ownValue(value, k) !== undefined)) {
    return 'record';
  }
  if (ownString(value, 'id') !== undefined && ownValue(value, 'timestamp') !== undefined && ownValue(value, 'message') !== undefined) return 'log-event';
  return undefined;
}

/**
 * Why `value` is not what a decoder of `expected` takes, naming what it is
 * instead and the function that decodes it; `undefined` when its shape says
 * nothing (it is of the expected kind, or of no known kind), and the
 * decoder's own explanation should be given.
 */
export function notExpectedMessage(value: unknown, expected: ExpectedKind): string | undefined {
  const kind = inputKindOf(value);
  if (kind === undefined || kind === expected) return undefined;
  const { what, use } = WHAT[kind];
  return `this is ${what}, not ${EXPECTED[expected]}${use === undefined ? '' : `: decode it with ${use}`}`;
}

/** What each decoder takes, in its error messages. */
export type ExpectedKind = 'payload' | 'lambda-event' | 'firehose-event' | 'kinesis-event';

const EXPECTED: Readonly<Record<ExpectedKind, string>> = {
  payload: 'a CloudWatch Logs payload',
  'lambda-event': 'the Lambda event of a CloudWatch Logs subscription',
  'firehose-event': 'a Firehose transformation event',
  'kinesis-event': 'a Kinesis event of AWS Lambda',
};
