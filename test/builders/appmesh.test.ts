// App Mesh builders: each of the 39 events decodes with AppMeshEvent, meets
// the model's constraints, and tells a consistent story (the response mirrors
// the request, ARNs name the same resources, successive records build on each
// other).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AppMeshEvent,
  appMeshEventNames,
  appMeshOperations,
  checkAppMeshRequest,
  isFailedAppMeshCall,
  isSucceededCall,
  parseAppMeshArn,
  parseNodeArn,
  type AppMeshEventName,
} from '../../src/services/appmesh/index.js';
import { appMeshEventArbitrary, seedArbitrary } from '../../src/arbitraries/index.js';
import * as builders from '../../src/builders/index.js';
import {
  Fixtures,
  appMeshBuilders,
  buildAppMeshEvent,
  type AppMeshBuildOptions,
  type FixtureOptions,
  type StreamStatus,
} from '../../src/builders/index.js';
import { formatErrors } from '../../src/index.js';
import { parseJavaDateText } from '../../src/service-kit/index.js';
import { repoRoot } from '../support/corpus.js';

type Json = Record<string, unknown>;
type AnyBuilder = (overrides?: unknown, options?: AppMeshBuildOptions & FixtureOptions) => unknown;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const operationNames = appMeshEventNames.filter((n) => n !== 'StreamAggregatedResources');
const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

// The resource kinds, written out here rather than taken from src.
const KINDS: Readonly<Record<string, { kind: string; plural: string; parent?: string }>> = {
  Mesh: { kind: 'mesh', plural: 'Meshes' },
  VirtualNode: { kind: 'virtualNode', plural: 'VirtualNodes' },
  VirtualRouter: { kind: 'virtualRouter', plural: 'VirtualRouters' },
  VirtualService: { kind: 'virtualService', plural: 'VirtualServices' },
  VirtualGateway: { kind: 'virtualGateway', plural: 'VirtualGateways' },
  Route: { kind: 'route', plural: 'Routes', parent: 'virtualRouter' },
  GatewayRoute: { kind: 'gatewayRoute', plural: 'GatewayRoutes', parent: 'virtualGateway' },
};

function operation(name: string): { verb: string; kind: string; plural: string; parent?: string } | undefined {
  const m = /^(Create|Update|Delete|Describe|List)(\w+)$/.exec(name);
  if (m === null) return undefined;
  const [, verb = '', rest = ''] = m;
  for (const info of Object.values(KINDS)) {
    if (verb === 'List' ? info.plural === rest : KINDS[rest] === info) return { verb, ...info };
  }
  return undefined;
}

function decoded(json: unknown): AppMeshEvent {
  const r = AppMeshEvent.decode(json);
  if (r._tag === 'Left') throw new Error(`did not decode:\n${formatErrors(r.left).join('\n')}`);
  return r.right;
}

function roundTrips(json: unknown): AppMeshEvent {
  const e = decoded(json);
  expect(AppMeshEvent.encode(e)).toStrictEqual(json);
  return e;
}

function obj(value: unknown, ...path: string[]): Json {
  let v = value;
  for (const k of path) v = (v as Json)[k];
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error(`no object at ${path.join('.')}`);
  return v as Json;
}

function byName(am: ReturnType<typeof appMeshBuilders>, name: string): AnyBuilder {
  const f = (am as unknown as Record<string, AnyBuilder>)[lowerFirst(name)];
  if (f === undefined) throw new Error(`no builder ${lowerFirst(name)}`);
  return f;
}

/** eventTime to the second, in milliseconds. */
const toSecond = (iso: string): number => Math.floor(Date.parse(iso) / 1000) * 1000;

/**
 * Checks that a successful call's response mirrors its request: the same
 * names and spec, an ARN naming them in the factory's account and region,
 * timestamps and status that fit the verb.
 */
