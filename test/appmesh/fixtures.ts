// Hand-written App Mesh CloudTrail records for events.test.ts. The values are
// invented (account 111122223333, eu-west-1) but follow what real App Mesh
// records look like. Each fixture is a function so every test gets a fresh
// object; `satisfies` checks each one against the library's wire types.
import type {
  AppMeshUnknownOperationEventJson,
  CreateGatewayRouteSucceededJson,
  CreateMeshSucceededJson,
  CreateRouteSucceededJson,
  CreateVirtualGatewaySucceededJson,
  CreateVirtualNodeFailedJson,
  CreateVirtualNodeSucceededJson,
  CreateVirtualRouterSucceededJson,
  CreateVirtualServiceSucceededJson,
  DeleteMeshFailedJson,
  DeleteMeshSucceededJson,
  DeleteRouteSucceededJson,
  DeleteVirtualRouterFailedJson,
  DescribeMeshSucceededJson,
  DescribeVirtualNodeSucceededJson,
  GatewayRouteSpecJson,
  ListMeshesSucceededJson,
  ListTagsForResourceSucceededJson,
  ListVirtualNodesSucceededJson,
  RouteSpecJson,
  StreamAggregatedResourcesEventJson,
  TagResourceSucceededJson,
  UntagResourceSucceededJson,
  UpdateRouteSucceededJson,
  UpdateVirtualNodeSucceededJson,
  VirtualGatewaySpecJson,
  VirtualNodeSpecJson,
} from '../../src/services/appmesh/index.js';

// ---------------------------------------------------------------------------
// Callers

/** A console user; `creationDate` is when the console session started. */
function consoleUser(creationDate: string) {
  return {
    type: 'IAMUser',
    principalId: 'AIDARX7QK2EXAMPLEP4NM',
    arn: 'arn:aws:iam::111122223333:user/priya.natarajan',
    accountId: '111122223333',
    accessKeyId: 'ASIARX7QK2EXAMPLEH3XK',
    userName: 'priya.natarajan',
    sessionContext: {
      sessionIssuer: {},
      webIdFederationData: {},
      attributes: { creationDate, mfaAuthenticated: 'true' },
    },
  } as const;
}

const CONSOLE_AGENT =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36';

/** CloudFormation working through the stack's service role. */
function cloudFormationRole(creationDate: string) {
  return {
    type: 'AssumedRole',
    principalId: 'AROARX7QK2EXAMPLEWQ3RT:AWSCloudFormation',
    arn: 'arn:aws:sts::111122223333:assumed-role/mesh-stack-deployer/AWSCloudFormation',
    accountId: '111122223333',
    accessKeyId: 'ASIARX7QK2EXAMPLEN8VD',
    sessionContext: {
      sessionIssuer: {
        type: 'Role',
        principalId: 'AROARX7QK2EXAMPLEWQ3RT',
        arn: 'arn:aws:iam::111122223333:role/mesh-stack-deployer',
        accountId: '111122223333',
        userName: 'mesh-stack-deployer',
      },
      webIdFederationData: {},
      attributes: { creationDate, mfaAuthenticated: 'false' },
    },
    invokedBy: 'cloudformation.amazonaws.com',
  } as const;
}

const CLOUDFORMATION_AGENT =
  'aws-internal/3 aws-sdk-java/1.12.529 Linux/5.10.192-161.750.amzn2int.x86_64 OpenJDK_64-Bit_Server_VM/25.382-b06 java/1.8.0_382 vendor/Oracle_Corporation cfg/retry-mode/standard';

/** An engineer signed in through IAM Identity Center, using the CLI. */
function ssoEngineer(creationDate: string) {
  return {
    type: 'AssumedRole',
    principalId: 'AROARX7QK2EXAMPLEJ5LZA:tomasz.wojcik',
    arn: 'arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_PlatformEngineer_3f1c9a2b7d4e6a10/tomasz.wojcik',
    accountId: '111122223333',
    accessKeyId: 'ASIARX7QK2EXAMPLEF2MW',
    sessionContext: {
      sessionIssuer: {
        type: 'Role',
        principalId: 'AROARX7QK2EXAMPLEJ5LZA',
        arn: 'arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_PlatformEngineer_3f1c9a2b7d4e6a10',
        accountId: '111122223333',
        userName: 'AWSReservedSSO_PlatformEngineer_3f1c9a2b7d4e6a10',
      },
      webIdFederationData: {},
      attributes: { creationDate, mfaAuthenticated: 'false' },
    },
  } as const;
}

function cliAgent(command: string): string {
  return `aws-cli/2.13.25 Python/3.11.5 Linux/6.2.0-1014-aws exe/x86_64.ubuntu.22 prompt/off command/appmesh.${command}`;
}

/** The App Mesh controller for Kubernetes, through IAM roles for service accounts. */
function meshController(creationDate: string) {
  return {
    type: 'AssumedRole',
    principalId: 'AROARX7QK2EXAMPLEC9HDE:1700035200417364519',
    arn: 'arn:aws:sts::111122223333:assumed-role/eks-appmesh-controller/1700035200417364519',
    accountId: '111122223333',
    accessKeyId: 'ASIARX7QK2EXAMPLEZ6PJ',
    sessionContext: {
      sessionIssuer: {
        type: 'Role',
        principalId: 'AROARX7QK2EXAMPLEC9HDE',
        arn: 'arn:aws:iam::111122223333:role/eks-appmesh-controller',
        accountId: '111122223333',
        userName: 'eks-appmesh-controller',
      },
      webIdFederationData: {
        federatedProvider:
          'arn:aws:iam::111122223333:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/5C1F2A9E7B4D3E8F06A1B2C3D4E5F607',
        attributes: {},
      },
      attributes: { creationDate, mfaAuthenticated: 'false' },
    },
  } as const;
}

const CONTROLLER_AGENT = 'aws-sdk-go/1.44.327 (go1.20.7; linux; amd64) appmesh-controller/v1.12.3';

/** The ECS task role an Envoy sidecar runs with; App Mesh acts for it. */
function envoyTaskRole() {
  return {
    type: 'AssumedRole',
    principalId: 'AROARX7QK2EXAMPLEV1TGB:6e1f0c3a52d84b7c9a0e4f2d1b3c5a79',
    arn: 'arn:aws:sts::111122223333:assumed-role/payments-api-task-role/6e1f0c3a52d84b7c9a0e4f2d1b3c5a79',
    accountId: '111122223333',
    accessKeyId: 'ASIARX7QK2EXAMPLEQ4YS',
    invokedBy: 'appmesh.amazonaws.com',
  } as const;
}

function tls13() {
  return {
    tlsVersion: 'TLSv1.3',
    cipherSuite: 'TLS_AES_128_GCM_SHA256',
    clientProvidedHostHeader: 'appmesh.eu-west-1.amazonaws.com',
  } as const;
}

function tls12() {
  return {
    tlsVersion: 'TLSv1.2',
    cipherSuite: 'ECDHE-RSA-AES128-GCM-SHA256',
    clientProvidedHostHeader: 'appmesh.eu-west-1.amazonaws.com',
  } as const;
}

const MESH_ARN = 'arn:aws:appmesh:eu-west-1:111122223333:mesh/payments-mesh';
const PRIVATE_CA =
  'arn:aws:acm-pca:eu-west-1:111122223333:certificate-authority/9e1d4a77-3c2b-4f5e-8a60-b1c2d3e4f509';

// ---------------------------------------------------------------------------
// Specs, each written once and used for both the request and the response

function paymentsApiSpec(): VirtualNodeSpecJson {
  return {
    serviceDiscovery: {
      awsCloudMap: {
        namespaceName: 'payments.local',
        serviceName: 'payments-api',
        attributes: [
          { key: 'ECS_TASK_DEFINITION_FAMILY', value: 'payments-api' },
          { key: 'stage', value: 'blue' },
        ],
        ipPreference: 'IPv4_ONLY',
      },
    },
    listeners: [
      {
        portMapping: { port: 8443, protocol: 'http' },
        tls: {
          mode: 'STRICT',
          certificate: {
            acm: { certificateArn: 'arn:aws:acm:eu-west-1:111122223333:certificate/4b7e2c1d-8f3a-4e6b-9d0c-2a5f7e1b3c84' },
          },
          validation: {
            trust: { file: { certificateChain: '/etc/envoy/tls/ca-bundle.pem' } },
            subjectAlternativeNames: { match: { exact: ['checkout.payments.local', 'ledger.payments.local'] } },
          },
        },
        healthCheck: {
          protocol: 'http',
          path: '/healthz',
          port: 8443,
          intervalMillis: 10000,
          timeoutMillis: 3000,
          healthyThreshold: 2,
          unhealthyThreshold: 3,
        },
        outlierDetection: {
          maxServerErrors: 5,
          interval: { value: 10, unit: 's' },
          baseEjectionDuration: { value: 30, unit: 's' },
          maxEjectionPercent: 20,
        },
        timeout: { http: { perRequest: { value: 15, unit: 's' }, idle: { value: 300, unit: 's' } } },
        connectionPool: { http: { maxConnections: 512, maxPendingRequests: 1024 } },
      },
    ],
    backends: [
      {
        virtualService: {
          virtualServiceName: 'ledger.payments.local',
          clientPolicy: {
            tls: {
              enforce: true,
              ports: [9000],
              certificate: { sds: { secretName: 'spiffe://payments.local/ns/prod/sa/payments-api' } },
              validation: {
                trust: { acm: { certificateAuthorityArns: [PRIVATE_CA] } },
                subjectAlternativeNames: { match: { exact: ['ledger.payments.local'] } },
              },
            },
          },
        },
      },
      { virtualService: { virtualServiceName: 'fraud-score.payments.local' } },
    ],
    backendDefaults: {
      clientPolicy: {
        tls: { enforce: true, validation: { trust: { acm: { certificateAuthorityArns: [PRIVATE_CA] } } } },
      },
    },
    logging: {
      accessLog: {
        file: {
          path: '/dev/stdout',
          format: {
            json: [
              { key: 'start_time', value: '%START_TIME%' },
              { key: 'method', value: '%REQ(:METHOD)%' },
              { key: 'path', value: '%REQ(X-ENVOY-ORIGINAL-PATH?:PATH)%' },
              { key: 'status', value: '%RESPONSE_CODE%' },
              { key: 'upstream', value: '%UPSTREAM_HOST%' },
            ],
          },
        },
      },
    },
  };
}

