import { subMinutes } from 'date-fns';
import { quoteText } from '../core/escapeText.js';
import { formatIsoUtc, formatJavaUtc } from '../core/utcTime.js';
import type { UserIdentityJson } from '../identity/UserIdentity.js';
import { buildServiceEvent } from '../service-kit/build/event.js';
import {
  AppMeshEventStrict,
  appMeshService,
  type AppMeshEventName,
  type AppMeshFailedCallJson,
  type AppMeshSucceededCallJson,
} from '../services/appmesh/generated/events.js';
import type { StreamAggregatedResourcesEventJson, StreamEventStatusName } from '../services/appmesh/StreamAggregatedResources.js';
import { BuilderError, checkBuilt, failOption, optionReader, readBuilderInput, readOptions } from './BuilderError.js';
import { Fixtures, type FixtureOptions } from './Fixtures.js';
import { mergeOverrides, type Overrides } from './overrides.js';

// The App Mesh builders tell a story across the calls of one factory: names,
// specs, ARNs and resource metadata that agree with each other and with the
// records made before. buildServiceEvent (the kit's builder of any service)
// assembles each call from that story and checks it; what is App Mesh's own
// is the story, its error messages, and the StreamAggregatedResources event.

/**
 * The wire type of the record of an App Mesh event, by `eventName`: what its builder returns.
 *
 * @example
 * import { buildAppMeshEvent, type AppMeshEventJsonOf } from 'cloudtrail-codecs/builders';
 * const meshes: Array<AppMeshEventJsonOf<'CreateMesh'>> = [1, 2, 3].map((seed) => buildAppMeshEvent('CreateMesh', undefined, { seed }));
 */
export type AppMeshEventJsonOf<N extends AppMeshEventName> =
  | Extract<AppMeshSucceededCallJson | AppMeshFailedCallJson, { readonly eventName: N }>
  | ('StreamAggregatedResources' extends N ? StreamAggregatedResourcesEventJson : never);

/**
 * The three statuses App Mesh reports for an Envoy's xDS connection.
 *
 * @example
 * import { streamAggregatedResources, type StreamStatus } from 'cloudtrail-codecs/builders';
 * const statuses: StreamStatus[] = ['ConnectionEstablished', 'ConnectionGracefullyTerminated', 'ConnectionTerminated'];
 * const lifecycle = statuses.map((status) => streamAggregatedResources(undefined, { status, seed: 1 }));
 */
export type StreamStatus = StreamEventStatusName;

/**
 * Options of an App Mesh builder.
 *
 * @example
 * import { Fixtures, appMeshBuilders, type AppMeshBuildOptions } from 'cloudtrail-codecs/builders';
 * const notFound: AppMeshBuildOptions = { fail: 'NotFoundException' };
 * const am = appMeshBuilders(new Fixtures({ seed: 1 }));
 * am.describeMesh({}, notFound).errorCode; // 'NotFoundException'
 */
export interface AppMeshBuildOptions {
  /**
   * Make a failed call: `true` for the error most typical of the operation,
   * or an error code such as `'NotFoundException'`. `errorMessage` is set to
   * a message in App Mesh's style and `responseElements` to `null`.
   */
  readonly fail?: boolean | string;
  /** StreamAggregatedResources only: the connection status. Default `ConnectionEstablished`. */
  readonly status?: StreamStatus;
  /** StreamAggregatedResources only: whether the proxy serves a virtual node or a virtual gateway. */
  readonly node?: 'virtualNode' | 'virtualGateway';
}

/**
 * Builders of App Mesh records, one per event, drawing from one {@link Fixtures} factory.
 *
 * @example
 * import { Fixtures, appMeshBuilders, type AppMeshBuilders } from 'cloudtrail-codecs/builders';
 * const meshLifecycle = (am: AppMeshBuilders) => [am.createMesh(), am.updateMesh(), am.deleteMesh()];
 * meshLifecycle(appMeshBuilders(new Fixtures({ seed: 4 }))).map((e) => e.eventName); // ['CreateMesh', 'UpdateMesh', 'DeleteMesh']
 */
export type AppMeshBuilders = {
  readonly [N in AppMeshEventName as Uncapitalize<N>]: (
    overrides?: Overrides<AppMeshEventJsonOf<N>>,
    options?: AppMeshBuildOptions,
  ) => AppMeshEventJsonOf<N>;
} & {
  /** The factory the builders draw from. */
  readonly fixtures: Fixtures;
  /** Any of the 39 events by name. */
  build<N extends AppMeshEventName>(
    eventName: N,
    overrides?: Overrides<AppMeshEventJsonOf<N>>,
    options?: AppMeshBuildOptions,
  ): AppMeshEventJsonOf<N>;
};

