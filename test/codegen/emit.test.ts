// The generated text for the fixture service: table rows, shape and event
// types, the docs page, and the plan's checks of a config against its model.
// Explicit assertions first; whole-file snapshots only on top.
import { describe, expect, it } from 'vitest';
import type { ServiceConfig } from '../../scripts/codegen/config.js';
import { generateKitService } from '../../scripts/codegen/kit.js';
import { planService } from '../../scripts/codegen/plan.js';
import { fixtureConfig, fixtureModel } from './fixture.js';

const out = generateKitService(fixtureModel(), fixtureConfig);
const [table, shapes, events] = out.code.map((f) => f.content) as [string, string, string];
const docs = out.docs.content;
/** The one line of `text` that starts (after indentation) with `start`. */
const line = (text: string, start: string): string => {
  const found = text.split('\n').filter((l) => l.trimStart().startsWith(start));
  if (found.length !== 1) throw new Error(`${found.length} lines start with ${start}`);
  return (found[0] as string).trim();
};
/** The row `name` of a generated table (JSON text, one row per line), parsed. */
const row = (text: string, name: string): unknown => {
  const start = `${JSON.stringify(name)}: `;
  const found = text.split('\n').filter((l) => l.startsWith(start));
  if (found.length !== 1) throw new Error(`${found.length} rows named ${name}`);
  return JSON.parse((found[0] as string).slice(start.length).replace(/,$/, '')) as unknown;
};

describe('the table', () => {
  it('has one row per line, keyed by model names, members by wire names with flags', () => {
    expect(row(table, 'Thing')).toEqual({ s: { createdAt: '$t', password: '#String', thingId: '!ThingId', token: '#$s', updatedAt: '$t' } });
    expect(row(table, 'GetThingRequest')).toEqual({ s: { sAMLAssertion: '$s', thingId: '!ThingId' } });
    expect(row(table, 'dateType')).toEqual({ s: { day: '$n' } });
    expect(row(table, 'Object')).toEqual({ s: { key: 'String' } });
  });

  it('writes maps, enum-keyed maps, lists, sets, enums and constrained scalars', () => {
    expect(row(table, 'TagMap')).toEqual({ m: ['$s', '$s'], c: { len: [null, 50] } });
    expect(row(table, 'LimitMap')).toEqual({ m: ['LimitKind', '$n'] });
    expect(row(table, 'LimitKind')).toEqual({ e: ['cpu', 'memory'] });
    expect(row(table, 'LegacyColor')).toEqual({ e: ['red', 'blue'] });
    expect(row(table, 'ThingKind')).toEqual({ e: ['GADGET', 'widget\'s'] });
    expect(row(table, 'IdSet')).toEqual({ l: 'ThingId', c: { unique: 1 } });
    expect(row(table, 'ThingId')).toEqual({ p: '$s', c: { len: [1, 64], pattern: '^[a-z0-9-]+$' } });
    expect(row(table, 'BigSize')).toEqual({ p: '$n', c: { range: [0, null] } });
    // A string shape named like a scalar type is only a row name.
    expect(row(table, 'String')).toEqual({ p: '$s', c: { len: [1, null] } });
  });

  it('marks sensitive items of lists, and unions with their Unit and timestamp members', () => {
    expect(row(table, 'SecretList')).toEqual({ l: '#$s' });
    expect(row(table, 'SecretBoxList')).toEqual({ l: '#SecretBox' });
    expect(row(table, 'AttributeValue')).toEqual({ u: { at: '$t', l: 'AttributeList', m: 'AttributeMap', nULL: '$u', s: '$s' } });
  });

  it('writes documents, intEnums, big numbers, blobs and streams as scalars, streams never required', () => {
    expect(row(table, 'ThingDescription')).toEqual({
      s: expect.objectContaining({ extra: '$d', metadata: '$d', priority: '$n', ratio: '$n', label: '$s', tags: '!TagMap', thing: '!Thing' }),
    });
    expect(row(table, 'UploadThingRequest')).toEqual({ s: { body: '$d', checksum: '$B' } });
    expect(row(table, 'SubscribeThingsResponse')).toEqual({ s: { events: '$d' } });
    // The event stream's union is not in the table; no operation reaches the error shape either.
    expect(table).not.toContain('ThingEventStream');
    expect(table).not.toContain('ThingCreatedEvent');
    expect(table).not.toContain('ThingNotFound');
    expect(table).not.toContain('StreamingBlob');
  });

  it('applies the config: required, optional, timestamp forms (member and shape), recorded responses, aliases', () => {
    expect(row(table, 'PutThingResponse')).toEqual({ s: { created: 'PutThingResponse.Created', thing: 'Thing' } });
    expect(row(table, 'PutThingResponse.Created')).toEqual({ p: '$t', t: 'iso' });
    expect(row(table, 'EpochTime')).toEqual({ p: '$t', t: 'epoch-seconds' });
    expect(row(table, 'PutThing')).toEqual({ i: 'ThingSpec', o: 'PutThingResponse', r: 1 });
    expect(row(table, 'Ping')).toEqual({});
    expect(row(table, 'UploadThing')).toEqual({ i: 'UploadThingRequest' });
    expect(row(table, 'GetThing20250101')).toEqual('GetThing');
    expect(table).toContain('//   ThingDescription: Tags required on the wire: fixture: always written\n');
    expect(table).toContain('"profile": {"timestamps":"java-text","hidden":"HIDDEN_DUE_TO_SECURITY_REASONS"},');
  });

  it('carries the header with the model, the config to change and the attribution', () => {
    expect(table).toContain('from test/codegen/fixture.model.json,');
    expect(table).toContain('Do not edit: change scripts/codegen/wire/things.ts or the generator and run `npm run codegen`');
    expect(table).toContain('Derived from the AWS API model, Copyright Amazon.com, Inc. or its affiliates, Apache-2.0 (see models/NOTICE).');
  });
});

