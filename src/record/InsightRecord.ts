import type * as t from 'io-ts';
import { DateFromIsoTimestamp } from '../core/DateFromIsoTimestamp.js';
import { nullable } from '../core/nullable.js';
import { StringValue, literal } from '../core/scalars.js';
import { struct, type StructCodec } from '../core/struct.js';
import { InsightDetails } from './InsightDetails.js';
import { Addendum, EventCategory } from './nested.js';

const codec = struct(
  'InsightRecord',
  {
    eventVersion: StringValue,
    eventTime: DateFromIsoTimestamp,
    awsRegion: StringValue,
    eventID: StringValue,
    eventType: literal('AwsCloudTrailInsight'),
    insightDetails: InsightDetails,
  },
  { recipientAccountId: StringValue, sharedEventID: StringValue, eventCategory: EventCategory, addendum: nullable(Addendum) },
);
/**
 * A CloudTrail Insights record (`eventType` `AwsCloudTrailInsight`). It has no
 * caller: no `userIdentity`, `eventSource` or `eventName` at the top. A Start
 * and an End record share `sharedEventID`.
 */
export interface InsightRecord extends t.TypeOf<typeof codec> {}
/**
 * The wire form of {@link InsightRecord}.
 *
 * @example
 * import { InsightRecord, type InsightRecordJson } from 'cloudtrail-codecs';
 * const wire: InsightRecordJson = {
 *   eventVersion: '1.08',
 *   eventTime: '2026-01-01T10:05:00Z',
 *   awsRegion: 'us-east-1',
 *   eventID: '1e2a5a3a-0000-4000-8000-000000000001',
 *   eventType: 'AwsCloudTrailInsight',
 *   sharedEventID: 'c3e4b1f2-0000-4000-8000-000000000002',
 *   insightDetails: {
 *     state: 'Start',
 *     eventSource: 'ec2.amazonaws.com',
 *     eventName: 'RunInstances',
 *     insightType: 'ApiCallRateInsight',
 *     insightContext: { statistics: { baseline: { average: 0.01 }, insight: { average: 5 } } },
 *   },
 * };
 * InsightRecord.decode(wire)._tag; // 'Right'
 */
export interface InsightRecordJson extends t.OutputOf<typeof codec> {}
/**
 * The codec of {@link InsightRecord}.
 *
 * @example
 * import { InsightRecord, type InsightRecordC } from 'cloudtrail-codecs';
 * const codec: InsightRecordC = InsightRecord;
 * codec.fields.filter((f) => !f.required).map((f) => f.key); // ['recipientAccountId', 'sharedEventID', 'eventCategory', 'addendum']
 */
export interface InsightRecordC extends StructCodec<InsightRecord, InsightRecordJson> {}
/**
 * Codec of {@link InsightRecord}.
 *
 * @example
 * import { InsightRecord } from 'cloudtrail-codecs';
 * InsightRecord.decode({ eventType: 'AwsCloudTrailInsight' })._tag; // 'Left': most fields are missing
 */
export const InsightRecord: InsightRecordC = codec;
