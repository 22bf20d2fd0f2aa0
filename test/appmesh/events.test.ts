// App Mesh records end to end: hand-written records of every operation family
// (fixtures.ts) and the real ones of the corpus decode with AppMeshEvent into
// the right variant, keep their Java-text timestamps, encode back to the very
// same JSON, and fail with errors that point at the broken value.
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  appMeshEventNames,
  appMeshEvents,
  AppMeshEvent,
  AppMeshEventStrict,
  appMeshService,
  EgressFilterType,
  isFailedAppMeshCall,
  isSucceededCall,
  parseAppMeshArn,
  parseNodeArn,
  PortProtocol,
  StreamEventStatus,
  type AppMeshArn,
} from '../../src/services/appmesh/index.js';
import { formatErrors, type Issue } from '../../src/index.js';
import { decodeLogFile, decodeRecord, decodeRecordText } from '../../src/containers/index.js';
import { clone, corpusRecords, rawSnippets } from '../support/corpus.js';
import * as F from './fixtures.js';

type Json = Record<string, unknown>;
type Path = ReadonlyArray<string | number>;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function decoded(input: unknown): AppMeshEvent {
  const r = AppMeshEvent.decode(input);
  if (r._tag === 'Left') throw new Error(`did not decode:\n${formatErrors(r.left).join('\n')}`);
  return r.right;
}

/**
 * The issues of a record that must not decode strictly. Leniently the same
 * record is kept, as a departed call carrying those very issues, unless its
 * envelope (or its eventSource) is what is broken.
 */
function issuesOf(input: unknown): readonly Issue[] {
  const r = decodeRecord(input, AppMeshEventStrict);
  if (r.success) throw new Error('decoded, but should not have');
  const lenient = decodeRecord(input, AppMeshEvent);
  if (lenient.success) {
    expect(appMeshService.isDeparted(lenient.data)).toBe(true);
    expect(appMeshService.departuresOf(lenient.data).map((i) => i.message)).toEqual(r.error.issues.map((i) => i.message));
  } else expect(lenient.error.issues.map((i) => i.message)).toEqual(r.error.issues.map((i) => i.message));
  return r.error.issues;
}

