// A small hand-written service table that uses every kind of row and flag
// the kit reads, with the types and exports a generated module would have
// for it (src/services/<name>/generated/ holds the real ones). The service
// is made up: "things", in the awsJson dialect (first letters lowered),
// Java date text by default.
import type { JsonValue, OpenEnum } from '../../src/index.js';
import {
  defineService,
  enumCodec,
  shapeCodec,
  type DepartedCall,
  type DepartedCallJson,
  type FailedCall,
  type FailedCallJson,
  type Hidden,
  type OperationEventC,
  type ServiceDescriptor,
  type ServiceEventC,
  type ServiceTable,
  type ShapeC,
  type SucceededCall,
  type SucceededCallJson,
  type UnknownOperationCall,
  type UnknownOperationCallJson,
} from '../../src/service-kit/index.js';

export const HIDDEN = 'HIDDEN_DUE_TO_SECURITY_REASONS';
export const SOURCE = 'things.amazonaws.com';

/** Builds a fresh table each call, for tests that count what the kit builds from one. */
export function thingsTableOf(): ServiceTable {
  return {
    name: 'things',
    eventSource: SOURCE,
    profile: { timestamps: 'java-text', hidden: HIDDEN },
    shapes: {
      CreateThingRequest: {
        s: {
          thingName: '!ThingName',
          color: 'Color',
          size: 'Size',
          tags: 'TagMap',
          limits: 'LimitMap',
          secret: '#$s',
          credentials: '#Credentials',
          pastCredentials: 'CredentialsList',
          spec: 'ThingSpec',
          notes: 'NoteList',
          expiresAt: 'IsoTime',
          document: '$d',
          blob: '$B',
          enabled: '$b',
          // Required in the model, but sensitive: never required on the wire.
          password: '!#$s',
        },
      },
      CreateThingResponse: { s: { thing: '!Thing' } },
      DescribeThingRequest: { s: { thingName: 'ThingName' } },
      DescribeThingResponse: { s: { thing: 'Thing' } },
      SubscribeRequest: { s: { thingName: '!ThingName' } },
      SubscribeResponse: { s: { events: '$d' } },
      Thing: { s: { thingName: '!$s', createdAt: '!$t', credentials: '#Credentials', tree: 'TreeNode' } },
      ThingName: { p: '$s', c: { len: [1, 64], pattern: '^[a-z-]+$' } },
      Size: { p: '$n', c: { range: [0, 100] } },
      Color: { e: ['RED', 'GREEN'] },
      TagMap: { m: ['$s', '$s'], c: { len: [0, 50] } },
      LimitKey: { e: ['cpu', 'memory'] },
      LimitMap: { m: ['LimitKey', 'Limit'] },
      Limit: { s: { value: '!$n', since: 'EpochSeconds' } },
      Credentials: { s: { accessKeyId: '!$s', secretAccessKey: '#$s', expiration: '!$t' } },
      CredentialsList: { l: '#Credentials' },
      ThingSpec: { u: { box: 'BoxSpec', tree: 'TreeNode', empty: '$u' } },
      BoxSpec: { s: { width: '!$n' } },
      TreeNode: { s: { name: '!$s', children: 'TreeList' } },
      TreeList: { l: 'TreeNode' },
      NoteList: { l: 'Note', c: { len: [0, 10] } },
      Note: { s: { text: '!$s', at: 'MillisTime' } },
      MillisTime: { p: '$t', t: 'epoch-millis' },
      IsoTime: { p: '$t', t: 'iso' },
      EpochSeconds: { p: '$t', t: 'epoch-seconds' },
    },
    operations: {
      CreateThing: { i: 'CreateThingRequest', o: 'CreateThingResponse', r: 1 },
      DescribeThing: { i: 'DescribeThingRequest', o: 'DescribeThingResponse' },
      Ping: {},
      Subscribe: { i: 'SubscribeRequest', o: 'SubscribeResponse' },
    },
    aliases: { CreateThing20240101: 'CreateThing' },
  };
}

export const thingsTable: ServiceTable = thingsTableOf();

// ---------------------------------------------------------------------------
// Types, as the generator writes them

