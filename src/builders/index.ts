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

/**
 * A one-line builder of one App Mesh event: a fresh factory per call.
 *
 * @example
 * import type { StandaloneBuilder } from 'cloudtrail-codecs/builders';
 * declare const build: StandaloneBuilder<'CreateMesh'>;
 * build({ requestParameters: { meshName: 'shop' } }, { seed: 1 }).eventName; // 'CreateMesh'
 */
export type StandaloneBuilder<N extends AppMeshEventName> = (
  overrides?: Overrides<AppMeshEventJsonOf<N>>,
  options?: BuildOptions,
) => AppMeshEventJsonOf<N>;

function standalone<N extends AppMeshEventName>(eventName: N): StandaloneBuilder<N> {
  return (overrides, options = {}) => appMeshBuilders(new Fixtures(options)).build(eventName, overrides, options);
}

/**
 * A one-line builder of one identity type: a fresh factory per call.
 *
 * @example
 * import type { IdentityBuilder } from 'cloudtrail-codecs/builders';
 * declare const build: IdentityBuilder<'iamUser'>;
 * build({ userName: 'alice' }, { seed: 1 }).userName; // 'alice'
 */
export type IdentityBuilder<M extends IdentityMethod> = (
  overrides?: Parameters<Fixtures[M]>[0],
  options?: FixtureOptions,
) => ReturnType<Fixtures[M]>;

/** The identity builders of {@link Fixtures}, by method name. */
export type IdentityMethod =
  | 'root'
  | 'iamUser'
  | 'assumedRole'
  | 'role'
  | 'federatedUser'
  | 'awsService'
  | 'awsAccount'
  | 'identityCenterUser'
  | 'samlUser'
  | 'webIdentityUser'
  | 'directory'
  | 'unknown';

function identity<M extends IdentityMethod>(method: M): IdentityBuilder<M> {
  return (overrides, options = {}) => (new Fixtures(options)[method] as (o?: unknown) => ReturnType<Fixtures[M]>)(overrides);
}

