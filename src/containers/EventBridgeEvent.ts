import type * as t from 'io-ts';
import { arrayOf } from '../core/array.js';
import { DateFromIsoTimestamp } from '../core/DateFromIsoTimestamp.js';
import { StringValue } from '../core/scalars.js';
import { struct } from '../core/struct.js';
import { branchesFor, taggedUnion, type TaggedUnionC } from '../core/taggedUnion.js';
import type { DecodeError } from '../errors/DecodeError.js';
import { dataOrThrow, decodeWith, type DecodeResult } from '../errors/DecodeResult.js';
import { CloudTrailRecord, type CloudTrailRecordJson } from '../record/CloudTrailRecord.js';

/**
 * The `detail-type` values of EventBridge events that carry a CloudTrail
 * record. Console sign-ins appear as `Sign In` on the wire and as `Signin` in
 * part of AWS's documentation; both are accepted.
 *
 * @example
 * import { cloudTrailDetailTypes } from 'cloudtrail-codecs/containers';
 * // An EventBridge rule pattern for every event that carries a CloudTrail record.
 * const pattern = { 'detail-type': [...cloudTrailDetailTypes] };
 */
export const cloudTrailDetailTypes = [
  'AWS API Call via CloudTrail',
  'AWS Service Event via CloudTrail',
  'AWS Console Sign In via CloudTrail',
  'AWS Console Signin via CloudTrail',
  'AWS Console Action via CloudTrail',
  'AWS Insight via CloudTrail',
  'AWS Network Activity Event via CloudTrail',
] as const;

/**
 * One of {@link cloudTrailDetailTypes}.
 *
 * @example
 * import type { CloudTrailDetailType } from 'cloudtrail-codecs/containers';
 * const signIns: readonly CloudTrailDetailType[] = ['AWS Console Sign In via CloudTrail', 'AWS Console Signin via CloudTrail'];
 */
export type CloudTrailDetailType = (typeof cloudTrailDetailTypes)[number];

/**
 * An EventBridge event whose `detail` is a CloudTrail record of type `D`.
 *
 * @example
 * import type { CloudTrailRecord } from 'cloudtrail-codecs';
 * import { decodeEventBridgeEvent, type EventBridgeEvent } from 'cloudtrail-codecs/containers';
 * const where = (e: EventBridgeEvent<CloudTrailRecord>): string => `${e.account} ${e.region} ${e.source}`;
 * export const handler = async (event: unknown): Promise<void> => {
 *   const r = decodeEventBridgeEvent(event);
 *   if (!r.success) throw r.error;
 *   console.log(where(r.data), r.data.time.toISOString());
 * };
 */
export interface EventBridgeEvent<D> {
  version: string;
  id: string;
  'detail-type': CloudTrailDetailType;
  /** `aws.` and the service prefix of the record's event source, as `aws.s3`. */
  source: string;
  account: string;
  time: Date;
  region: string;
  resources: string[];
  detail: D;
  'replay-name'?: string;
}

/**
 * The wire form of {@link EventBridgeEvent}.
 *
 * @example
 * import type { CloudTrailRecordJson } from 'cloudtrail-codecs';
 * import { EventBridgeCloudTrailEvent, type EventBridgeEventJson } from 'cloudtrail-codecs/containers';
 * declare const detail: CloudTrailRecordJson;
 * const wire: EventBridgeEventJson<CloudTrailRecordJson> = {
 *   version: '0',
 *   id: '6f1b0c55-0000-4000-8000-000000000006',
 *   'detail-type': 'AWS API Call via CloudTrail',
 *   source: 'aws.s3',
 *   account: '111122223333',
 *   time: '2026-01-01T00:00:00Z',
 *   region: 'us-east-1',
 *   resources: [],
 *   detail,
 * };
 * const r = EventBridgeCloudTrailEvent.decode(wire);
 */
export interface EventBridgeEventJson<O> extends Omit<EventBridgeEvent<O>, 'time'> {
  time: string;
}

/**
 * The codec returned by {@link eventBridgeEventOf}.
 *
 * @example
 * import { InsightRecord, type InsightRecordJson } from 'cloudtrail-codecs';
 * import { eventBridgeEventOf, type EventBridgeEventC } from 'cloudtrail-codecs/containers';
 * const InsightEvent: EventBridgeEventC<InsightRecord, InsightRecordJson> = eventBridgeEventOf(InsightRecord);
 * InsightEvent.tags.length; // 7: one per CloudTrail detail-type
 */
export interface EventBridgeEventC<D, O> extends TaggedUnionC<EventBridgeEvent<D>, EventBridgeEventJson<O>> {}

/**
 * The codec of EventBridge events whose `detail` decodes with `detail`. The
 * `detail-type` must be one of {@link cloudTrailDetailTypes}; any other event
 * fails with an error that lists them.
 *
 * @example
 * import { ActivityRecord } from 'cloudtrail-codecs';
 * import { eventBridgeEventOf } from 'cloudtrail-codecs/containers';
 * const ApiCallEvent = eventBridgeEventOf(ActivityRecord);
 */
export function eventBridgeEventOf<D, O>(detail: t.Type<D, O, unknown>): EventBridgeEventC<D, O> {
  const envelope = struct(
    `EventBridgeEvent<${detail.name}>`,
    {
      version: StringValue,
      id: StringValue,
      'detail-type': StringValue,
      source: StringValue,
      account: StringValue,
      time: DateFromIsoTimestamp,
      region: StringValue,
      resources: arrayOf(StringValue),
      detail,
    },
    { 'replay-name': StringValue },
  );
  return taggedUnion(envelope.name, 'detail-type', branchesFor(cloudTrailDetailTypes, envelope));
}

/**
 * Codec of EventBridge events that carry any {@link CloudTrailRecord}.
 *
 * @example
 * import { EventBridgeCloudTrailEvent } from 'cloudtrail-codecs/containers';
 * EventBridgeCloudTrailEvent.decode({ 'detail-type': 'EC2 Instance State-change Notification' })._tag; // 'Left'
 */
export const EventBridgeCloudTrailEvent: EventBridgeEventC<CloudTrailRecord, CloudTrailRecordJson> =
  eventBridgeEventOf(CloudTrailRecord);

/**
 * Decodes an EventBridge event that carries a CloudTrail record, as a Lambda
 * function subscribed to an EventBridge rule receives it.
 *
 * @example
 * import { decodeEventBridgeEvent } from 'cloudtrail-codecs/containers';
 * const r = decodeEventBridgeEvent({ 'detail-type': 'AWS API Call via CloudTrail' });
 * if (!r.success) r.error.issues.map((i) => i.path); // ['version', 'id', …, 'detail']
 */
export function decodeEventBridgeEvent(value: unknown): DecodeResult<EventBridgeEvent<CloudTrailRecord>> {
  // The library's own codec: nothing to check before decoding.
  return decodeWith(EventBridgeCloudTrailEvent, value);
}

/**
 * {@link decodeEventBridgeEvent} that throws a {@link DecodeError} when the
 * event does not decode.
 *
 * @example
 * import { decodeEventBridgeEventOrThrow } from 'cloudtrail-codecs/containers';
 * // In a Lambda function behind an EventBridge rule for CloudTrail events:
 * export const handler = async (event: unknown): Promise<string> => decodeEventBridgeEventOrThrow(event).detail.eventVersion;
 */
export function decodeEventBridgeEventOrThrow(value: unknown): EventBridgeEvent<CloudTrailRecord> {
  return dataOrThrow(decodeEventBridgeEvent(value));
}
