import * as t from 'io-ts';
import { arrayOf, type ArrayC } from '../core/array.js';
import {
  INVALID,
  WireType,
  encodeChild,
  explainWith,
  failureAt,
  isArray,
  isObject,
  parseWith,
  readProperty,
  unreadableMessage,
  type Invalid,
} from '../core/WireType.js';
import { encodeFailure } from '../core/encodeFailure.js';
import { DecodeError } from '../errors/DecodeError.js';
import { dataOrThrow, fail, succeed, type DecodeResult } from '../errors/DecodeResult.js';
import { CloudTrailRecord, type CloudTrailRecordJson } from '../record/CloudTrailRecord.js';
import { notificationKindOfRecord, recordCodecOf } from './jsonText.js';
import { invalidJsonError, notTextError, parseJsonText } from './jsonSyntax.js';
import type { RecordFailure } from './RecordFailure.js';
import { decodeItems, readItems, type CollectionPlace } from './collection.js';

/** The S3 log-file form: `{"Records": [...]}`. */
export interface LogFile<A> {
  Records: A[];
}

/**
 * The codec returned by {@link logFileOf}; `records` is the codec of the `Records` array.
 *
 * @example
 * import { InsightRecord, type InsightRecordJson } from 'cloudtrail-codecs';
 * import { logFileOf, type LogFileC } from 'cloudtrail-codecs/containers';
 * const InsightLogFile: LogFileC<InsightRecord, InsightRecordJson> = logFileOf(InsightRecord);
 * InsightLogFile.records.item.name; // 'InsightRecord'
 */
export interface LogFileC<A, O> extends WireType<LogFile<A>, LogFile<O>> {
  readonly records: ArrayC<t.Type<A, O, unknown>>;
}

/**
 * Keys only a digest file has; {@link isDigestFile} looks for them.
 *
 * @example
 * import { DIGEST_KEYS } from 'cloudtrail-codecs/containers';
 * // Skip digest files while listing a trail's bucket, before decoding anything.
 * const isDigest = (json: Record<string, unknown>): boolean => !('Records' in json) && DIGEST_KEYS.some((k) => k in json);
 * DIGEST_KEYS.includes('digestS3Object'); // true
 */
export const DIGEST_KEYS: readonly string[] = ['digestStartTime', 'digestEndTime', 'digestS3Object', 'digestPublicKeyFingerprint'];

/**
 * True for the JSON of a CloudTrail digest file, which sits next to log files in S3 but holds no records.
 *
 * @example
 * import { isDigestFile } from 'cloudtrail-codecs/containers';
 * isDigestFile({ digestStartTime: '2026-01-01T00:00:00Z', digestEndTime: '2026-01-01T01:00:00Z', logFiles: [] }); // true
 * isDigestFile({ Records: [] }); // false
 */
export function isDigestFile(u: unknown): boolean {
  try {
    return isObject(u) && !('Records' in u) && DIGEST_KEYS.some((k) => k in u);
  } catch {
    return false; // a Proxy whose traps throw is no digest file
  }
}

/**
 * What a digest file is, for errors about one.
 *
 * @example
 * import { DIGEST_MESSAGE, decodeLogFile } from 'cloudtrail-codecs/containers';
 * const r = decodeLogFile({ digestStartTime: '2026-01-01T00:00:00Z', digestEndTime: '2026-01-01T01:00:00Z', logFiles: [] });
 * if (!r.success) r.error.message.includes(DIGEST_MESSAGE); // true
 */
export const DIGEST_MESSAGE =
  'this is a CloudTrail digest file, not a log file: it lists the hashes of log files for integrity validation and holds no Records';

/**
 * What a non-log-file document with a `Records` array is: the event that
 * AWS Lambda receives from S3 (`'s3'`), from SNS (`'sns'`) or from SQS
 * (`'sqs'`), or from another Lambda event source such as DynamoDB Streams or
 * Kinesis (`'lambda-event'`).
 *
 * @example
 * import { notificationKindOf, type NotificationKind } from 'cloudtrail-codecs/containers';
 * const kind: NotificationKind | undefined = notificationKindOf({ Records: [{ eventSource: 'aws:sqs', messageId: 'm-1', body: '{}' }] });
 * kind; // 'sqs'
 */
export type NotificationKind = 's3' | 'sns' | 'sqs' | 'lambda-event';