function inventoryGrpcSpec(): VirtualNodeSpecJson {
  return {
    serviceDiscovery: {
      dns: { hostname: 'inventory.shop.svc.cluster.local', responseType: 'ENDPOINTS', ipPreference: 'IPv6_PREFERRED' },
    },
    listeners: [
      {
        portMapping: { port: 50051, protocol: 'grpc' },
        tls: {
          mode: 'STRICT',
          certificate: {
            file: { certificateChain: '/certs/inventory/cert_chain.pem', privateKey: '/certs/inventory/key.pem' },
          },
          validation: { trust: { sds: { secretName: 'spiffe://shop.example.org/bundle' } } },
        },
        healthCheck: {
          protocol: 'grpc',
          intervalMillis: 5000,
          timeoutMillis: 2000,
          healthyThreshold: 3,
          unhealthyThreshold: 2,
        },
        timeout: { grpc: { perRequest: { value: 2500, unit: 'ms' }, idle: { value: 60, unit: 's' } } },
        connectionPool: { grpc: { maxRequests: 200 } },
      },
    ],
    backends: [],
    backendDefaults: { clientPolicy: {} },
    logging: {
      accessLog: {
        file: {
          path: '/var/log/envoy/access.log',
          format: { text: '[%START_TIME%] "%REQ(:METHOD)% %REQ(X-ENVOY-ORIGINAL-PATH?:PATH)% %PROTOCOL%" %RESPONSE_CODE%\n' },
        },
      },
    },
  };
}

function ledgerV2Spec(): VirtualNodeSpecJson {
  return {
    serviceDiscovery: { dns: { hostname: 'ledger-v2.payments.internal' } },
    listeners: [
      {
        portMapping: { port: 9000, protocol: 'tcp' },
        tls: { mode: 'PERMISSIVE', certificate: { sds: { secretName: 'spiffe://payments.local/ns/prod/sa/ledger' } } },
        timeout: { tcp: { idle: { value: 900, unit: 's' } } },
        connectionPool: { tcp: { maxConnections: 300 } },
      },
      {
        portMapping: { port: 9443, protocol: 'http2' },
        timeout: { http2: { perRequest: { value: 5, unit: 's' } } },
        connectionPool: { http2: { maxRequests: 1000 } },
      },
    ],
    backends: [],
    logging: {},
  };
}

function checkoutHttpRouteSpec(): RouteSpecJson {
  return {
    priority: 10,
    httpRoute: {
      match: {
        prefix: '/v2/checkout',
        method: 'POST',
        headers: [
          { name: 'x-canary', match: { exact: 'true' } },
          { name: 'user-agent', invert: true, match: { regex: '.*(bot|crawler).*' } },
        ],
        queryParameters: [{ name: 'currency', match: { exact: 'EUR' } }],
        port: 8443,
      },
      action: {
        weightedTargets: [
          { virtualNode: 'payments-api', weight: 90, port: 8443 },
          { virtualNode: 'payments-api-canary', weight: 10, port: 8443 },
        ],
      },
      retryPolicy: {
        perRetryTimeout: { value: 2, unit: 's' },
        maxRetries: 3,
        httpRetryEvents: ['server-error', 'gateway-error'],
        tcpRetryEvents: ['connection-error'],
      },
      timeout: { perRequest: { value: 10, unit: 's' }, idle: { value: 120, unit: 's' } },
    },
  };
}

function checkoutHttpRouteSpecV3(): RouteSpecJson {
  return {
    priority: 5,
    httpRoute: {
      match: { path: { exact: '/v2/checkout/confirm' }, method: 'PUT', scheme: 'https' },
      action: { weightedTargets: [{ virtualNode: 'payments-api', weight: 100, port: 8443 }] },
      timeout: { perRequest: { value: 20, unit: 's' } },
    },
  };
}

function ordersHttp2RouteSpec(): RouteSpecJson {
  return {
    http2Route: {
      match: {
        path: { regex: '/api/v[0-9]+/orders/.*' },
        scheme: 'https',
        headers: [{ name: 'x-client-version', match: { range: { start: 300, end: 500 } } }],
      },
      action: { weightedTargets: [{ virtualNode: 'orders-v3', weight: 100 }] },
    },
  };
}

function inventoryGrpcRouteSpec(): RouteSpecJson {
  return {
    grpcRoute: {
      match: {
        serviceName: 'inventory.v1.InventoryService',
        methodName: 'ReserveStock',
        metadata: [
          { name: 'x-tenant', match: { prefix: 'eu-' } },
          { name: 'x-debug', invert: true, match: { exact: '1' } },
        ],
      },
      action: { weightedTargets: [{ virtualNode: 'inventory-grpc', weight: 100 }] },
      retryPolicy: {
        perRetryTimeout: { value: 500, unit: 'ms' },
        maxRetries: 2,
        grpcRetryEvents: ['unavailable', 'deadline-exceeded'],
        httpRetryEvents: ['stream-error'],
      },
      timeout: { perRequest: { value: 3, unit: 's' } },
    },
  };
}

function ledgerTcpRouteSpec(): RouteSpecJson {
  return {
    tcpRoute: {
      action: {
        weightedTargets: [
          { virtualNode: 'ledger-v1', weight: 80 },
          { virtualNode: 'ledger-v2', weight: 20 },
        ],
      },
      timeout: { idle: { value: 600, unit: 's' } },
      match: { port: 9000 },
    },
  };
}

function edgeGatewaySpec(): VirtualGatewaySpecJson {
  return {
    listeners: [
      {
        portMapping: { port: 8443, protocol: 'http' },
        tls: {
          mode: 'STRICT',
          certificate: {
            acm: { certificateArn: 'arn:aws:acm:eu-west-1:111122223333:certificate/c0a8e4f2-7d1b-4c39-b5e6-0f9a2d3c4b71' },
          },
        },
        healthCheck: {
          protocol: 'http',
          path: '/ping',
          intervalMillis: 15000,
          timeoutMillis: 5000,
          healthyThreshold: 2,
          unhealthyThreshold: 4,
        },
        connectionPool: { http: { maxConnections: 2048, maxPendingRequests: 4096 } },
      },
    ],
    backendDefaults: {
      clientPolicy: {
        tls: { enforce: true, ports: [], validation: { trust: { file: { certificateChain: '/etc/ssl/mesh-ca.pem' } } } },
      },
    },
    logging: { accessLog: { file: { path: '/dev/stdout' } } },
  };
}

function storefrontGatewayRouteSpec(): GatewayRouteSpecJson {
  return {
    priority: 100,
    httpRoute: {
      match: {
        prefix: '/shop/',
        hostname: { suffix: '.storefront.example.com' },
        headers: [{ name: 'x-region', match: { suffix: '-eu' } }],
      },
      action: {
        target: { virtualService: { virtualServiceName: 'web.storefront.local' }, port: 8080 },
        rewrite: { prefix: { value: '/' }, hostname: { defaultTargetHostname: 'DISABLED' } },
      },
    },
  };
}

// ---------------------------------------------------------------------------
// Create

