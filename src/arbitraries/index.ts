/**
 * fast-check arbitraries of CloudTrail fixtures, for property tests: every
 * identity type, records of any service, and every App Mesh event, with the
 * edge cases real logs hold (unicode and maximum-length names, empty optional
 * objects, enum values AWS added later, failed calls). Every value they
 * generate is wire JSON that decodes with the library's codecs.
 *
 * fast-check is an optional peer dependency: install it to use this entry.
 *
 * @packageDocumentation
 */
import fc from 'fast-check';
import { appMeshEventNames, type AppMeshEventName } from '../appmesh/AppMeshEvent.js';
import { appMeshShapes } from '../appmesh/generated/model.js';
import { appMeshBuilders, type AppMeshEventJsonOf } from '../builders/appmesh.js';
import { Fixtures } from '../builders/Fixtures.js';
import type { IdentityMethod } from '../builders/index.js';
import type { UserIdentityJson } from '../identity/UserIdentity.js';
import type { ActivityRecordJson } from '../record/ActivityRecord.js';

/**
 * The identity builders of {@link Fixtures}, by name: the kinds {@link identityArbitrary} draws from.
 *
 * @example
 * import fc from 'fast-check';
 * import { identityArbitrary, identityKinds } from 'cloudtrail-codecs/arbitraries';
 * const people = identityKinds.filter((kind) => kind !== 'awsService' && kind !== 'awsAccount');
 * fc.sample(identityArbitrary(people), 3).length; // 3
 */
export const identityKinds = [
  'root',
  'iamUser',
  'assumedRole',
  'role',
  'federatedUser',
  'awsService',
  'awsAccount',
  'identityCenterUser',
  'samlUser',
  'webIdentityUser',
  'directory',
  'unknown',
] as const satisfies readonly IdentityMethod[];

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
 * A `userIdentity` of the given types (all by default), as CloudTrail writes it.
 *
 * @example
 * import fc from 'fast-check';
 * import { UserIdentity } from 'cloudtrail-codecs';
 * import { identityArbitrary } from 'cloudtrail-codecs/arbitraries';
 * fc.assert(fc.property(identityArbitrary(), (id) => UserIdentity.decode(id)._tag === 'Right'));
 */
export function identityArbitrary(kinds: readonly IdentityKindName[] = identityKinds): fc.Arbitrary<UserIdentityJson> {
  return fc.tuple(seedArbitrary, fc.constantFrom(...kinds), fc.boolean()).map(([seed, kind, emptyIssuer]) => {
    const fx = new Fixtures({ seed });
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
 * A record of one of several services, with any identity type, an error on
 * some, and unicode text in request parameters.
 *
 * @example
 * import fc from 'fast-check';
 * import { CloudTrailRecord } from 'cloudtrail-codecs';
 * import { recordArbitrary } from 'cloudtrail-codecs/arbitraries';
 * fc.assert(fc.property(recordArbitrary(), (r) => CloudTrailRecord.decode(r)._tag === 'Right'));
 */
export function recordArbitrary(): fc.Arbitrary<ActivityRecordJson> {
  return fc
    .tuple(seedArbitrary, identityArbitrary(), fc.constantFrom(...SERVICES), fc.boolean(), fc.string({ unit: 'grapheme', maxLength: 40 }))
    .map(([seed, userIdentity, [eventSource, eventName], failed, text]) => {
      const fx = new Fixtures({ seed });
      return fx.record({
        eventSource,
        eventName,
        userIdentity,
        requestParameters: { note: text },
        ...(failed ? { errorCode: 'AccessDenied', errorMessage: `User is not authorized to perform ${eventName}` } : {}),
      });
    });
}

const NAME_MAX = appMeshShapes['ResourceName']?.length?.max ?? 255;

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