/**
 * Tells an event notification that has a `Records` array, and so looks like a
 * log file, from a log file: an S3 event notification (what a Lambda function
 * triggered by S3 receives), its SNS and SQS wrappers, or another Lambda
 * event. It reads the shape of the first record, not only its event source
 * (see below), and never throws.
 * `decodeLogFile` and the stream reject such documents with
 * {@link notificationMessage}.
 *
 * A record counts as a notification only with the fields that make one: for
 * S3, `eventSource` `aws:s3`, an `s3` object and an `eventVersion` of 2.x;
 * for SNS, `EventSource` `aws:sns` and an `Sns` object; for SQS,
 * `eventSource` `aws:sqs`, a `body` and a `messageId`; for other Lambda
 * events, an `eventSource` starting with `aws:`. The last three must also
 * lack `userIdentity`, `eventTime` and `eventType`, one of which every
 * CloudTrail record has. So a CloudTrail record whose `eventSource` says
 * `aws:sqs` stays a record, and its file a log file.
 *
 * @example
 * import { notificationKindOf } from 'cloudtrail-codecs/containers';
 * const s3Event = {
 *   Records: [{ eventVersion: '2.1', eventSource: 'aws:s3', eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'trail-bucket' }, object: { key: 'AWSLogs/x.json.gz' } } }],
 * };
 * notificationKindOf(s3Event); // 's3'
 * notificationKindOf({ Records: [{ EventSource: 'aws:sns', Sns: { Message: '{}' } }] }); // 'sns'
 * notificationKindOf({ Records: [{ eventVersion: '1.08', eventSource: 's3.amazonaws.com' }] }); // undefined
 * notificationKindOf({ Records: [{ eventVersion: '1.08', eventTime: '2026-01-01T00:00:00Z', eventSource: 'aws:sqs' }] }); // undefined
 */
export function notificationKindOf(value: unknown): NotificationKind | undefined {
  // Records is read as decodeLogFile reads it, so both agree on what the first record is.
  const read = readItems(value, 'Records');
  return read === undefined || read.length === 0 ? undefined : notificationKindOfRecord(readProperty(read.items, 0));
}

/**
 * What a document of {@link NotificationKind} `kind` is and what to do with
 * it, for errors about one (as {@link DIGEST_MESSAGE} is for digest files).
 *
 * @example
 * import { decodeLogFile, notificationMessage } from 'cloudtrail-codecs/containers';
 * const r = decodeLogFile({ Records: [{ eventVersion: '2.1', eventSource: 'aws:s3', s3: {} }] });
 * if (!r.success) r.error.message.includes(notificationMessage('s3')); // true
 */
export function notificationMessage(kind: NotificationKind): string {
  switch (kind) {
    case 's3':
      return 'this is an S3 event notification, not a CloudTrail log file: it tells that an object was written to a bucket; fetch that object (Records[].s3.bucket.name, Records[].s3.object.key) and decode it';
    case 'sns':
      return 'this is an SNS notification (Records[].EventSource aws:sns), not a CloudTrail log file: each Records[].Sns.Message is the text of the message it carries, such as an S3 event notification; parse it, fetch the object it names and decode that';
    case 'sqs':
      return 'this is an SQS message batch (Records[].eventSource aws:sqs), not a CloudTrail log file: each Records[].body is the text of a message, such as an S3 event notification, possibly wrapped by SNS; parse it, fetch the object it names and decode that';
    default:
      return 'this is an AWS Lambda event (Records[0].eventSource starts with aws:), not a CloudTrail log file: a CloudTrail record has an eventSource such as s3.amazonaws.com';
  }
}

class LogFileType<A, O> extends WireType<LogFile<A>, LogFile<O>> implements LogFileC<A, O> {
  readonly encodesAsIs: boolean;
  readonly records: ArrayC<t.Type<A, O, unknown>>;
  constructor(record: t.Type<A, O, unknown>) {
    const records = arrayOf(record);
    super(`LogFile<${record.name}>`, (u): u is LogFile<A> => isObject(u) && records.is(u['Records']));
    this.records = records;
    this.encodesAsIs = records.encodesAsIs;
  }
  parse(u: unknown): LogFile<A> | Invalid {
    if (!isObject(u) || notificationKindOf(u) !== undefined) return INVALID;
    const records = u['Records'];
    const r = parseWith(this.records, records);
    if (r === INVALID) return INVALID;
    return r === records ? (u as unknown as LogFile<A>) : { ...u, Records: r };
  }
  explain(u: unknown, c: t.Context): t.Errors {
    if (isDigestFile(u)) return failureAt(u, c, DIGEST_MESSAGE);
    const kind = notificationKindOf(u);
    if (kind !== undefined) return failureAt(u, c, notificationMessage(kind));
    const carrier = cloudWatchLogsKindOf(u);
    if (carrier !== undefined) return failureAt(u, c, cloudWatchLogsMessage(carrier));
    if (!isObject(u)) return failureAt(u, c);
    const records = u['Records'];
    const at: t.Context = [...c, { key: 'Records', type: this.records, actual: records }];
    return records === undefined ? [{ value: undefined, context: at }] : explainWith(this.records, records, at);
  }
  encodeValue(a: LogFile<A>): LogFile<O> {
    if (this.encodesAsIs) return a as unknown as LogFile<O>;
    try {
      return { ...a, Records: encodeChild(this.records, a.Records) };
    } catch (e) {
      throw encodeFailure(e, this.records, a.Records, 'Records');
    }
  }
}

