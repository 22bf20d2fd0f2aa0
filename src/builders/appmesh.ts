import type * as t from 'io-ts';
import { subMinutes } from 'date-fns';
import { appMeshEvents, type AppMeshEventName } from '../appmesh/AppMeshEvent.js';
import type { StreamEventStatusName } from '../appmesh/StreamAggregatedResources.js';
import { appMeshOperations } from '../appmesh/generated/operations.js';
import { quoteText } from '../core/escapeText.js';
import { formatIsoUtc, formatJavaUtc } from '../core/utcTime.js';
import type { JsonObject } from '../core/JsonValue.js';
import type { UserIdentityJson } from '../identity/UserIdentity.js';
import type { ActivityRecordJson } from '../record/ActivityRecord.js';
import { Fixtures, type FixtureOptions } from './Fixtures.js';
import { BuilderError, checkBuilt, readBuilderInput, readOptions } from './BuilderError.js';
import { mergeOverrides, type Overrides } from './overrides.js';

/**
 * The wire type of the record of an App Mesh event, by `eventName`: what its builder returns.
 *
 * @example
 * import { buildAppMeshEvent, type AppMeshEventJsonOf } from 'cloudtrail-codecs/builders';
 * const meshes: Array<AppMeshEventJsonOf<'CreateMesh'>> = [1, 2, 3].map((seed) => buildAppMeshEvent('CreateMesh', undefined, { seed }));
 */
export type AppMeshEventJsonOf<N extends AppMeshEventName> = t.OutputOf<(typeof appMeshEvents)[N]>;

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

type Kind = 'mesh' | 'virtualNode' | 'virtualRouter' | 'virtualService' | 'virtualGateway' | 'route' | 'gatewayRoute';
type Verb = 'Create' | 'Update' | 'Delete' | 'Describe' | 'List';

interface KindInfo {
  /** The operation-name part: `VirtualNode`. */
  readonly pascal: string;
  /** The list operation part and output member: `VirtualNodes`, `virtualNodes`. */
  readonly plural: string;
  /** The parent below the mesh, for routes and gateway routes. */
  readonly parent?: Kind;
  /** The name prefix of the sequence: `node` gives `node-1`. */
  readonly prefix: string;
}

const KINDS: Readonly<Record<Kind, KindInfo>> = {
  mesh: { pascal: 'Mesh', plural: 'Meshes', prefix: 'mesh' },
  virtualNode: { pascal: 'VirtualNode', plural: 'VirtualNodes', prefix: 'node' },
  virtualRouter: { pascal: 'VirtualRouter', plural: 'VirtualRouters', prefix: 'router' },
  virtualService: { pascal: 'VirtualService', plural: 'VirtualServices', prefix: 'service' },
  virtualGateway: { pascal: 'VirtualGateway', plural: 'VirtualGateways', prefix: 'gateway' },
  route: { pascal: 'Route', plural: 'Routes', parent: 'virtualRouter', prefix: 'route' },
  gatewayRoute: { pascal: 'GatewayRoute', plural: 'GatewayRoutes', parent: 'virtualGateway', prefix: 'gateway-route' },
};

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const nameKey = (kind: Kind): string => `${kind}Name`;

/** `CreateVirtualNode` → Create, virtualNode; `ListGatewayRoutes` → List, gatewayRoute. */
function parseOperation(eventName: string): { verb: Verb; kind: Kind } | undefined {
  const m = /^(Create|Update|Delete|Describe|List)(\w+)$/.exec(eventName);
  if (m === null) return undefined;
  const verb = m[1] as Verb;
  const rest = m[2] as string;
  for (const [kind, info] of Object.entries(KINDS) as Array<[Kind, KindInfo]>) {
    if ((verb === 'List' ? info.plural : info.pascal) === rest) return { verb, kind };
  }
  return undefined;
}

// The error a failed call of each verb most often carries.
const TYPICAL_ERROR: Readonly<Record<Verb | 'Tag', string>> = {
  Create: 'ConflictException',
  Update: 'BadRequestException',
  Delete: 'ResourceInUseException',
  Describe: 'NotFoundException',
  List: 'ForbiddenException',
  Tag: 'TooManyTagsException',
};

