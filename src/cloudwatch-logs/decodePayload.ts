import type * as t from 'io-ts';
import { INVALID, explainWith, isObject, parseWith, readProperty, unreadableMessage } from '../core/WireType.js';
import { ownValue } from '../core/ownValue.js';
import { recordText } from '../core/text.js';
import { decodeItems, itemFailure, readItems } from '../containers/collection.js';
import { recordCodecOf } from '../containers/jsonText.js';
import { invalidJsonError, notTextError, parseJsonText } from '../containers/jsonSyntax.js';
import { labelOfRecord, type RecordFailure, type RecordLabel } from '../containers/RecordFailure.js';
import { DecodeError } from '../errors/DecodeError.js';
import { dataOrThrow, fail, succeed, type DecodeResult } from '../errors/DecodeResult.js';
import type { CloudTrailRecord } from '../record/CloudTrailRecord.js';
import {
  payloadCodecsOf,
  type CloudWatchLogsControlMessage,
  type CloudWatchLogsDataMessage,
  type CloudWatchLogsLogEvent,
  type PayloadCodecs,
} from './CloudWatchLogsPayload.js';
import { notExpectedMessage } from './inputKind.js';
import { noteMessageTexts } from './messageTexts.js';

/**
 * A log event whose message did not decode: a {@link RecordFailure} (index,
 * the record's ids when its message is JSON, every issue with its path, such
 * as `logEvents[2].message.userIdentity.type`) that also names the log event.
 *
 * @example
 * import { decodeCloudWatchLogsPayloadOrThrow } from 'cloudtrail-codecs/cloudwatch-logs';
 * const r = decodeCloudWatchLogsPayloadOrThrow({
 *   messageType: 'DATA_MESSAGE', owner: '111122223333', logGroup: 'trail', logStream: '111122223333_CloudTrail_us-east-1',
 *   subscriptionFilters: ['all'], logEvents: [{ id: '3719', timestamp: 1700000123000, message: 'not json' }],
 * });
 * r.failures[0]?.logEventId; // '3719'
 * r.failures[0]?.message.split('\n')[0]; // 'logEvents[0] (id 3719) did not decode'
 */
export interface CloudWatchLogsFailure extends RecordFailure {
  /** The `id` of the log event, when it is a string. */
  readonly logEventId?: string;
}

/**
 * What a decoder found in a `DATA_MESSAGE` payload.
 *
 * @example
 * import type { CloudWatchLogsDataContents } from 'cloudtrail-codecs/cloudwatch-logs';
 * const summary = (c: CloudWatchLogsDataContents): string =>
 *   `${c.payload.logGroup}: ${c.records.length} records, ${c.failures.length} failed`;
 */
export interface CloudWatchLogsDataContents<A = CloudTrailRecord> {
  readonly control: false;
  /**
   * The payload with its own fields typed and kept (unknown ones too), and
   * with the log events whose message decoded, in order:
   * `payload.logEvents[i].message === records[i]`.
   */
  readonly payload: CloudWatchLogsDataMessage<A>;
  /** Every record that decoded, in payload order. */
  readonly records: A[];
  /** One entry per log event that did not decode, in payload order. */
  readonly failures: CloudWatchLogsFailure[];
}

/**
 * What a decoder found in a `CONTROL_MESSAGE` payload: no records, no
 * failures; the payload is kept for those who log it.
 *
 * @example
 * import { decodeCloudWatchLogsPayload, type CloudWatchLogsControlContents } from 'cloudtrail-codecs/cloudwatch-logs';
 * const r = decodeCloudWatchLogsPayload({ messageType: 'CONTROL_MESSAGE' });
 * if (r.success && r.data.control) {
 *   const skipped: CloudWatchLogsControlContents = r.data;
 *   skipped.records.length; // 0
 * }
 */
export interface CloudWatchLogsControlContents<A = CloudTrailRecord> {
  readonly control: true;
  readonly payload: CloudWatchLogsControlMessage;
  /** Always empty: a control message carries no records. */
  readonly records: A[];
  /** Always empty. */
  readonly failures: CloudWatchLogsFailure[];
}

/**
 * What a decoder found in one CloudWatch Logs payload: its records and
 * failures, or, for a control message, that there is nothing to do
 * (`control: true`).
 *
 * @example
 * import type { CloudWatchLogsContents } from 'cloudtrail-codecs/cloudwatch-logs';
 * const handle = (c: CloudWatchLogsContents): void => {
 *   if (c.control) return; // a health check of the subscription
 *   for (const record of c.records) console.log(record.eventType, c.payload.logStream);
 *   for (const failure of c.failures) console.error(failure.message);
 * };
 */
export type CloudWatchLogsContents<A = CloudTrailRecord> = CloudWatchLogsDataContents<A> | CloudWatchLogsControlContents<A>;

