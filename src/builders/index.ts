/**
 * Wire-accurate, deterministic CloudTrail fixtures: identities, records of any
 * service, App Mesh events, log files, EventBridge and LookupEvents
 * envelopes, and `anonymize` to turn real records into shareable fixtures.
 * Nothing here reads the clock or `Math.random`: the same seed and
 * overrides give the same JSON.
 *
 * @packageDocumentation
 */
import type { AppMeshEventName } from '../services/appmesh/generated/events.js';
import { appMeshBuilders, type AppMeshBuildOptions, type AppMeshEventJsonOf } from './appmesh.js';
import { Fixtures, type FixtureOptions, type IdentityMethod } from './Fixtures.js';
import type { Overrides } from './overrides.js';
import { readOptions } from './BuilderError.js';

export * from './random.js';
export * from './overrides.js';
export * from './Fixtures.js';
export * from './appmesh.js';
export * from './anonymize.js';
export * from './trail.js';
export { BuilderError } from './BuilderError.js';

/**
 * Options of the one-line builders: the factory's, and for App Mesh the event's.
 *
 * @example
 * import { createMesh, type BuildOptions } from 'cloudtrail-codecs/builders';
 * const options: BuildOptions = { seed: 3, region: 'eu-west-1', fail: 'ConflictException' };
 * createMesh(undefined, options).awsRegion; // 'eu-west-1'
 */
export type BuildOptions = FixtureOptions & AppMeshBuildOptions;

/**
 * A one-line builder of one App Mesh event: a fresh factory per call.
 *
 * @example
 * import { createMesh, type StandaloneBuilder } from 'cloudtrail-codecs/builders';
 * const build: StandaloneBuilder<'CreateMesh'> = createMesh;
 * build({ requestParameters: { meshName: 'shop' } }, { seed: 1 }).eventName; // 'CreateMesh'
 */
export type StandaloneBuilder<N extends AppMeshEventName> = (
  overrides?: Overrides<AppMeshEventJsonOf<N>>,
  options?: BuildOptions,
) => AppMeshEventJsonOf<N>;

function standalone<N extends AppMeshEventName>(eventName: N): StandaloneBuilder<N> {
  // Options errors name the event, not the factory made for it.
  return (overrides, options = {}) => appMeshBuilders(new Fixtures(readOptions(options, eventName))).build(eventName, overrides, options);
}

/**
 * A one-line builder of one identity type: a fresh factory per call.
 *
 * @example
 * import { iamUser, type IdentityBuilder } from 'cloudtrail-codecs/builders';
 * const build: IdentityBuilder<'iamUser'> = iamUser;
 * build({ userName: 'alice' }, { seed: 1 }).userName; // 'alice'
 */
export type IdentityBuilder<M extends IdentityMethod> = (
  overrides?: Parameters<Fixtures[M]>[0],
  options?: FixtureOptions,
) => ReturnType<Fixtures[M]>;

function identity<M extends IdentityMethod>(method: M): IdentityBuilder<M> {
  return (overrides, options = {}) => {
    const fx = new Fixtures(readOptions(options, method));
    return (fx[method] as (this: Fixtures, o?: unknown) => ReturnType<Fixtures[M]>).call(fx, overrides);
  };
}

/**
 * A root identity from a fresh factory.
 *
 * @example
 * import { root } from 'cloudtrail-codecs/builders';
 * root(undefined, { accountId: '111122223333' }).arn; // 'arn:aws:iam::111122223333:root'
 */
export const root: IdentityBuilder<'root'> = identity('root');
/**
 * An IAM user identity from a fresh factory.
 *
 * @example
 * import { iamUser } from 'cloudtrail-codecs/builders';
 * iamUser({ userName: 'alice' }).arn; // 'arn:aws:iam::…:user/alice': the account is drawn from the seed
 */