function expectMirrored(json: unknown, accountId: string, region: string): void {
  const e = json as Json;
  const name = String(e['eventName']);
  const op = operation(name);
  const request = e['requestParameters'] as Json | null;
  const eventTime = String(e['eventTime']);
  if (op === undefined) {
    // Tagging: the resource is an App Mesh ARN.
    const arn = parseAppMeshArn(String(obj(request)['resourceArn']));
    expect(arn).toBeDefined();
    expect(arn?.accountId).toBe(accountId);
    return;
  }
  const keys = ['meshName', ...(op.parent === undefined ? [] : [`${op.parent}Name`]), ...(op.kind === 'mesh' ? [] : [`${op.kind}Name`])];
  if (op.verb === 'List') {
    if (op.kind === 'mesh') expect(request).toBeNull();
    const refs = obj(e, 'responseElements')[lowerFirst(op.plural)];
    expect(Array.isArray(refs) && refs.length > 0).toBe(true);
    for (const ref of refs as Json[]) {
      if (request !== null) for (const k of Object.keys(request)) expect(ref[k]).toBe(request[k]);
      const arn = parseAppMeshArn(String(ref['arn'])) as unknown as Json | undefined;
      expect(arn?.['kind']).toBe(op.kind);
      for (const k of keys) expect(arn?.[k]).toBe(ref[k]);
    }
    return;
  }
  const req = obj(request);
  const data = obj(e, 'responseElements', op.kind);
  for (const k of keys) {
    expect(typeof req[k]).toBe('string');
    expect(data[k]).toBe(req[k]);
  }
  if (op.verb === 'Create' || op.verb === 'Update') {
    expect(data['spec']).toStrictEqual(req['spec']);
    expect(req['clientToken']).toMatch(UUID);
  } else {
    expect(req).not.toHaveProperty('spec');
  }
  const metadata = obj(data, 'metadata');
  const arn = parseAppMeshArn(String(metadata['arn'])) as unknown as Json | undefined;
  expect(arn).toMatchObject({ kind: op.kind, partition: 'aws', region, accountId });
  for (const k of keys) expect(arn?.[k]).toBe(req[k]);
  expect(metadata['meshOwner']).toBe(accountId);
  expect(metadata['resourceOwner']).toBe(accountId);
  expect(metadata['uid']).toMatch(UUID);
  const created = parseJavaDateText(String(metadata['createdAt']));
  const updated = parseJavaDateText(String(metadata['lastUpdatedAt']));
  expect(Number.isNaN(created)).toBe(false);
  expect(Number.isNaN(updated)).toBe(false);
  expect(created).toBeLessThanOrEqual(updated);
  expect(updated).toBeLessThanOrEqual(toSecond(eventTime));
  const status = obj(data, 'status')['status'];
  if (op.verb === 'Create') {
    expect(created).toBe(toSecond(eventTime));
    expect(updated).toBe(toSecond(eventTime));
    expect(metadata['version']).toBe(1);
  }
  if (op.verb === 'Update' || op.verb === 'Delete') expect(updated).toBe(toSecond(eventTime));
  expect(status).toBe(op.verb === 'Delete' ? 'DELETED' : 'ACTIVE');
}