type Json = Record<string, unknown>;
type Kind = 'mesh' | 'virtualNode' | 'virtualRouter' | 'virtualService' | 'virtualGateway' | 'route' | 'gatewayRoute';
type Verb = 'Create' | 'Update' | 'Delete' | 'Describe' | 'List';

// Per kind: the plural of its List operation, its parent below the mesh, and the prefix of its names (`node-1`).
const KINDS: Readonly<Record<Kind, { readonly plural: string; readonly parent?: Kind; readonly prefix: string }>> = {
  mesh: { plural: 'meshes', prefix: 'mesh' },
  virtualNode: { plural: 'virtualNodes', prefix: 'node' },
  virtualRouter: { plural: 'virtualRouters', prefix: 'router' },
  virtualService: { plural: 'virtualServices', prefix: 'service' },
  virtualGateway: { plural: 'virtualGateways', prefix: 'gateway' },
  route: { plural: 'routes', parent: 'virtualRouter', prefix: 'route' },
  gatewayRoute: { plural: 'gatewayRoutes', parent: 'virtualGateway', prefix: 'gateway-route' },
};
const KIND_NAMES = Object.keys(KINDS) as Kind[];

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const nameKey = (kind: Kind): string => `${kind}Name`;

/** `CreateVirtualNode` → Create, virtualNode; `ListGatewayRoutes` → List, gatewayRoute; the tagging operations → undefined. */
function parseOperation(eventName: string): { verb: Verb; kind: Kind } | undefined {
  const m = /^(Create|Update|Delete|Describe|List)(\w+)$/.exec(eventName);
  const verb = m?.[1] as Verb | undefined;
  const rest = lowerFirst(m?.[2] ?? '');
  const kind = KIND_NAMES.find((k) => (verb === 'List' ? KINDS[k].plural : k) === rest);
  return verb === undefined || kind === undefined ? undefined : { verb, kind };
}

// The error a failed call of each verb most often carries; every operation of the verb declares it.
const TYPICAL_ERROR: Readonly<Record<Verb, string>> = {
  Create: 'ConflictException',
  Update: 'BadRequestException',
  Delete: 'ResourceInUseException',
  Describe: 'NotFoundException',
  List: 'ForbiddenException',
};

class AppMeshWorld {
  // The latest name of each kind, so a route lands in the router made before it.
  private readonly latest = new Map<Kind, string>();

  constructor(readonly fx: Fixtures) {
    fx.onReset(() => this.latest.clear());
    // A refused call puts the latest names back, as the factory does its sequences.
    fx.keepState(() => {
      const saved = new Map(this.latest);
      return () => {
        this.latest.clear();
        for (const [kind, name] of saved) this.latest.set(kind, name);
      };
    });
  }

  current(kind: Kind): string {
    return this.latest.get(kind) ?? this.fresh(kind);
  }

  fresh(kind: Kind): string {
    let name = this.fx.nextName(KINDS[kind].prefix);
    if (kind === 'virtualService') name = `${name}.${this.current('mesh')}.local`;
    this.latest.set(kind, name);
    return name;
  }

  remember(kind: Kind, name: string): void {
    this.latest.set(kind, name);
  }

  arn(kind: Kind, names: Readonly<Record<string, string>>): string {
    const parts = [`mesh/${names['meshName'] ?? ''}`];
    const parent = KINDS[kind].parent;
    if (parent !== undefined) parts.push(`${parent}/${names[nameKey(parent)] ?? ''}`);
    if (kind !== 'mesh') parts.push(`${kind}/${names[nameKey(kind)] ?? ''}`);
    return `arn:aws:appmesh:${this.fx.region}:${this.fx.accountId}:${parts.join('/')}`;
  }

