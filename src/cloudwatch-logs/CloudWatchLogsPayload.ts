import type * as t from 'io-ts';
import { arrayOf } from '../core/array.js';
import { DateFromEpochMillis } from '../core/DateFromEpochMillis.js';
import { openEnum, type OpenEnum } from '../core/openEnum.js';
import { openTag } from '../core/openTag.js';
import { StringValue, literal } from '../core/scalars.js';
import { struct, type StructCodec } from '../core/struct.js';
import { taggedUnion, type TaggedUnionC } from '../core/taggedUnion.js';
import type { Unrecognized } from '../core/Unrecognized.js';
import type { CollectionPlace } from '../containers/collection.js';
import { CloudTrailRecord } from '../record/CloudTrailRecord.js';
import { LogEventType, LogEventsType } from './logEvent.js';

/**
 * One log event of a CloudWatch Logs subscription payload: its id, the time
 * CloudWatch Logs received it, and its message, which for CloudTrail is one
 * record as JSON text (decoded here; encode gives back the exact text).
 *
 * @typeParam M - the decoded message: a record, or text in a control message
 *
 * @example
 * import type { CloudWatchLogsLogEvent } from 'cloudtrail-codecs/cloudwatch-logs';
 * import type { CloudTrailRecord } from 'cloudtrail-codecs';
 * const line = (e: CloudWatchLogsLogEvent<CloudTrailRecord>): string =>
 *   `${e.id} received ${e.timestamp.toISOString()}: ${e.message.eventVersion}`;
 */
export interface CloudWatchLogsLogEvent<M = CloudTrailRecord> {
  /** The log event id, a long run of digits (`""` in control messages). */
  id: string;
  /** When CloudWatch Logs received the event; epoch milliseconds on the wire. */
  timestamp: Date;
  message: M;
}

/**
 * The wire form of {@link CloudWatchLogsLogEvent}.
 *
 * @example
 * import type { CloudWatchLogsLogEventJson } from 'cloudtrail-codecs/cloudwatch-logs';
 * const wire: CloudWatchLogsLogEventJson = {
 *   id: '37194215851151937406153588393428185014372094537917235200',
 *   timestamp: 1700000123000,
 *   message: '{"eventVersion":"1.09","eventSource":"s3.amazonaws.com"}',
 * };
 */
export interface CloudWatchLogsLogEventJson {
  id: string;
  timestamp: number;
  message: string;
}

/**
 * The `policyLevel` of a payload: `ACCOUNT_LEVEL_POLICY` when an
 * account-level subscription filter sent it (the field is absent otherwise
 * in most payloads). Open: other values decode too.
 *
 * @example
 * import type { CloudWatchLogsPolicyLevel } from 'cloudtrail-codecs/cloudwatch-logs';
 * const fromAccountPolicy = (level: CloudWatchLogsPolicyLevel | undefined): boolean => level === 'ACCOUNT_LEVEL_POLICY';
 * fromAccountPolicy('ACCOUNT_LEVEL_POLICY'); // true
 */
export type CloudWatchLogsPolicyLevel = OpenEnum<'ACCOUNT_LEVEL_POLICY' | 'LOG_GROUP_LEVEL_POLICY'>;

/**
 * A `DATA_MESSAGE` payload: log events of one log stream, sent by the
 * subscription filters it names. Properties not listed here are kept, on
 * decode and on encode.
 *
 * @typeParam A - the decoded record of each message
 *
 * @example
 * import type { CloudWatchLogsDataMessage } from 'cloudtrail-codecs/cloudwatch-logs';
 * const where = (p: CloudWatchLogsDataMessage): string => `${p.owner} ${p.logGroup}/${p.logStream}`;
 */