describe('every App Mesh event', () => {
  it('there are 39 events and a builder method for each', () => {
    expect(appMeshEventNames).toHaveLength(39);
    const am = appMeshBuilders(new Fixtures());
    for (const name of appMeshEventNames) expect(typeof byName(am, name)).toBe('function');
  });

  it.each(appMeshEventNames)('%s: decodes, round-trips, meets the model and has the right readOnly', (name) => {
    const fx = new Fixtures({ seed: 7 });
    const am = appMeshBuilders(fx);
    const json = am.build(name);
    expect(json.eventName).toBe(name);
    expect(json.eventSource).toBe('appmesh.amazonaws.com');
    const e = roundTrips(json);
    expect(isSucceededCall(e)).toBe(name !== 'StreamAggregatedResources');
    expect(isFailedAppMeshCall(e)).toBe(false);
    expect(checkAppMeshRequest(e)).toEqual([]);
    const info = (appMeshOperations as Readonly<Record<string, { readOnly: boolean }>>)[name];
    expect(json.readOnly).toBe(info?.readOnly ?? false);
    expect(json).not.toHaveProperty('errorCode');
    expect(JSON.parse(JSON.stringify(json))).toStrictEqual(json);
    if (name !== 'StreamAggregatedResources') {
      expect(json).toMatchObject({ eventType: 'AwsApiCall', apiVersion: '2019-01-25', managementEvent: true, recipientAccountId: fx.accountId });
      expectMirrored(json, fx.accountId, fx.region);
    }
  });

  it.each(appMeshEventNames)('%s: the named method, build() and the standalone export give the same JSON', (name) => {
    const viaBuild = appMeshBuilders(new Fixtures({ seed: 9 })).build(name);
    const viaMethod = byName(appMeshBuilders(new Fixtures({ seed: 9 })), name)();
    const standalone = (builders as unknown as Record<string, AnyBuilder>)[lowerFirst(name)];
    expect(viaMethod).toStrictEqual(viaBuild);
    expect(standalone?.(undefined, { seed: 9 })).toStrictEqual(viaBuild);
    expect(buildAppMeshEvent(name, undefined, { seed: 9 })).toStrictEqual(viaBuild);
  });

  it.each(operationNames)('%s: a failed call, with fail: true and with an error code', (name) => {
    for (const fail of [true, 'NotFoundException'] as const) {
      const am = appMeshBuilders(new Fixtures({ seed: 5 }));
      const json = am.build(name, undefined, { fail }) as unknown as Json;
      const e = roundTrips(json);
      expect(isFailedAppMeshCall(e)).toBe(true);
      expect(isSucceededCall(e)).toBe(false);
      expect(json['responseElements']).toBeNull();
      expect(typeof json['errorCode']).toBe('string');
      expect(json['errorCode']).not.toBe('');
      if (fail !== true) expect(json['errorCode']).toBe(fail);
      expect(typeof json['errorMessage']).toBe('string');
      expect(String(json['errorMessage']).length).toBeGreaterThan(0);
      // The request is still logged on failure.
      expect(checkAppMeshRequest(e)).toEqual([]);
    }
  });

  it('fail: true on create, describe and delete gives the typical errors App Mesh returns', () => {
    const am = appMeshBuilders(new Fixtures({ seed: 5 }));
    const mesh = am.createMesh({ requestParameters: { meshName: 'shop' } }, { fail: true });
    expect(mesh.errorCode).toBe('ConflictException');
    expect(mesh.errorMessage).toContain('shop');
    expect(am.describeVirtualNode(undefined, { fail: true }).errorCode).toBe('NotFoundException');
    const del = am.deleteMesh({ requestParameters: { meshName: 'shop' } }, { fail: 'ResourceInUseException' });
    expect(del.errorMessage).toBe(`Mesh shop for account ${am.fixtures.accountId} has active VirtualRouters, please delete VirtualRouters before deleting the Mesh`);
  });

  // A failure must be one the operation can return, by the model.
  it('fail: true gives an error code the operation can return, by the model', () => {
    const model = JSON.parse(readFileSync(join(repoRoot, 'models/appmesh-2019-01-25.facts.json'), 'utf8')) as {
      shapes: Record<string, { errors?: Array<{ target: string }> }>;
    };
    for (const name of operationNames) {
      const declared = (model.shapes[`com.amazonaws.appmesh#${name}`]?.errors ?? []).map((e) => e.target.split('#')[1]);
      expect(declared.length, name).toBeGreaterThan(0);
      const json = appMeshBuilders(new Fixtures({ seed: 5 })).build(name, undefined, { fail: true });
      expect(declared, name).toContain(json.errorCode);
    }
  });

  it('an unknown event name is refused', () => {
    const am = appMeshBuilders(new Fixtures());
    expect(() => am.build('CreateQuantumMesh' as AppMeshEventName)).toThrow(RangeError);
  });
});

