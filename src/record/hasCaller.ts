import type { AggregatedRecord } from './AggregatedRecord.js';
import type { CloudTrailRecord } from './CloudTrailRecord.js';
import type { InsightRecord } from './InsightRecord.js';

/**
 * True for a record made by a caller: one with `userIdentity`,
 * `eventSource`, `eventName` and the rest of an API call or event. Insights
 * and aggregated data-event summaries have none of these, so TypeScript
 * refuses `record.userIdentity` on a {@link CloudTrailRecord} until this
 * guard (or a check of `eventType`) rules them out. It works on any union of
 * decoded records, such as `TypedRecord` of `cloudtrail-codecs/services`,
 * and keeps the rest of the union as it was.
 *
 * @example
 * import { hasCaller } from 'cloudtrail-codecs';
 * import { decodeRecordOrThrow } from 'cloudtrail-codecs/containers';
 * const record = decodeRecordOrThrow({
 *   eventVersion: '1.08',
 *   userIdentity: { type: 'Root', principalId: '111122223333', arn: 'arn:aws:iam::111122223333:root', accountId: '111122223333' },
 *   eventTime: '2024-05-01T12:00:00Z',
 *   eventSource: 'signin.amazonaws.com',
 *   eventName: 'ConsoleLogin',
 *   awsRegion: 'us-east-1',
 *   eventType: 'AwsConsoleSignIn',
 * });
 * if (hasCaller(record)) record.userIdentity.type; // 'Root'
 * hasCaller(record); // true
 */
export function hasCaller<R extends { readonly eventType?: unknown }>(record: R): record is Exclude<R, InsightRecord | AggregatedRecord> {
  // The same test that CloudTrailRecord's dispatch makes.
  const type = record.eventType;
  return type !== 'AwsCloudTrailInsight' && type !== 'AwsAggregatedEvent';
}
