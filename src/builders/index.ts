/**
 * Wire-accurate, deterministic CloudTrail fixtures: identities, records of any
 * service, App Mesh events, log files, EventBridge and LookupEvents
 * envelopes, and `anonymize` to turn real records into shareable fixtures.
 * Nothing here reads the clock or `Math.random`: the same seed and
 * overrides give the same JSON.
 *
 * @packageDocumentation
 */
import type { AppMeshEventName } from '../appmesh/AppMeshEvent.js';
import { appMeshBuilders, type AppMeshBuildOptions, type AppMeshEventJsonOf } from './appmesh.js';
import { Fixtures, type FixtureOptions } from './Fixtures.js';
import type { Overrides } from './overrides.js';

export * from './random.js';
export * from './overrides.js';
export * from './Fixtures.js';
export * from './appmesh.js';
export * from './anonymize.js';

/** Options of the one-line builders: the factory's, and for App Mesh the event's. */
export type BuildOptions = FixtureOptions & AppMeshBuildOptions;

function standalone<N extends AppMeshEventName>(eventName: N) {
  return (overrides?: Overrides<AppMeshEventJsonOf<N>>, options: BuildOptions = {}): AppMeshEventJsonOf<N> =>
    appMeshBuilders(new Fixtures(options)).build(eventName, overrides, options);
}

type IdentityMethod = 'root' | 'iamUser' | 'assumedRole' | 'role' | 'federatedUser' | 'awsService' | 'awsAccount' | 'identityCenterUser' | 'samlUser' | 'webIdentityUser' | 'directory' | 'unknown';

function identity<M extends IdentityMethod>(method: M) {
  return (overrides?: Parameters<Fixtures[M]>[0], options: FixtureOptions = {}): ReturnType<Fixtures[M]> =>
    (new Fixtures(options)[method] as (o?: unknown) => ReturnType<Fixtures[M]>)(overrides);
}

/** A root identity from a fresh factory. @example root(undefined, { seed: 1 }).type; // 'Root' */
export const root = identity('root');
/** An IAM user identity from a fresh factory. @example iamUser({ userName: 'alice' }).userName; // 'alice' */
export const iamUser = identity('iamUser');
/** An assumed-role identity from a fresh factory. @example assumedRole().type; // 'AssumedRole' */
export const assumedRole = identity('assumedRole');
/** A role identity from a fresh factory. @example role().type; // 'Role' */
export const role = identity('role');
/** A federated-user identity from a fresh factory. @example federatedUser().type; // 'FederatedUser' */
export const federatedUser = identity('federatedUser');
/** An AWS service identity from a fresh factory. @example awsService().type; // 'AWSService' */
export const awsService = identity('awsService');
/** An AWS account identity from a fresh factory. @example awsAccount().type; // 'AWSAccount' */
export const awsAccount = identity('awsAccount');
/** An Identity Center user from a fresh factory. @example identityCenterUser().type; // 'IdentityCenterUser' */
export const identityCenterUser = identity('identityCenterUser');
/** A SAML user from a fresh factory. @example samlUser().type; // 'SAMLUser' */
export const samlUser = identity('samlUser');
/** A web-identity user from a fresh factory. @example webIdentityUser().type; // 'WebIdentityUser' */
export const webIdentityUser = identity('webIdentityUser');
/** A directory user from a fresh factory. @example directory().type; // 'Directory' */
export const directory = identity('directory');
/** An `Unknown` identity from a fresh factory. @example unknown().type; // 'Unknown' */
export const unknown = identity('unknown');

/**
 * A record of any service, from a fresh factory.
 *
 * @example
 * import { record, assumedRole } from 'cloudtrail-codecs/builders';
 * const r = record({ eventSource: 'sqs.amazonaws.com', eventName: 'SendMessage', userIdentity: assumedRole() }, { seed: 5 });
 */
export function record(overrides?: Parameters<Fixtures['record']>[0], options: FixtureOptions = {}): ReturnType<Fixtures['record']> {
  return new Fixtures(options).record(overrides);
}