  spec(kind: Kind, names: Readonly<Record<string, string>>): Json {
    const logging = { accessLog: { file: { path: '/dev/stdout' } } };
    switch (kind) {
      case 'mesh':
        return { egressFilter: { type: 'DROP_ALL' } };
      case 'virtualNode': {
        const healthCheck = { protocol: 'http', path: '/health', healthyThreshold: 2, unhealthyThreshold: 3, timeoutMillis: 2000, intervalMillis: 5000 };
        const hostname = `${names['virtualNodeName'] ?? 'node'}.${names['meshName'] ?? this.current('mesh')}.local`;
        return { listeners: [{ portMapping: { port: 8080, protocol: 'http' }, healthCheck }], serviceDiscovery: { dns: { hostname } }, backends: [], logging };
      }
      case 'virtualRouter':
        return { listeners: [{ portMapping: { port: 8080, protocol: 'http' } }] };
      case 'virtualService':
        return { provider: { virtualRouter: { virtualRouterName: this.current('virtualRouter') } } };
      case 'virtualGateway':
        return { listeners: [{ portMapping: { port: 8443, protocol: 'http' } }], logging };
      case 'route':
        return { httpRoute: { match: { prefix: '/' }, action: { weightedTargets: [{ virtualNode: this.current('virtualNode'), weight: 100 }] } } };
      case 'gatewayRoute':
        return { httpRoute: { match: { prefix: '/' }, action: { target: { virtualService: { virtualServiceName: this.current('virtualService') } } } } };
    }
  }
}

function errorMessage(code: string, eventName: string, names: Readonly<Record<string, string>>, accountId: string): string {
  const mesh = names['meshName'] ?? 'mesh';
  switch (code) {
    case 'NotFoundException':
      return names['meshName'] === undefined ? 'The specified resource does not exist.' : `Mesh ${mesh} not found for account ${accountId}`;
    case 'ResourceInUseException':
      return `Mesh ${mesh} for account ${accountId} has active VirtualRouters, please delete VirtualRouters before deleting the Mesh`;
    case 'ConflictException':
      return `A resource with the same name already exists in mesh ${mesh} with a different client token`;
    case 'BadRequestException':
      return `1 validation error detected: Value null at 'spec' failed to satisfy constraint: Member must not be null`;
    case 'ForbiddenException':
      return `User is not authorized to perform appmesh:${eventName}`;
    case 'LimitExceededException':
      return `Limit exceeded for mesh ${mesh}`;
    case 'TooManyRequestsException':
      return 'Rate exceeded';
    case 'TooManyTagsException':
      return 'The request exceeds the maximum number of tags allowed for the resource.';
    case 'InternalFailure':
    case 'InternalServerErrorException':
      return 'An internal error occurred.';
    default:
      return `The request failed with ${code}`;
  }
}

/**
 * The request and response of a successful call, as the story goes: names
 * from the request overrides when given, otherwise the latest of their kind
 * (a new one for a create); a given spec replaces the default whole, and the
 * response mirrors the request, its times around `time`.
 */
function story(world: AppMeshWorld, eventName: string, given: Json, time: Date): { request: Json | null; response: Json | null; names: Record<string, string> } {
  const fx = world.fx;
  const str = (k: string): string | undefined => (typeof given[k] === 'string' ? (given[k] as string) : undefined);
  const op = parseOperation(eventName);
  if (op === undefined) {
    // The tagging operations, on the latest mesh.
    const resourceArn = str('resourceArn') ?? world.arn('mesh', { meshName: world.current('mesh') });
    const tags = [{ key: 'team', value: 'payments' }];
    if (eventName === 'TagResource') return { request: { resourceArn, tags }, response: null, names: {} };
    if (eventName === 'UntagResource') return { request: { resourceArn, tagKeys: ['team'] }, response: null, names: {} };
    return { request: { resourceArn }, response: { tags }, names: {} };
  }
  const { verb, kind } = op;
  const parent = KINDS[kind].parent;
  const names: Record<string, string> = {};
  if (kind !== 'mesh' || verb !== 'List') {
    names['meshName'] = str('meshName') ?? (kind === 'mesh' && verb === 'Create' ? world.fresh('mesh') : world.current('mesh'));
    // Remembered at once: names drawn below (a virtual service's DNS name) use it.
    world.remember('mesh', names['meshName']);
  }
  if (parent !== undefined) names[nameKey(parent)] = str(nameKey(parent)) ?? world.current(parent);
  if (verb !== 'List' && kind !== 'mesh') names[nameKey(kind)] = str(nameKey(kind)) ?? (verb === 'Create' ? world.fresh(kind) : world.current(kind));
  for (const k of KIND_NAMES) if (names[nameKey(k)] !== undefined) world.remember(k, names[nameKey(k)] as string);

  const java = formatJavaUtc(time);
  const before = formatJavaUtc(subMinutes(time, fx.random.int(5, 600)));
  if (verb === 'List') {
    const listed = { ...names, [nameKey(kind)]: world.current(kind) };
    const ref = { arn: world.arn(kind, listed), createdAt: before, lastUpdatedAt: before, meshName: world.current('mesh'), meshOwner: fx.accountId, resourceOwner: fx.accountId, version: 1, ...listed };
    return { request: kind === 'mesh' ? null : { ...names }, response: { [KINDS[kind].plural]: [ref] }, names };
  }
  const givenSpec = given['spec'] !== undefined && given['spec'] !== null ? (given['spec'] as Json) : undefined;
  const spec = givenSpec ?? world.spec(kind, names);
  const writes = verb === 'Create' || verb === 'Update';
  const request = kind === 'mesh' ? { meshName: names['meshName'] } : { [nameKey(kind)]: names[nameKey(kind)], ...names };
  const metadata = {
    arn: world.arn(kind, names),
    createdAt: verb === 'Create' ? java : before,
    lastUpdatedAt: verb === 'Describe' ? before : java,
    meshOwner: fx.accountId,
    resourceOwner: fx.accountId,
    uid: fx.uuid(),
    version: verb === 'Create' ? 1 : verb === 'Update' ? 2 : fx.random.int(1, 4),
  };
  const data = { ...names, spec, metadata, status: { status: verb === 'Delete' ? 'DELETED' : 'ACTIVE' } };
  return { request: writes ? { ...request, spec, clientToken: fx.uuid() } : request, response: { [kind]: data }, names };
}