describe('the shape types', () => {
  it('types structures with their wire names, required members, and the wire form apart when a timestamp is reached', () => {
    expect(line(shapes, 'export interface Thing ')).toBe(
      'export interface Thing { createdAt?: Date; password?: string; thingId: string; token?: string; updatedAt?: Date }',
    );
    expect(line(shapes, 'export type ThingJson = ')).toBe(
      'export type ThingJson = { createdAt?: string; password?: string; thingId: string; token?: string; updatedAt?: string };',
    );
    expect(line(shapes, 'export type GetThingRequestJson')).toBe('export type GetThingRequestJson = GetThingRequest;');
    expect(line(shapes, 'export const Thing:')).toBe("export const Thing: $C<Thing, ThingJson> = $shape($table, 'Thing');");
  });

  it('follows timestamp forms into the wire types', () => {
    expect(line(shapes, 'export type PutThingResponseJson =')).toBe('export type PutThingResponseJson = { created?: string; thing?: ThingJson };');
    const description = line(shapes, 'export type ThingDescriptionJson');
    expect(description).toContain('expires?: number;');
    expect(description).toContain('modifiedAt?: string;');
    expect(line(shapes, 'export interface ThingDescription ')).toContain('expires?: Date;');
  });

  it('types maps, enum-keyed maps, lists, documents and sensitive non-text members', () => {
    const description = line(shapes, 'export interface ThingDescription ');
    expect(description).toContain('tags: { [key: string]: string };');
    expect(description).toContain('limits?: { [key: string]: number };');
    expect(description).toContain('metadata?: $Json;');
    expect(description).toContain('label?: string;');
    expect(description).toContain('kind?: ThingKind;');
    expect(line(shapes, 'export interface ThingSpec ')).toBe(
      'export interface ThingSpec { boxes?: (SecretBox | $Hidden)[]; secret?: SecretBox | $Hidden; secrets?: string[]; thing: Thing }',
    );
  });

  it('types recursive shapes by name, directly and mutually', () => {
    expect(line(shapes, 'export type TreeNode = ')).toBe('export type TreeNode = { children?: TreeNode[]; name: string; parent?: TreeNode };');
    expect(line(shapes, 'export type Folder = ')).toBe('export type Folder = { files?: FileEntry[] };');
    expect(line(shapes, 'export type FileEntry = ')).toBe('export type FileEntry = { folder?: Folder; path?: string };');
    expect(line(shapes, 'export type AttributeValue =')).toContain('{ at?: never; l: AttributeValue[]; m?: never; nULL?: never; s?: never }');
    expect(line(shapes, 'export type AttributeValueJson =')).toContain('m: { [key: string]: AttributeValueJson }');
  });

  it('types a union as exactly one member set, or none', () => {
    expect(line(shapes, 'export type AttributeValue =').split(' | {')).toHaveLength(6);
    expect(line(shapes, 'export type AttributeValue =')).toContain('| { at?: never; l?: never; m?: never; nULL?: never; s?: never };');
  });

  it('types enums as open strings with a lazy handle', () => {
    expect(line(shapes, 'export type ThingKind')).toBe("export type ThingKind = $Enum<'GADGET' | 'widget\\'s'>;");
    expect(line(shapes, 'export const ThingKind')).toBe("export const ThingKind: $EnumC<'GADGET' | 'widget\\'s'> = $enum($table, 'ThingKind');");
  });

  it('renames clashing shapes in types but keeps model names for the table', () => {
    expect(line(shapes, 'export type ObjectShape = ')).toBe('export type ObjectShape = { key?: string };');
    expect(line(shapes, 'export const ObjectShape')).toContain("$shape($table, 'Object')");
    expect(line(shapes, 'export type ErrorShape = ')).toBe('export type ErrorShape = { code?: string; message?: string };');
    expect(line(shapes, 'export type DateShape = ')).toBe('export type DateShape = { iso?: string };');
    expect(line(shapes, 'export type DateTypeShape = ')).toBe('export type DateTypeShape = { day?: number };');
    expect(line(shapes, 'export type DateType = ')).toBe('export type DateType = { year?: number };');
    expect(line(shapes, 'export type GetThingEventShape = ')).toBe('export type GetThingEventShape = { id?: string };');
    expect(line(shapes, 'export type ThingJsonShape = ')).toBe('export type ThingJsonShape = { raw?: string };');
    expect(shapes).not.toMatch(/export (interface|type|const) (Object|Error|Date|GetThingEvent)\b/);
  });

  it('imports only what it uses, under $ aliases that no shape name can take', () => {
    expect(shapes).toContain("import { enumCodec as $enum, shapeCodec as $shape, type ShapeC as $C } from '../../../service-kit/shapes.js';");
    expect(shapes).toContain("import type { Hidden as $Hidden } from '../../../service-kit/types.js';");
    const sts = generateKitService(fixtureModel(), { ...fixtureConfig, hidden: undefined } as unknown as ServiceConfig).code[1]?.content ?? '';
    expect(sts).not.toContain('$Hidden');
  });
});