export const iamUser: IdentityBuilder<'iamUser'> = identity('iamUser');
/**
 * An assumed-role identity from a fresh factory.
 *
 * @example
 * import { assumedRole } from 'cloudtrail-codecs/builders';
 * assumedRole({ sessionContext: { sessionIssuer: { userName: 'Deployer' } } }, { seed: 2 }).arn.includes(':assumed-role/Deployer/'); // true
 */
export const assumedRole: IdentityBuilder<'assumedRole'> = identity('assumedRole');
/**
 * A role identity from a fresh factory.
 *
 * @example
 * import { role } from 'cloudtrail-codecs/builders';
 * role({ userName: 'Deployer' }).arn?.endsWith(':role/Deployer'); // true
 */
export const role: IdentityBuilder<'role'> = identity('role');
/**
 * A federated-user identity from a fresh factory.
 *
 * @example
 * import { federatedUser } from 'cloudtrail-codecs/builders';
 * federatedUser(undefined, { accountId: '111122223333' }).arn.startsWith('arn:aws:sts::111122223333:federated-user/'); // true
 */
export const federatedUser: IdentityBuilder<'federatedUser'> = identity('federatedUser');
/**
 * An AWS service identity from a fresh factory.
 *
 * @example
 * import { awsService } from 'cloudtrail-codecs/builders';
 * awsService({ invokedBy: 'kms.amazonaws.com' }).invokedBy; // 'kms.amazonaws.com'
 */
export const awsService: IdentityBuilder<'awsService'> = identity('awsService');
/**
 * An AWS account identity from a fresh factory.
 *
 * @example
 * import { awsAccount } from 'cloudtrail-codecs/builders';
 * awsAccount({ accountId: '444455556666' }).accountId; // '444455556666'
 */
export const awsAccount: IdentityBuilder<'awsAccount'> = identity('awsAccount');
/**
 * An Identity Center user from a fresh factory.
 *
 * @example
 * import { identityCenterUser } from 'cloudtrail-codecs/builders';
 * identityCenterUser(undefined, { seed: 3 }).onBehalfOf.userId; // a UUID drawn from the seed
 */
export const identityCenterUser: IdentityBuilder<'identityCenterUser'> = identity('identityCenterUser');
/**
 * A SAML user from a fresh factory.
 *
 * @example
 * import { samlUser } from 'cloudtrail-codecs/builders';
 * samlUser({ userName: 'alice@example.com' }).principalId.endsWith(':alice@example.com'); // true
 */
export const samlUser: IdentityBuilder<'samlUser'> = identity('samlUser');
/**
 * A web-identity user from a fresh factory.
 *
 * @example
 * import { webIdentityUser } from 'cloudtrail-codecs/builders';
 * webIdentityUser().identityProvider; // 'accounts.google.com'
 */
export const webIdentityUser: IdentityBuilder<'webIdentityUser'> = identity('webIdentityUser');
/**
 * A directory user from a fresh factory.
 *
 * @example
 * import { directory } from 'cloudtrail-codecs/builders';
 * directory({ userName: 'alice' }).userName; // 'alice'
 */
export const directory: IdentityBuilder<'directory'> = identity('directory');
/**
 * An `Unknown` identity from a fresh factory.
 *
 * @example
 * import { unknown } from 'cloudtrail-codecs/builders';
 * unknown().type; // 'Unknown'
 */
export const unknown: IdentityBuilder<'unknown'> = identity('unknown');

/**
 * A record of any service, from a fresh factory.
 *
 * @example
 * import { record, assumedRole } from 'cloudtrail-codecs/builders';
 * const r = record({ eventSource: 'sqs.amazonaws.com', eventName: 'SendMessage', userIdentity: assumedRole() }, { seed: 5 });
 */
export function record(overrides?: Parameters<Fixtures['record']>[0], options: FixtureOptions = {}): ReturnType<Fixtures['record']> {
  return new Fixtures(readOptions(options, 'record')).record(overrides);
}