type Json = Record<string, unknown>;

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
    const info = KINDS[kind];
    let name = this.fx.nextName(info.prefix);
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
    const mesh = names['meshName'] ?? this.current('mesh');
    switch (kind) {
      case 'mesh':
        return { egressFilter: { type: 'DROP_ALL' } };
      case 'virtualNode':
        return {
          listeners: [
            {
              portMapping: { port: 8080, protocol: 'http' },
              healthCheck: {
                protocol: 'http',
                path: '/health',
                healthyThreshold: 2,
                unhealthyThreshold: 3,
                timeoutMillis: 2000,
                intervalMillis: 5000,
              },
            },
          ],
          serviceDiscovery: { dns: { hostname: `${names['virtualNodeName'] ?? 'node'}.${mesh}.local` } },
          backends: [],
          logging: { accessLog: { file: { path: '/dev/stdout' } } },
        };
      case 'virtualRouter':
        return { listeners: [{ portMapping: { port: 8080, protocol: 'http' } }] };
      case 'virtualService':
        return { provider: { virtualRouter: { virtualRouterName: this.current('virtualRouter') } } };
      case 'virtualGateway':
        return { listeners: [{ portMapping: { port: 8443, protocol: 'http' } }], logging: { accessLog: { file: { path: '/dev/stdout' } } } };
      case 'route':
        return {
          httpRoute: {
            match: { prefix: '/' },
            action: { weightedTargets: [{ virtualNode: this.current('virtualNode'), weight: 100 }] },
          },
        };
      case 'gatewayRoute':
        return {
          httpRoute: {
            match: { prefix: '/' },
            action: { target: { virtualService: { virtualServiceName: this.current('virtualService') } } },
          },
        };
    }
  }
}