describe('responses mirror requests', () => {
  it('create: Java-text timestamps equal to eventTime, version 1, ACTIVE; delete: DELETED', () => {
    const fx = new Fixtures({ seed: 13, referenceTime: '2026-07-04T13:59:58Z' });
    const am = appMeshBuilders(fx);
    const created = am.createVirtualNode();
    const node = created.responseElements?.virtualNode;
    expect(node?.metadata.createdAt).toBe(node?.metadata.lastUpdatedAt);
    expect(parseJavaDateText(node?.metadata.createdAt ?? '')).toBe(Date.parse(created.eventTime));
    expect(node?.metadata.version).toBe(1);
    expect(node?.status.status).toBe('ACTIVE');
    // The decoded metadata time is the eventTime.
    const e = decoded(created);
    if (e.eventName === 'CreateVirtualNode' && isSucceededCall(e)) {
      expect(e.responseElements.virtualNode.metadata.createdAt.getTime()).toBe(e.eventTime.getTime());
    } else {
      expect.unreachable('CreateVirtualNode did not decode as a successful call');
    }
    const gone = am.deleteVirtualNode();
    expect(gone.responseElements?.virtualNode.status.status).toBe('DELETED');
    expect(gone.requestParameters?.virtualNodeName).toBe(created.requestParameters?.virtualNodeName);
  });

  it('the Java text is right around noon and midnight, in UTC', () => {
    const cases: Array<[string, RegExp]> = [
      ['2026-03-09T00:00:00Z', /^Mar 9, 2026,? 12:00:0\d AM$/],
      ['2026-03-09T11:59:40Z', /^Mar 9, 2026,? 11:59:4\d AM$/],
      ['2026-12-31T12:00:00Z', /^Dec 31, 2026,? 12:00:0\d PM$/],
      ['2026-12-31T23:59:00Z', /^Dec 31, 2026,? 11:59:0\d PM$/],
    ];
    for (const [referenceTime, pattern] of cases) {
      const created = buildAppMeshEvent('CreateMesh', undefined, { seed: 1, referenceTime });
      expect(created.responseElements?.mesh.metadata.createdAt).toMatch(pattern);
      expect(parseJavaDateText(created.responseElements?.mesh.metadata.createdAt ?? '')).toBe(toSecond(created.eventTime));
    }
  });

  // Builders write the form current App Mesh records carry (JDK 9 and later,
  // comma after the year: "Nov 5, 2023, 4:29:11 AM"); records from 2021 have
  // none, and both decode.
  it('metadata times have the newer Java form, equal to eventTime on create', () => {
    const created = buildAppMeshEvent('CreateMesh', undefined, { seed: 1 });
    expect(created.responseElements?.mesh.metadata.createdAt).toMatch(
      /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d?, \d{4}, (1[0-2]|[1-9]):[0-5]\d:[0-5]\d (AM|PM)$/,
    );
  });

  it('names, spec and ARN agree for every event across seeds', () => {
    fc.assert(
      fc.property(seedArbitrary, fc.constantFrom(...operationNames), fc.constantFrom('us-east-1', 'eu-west-1', 'ap-northeast-1'), (seed, name, region) => {
        const fx = new Fixtures({ seed, region });
        const json = appMeshBuilders(fx).build(name);
        expect(json.awsRegion).toBe(region);
        expectMirrored(json, fx.accountId, region);
      }),
      { numRuns: 300 },
    );
  });
});