/**
 * Options of the CloudWatch Logs decoders. `maxBytes` and `inflate` apply
 * to those that inflate (events, Firehose and Kinesis data); the payload
 * decoders read only `record`.
 *
 * @example
 * import { ActivityRecord } from 'cloudtrail-codecs';
 * import { decodeCloudWatchLogsEvent, type DecodeCloudWatchLogsOptions } from 'cloudtrail-codecs/cloudwatch-logs';
 * const options: DecodeCloudWatchLogsOptions<ActivityRecord> = { record: ActivityRecord, maxBytes: 64 * 1024 * 1024 };
 * declare const event: unknown;
 * const r = decodeCloudWatchLogsEvent(event, options);
 * if (r.success) r.data.records.map((record) => record.eventName); // records typed ActivityRecord
 */
export interface DecodeCloudWatchLogsOptions<A> {
  /** The record codec of the messages; `CloudTrailRecord` by default. A service's event codec fits too. */
  readonly record?: t.Decoder<unknown, A>;
  /** The most bytes one input may inflate to (all gzip members together); 1 GiB by default. */
  readonly maxBytes?: number;
  /**
   * A synchronous gzip inflater to use instead of the built-in exact
   * `gunzip`, such as Node's `zlib.gunzipSync` (faster). It must inflate
   * every member of a multi-member input, as `gunzipSync` does. For one
   * that returns a promise (`decompressionStreamInflate`), use the `…Async`
   * functions.
   */
  readonly inflate?: (gzip: Uint8Array) => Uint8Array;
}

/** The summary of the errors of a value that is no payload. */
export const NOT_PAYLOAD = 'Not a CloudWatch Logs payload';

/** The record codec of `options`, or the error that says why the options are unusable. */
export function payloadCodecsFromOptions<A>(options: unknown): PayloadCodecs<A> | DecodeError {
  const codec = recordCodecOf<A>(options);
  if (typeof codec === 'string') return DecodeError.single(codec, undefined, 'Bad options');
  try {
    return payloadCodecsOf(codec);
  } catch (e) {
    // Building reads the codec's name again: a getter that throws only now.
    return DecodeError.single(`options.record ${unreadableMessage(e)}`, undefined, 'Bad options');
  }
}

/**
 * The payload decoder itself: `value` is parsed JSON. A control message is
 * recognised by its `messageType` alone; anything else must have the fields
 * of a data message, and its log events are decoded one by one through the
 * collection loop, so that a bad one fails alone.
 */
export function decodePayloadWith<A>(codecs: PayloadCodecs<A>, value: unknown, text?: string): DecodeResult<CloudWatchLogsContents<A>> {
  if (!isObject(value)) return fail(notPayloadError(codecs, value));
  if (readProperty(value, 'messageType', true) === 'CONTROL_MESSAGE') {
    const control = parseWith(codecs.control, value);
    if (control === INVALID) return fail(explained(codecs.control, value));
    return succeed({ control: true, payload: control, records: [], failures: [] });
  }
  const read = readItems(value, 'logEvents');
  const header = read === undefined ? INVALID : parseWith(codecs.header, value);
  if (read === undefined || header === INVALID) return fail(notPayloadError(codecs, value));
  const { values, failures } = decodeItems(codecs.event, value, codecs.place, read);
  noteMessageTexts(values, values.slice(), failures.length === 0 ? undefined : decodedIndexes(read.length, failures), text ?? read.items);
  let payload: CloudWatchLogsDataMessage<A>;
  try {
    // The header is the input itself when no field of it changed: the copy
    // keeps unknown fields and key order, with the decoded log events.
    payload = { ...header, logEvents: values };
  } catch (e) {
    // A Proxy whose traps answered the fields, then threw on listing its keys.
    return fail(DecodeError.single(`the payload ${unreadableMessage(e)}`, undefined, NOT_PAYLOAD));
  }
  const records = new Array<A>(values.length);
  for (let i = 0; i < values.length; i++) records[i] = (values[i] as CloudWatchLogsLogEvent<A>).message;
  for (let i = 0; i < failures.length; i++) failures[i] = logEventFailure(failures[i] as RecordFailure);
  return succeed({ control: false, payload, records, failures });
}

/** The positions, among `length` log events, of those that decoded: every one without a failure, in order. */
function decodedIndexes(length: number, failures: readonly RecordFailure[]): number[] {
  const out: number[] = [];
  let f = 0;
  for (let i = 0; i < length; i++) {
    if (f < failures.length && (failures[f] as RecordFailure).index === i) f++;
    else out.push(i);
  }
  return out;
}

/** Why `value` is not a payload: what it is instead when its shape says so, else the data message's explanation. */
function notPayloadError<A>(codecs: PayloadCodecs<A>, value: unknown): DecodeError {
  const instead = notExpectedMessage(value, 'payload');
  return instead === undefined ? explained(codecs.data, value) : DecodeError.single(instead, undefined, NOT_PAYLOAD);
}

function explained(codec: t.Decoder<unknown, unknown>, value: unknown): DecodeError {
  return DecodeError.fromErrors(explainWith(codec, value, [{ key: '', type: codec, actual: value }]), NOT_PAYLOAD);
}

/**
 * The failure of a log event, named by its index and id, with the ids of
 * the record its message holds when that is JSON. The collection loop
 * labels items by their own ids, and a log event has none of a record's.
 */