describe('the event types', () => {
  it('types each operation: succeeded with typed payloads, failed loosely, and the pair', () => {
    expect(line(events, 'export interface PutThingSucceeded ')).toBe(
      "export interface PutThingSucceeded extends SucceededCall<'things.amazonaws.com', 'PutThing'> { requestParameters: S.ThingSpec; responseElements: S.PutThingResponse }",
    );
    expect(line(events, 'export type PutThingFailed ')).toBe("export type PutThingFailed = FailedCall<'things.amazonaws.com', 'PutThing', S.ThingSpec>;");
    expect(line(events, 'export type PutThingEvent ')).toBe('export type PutThingEvent = PutThingSucceeded | PutThingFailed;');
    expect(line(events, 'export const PutThingEvent')).toBe(
      "export const PutThingEvent: OperationEventC<PutThingEvent, PutThingEventJson> = thingsService.operation('PutThing');",
    );
  });

  it('makes the response optional and nullable unless recorded, and the request when no member is required', () => {
    expect(line(events, 'export interface GetThingSucceeded ')).toBe(
      "export interface GetThingSucceeded extends SucceededCall<'things.amazonaws.com', 'GetThing' | 'GetThing20250101'> { requestParameters: S.GetThingRequest; responseElements?: S.ThingDescription | null }",
    );
    expect(line(events, 'export interface SubscribeThingsSucceeded ')).toContain('requestParameters?: S.SubscribeThingsRequest | null;');
    expect(line(events, 'export interface PingSucceeded ')).toContain('{ requestParameters?: null; responseElements?: null }');
    expect(line(events, 'export type PingFailed ')).toBe("export type PingFailed = FailedCall<'things.amazonaws.com', 'Ping', null>;");
    expect(line(events, 'export interface UploadThingSucceeded ')).toContain('responseElements?: null }');
  });

  it('shares and renames inputs and outputs as the model does', () => {
    expect(line(events, 'DescribeThing:')).toContain('readonly output: S.ThingDescription;');
    expect(line(events, 'GetThing:')).toContain("readonly names: 'GetThing' | 'GetThing20250101'; readonly input: S.GetThingRequest;");
    expect(line(events, 'PutThing:')).toContain('readonly input: S.ThingSpec; readonly inputJson: S.ThingSpecJson;');
    expect(line(events, 'Ping:')).toBe(
      "Ping: { readonly names: 'Ping'; readonly input: null; readonly inputJson: null; readonly output: null; readonly outputJson: null };",
    );
  });

  it('writes the service union, descriptor, codecs and guards', () => {
    expect(line(events, 'export type ThingsEventName')).toBe(
      "export type ThingsEventName = 'DescribeThing' | 'GetThing' | 'GetThing20250101' | 'Ping' | 'PutThing' | 'SubscribeThings' | 'UploadThing';",
    );
    expect(line(events, 'export type ThingsEvent ')).toBe("export type ThingsEvent = ThingsSucceededCall | ThingsFailedCall | ThingsDeparted | ThingsUnknownOperation;");
    expect(line(events, 'export const thingsService')).toBe(
      "export const thingsService: ServiceDescriptor<ThingsEvent, ThingsEventJson, ThingsOperations> = defineService(thingsTable, { name: 'ThingsEvent' });",
    );
    expect(line(events, 'export const ThingsEvent:')).toBe('export const ThingsEvent: ServiceEventC<ThingsEvent, ThingsEventJson> = thingsService.codec;');
    // A name no operation of this model has is Unrecognized in the service's own domain.
    expect(line(events, 'export type ThingsUnknownOperation ')).toBe(
      "export type ThingsUnknownOperation = UnknownOperationCall<'things.amazonaws.com', 'ThingsEventName'>;",
    );
    expect(line(events, 'export const ThingsEventStrict')).toContain('= thingsService.strict;');
    expect(line(events, 'export const isSucceededThingsCall')).toContain('= thingsService.isSucceeded;');
    expect(line(events, 'export const isFailedThingsCall')).toContain('= thingsService.isFailed;');
    // The descriptor comes before the operations' handles, which read it when the module loads.
    expect(events.indexOf('export const thingsService')).toBeLessThan(events.indexOf('export const DescribeThingEvent'));
  });

  it('keeps output compact: one line of doc per exported type, no examples', () => {
    expect(shapes + events + table).not.toContain('@example');
    for (const text of [shapes, events]) {
      for (const l of text.split('\n')) if (l.startsWith('/**')) expect(l.endsWith('*/')).toBe(true);
    }
  });
});

