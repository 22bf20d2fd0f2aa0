import type * as t from 'io-ts';
import { DateFromIsoTimestamp } from '../core/DateFromIsoTimestamp.js';
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
  { recipientAccountId: StringValue, sharedEventID: StringValue, eventCategory: EventCategory, addendum: Addendum },
);
/**
 * A CloudTrail Insights record (`eventType` `AwsCloudTrailInsight`). It has no
 * caller: no `userIdentity`, `eventSource` or `eventName` at the top. A Start
 * and an End record share `sharedEventID`.
 */
export interface InsightRecord extends t.TypeOf<typeof codec> {}
/** The wire form of {@link InsightRecord}. */
export interface InsightRecordJson extends t.OutputOf<typeof codec> {}
/** The codec of {@link InsightRecord}. */
export interface InsightRecordC extends StructCodec<InsightRecord, InsightRecordJson> {}
/**
 * Codec of {@link InsightRecord}.
 *
 * @example
 * import { InsightRecord } from 'cloudtrail-codecs';
 * InsightRecord.decode({ eventType: 'AwsCloudTrailInsight' })._tag; // 'Left': most fields are missing
 */
export const InsightRecord: InsightRecordC = codec;