function buildCall(world: AppMeshWorld, eventName: string, rest: Json, fail: boolean | string | undefined, identity: UserIdentityJson | undefined): unknown {
  const fx = world.fx;
  const envelope = fx.record({ eventSource: appMeshService.eventSource, eventName, ...(identity === undefined ? {} : { userIdentity: identity }) });
  const given = rest['requestParameters'];
  const { request, response, names } = story(world, eventName, typeof given === 'object' && given !== null ? (given as Json) : {}, new Date(envelope.eventTime));
  const verb = parseOperation(eventName)?.verb;
  const typical = verb === undefined ? (eventName === 'TagResource' ? 'TooManyTagsException' : 'BadRequestException') : TYPICAL_ERROR[verb];
  const failure = fail === undefined || fail === false ? undefined : fail === true ? typical : fail;
  const record = {
    ...envelope,
    ...(failure === undefined ? {} : { errorCode: failure, errorMessage: errorMessage(failure, eventName, names, fx.accountId) }),
    requestParameters: request,
    responseElements: failure === undefined ? response : null,
    apiVersion: '2019-01-25',
  };
  // Nothing of the kit's own drawing survives: depth 0 draws only required members, which the story sets.
  return buildServiceEvent(appMeshService, eventName as never, mergeOverrides(record as Json, rest) as never, { depth: 0 });
}

const STATUSES: readonly string[] = ['ConnectionEstablished', 'ConnectionGracefullyTerminated', 'ConnectionTerminated'];

/** The App Mesh options, read once and checked: a {@link BuilderError} naming the one of the wrong type. */
function readAppMeshOptions(builder: string, options: unknown): { fail?: boolean | string; status?: StreamStatus; node?: 'virtualNode' | 'virtualGateway' } {
  if (options === undefined) return {};
  const read = optionReader(builder, options);
  const fail = failOption(builder, read('fail'));
  const status = read('status');
  const node = read('node');
  if (status !== undefined && (typeof status !== 'string' || !STATUSES.includes(status))) {
    throw new BuilderError(builder, `options.status must be one of ${STATUSES.join(', ')}`, ['options.status']);
  }
  if (node !== undefined && node !== 'virtualNode' && node !== 'virtualGateway') {
    throw new BuilderError(builder, 'options.node must be virtualNode or virtualGateway', ['options.node']);
  }
  return {
    ...(fail === undefined ? {} : { fail }),
    ...(status === undefined ? {} : { status: status as StreamStatus }),
    ...(node === undefined ? {} : { node }),
  };
}