describe('StreamAggregatedResources', () => {
  const statuses: StreamStatus[] = ['ConnectionEstablished', 'ConnectionGracefullyTerminated', 'ConnectionTerminated'];
  const cases = statuses.flatMap((status) => (['virtualNode', 'virtualGateway'] as const).map((node) => [status, node] as const));

  it.each(cases)('%s for a %s', (status, node) => {
    const fx = new Fixtures({ seed: 17 });
    const am = appMeshBuilders(fx);
    am.createMesh({ requestParameters: { meshName: 'shop' } });
    am.createVirtualNode();
    am.createVirtualGateway();
    const json = am.streamAggregatedResources(undefined, { status, node });
    const e = roundTrips(json);
    expect(isSucceededCall(e)).toBe(false);
    expect(isFailedAppMeshCall(e)).toBe(false);
    expect(json.eventType).toBe('AwsServiceEvent');
    expect(json.eventVersion).toBe('1.08');
    expect(json).not.toHaveProperty('requestID');
    expect(json).not.toHaveProperty('apiVersion');
    expect(json).not.toHaveProperty('errorCode');
    expect(json.readOnly).toBe(false);
    expect(json.sourceIPAddress).toBe('appmesh.amazonaws.com');
    expect(json.userAgent).toBe('appmesh.amazonaws.com');
    expect(json.eventID).toMatch(UUID);
    const identity = json.userIdentity as Json;
    expect(identity['type']).toBe('AssumedRole');
    expect(identity['invokedBy']).toBe('appmesh.amazonaws.com');
    expect(identity).not.toHaveProperty('sessionContext');
    const details = json.serviceEventDetails;
    expect(details.eventStatus).toBe(status);
    expect(details.connectionId).toMatch(UUID);
    const arn = parseNodeArn(details.nodeArn);
    expect(arn?.kind).toBe(node);
    expect(arn?.meshName).toBe('shop');
    expect(arn?.accountId).toBe(fx.accountId);
    if (arn?.kind === 'virtualNode') expect(arn.virtualNodeName).toBe('node-1');
    if (arn?.kind === 'virtualGateway') expect(arn.virtualGatewayName).toBe('gateway-1');
    if (status === 'ConnectionTerminated') {
      expect(details.failureReason).toBe(`Unauthorized to perform appmesh:StreamAggregatedResources for ${details.nodeArn}.`);
    } else {
      expect(details.failureReason).toBe('');
    }
  });

  it('defaults to an established connection of a virtual node', () => {
    const json = buildAppMeshEvent('StreamAggregatedResources', undefined, { seed: 3 });
    expect(json.serviceEventDetails.eventStatus).toBe('ConnectionEstablished');
    expect(parseNodeArn(json.serviceEventDetails.nodeArn)?.kind).toBe('virtualNode');
  });
});