/**
 * A `CreateGatewayRoute` record from a fresh factory.
 *
 * @example
 * import { createGatewayRoute } from 'cloudtrail-codecs/builders';
 * createGatewayRoute({ requestParameters: { meshName: 'shop' } }, { seed: 1 }).requestParameters?.meshName; // 'shop'
 */
export const createGatewayRoute: StandaloneBuilder<'CreateGatewayRoute'> = standalone('CreateGatewayRoute');
/**
 * A `CreateMesh` record from a fresh factory.
 *
 * @example
 * import { createMesh } from 'cloudtrail-codecs/builders';
 * createMesh({ requestParameters: { meshName: 'shop' } }, { seed: 1 }).requestParameters?.meshName; // 'shop'
 */
export const createMesh: StandaloneBuilder<'CreateMesh'> = standalone('CreateMesh');
/**
 * A `CreateRoute` record from a fresh factory.
 *
 * @example
 * import { createRoute } from 'cloudtrail-codecs/builders';
 * createRoute({ requestParameters: { meshName: 'shop' } }, { seed: 1 }).requestParameters?.meshName; // 'shop'
 */
export const createRoute: StandaloneBuilder<'CreateRoute'> = standalone('CreateRoute');
/**
 * A `CreateVirtualGateway` record from a fresh factory.
 *
 * @example
 * import { createVirtualGateway } from 'cloudtrail-codecs/builders';
 * createVirtualGateway({ requestParameters: { meshName: 'shop' } }, { seed: 1 }).requestParameters?.meshName; // 'shop'
 */
export const createVirtualGateway: StandaloneBuilder<'CreateVirtualGateway'> = standalone('CreateVirtualGateway');
/**
 * A `CreateVirtualNode` record from a fresh factory.
 *
 * @example
 * import { createVirtualNode } from 'cloudtrail-codecs/builders';
 * createVirtualNode({ requestParameters: { meshName: 'shop' } }, { seed: 1 }).requestParameters?.meshName; // 'shop'
 */
export const createVirtualNode: StandaloneBuilder<'CreateVirtualNode'> = standalone('CreateVirtualNode');
/**
 * A `CreateVirtualRouter` record from a fresh factory.
 *
 * @example
 * import { createVirtualRouter } from 'cloudtrail-codecs/builders';
 * createVirtualRouter({ requestParameters: { meshName: 'shop' } }, { seed: 1 }).requestParameters?.meshName; // 'shop'
 */
export const createVirtualRouter: StandaloneBuilder<'CreateVirtualRouter'> = standalone('CreateVirtualRouter');
/**
 * A `CreateVirtualService` record from a fresh factory.
 *
 * @example
 * import { createVirtualService } from 'cloudtrail-codecs/builders';
 * createVirtualService({ requestParameters: { meshName: 'shop' } }, { seed: 1 }).requestParameters?.meshName; // 'shop'
 */
export const createVirtualService: StandaloneBuilder<'CreateVirtualService'> = standalone('CreateVirtualService');
/**
 * A `DeleteGatewayRoute` record from a fresh factory.
 *
 * @example
 * import { deleteGatewayRoute } from 'cloudtrail-codecs/builders';
 * deleteGatewayRoute(undefined, { fail: 'ResourceInUseException' }).errorCode; // 'ResourceInUseException'
 */
export const deleteGatewayRoute: StandaloneBuilder<'DeleteGatewayRoute'> = standalone('DeleteGatewayRoute');
/**
 * A `DeleteMesh` record from a fresh factory.
 *
 * @example
 * import { deleteMesh } from 'cloudtrail-codecs/builders';
 * deleteMesh(undefined, { fail: 'ResourceInUseException' }).errorCode; // 'ResourceInUseException'
 */
export const deleteMesh: StandaloneBuilder<'DeleteMesh'> = standalone('DeleteMesh');
/**
 * A `DeleteRoute` record from a fresh factory.
 *
 * @example
 * import { deleteRoute } from 'cloudtrail-codecs/builders';
 * deleteRoute(undefined, { fail: 'ResourceInUseException' }).errorCode; // 'ResourceInUseException'
 */
