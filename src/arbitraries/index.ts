/**
 * fast-check arbitraries of CloudTrail fixtures, for property tests: every
 * identity type (untyped and future ones too), records of any service and
 * event type, Insights and aggregated records, and every App Mesh event, with the
 * edge cases real logs hold (unicode and maximum-length names, empty optional
 * objects, enum values AWS added later, failed calls). Every value they
 * generate is wire JSON that decodes with the library's codecs.
 *
 * fast-check (3 or 4) is an optional peer dependency: install it to use this entry.
 *
 * @packageDocumentation
 */
import fc from 'fast-check';
import { appMeshBuilders, type AppMeshEventJsonOf } from '../builders/appmesh.js';
import { Fixtures } from '../builders/Fixtures.js';
import { formatIsoUtc } from '../core/utcTime.js';
import { identityMethods, type IdentityMethod } from '../builders/index.js';
import type { UserIdentityJson } from '../identity/UserIdentity.js';
import type { ActivityEventTypeName, ActivityRecordJson } from '../record/ActivityRecord.js';
import type { AggregatedRecordJson } from '../record/AggregatedRecord.js';
import type { CloudTrailRecordJson } from '../record/CloudTrailRecord.js';
import type { InsightRecordJson } from '../record/InsightRecord.js';
import { appMeshService, type AppMeshEventName } from '../services/appmesh/generated/events.js';
import { appMeshTable } from '../services/appmesh/generated/table.js';
import { checkList } from './choices.js';

/**
 * The identity builders of {@link Fixtures}, by name: the kinds {@link identityArbitrary} draws from.
 *
 * @example
 * import fc from 'fast-check';
 * import { identityArbitrary, identityKinds } from 'cloudtrail-codecs/arbitraries';
 * const people = identityKinds.filter((kind) => kind !== 'awsService' && kind !== 'awsAccount');
 * fc.sample(identityArbitrary(people), 3).length; // 3
 */
export const identityKinds: typeof identityMethods = identityMethods;

/**
 * The name of an identity builder: the same names as the builders' own
 * `IdentityMethod`.
 *
 * @example
 * import fc from 'fast-check';
 * import { identityArbitrary, type IdentityKindName } from 'cloudtrail-codecs/arbitraries';
 * const sessions: IdentityKindName[] = ['assumedRole', 'federatedUser'];
 * fc.assert(fc.property(identityArbitrary(sessions), (identity) => 'sessionContext' in identity));
 */
export type IdentityKindName = IdentityMethod;

/**
 * Seeds for the builders: any 31-bit integer.
 *
 * @example
 * import fc from 'fast-check';
 * import { seedArbitrary } from 'cloudtrail-codecs/arbitraries';
 * fc.sample(seedArbitrary, 1).length; // 1
 */
export const seedArbitrary: fc.Arbitrary<number> = fc.integer({ min: 1, max: 0x7fffffff });

/**
 * The identity kinds the builders have no method for, which the types make
 * every caller handle: `untyped` (a `userIdentity` without `type`, as AWS
 * writes for some service calls) and `unrecognized` (a `type` added after
 * this release).
 *
 * @example
 * import fc from 'fast-check';
 * import { identityArbitrary, edgeIdentityKinds } from 'cloudtrail-codecs/arbitraries';
 * fc.sample(identityArbitrary(edgeIdentityKinds), 2).length; // 2
 */
export const edgeIdentityKinds = ['untyped', 'unrecognized'] as const;

/**
 * A kind {@link identityArbitrary} can draw: a builder's name, or one of {@link edgeIdentityKinds}.
 *
 * @example
 * import fc from 'fast-check';
 * import { identityArbitrary, type IdentityArbitraryKind } from 'cloudtrail-codecs/arbitraries';
 * const odd: IdentityArbitraryKind[] = ['untyped', 'unrecognized', 'unknown'];
 * fc.sample(identityArbitrary(odd), 3).length; // 3
 */
export type IdentityArbitraryKind = IdentityKindName | (typeof edgeIdentityKinds)[number];