function getAt(value: unknown, path: Path): unknown {
  let v = value;
  for (const k of path) {
    if (typeof v !== 'object' || v === null) throw new Error(`no ${String(k)} in ${JSON.stringify(path)}`);
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

function setAt(value: unknown, path: Path, next: unknown): void {
  const parent = getAt(value, path.slice(0, -1));
  if (typeof parent !== 'object' || parent === null) throw new Error(`no parent for ${JSON.stringify(path)}`);
  (parent as Record<string | number, unknown>)[path[path.length - 1] as string | number] = next;
}

function deleteAt(value: unknown, path: Path): void {
  const parent = getAt(value, path.slice(0, -1)) as Record<string, unknown>;
  delete parent[path[path.length - 1] as string];
}

function dateAt(value: unknown, path: Path): Date {
  const d = getAt(value, path);
  if (!(d instanceof Date)) throw new Error(`${path.join('.')} is not a Date: ${String(d)}`);
  return d;
}

/** Decodes, encodes, and checks that the JSON came back unchanged. */
function roundTrip(input: Json): AppMeshEvent {
  const e = decoded(input);
  const encoded = AppMeshEvent.encode(e);
  expect(isDeepStrictEqual(encoded, input)).toBe(true);
  expect(JSON.stringify(encoded)).toBe(JSON.stringify(input));
  return e;
}

describe('every fixture', () => {
  it('covers each operation family and every kind of record', () => {
    const names = new Set(F.fixtures.map((f) => f.make()['eventName']));
    for (const n of [
      'CreateMesh', 'CreateVirtualNode', 'CreateRoute', 'CreateVirtualRouter', 'CreateVirtualService',
      'CreateVirtualGateway', 'CreateGatewayRoute', 'UpdateVirtualNode', 'UpdateRoute', 'DeleteMesh',
      'DeleteRoute', 'DescribeVirtualNode', 'DescribeMesh', 'ListMeshes', 'ListVirtualNodes', 'TagResource',
      'UntagResource', 'ListTagsForResource', 'StreamAggregatedResources',
    ]) {
      expect(names, n).toContain(n);
    }
    expect(new Set(F.fixtures.map((f) => f.kind))).toEqual(new Set(['succeeded', 'failed', 'service', 'unknown']));
    // 38 operations of the model plus the stream event.
    expect(appMeshEventNames).toHaveLength(39);
  });

  it('is a fresh object on every call', () => {
    for (const f of F.fixtures) expect(f.make()).not.toBe(f.make());
  });

  for (const f of F.fixtures) {
    describe(f.name, () => {
      it(`decodes as a ${f.kind} record, leaving the frozen input as it was`, () => {
        const input = deepFreeze(f.make());
        const before = JSON.stringify(input);
        const e = decoded(input);
        const name = input['eventName'] as string;
        expect(String(e.eventName)).toBe(name);
        expect(AppMeshEvent.is(e)).toBe(true);
        expect(isSucceededCall(e)).toBe(f.kind === 'succeeded');
        expect(isFailedAppMeshCall(e)).toBe(f.kind === 'failed');
        expect((appMeshEventNames as readonly string[]).includes(name)).toBe(f.kind !== 'unknown');
        if (f.kind === 'service') expect(name).toBe('StreamAggregatedResources');
        // The operation's own codec takes the record too.
        if (f.kind === 'succeeded' || f.kind === 'failed') {
          const own = appMeshEvents[name as keyof typeof appMeshEvents];
          expect(own.decode(input)._tag).toBe('Right');
        }
        expect(e.eventTime.getTime()).toBe(Date.parse(input['eventTime'] as string));
        expect(JSON.stringify(input)).toBe(before);
      });

      it('encodes back to the same JSON, key order included', () => {
        const input = deepFreeze(f.make());
        const e = decoded(input);
        const encoded = AppMeshEvent.encode(e);
        expect(encoded).toEqual(input);
        expect(isDeepStrictEqual(encoded, input)).toBe(true);
        expect(JSON.stringify(encoded)).toBe(JSON.stringify(input));
        // And a second trip through the codec changes nothing either.
        expect(JSON.stringify(AppMeshEvent.encode(decoded(JSON.parse(JSON.stringify(encoded)))))).toBe(
          JSON.stringify(input),
        );
      });

      const dataPath = f.metadataPath;
      if (dataPath !== undefined) {
        const meta = ['responseElements', ...dataPath, 'metadata'];
        it('decodes metadata.createdAt and lastUpdatedAt to Dates and back to their text', () => {
          const input = f.make();
          const e = decoded(input);
          for (const key of ['createdAt', 'lastUpdatedAt']) {
            const d = dateAt(e, [...meta, key]);
            expect(Number.isNaN(d.getTime())).toBe(false);
            expect(getAt(AppMeshEvent.encode(e), [...meta, key])).toBe(getAt(input, [...meta, key]));
          }
          const updated = dateAt(e, [...meta, 'lastUpdatedAt']).getTime();
          expect(dateAt(e, [...meta, 'createdAt']).getTime()).toBeLessThanOrEqual(updated);
          // Every write moves lastUpdatedAt to the time of the call.
          if (!String(e.eventName).startsWith('Describe')) expect(updated).toBe(e.eventTime.getTime());
          if (f.createdAtIsEventTime === true) {
            expect(dateAt(e, [...meta, 'createdAt']).getTime()).toBe(e.eventTime.getTime());
          }
        });

        it('names the resource of the response in metadata.arn', () => {
          const input = f.make();
          const data = getAt(input, ['responseElements', ...dataPath]) as Json;
          const arn = parseAppMeshArn(getAt(input, [...meta, 'arn']) as string);
          expect(arn).toBeDefined();
          const kind = (arn as AppMeshArn).kind;
          expect(kind).toBe(dataPath[0]);
          expect(arn).toMatchObject({ partition: 'aws', region: 'eu-west-1', accountId: '111122223333' });
          for (const [k, v] of Object.entries(arn as AppMeshArn)) {
            if (k.endsWith('Name')) expect(data[k], k).toBe(v);
          }
        });
      }
    });
  }
});

describe('what the fixtures decode to', () => {
  it('CreateMesh: the request and response spec, and the tags', () => {
    const e = decoded(F.createMesh());
    if (e.eventName !== 'CreateMesh' || !isSucceededCall(e)) throw new Error('not a successful CreateMesh');
    expect(e.requestParameters.spec?.egressFilter?.type).toBe('DROP_ALL');
    expect(e.requestParameters.spec?.serviceDiscovery?.ipPreference).toBe('IPv4_PREFERRED');
    expect(e.requestParameters.tags?.map((t) => t.key)).toEqual(['team', 'cost-center']);
    expect(e.responseElements.mesh.spec).toEqual(e.requestParameters.spec);
    expect(e.responseElements.mesh.status.status).toBe('ACTIVE');
    expect(e.responseElements.mesh.metadata.version).toBe(1);
    expect(e.responseElements.mesh.metadata.createdAt.toISOString()).toBe('2023-11-14T09:17:42.000Z');
  });

  it('CreateVirtualNode: every listener feature, backends, Cloud Map discovery and a JSON log format', () => {
    const e = decoded(F.createVirtualNodeFull());
    if (e.eventName !== 'CreateVirtualNode' || !isSucceededCall(e)) throw new Error('not a successful CreateVirtualNode');
    const spec = e.requestParameters.spec;
    const listener = spec.listeners?.[0];
    expect(listener?.portMapping).toEqual({ port: 8443, protocol: 'http' });
    expect(listener?.tls?.mode).toBe('STRICT');
    expect(listener?.tls?.certificate.acm?.certificateArn).toMatch(/^arn:aws:acm:eu-west-1:111122223333:certificate\//);
    expect(listener?.tls?.certificate.file).toBeUndefined();
    expect(listener?.tls?.validation?.trust.file?.certificateChain).toBe('/etc/envoy/tls/ca-bundle.pem');
    expect(listener?.tls?.validation?.subjectAlternativeNames?.match.exact).toEqual([
      'checkout.payments.local',
      'ledger.payments.local',
    ]);
    expect(listener?.healthCheck).toEqual({
      protocol: 'http',
      path: '/healthz',
      port: 8443,
      intervalMillis: 10000,
      timeoutMillis: 3000,
      healthyThreshold: 2,
      unhealthyThreshold: 3,
    });
    expect(listener?.outlierDetection?.maxEjectionPercent).toBe(20);
    expect(listener?.outlierDetection?.baseEjectionDuration).toEqual({ value: 30, unit: 's' });
    expect(listener?.timeout?.http?.perRequest).toEqual({ value: 15, unit: 's' });
    expect(listener?.timeout?.http?.idle).toEqual({ value: 300, unit: 's' });
    expect(listener?.connectionPool?.http).toEqual({ maxConnections: 512, maxPendingRequests: 1024 });
    const ledger = spec.backends?.[0]?.virtualService;
    expect(ledger?.virtualServiceName).toBe('ledger.payments.local');
    expect(ledger?.clientPolicy?.tls?.enforce).toBe(true);
    expect(ledger?.clientPolicy?.tls?.ports).toEqual([9000]);
    expect(ledger?.clientPolicy?.tls?.certificate?.sds?.secretName).toBe('spiffe://payments.local/ns/prod/sa/payments-api');
    expect(ledger?.clientPolicy?.tls?.validation.trust.acm?.certificateAuthorityArns).toHaveLength(1);
    // A union may hold a member added later, so even its only member is optional.
    expect(spec.backends?.[1]?.virtualService?.clientPolicy).toBeUndefined();
    expect(spec.backendDefaults?.clientPolicy?.tls?.validation.trust.acm).toBeDefined();
    expect(spec.serviceDiscovery?.awsCloudMap?.attributes).toEqual([
      { key: 'ECS_TASK_DEFINITION_FAMILY', value: 'payments-api' },
      { key: 'stage', value: 'blue' },
    ]);
    expect(spec.serviceDiscovery?.dns).toBeUndefined();
    expect(spec.logging?.accessLog?.file?.format?.json?.map((j) => j.key)).toEqual([
      'start_time',
      'method',
      'path',
      'status',
      'upstream',
    ]);
    expect(e.responseElements.virtualNode.spec).toEqual(spec);
    expect(e.responseElements.virtualNode.metadata.createdAt.toISOString()).toBe('2023-11-14T21:04:09.000Z');
  });

  it('CreateVirtualNode: DNS discovery, file and SDS TLS, gRPC timeouts and a text log format', () => {
    const e = decoded(F.createVirtualNodeDns());
    if (e.eventName !== 'CreateVirtualNode' || !isSucceededCall(e)) throw new Error('not a successful CreateVirtualNode');
    const spec = e.responseElements.virtualNode.spec;
    expect(spec.serviceDiscovery?.dns).toEqual({
      hostname: 'inventory.shop.svc.cluster.local',
      responseType: 'ENDPOINTS',
      ipPreference: 'IPv6_PREFERRED',
    });
    const listener = spec.listeners?.[0];
    expect(listener?.tls?.certificate.file?.privateKey).toBe('/certs/inventory/key.pem');
    expect(listener?.tls?.validation?.trust.sds?.secretName).toBe('spiffe://shop.example.org/bundle');
    expect(listener?.timeout?.grpc?.perRequest).toEqual({ value: 2500, unit: 'ms' });
    expect(listener?.connectionPool?.grpc?.maxRequests).toBe(200);
    expect(spec.backends).toEqual([]);
    expect(spec.backendDefaults?.clientPolicy).toEqual({});
    expect(spec.logging?.accessLog?.file?.format?.text).toMatch(/^\[%START_TIME%\] .*\n$/);
  });

  it('UpdateVirtualNode: SDS certificate, PERMISSIVE mode, tcp and http2 listeners, version 2', () => {
    const e = decoded(F.updateVirtualNode());
    if (e.eventName !== 'UpdateVirtualNode' || !isSucceededCall(e)) throw new Error('not a successful UpdateVirtualNode');
    const [tcp, http2] = e.requestParameters.spec.listeners ?? [];
    expect(tcp?.tls).toEqual({ mode: 'PERMISSIVE', certificate: { sds: { secretName: 'spiffe://payments.local/ns/prod/sa/ledger' } } });
    expect(tcp?.timeout?.tcp?.idle).toEqual({ value: 900, unit: 's' });
    expect(tcp?.connectionPool?.tcp?.maxConnections).toBe(300);
    expect(http2?.timeout?.http2?.perRequest).toEqual({ value: 5, unit: 's' });
    expect(http2?.connectionPool?.http2?.maxRequests).toBe(1000);
    expect(e.requestParameters.spec.logging).toEqual({});
    const meta = e.responseElements.virtualNode.metadata;
    expect(meta.version).toBe(2);
    expect(meta.createdAt.toISOString()).toBe('2023-11-14T21:08:40.000Z');
    expect(meta.lastUpdatedAt.toISOString()).toBe('2023-12-04T16:48:20.000Z');
  });

  it('CreateRoute: the four kinds of route each set exactly their own member', () => {
    const kinds = [
      [F.createRouteHttp, 'httpRoute'],
      [F.createRouteHttp2, 'http2Route'],
      [F.createRouteGrpc, 'grpcRoute'],
      [F.createRouteTcp, 'tcpRoute'],
    ] as const;
    for (const [make, kind] of kinds) {
      const e = decoded(make());
      if (e.eventName !== 'CreateRoute' || !isSucceededCall(e)) throw new Error('not a successful CreateRoute');
      const set = (['httpRoute', 'http2Route', 'grpcRoute', 'tcpRoute'] as const).filter(
        (k) => e.requestParameters.spec[k] !== undefined,
      );
      expect(set).toEqual([kind]);
      expect(e.responseElements.route.spec).toEqual(e.requestParameters.spec);
    }
  });

  it('CreateRoute httpRoute: match, weighted targets, retry policy and timeout', () => {
    const e = decoded(F.createRouteHttp());
    if (e.eventName !== 'CreateRoute' || !isSucceededCall(e)) throw new Error('not a successful CreateRoute');
    const route = e.requestParameters.spec.httpRoute;
    expect(e.requestParameters.spec.priority).toBe(10);
    expect(route?.match.prefix).toBe('/v2/checkout');
    expect(route?.match.method).toBe('POST');
    expect(route?.match.headers?.[0]?.match?.exact).toBe('true');
    expect(route?.match.headers?.[1]).toEqual({ name: 'user-agent', invert: true, match: { regex: '.*(bot|crawler).*' } });
    expect(route?.match.queryParameters).toEqual([{ name: 'currency', match: { exact: 'EUR' } }]);
    expect(route?.action.weightedTargets.map((t) => [t.virtualNode, t.weight])).toEqual([
      ['payments-api', 90],
      ['payments-api-canary', 10],
    ]);
    expect(route?.retryPolicy?.httpRetryEvents).toEqual(['server-error', 'gateway-error']);
    expect(route?.retryPolicy?.tcpRetryEvents).toEqual(['connection-error']);
    expect(route?.timeout?.idle).toEqual({ value: 120, unit: 's' });
  });

  it('CreateRoute http2Route, grpcRoute and tcpRoute: their own matches and actions', () => {
    const http2 = decoded(F.createRouteHttp2());
    const grpc = decoded(F.createRouteGrpc());
    const tcp = decoded(F.createRouteTcp());
    if (http2.eventName !== 'CreateRoute' || !isSucceededCall(http2)) throw new Error('http2');
    if (grpc.eventName !== 'CreateRoute' || !isSucceededCall(grpc)) throw new Error('grpc');
    if (tcp.eventName !== 'CreateRoute' || !isSucceededCall(tcp)) throw new Error('tcp');
    expect(http2.requestParameters.spec.http2Route?.match.path?.regex).toBe('/api/v[0-9]+/orders/.*');
    expect(http2.requestParameters.spec.http2Route?.match.headers?.[0]?.match?.range).toEqual({ start: 300, end: 500 });
    const g = grpc.requestParameters.spec.grpcRoute;
    expect(g?.match.serviceName).toBe('inventory.v1.InventoryService');
    expect(g?.match.methodName).toBe('ReserveStock');
    expect(g?.match.metadata?.map((m) => m.match?.prefix ?? m.match?.exact)).toEqual(['eu-', '1']);
    expect(g?.retryPolicy?.grpcRetryEvents).toEqual(['unavailable', 'deadline-exceeded']);
    const t = tcp.requestParameters.spec.tcpRoute;
    expect(t?.action.weightedTargets.reduce((n, w) => n + w.weight, 0)).toBe(100);
    expect(t?.timeout?.idle).toEqual({ value: 600, unit: 's' });
    expect(t?.match?.port).toBe(9000);
  });

  it('CreateVirtualService: a router provider, and an empty spec kept as {}', () => {
    const routed = decoded(F.createVirtualServiceRouter());
    const empty = decoded(F.createVirtualServiceEmptySpec());
    if (routed.eventName !== 'CreateVirtualService' || !isSucceededCall(routed)) throw new Error('routed');
    if (empty.eventName !== 'CreateVirtualService' || !isSucceededCall(empty)) throw new Error('empty');
    expect(routed.requestParameters.spec.provider?.virtualRouter?.virtualRouterName).toBe('checkout-router');
    expect(routed.requestParameters.spec.provider?.virtualNode).toBeUndefined();
    expect(empty.requestParameters.spec).toEqual({});
    expect(empty.responseElements.virtualService.spec.provider).toBeUndefined();
  });

  it('CreateVirtualGateway and CreateGatewayRoute: listeners, logging, hostname match and rewrite', () => {
    const gw = decoded(F.createVirtualGateway());
    const gr = decoded(F.createGatewayRoute());
    if (gw.eventName !== 'CreateVirtualGateway' || !isSucceededCall(gw)) throw new Error('gateway');
    if (gr.eventName !== 'CreateGatewayRoute' || !isSucceededCall(gr)) throw new Error('gateway route');
    const listener = gw.requestParameters.spec.listeners[0];
    expect(listener?.healthCheck?.path).toBe('/ping');
    expect(listener?.connectionPool?.http?.maxPendingRequests).toBe(4096);
    expect(gw.requestParameters.spec.logging?.accessLog?.file?.path).toBe('/dev/stdout');
    expect(gw.requestParameters.spec.backendDefaults?.clientPolicy?.tls?.ports).toEqual([]);
    const route = gr.requestParameters.spec.httpRoute;
    expect(gr.requestParameters.spec.priority).toBe(100);
    expect(route?.match.hostname).toEqual({ suffix: '.storefront.example.com' });
    expect(route?.match.headers?.[0]?.match?.suffix).toBe('-eu');
    expect(route?.action.target).toEqual({ virtualService: { virtualServiceName: 'web.storefront.local' }, port: 8080 });
    expect(route?.action.rewrite).toEqual({ prefix: { value: '/' }, hostname: { defaultTargetHostname: 'DISABLED' } });
  });

  it('Delete: the data comes back with status DELETED', () => {
    const mesh = decoded(F.deleteMesh());
    const route = decoded(F.deleteRoute());
    if (mesh.eventName !== 'DeleteMesh' || !isSucceededCall(mesh)) throw new Error('mesh');
    if (route.eventName !== 'DeleteRoute' || !isSucceededCall(route)) throw new Error('route');
    expect(mesh.responseElements.mesh.status.status).toBe('DELETED');
    expect(route.responseElements.route.status.status).toBe('DELETED');
    expect(route.responseElements.route.metadata.lastUpdatedAt.toISOString()).toBe('2024-01-22T14:03:36.000Z');
  });

  it('Describe and List: null or absent payloads, refs with Java-text dates, nextToken', () => {
    const node = decoded(F.describeVirtualNode());
    const mesh = decoded(F.describeMesh());
    const all = decoded(F.listMeshesNoParameters());
    const limited = decoded(F.listMeshesWithLimit());
    const page = decoded(F.listVirtualNodesPage2());
    for (const e of [node, mesh, all, limited, page]) expect(e.readOnly).toBe(true);
    if (node.eventName !== 'DescribeVirtualNode' || !isSucceededCall(node)) throw new Error('node');
    if (mesh.eventName !== 'DescribeMesh' || !isSucceededCall(mesh)) throw new Error('mesh');
    if (all.eventName !== 'ListMeshes' || !isSucceededCall(all)) throw new Error('all');
    if (limited.eventName !== 'ListMeshes' || !isSucceededCall(limited)) throw new Error('limited');
    if (page.eventName !== 'ListVirtualNodes' || !isSucceededCall(page)) throw new Error('page');
    expect(node.responseElements).toBeNull();
    expect(node.requestParameters.virtualNodeName).toBe('ledger-v2');
    expect(mesh.responseElements?.mesh.metadata.createdAt.toISOString()).toBe('2023-11-14T09:17:42.000Z');
    expect(all.requestParameters).toBeNull();
    expect(all.responseElements?.meshes.map((m) => [m.meshName, m.createdAt.toISOString()])).toEqual([
      ['payments-mesh', '2023-11-14T09:17:42.000Z'],
      ['storefront-mesh', '2021-06-28T15:14:09.000Z'],
    ]);
    expect(all.responseElements?.meshes[1]?.lastUpdatedAt.toISOString()).toBe('2022-09-12T10:01:56.000Z');
    expect(limited.requestParameters).toEqual({ limit: 10 });
    expect(page.requestParameters.nextToken).toMatch(/^eyJ/);
    expect(page.responseElements?.nextToken).not.toBe(page.requestParameters.nextToken);
    expect(page.responseElements?.virtualNodes.map((n) => n.virtualNodeName)).toEqual(['ledger-v2', 'payments-api']);
  });

  it('Tags: TagResource and UntagResource with null responses, ListTagsForResource with tags', () => {
    const tag = decoded(F.tagResource());
    const untag = decoded(F.untagResource());
    const list = decoded(F.listTagsForResource());
    if (tag.eventName !== 'TagResource' || !isSucceededCall(tag)) throw new Error('tag');
    if (untag.eventName !== 'UntagResource' || !isSucceededCall(untag)) throw new Error('untag');
    if (list.eventName !== 'ListTagsForResource' || !isSucceededCall(list)) throw new Error('list');
    expect(tag.responseElements).toBeNull();
    expect(tag.requestParameters.tags).toContainEqual({ key: 'pci-scope', value: '' });
    expect(untag.responseElements).toBeNull();
    expect(untag.requestParameters.tagKeys).toEqual(['cost-center']);
    expect(list.responseElements?.tags).toHaveLength(3);
    expect(parseAppMeshArn(list.requestParameters.resourceArn)).toMatchObject({
      kind: 'virtualNode',
      meshName: 'payments-mesh',
      virtualNodeName: 'payments-api',
    });
  });

  it('failed calls: error code and message, null response, a request that may lack required members', () => {
    const inUse = decoded(F.deleteMeshInUse());
    const noSpec = decoded(F.createVirtualNodeWithoutSpec());
    const internal = decoded(F.deleteVirtualRouterInternalFailure());
    if (!isFailedAppMeshCall(inUse) || !isFailedAppMeshCall(noSpec) || !isFailedAppMeshCall(internal)) {
      throw new Error('not failed calls');
    }
    expect(inUse.errorCode).toBe('ResourceInUseException');
    expect(inUse.errorMessage).toMatch(/^Mesh payments-mesh for account 111122223333 has active VirtualNodes, please delete/);
    expect(inUse.responseElements).toBeNull();
    if (noSpec.eventName !== 'CreateVirtualNode') throw new Error('not CreateVirtualNode');
    expect(noSpec.errorCode).toBe('BadRequestException');
    expect(noSpec.requestParameters?.virtualNodeName).toBe('orders-worker');
    expect(noSpec.requestParameters?.spec).toBeUndefined();
    expect(internal.errorCode).toBe('InternalFailure');
    expect(internal.errorMessage).toBeUndefined();
    expect(internal.eventVersion).toBe('1.05');
  });

  it('a record with only errorMessage is a failed call too', () => {
    const input = F.deleteMeshInUse() as Json;
    delete input['errorCode'];
    const e = roundTrip(input);
    expect(isFailedAppMeshCall(e)).toBe(true);
    expect(isSucceededCall(e)).toBe(false);
  });

  it('StreamAggregatedResources: status, node ARNs of nodes and gateways, absent or null payloads', () => {
    const established = decoded(F.streamEstablished());
    const graceful = decoded(F.streamGracefullyTerminated());
    const broken = decoded(F.streamTerminated());
    const statuses: string[] = [];
    const nodes: Array<string | undefined> = [];
    for (const e of [established, graceful, broken]) {
      // By name alone a departed record could be one too: the guard rules it out.
      if (e.eventName !== 'StreamAggregatedResources' || appMeshService.isDeparted(e)) throw new Error('not a stream event');
      expect(e.eventType).toBe('AwsServiceEvent');
      statuses.push(e.serviceEventDetails.eventStatus);
      expect(StreamEventStatus.isKnown(e.serviceEventDetails.eventStatus)).toBe(true);
      nodes.push(parseNodeArn(e.serviceEventDetails.nodeArn)?.kind);
    }
    expect(statuses).toEqual(['ConnectionEstablished', 'ConnectionGracefullyTerminated', 'ConnectionTerminated']);
    expect(nodes).toEqual(['virtualNode', 'virtualGateway', 'virtualNode']);
    expect('requestParameters' in established).toBe(false);
    expect('responseElements' in established).toBe(false);
    if (
      graceful.eventName !== 'StreamAggregatedResources' ||
      appMeshService.isDeparted(graceful) ||
      broken.eventName !== 'StreamAggregatedResources' ||
      appMeshService.isDeparted(broken)
    ) {
      throw new Error('not stream events');
    }
    expect(graceful.requestParameters).toBeNull();
    expect(graceful.responseElements).toBeNull();
    expect(parseNodeArn(graceful.serviceEventDetails.nodeArn)).toMatchObject({
      meshName: 'storefront-mesh',
      virtualGatewayName: 'edge-gateway',
    });
    expect(broken.serviceEventDetails.failureReason).toMatch(/^Unauthorized to perform appmesh:StreamAggregatedResources for arn:/);
    // Names may hold dots and underscores; ARNs split on "/" only.
    expect(parseNodeArn(broken.serviceEventDetails.nodeArn)).toMatchObject({ virtualNodeName: 'inventory-grpc_shop' });
  });

  it('an operation this release does not know keeps its payloads as JSON', () => {
    const e = roundTrip(F.unknownOperation());
    expect(String(e.eventName)).toBe('PutMeshPolicy');
    expect(isSucceededCall(e)).toBe(false);
    expect(isFailedAppMeshCall(e)).toBe(false);
    expect(e.requestParameters).toMatchObject({ meshName: 'payments-mesh' });
    expect(e.responseElements).toEqual({ meshName: 'payments-mesh', policyRevision: 1 });
  });
});

describe('Java-text timestamps', () => {
  it('reads both forms, with and without the comma after the year, as UTC', () => {
    const newer = decoded(F.createRouteHttp());
    const older = decoded(F.createRouteHttp2());
    const path = ['responseElements', 'route', 'metadata', 'createdAt'];
    // 12:12:53 AM is 00:12:53, and 12:40:18 PM is 12:40:18.
    expect(dateAt(newer, path).toISOString()).toBe('2023-11-15T00:12:53.000Z');
    expect(dateAt(older, path).toISOString()).toBe('2021-07-03T12:40:18.000Z');
    expect(getAt(AppMeshEvent.encode(newer), path)).toBe('Nov 15, 2023, 12:12:53 AM');
    expect(getAt(AppMeshEvent.encode(older), path)).toBe('Jul 3, 2021 12:40:18 PM');
  });

  it('gives the same instant for both forms, and each encodes back to its own text', () => {
    const path = ['responseElements', 'mesh', 'metadata', 'createdAt'];
    const withComma = F.createMesh();
    const without = F.createMesh() as Json;
    setAt(without, path, 'Nov 14, 2023 9:17:42 AM');
    const a = roundTrip(withComma);
    const b = roundTrip(without);
    expect(dateAt(a, path).getTime()).toBe(dateAt(b, path).getTime());
    expect(dateAt(b, path).getTime()).toBe(Date.UTC(2023, 10, 14, 9, 17, 42));
    expect(getAt(AppMeshEvent.encode(a), path)).toBe('Nov 14, 2023, 9:17:42 AM');
    expect(getAt(AppMeshEvent.encode(b), path)).toBe('Nov 14, 2023 9:17:42 AM');
  });

  it('accepts the narrow no-break space newer JDKs put before AM/PM, and keeps it', () => {
    const input = F.createMesh() as Json;
    const path = ['responseElements', 'mesh', 'metadata', 'lastUpdatedAt'];
    setAt(input, path, 'Nov 14, 2023, 9:17:42\u202fAM');
    const e = roundTrip(input);
    expect(dateAt(e, path).toISOString()).toBe('2023-11-14T09:17:42.000Z');
  });

  it('encodes a Date made by the caller in the newer form, in UTC', () => {
    const e = decoded(F.createVirtualNodeFull());
    if (e.eventName !== 'CreateVirtualNode' || !isSucceededCall(e)) throw new Error('not a successful CreateVirtualNode');
    const node = e.responseElements.virtualNode;
    const changed = {
      ...e,
      responseElements: {
        virtualNode: { ...node, metadata: { ...node.metadata, lastUpdatedAt: new Date(Date.UTC(2024, 1, 29, 0, 5, 0)) } },
      },
    };
    const out = AppMeshEvent.encode(changed);
    expect(getAt(out, ['responseElements', 'virtualNode', 'metadata', 'lastUpdatedAt'])).toBe('Feb 29, 2024, 12:05:00 AM');
    expect(getAt(out, ['responseElements', 'virtualNode', 'metadata', 'createdAt'])).toBe('Nov 14, 2023, 9:04:09 PM');
  });

  it.each([
    ['an ISO timestamp', '2023-11-14T21:04:09Z'],
    ['epoch seconds, the API wire form', 1699995849],
    ['a day that does not exist', 'Nov 31, 2023, 9:04:09 PM'],
    ['a 24-hour clock', 'Nov 14, 2023, 21:04:09'],
    ['hour 13', 'Nov 14, 2023, 13:04:09 PM'],
  ])('rejects %s at the exact path', (_what, value) => {
    const input = F.createVirtualNodeFull() as Json;
    setAt(input, ['responseElements', 'virtualNode', 'metadata', 'createdAt'], value);
    const issues = issuesOf(input);
    expect(issues.map((i) => i.path)).toEqual(['responseElements.virtualNode.metadata.createdAt']);
    expect(issues[0]?.message).toMatch(/^responseElements\.virtualNode\.metadata\.createdAt: expected Java date text/);
  });
});

describe('the real App Mesh records of the corpus', () => {
  const real = corpusRecords().filter((r) => r.record['eventSource'] === 'appmesh.amazonaws.com');

  it('are the two cloud-custodian calls and the user-guide stream event', () => {
    expect(real.map((r) => `${r.file}#${r.index}:${String(r.record['eventName'])}`)).toEqual([
      'aws-docs-app-mesh-user-guide.json#0:StreamAggregatedResources',
      'cloud-custodian.json#0:CreateMesh',
      'cloud-custodian.json#1:CreateVirtualNode',
    ]);
  });

  it('decode with AppMeshEvent and encode back to the same JSON', () => {
    for (const { record } of real) roundTrip(deepFreeze(clone(record)));
  });

  it('carry what the records say', () => {
    const [stream, mesh, node] = real.map((r) => decoded(r.record));
    if (stream?.eventName !== 'StreamAggregatedResources' || appMeshService.isDeparted(stream)) throw new Error('stream');
    expect(stream.serviceEventDetails.failureReason).toBe('');
    expect(parseNodeArn(stream.serviceEventDetails.nodeArn)?.kind).toBe('virtualNode');
    if (mesh?.eventName !== 'CreateMesh' || !isSucceededCall(mesh)) throw new Error('mesh');
    // The record's own createdAt and eventTime name the same instant.
    expect(mesh.responseElements.mesh.metadata.createdAt.toISOString()).toBe('2023-11-05T04:29:11.000Z');
    expect(mesh.responseElements.mesh.metadata.createdAt.getTime()).toBe(mesh.eventTime.getTime());
    if (node?.eventName !== 'CreateVirtualNode' || !isSucceededCall(node)) throw new Error('node');
    expect(node.requestParameters.spec.backendDefaults?.clientPolicy?.tls?.enforce).toBe(false);
    expect(node.requestParameters.spec.backends).toEqual([]);
    expect(node.responseElements.virtualNode.metadata.lastUpdatedAt.getTime()).toBe(node.eventTime.getTime());
  });

  const snippet = rawSnippets().find((s) => s.source === 'awsdocs/aws-app-mesh-user-guide');

  it('the broken user-guide example fails to parse, with the line and column of the defect', () => {
    if (snippet === undefined) throw new Error('the App Mesh snippet is missing from raw-snippets.json');
    const where = /line (\d+) column (\d+)/.exec(snippet.what_is_odd);
    expect(where).not.toBeNull();
    const r = decodeRecordText(snippet.text, AppMeshEvent);
    if (r.success) throw new Error('decoded, but the text is not JSON');
    expect(r.error.issues).toHaveLength(1);
    expect(r.error.message).toContain(`(line ${where?.[1]} column ${where?.[2]})`);
    expect(r.error.message).toContain('not valid JSON');
    // The column points at the stray quote after the unquoted account id.
    const line = snippet.text.split('\n')[Number(where?.[1]) - 1] ?? '';
    expect(line.charAt(Number(where?.[2]) - 1)).toBe('"');
  });

  it('the user-guide example decodes once its missing quote is restored', () => {
    if (snippet === undefined) throw new Error('the App Mesh snippet is missing from raw-snippets.json');
    const fixed = snippet.text.replace('"recipientAccountId": 123456789012"', '"recipientAccountId": "123456789012"');
    expect(fixed).not.toBe(snippet.text);
    const r = decodeRecordText(fixed, AppMeshEvent);
    if (!r.success) throw new Error(r.error.message);
    const e = r.data;
    if (e.eventName !== 'CreateMesh' || !isSucceededCall(e)) throw new Error('not a successful CreateMesh');
    // The 2019 sample predates shared meshes: no meshOwner or resourceOwner.
    expect(e.responseElements.mesh.metadata.meshOwner).toBeUndefined();
    expect(e.responseElements.mesh.metadata.createdAt.toISOString()).toBe('2019-10-18T15:00:49.000Z');
    expect(AppMeshEvent.encode(e)).toEqual(JSON.parse(fixed));
  });
});

describe('decodeLogFile with AppMeshEvent', () => {
  const broken = F.createRouteHttp() as Json;
  setAt(broken, ['requestParameters', 'spec', 'httpRoute', 'action', 'weightedTargets', 0, 'weight'], '90');
  const good = F.fixtures.map((f) => f.make());
  const at = 7;
  const file = deepFreeze({ Records: [...good.slice(0, at), broken, ...good.slice(at)] });
  const path = `Records[${at}].requestParameters.spec.httpRoute.action.weightedTargets[0].weight`;

  it('keeps every record in order, the one that departs from the model with its departure', () => {
    const before = JSON.stringify(file);
    const r = decodeLogFile(file, { record: AppMeshEvent });
    if (!r.success) throw new Error(r.error.message);
    expect(r.data.failures).toEqual([]);
    expect(r.data.records.map((e) => e.eventID)).toEqual(file.Records.map((g) => g['eventID']));
    const departed = r.data.records.filter((e) => appMeshService.isDeparted(e));
    expect(departed.map((e) => e.eventID)).toEqual([broken['eventID']]);
    expect(appMeshService.departuresOf(departed[0]).map((i) => [i.path, i.message])).toEqual([
      ['requestParameters.spec.httpRoute.action.weightedTargets[0].weight', 'requestParameters.spec.httpRoute.action.weightedTargets[0].weight: expected number, got "90"'],
    ]);
    expect(JSON.stringify(file)).toBe(before);
  });

  it('with AppMeshEventStrict, returns every good record in order and one failure naming only the broken operation', () => {
    const before = JSON.stringify(file);
    const r = decodeLogFile(file, { record: AppMeshEventStrict });
    if (!r.success) throw new Error(r.error.message);
    expect(r.data.records.map((e) => e.eventID)).toEqual(good.map((g) => g['eventID']));
    expect(r.data.failures).toHaveLength(1);
    const failure = r.data.failures[0];
    expect(failure?.index).toBe(at);
    expect(failure?.eventName).toBe('CreateRoute');
    expect(failure?.eventID).toBe(broken['eventID']);
    expect(failure?.issues.map((i) => i.path)).toEqual([path]);
    expect(failure?.message).toBe(
      `Records[${at}] did not decode (eventName CreateRoute, eventID ${String(broken['eventID'])})\n` +
        `  ${path}: expected number, got "90"`,
    );
    expect(JSON.stringify(file)).toBe(before);
  });
});

describe('errors point at the broken value', () => {
  it('a string weight: exactly requestParameters.spec.httpRoute.action.weightedTargets[0].weight', () => {
    const input = F.createRouteHttp() as Json;
    setAt(input, ['requestParameters', 'spec', 'httpRoute', 'action', 'weightedTargets', 0, 'weight'], '90');
    const issues = issuesOf(input);
    expect(issues.map((i) => i.path)).toEqual(['requestParameters.spec.httpRoute.action.weightedTargets[0].weight']);
    expect(issues[0]?.expected).toBe('number');
    expect(issues[0]?.actual).toBe('90');
  });

  it('a union with two members set: expected exactly one of …', () => {
    const input = F.createVirtualNodeFull() as Json;
    setAt(input, ['requestParameters', 'spec', 'serviceDiscovery', 'dns'], { hostname: 'payments-api.payments.internal' });
    expect(issuesOf(input).map((i) => i.message)).toEqual([
      'requestParameters.spec.serviceDiscovery: expected exactly one of awsCloudMap | dns, got 2: awsCloudMap, dns',
    ]);
  });

  it('a union with no member set: expected exactly one of …, got none', () => {
    const input = F.createVirtualNodeFull() as Json;
    setAt(input, ['responseElements', 'virtualNode', 'spec', 'listeners', 0, 'tls', 'certificate'], {});
    expect(issuesOf(input).map((i) => i.message)).toEqual([
      'responseElements.virtualNode.spec.listeners[0].tls.certificate: expected exactly one of acm | file | sds, got none',
    ]);
  });

  it('a union member that is null counts as unset', () => {
    const input = F.createVirtualNodeFull() as Json;
    setAt(input, ['requestParameters', 'spec', 'serviceDiscovery', 'dns'], null);
    const e = roundTrip(input);
    expect(getAt(e, ['requestParameters', 'spec', 'serviceDiscovery', 'awsCloudMap', 'serviceName'])).toBe('payments-api');
  });

  it('a bad value inside the one member set is reported below it', () => {
    const input = F.createRouteGrpc() as Json;
    setAt(input, ['requestParameters', 'spec', 'grpcRoute', 'match', 'metadata', 0, 'match', 'prefix'], 7);
    expect(issuesOf(input).map((i) => i.path)).toEqual(['requestParameters.spec.grpcRoute.match.metadata[0].match.prefix']);
  });

  it('a record of another service: eventSource is s3.amazonaws.com, not appmesh.amazonaws.com', () => {
    const s3 = corpusRecords().find((r) => r.record['eventSource'] === 's3.amazonaws.com');
    if (s3 === undefined) throw new Error('no S3 record in the corpus');
    expect(issuesOf(s3.record).map((i) => i.message)).toEqual([
      'eventSource: is s3.amazonaws.com, not appmesh.amazonaws.com',
    ]);
    const moved = F.createMesh() as Json;
    moved['eventSource'] = 's3.amazonaws.com';
    expect(issuesOf(moved).map((i) => i.message)).toEqual(['eventSource: is s3.amazonaws.com, not appmesh.amazonaws.com']);
  });

  it('a record without eventSource says it is missing', () => {
    const input = F.createMesh() as Json;
    delete input['eventSource'];
    expect(issuesOf(input).map((i) => i.message)).toEqual([
      'eventSource: expected appmesh.amazonaws.com, but it is missing',
    ]);
  });

  it('a successful call without its required spec fails there; a failed one may lack it', () => {
    const ok = F.createVirtualNodeFull() as Json;
    deleteAt(ok, ['requestParameters', 'spec']);
    const issues = issuesOf(ok);
    expect(issues.map((i) => i.path)).toEqual(['requestParameters.spec']);
    expect(issues[0]?.missing).toBe(true);
    expect(decoded(F.createVirtualNodeWithoutSpec()).eventName).toBe('CreateVirtualNode');
  });

  it('a failed call still checks the request values it has', () => {
    const input = F.createVirtualNodeWithoutSpec() as Json;
    setAt(input, ['requestParameters', 'spec'], { listeners: [{ portMapping: { port: '8080' } }] });
    const issues = issuesOf(input);
    expect(issues.map((i) => i.path)).toEqual(['requestParameters.spec.listeners[0].portMapping.port']);
    // The partial request, with a good port, decodes and stays deep-partial.
    setAt(input, ['requestParameters', 'spec', 'listeners', 0, 'portMapping', 'port'], 8080);
    const e = roundTrip(input);
    if (!isFailedAppMeshCall(e) || e.eventName !== 'CreateVirtualNode') throw new Error('not a failed CreateVirtualNode');
    expect(e.requestParameters?.spec?.listeners?.[0]?.portMapping?.protocol).toBeUndefined();
  });

  it('a failed call with a response is reported at responseElements', () => {
    const input = F.deleteMeshInUse() as Json;
    input['responseElements'] = getAt(F.deleteMesh(), ['responseElements']);
    expect(issuesOf(input).map((i) => i.path)).toEqual(['responseElements']);
  });

  it('a write whose response is null fails at the missing data', () => {
    const input = F.createMesh() as Json;
    input['responseElements'] = null;
    expect(issuesOf(input).map((i) => i.path)).toEqual(['responseElements']);
  });

  it('an eventName that is not a string fails there, alone', () => {
    const input = F.createMesh() as Json;
    input['eventName'] = 42;
    const [issue, ...rest] = issuesOf(input);
    expect(rest).toEqual([]);
    expect(issue?.path).toBe('eventName');
    expect(issue?.message).toMatch(/^eventName: expected .*, got 42$/);
  });

  it('a stream event without a nodeArn fails at serviceEventDetails.nodeArn', () => {
    const input = F.streamTerminated() as Json;
    deleteAt(input, ['serviceEventDetails', 'nodeArn']);
    expect(issuesOf(input).map((i) => i.path)).toEqual(['serviceEventDetails.nodeArn']);
  });

  it('several problems in one record are all reported, each at its own path', () => {
    const input = F.createRouteHttp() as Json;
    setAt(input, ['requestParameters', 'spec', 'httpRoute', 'action', 'weightedTargets', 1, 'weight'], null);
    setAt(input, ['responseElements', 'route', 'metadata', 'version'], '1');
    deleteAt(input, ['responseElements', 'route', 'status']);
    expect(issuesOf(input).map((i) => i.path)).toEqual([
      'requestParameters.spec.httpRoute.action.weightedTargets[1].weight',
      'responseElements.route.metadata.version',
      'responseElements.route.status',
    ]);
  });
});

describe('values AWS may add later', () => {
  it('an unknown egress filter type decodes and round-trips', () => {
    const input = F.createMesh() as Json;
    setAt(input, ['requestParameters', 'spec', 'egressFilter', 'type'], 'ALLOW_SOME');
    setAt(input, ['responseElements', 'mesh', 'spec', 'egressFilter', 'type'], 'ALLOW_SOME');
    const e = roundTrip(input);
    if (e.eventName !== 'CreateMesh' || !isSucceededCall(e)) throw new Error('not a successful CreateMesh');
    expect(e.requestParameters.spec?.egressFilter?.type).toBe('ALLOW_SOME');
    expect(EgressFilterType.isKnown('ALLOW_SOME')).toBe(false);
    expect(EgressFilterType.isKnown('DROP_ALL')).toBe(true);
  });

  it('unknown protocol, status, TLS mode and stream status values decode and round-trip', () => {
    const node = F.createVirtualNodeFull() as Json;
    setAt(node, ['requestParameters', 'spec', 'listeners', 0, 'portMapping', 'protocol'], 'http3');
    setAt(node, ['requestParameters', 'spec', 'listeners', 0, 'tls', 'mode'], 'MUTUAL_ONLY');
    setAt(node, ['responseElements', 'virtualNode', 'status', 'status'], 'PENDING');
    const e = roundTrip(node);
    expect(getAt(e, ['responseElements', 'virtualNode', 'status', 'status'])).toBe('PENDING');
    expect(PortProtocol.isKnown('http3')).toBe(false);
    const stream = F.streamTerminated() as Json;
    setAt(stream, ['serviceEventDetails', 'eventStatus'], 'ConnectionThrottled');
    const s = roundTrip(stream);
    if (s.eventName !== 'StreamAggregatedResources' || appMeshService.isDeparted(s)) throw new Error('not a stream event');
    expect(StreamEventStatus.isKnown(s.serviceEventDetails.eventStatus)).toBe(false);
  });

  it('properties the model does not have are kept, in place', () => {
    const input = F.createVirtualGateway() as Json;
    setAt(input, ['requestParameters', 'spec', 'listeners', 0, 'http3Settings'], { maxConcurrentStreams: 100 });
    setAt(input, ['responseElements', 'virtualGateway', 'metadata', 'region'], 'eu-west-1');
    input['eventContext'] = { requestContext: {}, tagContext: {} };
    roundTrip(input);
  });
});

describe('inputs are never changed', () => {
  it('decoding gives new objects where dates were read, and the input keeps its text', () => {
    const input = deepFreeze(F.createRouteHttp());
    const e = decoded(input);
    expect(e).not.toBe(input);
    expect(input.eventTime).toBe('2023-11-15T00:12:53Z');
    expect(input.responseElements.route.metadata.createdAt).toBe('Nov 15, 2023, 12:12:53 AM');
    // Parts without dates are shared, not copied.
    expect(getAt(e, ['requestParameters', 'spec'])).toBe(input.requestParameters.spec);
  });

  it('encoding leaves the decoded value as it was', () => {
    const e = decoded(F.createVirtualNodeFull());
    const createdAt = dateAt(e, ['responseElements', 'virtualNode', 'metadata', 'createdAt']);
    deepFreeze(e);
    AppMeshEvent.encode(e);
    expect(dateAt(e, ['responseElements', 'virtualNode', 'metadata', 'createdAt'])).toBe(createdAt);
    expect(e.eventTime).toBeInstanceOf(Date);
  });
});