export type Color = OpenEnum<'RED' | 'GREEN'>;
export type LimitKey = OpenEnum<'cpu' | 'memory'>;
export interface Credentials {
  accessKeyId: string;
  secretAccessKey?: string;
  expiration: Date;
}
export interface CredentialsJson {
  accessKeyId: string;
  secretAccessKey?: string;
  expiration: string;
}
export interface TreeNode {
  name: string;
  children?: TreeNode[];
}
export type TreeNodeJson = TreeNode;
export interface BoxSpec {
  width: number;
}
export type ThingSpec = { box: BoxSpec; tree?: never; empty?: never } | { tree: TreeNode; box?: never; empty?: never } | { empty: { [key: string]: JsonValue }; box?: never; tree?: never };
export type ThingSpecJson = ThingSpec;
export interface Limit {
  value: number;
  since?: Date;
}
export interface LimitJson {
  value: number;
  since?: number;
}
export interface Note {
  text: string;
  at?: Date;
}
export interface NoteJson {
  text: string;
  at?: number;
}
export interface CreateThingRequest {
  thingName: string;
  color?: Color;
  size?: number;
  tags?: { [key: string]: string };
  limits?: { [key: string]: Limit };
  secret?: string;
  credentials?: Credentials | Hidden;
  pastCredentials?: Array<Credentials | Hidden>;
  spec?: ThingSpec;
  notes?: Note[];
  expiresAt?: Date;
  document?: JsonValue;
  blob?: string;
  enabled?: boolean;
  password?: string;
}
export interface CreateThingRequestJson {
  thingName: string;
  color?: Color;
  size?: number;
  tags?: { [key: string]: string };
  limits?: { [key: string]: LimitJson };
  secret?: string;
  credentials?: CredentialsJson | Hidden;
  pastCredentials?: Array<CredentialsJson | Hidden>;
  spec?: ThingSpecJson;
  notes?: NoteJson[];
  expiresAt?: string;
  document?: JsonValue;
  blob?: string;
  enabled?: boolean;
  password?: string;
}
export interface Thing {
  thingName: string;
  createdAt: Date;
  credentials?: Credentials | Hidden;
  tree?: TreeNode;
}
export interface ThingJson {
  thingName: string;
  createdAt: string;
  credentials?: CredentialsJson | Hidden;
  tree?: TreeNodeJson;
}
export interface CreateThingResponse {
  thing: Thing;
}
export interface CreateThingResponseJson {
  thing: ThingJson;
}
export interface DescribeThingRequest {
  thingName?: string;
}
export type DescribeThingRequestJson = DescribeThingRequest;
export interface DescribeThingResponse {
  thing?: Thing;
}
export interface DescribeThingResponseJson {
  thing?: ThingJson;
}
export interface SubscribeRequest {
  thingName: string;
}
export type SubscribeRequestJson = SubscribeRequest;
export interface SubscribeResponse {
  events?: JsonValue;
}
export type SubscribeResponseJson = SubscribeResponse;

type S = typeof SOURCE;

export interface CreateThingSucceeded extends SucceededCall<S, 'CreateThing' | 'CreateThing20240101'> {
  requestParameters: CreateThingRequest;
  responseElements: CreateThingResponse;
}
export interface CreateThingSucceededJson extends SucceededCallJson<S, 'CreateThing' | 'CreateThing20240101'> {
  requestParameters: CreateThingRequestJson;
  responseElements: CreateThingResponseJson;
}
export type CreateThingFailed = FailedCall<S, 'CreateThing' | 'CreateThing20240101', CreateThingRequest>;
export type CreateThingFailedJson = FailedCallJson<S, 'CreateThing' | 'CreateThing20240101', CreateThingRequestJson>;
export type CreateThingEvent = CreateThingSucceeded | CreateThingFailed;
export type CreateThingEventJson = CreateThingSucceededJson | CreateThingFailedJson;

export interface DescribeThingSucceeded extends SucceededCall<S, 'DescribeThing'> {
  requestParameters?: DescribeThingRequest | null;
  responseElements?: DescribeThingResponse | null;
}
export interface DescribeThingSucceededJson extends SucceededCallJson<S, 'DescribeThing'> {
  requestParameters?: DescribeThingRequestJson | null;
  responseElements?: DescribeThingResponseJson | null;
}
export type DescribeThingFailed = FailedCall<S, 'DescribeThing', DescribeThingRequest>;
export type DescribeThingFailedJson = FailedCallJson<S, 'DescribeThing', DescribeThingRequestJson>;

export interface PingSucceeded extends SucceededCall<S, 'Ping'> {
  requestParameters?: null;
  responseElements?: null;
}
export interface PingSucceededJson extends SucceededCallJson<S, 'Ping'> {
  requestParameters?: null;
  responseElements?: null;
}
export type PingFailed = FailedCall<S, 'Ping', null>;
export type PingFailedJson = FailedCallJson<S, 'Ping', null>;

export interface SubscribeSucceeded extends SucceededCall<S, 'Subscribe'> {
  requestParameters: SubscribeRequest;
  responseElements?: SubscribeResponse | null;
}
export interface SubscribeSucceededJson extends SucceededCallJson<S, 'Subscribe'> {
  requestParameters: SubscribeRequestJson;
  responseElements?: SubscribeResponseJson | null;
}
export type SubscribeFailed = FailedCall<S, 'Subscribe', SubscribeRequest>;
export type SubscribeFailedJson = FailedCallJson<S, 'Subscribe', SubscribeRequestJson>;