/**
 * The codec of a whole log file whose records decode with `record`. It is all
 * or nothing, as io-ts codecs are; {@link decodeLogFile} instead keeps the
 * good records of a file that has bad ones.
 *
 * @example
 * import { ActivityRecord } from 'cloudtrail-codecs';
 * import { logFileOf } from 'cloudtrail-codecs/containers';
 * const ActivityLogFile = logFileOf(ActivityRecord);
 * ActivityLogFile.is({ Records: [] }); // true
 */
export function logFileOf<A, O>(record: t.Type<A, O, unknown>): LogFileC<A, O> {
  return new LogFileType(record);
}

/**
 * Codec of a log file of {@link CloudTrailRecord}s, all or nothing.
 *
 * @example
 * import { LogFile } from 'cloudtrail-codecs/containers';
 * LogFile.decode({ Records: [] })._tag; // 'Right'
 */
export const LogFile: LogFileC<CloudTrailRecord, CloudTrailRecordJson> = logFileOf(CloudTrailRecord);

const RECORDS: CollectionPlace = { key: 'Records', container: LogFile, array: LogFile.records };

/**
 * What {@link decodeLogFile} found in a log file.
 *
 * @example
 * import type { CloudTrailRecord } from 'cloudtrail-codecs';
 * import { decodeLogFileText, type LogFileContents } from 'cloudtrail-codecs/containers';
 * const summary = (contents: LogFileContents<CloudTrailRecord>): string =>
 *   `${contents.records.length} decoded, ${contents.failures.length} failed`;
 * const r = decodeLogFileText('{"Records": [{"eventVersion": "1.08"}]}');
 * if (r.success) summary(r.data); // '0 decoded, 1 failed'
 */
export interface LogFileContents<A> {
  /** Every record that decoded, in file order. */
  readonly records: A[];
  /** One entry per record that did not decode, in file order. */
  readonly failures: RecordFailure[];
}

/**
 * Options of {@link decodeLogFile}, {@link decodeLogFileText} and {@link decodeLogFileOrThrow}.
 *
 * @example
 * import { ActivityRecord } from 'cloudtrail-codecs';
 * import { decodeLogFile, type DecodeLogFileOptions } from 'cloudtrail-codecs/containers';
 * const options: DecodeLogFileOptions<ActivityRecord> = { record: ActivityRecord };
 * declare const json: unknown;
 * const r = decodeLogFile(json, options);
 * if (r.success) r.data.records.map((record) => record.eventName); // records typed ActivityRecord
 */
export interface DecodeLogFileOptions<A> {
  /** The record codec; {@link CloudTrailRecord} by default. */
  readonly record?: t.Decoder<unknown, A>;
}

/**
 * Decodes a parsed S3 log file, `{"Records": [...]}`, record by record: every
 * record that decodes is returned, and every one that does not is reported
 * with its index, ids and errors. One broken record never costs the others.
 * The result fails only when the value is not a log file at all (a digest
 * file, no `Records` array).
 *
 * @example
 * import { decodeLogFile } from 'cloudtrail-codecs/containers';
 * const r = decodeLogFile({ Records: [{ eventVersion: '1.08' }] });
 * if (r.success) {
 *   r.data.records.length; // 0
 *   r.data.failures[0]?.message; // 'Records[0] did not decode\n  Records[0].userIdentity: expected UserIdentity, but it is missing…'
 * }
 */
export function decodeLogFile<A = CloudTrailRecord>(
  value: unknown,
  options: DecodeLogFileOptions<A> = {},
): DecodeResult<LogFileContents<A>> {
  return decodeLogFileValue(value, options, false);
}