export const deleteRoute: StandaloneBuilder<'DeleteRoute'> = standalone('DeleteRoute');
/**
 * A `DeleteVirtualGateway` record from a fresh factory.
 *
 * @example
 * import { deleteVirtualGateway } from 'cloudtrail-codecs/builders';
 * deleteVirtualGateway(undefined, { fail: 'ResourceInUseException' }).errorCode; // 'ResourceInUseException'
 */
export const deleteVirtualGateway: StandaloneBuilder<'DeleteVirtualGateway'> = standalone('DeleteVirtualGateway');
/**
 * A `DeleteVirtualNode` record from a fresh factory.
 *
 * @example
 * import { deleteVirtualNode } from 'cloudtrail-codecs/builders';
 * deleteVirtualNode(undefined, { fail: 'ResourceInUseException' }).errorCode; // 'ResourceInUseException'
 */
export const deleteVirtualNode: StandaloneBuilder<'DeleteVirtualNode'> = standalone('DeleteVirtualNode');
/**
 * A `DeleteVirtualRouter` record from a fresh factory.
 *
 * @example
 * import { deleteVirtualRouter } from 'cloudtrail-codecs/builders';
 * deleteVirtualRouter(undefined, { fail: 'ResourceInUseException' }).errorCode; // 'ResourceInUseException'
 */
export const deleteVirtualRouter: StandaloneBuilder<'DeleteVirtualRouter'> = standalone('DeleteVirtualRouter');
/**
 * A `DeleteVirtualService` record from a fresh factory.
 *
 * @example
 * import { deleteVirtualService } from 'cloudtrail-codecs/builders';
 * deleteVirtualService(undefined, { fail: 'ResourceInUseException' }).errorCode; // 'ResourceInUseException'
 */
export const deleteVirtualService: StandaloneBuilder<'DeleteVirtualService'> = standalone('DeleteVirtualService');
/**
 * A `DescribeGatewayRoute` record from a fresh factory.
 *
 * @example
 * import { describeGatewayRoute } from 'cloudtrail-codecs/builders';
 * describeGatewayRoute(undefined, { seed: 1 }).readOnly; // true
 */
export const describeGatewayRoute: StandaloneBuilder<'DescribeGatewayRoute'> = standalone('DescribeGatewayRoute');
/**
 * A `DescribeMesh` record from a fresh factory.
 *
 * @example
 * import { describeMesh } from 'cloudtrail-codecs/builders';
 * describeMesh(undefined, { seed: 1 }).readOnly; // true
 */
export const describeMesh: StandaloneBuilder<'DescribeMesh'> = standalone('DescribeMesh');
/**
 * A `DescribeRoute` record from a fresh factory.
 *
 * @example
 * import { describeRoute } from 'cloudtrail-codecs/builders';
 * describeRoute(undefined, { seed: 1 }).readOnly; // true
 */
export const describeRoute: StandaloneBuilder<'DescribeRoute'> = standalone('DescribeRoute');
/**
 * A `DescribeVirtualGateway` record from a fresh factory.
 *
 * @example
 * import { describeVirtualGateway } from 'cloudtrail-codecs/builders';
 * describeVirtualGateway(undefined, { seed: 1 }).readOnly; // true
 */
export const describeVirtualGateway: StandaloneBuilder<'DescribeVirtualGateway'> = standalone('DescribeVirtualGateway');
/**
 * A `DescribeVirtualNode` record from a fresh factory.
 *
 * @example
 * import { describeVirtualNode } from 'cloudtrail-codecs/builders';
 * describeVirtualNode(undefined, { seed: 1 }).readOnly; // true
 */
