// Model reading: the fixture model read into the neutral description, and a
// loud failure, naming the shape, for each construct the reader cannot express.
import { describe, expect, it } from 'vitest';
import { ModelError, readModel, type IrShape } from '../../scripts/codegen/model.js';
import { fixtureModel } from './fixture.js';

const NS = 'example.things#';
const ir = readModel(fixtureModel(), { memberNames: 'lower-first' });
const shape = (name: string): IrShape => {
  const s = ir.shapes.get(NS + name);
  if (s === undefined) throw new Error(`no shape ${name}`);
  return s;
};
const member = (owner: string, name: string) => {
  const m = shape(owner).members.find((x) => x.name === name);
  if (m === undefined) throw new Error(`no member ${owner}.${name}`);
  return m;
};

describe('readModel on the fixture', () => {
  it('reads the service and its protocol and CloudTrail event source', () => {
    expect(ir.service).toEqual({
      id: `${NS}ThingService`,
      name: 'ThingService',
      version: '2025-01-01',
      title: 'Example Thing Service',
      protocol: 'awsJson1_1',
      eventSource: 'things.amazonaws.com',
      sdkId: 'Things',
      arnNamespace: 'things',
    });
  });

  it('finds operations through resources, in name order, with Unit as no input or output', () => {
    expect(ir.operations.map((o) => o.name)).toEqual(['DescribeThing', 'GetThing', 'Ping', 'PutThing', 'SubscribeThings', 'UploadThing']);
    const ping = ir.operations.find((o) => o.name === 'Ping');
    expect(ping?.input).toBeUndefined();
    expect(ping?.output).toBeUndefined();
    const put = ir.operations.find((o) => o.name === 'PutThing');
    expect(put?.input).toBe(`${NS}ThingSpec`);
    expect(ir.operations.find((o) => o.name === 'GetThing')).toMatchObject({ readonly: true, errors: [`${NS}ThingNotFound`] });
  });

  it('gives members their model and wire names', () => {
    const saml = member('GetThingRequest', 'SAMLAssertion');
    expect(saml.wireName).toBe('sAMLAssertion');
    expect(readModel(fixtureModel()).shapes.get(`${NS}GetThingRequest`)?.members[0]?.wireName).toBe('SAMLAssertion');
    expect(member('GetThingRequest', 'ThingId')).toMatchObject({ required: true, target: `${NS}ThingId` });
  });

  it('marks members sensitive by their own trait or their target', () => {
    expect(member('Thing', 'Password').sensitive).toBe(true);
    expect(shape('String').sensitive).toBe(false);
    expect(member('Thing', 'Token').sensitive).toBe(true);
    expect(member('ThingSpec', 'Secret').sensitive).toBe(true);
    expect(shape('SecretList').item?.sensitive).toBe(true);
    expect(member('Thing', 'ThingId').sensitive).toBe(false);
  });

  it('keeps @timestampFormat of members and of target shapes', () => {
    expect(member('Thing', 'UpdatedAt').timestampFormat).toBe('date-time');
    expect(member('ThingDescription', 'Expires').timestampFormat).toBe('epoch-seconds');
    expect(shape('EpochTime')).toMatchObject({ kind: 'timestamp', timestampFormat: 'epoch-seconds' });
    expect(member('ThingDescription', 'ModifiedAt').timestampFormat).toBeUndefined();
  });

  it('reads enums (enumValue, member name, legacy @enum), intEnums, maps, unions, sets', () => {
    expect(shape('LimitKind').values).toEqual(['cpu', 'memory']);
    expect(shape('ThingKind').values).toEqual(['GADGET', "widget's"]);
    expect(shape('LegacyColor')).toMatchObject({ kind: 'enum', type: 'string', values: ['red', 'blue'] });
    expect(shape('Priority')).toMatchObject({ kind: 'intEnum', intValues: [2, 1] });
    expect(shape('LimitMap').key?.target).toBe(`${NS}LimitKind`);
    expect(shape('TagMap').constraints).toEqual({ len: [null, 50] });
    expect(shape('AttributeValue').kind).toBe('union');
    expect(shape('IdSet')).toMatchObject({ kind: 'list', type: 'set', constraints: { unique: true } });
    expect(shape('BigSize')).toMatchObject({ kind: 'number', type: 'bigInteger', constraints: { range: [0, null] } });
    expect(ir.shapes.get('smithy.api#BigDecimal')).toMatchObject({ kind: 'number', prelude: true });
  });

  it('reads streaming unions and blobs, documents, blobs and Unit members', () => {
    expect(member('SubscribeThingsResponse', 'Events').streaming).toBe(true);
    expect(shape('ThingEventStream')).toMatchObject({ kind: 'union', streaming: true });
    expect(member('UploadThingRequest', 'Body').streaming).toBe(true);
    expect(ir.shapes.get(member('UploadThingRequest', 'Checksum').target)?.kind).toBe('blob');
    expect(shape('OwnDoc').kind).toBe('document');
    expect(ir.shapes.get(member('AttributeValue', 'NULL').target)?.kind).toBe('unit');
  });

  it('reads recursive shapes, direct and mutual', () => {
    expect(member('TreeNode', 'Parent').target).toBe(`${NS}TreeNode`);
    expect(shape('FileList').item?.target).toBe(`${NS}FileEntry`);
    expect(member('FileEntry', 'Folder').target).toBe(`${NS}Folder`);
  });
});

