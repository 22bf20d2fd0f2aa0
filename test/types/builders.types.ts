// Type-level tests for the builders. Nothing here runs: `tsc --noEmit -p .`
// checks it, and every `@ts-expect-error` must sit on a real error. Each
// rejected call has a well-typed twin next to it, so the error is known to
// come from the one wrong part.
import type { CreateRouteEventJson, StreamAggregatedResourcesEventJson } from '../../src/services/appmesh/index.js';
import {
  assumedRole,
  buildAppMeshEvent,
  createMesh,
  iamUser,
  type AppMeshBuilders,
  type AppMeshEventJsonOf,
  type Fixtures,
  type Overrides,
} from '../../src/builders/index.js';
import type {
  ActivityRecordJson,
  AssumedRoleIdentityJson,
  AWSServiceIdentityJson,
  IAMUserIdentityJson,
  RootIdentityJson,
} from '../../src/index.js';
import type { LogFile } from '../../src/containers/index.js';

/** True when A and B are the same type (not merely mutually assignable). */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;

/** Compiles only when its type argument is `true`. */
function expectType<T extends true>(_ok: T): void {}

declare const fx: Fixtures;
declare const am: AppMeshBuilders;

// ---------------------------------------------------------------------------
// Overrides are checked against the wire type.

export function rejectedOverrides(): void {
  am.createMesh({ requestParameters: { meshName: 'shop' } });
  // @ts-expect-error meshName is a string
  am.createMesh({ requestParameters: { meshName: 1 } });

  // @ts-expect-error CreateMesh has no request member `nope`
  am.createMesh({ requestParameters: { nope: 'x' } });

  fx.iamUser({ userName: 'x' });
  // @ts-expect-error misspelt userName
  fx.iamUser({ usrName: 'x' });

  fx.record({ readOnly: true });
  // @ts-expect-error readOnly is a JSON boolean, not the string of one
  fx.record({ readOnly: 'true' });

  fx.assumedRole({ sessionContext: { attributes: { mfaAuthenticated: 'true' } } });
  // @ts-expect-error mfaAuthenticated is the string 'true' or 'false' on the wire
  fx.assumedRole({ sessionContext: { attributes: { mfaAuthenticated: true } } });

  // The same checks hold for build() and the one-line exports.
  am.build('CreateMesh', { requestParameters: { meshName: 'shop' } });
  // @ts-expect-error meshName is a string
  am.build('CreateMesh', { requestParameters: { meshName: 1 } });
  createMesh({ requestParameters: { meshName: 'shop' } }, { seed: 1 });
  // @ts-expect-error meshName is a string
  createMesh({ requestParameters: { meshName: 1 } }, { seed: 1 });
  // @ts-expect-error StreamAggregatedResources has no such status
  am.streamAggregatedResources(undefined, { status: 'ConnectionLost' });
  // @ts-expect-error not an App Mesh event
  am.build('CreateQuantumMesh');
}

// ---------------------------------------------------------------------------
// An AssumedRole has no userName of its own: the role name goes in the
// session issuer. (A partial userIdentity given to a record still compiles,
// since the wire type admits identity types added later with any fields; the
// builder refuses it at run time with a BuilderError.)

export function assumedRoleOverrides(): void {
  fx.assumedRole({ sessionContext: { sessionIssuer: { userName: 'Deployer' } } });
  // @ts-expect-error the role name goes in sessionContext.sessionIssuer.userName
  fx.assumedRole({ userName: 'Deployer' });
  assumedRole({ sessionContext: { sessionIssuer: { userName: 'Deployer' } } });
  // @ts-expect-error the same for the one-line builder
  assumedRole({ userName: 'Deployer' });
}

// ---------------------------------------------------------------------------
// Exact return types.

export function returnTypes(): void {
  const user = fx.iamUser();
  expectType<Equals<typeof user, IAMUserIdentityJson>>(true);
  expectType<Equals<ReturnType<Fixtures['root']>, RootIdentityJson>>(true);
  expectType<Equals<ReturnType<Fixtures['assumedRole']>, AssumedRoleIdentityJson>>(true);
  expectType<Equals<ReturnType<Fixtures['awsService']>, AWSServiceIdentityJson>>(true);
  expectType<Equals<ReturnType<Fixtures['record']>, ActivityRecordJson>>(true);
  expectType<Equals<ReturnType<typeof iamUser>, IAMUserIdentityJson>>(true);

  const route = am.createRoute();
  expectType<Equals<typeof route, CreateRouteEventJson>>(true);
  expectType<Equals<typeof route, AppMeshEventJsonOf<'CreateRoute'>>>(true);
  expectType<Equals<ReturnType<typeof am.build<'CreateRoute'>>, CreateRouteEventJson>>(true);
  const stream = buildAppMeshEvent('StreamAggregatedResources');
  expectType<Equals<typeof stream, StreamAggregatedResourcesEventJson>>(true);
  // Not merely assignable: a different event is a different type.
  expectType<Equals<Equals<typeof route, AppMeshEventJsonOf<'CreateMesh'>>, false>>(true);

  const file = fx.logFile([route]);
  expectType<Equals<typeof file, LogFile<CreateRouteEventJson>>>(true);
}

// ---------------------------------------------------------------------------
// Overrides<T>: every property optional at every depth, arrays given whole.

type RouteOverrides = Overrides<{ a: { b: string; c: number[] } }>;
expectType<Equals<RouteOverrides, { a?: { b?: string; c?: number[] } }>>(true);