export const describeVirtualNode: StandaloneBuilder<'DescribeVirtualNode'> = standalone('DescribeVirtualNode');
/**
 * A `DescribeVirtualRouter` record from a fresh factory.
 *
 * @example
 * import { describeVirtualRouter } from 'cloudtrail-codecs/builders';
 * describeVirtualRouter(undefined, { seed: 1 }).readOnly; // true
 */
export const describeVirtualRouter: StandaloneBuilder<'DescribeVirtualRouter'> = standalone('DescribeVirtualRouter');
/**
 * A `DescribeVirtualService` record from a fresh factory.
 *
 * @example
 * import { describeVirtualService } from 'cloudtrail-codecs/builders';
 * describeVirtualService(undefined, { seed: 1 }).readOnly; // true
 */
export const describeVirtualService: StandaloneBuilder<'DescribeVirtualService'> = standalone('DescribeVirtualService');
/**
 * A `ListGatewayRoutes` record from a fresh factory.
 *
 * @example
 * import { listGatewayRoutes } from 'cloudtrail-codecs/builders';
 * listGatewayRoutes(undefined, { seed: 1 }).readOnly; // true
 */
export const listGatewayRoutes: StandaloneBuilder<'ListGatewayRoutes'> = standalone('ListGatewayRoutes');
/**
 * A `ListMeshes` record from a fresh factory.
 *
 * @example
 * import { listMeshes } from 'cloudtrail-codecs/builders';
 * listMeshes(undefined, { seed: 1 }).readOnly; // true
 */
export const listMeshes: StandaloneBuilder<'ListMeshes'> = standalone('ListMeshes');
/**
 * A `ListRoutes` record from a fresh factory.
 *
 * @example
 * import { listRoutes } from 'cloudtrail-codecs/builders';
 * listRoutes(undefined, { seed: 1 }).readOnly; // true
 */
export const listRoutes: StandaloneBuilder<'ListRoutes'> = standalone('ListRoutes');
/**
 * A `ListTagsForResource` record from a fresh factory.
 *
 * @example
 * import { listTagsForResource } from 'cloudtrail-codecs/builders';
 * listTagsForResource(undefined, { seed: 1 }).eventName; // 'ListTagsForResource'
 */
export const listTagsForResource: StandaloneBuilder<'ListTagsForResource'> = standalone('ListTagsForResource');
/**
 * A `ListVirtualGateways` record from a fresh factory.
 *
 * @example
 * import { listVirtualGateways } from 'cloudtrail-codecs/builders';
 * listVirtualGateways(undefined, { seed: 1 }).readOnly; // true
 */
export const listVirtualGateways: StandaloneBuilder<'ListVirtualGateways'> = standalone('ListVirtualGateways');
/**
 * A `ListVirtualNodes` record from a fresh factory.
 *
 * @example
 * import { listVirtualNodes } from 'cloudtrail-codecs/builders';
 * listVirtualNodes(undefined, { seed: 1 }).readOnly; // true
 */
export const listVirtualNodes: StandaloneBuilder<'ListVirtualNodes'> = standalone('ListVirtualNodes');
/**
 * A `ListVirtualRouters` record from a fresh factory.
 *
 * @example
 * import { listVirtualRouters } from 'cloudtrail-codecs/builders';
 * listVirtualRouters(undefined, { seed: 1 }).readOnly; // true
 */
export const listVirtualRouters: StandaloneBuilder<'ListVirtualRouters'> = standalone('ListVirtualRouters');
/**
 * A `ListVirtualServices` record from a fresh factory.
 *
 * @example
 * import { listVirtualServices } from 'cloudtrail-codecs/builders';
 * listVirtualServices(undefined, { seed: 1 }).readOnly; // true
 */
export const listVirtualServices: StandaloneBuilder<'ListVirtualServices'> = standalone('ListVirtualServices');
/**
 * A `StreamAggregatedResources` record from a fresh factory.
 *
 * @example
 * import { streamAggregatedResources } from 'cloudtrail-codecs/builders';
 * streamAggregatedResources(undefined, { status: 'ConnectionTerminated', node: 'virtualGateway' }).serviceEventDetails.eventStatus; // 'ConnectionTerminated'
 */