function logEventFailure(f: RecordFailure): CloudWatchLogsFailure {
  const id = ownValue(f.value, 'id');
  const message = ownValue(f.value, 'message');
  let label: RecordLabel = {};
  if (typeof message === 'string') {
    // Parsed again on the failure path only.
    const parsed = parseJsonText(message);
    if (parsed.ok) label = labelOfRecord(parsed.value);
  }
  const path = `logEvents[${f.index}]${typeof id === 'string' ? ` (id ${recordText(id)})` : ''}`;
  const failure = itemFailure(f.index, f.value, f.issues, path, label);
  return typeof id === 'string' ? { ...failure, logEventId: id } : failure;
}

/**
 * Decodes an inflated CloudWatch Logs subscription payload (parsed JSON),
 * log event by log event: every message that decodes as a record is
 * returned, and every one that does not is reported with its index, its log
 * event id and its issues. One broken message never costs the others.
 * A `CONTROL_MESSAGE` payload gives `control: true` and no records. The
 * result fails only when the value is not a payload at all; when it is
 * another document (a log file, the Lambda event still compressed, a
 * LookupEvents page), the error says which.
 *
 * @example
 * import { decodeCloudWatchLogsPayload } from 'cloudtrail-codecs/cloudwatch-logs';
 * const r = decodeCloudWatchLogsPayload({
 *   messageType: 'DATA_MESSAGE', owner: '111122223333', logGroup: 'trail', logStream: '111122223333_CloudTrail_us-east-1',
 *   subscriptionFilters: ['all'], logEvents: [{ id: '1', timestamp: 1700000123000, message: '{"eventVersion":"1.09"}' }],
 * });
 * if (r.success && !r.data.control) {
 *   r.data.records.length; // 0
 *   r.data.failures[0]?.issues[0]?.path; // 'logEvents[0].message.userIdentity'
 * }
 * decodeCloudWatchLogsPayload({ Records: [] }).success; // false: a log file
 */
export function decodeCloudWatchLogsPayload<A = CloudTrailRecord>(
  value: unknown,
  options: DecodeCloudWatchLogsOptions<A> = {},
): DecodeResult<CloudWatchLogsContents<A>> {
  const codecs = payloadCodecsFromOptions<A>(options);
  return codecs instanceof DecodeError ? fail(codecs) : decodePayloadWith(codecs, value);
}

/**
 * {@link decodeCloudWatchLogsPayload} for the text of an inflated payload.
 * Invalid JSON fails with the reason and the line and column; a leading
 * byte order mark is ignored.
 *
 * @example
 * import { decodeCloudWatchLogsPayloadText } from 'cloudtrail-codecs/cloudwatch-logs';
 * const r = decodeCloudWatchLogsPayloadText('{"messageType":"CONTROL_MESSAGE"}');
 * r.success && r.data.control; // true
 * decodeCloudWatchLogsPayloadText('{"messageType":').success; // false
 */
export function decodeCloudWatchLogsPayloadText<A = CloudTrailRecord>(
  text: string,
  options: DecodeCloudWatchLogsOptions<A> = {},
): DecodeResult<CloudWatchLogsContents<A>> {
  if (typeof text !== 'string') return fail(notTextError(text, 'the text of a CloudWatch Logs payload'));
  const codecs = payloadCodecsFromOptions<A>(options);
  if (codecs instanceof DecodeError) return fail(codecs);
  const parsed = parseJsonText(text);
  return parsed.ok ? decodePayloadWith(codecs, parsed.value, text) : fail(invalidJsonError(parsed.reason));
}

/**
 * {@link decodeCloudWatchLogsPayload} that throws a {@link DecodeError} when
 * the value is not a payload. Bad messages are still returned as failures.
 *
 * @example
 * import { decodeCloudWatchLogsPayloadOrThrow } from 'cloudtrail-codecs/cloudwatch-logs';
 * decodeCloudWatchLogsPayloadOrThrow({ messageType: 'CONTROL_MESSAGE' }).control; // true
 */
export function decodeCloudWatchLogsPayloadOrThrow<A = CloudTrailRecord>(
  value: unknown,
  options: DecodeCloudWatchLogsOptions<A> = {},
): CloudWatchLogsContents<A> {
  return dataOrThrow(decodeCloudWatchLogsPayload(value, options));
}

/**
 * {@link decodeCloudWatchLogsPayloadText} that throws a {@link DecodeError}
 * when the text is not JSON or not a payload.
 *
 * @example
 * import { decodeCloudWatchLogsPayloadTextOrThrow } from 'cloudtrail-codecs/cloudwatch-logs';
 * decodeCloudWatchLogsPayloadTextOrThrow('{"messageType":"CONTROL_MESSAGE"}').records; // []
 */
export function decodeCloudWatchLogsPayloadTextOrThrow<A = CloudTrailRecord>(
  text: string,
  options: DecodeCloudWatchLogsOptions<A> = {},
): CloudWatchLogsContents<A> {
  return dataOrThrow(decodeCloudWatchLogsPayloadText(text, options));
}