export interface CloudWatchLogsDataMessage<A = CloudTrailRecord> {
  /** `DATA_MESSAGE`; a value AWS may add later is kept as it is and typed apart. */
  messageType: 'DATA_MESSAGE' | Unrecognized<'CloudWatchLogsMessageType'>;
  /** The account that owns the log group. */
  owner: string;
  logGroup: string;
  /** For CloudTrail, `<accountId>_CloudTrail_<region>`, with a `_<n>` suffix when there are several. */
  logStream: string;
  /** The names of the subscription filters that matched. */
  subscriptionFilters: string[];
  policyLevel?: CloudWatchLogsPolicyLevel;
  logEvents: Array<CloudWatchLogsLogEvent<A>>;
}

/**
 * The wire form of {@link CloudWatchLogsDataMessage}.
 *
 * @example
 * import { CloudWatchLogsPayload, type CloudWatchLogsDataMessageJson } from 'cloudtrail-codecs/cloudwatch-logs';
 * const wire: CloudWatchLogsDataMessageJson = {
 *   messageType: 'DATA_MESSAGE',
 *   owner: '111122223333',
 *   logGroup: 'aws-cloudtrail-logs-111122223333-1a2b3c4d',
 *   logStream: '111122223333_CloudTrail_us-east-1',
 *   subscriptionFilters: ['cloudtrail-to-lambda'],
 *   logEvents: [],
 * };
 * CloudWatchLogsPayload.decode(wire)._tag; // 'Right'
 */
export interface CloudWatchLogsDataMessageJson {
  messageType: string;
  owner: string;
  logGroup: string;
  logStream: string;
  subscriptionFilters: string[];
  policyLevel?: string;
  logEvents: CloudWatchLogsLogEventJson[];
}

/**
 * A `CONTROL_MESSAGE` payload: CloudWatch Logs checking that the
 * destination is reachable. It holds no records; its one log event's message
 * is text such as `CWL CONTROL MESSAGE: Checking health of destination
 * Firehose.`. Only `messageType` is required, so that no control message is
 * ever mistaken for a broken data message.
 *
 * @example
 * import { decodeCloudWatchLogsPayloadOrThrow, type CloudWatchLogsControlMessage } from 'cloudtrail-codecs/cloudwatch-logs';
 * const r = decodeCloudWatchLogsPayloadOrThrow({
 *   messageType: 'CONTROL_MESSAGE', owner: 'CloudwatchLogs', logGroup: '', logStream: '', subscriptionFilters: [],
 *   logEvents: [{ id: '', timestamp: 1600110003794, message: 'CWL CONTROL MESSAGE: Checking health of destination Firehose.' }],
 * });
 * r.control; // true
 * if (r.control) {
 *   const control: CloudWatchLogsControlMessage = r.payload;
 *   control.logEvents?.[0]?.message; // 'CWL CONTROL MESSAGE: Checking health of destination Firehose.'
 * }
 */
export interface CloudWatchLogsControlMessage {
  messageType: 'CONTROL_MESSAGE';
  owner?: string;
  logGroup?: string;
  logStream?: string;
  subscriptionFilters?: string[];
  policyLevel?: CloudWatchLogsPolicyLevel;
  logEvents?: Array<Partial<CloudWatchLogsLogEvent<string>>>;
}

/**
 * The wire form of {@link CloudWatchLogsControlMessage}.
 *
 * @example
 * import type { CloudWatchLogsControlMessageJson } from 'cloudtrail-codecs/cloudwatch-logs';
 * const wire: CloudWatchLogsControlMessageJson = { messageType: 'CONTROL_MESSAGE', logEvents: [{ id: '', timestamp: 1, message: 'CWL CONTROL MESSAGE' }] };
 */
export interface CloudWatchLogsControlMessageJson {
  messageType: 'CONTROL_MESSAGE';
  owner?: string;
  logGroup?: string;
  logStream?: string;
  subscriptionFilters?: string[];
  policyLevel?: string;
  logEvents?: Array<Partial<CloudWatchLogsLogEventJson>>;
}

/**
 * What a CloudWatch Logs subscription delivers, after base64 and gunzip: a
 * data message of records, or a control message. Narrow on `messageType`:
 * `p.messageType === 'CONTROL_MESSAGE'` leaves {@link CloudWatchLogsDataMessage} in the else branch.
 *
 * @example
 * import type { CloudWatchLogsPayload } from 'cloudtrail-codecs/cloudwatch-logs';
 * const recordCount = (p: CloudWatchLogsPayload): number => (p.messageType === 'CONTROL_MESSAGE' ? 0 : p.logEvents.length);
 */