export type ThingsEventName = 'CreateThing' | 'CreateThing20240101' | 'DescribeThing' | 'Ping' | 'Subscribe';
export type ThingsSucceededCall = CreateThingSucceeded | DescribeThingSucceeded | PingSucceeded | SubscribeSucceeded;
export type ThingsSucceededCallJson = CreateThingSucceededJson | DescribeThingSucceededJson | PingSucceededJson | SubscribeSucceededJson;
export type ThingsFailedCall = CreateThingFailed | DescribeThingFailed | PingFailed | SubscribeFailed;
export type ThingsFailedCallJson = CreateThingFailedJson | DescribeThingFailedJson | PingFailedJson | SubscribeFailedJson;
export type ThingsDeparted = DepartedCall<S, ThingsEventName>;
export type ThingsUnknownOperation = UnknownOperationCall<S>;
export type ThingsEvent = ThingsSucceededCall | ThingsFailedCall | ThingsDeparted | ThingsUnknownOperation;
export type ThingsEventJson = ThingsSucceededCallJson | ThingsFailedCallJson | DepartedCallJson<S, ThingsEventName> | UnknownOperationCallJson<S>;

export interface ThingsOperations {
  CreateThing: { readonly names: 'CreateThing' | 'CreateThing20240101'; readonly input: CreateThingRequest; readonly output: CreateThingResponse };
  DescribeThing: { readonly names: 'DescribeThing'; readonly input: DescribeThingRequest; readonly output: DescribeThingResponse };
  Ping: { readonly names: 'Ping'; readonly input: null; readonly output: null };
  Subscribe: { readonly names: 'Subscribe'; readonly input: SubscribeRequest; readonly output: SubscribeResponse };
}

// ---------------------------------------------------------------------------
// Exports, as the generator writes them

export const thingsService: ServiceDescriptor<ThingsEvent, ThingsEventJson, ThingsOperations> = defineService(thingsTable, { name: 'ThingsEvent' });
export const ThingsEvent: ServiceEventC<ThingsEvent, ThingsEventJson> = thingsService.codec;
export const ThingsEventStrict: ServiceEventC<ThingsEvent, ThingsEventJson> = thingsService.strict;
export const CreateThingEvent: OperationEventC<CreateThingEvent, CreateThingEventJson> = thingsService.operation('CreateThing');
export const isSucceededThingsCall = thingsService.isSucceeded;
export const isFailedThingsCall = thingsService.isFailed;
export const Thing: ShapeC<Thing, ThingJson> = shapeCodec(thingsTable, 'Thing');
export const TreeNode: ShapeC<TreeNode, TreeNodeJson> = shapeCodec(thingsTable, 'TreeNode');
export const CreateThingRequest: ShapeC<CreateThingRequest, CreateThingRequestJson> = shapeCodec(thingsTable, 'CreateThingRequest');
export const Color = enumCodec<'RED' | 'GREEN'>(thingsTable, 'Color');

// ---------------------------------------------------------------------------
// Wire records

/** The envelope of a record of the service, as CloudTrail writes it. */
export function envelope(eventName: string): Record<string, unknown> {
  return {
    eventVersion: '1.08',
    userIdentity: {
      type: 'AssumedRole',
      principalId: 'AROAEXAMPLE:alice',
      arn: 'arn:aws:sts::111122223333:assumed-role/Admin/alice',
      accountId: '111122223333',
    },
    eventTime: '2024-07-30T21:31:15Z',
    eventSource: SOURCE,
    eventName,
    awsRegion: 'us-east-1',
    sourceIPAddress: '198.51.100.7',
    userAgent: 'aws-cli/2.15.0',
    requestID: '5ad2b3c1-0000-4000-8000-000000000001',
    eventID: '5ad2b3c1-0000-4000-8000-000000000002',
    readOnly: false,
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management',
  };
}

/** A CreateThing request that uses every member kind. */
export function fullRequest(): Record<string, unknown> {
  return {
    thingName: 'lamp',
    color: 'RED',
    size: 42.5,
    tags: { team: 'home', '': 'empty key' },
    limits: { cpu: { value: 2, since: 1424476529 }, gpu: { value: 1 } },
    secret: HIDDEN,
    credentials: HIDDEN,
    pastCredentials: [HIDDEN, { accessKeyId: 'AKIAEXAMPLE', expiration: 'Aug 2, 2024, 11:08:56 AM' }],
    spec: { tree: { name: 'root', children: [{ name: 'a', children: [{ name: 'a1' }] }, { name: 'b' }] } },
    notes: [{ text: 'first', at: 1722375075123 }, { text: 'second' }],
    expiresAt: '2026-01-02T03:04:05Z',
    document: { any: ['json', 1, null] },
    blob: 'aGVsbG8=',
    enabled: true,
    password: HIDDEN,
    addedByAwsLater: { kept: true },
  };
}

export function createThingRecord(): Record<string, unknown> {
  return {
    ...envelope('CreateThing'),
    requestParameters: fullRequest(),
    responseElements: {
      thing: {
        thingName: 'lamp',
        createdAt: 'Jul 30, 2024, 9:46:15\u202fPM',
        credentials: { accessKeyId: 'ASIAEXAMPLE', secretAccessKey: HIDDEN, expiration: 'Jul 30, 2024 10:46:15 PM' },
        tree: { name: 'root' },
      },
    },
  };
}