/**
 * Every kind {@link identityArbitrary} draws from by default: the twelve
 * builders' and the two edge kinds.
 *
 * @example
 * import { allIdentityKinds } from 'cloudtrail-codecs/arbitraries';
 * allIdentityKinds.length; // 14
 */
export const allIdentityKinds: readonly IdentityArbitraryKind[] = [...identityKinds, ...edgeIdentityKinds];

// Types AWS might add; the codecs must take them as unrecognized identities.
const FUTURE_TYPES = ['AWSServicePrincipal', 'ExternalUser', 'IdentityCenterGroup', 'AgentIdentity'];

function edgeIdentity(kind: 'untyped' | 'unrecognized', fx: Fixtures): UserIdentityJson {
  if (kind === 'untyped') {
    // As AWS writes it for calls made by a service on an account's behalf.
    return { accountId: fx.accountId, invokedBy: fx.random.pick(['AWS Internal', 'ec2.amazonaws.com', 'cloudtrail.amazonaws.com']) };
  }
  const type = fx.random.pick(FUTURE_TYPES);
  // Cast: the wire type admits any other `type`, but TypeScript cannot be shown it is not a known one.
  return {
    type,
    principalId: fx.uniqueId('AIDA'),
    arn: `arn:aws:iam::${fx.accountId}:principal/${type.toLowerCase()}-${fx.sequence('principal')}`,
    accountId: fx.accountId,
  } as unknown as UserIdentityJson;
}

/**
 * A `userIdentity` of the given kinds (all by default, the edge kinds
 * included), as CloudTrail writes it.
 *
 * @example
 * import fc from 'fast-check';
 * import { UserIdentity } from 'cloudtrail-codecs';
 * import { identityArbitrary } from 'cloudtrail-codecs/arbitraries';
 * fc.assert(fc.property(identityArbitrary(), (id) => UserIdentity.decode(id)._tag === 'Right'));
 */
export function identityArbitrary(kinds: readonly IdentityArbitraryKind[] = allIdentityKinds): fc.Arbitrary<UserIdentityJson> {
  checkList('identityArbitrary', 'kinds', kinds, allIdentityKinds);
  return fc.tuple(seedArbitrary, fc.constantFrom(...kinds), fc.boolean()).map(([seed, kind, emptyIssuer]) => {
    const fx = new Fixtures({ seed });
    if (kind === 'untyped' || kind === 'unrecognized') return edgeIdentity(kind, fx);
    const identity = (fx[kind] as () => UserIdentityJson)();
    // Console sessions of users and root carry `"sessionIssuer": {}`.
    if (emptyIssuer && (kind === 'iamUser' || kind === 'root')) {
      return {
        ...identity,
        sessionContext: { sessionIssuer: {}, webIdFederationData: {}, attributes: { creationDate: '2026-01-01T00:00:00Z', mfaAuthenticated: 'true' } },
      } as UserIdentityJson;
    }
    return identity;
  });
}

const SERVICES: ReadonlyArray<readonly [string, string]> = [
  ['s3.amazonaws.com', 'GetObject'],
  ['s3.amazonaws.com', 'PutObject'],
  ['ec2.amazonaws.com', 'RunInstances'],
  ['ec2.amazonaws.com', 'DescribeInstances'],
  ['iam.amazonaws.com', 'CreateAccessKey'],
  ['sts.amazonaws.com', 'AssumeRole'],
  ['kms.amazonaws.com', 'Decrypt'],
  ['lambda.amazonaws.com', 'Invoke'],
  ['signin.amazonaws.com', 'ConsoleLogin'],
];

/**
 * What a record's `eventType` can be in {@link recordArbitrary}: the known
 * activity types, `'none'` for records without one (eventVersion 1.0), and
 * `'unrecognized'` for a type added after this release.
 *
 * @example
 * import type { RecordEventTypeOption } from 'cloudtrail-codecs/arbitraries';
 * const consoleOnly: RecordEventTypeOption[] = ['AwsConsoleSignIn', 'AwsConsoleAction'];
 */
export type RecordEventTypeOption = ActivityEventTypeName | 'none' | 'unrecognized';