export type CloudWatchLogsPayload<A = CloudTrailRecord> = CloudWatchLogsDataMessage<A> | CloudWatchLogsControlMessage;

/**
 * The wire form of {@link CloudWatchLogsPayload}, as `JSON.parse` gives it.
 *
 * @example
 * import { CloudWatchLogsPayload, type CloudWatchLogsPayloadJson } from 'cloudtrail-codecs/cloudwatch-logs';
 * const control: CloudWatchLogsPayloadJson = { messageType: 'CONTROL_MESSAGE' };
 * CloudWatchLogsPayload.decode(control)._tag; // 'Right'
 */
export type CloudWatchLogsPayloadJson = CloudWatchLogsDataMessageJson | CloudWatchLogsControlMessageJson;

/**
 * The codec of {@link CloudWatchLogsPayload}s whose messages decode as `A`.
 *
 * @example
 * import { ActivityRecord } from 'cloudtrail-codecs';
 * import { cloudWatchLogsPayloadOf, type CloudWatchLogsPayloadC } from 'cloudtrail-codecs/cloudwatch-logs';
 * const ActivityPayload: CloudWatchLogsPayloadC<ActivityRecord> = cloudWatchLogsPayloadOf(ActivityRecord);
 * ActivityPayload.tags; // ['DATA_MESSAGE', 'CONTROL_MESSAGE']
 */
export interface CloudWatchLogsPayloadC<A> extends TaggedUnionC<CloudWatchLogsPayload<A>, CloudWatchLogsPayloadJson> {}

/** The codecs of one record codec's payloads, built once per record codec. */
export interface PayloadCodecs<A> {
  readonly payload: CloudWatchLogsPayloadC<A>;
  /** A data message, all or nothing: for explaining one that is not. */
  readonly data: StructCodec<CloudWatchLogsDataMessage<A>, CloudWatchLogsDataMessageJson>;
  /** A data message without its `logEvents`, which are decoded one by one. */
  readonly header: StructCodec<Omit<CloudWatchLogsDataMessage<A>, 'logEvents'>, Omit<CloudWatchLogsDataMessageJson, 'logEvents'>>;
  /** One log event. */
  readonly event: LogEventType<A>;
  readonly control: StructCodec<CloudWatchLogsControlMessage, CloudWatchLogsControlMessageJson>;
  readonly place: CollectionPlace;
}

const MessageType = openTag<'DATA_MESSAGE', 'CloudWatchLogsMessageType'>('CloudWatchLogsMessageType', ['DATA_MESSAGE']);
const PolicyLevel = openEnum('CloudWatchLogsPolicyLevel', ['ACCOUNT_LEVEL_POLICY', 'LOG_GROUP_LEVEL_POLICY']);
const Strings = arrayOf(StringValue);
const headerFields = { messageType: MessageType, owner: StringValue, logGroup: StringValue, logStream: StringValue, subscriptionFilters: Strings };
const optionalFields = { policyLevel: PolicyLevel };

const control = struct(
  'CloudWatchLogsControlMessage',
  { messageType: literal('CONTROL_MESSAGE') },
  {
    owner: StringValue,
    logGroup: StringValue,
    logStream: StringValue,
    subscriptionFilters: Strings,
    policyLevel: PolicyLevel,
    logEvents: arrayOf(struct('CloudWatchLogsControlEvent', {}, { id: StringValue, timestamp: DateFromEpochMillis, message: StringValue })),
  },
) as unknown as StructCodec<CloudWatchLogsControlMessage, CloudWatchLogsControlMessageJson>;