/** A `CreateGatewayRoute` record from a fresh factory. @example createGatewayRoute(undefined, { seed: 1 }).eventName; // 'CreateGatewayRoute' */
export const createGatewayRoute = standalone('CreateGatewayRoute');
/** A `CreateMesh` record from a fresh factory. @example createMesh(undefined, { seed: 1 }).eventName; // 'CreateMesh' */
export const createMesh = standalone('CreateMesh');
/** A `CreateRoute` record from a fresh factory. @example createRoute(undefined, { seed: 1 }).eventName; // 'CreateRoute' */
export const createRoute = standalone('CreateRoute');
/** A `CreateVirtualGateway` record from a fresh factory. @example createVirtualGateway(undefined, { seed: 1 }).eventName; // 'CreateVirtualGateway' */
export const createVirtualGateway = standalone('CreateVirtualGateway');
/** A `CreateVirtualNode` record from a fresh factory. @example createVirtualNode(undefined, { seed: 1 }).eventName; // 'CreateVirtualNode' */
export const createVirtualNode = standalone('CreateVirtualNode');
/** A `CreateVirtualRouter` record from a fresh factory. @example createVirtualRouter(undefined, { seed: 1 }).eventName; // 'CreateVirtualRouter' */
export const createVirtualRouter = standalone('CreateVirtualRouter');
/** A `CreateVirtualService` record from a fresh factory. @example createVirtualService(undefined, { seed: 1 }).eventName; // 'CreateVirtualService' */
export const createVirtualService = standalone('CreateVirtualService');
/** A `DeleteGatewayRoute` record from a fresh factory. @example deleteGatewayRoute(undefined, { seed: 1 }).eventName; // 'DeleteGatewayRoute' */
export const deleteGatewayRoute = standalone('DeleteGatewayRoute');
/** A `DeleteMesh` record from a fresh factory. @example deleteMesh(undefined, { seed: 1 }).eventName; // 'DeleteMesh' */
export const deleteMesh = standalone('DeleteMesh');
/** A `DeleteRoute` record from a fresh factory. @example deleteRoute(undefined, { seed: 1 }).eventName; // 'DeleteRoute' */
export const deleteRoute = standalone('DeleteRoute');
/** A `DeleteVirtualGateway` record from a fresh factory. @example deleteVirtualGateway(undefined, { seed: 1 }).eventName; // 'DeleteVirtualGateway' */
export const deleteVirtualGateway = standalone('DeleteVirtualGateway');
/** A `DeleteVirtualNode` record from a fresh factory. @example deleteVirtualNode(undefined, { seed: 1 }).eventName; // 'DeleteVirtualNode' */
export const deleteVirtualNode = standalone('DeleteVirtualNode');
/** A `DeleteVirtualRouter` record from a fresh factory. @example deleteVirtualRouter(undefined, { seed: 1 }).eventName; // 'DeleteVirtualRouter' */
export const deleteVirtualRouter = standalone('DeleteVirtualRouter');
/** A `DeleteVirtualService` record from a fresh factory. @example deleteVirtualService(undefined, { seed: 1 }).eventName; // 'DeleteVirtualService' */
export const deleteVirtualService = standalone('DeleteVirtualService');
/** A `DescribeGatewayRoute` record from a fresh factory. @example describeGatewayRoute(undefined, { seed: 1 }).eventName; // 'DescribeGatewayRoute' */
export const describeGatewayRoute = standalone('DescribeGatewayRoute');
/** A `DescribeMesh` record from a fresh factory. @example describeMesh(undefined, { seed: 1 }).eventName; // 'DescribeMesh' */
export const describeMesh = standalone('DescribeMesh');
/** A `DescribeRoute` record from a fresh factory. @example describeRoute(undefined, { seed: 1 }).eventName; // 'DescribeRoute' */
export const describeRoute = standalone('DescribeRoute');
/** A `DescribeVirtualGateway` record from a fresh factory. @example describeVirtualGateway(undefined, { seed: 1 }).eventName; // 'DescribeVirtualGateway' */
export const describeVirtualGateway = standalone('DescribeVirtualGateway');
/** A `DescribeVirtualNode` record from a fresh factory. @example describeVirtualNode(undefined, { seed: 1 }).eventName; // 'DescribeVirtualNode' */
export const describeVirtualNode = standalone('DescribeVirtualNode');
/** A `DescribeVirtualRouter` record from a fresh factory. @example describeVirtualRouter(undefined, { seed: 1 }).eventName; // 'DescribeVirtualRouter' */
export const describeVirtualRouter = standalone('DescribeVirtualRouter');
/** A `DescribeVirtualService` record from a fresh factory. @example describeVirtualService(undefined, { seed: 1 }).eventName; // 'DescribeVirtualService' */
export const describeVirtualService = standalone('DescribeVirtualService');
/** A `ListGatewayRoutes` record from a fresh factory. @example listGatewayRoutes(undefined, { seed: 1 }).eventName; // 'ListGatewayRoutes' */
export const listGatewayRoutes = standalone('ListGatewayRoutes');
/** A `ListMeshes` record from a fresh factory. @example listMeshes(undefined, { seed: 1 }).eventName; // 'ListMeshes' */
export const listMeshes = standalone('ListMeshes');
/** A `ListRoutes` record from a fresh factory. @example listRoutes(undefined, { seed: 1 }).eventName; // 'ListRoutes' */
export const listRoutes = standalone('ListRoutes');
/** A `ListTagsForResource` record from a fresh factory. @example listTagsForResource(undefined, { seed: 1 }).eventName; // 'ListTagsForResource' */
export const listTagsForResource = standalone('ListTagsForResource');
/** A `ListVirtualGateways` record from a fresh factory. @example listVirtualGateways(undefined, { seed: 1 }).eventName; // 'ListVirtualGateways' */
export const listVirtualGateways = standalone('ListVirtualGateways');
/** A `ListVirtualNodes` record from a fresh factory. @example listVirtualNodes(undefined, { seed: 1 }).eventName; // 'ListVirtualNodes' */
export const listVirtualNodes = standalone('ListVirtualNodes');
/** A `ListVirtualRouters` record from a fresh factory. @example listVirtualRouters(undefined, { seed: 1 }).eventName; // 'ListVirtualRouters' */
export const listVirtualRouters = standalone('ListVirtualRouters');
/** A `ListVirtualServices` record from a fresh factory. @example listVirtualServices(undefined, { seed: 1 }).eventName; // 'ListVirtualServices' */
export const listVirtualServices = standalone('ListVirtualServices');
/** A `StreamAggregatedResources` record from a fresh factory. @example streamAggregatedResources(undefined, { seed: 1 }).eventName; // 'StreamAggregatedResources' */
export const streamAggregatedResources = standalone('StreamAggregatedResources');
/** A `TagResource` record from a fresh factory. @example tagResource(undefined, { seed: 1 }).eventName; // 'TagResource' */
export const tagResource = standalone('TagResource');
/** A `UntagResource` record from a fresh factory. @example untagResource(undefined, { seed: 1 }).eventName; // 'UntagResource' */
export const untagResource = standalone('UntagResource');
/** A `UpdateGatewayRoute` record from a fresh factory. @example updateGatewayRoute(undefined, { seed: 1 }).eventName; // 'UpdateGatewayRoute' */
export const updateGatewayRoute = standalone('UpdateGatewayRoute');
/** A `UpdateMesh` record from a fresh factory. @example updateMesh(undefined, { seed: 1 }).eventName; // 'UpdateMesh' */
export const updateMesh = standalone('UpdateMesh');
/** A `UpdateRoute` record from a fresh factory. @example updateRoute(undefined, { seed: 1 }).eventName; // 'UpdateRoute' */
export const updateRoute = standalone('UpdateRoute');
/** A `UpdateVirtualGateway` record from a fresh factory. @example updateVirtualGateway(undefined, { seed: 1 }).eventName; // 'UpdateVirtualGateway' */
export const updateVirtualGateway = standalone('UpdateVirtualGateway');
/** A `UpdateVirtualNode` record from a fresh factory. @example updateVirtualNode(undefined, { seed: 1 }).eventName; // 'UpdateVirtualNode' */
export const updateVirtualNode = standalone('UpdateVirtualNode');
/** A `UpdateVirtualRouter` record from a fresh factory. @example updateVirtualRouter(undefined, { seed: 1 }).eventName; // 'UpdateVirtualRouter' */
export const updateVirtualRouter = standalone('UpdateVirtualRouter');
/** A `UpdateVirtualService` record from a fresh factory. @example updateVirtualService(undefined, { seed: 1 }).eventName; // 'UpdateVirtualService' */
export const updateVirtualService = standalone('UpdateVirtualService');