export function createMesh() {
  return {
    eventVersion: '1.08',
    userIdentity: consoleUser('2023-11-14T08:02:37Z'),
    eventTime: '2023-11-14T09:17:42Z',
    eventSource: 'appmesh.amazonaws.com',
    eventName: 'CreateMesh',
    awsRegion: 'eu-west-1',
    sourceIPAddress: '198.51.100.23',
    userAgent: CONSOLE_AGENT,
    requestParameters: {
      clientToken: '33264560-6db6-4fe9-8a54-5a51ed8d492e',
      meshName: 'payments-mesh',
      spec: { egressFilter: { type: 'DROP_ALL' }, serviceDiscovery: { ipPreference: 'IPv4_PREFERRED' } },
      tags: [
        { key: 'team', value: 'payments' },
        { key: 'cost-center', value: 'cc-4410' },
      ],
    },
    responseElements: {
      mesh: {
        meshName: 'payments-mesh',
        metadata: {
          arn: MESH_ARN,
          createdAt: 'Nov 14, 2023, 9:17:42 AM',
          lastUpdatedAt: 'Nov 14, 2023, 9:17:42 AM',
          meshOwner: '111122223333',
          resourceOwner: '111122223333',
          uid: 'a45b8a20-da94-48cc-acc6-7862112594de',
          version: 1,
        },
        spec: { egressFilter: { type: 'DROP_ALL' }, serviceDiscovery: { ipPreference: 'IPv4_PREFERRED' } },
        status: { status: 'ACTIVE' },
      },
    },
    requestID: 'e024a6bd-579c-4699-9173-540f70daa0f5',
    eventID: 'aa05c578-c8dd-42a1-bf24-02ae81f7b187',
    readOnly: false,
    eventType: 'AwsApiCall',
    apiVersion: '2019-01-25',
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management',
    tlsDetails: tls13(),
    sessionCredentialFromConsole: 'true',
  } satisfies CreateMeshSucceededJson;
}

/** The virtual node with every listener feature set; created at 9:04:09 PM UTC. */
export function createVirtualNodeFull() {
  return {
    eventVersion: '1.08',
    userIdentity: cloudFormationRole('2023-11-14T21:03:51Z'),
    eventTime: '2023-11-14T21:04:09Z',
    eventSource: 'appmesh.amazonaws.com',
    eventName: 'CreateVirtualNode',
    awsRegion: 'eu-west-1',
    sourceIPAddress: 'cloudformation.amazonaws.com',
    userAgent: CLOUDFORMATION_AGENT,
    requestParameters: {
      virtualNodeName: 'payments-api',
      meshName: 'payments-mesh',
      spec: paymentsApiSpec(),
      tags: [{ key: 'aws:cloudformation:stack-name', value: 'payments-mesh-prod' }],
      meshOwner: '111122223333',
    },
    responseElements: {
      virtualNode: {
        meshName: 'payments-mesh',
        virtualNodeName: 'payments-api',
        spec: paymentsApiSpec(),
        metadata: {
          arn: `${MESH_ARN}/virtualNode/payments-api`,
          version: 1,
          uid: '2428ac0b-b4d7-4c79-85a1-a55395efff51',
          createdAt: 'Nov 14, 2023, 9:04:09 PM',
          lastUpdatedAt: 'Nov 14, 2023, 9:04:09 PM',
          meshOwner: '111122223333',
          resourceOwner: '111122223333',
        },
        status: { status: 'ACTIVE' },
      },
    },
    requestID: 'fe9e3a8f-0cb3-4aad-9448-2f3ff17bd215',
    eventID: '47d9da2e-5d34-49df-ac39-66693a695103',
    readOnly: false,
    eventType: 'AwsApiCall',
    apiVersion: '2019-01-25',
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management',
    tlsDetails: tls12(),
  } satisfies CreateVirtualNodeSucceededJson;
}

/** A gRPC virtual node found through DNS, with file and SDS TLS and a text log format. */
export function createVirtualNodeDns() {
  return {
    eventVersion: '1.08',
    userIdentity: meshController('2023-11-15T09:40:00Z'),
    eventTime: '2023-11-15T09:58:26Z',
    eventSource: 'appmesh.amazonaws.com',
    eventName: 'CreateVirtualNode',
    awsRegion: 'eu-west-1',
    sourceIPAddress: '10.42.17.203',
    userAgent: CONTROLLER_AGENT,
    requestParameters: {
      virtualNodeName: 'inventory-grpc_shop',
      meshName: 'payments-mesh',
      spec: inventoryGrpcSpec(),
      clientToken: '09ab6e5e-7a6d-4db0-93a5-35df003058e1',
      meshOwner: '111122223333',
    },
    responseElements: {
      virtualNode: {
        meshName: 'payments-mesh',
        virtualNodeName: 'inventory-grpc_shop',
        spec: inventoryGrpcSpec(),
        metadata: {
          arn: `${MESH_ARN}/virtualNode/inventory-grpc_shop`,
          version: 1,
          uid: '8739395c-7d2d-492e-9ea8-c89568fc4d44',
          createdAt: 'Nov 15, 2023, 9:58:26 AM',
          lastUpdatedAt: 'Nov 15, 2023, 9:58:26 AM',
          meshOwner: '111122223333',
          resourceOwner: '111122223333',
        },
        status: { status: 'ACTIVE' },
      },
    },
    requestID: '2b4a60fd-4fa3-48e9-8a2b-f2da9525d232',
    eventID: '4547f4b5-5056-4547-a95e-d4cf5fe7b7bc',
    readOnly: false,
    eventType: 'AwsApiCall',
    apiVersion: '2019-01-25',
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management',
    tlsDetails: tls13(),
  } satisfies CreateVirtualNodeSucceededJson;
}

/** Created 12:12:53 AM UTC: the hour after midnight is written as 12. */
export function createRouteHttp() {
  return {
    eventVersion: '1.08',
    userIdentity: ssoEngineer('2023-11-14T23:55:10Z'),
    eventTime: '2023-11-15T00:12:53Z',
    eventSource: 'appmesh.amazonaws.com',
    eventName: 'CreateRoute',
    awsRegion: 'eu-west-1',
    sourceIPAddress: '203.0.113.47',
    userAgent: cliAgent('create-route'),
    requestParameters: {
      routeName: 'checkout-route',
      meshName: 'payments-mesh',
      virtualRouterName: 'checkout-router',
      spec: checkoutHttpRouteSpec(),
      clientToken: '74835624-8603-4850-bca3-b8124ae045b2',
    },
    responseElements: {
      route: {
        meshName: 'payments-mesh',
        virtualRouterName: 'checkout-router',
        routeName: 'checkout-route',
        spec: checkoutHttpRouteSpec(),
        metadata: {
          arn: `${MESH_ARN}/virtualRouter/checkout-router/route/checkout-route`,
          version: 1,
          uid: '42afe689-8e28-4c9c-b7ce-2d55fdf64cf9',
          createdAt: 'Nov 15, 2023, 12:12:53 AM',
          lastUpdatedAt: 'Nov 15, 2023, 12:12:53 AM',
          meshOwner: '111122223333',
          resourceOwner: '111122223333',
        },
        status: { status: 'ACTIVE' },
      },
    },
    requestID: '2f6284c3-517a-41c6-97df-a6a0412b7471',
    eventID: '6ca510e8-1982-4615-995e-6b720b58fd64',
    readOnly: false,
    eventType: 'AwsApiCall',
    apiVersion: '2019-01-25',
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management',
    tlsDetails: tls13(),
  } satisfies CreateRouteSucceededJson;
}

/** A 2021 record: older JVMs wrote no comma after the year. Created at noon UTC. */
export function createRouteHttp2() {
  return {
    eventVersion: '1.08',
    userIdentity: consoleUser('2021-07-03T11:58:02Z'),
    eventTime: '2021-07-03T12:40:18Z',
    eventSource: 'appmesh.amazonaws.com',
    eventName: 'CreateRoute',
    awsRegion: 'eu-west-1',
    sourceIPAddress: '198.51.100.23',
    userAgent: CONSOLE_AGENT,
    requestParameters: {
      routeName: 'orders-http2',
      meshName: 'storefront-mesh',
      virtualRouterName: 'orders-router',
      spec: ordersHttp2RouteSpec(),
      clientToken: '24a28cb8-6c22-4b30-b5ba-d0ec579339b5',
    },
    responseElements: {
      route: {
        meshName: 'storefront-mesh',
        virtualRouterName: 'orders-router',
        routeName: 'orders-http2',
        spec: ordersHttp2RouteSpec(),
        metadata: {
          arn: 'arn:aws:appmesh:eu-west-1:111122223333:mesh/storefront-mesh/virtualRouter/orders-router/route/orders-http2',
          version: 1,
          uid: 'a611ea5a-abbf-48b0-bff0-380456c3f5fb',
          createdAt: 'Jul 3, 2021 12:40:18 PM',
          lastUpdatedAt: 'Jul 3, 2021 12:40:18 PM',
          meshOwner: '111122223333',
          resourceOwner: '111122223333',
        },
        status: { status: 'ACTIVE' },
      },
    },
    requestID: 'f5953fd3-1e4e-4614-b388-697b2f29ffe6',
    eventID: 'cbed8cdf-d992-44ef-8d82-c107d63dd559',
    readOnly: false,
    eventType: 'AwsApiCall',
    apiVersion: '2019-01-25',
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management',
    sessionCredentialFromConsole: 'true',
  } satisfies CreateRouteSucceededJson;
}