/**
 * Every {@link RecordEventTypeOption}, the default of {@link recordArbitrary}.
 *
 * @example
 * import { recordEventTypes } from 'cloudtrail-codecs/arbitraries';
 * recordEventTypes.includes('none'); // true
 */
export const recordEventTypes: readonly RecordEventTypeOption[] = [
  'AwsApiCall',
  'AwsServiceEvent',
  'AwsConsoleAction',
  'AwsConsoleSignIn',
  'AwsVpceEvent',
  'none',
  'unrecognized',
];

/**
 * Options of {@link recordArbitrary}: each narrows what it draws.
 *
 * @example
 * import fc from 'fast-check';
 * import { recordArbitrary, type RecordArbitraryOptions } from 'cloudtrail-codecs/arbitraries';
 * const deniedS3: RecordArbitraryOptions = { eventSource: 's3.amazonaws.com', eventName: ['GetObject', 'PutObject'], failed: true };
 * fc.sample(recordArbitrary(deniedS3), 5).every((r) => r.errorCode !== undefined); // true
 */
export interface RecordArbitraryOptions {
  /** The event sources to draw from; default, those of a few common services. */
  readonly eventSource?: string | readonly string[];
  /** The event names to draw from; default, the common operations of the sources. */
  readonly eventName?: string | readonly string[];
  /** The caller kinds; default {@link allIdentityKinds}. */
  readonly identity?: readonly IdentityArbitraryKind[];
  /** The event types; default {@link recordEventTypes}, mostly `AwsApiCall`. */
  readonly eventType?: readonly RecordEventTypeOption[];
  /** `true`: only failed calls (with an `errorCode`); `false`: none; default both. */
  readonly failed?: boolean;
}

const listOf = (v: string | readonly string[] | undefined): readonly string[] | undefined =>
  v === undefined ? undefined : typeof v === 'string' ? [v] : v;

/** The (source, name) pairs that options allow. */
function servicePairs(options: RecordArbitraryOptions): ReadonlyArray<readonly [string, string]> {
  const sources = listOf(options.eventSource);
  const names = listOf(options.eventName);
  if (sources !== undefined && sources.length === 0) throw new RangeError('recordArbitrary: eventSource is an empty list');
  if (names !== undefined && names.length === 0) throw new RangeError('recordArbitrary: eventName is an empty list');
  if (sources === undefined && names === undefined) return SERVICES;
  if (sources !== undefined && names !== undefined) return sources.flatMap((s) => names.map((n) => [s, n] as const));
  if (sources !== undefined) {
    return sources.flatMap((s) => {
      const known = SERVICES.filter(([source]) => source === s);
      return known.length > 0 ? known : (['DescribeResources', 'CreateResource', 'DeleteResource'] as const).map((n) => [s, n] as const);
    });
  }
  return (names as readonly string[]).flatMap((n) => {
    const known = SERVICES.filter(([, name]) => name === n);
    return known.length > 0 ? known : [['example.amazonaws.com', n] as const];
  });
}

// Types AWS might add; the record codec must take them as activity records.
const FUTURE_EVENT_TYPES = ['AwsAgentAction', 'AwsMcpToolCall'];

/**
 * An activity record (a record with a caller) of one of several services,
 * with any identity kind, an error on some, unicode text in request
 * parameters, and every `eventType` branch: the known ones, none, and one AWS
 * has not added yet. Options narrow each choice; see
 * {@link RecordArbitraryOptions}.
 *
 * @example
 * import fc from 'fast-check';
 * import { CloudTrailRecord } from 'cloudtrail-codecs';
 * import { recordArbitrary } from 'cloudtrail-codecs/arbitraries';
 * fc.assert(fc.property(recordArbitrary(), (r) => CloudTrailRecord.decode(r)._tag === 'Right'));
 * fc.assert(fc.property(recordArbitrary({ identity: ['untyped'], eventType: ['none'] }), (r) => r.eventType === undefined));
 */