describe('a sequence tells one story', () => {
  it('mesh, router, node, route: the route sits in the router and targets the node made before', () => {
    const fx = new Fixtures({ seed: 21 });
    const am = appMeshBuilders(fx);
    const mesh = am.createMesh();
    const router = am.createVirtualRouter();
    const node = am.createVirtualNode();
    const route = am.createRoute();
    expect(mesh.requestParameters?.meshName).toBe('mesh-1');
    expect(router.requestParameters).toMatchObject({ meshName: 'mesh-1', virtualRouterName: 'router-1' });
    expect(node.requestParameters).toMatchObject({ meshName: 'mesh-1', virtualNodeName: 'node-1' });
    expect(route.requestParameters).toMatchObject({ meshName: 'mesh-1', virtualRouterName: 'router-1', routeName: 'route-1' });
    expect(route.requestParameters?.spec?.httpRoute?.action?.weightedTargets).toEqual([{ virtualNode: 'node-1', weight: 100 }]);
    expect(parseAppMeshArn(route.responseElements?.route.metadata.arn ?? '')).toMatchObject({
      kind: 'route',
      meshName: 'mesh-1',
      virtualRouterName: 'router-1',
      routeName: 'route-1',
    });
    const times = [mesh, router, node, route].map((e) => Date.parse(e.eventTime));
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThan(times[i - 1] ?? Infinity);
    // Later calls land in the latest resources; a new mesh starts a new chain.
    expect(am.describeRoute().requestParameters).toMatchObject({ meshName: 'mesh-1', virtualRouterName: 'router-1', routeName: 'route-1' });
    expect(am.createMesh().requestParameters?.meshName).toBe('mesh-2');
    expect(am.createVirtualNode().requestParameters).toMatchObject({ meshName: 'mesh-2', virtualNodeName: 'node-2' });
  });

  it('gateway, service, gateway route: the service is routed to the router, the gateway route to the service', () => {
    const am = appMeshBuilders(new Fixtures({ seed: 22 }));
    am.createMesh();
    am.createVirtualRouter();
    const service = am.createVirtualService();
    const gateway = am.createVirtualGateway();
    const groute = am.createGatewayRoute();
    expect(service.requestParameters?.virtualServiceName).toBe('service-1.mesh-1.local');
    expect(service.requestParameters?.spec?.provider?.virtualRouter?.virtualRouterName).toBe('router-1');
    expect(gateway.requestParameters?.virtualGatewayName).toBe('gateway-1');
    expect(groute.requestParameters).toMatchObject({ meshName: 'mesh-1', virtualGatewayName: 'gateway-1', gatewayRouteName: 'gateway-route-1' });
    expect(groute.requestParameters?.spec?.httpRoute?.action?.target?.virtualService?.virtualServiceName).toBe('service-1.mesh-1.local');
    const tag = am.tagResource();
    expect(parseAppMeshArn(tag.requestParameters?.resourceArn ?? '')).toMatchObject({ kind: 'mesh', meshName: 'mesh-1' });
  });

  it('an overridden name becomes the latest of its kind', () => {
    const am = appMeshBuilders(new Fixtures({ seed: 23 }));
    am.createMesh({ requestParameters: { meshName: 'shop' } });
    am.createVirtualRouter({ requestParameters: { virtualRouterName: 'web' } });
    expect(am.createRoute().requestParameters).toMatchObject({ meshName: 'shop', virtualRouterName: 'web', routeName: 'route-1' });
  });

  // reset() reaches the App Mesh builders' own memory of names.
  it('after fx.reset() the App Mesh builders give what a new factory gives', () => {
    const fx = new Fixtures({ seed: 2 });
    const am = appMeshBuilders(fx);
    am.createMesh();
    am.createMesh();
    fx.reset();
    expect(am.describeMesh()).toStrictEqual(appMeshBuilders(new Fixtures({ seed: 2 })).describeMesh());
  });
});

