// The benchmark's data set: a seeded log file made with the builders, 60% App
// Mesh events of every operation (some with large virtual node and route
// specs, some failed) and 40% records of other services with every identity.
import { appMeshEventNames } from '../src/services/appmesh/index.js';
import { appMeshBuilders, Fixtures } from '../src/builders/index.js';
import { identityKinds } from '../src/arbitraries/index.js';

const largeNodeSpec = (i: number) => ({
  listeners: [8080, 8443, 9090, 9901].map((port, k) => ({
    portMapping: { port, protocol: k === 2 ? 'grpc' : 'http' },
    tls: { mode: 'STRICT', certificate: { acm: { certificateArn: `arn:aws:acm:us-east-1:111122223333:certificate/${i}-${k}` } }, validation: { trust: { file: { certificateChain: '/etc/ssl/ca.pem' } }, subjectAlternativeNames: { match: { exact: [`svc-${k}.mesh.local`] } } } },
    healthCheck: { protocol: 'http', path: '/health', healthyThreshold: 2, unhealthyThreshold: 3, timeoutMillis: 2000, intervalMillis: 5000, port },
    outlierDetection: { maxServerErrors: 5, interval: { value: 10, unit: 's' }, baseEjectionDuration: { value: 30, unit: 's' }, maxEjectionPercent: 50 },
    timeout: { http: { perRequest: { value: 15, unit: 's' }, idle: { value: 300, unit: 's' } } },
    connectionPool: { http: { maxConnections: 512, maxPendingRequests: 1024 } },
  })),
  serviceDiscovery: { awsCloudMap: { namespaceName: 'mesh.local', serviceName: `svc-${i}`, attributes: [{ key: 'stage', value: 'blue' }, { key: 'ECS_TASK_DEFINITION_FAMILY', value: `svc-${i}` }] } },
  backends: Array.from({ length: 8 }, (_, k) => ({ virtualService: { virtualServiceName: `backend-${k}.mesh.local`, clientPolicy: { tls: { enforce: true, ports: [443], validation: { trust: { acm: { certificateAuthorityArns: ['arn:aws:acm-pca:us-east-1:111122223333:certificate-authority/ca'] } } } } } } })),
  backendDefaults: { clientPolicy: { tls: { enforce: true, validation: { trust: { file: { certificateChain: '/etc/ssl/ca.pem' } } } } } },
  logging: { accessLog: { file: { path: '/dev/stdout', format: { json: [{ key: 'status', value: '%RESPONSE_CODE%' }, { key: 'path', value: '%REQ(:PATH)%' }] } } } },
});

const largeRouteSpec = () => ({
  priority: 10,
  httpRoute: {
    match: { prefix: '/api', method: 'POST', scheme: 'https', headers: [{ name: 'x-canary', match: { exact: 'true' } }, { name: 'x-region', match: { prefix: 'eu-' } }], queryParameters: [{ name: 'v', match: { exact: '2' } }] },
    action: { weightedTargets: Array.from({ length: 5 }, (_, k) => ({ virtualNode: `node-${k}`, weight: 20, port: 8080 })) },
    retryPolicy: { maxRetries: 3, perRetryTimeout: { value: 2, unit: 's' }, httpRetryEvents: ['server-error', 'gateway-error'], tcpRetryEvents: ['connection-error'] },
    timeout: { perRequest: { value: 15, unit: 's' }, idle: { value: 60, unit: 's' } },
  },
});

const OTHER: ReadonlyArray<readonly [string, string]> = [
  ['s3.amazonaws.com', 'GetObject'],
  ['s3.amazonaws.com', 'PutObject'],
  ['ec2.amazonaws.com', 'DescribeInstances'],
  ['iam.amazonaws.com', 'CreateAccessKey'],
  ['kms.amazonaws.com', 'Decrypt'],
  ['sts.amazonaws.com', 'AssumeRole'],
  ['lambda.amazonaws.com', 'Invoke'],
];

/** `count` records, the same for the same seed. */
export function benchRecords(count: number, seed = 2026): unknown[] {
  const fx = new Fixtures({ seed, referenceTime: '2026-03-02T00:00:00Z' });
  const am = appMeshBuilders(fx);
  const out: unknown[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 10 < 6) {
      const name = appMeshEventNames[i % appMeshEventNames.length] as (typeof appMeshEventNames)[number];
      const fail = i % 17 === 0 && name !== 'StreamAggregatedResources';
      const large = i % 3 === 0 && !fail;
      let overrides: unknown = undefined;
      if (large && (name === 'CreateVirtualNode' || name === 'UpdateVirtualNode')) {
        const spec = largeNodeSpec(i);
        overrides = { requestParameters: { spec }, responseElements: { virtualNode: { spec } } };
      } else if (large && (name === 'CreateRoute' || name === 'UpdateRoute')) {
        const spec = largeRouteSpec();
        overrides = { requestParameters: { spec }, responseElements: { route: { spec } } };
      }
      out.push(am.build(name, overrides as never, fail ? { fail: true } : {}));
    } else {
      const [eventSource, eventName] = OTHER[i % OTHER.length] as readonly [string, string];
      const kind = identityKinds[i % identityKinds.length] as (typeof identityKinds)[number];
      const userIdentity = (fx[kind] as () => never)();
      out.push(fx.record({ eventSource, eventName, userIdentity, requestParameters: { key: `k/${i}`, bucketName: 'bench' } }));
    }
  }
  return out;
}