describe('the docs page', () => {
  it('lists every event with its request and response types', () => {
    expect(docs).toContain('| `GetThing`, `GetThing20250101` | `GetThingRequest` | `ThingDescription` or `null` |');
    expect(docs).toContain('| `PutThing` | `ThingSpec` | `PutThingResponse` |');
    expect(docs).toContain('| `Ping` | `null` | `null` |');
    expect(docs).toContain('| `SubscribeThings` | `SubscribeThingsRequest` or `null` | `SubscribeThingsResponse` or `null` |');
  });

  it('lists the departures with their reasons, the renames and the model formats overridden', () => {
    expect(docs).toContain('| `ThingDescription.Tags` | required on the wire (optional in the model) | fixture: always written |');
    expect(docs).toContain('| `Thing.CreatedAt` | optional on the wire (required in the model) | fixture: left out of old records |');
    expect(docs).toContain('| `PutThingResponse.Created` | written as iso | fixture: ISO text |');
    expect(docs).toContain('| `Object` | `ObjectShape` | a JavaScript global or TypeScript utility type |');
    expect(docs).toContain('| `GetThingEvent` | `GetThingEventShape` | a name the generator makes for an event |');
    expect(docs).toContain('`Thing.UpdatedAt` date-time');
  });

  it('has a narrowing example and the generated size', () => {
    expect(docs).toContain("result.data.eventName === 'PutThing' && isSucceededThingsCall(result.data)");
    expect(docs).toContain('const value = result.data.requestParameters.thing; // Thing');
    expect(docs).toMatch(/\| `src\/services\/things\/generated\/events\.ts` \| \d+ \| \d+ \|/);
    expect(docs).toMatch(/\| total \| \d+ \| \d+ \|/);
  });
});