export function recordArbitrary(options: RecordArbitraryOptions = {}): fc.Arbitrary<ActivityRecordJson> {
  const pairs = servicePairs(options);
  const types = options.eventType ?? recordEventTypes;
  checkList('recordArbitrary', 'eventType', types, recordEventTypes);
  const kinds = options.identity ?? allIdentityKinds;
  checkList('recordArbitrary', 'identity', kinds, allIdentityKinds);
  // Mostly API calls, as in real logs, when every type is allowed.
  const typeArb = types.includes('AwsApiCall') && types.length > 1
    ? fc.oneof({ weight: 3, arbitrary: fc.constant('AwsApiCall' as RecordEventTypeOption) }, { weight: 2, arbitrary: fc.constantFrom(...types) })
    : fc.constantFrom(...types);
  const failedArb = options.failed === undefined ? fc.boolean() : fc.constant(options.failed);
  return fc
    .tuple(seedArbitrary, identityArbitrary(kinds), fc.constantFrom(...pairs), failedArb, fc.string({ unit: 'grapheme', maxLength: 40 }), typeArb)
    .map(([seed, userIdentity, [eventSource, eventName], failed, text, eventType]) => {
      const fx = new Fixtures({ seed });
      const r = fx.record({
        eventSource,
        eventName,
        userIdentity,
        requestParameters: { note: text },
        ...(eventType === 'none' || eventType === 'unrecognized' ? {} : { eventType }),
        ...(failed ? { errorCode: 'AccessDenied', errorMessage: `User is not authorized to perform ${eventName}` } : {}),
      });
      if (eventType === 'none') {
        // eventVersion 1.0 records have no eventType, and none of the later fields.
        const { eventType: _type, eventCategory: _category, managementEvent: _management, tlsDetails: _tls, ...old } = r;
        return { ...old, eventVersion: '1.0' };
      }
      if (eventType === 'unrecognized') return { ...r, eventType: fx.random.pick(FUTURE_EVENT_TYPES) } as unknown as ActivityRecordJson;
      return r;
    });
}

/**
 * A CloudTrail Insights record: the start or end of unusual API call rate or
 * error rate, for management or data events, with attributions.
 *
 * @example
 * import fc from 'fast-check';
 * import { CloudTrailRecord } from 'cloudtrail-codecs';
 * import { insightRecordArbitrary } from 'cloudtrail-codecs/arbitraries';
 * fc.assert(fc.property(insightRecordArbitrary(), (r) => CloudTrailRecord.decode(r)._tag === 'Right'));
 */
export function insightRecordArbitrary(): fc.Arbitrary<InsightRecordJson> {
  return fc
    .record({
      seed: seedArbitrary,
      pair: fc.constantFrom(...SERVICES),
      state: fc.constantFrom('Start', 'End'),
      insightType: fc.constantFrom('ApiCallRateInsight', 'ApiErrorRateInsight'),
      category: fc.constantFrom('Management', 'Data', undefined),
      baseline: fc.double({ min: 0, max: 100, noNaN: true, noDefaultInfinity: true }),
      insight: fc.double({ min: 0, max: 10_000, noNaN: true, noDefaultInfinity: true }),
    })
    .map(({ seed, pair: [eventSource, eventName], state, insightType, category, baseline, insight }) => {
      const fx = new Fixtures({ seed });
      const time = formatIsoUtc(fx.nextTime());
      const caller = fx.assumedRole().arn;
      const statistics =
        state === 'Start'
          ? { baseline: { average: baseline }, insight: { average: insight } }
          : { baseline: { average: baseline }, insight: { average: insight }, insightDuration: fx.random.int(1, 120), baselineDuration: fx.random.int(1000, 20000) };
      const insightDetails: Record<string, unknown> = {
        state,
        eventSource,
        eventName,
        insightType,
        insightContext: {
          statistics,
          attributions: [
            { attribute: 'userIdentityArn', insight: [{ value: caller, average: insight }], baseline: [{ value: caller, average: baseline }] },
            { attribute: 'errorCode', insight: [{ value: insightType === 'ApiErrorRateInsight' ? 'AccessDenied' : 'null', average: insight }], baseline: [] },
          ],
        },
        ...(category === undefined ? {} : { sourceEventCategory: category }),
      };
      return {
        eventVersion: '1.08',
        eventTime: time,
        awsRegion: fx.region,
        eventID: fx.uuid(),
        eventType: 'AwsCloudTrailInsight',
        recipientAccountId: fx.accountId,
        sharedEventID: fx.uuid(),
        insightDetails,
        eventCategory: 'Insight',
      } as unknown as InsightRecordJson;
    });
}

