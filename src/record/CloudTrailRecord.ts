import { branchesFor, taggedUnion, type TaggedUnionC } from '../core/taggedUnion.js';
import { ActivityRecord, ActivityEventType, type ActivityRecordJson } from './ActivityRecord.js';
import { AggregatedRecord, type AggregatedRecordJson } from './AggregatedRecord.js';
import { InsightRecord, type InsightRecordJson } from './InsightRecord.js';

/**
 * Any CloudTrail record, told apart by `eventType`:
 * - {@link InsightRecord} for `AwsCloudTrailInsight`;
 * - {@link AggregatedRecord} for `AwsAggregatedEvent`;
 * - {@link ActivityRecord} for everything else, including records without
 *   `eventType` (eventVersion 1.0) and event types added after this release.
 */
export type CloudTrailRecord = ActivityRecord | InsightRecord | AggregatedRecord;
/**
 * The wire form of {@link CloudTrailRecord}: what `encode` gives and a log file holds.
 *
 * @example
 * import { CloudTrailRecord, type CloudTrailRecordJson } from 'cloudtrail-codecs';
 * // Decode and encode again: the same JSON comes back, unknown fields included.
 * const roundTrip = (wire: CloudTrailRecordJson): CloudTrailRecordJson | undefined => {
 *   const r = CloudTrailRecord.decode(wire);
 *   return r._tag === 'Right' ? CloudTrailRecord.encode(r.right) : undefined;
 * };
 */
export type CloudTrailRecordJson = ActivityRecordJson | InsightRecordJson | AggregatedRecordJson;
/**
 * The codec of {@link CloudTrailRecord}: a tagged union on `eventType`.
 *
 * @example
 * import { CloudTrailRecord, type CloudTrailRecordC } from 'cloudtrail-codecs';
 * const codec: CloudTrailRecordC = CloudTrailRecord;
 * codec.branchFor('AwsAggregatedEvent')?.name; // 'AggregatedRecord'
 * codec.branchFor(undefined)?.name; // 'ActivityRecord': eventVersion 1.0 records have no eventType
 */
export interface CloudTrailRecordC extends TaggedUnionC<CloudTrailRecord, CloudTrailRecordJson> {}

/**
 * Codec of {@link CloudTrailRecord}: every top-level field up to eventVersion
 * 1.11, timestamps as `Date`, string booleans as `boolean`, and every field it
 * does not know kept, so that `encode(decode(x))` gives back `x`.
 *
 * @example
 * import { CloudTrailRecord, formatErrors } from 'cloudtrail-codecs';
 * const r = CloudTrailRecord.decode({
 *   eventVersion: '1.08',
 *   userIdentity: { type: 'Root', principalId: '111122223333', arn: 'arn:aws:iam::111122223333:root', accountId: '111122223333' },
 *   eventTime: '2024-05-01T12:00:00Z',
 *   eventSource: 'signin.amazonaws.com',
 *   eventName: 'ConsoleLogin',
 *   awsRegion: 'us-east-1',
 *   eventType: 'AwsConsoleSignIn',
 * });
 * if (r._tag === 'Right' && r.right.eventType === 'AwsConsoleSignIn') r.right.eventTime.getUTCFullYear(); // 2024
 * if (r._tag === 'Left') formatErrors(r.left);
 */
export const CloudTrailRecord: CloudTrailRecordC = taggedUnion(
  'CloudTrailRecord',
  'eventType',
  {
    AwsCloudTrailInsight: InsightRecord,
    AwsAggregatedEvent: AggregatedRecord,
    ...branchesFor(ActivityEventType.known, ActivityRecord),
  },
  { unrecognized: ActivityRecord, untagged: ActivityRecord },
);