/** A root identity from a fresh factory. @example root(undefined, { seed: 1 }).type; // 'Root' */
export const root: IdentityBuilder<'root'> = identity('root');
/** An IAM user identity from a fresh factory. @example iamUser({ userName: 'alice' }).userName; // 'alice' */
export const iamUser: IdentityBuilder<'iamUser'> = identity('iamUser');
/** An assumed-role identity from a fresh factory. @example assumedRole().type; // 'AssumedRole' */
export const assumedRole: IdentityBuilder<'assumedRole'> = identity('assumedRole');
/** A role identity from a fresh factory. @example role().type; // 'Role' */
export const role: IdentityBuilder<'role'> = identity('role');
/** A federated-user identity from a fresh factory. @example federatedUser().type; // 'FederatedUser' */
export const federatedUser: IdentityBuilder<'federatedUser'> = identity('federatedUser');
/** An AWS service identity from a fresh factory. @example awsService().type; // 'AWSService' */
export const awsService: IdentityBuilder<'awsService'> = identity('awsService');
/** An AWS account identity from a fresh factory. @example awsAccount().type; // 'AWSAccount' */
export const awsAccount: IdentityBuilder<'awsAccount'> = identity('awsAccount');
/** An Identity Center user from a fresh factory. @example identityCenterUser().type; // 'IdentityCenterUser' */
export const identityCenterUser: IdentityBuilder<'identityCenterUser'> = identity('identityCenterUser');
/** A SAML user from a fresh factory. @example samlUser().type; // 'SAMLUser' */
export const samlUser: IdentityBuilder<'samlUser'> = identity('samlUser');
/** A web-identity user from a fresh factory. @example webIdentityUser().type; // 'WebIdentityUser' */
export const webIdentityUser: IdentityBuilder<'webIdentityUser'> = identity('webIdentityUser');
/** A directory user from a fresh factory. @example directory().type; // 'Directory' */
export const directory: IdentityBuilder<'directory'> = identity('directory');
/** An `Unknown` identity from a fresh factory. @example unknown().type; // 'Unknown' */
export const unknown: IdentityBuilder<'unknown'> = identity('unknown');

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
export const createGatewayRoute: StandaloneBuilder<'CreateGatewayRoute'> = standalone('CreateGatewayRoute');
/** A `CreateMesh` record from a fresh factory. @example createMesh(undefined, { seed: 1 }).eventName; // 'CreateMesh' */
export const createMesh: StandaloneBuilder<'CreateMesh'> = standalone('CreateMesh');
/** A `CreateRoute` record from a fresh factory. @example createRoute(undefined, { seed: 1 }).eventName; // 'CreateRoute' */
export const createRoute: StandaloneBuilder<'CreateRoute'> = standalone('CreateRoute');
/** A `CreateVirtualGateway` record from a fresh factory. @example createVirtualGateway(undefined, { seed: 1 }).eventName; // 'CreateVirtualGateway' */
export const createVirtualGateway: StandaloneBuilder<'CreateVirtualGateway'> = standalone('CreateVirtualGateway');
/** A `CreateVirtualNode` record from a fresh factory. @example createVirtualNode(undefined, { seed: 1 }).eventName; // 'CreateVirtualNode' */
export const createVirtualNode: StandaloneBuilder<'CreateVirtualNode'> = standalone('CreateVirtualNode');
/** A `CreateVirtualRouter` record from a fresh factory. @example createVirtualRouter(undefined, { seed: 1 }).eventName; // 'CreateVirtualRouter' */
export const createVirtualRouter: StandaloneBuilder<'CreateVirtualRouter'> = standalone('CreateVirtualRouter');
/** A `CreateVirtualService` record from a fresh factory. @example createVirtualService(undefined, { seed: 1 }).eventName; // 'CreateVirtualService' */
export const createVirtualService: StandaloneBuilder<'CreateVirtualService'> = standalone('CreateVirtualService');
/** A `DeleteGatewayRoute` record from a fresh factory. @example deleteGatewayRoute(undefined, { seed: 1 }).eventName; // 'DeleteGatewayRoute' */
export const deleteGatewayRoute: StandaloneBuilder<'DeleteGatewayRoute'> = standalone('DeleteGatewayRoute');
/** A `DeleteMesh` record from a fresh factory. @example deleteMesh(undefined, { seed: 1 }).eventName; // 'DeleteMesh' */
export const deleteMesh: StandaloneBuilder<'DeleteMesh'> = standalone('DeleteMesh');
/** A `DeleteRoute` record from a fresh factory. @example deleteRoute(undefined, { seed: 1 }).eventName; // 'DeleteRoute' */
export const deleteRoute: StandaloneBuilder<'DeleteRoute'> = standalone('DeleteRoute');
/** A `DeleteVirtualGateway` record from a fresh factory. @example deleteVirtualGateway(undefined, { seed: 1 }).eventName; // 'DeleteVirtualGateway' */
export const deleteVirtualGateway: StandaloneBuilder<'DeleteVirtualGateway'> = standalone('DeleteVirtualGateway');
/** A `DeleteVirtualNode` record from a fresh factory. @example deleteVirtualNode(undefined, { seed: 1 }).eventName; // 'DeleteVirtualNode' */
export const deleteVirtualNode: StandaloneBuilder<'DeleteVirtualNode'> = standalone('DeleteVirtualNode');
/** A `DeleteVirtualRouter` record from a fresh factory. @example deleteVirtualRouter(undefined, { seed: 1 }).eventName; // 'DeleteVirtualRouter' */
export const deleteVirtualRouter: StandaloneBuilder<'DeleteVirtualRouter'> = standalone('DeleteVirtualRouter');
/** A `DeleteVirtualService` record from a fresh factory. @example deleteVirtualService(undefined, { seed: 1 }).eventName; // 'DeleteVirtualService' */
export const deleteVirtualService: StandaloneBuilder<'DeleteVirtualService'> = standalone('DeleteVirtualService');
/** A `DescribeGatewayRoute` record from a fresh factory. @example describeGatewayRoute(undefined, { seed: 1 }).eventName; // 'DescribeGatewayRoute' */
export const describeGatewayRoute: StandaloneBuilder<'DescribeGatewayRoute'> = standalone('DescribeGatewayRoute');
/** A `DescribeMesh` record from a fresh factory. @example describeMesh(undefined, { seed: 1 }).eventName; // 'DescribeMesh' */
export const describeMesh: StandaloneBuilder<'DescribeMesh'> = standalone('DescribeMesh');
/** A `DescribeRoute` record from a fresh factory. @example describeRoute(undefined, { seed: 1 }).eventName; // 'DescribeRoute' */
export const describeRoute: StandaloneBuilder<'DescribeRoute'> = standalone('DescribeRoute');
/** A `DescribeVirtualGateway` record from a fresh factory. @example describeVirtualGateway(undefined, { seed: 1 }).eventName; // 'DescribeVirtualGateway' */
export const describeVirtualGateway: StandaloneBuilder<'DescribeVirtualGateway'> = standalone('DescribeVirtualGateway');
/** A `DescribeVirtualNode` record from a fresh factory. @example describeVirtualNode(undefined, { seed: 1 }).eventName; // 'DescribeVirtualNode' */
export const describeVirtualNode: StandaloneBuilder<'DescribeVirtualNode'> = standalone('DescribeVirtualNode');
/** A `DescribeVirtualRouter` record from a fresh factory. @example describeVirtualRouter(undefined, { seed: 1 }).eventName; // 'DescribeVirtualRouter' */
export const describeVirtualRouter: StandaloneBuilder<'DescribeVirtualRouter'> = standalone('DescribeVirtualRouter');
/** A `DescribeVirtualService` record from a fresh factory. @example describeVirtualService(undefined, { seed: 1 }).eventName; // 'DescribeVirtualService' */
export const describeVirtualService: StandaloneBuilder<'DescribeVirtualService'> = standalone('DescribeVirtualService');
/** A `ListGatewayRoutes` record from a fresh factory. @example listGatewayRoutes(undefined, { seed: 1 }).eventName; // 'ListGatewayRoutes' */
export const listGatewayRoutes: StandaloneBuilder<'ListGatewayRoutes'> = standalone('ListGatewayRoutes');
/** A `ListMeshes` record from a fresh factory. @example listMeshes(undefined, { seed: 1 }).eventName; // 'ListMeshes' */
export const listMeshes: StandaloneBuilder<'ListMeshes'> = standalone('ListMeshes');
/** A `ListRoutes` record from a fresh factory. @example listRoutes(undefined, { seed: 1 }).eventName; // 'ListRoutes' */
export const listRoutes: StandaloneBuilder<'ListRoutes'> = standalone('ListRoutes');
/** A `ListTagsForResource` record from a fresh factory. @example listTagsForResource(undefined, { seed: 1 }).eventName; // 'ListTagsForResource' */
export const listTagsForResource: StandaloneBuilder<'ListTagsForResource'> = standalone('ListTagsForResource');
/** A `ListVirtualGateways` record from a fresh factory. @example listVirtualGateways(undefined, { seed: 1 }).eventName; // 'ListVirtualGateways' */
export const listVirtualGateways: StandaloneBuilder<'ListVirtualGateways'> = standalone('ListVirtualGateways');
/** A `ListVirtualNodes` record from a fresh factory. @example listVirtualNodes(undefined, { seed: 1 }).eventName; // 'ListVirtualNodes' */
export const listVirtualNodes: StandaloneBuilder<'ListVirtualNodes'> = standalone('ListVirtualNodes');
/** A `ListVirtualRouters` record from a fresh factory. @example listVirtualRouters(undefined, { seed: 1 }).eventName; // 'ListVirtualRouters' */
export const listVirtualRouters: StandaloneBuilder<'ListVirtualRouters'> = standalone('ListVirtualRouters');
/** A `ListVirtualServices` record from a fresh factory. @example listVirtualServices(undefined, { seed: 1 }).eventName; // 'ListVirtualServices' */
export const listVirtualServices: StandaloneBuilder<'ListVirtualServices'> = standalone('ListVirtualServices');
/** A `StreamAggregatedResources` record from a fresh factory. @example streamAggregatedResources(undefined, { seed: 1 }).eventName; // 'StreamAggregatedResources' */
export const streamAggregatedResources: StandaloneBuilder<'StreamAggregatedResources'> = standalone('StreamAggregatedResources');
/** A `TagResource` record from a fresh factory. @example tagResource(undefined, { seed: 1 }).eventName; // 'TagResource' */
export const tagResource: StandaloneBuilder<'TagResource'> = standalone('TagResource');
/** A `UntagResource` record from a fresh factory. @example untagResource(undefined, { seed: 1 }).eventName; // 'UntagResource' */
export const untagResource: StandaloneBuilder<'UntagResource'> = standalone('UntagResource');
/** A `UpdateGatewayRoute` record from a fresh factory. @example updateGatewayRoute(undefined, { seed: 1 }).eventName; // 'UpdateGatewayRoute' */
export const updateGatewayRoute: StandaloneBuilder<'UpdateGatewayRoute'> = standalone('UpdateGatewayRoute');
/** A `UpdateMesh` record from a fresh factory. @example updateMesh(undefined, { seed: 1 }).eventName; // 'UpdateMesh' */
export const updateMesh: StandaloneBuilder<'UpdateMesh'> = standalone('UpdateMesh');
/** A `UpdateRoute` record from a fresh factory. @example updateRoute(undefined, { seed: 1 }).eventName; // 'UpdateRoute' */
export const updateRoute: StandaloneBuilder<'UpdateRoute'> = standalone('UpdateRoute');
/** A `UpdateVirtualGateway` record from a fresh factory. @example updateVirtualGateway(undefined, { seed: 1 }).eventName; // 'UpdateVirtualGateway' */
export const updateVirtualGateway: StandaloneBuilder<'UpdateVirtualGateway'> = standalone('UpdateVirtualGateway');
/** A `UpdateVirtualNode` record from a fresh factory. @example updateVirtualNode(undefined, { seed: 1 }).eventName; // 'UpdateVirtualNode' */
export const updateVirtualNode: StandaloneBuilder<'UpdateVirtualNode'> = standalone('UpdateVirtualNode');
/** A `UpdateVirtualRouter` record from a fresh factory. @example updateVirtualRouter(undefined, { seed: 1 }).eventName; // 'UpdateVirtualRouter' */
export const updateVirtualRouter: StandaloneBuilder<'UpdateVirtualRouter'> = standalone('UpdateVirtualRouter');
/** A `UpdateVirtualService` record from a fresh factory. @example updateVirtualService(undefined, { seed: 1 }).eventName; // 'UpdateVirtualService' */
export const updateVirtualService: StandaloneBuilder<'UpdateVirtualService'> = standalone('UpdateVirtualService');