export function createRouteGrpc() {
  return {
    eventVersion: '1.08',
    userIdentity: meshController('2023-11-15T09:40:00Z'),
    eventTime: '2023-11-15T10:02:31Z',
    eventSource: 'appmesh.amazonaws.com',
    eventName: 'CreateRoute',
    awsRegion: 'eu-west-1',
    sourceIPAddress: '10.42.17.203',
    userAgent: CONTROLLER_AGENT,
    requestParameters: {
      routeName: 'reserve-stock',
      meshName: 'payments-mesh',
      virtualRouterName: 'inventory-router',
      spec: inventoryGrpcRouteSpec(),
      clientToken: 'fb1291e5-43ef-4516-9832-249df26cbb38',
      meshOwner: '111122223333',
    },
    responseElements: {
      route: {
        meshName: 'payments-mesh',
        virtualRouterName: 'inventory-router',
        routeName: 'reserve-stock',
        spec: inventoryGrpcRouteSpec(),
        metadata: {
          arn: `${MESH_ARN}/virtualRouter/inventory-router/route/reserve-stock`,
          version: 1,
          uid: '3c43ed1c-8cd0-41b1-9757-5a1991c7268a',
          createdAt: 'Nov 15, 2023, 10:02:31 AM',
          lastUpdatedAt: 'Nov 15, 2023, 10:02:31 AM',
          meshOwner: '111122223333',
          resourceOwner: '111122223333',
        },
        status: { status: 'ACTIVE' },
      },
    },
    requestID: '316e870d-e0c1-487f-9b90-086c4aba2649',
    eventID: '85df531b-96f4-42ee-965c-2fa1213fbe96',
    readOnly: false,
    eventType: 'AwsApiCall',
    apiVersion: '2019-01-25',
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management',
    tlsDetails: tls13(),
  } satisfies CreateRouteSucceededJson;
}

export function createRouteTcp() {
  return {
    eventVersion: '1.08',
    userIdentity: cloudFormationRole('2023-11-15T10:05:12Z'),
    eventTime: '2023-11-15T10:05:47Z',
    eventSource: 'appmesh.amazonaws.com',
    eventName: 'CreateRoute',
    awsRegion: 'eu-west-1',
    sourceIPAddress: 'cloudformation.amazonaws.com',
    userAgent: CLOUDFORMATION_AGENT,
    requestParameters: {
      routeName: 'ledger-split',
      meshName: 'payments-mesh',
      virtualRouterName: 'ledger-router',
      spec: ledgerTcpRouteSpec(),
      meshOwner: '111122223333',
    },
    responseElements: {
      route: {
        meshName: 'payments-mesh',
        virtualRouterName: 'ledger-router',
        routeName: 'ledger-split',
        spec: ledgerTcpRouteSpec(),
        metadata: {
          arn: `${MESH_ARN}/virtualRouter/ledger-router/route/ledger-split`,
          version: 1,
          uid: '45cad01d-a80b-4f79-a9ed-4f4224b71db3',
          createdAt: 'Nov 15, 2023, 10:05:47 AM',
          lastUpdatedAt: 'Nov 15, 2023, 10:05:47 AM',
          meshOwner: '111122223333',
          resourceOwner: '111122223333',
        },
        status: { status: 'ACTIVE' },
      },
    },
    requestID: 'c4dbac1c-8846-42d8-98dc-2aee60fe7249',
    eventID: '3f5f121d-567f-48fa-b343-de561f7a0b31',
    readOnly: false,
    eventType: 'AwsApiCall',
    apiVersion: '2019-01-25',
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management',
    tlsDetails: tls12(),
  } satisfies CreateRouteSucceededJson;
}

export function createVirtualRouter() {
  return {
    eventVersion: '1.08',
    userIdentity: cloudFormationRole('2023-11-14T21:03:51Z'),
    eventTime: '2023-11-14T21:10:22Z',
    eventSource: 'appmesh.amazonaws.com',
    eventName: 'CreateVirtualRouter',
    awsRegion: 'eu-west-1',
    sourceIPAddress: 'cloudformation.amazonaws.com',
    userAgent: CLOUDFORMATION_AGENT,
    requestParameters: {
      virtualRouterName: 'ledger-router',
      meshName: 'payments-mesh',
      spec: { listeners: [{ portMapping: { port: 9000, protocol: 'tcp' } }] },
      meshOwner: '111122223333',
    },
    responseElements: {
      virtualRouter: {
        meshName: 'payments-mesh',
        virtualRouterName: 'ledger-router',
        spec: { listeners: [{ portMapping: { port: 9000, protocol: 'tcp' } }] },
        metadata: {
          arn: `${MESH_ARN}/virtualRouter/ledger-router`,
          version: 1,
          uid: '8f69b4e0-d2c8-4e84-a181-7ec0ce2257eb',
          createdAt: 'Nov 14, 2023, 9:10:22 PM',
          lastUpdatedAt: 'Nov 14, 2023, 9:10:22 PM',
          meshOwner: '111122223333',
          resourceOwner: '111122223333',
        },
        status: { status: 'ACTIVE' },
      },
    },
    requestID: 'a88491ee-d8d5-4208-bdcd-64bde3c1200f',
    eventID: '9cfc4b88-43e6-42d4-af6c-d182472d3794',
    readOnly: false,
    eventType: 'AwsApiCall',
    apiVersion: '2019-01-25',
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management',
    tlsDetails: tls12(),
  } satisfies CreateVirtualRouterSucceededJson;
}

export function createVirtualServiceRouter() {
  return {
    eventVersion: '1.08',
    userIdentity: cloudFormationRole('2023-11-14T21:03:51Z'),
    eventTime: '2023-11-14T21:12:58Z',
    eventSource: 'appmesh.amazonaws.com',
    eventName: 'CreateVirtualService',
    awsRegion: 'eu-west-1',
    sourceIPAddress: 'cloudformation.amazonaws.com',
    userAgent: CLOUDFORMATION_AGENT,
    requestParameters: {
      virtualServiceName: 'checkout.payments.local',
      meshName: 'payments-mesh',
      spec: { provider: { virtualRouter: { virtualRouterName: 'checkout-router' } } },
      tags: [{ key: 'aws:cloudformation:stack-name', value: 'payments-mesh-prod' }],
      meshOwner: '111122223333',
    },
    responseElements: {
      virtualService: {
        meshName: 'payments-mesh',
        virtualServiceName: 'checkout.payments.local',
        spec: { provider: { virtualRouter: { virtualRouterName: 'checkout-router' } } },
        metadata: {
          arn: `${MESH_ARN}/virtualService/checkout.payments.local`,
          version: 1,
          uid: 'a7e802ce-b4f3-4744-94e3-fe052ca321af',
          createdAt: 'Nov 14, 2023, 9:12:58 PM',
          lastUpdatedAt: 'Nov 14, 2023, 9:12:58 PM',
          meshOwner: '111122223333',
          resourceOwner: '111122223333',
        },
        status: { status: 'ACTIVE' },
      },
    },
    requestID: 'bb570ed9-5202-4e33-b2b0-f0114640fe9d',
    eventID: 'f8699c5d-c836-462e-b77d-aa1f63273a67',
    readOnly: false,
    eventType: 'AwsApiCall',
    apiVersion: '2019-01-25',
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management',
    tlsDetails: tls12(),
  } satisfies CreateVirtualServiceSucceededJson;
}

/** A virtual service with no provider yet: CloudTrail keeps `"spec": {}`. */
export function createVirtualServiceEmptySpec() {
  return {
    eventVersion: '1.08',
    userIdentity: consoleUser('2021-03-09T07:31:44Z'),
    eventTime: '2021-03-09T07:45:00Z',
    eventSource: 'appmesh.amazonaws.com',
    eventName: 'CreateVirtualService',
    awsRegion: 'eu-west-1',
    sourceIPAddress: '198.51.100.23',
    userAgent: CONSOLE_AGENT,
    requestParameters: {
      virtualServiceName: 'legacy-billing.payments.local',
      meshName: 'payments-mesh',
      spec: {},
      clientToken: 'ada41b67-9f14-4562-b985-d7a14a6099e7',
    },
    responseElements: {
      virtualService: {
        meshName: 'payments-mesh',
        virtualServiceName: 'legacy-billing.payments.local',
        spec: {},
        metadata: {
          arn: `${MESH_ARN}/virtualService/legacy-billing.payments.local`,
          version: 1,
          uid: '89ce8cde-59eb-4f44-acd6-9b8b31e84c31',
          createdAt: 'Mar 9, 2021 7:45:00 AM',
          lastUpdatedAt: 'Mar 9, 2021 7:45:00 AM',
          meshOwner: '111122223333',
          resourceOwner: '111122223333',
        },
        status: { status: 'ACTIVE' },
      },
    },
    requestID: '697e4b11-3ecc-4bc2-99ee-a5ed0f1e27bf',
    eventID: 'ae3c0151-ba3f-4bce-a286-36ce37d64ac8',
    readOnly: false,
    eventType: 'AwsApiCall',
    apiVersion: '2019-01-25',
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management',
    sessionCredentialFromConsole: 'true',
  } satisfies CreateVirtualServiceSucceededJson;
}