/**
 * An aggregated-events record (`AwsAggregatedEvent`): counts of calls to a
 * service over a time window, by event name, with details.
 *
 * @example
 * import fc from 'fast-check';
 * import { CloudTrailRecord } from 'cloudtrail-codecs';
 * import { aggregatedRecordArbitrary } from 'cloudtrail-codecs/arbitraries';
 * fc.assert(fc.property(aggregatedRecordArbitrary(), (r) => CloudTrailRecord.decode(r)._tag === 'Right'));
 */
export function aggregatedRecordArbitrary(): fc.Arbitrary<AggregatedRecordJson> {
  return fc
    .record({ seed: seedArbitrary, pair: fc.constantFrom(...SERVICES), count: fc.integer({ min: 1, max: 1_000_000 }) })
    .map(({ seed, pair: [eventSource, eventName], count }) => {
      const fx = new Fixtures({ seed });
      const start = fx.nextTime();
      start.setUTCSeconds(0, 0);
      const end = new Date(start.getTime() + 5 * 60_000);
      const iso = (d: Date): string => d.toISOString().replace('.000Z', 'Z');
      return {
        eventVersion: '1.0',
        accountId: fx.accountId,
        eventId: fx.uuid(),
        eventCategory: 'Aggregated',
        eventType: 'AwsAggregatedEvent',
        awsRegion: fx.region,
        eventSource,
        timeWindow: { windowStart: iso(start), windowEnd: iso(end), windowSize: 'PT5M' },
        summary: {
          primaryDimension: { dimension: 'eventName', statistics: [{ name: eventName, value: count }], aggregationType: 'Count' },
          details: [{ dimension: 'userIdentityArn', statistics: [{ name: fx.assumedRole().arn, value: count }], aggregationType: 'Count' }],
        },
      } as unknown as AggregatedRecordJson;
    });
}

/**
 * Any CloudTrail record: activity records ({@link recordArbitrary}), Insights
 * records and aggregated-events records, the three branches of
 * `CloudTrailRecord` that code reading whole logs must handle.
 *
 * @example
 * import fc from 'fast-check';
 * import { CloudTrailRecord } from 'cloudtrail-codecs';
 * import { cloudTrailRecordArbitrary } from 'cloudtrail-codecs/arbitraries';
 * fc.assert(fc.property(cloudTrailRecordArbitrary(), (r) => CloudTrailRecord.decode(r)._tag === 'Right'));
 */
export function cloudTrailRecordArbitrary(options: RecordArbitraryOptions = {}): fc.Arbitrary<CloudTrailRecordJson> {
  return fc.oneof(
    { weight: 4, arbitrary: recordArbitrary(options) as fc.Arbitrary<CloudTrailRecordJson> },
    { weight: 1, arbitrary: insightRecordArbitrary() as fc.Arbitrary<CloudTrailRecordJson> },
    { weight: 1, arbitrary: aggregatedRecordArbitrary() as fc.Arbitrary<CloudTrailRecordJson> },
  );
}

const resourceName = appMeshTable.shapes['ResourceName'];
const NAME_MAX = (resourceName !== undefined && 'p' in resourceName ? resourceName.c?.len?.[1] : undefined) ?? 255;
const appMeshEventNames = appMeshService.eventNames as readonly AppMeshEventName[];

/** Names App Mesh accepts but fixtures rarely try: unicode, the maximum length, odd characters. */
const edgeName: fc.Arbitrary<string> = fc.oneof(
  // '/' and ':' separate the parts of an ARN, so names never hold them.
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 30 }).map((s) => s.replace(/[/:]/g, '-')),
  fc.constant('x'.repeat(NAME_MAX)),
  fc.constant('ümlaut-ñame-日本語'),
  fc.constant('my-service-a_my-apps'),
);