describe('overrides', () => {
  it('createRoute({ requestParameters: { meshName: "shop" } }) puts shop in request, response and ARN', () => {
    const am = appMeshBuilders(new Fixtures({ seed: 31 }));
    const route = am.createRoute({ requestParameters: { meshName: 'shop' } });
    expect(route.requestParameters?.meshName).toBe('shop');
    expect(route.responseElements?.route.meshName).toBe('shop');
    expect(parseAppMeshArn(route.responseElements?.route.metadata.arn ?? '')?.meshName).toBe('shop');
    // The rest of the request is kept.
    expect(route.requestParameters?.routeName).toBe('route-1');
    expect(route.requestParameters?.spec?.httpRoute?.action?.weightedTargets).toHaveLength(1);
    expect(route.requestParameters?.clientToken).toMatch(UUID);
    expect(checkAppMeshRequest(decoded(route))).toEqual([]);
  });

  it('deep overrides merge and arrays replace; a spec replaces the default spec', () => {
    const am = appMeshBuilders(new Fixtures({ seed: 32 }));
    const node = am.createVirtualNode({
      requestParameters: { spec: { backends: [{ virtualService: { virtualServiceName: 'db.local' } }] } },
      responseElements: { virtualNode: { status: { status: 'INACTIVE' } } },
      awsRegion: 'eu-west-1',
    });
    expect(node.requestParameters?.spec?.backends).toEqual([{ virtualService: { virtualServiceName: 'db.local' } }]);
    // The spec given is the whole spec: the default listeners are gone.
    expect(node.requestParameters?.spec?.listeners).toBeUndefined();
    expect(node.responseElements?.virtualNode.spec).toStrictEqual(node.requestParameters?.spec);
    // Other objects merge: the status changed, the rest of the response stayed.
    expect(node.responseElements?.virtualNode.status.status).toBe('INACTIVE');
    expect(node.responseElements?.virtualNode.metadata.version).toBe(1);
    expect(node.awsRegion).toBe('eu-west-1');
    roundTrips(node);
  });

  // A userIdentity override replaces the caller whole, as in record().
  it('a userIdentity override replaces the caller whole, as record() does', () => {
    const fx = new Fixtures({ seed: 3 });
    const am = appMeshBuilders(fx);
    const svc = fx.awsService();
    const e = am.createMesh({ userIdentity: svc });
    expect(e.userIdentity).toStrictEqual(svc);
    expect(e).not.toHaveProperty('tlsDetails');
  });

  // A virtual service's DNS-style name follows the mesh it is created in.
  it('createVirtualService in an overridden mesh is named after that mesh', () => {
    const am = appMeshBuilders(new Fixtures({ seed: 4 }));
    const vs = am.createVirtualService({ requestParameters: { meshName: 'shop' } });
    expect(vs.requestParameters?.virtualServiceName).toBe('service-1.shop.local');
  });
});

describe('properties', () => {
  it('appMeshEventArbitrary values decode and round-trip', () => {
    fc.assert(
      fc.property(appMeshEventArbitrary(), (json) => {
        const e = roundTrips(json);
        const failed = 'errorCode' in json;
        expect(isFailedAppMeshCall(e)).toBe(failed);
        expect(isSucceededCall(e)).toBe(!failed && json.eventName !== 'StreamAggregatedResources');
        if (failed) expect((json as Json)['responseElements']).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('buildAppMeshEvent over random seeds, names and failures: decodes, round-trips, is realistic and repeatable', () => {
    const failArb = fc.oneof(fc.constant(false), fc.constant(true), fc.constantFrom('NotFoundException', 'TooManyRequestsException', 'LimitExceededException'));
    fc.assert(
      fc.property(seedArbitrary, fc.constantFrom(...appMeshEventNames), failArb, (seed, name, fail) => {
        const options = { seed, fail };
        const json = buildAppMeshEvent(name, undefined, options);
        expect(JSON.stringify(buildAppMeshEvent(name, undefined, options))).toBe(JSON.stringify(json));
        const e = roundTrips(json);
        expect(checkAppMeshRequest(e)).toEqual([]);
        const failing = fail !== false && name !== 'StreamAggregatedResources';
        expect(isFailedAppMeshCall(e)).toBe(failing);
        if (!failing && name !== 'StreamAggregatedResources') expectMirrored(json, new Fixtures({ seed }).accountId, 'us-east-1');
      }),
      { numRuns: 500 },
    );
  });
});

describe('a given spec', () => {
  it('replaces the default spec whole, in the request and the response', () => {
    const spec = { serviceDiscovery: { awsCloudMap: { namespaceName: 'mesh.local', serviceName: 'cart' } }, listeners: [] };
    const am = appMeshBuilders(new Fixtures({ seed: 11 }));
    const e = am.createVirtualNode({ requestParameters: { spec } });
    expect(e.requestParameters?.spec).toStrictEqual(spec);
    expect(e.responseElements?.virtualNode.spec).toStrictEqual(spec);
    expect(AppMeshEvent.decode(e)._tag).toBe('Right');
    const updated = am.updateVirtualNode({ requestParameters: { spec } });
    expect(updated.responseElements?.virtualNode.spec).toStrictEqual(spec);
  });
});