export function createVirtualGateway() {
  return {
    eventVersion: '1.08',
    userIdentity: consoleUser('2021-07-03T07:50:19Z'),
    eventTime: '2021-07-03T08:03:14Z',
    eventSource: 'appmesh.amazonaws.com',
    eventName: 'CreateVirtualGateway',
    awsRegion: 'eu-west-1',
    sourceIPAddress: '198.51.100.23',
    userAgent: CONSOLE_AGENT,
    requestParameters: {
      virtualGatewayName: 'edge-gateway',
      meshName: 'storefront-mesh',
      spec: edgeGatewaySpec(),
      clientToken: '3a3c3548-a7c2-447c-a001-868889ebfa98',
    },
    responseElements: {
      virtualGateway: {
        meshName: 'storefront-mesh',
        virtualGatewayName: 'edge-gateway',
        spec: edgeGatewaySpec(),
        metadata: {
          arn: 'arn:aws:appmesh:eu-west-1:111122223333:mesh/storefront-mesh/virtualGateway/edge-gateway',
          version: 1,
          uid: '435420b4-4bdd-4945-8a7d-0e7de999e458',
          createdAt: 'Jul 3, 2021 8:03:14 AM',
          lastUpdatedAt: 'Jul 3, 2021 8:03:14 AM',
          meshOwner: '111122223333',
          resourceOwner: '111122223333',
        },
        status: { status: 'ACTIVE' },
      },
    },
    requestID: 'cfe787bd-c8bb-4b42-806f-f7f4b995264a',
    eventID: '1bd3efb4-6189-4b57-a37e-5bf84d0419fb',
    readOnly: false,
    eventType: 'AwsApiCall',
    apiVersion: '2019-01-25',
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management',
    sessionCredentialFromConsole: 'true',
  } satisfies CreateVirtualGatewaySucceededJson;
}

export function createGatewayRoute() {
  return {
    eventVersion: '1.08',
    userIdentity: consoleUser('2021-07-03T07:50:19Z'),
    eventTime: '2021-07-03T08:09:51Z',
    eventSource: 'appmesh.amazonaws.com',
    eventName: 'CreateGatewayRoute',
    awsRegion: 'eu-west-1',
    sourceIPAddress: '198.51.100.23',
    userAgent: CONSOLE_AGENT,
    requestParameters: {
      gatewayRouteName: 'storefront-web',
      meshName: 'storefront-mesh',
      virtualGatewayName: 'edge-gateway',
      spec: storefrontGatewayRouteSpec(),
      clientToken: 'c11b4dde-6de0-4705-b4bf-0cdbe81016b2',
    },
    responseElements: {
      gatewayRoute: {
        meshName: 'storefront-mesh',
        virtualGatewayName: 'edge-gateway',
        gatewayRouteName: 'storefront-web',
        spec: storefrontGatewayRouteSpec(),
        metadata: {
          arn: 'arn:aws:appmesh:eu-west-1:111122223333:mesh/storefront-mesh/virtualGateway/edge-gateway/gatewayRoute/storefront-web',
          version: 1,
          uid: '798f4251-3e92-4796-b089-5f0181a224b3',
          createdAt: 'Jul 3, 2021 8:09:51 AM',
          lastUpdatedAt: 'Jul 3, 2021 8:09:51 AM',
          meshOwner: '111122223333',
          resourceOwner: '111122223333',
        },
        status: { status: 'ACTIVE' },
      },
    },
    requestID: '96791115-9a16-4b60-9323-2d5ddb4ad8be',
    eventID: '71a2d235-719b-405a-a41d-e5ce4f7bb64f',
    readOnly: false,
    eventType: 'AwsApiCall',
    apiVersion: '2019-01-25',
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management',
    sessionCredentialFromConsole: 'true',
  } satisfies CreateGatewayRouteSucceededJson;
}

// ---------------------------------------------------------------------------
// Update

/** Version 2 of ledger-v2: created in November, updated 4:48:20 PM on Dec 4. */
export function updateVirtualNode() {
  return {
    eventVersion: '1.08',
    userIdentity: ssoEngineer('2023-12-04T16:30:00Z'),
    eventTime: '2023-12-04T16:48:20Z',
    eventSource: 'appmesh.amazonaws.com',
    eventName: 'UpdateVirtualNode',
    awsRegion: 'eu-west-1',
    sourceIPAddress: '203.0.113.47',
    userAgent: cliAgent('update-virtual-node'),
    requestParameters: {
      meshName: 'payments-mesh',
      virtualNodeName: 'ledger-v2',
      spec: ledgerV2Spec(),
      clientToken: 'ceffb047-82e4-47bf-8886-33ef609ae252',
    },
    responseElements: {
      virtualNode: {
        meshName: 'payments-mesh',
        virtualNodeName: 'ledger-v2',
        spec: ledgerV2Spec(),
        metadata: {
          arn: `${MESH_ARN}/virtualNode/ledger-v2`,
          version: 2,
          uid: 'a8507dc1-159e-4dcd-a8cc-3f9ec3ced3c7',
          createdAt: 'Nov 14, 2023, 9:08:40 PM',
          lastUpdatedAt: 'Dec 4, 2023, 4:48:20 PM',
          meshOwner: '111122223333',
          resourceOwner: '111122223333',
        },
        status: { status: 'ACTIVE' },
      },
    },
    requestID: '16c97d7f-c36f-42fd-831e-b860a089cb70',
    eventID: '86ddead8-225b-41ed-a2aa-11b3a579e98d',
    readOnly: false,
    eventType: 'AwsApiCall',
    apiVersion: '2019-01-25',
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management',
    tlsDetails: tls13(),
  } satisfies UpdateVirtualNodeSucceededJson;
}

export function updateRoute() {
  return {
    eventVersion: '1.08',
    userIdentity: ssoEngineer('2023-12-05T10:59:41Z'),
    eventTime: '2023-12-05T11:20:07Z',
    eventSource: 'appmesh.amazonaws.com',
    eventName: 'UpdateRoute',
    awsRegion: 'eu-west-1',
    sourceIPAddress: '203.0.113.47',
    userAgent: cliAgent('update-route'),
    requestParameters: {
      routeName: 'checkout-route',
      meshName: 'payments-mesh',
      virtualRouterName: 'checkout-router',
      spec: checkoutHttpRouteSpecV3(),
      clientToken: '18deac4b-db0d-4c1e-ac29-2e1ded7dd1e3',
    },
    responseElements: {
      route: {
        meshName: 'payments-mesh',
        virtualRouterName: 'checkout-router',
        routeName: 'checkout-route',
        spec: checkoutHttpRouteSpecV3(),
        metadata: {
          arn: `${MESH_ARN}/virtualRouter/checkout-router/route/checkout-route`,
          version: 3,
          uid: '42afe689-8e28-4c9c-b7ce-2d55fdf64cf9',
          createdAt: 'Nov 15, 2023, 12:12:53 AM',
          lastUpdatedAt: 'Dec 5, 2023, 11:20:07 AM',
          meshOwner: '111122223333',
          resourceOwner: '111122223333',
        },
        status: { status: 'ACTIVE' },
      },
    },
    requestID: 'd569dfa8-2132-4359-9da0-145537dc00b0',
    eventID: 'b4c5601c-8d28-4281-8dcd-68936d1e6da5',
    readOnly: false,
    eventType: 'AwsApiCall',
    apiVersion: '2019-01-25',
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management',
    tlsDetails: tls13(),
  } satisfies UpdateRouteSucceededJson;
}

// ---------------------------------------------------------------------------
// Delete

export function deleteMesh() {
  return {
    eventVersion: '1.08',
    userIdentity: consoleUser('2024-01-22T14:01:15Z'),
    eventTime: '2024-01-22T14:30:12Z',
    eventSource: 'appmesh.amazonaws.com',
    eventName: 'DeleteMesh',
    awsRegion: 'eu-west-1',
    sourceIPAddress: '198.51.100.23',
    userAgent: CONSOLE_AGENT,
    requestParameters: { meshName: 'sandbox-mesh' },
    responseElements: {
      mesh: {
        meshName: 'sandbox-mesh',
        metadata: {
          arn: 'arn:aws:appmesh:eu-west-1:111122223333:mesh/sandbox-mesh',
          createdAt: 'Oct 2, 2023, 6:55:40 PM',
          lastUpdatedAt: 'Jan 22, 2024, 2:30:12 PM',
          meshOwner: '111122223333',
          resourceOwner: '111122223333',
          uid: '58d06a11-eff3-475d-8de3-3bf3a4e9756b',
          version: 1,
        },
        spec: { egressFilter: { type: 'ALLOW_ALL' } },
        status: { status: 'DELETED' },
      },
    },
    requestID: 'f9d60da3-55da-4f4d-b9c2-1ba0a0cf5d03',
    eventID: 'bc797b8a-e031-4c02-81c2-f3ad07bbcde3',
    readOnly: false,
    eventType: 'AwsApiCall',
    apiVersion: '2019-01-25',
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management',
    tlsDetails: tls13(),
    sessionCredentialFromConsole: 'true',
  } satisfies DeleteMeshSucceededJson;
}