/**
 * An App Mesh record of the given events (all 39 by default): successful and
 * failed calls, StreamAggregatedResources in each status, and edge cases —
 * unicode and maximum-length mesh names, `{}` specs where the model allows
 * them, and enum values AWS might add.
 *
 * @example
 * import fc from 'fast-check';
 * import { AppMeshEvent } from 'cloudtrail-codecs/appmesh';
 * import { appMeshEventArbitrary } from 'cloudtrail-codecs/arbitraries';
 * fc.assert(fc.property(appMeshEventArbitrary(), (e) => AppMeshEvent.decode(e)._tag === 'Right'));
 */
export function appMeshEventArbitrary<N extends AppMeshEventName = AppMeshEventName>(
  names: readonly N[] = appMeshEventNames as readonly N[],
): fc.Arbitrary<AppMeshEventJsonOf<N>> {
  checkList('appMeshEventArbitrary', 'names', names, appMeshEventNames);
  return fc
    .record({
      seed: seedArbitrary,
      eventName: fc.constantFrom(...names),
      fail: fc.oneof(fc.constant(false), fc.constant(true), fc.constantFrom('NotFoundException', 'BadRequestException', 'InternalFailure')),
      status: fc.constantFrom('ConnectionEstablished', 'ConnectionGracefullyTerminated', 'ConnectionTerminated' as const),
      node: fc.constantFrom('virtualNode', 'virtualGateway' as const),
      meshName: fc.option(edgeName, { nil: undefined }),
      edge: fc.constantFrom('none', 'emptySpec', 'newEgressFilter' as const),
    })
    .map(({ seed, eventName, fail, status, node, meshName, edge }) => {
      const am = appMeshBuilders(new Fixtures({ seed }));
      const overrides: Record<string, unknown> = {};
      if (meshName !== undefined && eventName !== 'StreamAggregatedResources' && eventName !== 'ListMeshes' && !eventName.endsWith('TagsForResource') && !eventName.endsWith('TagResource')) {
        overrides['requestParameters'] = { meshName };
      }
      const built = am.build(eventName, overrides as never, {
        ...(eventName === 'StreamAggregatedResources' ? { status, node } : { fail }),
      }) as AppMeshEventJsonOf<N>;
      return withEdge(built, edge, fail !== false) as AppMeshEventJsonOf<N>;
    });
}

function withEdge(record: unknown, edge: 'none' | 'emptySpec' | 'newEgressFilter', failed: boolean): unknown {
  const r = record as { eventName?: string; requestParameters?: Record<string, unknown> | null; responseElements?: Record<string, unknown> | null };
  if (edge === 'none' || failed || r.requestParameters === null || r.requestParameters === undefined) return record;
  const spec = r.requestParameters['spec'];
  if (spec === undefined) return record;
  // MeshSpec and VirtualServiceSpec have no required member: `{}` is valid.
  const empty = r.eventName === 'CreateMesh' || r.eventName === 'UpdateMesh' || r.eventName === 'CreateVirtualService' || r.eventName === 'UpdateVirtualService';
  if (edge === 'emptySpec' && empty) return setSpec(r, {});
  if (edge === 'newEgressFilter' && (r.eventName === 'CreateMesh' || r.eventName === 'UpdateMesh')) {
    return setSpec(r, { egressFilter: { type: 'ALLOW_LISTED' } });
  }
  return record;
}

function setSpec(r: { requestParameters?: Record<string, unknown> | null; responseElements?: Record<string, unknown> | null }, spec: unknown): unknown {
  const request = { ...r.requestParameters, spec };
  const response = r.responseElements;
  const key = response === null || response === undefined ? undefined : Object.keys(response)[0];
  const data = key === undefined ? undefined : (response?.[key] as Record<string, unknown>);
  return {
    ...r,
    requestParameters: request,
    ...(key === undefined || data === undefined ? {} : { responseElements: { ...response, [key]: { ...data, spec } } }),
  };
}
export { serviceEventArbitrary, type ServiceEventArbitraryOptions } from './service.js';