function buildCodecs<A>(record: t.Type<A, unknown, unknown>): PayloadCodecs<A> {
  const suffix = `<${record.name}>`;
  const event = new LogEventType(`CloudWatchLogsLogEvent${suffix}`, record);
  const logEvents = new LogEventsType(event);
  const data = struct(`CloudWatchLogsDataMessage${suffix}`, { ...headerFields, logEvents }, optionalFields);
  const header = struct(`CloudWatchLogsDataMessage${suffix}`, headerFields, optionalFields);
  const payload = taggedUnion(`CloudWatchLogsPayload${suffix}`, 'messageType', { DATA_MESSAGE: data, CONTROL_MESSAGE: control }, { unrecognized: data });
  return {
    payload: payload as unknown as CloudWatchLogsPayloadC<A>,
    data: data as unknown as PayloadCodecs<A>['data'],
    header: header as unknown as PayloadCodecs<A>['header'],
    event,
    control,
    place: { key: 'logEvents', container: data, array: logEvents },
  };
}

const byRecord = new WeakMap<object, PayloadCodecs<unknown>>();

/**
 * The payload codecs of `record`, built on first use and kept while the
 * record codec lives: the lenient decoders take a codec per call, and
 * building compiles parsers.
 */
export function payloadCodecsOf<A>(record: t.Decoder<unknown, A>): PayloadCodecs<A> {
  let codecs = byRecord.get(record) as PayloadCodecs<A> | undefined;
  if (codecs === undefined) {
    // A decoder without encode still decodes; encoding a changed record through it fails with an EncodeError.
    codecs = buildCodecs(record as t.Type<A, unknown, unknown>);
    byRecord.set(record, codecs as PayloadCodecs<unknown>);
  }
  return codecs;
}

/**
 * The codec of CloudWatch Logs subscription payloads whose messages decode
 * with `record`: a data message or a control message, chosen by
 * `messageType` (a value other than the two decodes as a data message). It
 * is all or nothing, as io-ts codecs are; {@link decodeCloudWatchLogsPayload}
 * instead keeps the good records of a payload that has bad ones.
 *
 * Encoding is lossless: `encode(decode(x))` deep-equals `x`, with every
 * message the exact text it was (spacing, key order, escapes), unless its
 * record was changed since, and every timestamp the number it was. The
 * texts are kept with the decoded `logEvents` array, which may be
 * reordered, spliced or grown; the events of a new array (made with
 * `filter` or `map`) get their messages written anew, as the same JSON.
 *
 * @example
 * import { ActivityRecord } from 'cloudtrail-codecs';
 * import { cloudWatchLogsPayloadOf } from 'cloudtrail-codecs/cloudwatch-logs';
 * const ActivityPayload = cloudWatchLogsPayloadOf(ActivityRecord);
 * ActivityPayload.decode({ messageType: 'DATA_MESSAGE' })._tag; // 'Left'
 */
export function cloudWatchLogsPayloadOf<A>(record: t.Type<A, unknown, unknown>): CloudWatchLogsPayloadC<A> {
  return payloadCodecsOf(record).payload;
}

/**
 * Codec of CloudWatch Logs subscription payloads of {@link CloudTrailRecord}s,
 * all or nothing, with a lossless encode (see {@link cloudWatchLogsPayloadOf}).
 *
 * @example
 * import { CloudWatchLogsPayload } from 'cloudtrail-codecs/cloudwatch-logs';
 * const wire = {
 *   messageType: 'DATA_MESSAGE', owner: '111122223333', logGroup: 'trail-logs', logStream: '111122223333_CloudTrail_us-east-1',
 *   subscriptionFilters: ['all'], logEvents: [],
 * };
 * const r = CloudWatchLogsPayload.decode(wire);
 * if (r._tag === 'Right') CloudWatchLogsPayload.encode(r.right); // { messageType: 'DATA_MESSAGE', owner: '111122223333', logGroup: 'trail-logs', logStream: '111122223333_CloudTrail_us-east-1', subscriptionFilters: ['all'], logEvents: [] }
 */
export const CloudWatchLogsPayload: CloudWatchLogsPayloadC<CloudTrailRecord> = cloudWatchLogsPayloadOf(CloudTrailRecord);