export function deleteRoute() {
  return {
    eventVersion: '1.08',
    userIdentity: cloudFormationRole('2024-01-22T14:02:50Z'),
    eventTime: '2024-01-22T14:03:36Z',
    eventSource: 'appmesh.amazonaws.com',
    eventName: 'DeleteRoute',
    awsRegion: 'eu-west-1',
    sourceIPAddress: 'cloudformation.amazonaws.com',
    userAgent: CLOUDFORMATION_AGENT,
    requestParameters: {
      routeName: 'ledger-split',
      meshName: 'payments-mesh',
      virtualRouterName: 'ledger-router',
      meshOwner: '111122223333',
    },
    responseElements: {
      route: {
        meshName: 'payments-mesh',
        virtualRouterName: 'ledger-router',
        routeName: 'ledger-split',
        spec: ledgerTcpRouteSpec(),
        metadata: {
          arn: `${MESH_ARN}/virtualRouter/ledger-router/route/ledger-split`,
          version: 2,
          uid: '45cad01d-a80b-4f79-a9ed-4f4224b71db3',
          createdAt: 'Nov 15, 2023, 10:05:47 AM',
          lastUpdatedAt: 'Jan 22, 2024, 2:03:36 PM',
          meshOwner: '111122223333',
          resourceOwner: '111122223333',
        },
        status: { status: 'DELETED' },
      },
    },
    requestID: '3e91348b-b1a6-4908-8d1c-452013e9006a',
    eventID: '17ad2797-6f47-4cab-92f4-94cde17efa6f',
    readOnly: false,
    eventType: 'AwsApiCall',
    apiVersion: '2019-01-25',
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management',
    tlsDetails: tls12(),
  } satisfies DeleteRouteSucceededJson;
}

// ---------------------------------------------------------------------------
// Describe and List

/** A read whose response CloudTrail did not log. */
export function describeVirtualNode() {
  return {
    eventVersion: '1.08',
    userIdentity: ssoEngineer('2023-12-04T16:30:00Z'),
    eventTime: '2023-12-04T16:45:02Z',
    eventSource: 'appmesh.amazonaws.com',
    eventName: 'DescribeVirtualNode',
    awsRegion: 'eu-west-1',
    sourceIPAddress: '203.0.113.47',
    userAgent: cliAgent('describe-virtual-node'),
    requestParameters: { meshName: 'payments-mesh', virtualNodeName: 'ledger-v2', meshOwner: '111122223333' },
    responseElements: null,
    requestID: '2aeeeed9-65e4-4f4a-b3ec-ea767a715574',
    eventID: '058ac8d1-67fb-414c-ac42-be5a14b678cd',
    readOnly: true,
    eventType: 'AwsApiCall',
    apiVersion: '2019-01-25',
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management',
    tlsDetails: tls13(),
  } satisfies DescribeVirtualNodeSucceededJson;
}

export function describeMesh() {
  return {
    eventVersion: '1.08',
    userIdentity: consoleUser('2023-11-20T13:20:05Z'),
    eventTime: '2023-11-20T13:37:19Z',
    eventSource: 'appmesh.amazonaws.com',
    eventName: 'DescribeMesh',
    awsRegion: 'eu-west-1',
    sourceIPAddress: '198.51.100.23',
    userAgent: CONSOLE_AGENT,
    requestParameters: { meshName: 'payments-mesh' },
    responseElements: {
      mesh: {
        meshName: 'payments-mesh',
        metadata: {
          arn: MESH_ARN,
          createdAt: 'Nov 14, 2023, 9:17:42 AM',
          lastUpdatedAt: 'Nov 14, 2023, 9:17:42 AM',
          meshOwner: '111122223333',
          resourceOwner: '111122223333',
          uid: 'a45b8a20-da94-48cc-acc6-7862112594de',
          version: 1,
        },
        spec: { egressFilter: { type: 'DROP_ALL' }, serviceDiscovery: { ipPreference: 'IPv4_PREFERRED' } },
        status: { status: 'ACTIVE' },
      },
    },
    requestID: '5123b57e-15a8-40e4-a0ea-1965b196bc14',
    eventID: '52fddda9-0557-4af0-8f7c-d7dd2f2df2fd',
    readOnly: true,
    eventType: 'AwsApiCall',
    apiVersion: '2019-01-25',
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management',
    tlsDetails: tls13(),
    sessionCredentialFromConsole: 'true',
  } satisfies DescribeMeshSucceededJson;
}

/** The console lists meshes without parameters: `requestParameters` is null. */
export function listMeshesNoParameters() {
  return {
    eventVersion: '1.08',
    userIdentity: consoleUser('2023-11-20T13:20:05Z'),
    eventTime: '2023-11-20T13:36:58Z',
    eventSource: 'appmesh.amazonaws.com',
    eventName: 'ListMeshes',
    awsRegion: 'eu-west-1',
    sourceIPAddress: '198.51.100.23',
    userAgent: CONSOLE_AGENT,
    requestParameters: null,
    responseElements: {
      meshes: [
        {
          meshName: 'payments-mesh',
          meshOwner: '111122223333',
          resourceOwner: '111122223333',
          arn: MESH_ARN,
          version: 1,
          createdAt: 'Nov 14, 2023, 9:17:42 AM',
          lastUpdatedAt: 'Nov 14, 2023, 9:17:42 AM',
        },
        {
          meshName: 'storefront-mesh',
          meshOwner: '111122223333',
          resourceOwner: '111122223333',
          arn: 'arn:aws:appmesh:eu-west-1:111122223333:mesh/storefront-mesh',
          version: 4,
          createdAt: 'Jun 28, 2021 3:14:09 PM',
          lastUpdatedAt: 'Sep 12, 2022 10:01:56 AM',
        },
      ],
    },
    requestID: '0b7e5d21-c4a8-4f96-93e2-7a1d6c0f8b35',
    eventID: '4adad572-4b30-4d35-8ec7-7b9a78f864af',
    readOnly: true,
    eventType: 'AwsApiCall',
    apiVersion: '2019-01-25',
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management',
    tlsDetails: tls13(),
    sessionCredentialFromConsole: 'true',
  } satisfies ListMeshesSucceededJson;
}

export function listMeshesWithLimit() {
  return {
    eventVersion: '1.08',
    userIdentity: ssoEngineer('2023-11-21T08:12:40Z'),
    eventTime: '2023-11-21T08:14:03Z',
    eventSource: 'appmesh.amazonaws.com',
    eventName: 'ListMeshes',
    awsRegion: 'eu-west-1',
    sourceIPAddress: '203.0.113.47',
    userAgent: cliAgent('list-meshes'),
    requestParameters: { limit: 10 },
    responseElements: null,
    requestID: '25f62f5f-f241-46e9-bd03-32ad24298cf3',
    eventID: 'cd31cd86-6fdd-4396-85f2-5b7048c250df',
    readOnly: true,
    eventType: 'AwsApiCall',
    apiVersion: '2019-01-25',
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management',
    tlsDetails: tls13(),
  } satisfies ListMeshesSucceededJson;
}

/** The second page of a listing: a `nextToken` comes in and another goes out. */
export function listVirtualNodesPage2() {
  return {
    eventVersion: '1.08',
    userIdentity: meshController('2023-11-21T09:00:00Z'),
    eventTime: '2023-11-21T09:00:41Z',
    eventSource: 'appmesh.amazonaws.com',
    eventName: 'ListVirtualNodes',
    awsRegion: 'eu-west-1',
    sourceIPAddress: '10.42.17.203',
    userAgent: CONTROLLER_AGENT,
    requestParameters: {
      meshName: 'payments-mesh',
      limit: 2,
      nextToken: 'eyJ2IjoxLCJtIjoicGF5bWVudHMtbWVzaCIsImsiOiJpbnZlbnRvcnktZ3JwY19zaG9wIn0=',
      meshOwner: '111122223333',
    },
    responseElements: {
      virtualNodes: [
        {
          meshName: 'payments-mesh',
          virtualNodeName: 'ledger-v2',
          meshOwner: '111122223333',
          resourceOwner: '111122223333',
          arn: `${MESH_ARN}/virtualNode/ledger-v2`,
          version: 1,
          createdAt: 'Nov 14, 2023, 9:08:40 PM',
          lastUpdatedAt: 'Nov 14, 2023, 9:08:40 PM',
        },
        {
          meshName: 'payments-mesh',
          virtualNodeName: 'payments-api',
          meshOwner: '111122223333',
          resourceOwner: '111122223333',
          arn: `${MESH_ARN}/virtualNode/payments-api`,
          version: 1,
          createdAt: 'Nov 14, 2023, 9:04:09 PM',
          lastUpdatedAt: 'Nov 14, 2023, 9:04:09 PM',
        },
      ],
      nextToken: 'eyJ2IjoxLCJtIjoicGF5bWVudHMtbWVzaCIsImsiOiJwYXltZW50cy1hcGkifQ==',
    },
    requestID: 'b185a4e4-497f-4a80-9d2f-0820ede23b82',
    eventID: '2c2ca058-2c3c-4762-a191-bf6828f245eb',
    readOnly: true,
    eventType: 'AwsApiCall',
    apiVersion: '2019-01-25',
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management',
    tlsDetails: tls12(),
  } satisfies ListVirtualNodesSucceededJson;
}