export const streamAggregatedResources: StandaloneBuilder<'StreamAggregatedResources'> = standalone('StreamAggregatedResources');
/**
 * A `TagResource` record from a fresh factory.
 *
 * @example
 * import { tagResource } from 'cloudtrail-codecs/builders';
 * tagResource(undefined, { seed: 1 }).eventName; // 'TagResource'
 */
export const tagResource: StandaloneBuilder<'TagResource'> = standalone('TagResource');
/**
 * An `UntagResource` record from a fresh factory.
 *
 * @example
 * import { untagResource } from 'cloudtrail-codecs/builders';
 * untagResource(undefined, { seed: 1 }).eventName; // 'UntagResource'
 */
export const untagResource: StandaloneBuilder<'UntagResource'> = standalone('UntagResource');
/**
 * An `UpdateGatewayRoute` record from a fresh factory.
 *
 * @example
 * import { updateGatewayRoute } from 'cloudtrail-codecs/builders';
 * updateGatewayRoute(undefined, { fail: true }).responseElements; // null: a failed call
 */
export const updateGatewayRoute: StandaloneBuilder<'UpdateGatewayRoute'> = standalone('UpdateGatewayRoute');
/**
 * An `UpdateMesh` record from a fresh factory.
 *
 * @example
 * import { updateMesh } from 'cloudtrail-codecs/builders';
 * updateMesh(undefined, { fail: true }).responseElements; // null: a failed call
 */
export const updateMesh: StandaloneBuilder<'UpdateMesh'> = standalone('UpdateMesh');
/**
 * An `UpdateRoute` record from a fresh factory.
 *
 * @example
 * import { updateRoute } from 'cloudtrail-codecs/builders';
 * updateRoute(undefined, { fail: true }).responseElements; // null: a failed call
 */
export const updateRoute: StandaloneBuilder<'UpdateRoute'> = standalone('UpdateRoute');
/**
 * An `UpdateVirtualGateway` record from a fresh factory.
 *
 * @example
 * import { updateVirtualGateway } from 'cloudtrail-codecs/builders';
 * updateVirtualGateway(undefined, { fail: true }).responseElements; // null: a failed call
 */
export const updateVirtualGateway: StandaloneBuilder<'UpdateVirtualGateway'> = standalone('UpdateVirtualGateway');
/**
 * An `UpdateVirtualNode` record from a fresh factory.
 *
 * @example
 * import { updateVirtualNode } from 'cloudtrail-codecs/builders';
 * updateVirtualNode(undefined, { fail: true }).responseElements; // null: a failed call
 */
export const updateVirtualNode: StandaloneBuilder<'UpdateVirtualNode'> = standalone('UpdateVirtualNode');
/**
 * An `UpdateVirtualRouter` record from a fresh factory.
 *
 * @example
 * import { updateVirtualRouter } from 'cloudtrail-codecs/builders';
 * updateVirtualRouter(undefined, { fail: true }).responseElements; // null: a failed call
 */
export const updateVirtualRouter: StandaloneBuilder<'UpdateVirtualRouter'> = standalone('UpdateVirtualRouter');
/**
 * An `UpdateVirtualService` record from a fresh factory.
 *
 * @example
 * import { updateVirtualService } from 'cloudtrail-codecs/builders';
 * updateVirtualService(undefined, { fail: true }).responseElements; // null: a failed call
 */
export const updateVirtualService: StandaloneBuilder<'UpdateVirtualService'> = standalone('UpdateVirtualService');
export {
  buildPayload,
  buildServiceEvent,
  type BuildableService,
  type PayloadOptions,
  type ServiceBuildOptions,
  type ServiceEventJsonOf,
  type ServiceEventNameOf,
} from '../service-kit/build/index.js';