describe('the plan checks the config against the model', () => {
  const withWire = (wire: NonNullable<ServiceConfig['wire']>): (() => unknown) => () => planService(fixtureModel(), { ...fixtureConfig, wire });
  it.each([
    [{ required: { 'Thing.Nope': 'x' } }, /wire\.required 'Thing\.Nope': the model has no such Shape\.member/],
    [{ required: { 'Thing.ThingId': 'x' } }, /wire\.required 'Thing\.ThingId': the model already requires it/],
    [{ required: { 'Thing.Token': 'x' } }, /wire\.required 'Thing\.Token': the member is sensitive/],
    [{ optional: { 'UploadThingRequest.Body': 'x' } }, /wire\.optional 'UploadThingRequest\.Body': streams are never required on the wire/],
    [{ optional: { 'Thing.Token': 'x' } }, /wire\.optional 'Thing\.Token': the model does not require it/],
    [{ required: { 'ThingCreatedEvent.ThingId': 'x' } }, /ThingCreatedEvent is not reachable from any operation/],
    [{ recordedResponses: { Ping: 'x' } }, /recordedResponses 'Ping': the operation has no output/],
    [{ responses: { Pong: { members: { a: 'ThingId' }, reason: 'x' } } }, /responses 'Pong': no such operation/],
    [{ responses: { PutThing: { members: { a: 'ThingId' }, reason: 'x' } } }, /responses 'PutThing': the model gives the operation an output/],
    [{ responses: { Ping: { members: { a: 'Nope' }, reason: 'x' } } }, /responses 'Ping': member a: the model has no shape Nope/],
    [{ responses: { Ping: { members: {}, reason: 'x' } } }, /responses 'Ping': no members/],
    [{ recordedResponses: { Pong: 'x' } }, /recordedResponses 'Pong': no such operation/],
    [{ timestampForms: { 'Thing.ThingId': { form: 'iso', reason: 'x' } } }, /timestampForms 'Thing\.ThingId': not a timestamp member/],
    [{ timestampForms: { EpochTime: { form: 'java-text', reason: 'x' } } }, /java-text is already the service's form/],
  ] as const)('rejects %j', (wire, message) => {
    expect(withWire(wire as NonNullable<ServiceConfig['wire']>)).toThrow(message);
  });

  it('rejects aliases of unknown operations and aliases that are operations', () => {
    expect(() => planService(fixtureModel(), { ...fixtureConfig, aliases: { X: 'Nope' } })).toThrow(/alias 'X': no operation Nope/);
    expect(() => planService(fixtureModel(), { ...fixtureConfig, aliases: { Ping: 'GetThing' } })).toThrow(/alias 'Ping': that is an operation's own name/);
  });

  it('refuses protocols whose wire names the config cannot describe', () => {
    const m = fixtureModel();
    const traits = (m.shapes['example.things#ThingService'] as { traits: Record<string, unknown> }).traits;
    delete traits['aws.protocols#awsJson1_1'];
    traits['aws.protocols#ec2Query'] = {};
    expect(() => planService(m, fixtureConfig)).toThrow(/protocol ec2Query: CloudTrail's member names come from xmlName\/ec2QueryName/);
    expect(() => planService(m, fixtureConfig, { anyProtocol: true })).not.toThrow();
  });
});

describe('snapshots', () => {
  it('of the whole fixture output', () => {
    for (const f of [...out.code, out.docs]) expect(f.content).toMatchSnapshot(f.path);
  });
});