// ---------------------------------------------------------------------------
// Tags

export function tagResource() {
  return {
    eventVersion: '1.08',
    userIdentity: ssoEngineer('2023-11-21T08:12:40Z'),
    eventTime: '2023-11-21T08:19:27Z',
    eventSource: 'appmesh.amazonaws.com',
    eventName: 'TagResource',
    awsRegion: 'eu-west-1',
    sourceIPAddress: '203.0.113.47',
    userAgent: cliAgent('tag-resource'),
    requestParameters: {
      resourceArn: `${MESH_ARN}/virtualNode/payments-api`,
      tags: [
        { key: 'owner', value: 'payments-platform' },
        { key: 'pci-scope', value: '' },
      ],
    },
    responseElements: null,
    requestID: '4db05f19-b7ba-47d9-8d67-2317b25083ca',
    eventID: '81a98559-c709-4804-8452-ba777e63ff8a',
    readOnly: false,
    eventType: 'AwsApiCall',
    apiVersion: '2019-01-25',
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management',
    tlsDetails: tls13(),
  } satisfies TagResourceSucceededJson;
}

export function untagResource() {
  return {
    eventVersion: '1.08',
    userIdentity: ssoEngineer('2023-11-21T08:12:40Z'),
    eventTime: '2023-11-21T08:21:09Z',
    eventSource: 'appmesh.amazonaws.com',
    eventName: 'UntagResource',
    awsRegion: 'eu-west-1',
    sourceIPAddress: '203.0.113.47',
    userAgent: cliAgent('untag-resource'),
    requestParameters: { resourceArn: MESH_ARN, tagKeys: ['cost-center'] },
    responseElements: null,
    requestID: 'dc7077f5-3dba-4616-8558-09065a8a8116',
    eventID: '7f6a5d67-b775-4579-bc00-4c33a232dfd1',
    readOnly: false,
    eventType: 'AwsApiCall',
    apiVersion: '2019-01-25',
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management',
    tlsDetails: tls13(),
  } satisfies UntagResourceSucceededJson;
}

export function listTagsForResource() {
  return {
    eventVersion: '1.08',
    userIdentity: ssoEngineer('2023-11-21T08:12:40Z'),
    eventTime: '2023-11-21T08:22:30Z',
    eventSource: 'appmesh.amazonaws.com',
    eventName: 'ListTagsForResource',
    awsRegion: 'eu-west-1',
    sourceIPAddress: '203.0.113.47',
    userAgent: cliAgent('list-tags-for-resource'),
    requestParameters: { resourceArn: `${MESH_ARN}/virtualNode/payments-api`, limit: 50 },
    responseElements: {
      tags: [
        { key: 'aws:cloudformation:stack-name', value: 'payments-mesh-prod' },
        { key: 'owner', value: 'payments-platform' },
        { key: 'pci-scope', value: '' },
      ],
    },
    requestID: 'e963b7dd-e399-4de4-8749-cbcbc88c0842',
    eventID: '7de62938-5c3a-4a93-8231-9814d8364d87',
    readOnly: true,
    eventType: 'AwsApiCall',
    apiVersion: '2019-01-25',
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management',
    tlsDetails: tls13(),
  } satisfies ListTagsForResourceSucceededJson;
}

// ---------------------------------------------------------------------------
// Failed calls

export function deleteMeshInUse() {
  return {
    eventVersion: '1.08',
    userIdentity: consoleUser('2023-11-30T17:02:11Z'),
    eventTime: '2023-11-30T17:05:44Z',
    eventSource: 'appmesh.amazonaws.com',
    eventName: 'DeleteMesh',
    awsRegion: 'eu-west-1',
    sourceIPAddress: '198.51.100.23',
    userAgent: CONSOLE_AGENT,
    errorCode: 'ResourceInUseException',
    errorMessage:
      'Mesh payments-mesh for account 111122223333 has active VirtualNodes, please delete VirtualNodes before deleting the Mesh',
    requestParameters: { meshName: 'payments-mesh' },
    responseElements: null,
    requestID: '5af31602-ff9d-4f81-b01a-a4d9c555f801',
    eventID: '59516c29-bf30-48aa-8c12-8c846c43c16d',
    readOnly: false,
    eventType: 'AwsApiCall',
    apiVersion: '2019-01-25',
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management',
    tlsDetails: tls13(),
    sessionCredentialFromConsole: 'true',
  } satisfies DeleteMeshFailedJson;
}

/** Refused because the request has no `spec`, which the model requires. */
export function createVirtualNodeWithoutSpec() {
  return {
    eventVersion: '1.08',
    userIdentity: ssoEngineer('2023-11-16T12:01:09Z'),
    eventTime: '2023-11-16T12:03:52Z',
    eventSource: 'appmesh.amazonaws.com',
    eventName: 'CreateVirtualNode',
    awsRegion: 'eu-west-1',
    sourceIPAddress: '203.0.113.47',
    userAgent: cliAgent('create-virtual-node'),
    errorCode: 'BadRequestException',
    errorMessage: "1 validation error detected: Value null at 'spec' failed to satisfy constraint: Member must not be null",
    requestParameters: {
      virtualNodeName: 'orders-worker',
      meshName: 'payments-mesh',
      clientToken: 'cdc4cae0-c618-41ba-bc6d-c8f5515ebf35',
    },
    responseElements: null,
    requestID: '7991df9c-88c8-4680-ae97-41cbc0346cd5',
    eventID: '389d0250-4d74-4fe1-9ffc-f0a53a616da6',
    readOnly: false,
    eventType: 'AwsApiCall',
    apiVersion: '2019-01-25',
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management',
    tlsDetails: tls13(),
  } satisfies CreateVirtualNodeFailedJson;
}

/**
 * Before Q3 2020 App Mesh logged every failure as `InternalFailure`, without
 * a message; records of that time are eventVersion 1.05, with no
 * eventCategory or tlsDetails.
 */
export function deleteVirtualRouterInternalFailure() {
  return {
    eventVersion: '1.05',
    userIdentity: {
      type: 'IAMUser',
      principalId: 'AIDARX7QK2EXAMPLEM2DC',
      arn: 'arn:aws:iam::111122223333:user/ci-deployer',
      accountId: '111122223333',
      accessKeyId: 'AKIARX7QK2EXAMPLE7YQH',
      userName: 'ci-deployer',
    },
    eventTime: '2020-05-18T06:41:27Z',
    eventSource: 'appmesh.amazonaws.com',
    eventName: 'DeleteVirtualRouter',
    awsRegion: 'eu-west-1',
    sourceIPAddress: '192.0.2.114',
    userAgent: 'aws-cli/1.18.60 Python/3.8.2 Linux/4.14.173-137.229.amzn2.x86_64 botocore/1.16.10',
    errorCode: 'InternalFailure',
    requestParameters: { meshName: 'payments-mesh', virtualRouterName: 'checkout-router' },
    responseElements: null,
    requestID: 'd09a6363-5fce-4141-a7a3-415381bcf72a',
    eventID: '3157b614-182d-4f90-aa50-94b185efa3da',
    readOnly: false,
    eventType: 'AwsApiCall',
    apiVersion: '2019-01-25',
    managementEvent: true,
    recipientAccountId: '111122223333',
  } satisfies DeleteVirtualRouterFailedJson;
}

// ---------------------------------------------------------------------------
// StreamAggregatedResources (service events)

/** No request or response properties at all, as in the 2021 form. */
export function streamEstablished() {
  return {
    eventVersion: '1.08',
    userIdentity: envoyTaskRole(),
    eventTime: '2023-11-14T21:20:33Z',
    eventSource: 'appmesh.amazonaws.com',
    eventName: 'StreamAggregatedResources',
    awsRegion: 'eu-west-1',
    sourceIPAddress: 'appmesh.amazonaws.com',
    userAgent: 'appmesh.amazonaws.com',
    eventID: 'b14246cd-cd1e-41a9-97fc-71ae7332594f',
    readOnly: false,
    eventType: 'AwsServiceEvent',
    managementEvent: true,
    recipientAccountId: '111122223333',
    serviceEventDetails: {
      connectionId: '56ec96d2-5893-4b01-af77-e18fdde625da',
      nodeArn: `${MESH_ARN}/virtualNode/payments-api`,
      eventStatus: 'ConnectionEstablished',
      failureReason: '',
    },
    eventCategory: 'Management',
  } satisfies StreamAggregatedResourcesEventJson;
}