describe('readModel fails loudly', () => {
  type Model = ReturnType<typeof fixtureModel>;
  const broken = (change: (m: Model) => void): (() => unknown) => {
    const m = fixtureModel();
    change(m);
    return () => readModel(m);
  };
  const shapeOf = (m: Model, name: string): Record<string, unknown> => m.shapes[NS + name] as Record<string, unknown>;
  const membersOf = (m: Model, name: string): Record<string, { target: string; traits?: Record<string, unknown> }> =>
    shapeOf(m, name)['members'] as Record<string, { target: string; traits?: Record<string, unknown> }>;

  const cases: Array<[string, (m: Model) => void, RegExp]> = [
    ['an unknown shape type', (m) => (shapeOf(m, 'OwnDoc')['type'] = 'quantum'), /example\.things#OwnDoc: shape type "quantum" is unknown/],
    ['an unknown trait', (m) => (shapeOf(m, 'Thing')['traits'] = { 'smithy.api#teleport': {} }), /example\.things#Thing: trait smithy\.api#teleport is unknown/],
    ['an unknown member trait', (m) => ((membersOf(m, 'Thing')['Token'] as { traits?: unknown }).traits = { 'acme#x': 1 }), /Thing\$Token: trait acme#x is unknown/],
    ['mixins', (m) => (shapeOf(m, 'Thing')['mixins'] = [{ target: `${NS}Folder` }]), /Thing: property `mixins` of a structure is not supported \(flatten mixins first\)/],
    ['a member that targets nothing defined', (m) => ((membersOf(m, 'Thing')['Token'] as { target: string }).target = `${NS}Nowhere`), /Thing\$Token: targets example\.things#Nowhere, which the model does not define/],
    ['a member that targets an operation', (m) => ((membersOf(m, 'Thing')['Token'] as { target: string }).target = `${NS}Ping`), /Thing\$Token: targets the operation/],
    ['@timestampFormat on a string', (m) => (shapeOf(m, 'Timestamp')['traits'] = { 'smithy.api#timestampFormat': 'date-time' }), /#Timestamp: @timestampFormat on a string/],
    ['an unknown @timestampFormat', (m) => (shapeOf(m, 'EpochTime')['traits'] = { 'smithy.api#timestampFormat': 'stardate' }), /#EpochTime: @timestampFormat "stardate"/],
    ['@length on a member', (m) => ((membersOf(m, 'Thing')['Token'] as { traits?: unknown }).traits = { 'smithy.api#length': { min: 1 } }), /Thing\$Token: @length on a member is not supported/],
    ['a map keyed by a number', (m) => ((shapeOf(m, 'TagMap')['key'] as { target: string }).target = 'smithy.api#Integer'), /#TagMap: a map keyed by a integer/],
    ['two protocols', (m) => ((shapeOf(m, 'ThingService')['traits'] as Record<string, unknown>)['aws.protocols#restJson1'] = {}), /ThingService: expected one protocol trait, found awsJson1_1, restJson1/],
    ['a Smithy 1.0 model', (m) => (m.smithy = '1.0'), /Smithy version "1\.0" is not 2\.x/],
    ['a union member marked @required', (m) => ((membersOf(m, 'AttributeValue')['S'] as { traits?: unknown }).traits = { 'smithy.api#required': {} }), /#AttributeValue: @required on a union member/],
    ['a non-structure input', (m) => (shapeOf(m, 'PutThing')['input'] = { target: `${NS}TagMap` }), /#PutThing: its input example\.things#TagMap is a map, not a structure/],
    ['an unknown prelude shape', (m) => ((membersOf(m, 'Thing')['Token'] as { target: string }).target = 'smithy.api#Quaternion'), /Thing\$Token: targets smithy\.api#Quaternion, which is not a prelude shape/],
  ];
  for (const [what, change, message] of cases) {
    it(`on ${what}`, () => {
      const run = broken(change);
      expect(run).toThrow(ModelError);
      expect(run).toThrow(message);
    });
  }

  it('on two members that meet on the wire (only under lower-first)', () => {
    const m = fixtureModel();
    membersOf(m, 'Thing')['thingId'] = { target: 'smithy.api#String' };
    expect(() => readModel(m)).not.toThrow();
    expect(() => readModel(m, { memberNames: 'lower-first' })).toThrow(/#Thing: members ThingId and thingId have the same wire name thingId/);
  });
});