/** A StreamAggregatedResources service event: an Envoy proxy of the latest node or gateway connects, or loses its stream. */
function buildStream(world: AppMeshWorld, given: Json, options: { status?: StreamStatus; node?: 'virtualNode' | 'virtualGateway' }): unknown {
  const fx = world.fx;
  const kind = options.node ?? 'virtualNode';
  const status = options.status ?? 'ConnectionEstablished';
  const nodeArn = world.arn(kind, { meshName: world.current('mesh'), [nameKey(kind)]: world.current(kind) });
  const { userIdentity, ...rest } = given;
  let caller = userIdentity;
  if (caller === undefined) {
    // Envoy's calls are made by App Mesh with the task's role: no session context.
    const { sessionContext: _none, ...role } = fx.assumedRole();
    caller = { ...role, invokedBy: 'appmesh.amazonaws.com' };
  }
  const record = {
    eventVersion: '1.08',
    userIdentity: caller,
    eventTime: formatIsoUtc(fx.nextTime()),
    eventSource: appMeshService.eventSource,
    eventName: 'StreamAggregatedResources',
    awsRegion: fx.region,
    sourceIPAddress: 'appmesh.amazonaws.com',
    userAgent: 'appmesh.amazonaws.com',
    eventID: fx.uuid(),
    readOnly: false,
    eventType: 'AwsServiceEvent',
    managementEvent: true,
    recipientAccountId: fx.accountId,
    serviceEventDetails: {
      connectionId: fx.uuid(),
      nodeArn,
      eventStatus: status,
      failureReason: status === 'ConnectionTerminated' ? `Unauthorized to perform appmesh:StreamAggregatedResources for ${nodeArn}.` : '',
    },
    eventCategory: 'Management',
  };
  const built = mergeOverrides(record as Json, rest);
  checkBuilt('StreamAggregatedResources', AppMeshEventStrict, built, given);
  return built;
}

/**
 * Builders for every App Mesh event, drawing names, times and ids from one
 * factory so that successive records tell a consistent story (a route is
 * created in the router made before it). Each builder takes typed overrides
 * of the wire record and options (`fail`, and for StreamAggregatedResources
 * `status` and `node`).
 *
 * @example
 * import { Fixtures, appMeshBuilders } from 'cloudtrail-codecs/builders';
 * const am = appMeshBuilders(new Fixtures({ seed: 3 }));
 * const mesh = am.createMesh();
 * const failed = am.deleteMesh({}, { fail: 'ResourceInUseException' });
 * failed.responseElements; // null
 */
export function appMeshBuilders(fx: Fixtures): AppMeshBuilders {
  const world = new AppMeshWorld(fx);
  const buildOnce = (eventName: string, overrides: unknown, options: unknown): unknown => {
    if (typeof eventName !== 'string' || !appMeshService.eventNames.includes(eventName)) {
      throw new BuilderError('build', `${typeof eventName === 'string' ? quoteText(eventName) : `a ${typeof eventName}`} is not an App Mesh event`, ['eventName']);
    }
    const given = readBuilderInput(eventName, overrides === undefined ? {} : overrides);
    if (typeof given !== 'object' || given === null || Array.isArray(given)) throw new BuilderError(eventName, 'the overrides are not an object', ['']);
    const opts = readAppMeshOptions(eventName, options);
    if (eventName === 'StreamAggregatedResources') return buildStream(world, given as Json, opts);
    // A given userIdentity replaces the default whole, as in Fixtures.record.
    const { userIdentity, ...rest } = given as Json;
    // A given errorCode makes a failed call, as `fail` does: a succeeded call with an error code would not decode.
    const fail = opts.fail ?? (typeof rest['errorCode'] === 'string' ? rest['errorCode'] : undefined);
    return buildCall(world, eventName, rest, fail, userIdentity as UserIdentityJson | undefined);
  };
  const build = (eventName: string, overrides?: unknown, options?: unknown): unknown => fx.transaction(() => buildOnce(eventName, overrides, options));
  const out: Record<string, unknown> = { fixtures: fx, build };
  for (const name of appMeshService.eventNames) out[lowerFirst(name)] = (overrides?: unknown, options?: unknown) => build(name, overrides, options);
  return out as AppMeshBuilders;
}

/**
 * One App Mesh record in one line, from a fresh factory: the same arguments
 * always give the same JSON.
 *
 * @example
 * import { buildAppMeshEvent } from 'cloudtrail-codecs/builders';
 * const e = buildAppMeshEvent('CreateRoute', { requestParameters: { meshName: 'shop' } }, { seed: 9 });
 * e.eventName; // 'CreateRoute'
 */
export function buildAppMeshEvent<N extends AppMeshEventName>(
  eventName: N,
  overrides?: Overrides<AppMeshEventJsonOf<N>>,
  options: AppMeshBuildOptions & FixtureOptions = {},
): AppMeshEventJsonOf<N> {
  // Options errors name the event, not the factory made for it.
  const fixtureOptions = readOptions(options, typeof eventName === 'string' ? eventName : 'build');
  return appMeshBuilders(new Fixtures(fixtureOptions)).build(eventName, overrides, options);
}