/** A gateway's Envoy recycling its stream; request and response are null. */
export function streamGracefullyTerminated() {
  return {
    eventVersion: '1.08',
    userIdentity: {
      type: 'AssumedRole',
      principalId: 'AROARX7QK2EXAMPLEK8NUF:3b9d27c4e10f4a6e8d5c2b1a09f7e6d4',
      arn: 'arn:aws:sts::111122223333:assumed-role/edge-gateway-task-role/3b9d27c4e10f4a6e8d5c2b1a09f7e6d4',
      accountId: '111122223333',
      accessKeyId: 'ASIARX7QK2EXAMPLEW3BR',
      invokedBy: 'appmesh.amazonaws.com',
    },
    eventTime: '2023-11-14T21:50:34Z',
    eventSource: 'appmesh.amazonaws.com',
    eventName: 'StreamAggregatedResources',
    awsRegion: 'eu-west-1',
    sourceIPAddress: 'appmesh.amazonaws.com',
    userAgent: 'appmesh.amazonaws.com',
    requestParameters: null,
    responseElements: null,
    eventID: 'f3f9c3be-2108-44b4-a332-55c5b9bbc626',
    readOnly: false,
    eventType: 'AwsServiceEvent',
    managementEvent: true,
    recipientAccountId: '111122223333',
    serviceEventDetails: {
      connectionId: '2f46aacb-2a4a-40a8-b4f5-4e88eb999da3',
      nodeArn: 'arn:aws:appmesh:eu-west-1:111122223333:mesh/storefront-mesh/virtualGateway/edge-gateway',
      eventStatus: 'ConnectionGracefullyTerminated',
      failureReason: '',
    },
    eventCategory: 'Management',
  } satisfies StreamAggregatedResourcesEventJson;
}

export function streamTerminated() {
  return {
    eventVersion: '1.08',
    userIdentity: {
      type: 'AssumedRole',
      principalId: 'AROARX7QK2EXAMPLED6RMV:i-0a7c3e9f51b2d4c86',
      arn: 'arn:aws:sts::111122223333:assumed-role/eks-payments-NodeInstanceRole-1QX8Z2KD7V3M/i-0a7c3e9f51b2d4c86',
      accountId: '111122223333',
      accessKeyId: 'ASIARX7QK2EXAMPLEP9LT',
      invokedBy: 'appmesh.amazonaws.com',
    },
    eventTime: '2023-11-15T10:14:05Z',
    eventSource: 'appmesh.amazonaws.com',
    eventName: 'StreamAggregatedResources',
    awsRegion: 'eu-west-1',
    sourceIPAddress: 'appmesh.amazonaws.com',
    userAgent: 'appmesh.amazonaws.com',
    requestParameters: null,
    responseElements: null,
    eventID: 'a6ca6a7a-9d0a-44c9-8e1c-8d4a1d46cf80',
    readOnly: false,
    eventType: 'AwsServiceEvent',
    managementEvent: true,
    recipientAccountId: '111122223333',
    serviceEventDetails: {
      connectionId: '787b9bd8-d34c-4b1b-8627-c839a257b2db',
      nodeArn: `${MESH_ARN}/virtualNode/inventory-grpc_shop`,
      eventStatus: 'ConnectionTerminated',
      failureReason: `Unauthorized to perform appmesh:StreamAggregatedResources for ${MESH_ARN}/virtualNode/inventory-grpc_shop.`,
    },
    eventCategory: 'Management',
  } satisfies StreamAggregatedResourcesEventJson;
}

// ---------------------------------------------------------------------------
// An operation this release does not know

/** A mesh-policy API, should AWS ever expose the IAM-only action as one. */
export function unknownOperation() {
  return {
    eventVersion: '1.08',
    userIdentity: ssoEngineer('2023-11-21T08:12:40Z'),
    eventTime: '2023-11-21T08:30:00Z',
    eventSource: 'appmesh.amazonaws.com',
    eventName: 'PutMeshPolicy',
    awsRegion: 'eu-west-1',
    sourceIPAddress: '203.0.113.47',
    userAgent: cliAgent('put-mesh-policy'),
    requestParameters: {
      meshName: 'payments-mesh',
      policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"444455556666"},"Action":"appmesh:DescribeMesh","Resource":"*"}]}',
    },
    responseElements: { meshName: 'payments-mesh', policyRevision: 1 },
    requestID: '6e2c14b3-9a50-4f3d-8c71-2d9e0b4a5f68',
    eventID: '0c4f7a92-1e3b-4d85-b6a0-9f2e8c3d7b14',
    readOnly: false,
    eventType: 'AwsApiCall',
    apiVersion: '2019-01-25',
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management',
    tlsDetails: tls13(),
  } satisfies AppMeshUnknownOperationEventJson;
}

// ---------------------------------------------------------------------------
// The catalogue events.test.ts walks through

/** How a fixture must decode. */
export type FixtureKind = 'succeeded' | 'failed' | 'service' | 'unknown';

export interface Fixture {
  readonly name: string;
  readonly kind: FixtureKind;
  readonly make: () => Record<string, unknown>;
  /** The path of the response's `metadata`, when it has one. */
  readonly metadataPath?: readonly string[];
  /** True when `metadata.createdAt` is the event time (a Create call). */
  readonly createdAtIsEventTime?: boolean;
}

export const fixtures: readonly Fixture[] = [
  { name: 'CreateMesh', kind: 'succeeded', make: createMesh, metadataPath: ['mesh'], createdAtIsEventTime: true },
  { name: 'CreateVirtualNode (full spec)', kind: 'succeeded', make: createVirtualNodeFull, metadataPath: ['virtualNode'], createdAtIsEventTime: true },
  { name: 'CreateVirtualNode (dns)', kind: 'succeeded', make: createVirtualNodeDns, metadataPath: ['virtualNode'], createdAtIsEventTime: true },
  { name: 'CreateRoute (httpRoute)', kind: 'succeeded', make: createRouteHttp, metadataPath: ['route'], createdAtIsEventTime: true },
  { name: 'CreateRoute (http2Route)', kind: 'succeeded', make: createRouteHttp2, metadataPath: ['route'], createdAtIsEventTime: true },
  { name: 'CreateRoute (grpcRoute)', kind: 'succeeded', make: createRouteGrpc, metadataPath: ['route'], createdAtIsEventTime: true },
  { name: 'CreateRoute (tcpRoute)', kind: 'succeeded', make: createRouteTcp, metadataPath: ['route'], createdAtIsEventTime: true },
  { name: 'CreateVirtualRouter', kind: 'succeeded', make: createVirtualRouter, metadataPath: ['virtualRouter'], createdAtIsEventTime: true },
  { name: 'CreateVirtualService (router)', kind: 'succeeded', make: createVirtualServiceRouter, metadataPath: ['virtualService'], createdAtIsEventTime: true },
  { name: 'CreateVirtualService (spec {})', kind: 'succeeded', make: createVirtualServiceEmptySpec, metadataPath: ['virtualService'], createdAtIsEventTime: true },
  { name: 'CreateVirtualGateway', kind: 'succeeded', make: createVirtualGateway, metadataPath: ['virtualGateway'], createdAtIsEventTime: true },
  { name: 'CreateGatewayRoute', kind: 'succeeded', make: createGatewayRoute, metadataPath: ['gatewayRoute'], createdAtIsEventTime: true },
  { name: 'UpdateVirtualNode', kind: 'succeeded', make: updateVirtualNode, metadataPath: ['virtualNode'] },
  { name: 'UpdateRoute', kind: 'succeeded', make: updateRoute, metadataPath: ['route'] },
  { name: 'DeleteMesh', kind: 'succeeded', make: deleteMesh, metadataPath: ['mesh'] },
  { name: 'DeleteRoute', kind: 'succeeded', make: deleteRoute, metadataPath: ['route'] },
  { name: 'DescribeVirtualNode (response null)', kind: 'succeeded', make: describeVirtualNode },
  { name: 'DescribeMesh', kind: 'succeeded', make: describeMesh, metadataPath: ['mesh'] },
  { name: 'ListMeshes (request null)', kind: 'succeeded', make: listMeshesNoParameters },
  { name: 'ListMeshes ({limit})', kind: 'succeeded', make: listMeshesWithLimit },
  { name: 'ListVirtualNodes (nextToken)', kind: 'succeeded', make: listVirtualNodesPage2 },
  { name: 'TagResource', kind: 'succeeded', make: tagResource },
  { name: 'UntagResource', kind: 'succeeded', make: untagResource },
  { name: 'ListTagsForResource', kind: 'succeeded', make: listTagsForResource },
  { name: 'DeleteMesh (ResourceInUseException)', kind: 'failed', make: deleteMeshInUse },
  { name: 'CreateVirtualNode (BadRequestException, no spec)', kind: 'failed', make: createVirtualNodeWithoutSpec },
  { name: 'DeleteVirtualRouter (InternalFailure)', kind: 'failed', make: deleteVirtualRouterInternalFailure },
  { name: 'StreamAggregatedResources (ConnectionEstablished)', kind: 'service', make: streamEstablished },
  { name: 'StreamAggregatedResources (ConnectionGracefullyTerminated)', kind: 'service', make: streamGracefullyTerminated },
  { name: 'StreamAggregatedResources (ConnectionTerminated)', kind: 'service', make: streamTerminated },
  { name: 'PutMeshPolicy (unknown operation)', kind: 'unknown', make: unknownOperation },
];