/** {@link decodeLogFile}; `owned`: the value was parsed from text here, and its records may become the decoded ones. */
function decodeLogFileValue<A>(value: unknown, options: DecodeLogFileOptions<A>, owned: boolean): DecodeResult<LogFileContents<A>> {
  // Every read below is guarded where it happens, and records are isolated
  // one by one, so no net is needed around the whole.
  const codec = recordCodecOf<A>(options);
  if (typeof codec === 'string') return fail(DecodeError.single(codec, undefined, 'Bad options'));
  const read = readItems(value, 'Records');
  if (read === undefined) {
    const carrier = cloudWatchLogsKindOf(value);
    if (carrier !== undefined) return fail(DecodeError.single(cloudWatchLogsMessage(carrier), undefined, 'Not a CloudTrail log file'));
    return fail(notLogFileError(codec, value));
  }
  const kind = notificationKindOf(value);
  if (kind !== undefined) return fail(DecodeError.single(notificationMessage(kind), undefined, 'Not a CloudTrail log file'));
  const { values, failures } = decodeItems(codec, value, RECORDS, read, owned);
  return succeed({ records: values, failures });
}

/**
 * `'payload'` for a CloudWatch Logs subscription payload (`logEvents` and a
 * `messageType`), `'event'` for the Lambda event that carries one
 * (`awslogs.data`); `undefined` for anything else. Never throws.
 */
function cloudWatchLogsKindOf(value: unknown): 'payload' | 'event' | undefined {
  if (!isObject(value)) return undefined;
  if (readProperty(value, 'messageType', true) !== undefined && isArray(readProperty(value, 'logEvents', true))) return 'payload';
  const awslogs = readProperty(value, 'awslogs', true);
  return isObject(awslogs) && typeof readProperty(awslogs, 'data', true) === 'string' ? 'event' : undefined;
}

function cloudWatchLogsMessage(kind: 'payload' | 'event'): string {
  const [what, decoder] = kind === 'payload' ? ['a CloudWatch Logs subscription payload', 'Payload'] : ['the Lambda event of a CloudWatch Logs subscription', 'Event'];
  return `this is ${what}, not a CloudTrail log file: decode it with decodeCloudWatchLogs${decoder} from cloudtrail-codecs/cloudwatch-logs`;
}

/** Why `value`, which has no Records array, is not a log file, explained through a log-file codec of the caller's record codec so that the message names it. */
function notLogFileError<A>(codec: t.Decoder<unknown, A>, value: unknown): DecodeError {
  let file: t.Decoder<unknown, unknown>;
  try {
    file = (codec as unknown) === CloudTrailRecord ? LogFile : logFileOf(codec as t.Type<A, unknown, unknown>);
  } catch (e) {
    // Building it reads the codec's name again: a getter that throws only now.
    return DecodeError.single(`options.record ${unreadableMessage(e)}`, undefined, 'Bad options');
  }
  return DecodeError.fromErrors(explainWith(file, value, [{ key: '', type: file, actual: value }]), 'Not a CloudTrail log file');
}

/**
 * {@link decodeLogFile} for the text of a log file (after gunzip). Invalid
 * JSON fails with the engine's reason and the line and column. A leading
 * byte order mark is ignored, so `buffer.toString()` of a file saved with
 * one decodes as the bytes would.
 *
 * @example
 * import { decodeLogFileText } from 'cloudtrail-codecs/containers';
 * decodeLogFileText('{"Records": []}').success; // true
 * decodeLogFileText('{"Records": [').success; // false
 */
export function decodeLogFileText<A = CloudTrailRecord>(
  text: string,
  options: DecodeLogFileOptions<A> = {},
): DecodeResult<LogFileContents<A>> {
  if (typeof text !== 'string') return fail(notTextError(text, 'the text of a log file'));
  const parsed = parseJsonText(text);
  return parsed.ok ? decodeLogFileValue(parsed.value, options, true) : fail(invalidJsonError(parsed.reason));
}

/**
 * {@link decodeLogFile} that throws a {@link DecodeError} when the value is
 * not a log file. Bad records are still returned as failures, not thrown.
 *
 * @example
 * import { decodeLogFileOrThrow } from 'cloudtrail-codecs/containers';
 * decodeLogFileOrThrow({ Records: [] }).records; // []
 */
export function decodeLogFileOrThrow<A = CloudTrailRecord>(
  value: unknown,
  options: DecodeLogFileOptions<A> = {},
): LogFileContents<A> {
  return dataOrThrow(decodeLogFile(value, options));
}

/**
 * {@link decodeLogFileText} that throws a {@link DecodeError} when the text
 * is not JSON or not a log file. Bad records are still returned as failures.
 *
 * @example
 * import { decodeLogFileTextOrThrow } from 'cloudtrail-codecs/containers';
 * decodeLogFileTextOrThrow('{"Records": []}').failures; // []
 */
export function decodeLogFileTextOrThrow<A = CloudTrailRecord>(
  text: string,
  options: DecodeLogFileOptions<A> = {},
): LogFileContents<A> {
  return dataOrThrow(decodeLogFileText(text, options));
}
