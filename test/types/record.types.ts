// Type-level tests for records. Nothing here runs: `tsc --noEmit -p .`
// checks it, and every `@ts-expect-error` must sit on a real error.
import {
  type ActivityEventTypeName,
  type ActivityRecord,
  type ActivityRecordJson,
  type AggregatedRecord,
  type AssumedRoleIdentity,
  type CloudTrailRecord,
  type CloudTrailRecordJson,
  type InsightDetails,
  type InsightRecord,
  type InsightRecordJson,
  type Unrecognized,
  type UnrecognizedText,
  type BooleanTextJson,
  type UserIdentity,
} from '../../src/index.js';
import type { LookupEventJson } from '../../src/containers/index.js';
import { actorOf, type Actor } from '../../src/actor/index.js';

/** True when A and B are the same type (not merely mutually assignable). */
export type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Compiles only when its type argument is `true`. */
export function expectType<T extends true>(_ok: T): void {}

// ---------------------------------------------------------------------------
// Narrowing on eventType

export function narrowInsight(record: CloudTrailRecord): InsightDetails | undefined {
  // Only Insight records have insightDetails, so the union does not expose it.
  // @ts-expect-error not on every record
  void record.insightDetails;
  if (record.eventType === 'AwsCloudTrailInsight') {
    expectType<Equals<typeof record, InsightRecord>>(true);
    // Insight records have no caller.
    // @ts-expect-error no userIdentity on InsightRecord
    void record.userIdentity;
    expectType<Equals<typeof record.eventTime, Date>>(true);
    return record.insightDetails;
  }
  expectType<Equals<typeof record, ActivityRecord | AggregatedRecord>>(true);
  return undefined;
}

export function narrowAggregated(record: CloudTrailRecord): Date | undefined {
  if (record.eventType === 'AwsAggregatedEvent') {
    expectType<Equals<typeof record, AggregatedRecord>>(true);
    // @ts-expect-error aggregated records have no eventTime, only a window
    void record.eventTime;
    return record.timeWindow.windowStart;
  }
  return undefined;
}

export function narrowActivity(record: CloudTrailRecord): string | undefined {
  if (record.eventType === 'AwsApiCall') {
    expectType<Equals<typeof record, ActivityRecord>>(true);
    expectType<Equals<typeof record.userIdentity, UserIdentity>>(true);
    // Narrowing carries on into the identity.
    if (record.userIdentity.type === 'AssumedRole') {
      expectType<Equals<typeof record.userIdentity, AssumedRoleIdentity>>(true);
      return record.userIdentity.sessionContext?.sessionIssuer?.arn;
    }
  }
  // Records without eventType (eventVersion 1.0) are activity records too.
  if (record.eventType === undefined) expectType<Equals<typeof record, ActivityRecord>>(true);
  // `in` is the other way to tell a record with a caller.
  if ('userIdentity' in record) expectType<Equals<typeof record, ActivityRecord>>(true);
  return undefined;
}

expectType<Equals<ActivityRecord['eventTime'], Date>>(true);
expectType<Equals<ActivityRecord['userIdentity'], UserIdentity>>(true);
expectType<
  Equals<ActivityRecord['eventType'], ActivityEventTypeName | Unrecognized<'EventType'> | undefined>
>(true);
expectType<Equals<InsightRecord['eventType'], 'AwsCloudTrailInsight'>>(true);
expectType<Equals<AggregatedRecord['eventType'], 'AwsAggregatedEvent'>>(true);
expectType<Equals<AggregatedRecord['timeWindow']['windowEnd'], Date>>(true);
expectType<Equals<ActivityRecord['sessionCredentialFromConsole'], boolean | UnrecognizedText<'BooleanText'> | undefined>>(true);
// Optional objects and arrays may be null, as re-emitting tools write them.
expectType<Equals<ActivityRecord['additionalEventData'], import('../../src/index.js').JsonObject | null | undefined>>(true);
expectType<Equals<ActivityRecord['tlsDetails'], import('../../src/index.js').TlsDetails | null | undefined>>(true);
expectType<Equals<ActivityRecord['resources'], import('../../src/index.js').Resource[] | null | undefined>>(true);
expectType<Equals<InsightRecord['addendum'], import('../../src/index.js').Addendum | null | undefined>>(true);
// LookupEvents EventTime is written back in the form it came in.
expectType<Equals<LookupEventJson['EventTime'], number | string | Date | undefined>>(true);
// Insights on data events.
expectType<Equals<InsightDetails['sourceEventCategory'], 'Management' | 'Data' | (string & {}) | undefined>>(true);
expectType<Equals<InsightDetails['insightSource'], string | undefined>>(true);
export function resourceArnIsKnown(details: InsightDetails): boolean {
  return details.insightContext.attributions?.some((a) => a.attribute === 'resourceArn') ?? false;
}

// ---------------------------------------------------------------------------
// Wire forms

expectType<Equals<ActivityRecordJson['eventTime'], string>>(true);
expectType<Equals<InsightRecordJson['eventTime'], string>>(true);
expectType<Equals<ActivityRecordJson['sessionCredentialFromConsole'], BooleanTextJson | undefined>>(true);
type WireAssumedRole = Extract<ActivityRecordJson['userIdentity'], { type: 'AssumedRole' }>;
type WireMfa = Exclude<NonNullable<NonNullable<WireAssumedRole['sessionContext']>['attributes']>['mfaAuthenticated'], undefined>;
expectType<Equals<WireMfa, BooleanTextJson>>(true);

export function wireEventTimeIsText(json: CloudTrailRecordJson): string | undefined {
  // @ts-expect-error a wire eventTime is a string, never a Date
  const d: Date | undefined = 'eventTime' in json ? json.eventTime : undefined;
  return d === undefined ? undefined : String(d);
}

// ---------------------------------------------------------------------------
// actorOf takes any decoded record

export function actorOfAnyRecord(record: CloudTrailRecord): Actor | undefined {
  return actorOf(record);
}