function errorMessage(code: string, eventName: string, names: Readonly<Record<string, string>>, world: AppMeshWorld): string {
  const mesh = names['meshName'] ?? 'mesh';
  switch (code) {
    case 'NotFoundException':
      return names['meshName'] === undefined ? 'The specified resource does not exist.' : `Mesh ${mesh} not found for account ${world.fx.accountId}`;
    case 'ResourceInUseException':
      return `Mesh ${mesh} for account ${world.fx.accountId} has active VirtualRouters, please delete VirtualRouters before deleting the Mesh`;
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

function buildCall(
  world: AppMeshWorld,
  eventName: string,
  overrides: Json,
  options: AppMeshBuildOptions,
  identity: UserIdentityJson | undefined,
): ActivityRecordJson {
  const fx = world.fx;
  const info = appMeshOperations[eventName as keyof typeof appMeshOperations];
  const op = parseOperation(eventName);
  const given = (overrides['requestParameters'] ?? {}) as Json;
  const str = (k: string): string | undefined => (typeof given[k] === 'string' ? (given[k] as string) : undefined);
  let request: Json | null;
  let response: Json | null = null;
  const names: Record<string, string> = {};
  const time = fx.nextTime();
  const java = formatJavaUtc(time);
  const before = formatJavaUtc(subMinutes(time, fx.random.int(5, 600)));
  let tagTarget: string | undefined;

  if (op !== undefined) {
    const { verb, kind } = op;
    const k = KINDS[kind];
    // Names: from the overrides when given, otherwise the latest of the kind
    // (a new one for a create).
    if (kind !== 'mesh' || verb !== 'List') {
      names['meshName'] = str('meshName') ?? (kind === 'mesh' && verb === 'Create' ? world.fresh('mesh') : world.current('mesh'));
      // Remember it now: names drawn below (a virtual service's DNS name) use it.
      world.remember('mesh', names['meshName']);
    }
    if (k.parent !== undefined) names[nameKey(k.parent)] = str(nameKey(k.parent)) ?? world.current(k.parent);
    if (verb !== 'List' && kind !== 'mesh') names[nameKey(kind)] = str(nameKey(kind)) ?? (verb === 'Create' ? world.fresh(kind) : world.current(kind));
    for (const [key, value] of Object.entries(names)) {
      const kindOf = (Object.keys(KINDS) as Kind[]).find((x) => nameKey(x) === key);
      if (kindOf !== undefined) world.remember(kindOf, value);
    }
    // A given spec replaces the default whole (merging could set two members
    // of a union), and the response mirrors it.
    const givenSpec = given['spec'] !== undefined && given['spec'] !== null ? (given['spec'] as Json) : undefined;
    const spec = verb === 'Create' || verb === 'Update' ? (givenSpec ?? world.spec(kind, names)) : undefined;
    if (verb === 'List') {
      request = kind === 'mesh' ? null : { ...names };
    } else {
      request = { [nameKey(kind)]: names[nameKey(kind)], ...names };
      if (kind === 'mesh') request = { meshName: names['meshName'] };
      if (spec !== undefined) request = { ...request, spec, clientToken: fx.uuid() };
    }
    const metadata = {
      arn: world.arn(kind, names),
      createdAt: verb === 'Create' ? java : before,
      lastUpdatedAt: verb === 'Create' || verb === 'Update' || verb === 'Delete' ? java : before,
      meshOwner: fx.accountId,
      resourceOwner: fx.accountId,
      uid: fx.uuid(),
      version: verb === 'Create' ? 1 : verb === 'Update' ? 2 : fx.random.int(1, 4),
    };
    if (verb === 'List') {
      const ref: Json = { arn: world.arn(kind, { ...names, [nameKey(kind)]: world.current(kind) }), createdAt: before, lastUpdatedAt: before, meshName: names['meshName'] ?? world.current('mesh'), meshOwner: fx.accountId, resourceOwner: fx.accountId, version: 1 };
      if (k.parent !== undefined) ref[nameKey(k.parent)] = names[nameKey(k.parent)];
      if (kind !== 'mesh') ref[nameKey(kind)] = world.current(kind);
      response = { [lowerFirst(k.plural)]: [ref] };
    } else {
      const data: Json = { meshName: names['meshName'] };
      if (k.parent !== undefined) data[nameKey(k.parent)] = names[nameKey(k.parent)];
      if (kind !== 'mesh') data[nameKey(kind)] = names[nameKey(kind)];
      data['spec'] = spec ?? world.spec(kind, names);
      data['metadata'] = metadata;
      data['status'] = { status: verb === 'Delete' ? 'DELETED' : 'ACTIVE' };
      response = { [kind]: data };
    }
  } else {
    // The tagging operations.
    tagTarget = str('resourceArn') ?? world.arn('mesh', { meshName: world.current('mesh') });
    const tags = [{ key: 'team', value: 'payments' }];
    if (eventName === 'TagResource') request = { resourceArn: tagTarget, tags };
    else if (eventName === 'UntagResource') request = { resourceArn: tagTarget, tagKeys: ['team'] };
    else {
      request = { resourceArn: tagTarget };
      response = { tags };
    }
  }

  const declared: readonly string[] = info?.errors ?? [];
  const typical = TYPICAL_ERROR[op?.verb ?? 'Tag'];
  const failure =
    options.fail === undefined || options.fail === false
      ? undefined
      : options.fail === true
        ? declared.includes(typical) ? typical : (declared[0] ?? typical)
        : options.fail;
  const base = fx.record({
    eventSource: 'appmesh.amazonaws.com',
    eventName,
    eventTime: formatIsoUtc(time),
    readOnly: info?.readOnly ?? false,
    ...(identity === undefined ? {} : { userIdentity: identity }),
  });
  const record: ActivityRecordJson = {
    eventVersion: base.eventVersion,
    userIdentity: base.userIdentity,
    eventTime: formatIsoUtc(time),
    eventSource: base.eventSource,
    eventName,
    awsRegion: base.awsRegion,
    ...(base.sourceIPAddress === undefined ? {} : { sourceIPAddress: base.sourceIPAddress }),
    ...(base.userAgent === undefined ? {} : { userAgent: base.userAgent }),
    ...(failure === undefined ? {} : { errorCode: failure, errorMessage: errorMessage(failure, eventName, names, world) }),
    requestParameters: request as JsonObject | null,
    responseElements: failure === undefined ? (response as JsonObject | null) : null,
    ...(base.requestID === undefined ? {} : { requestID: base.requestID }),
    ...(base.eventID === undefined ? {} : { eventID: base.eventID }),
    readOnly: info?.readOnly ?? false,
    eventType: 'AwsApiCall',
    apiVersion: '2019-01-25',
    managementEvent: true,
    ...(base.recipientAccountId === undefined ? {} : { recipientAccountId: base.recipientAccountId }),
    eventCategory: 'Management',
    ...(base.tlsDetails === undefined ? {} : { tlsDetails: base.tlsDetails }),
  };
  return record;
}

const STATUSES: readonly string[] = ['ConnectionEstablished', 'ConnectionGracefullyTerminated', 'ConnectionTerminated'];

/** The App Mesh options, read once and checked: a {@link BuilderError} naming the one of the wrong type. */
function readAppMeshOptions(builder: string, options: unknown): { fail?: boolean | string; status?: StreamStatus; node?: 'virtualNode' | 'virtualGateway' } {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null) throw new BuilderError(builder, 'the options are not an object', ['options']);
  const read = (key: string): unknown => {
    try {
      return (options as Record<string, unknown>)[key];
    } catch {
      throw new BuilderError(builder, `options.${key} cannot be read: reading it threw`, [`options.${key}`]);
    }
  };
  const fail = read('fail');
  const status = read('status');
  const node = read('node');
  if (fail !== undefined && typeof fail !== 'boolean' && typeof fail !== 'string') {
    throw new BuilderError(builder, 'options.fail must be a boolean or an error code', ['options.fail']);
  }
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

function buildStream(world: AppMeshWorld, options: AppMeshBuildOptions, given: UserIdentityJson | undefined): ActivityRecordJson {
  const fx = world.fx;
  const mesh = world.current('mesh');
  const kind = options.node ?? 'virtualNode';
  const node = world.current(kind);
  const status = options.status ?? 'ConnectionEstablished';
  const nodeArn = world.arn(kind, { meshName: mesh, [nameKey(kind)]: node });
  const identity = given ?? fx.assumedRole();
  // Envoy's calls are made by App Mesh with the task's role: no session context.
  if (given === undefined) delete (identity as { sessionContext?: unknown }).sessionContext;
  const time = fx.nextTime();
  return {
    eventVersion: '1.08',
    userIdentity: given ?? { ...identity, invokedBy: 'appmesh.amazonaws.com' },
    eventTime: formatIsoUtc(time),
    eventSource: 'appmesh.amazonaws.com',
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
  const build = (eventName: string, overrides: unknown = {}, options: AppMeshBuildOptions = {}): unknown =>
    fx.transaction(() => buildOnce(eventName, overrides, options));
  const buildOnce = (eventName: string, overrides: unknown, options: AppMeshBuildOptions): unknown => {
    if (typeof eventName !== 'string' || !Object.prototype.hasOwnProperty.call(appMeshEvents, eventName)) {
      throw new BuilderError('build', `${typeof eventName === 'string' ? quoteText(eventName) : `a ${typeof eventName}`} is not an App Mesh event`, ['eventName']);
    }
    const given = readBuilderInput(eventName, overrides === undefined ? {} : overrides);
    if (typeof given !== 'object' || given === null || Array.isArray(given)) {
      throw new BuilderError(eventName, 'the overrides are not an object', ['']);
    }
    const opts = readAppMeshOptions(eventName, options);
    // A given errorCode makes a failed call, as `fail` does: a succeeded
    // call with an error code would not decode.
    const errorCode = (given as Json)['errorCode'];
    if (opts.fail === undefined && typeof errorCode === 'string' && eventName !== 'StreamAggregatedResources') {
      opts.fail = errorCode;
    }
    // A given userIdentity replaces the default whole, as in Fixtures.record.
    const { userIdentity, ...rest } = given as Json;
    const identity = userIdentity as UserIdentityJson | undefined;
    const base =
      eventName === 'StreamAggregatedResources'
        ? buildStream(world, opts, identity)
        : buildCall(world, eventName, rest, opts, identity);
    const built = mergeOverrides(base as Json, rest as Overrides<Json>);
    checkBuilt(eventName, appMeshEvents[eventName as AppMeshEventName], built, given);
    return built;
  };
  const out: Record<string, unknown> = { fixtures: fx, build };
  for (const name of Object.keys(appMeshEvents)) {
    out[lowerFirst(name)] = (overrides?: unknown, options?: AppMeshBuildOptions) => build(name, overrides, options);
  }
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
