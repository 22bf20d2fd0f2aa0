// The ec2Query dialect: its rules on a small model made for them (legacy
// names and list wrappers, one-member items of request lists of values,
// shared structures, response extras, the wrapped form, the corrections a
// config gives and its loud failures), then the real EC2 model with the EC2
// config (scripts/codegen/wire/ec2.ts), whose records test/services/ec2.test.ts reads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ServiceConfig } from '../../scripts/codegen/config.js';
import { ec2Query, type Ec2Wire } from '../../scripts/codegen/dialects/ec2Query.js';
import { readModel, type IrModel } from '../../scripts/codegen/model.js';
import { planService } from '../../scripts/codegen/plan.js';
import { ec2 } from '../../scripts/codegen/wire/ec2.js';
import { tableProblems } from '../../src/service-kit/shapes.js';
import type { ServiceTable, ShapeRow } from '../../src/service-kit/table.js';
import { repoRoot } from '../support/corpus.js';

const api = (name: string): string => `smithy.api#${name}`;
const ref = (target: string, traits: Record<string, unknown> = {}): object => ({ target: target.includes('#') ? target : `ex#${target}`, traits });
const xml = (name: string): Record<string, unknown> => ({ [api('xmlName')]: name });

/** A small ec2Query service with the constructs the dialect rewrites. */
function smallModel(): unknown {
  return {
    smithy: '2.0',
    shapes: {
      'ex#Ex': {
        type: 'service',
        version: '2026-01-01',
        operations: [ref('RunThings'), ref('DescribeThings'), ref('DeleteWidget')],
        traits: { 'aws.protocols#ec2Query': {}, 'aws.api#service': { sdkId: 'Ex', cloudTrailEventSource: 'ex.amazonaws.com' } },
      },
      'ex#RunThings': { type: 'operation', input: ref('RunThingsRequest'), output: ref('Reservation') },
      'ex#DescribeThings': { type: 'operation', input: ref('DescribeThingsRequest'), output: ref('DescribeThingsResult'), traits: { [api('readonly')]: {} } },
      'ex#DeleteWidget': { type: 'operation', input: ref('DeleteWidgetRequest'), output: { target: api('Unit') } },
      'ex#RunThingsRequest': {
        type: 'structure',
        members: {
          ImageId: ref(api('String'), { [api('required')]: {} }),
          MaxCount: ref(api('Integer'), { [api('required')]: {} }),
          ThingIds: ref('IdList', xml('ThingId')),
          GroupIds: ref('IdList', xml('GroupId')),
          Placement: ref('Placement'),
          Filters: ref('FilterList', xml('Filter')),
          UserData: ref('Data'),
        },
      },
      'ex#Data': { type: 'structure', members: { Value: ref(api('String'), xml('value')) } },
      'ex#DescribeThingsRequest': { type: 'structure', members: { ThingIds: ref('IdList', xml('ThingId')), MaxResults: ref(api('Integer'), { ...xml('maxResults'), 'aws.protocols#ec2QueryName': 'MaxResults' }) } },
      'ex#DeleteWidgetRequest': { type: 'structure', members: { WidgetId: ref(api('String'), { [api('required')]: {} }), Names: ref('IdList', xml('Name')) } },
      'ex#IdList': { type: 'list', member: ref(api('String'), xml('item')) },
      'ex#FilterList': { type: 'list', member: ref('Filter', xml('Filter')) },
      'ex#Filter': { type: 'structure', members: { Name: ref(api('String')), Values: ref('IdList', xml('Value')) } },
      'ex#Placement': { type: 'structure', members: { Zone: ref(api('String'), xml('availabilityZone')), Tenancy: ref(api('String'), xml('tenancy')), Since: ref(api('Timestamp'), xml('since')) } },
      'ex#Reservation': { type: 'structure', members: { Things: ref('ThingList', xml('thingsSet')), OwnerId: ref(api('String'), xml('ownerId')) } },
      'ex#ReservationList': { type: 'list', member: ref('Reservation', xml('item')) },
      'ex#DescribeThingsResult': { type: 'structure', members: { Reservations: ref('ReservationList', xml('reservationSet')) } },
      'ex#ThingList': { type: 'list', member: ref('Thing', xml('item')) },
      'ex#Thing': {
        type: 'structure',
        members: {
          ThingId: ref(api('String'), xml('thingId')),
          LaunchTime: ref(api('Timestamp'), xml('launchTime')),
          Size: ref(api('Integer'), xml('size')),
          Placement: ref('Placement', xml('placement')),
          Ok: ref(api('Boolean'), xml('return')),
        },
      },
    },
  };
}

const NONE: Ec2Wire = { members: {}, gathered: {}, merged: {}, wrapped: {}, wrappedFamilies: {} };
const wraps = (wire: Ec2Wire): boolean => Object.keys(wire.wrapped).length + Object.keys(wire.wrappedFamilies).length > 0;
const configOf = (wire: Ec2Wire): ServiceConfig => ({
  name: 'ex',
  model: 'unused',
  eventCodec: 'ExEvent',
  prefix: 'ex',
  callName: 'Ex',
  memberNames: 'as-is',
  timestamps: 'epoch-millis',
  hidden: '<sensitiveDataRemoved>',
  dialect: ec2Query(wire),
  // The wrapped forms' timestamp is in the table only when some form is typed.
  wire: wraps(wire) ? { timestampForms: { XmlDateTime: { form: 'iso-zoneless', reason: 'test' } } } : {},
  budget: 1,
});
const tableOf = (wire: Ec2Wire = NONE): ServiceTable => planService(smallModel(), configOf(wire)).table;
const rowOf = (table: ServiceTable, shape: string): Record<string, string> => {
  const row = table.shapes[shape] as ShapeRow | undefined;
  if (row === undefined || !('s' in row)) throw new Error(`${shape} is no structure of the table`);
  return { ...row.s };
};

describe('the ec2Query dialect, by its rules', () => {
  const table = tableOf();

  it('makes a sound table', () => {
    expect(tableProblems(table)).toEqual([]);
  });

  it('names request members by their query names, lowered, every one optional; lists end in Set and hold one-member objects', () => {
    expect(rowOf(table, 'RunThingsRequest')).toEqual({
      imageId: '$s',
      maxCount: '$n',
      thingIdSet: 'ThingIdItemSet',
      groupIdSet: 'GroupIdItemSet',
      // A structure responses use too keeps its response names.
      placement: 'Placement',
      filterSet: 'FilterListSet',
      userData: 'Data',
    });
    expect(rowOf(table, 'ThingIdItemSet')).toEqual({ items: 'ThingIdItemList' });
    expect(table.shapes['ThingIdItemList']).toEqual({ l: 'ThingIdItem' });
    expect(rowOf(table, 'ThingIdItem')).toEqual({ thingId: '$s' });
    expect(rowOf(table, 'Filter')).toEqual({ name: '$s', valueSet: 'ValueItemSet' });
    expect(rowOf(table, 'Placement')).toEqual({ availabilityZone: '$s', tenancy: '$s', since: '$t' });
  });

  it('names response members by their XML names, lists as {items}, `return` as `_return`; top-level responses carry requestId', () => {
    expect(rowOf(table, 'Thing')).toEqual({ thingId: '$s', launchTime: '$t', size: '$n', placement: 'Placement', _return: '$b' });
    expect(rowOf(table, 'ThingListSet')).toEqual({ items: 'ThingList' });
    // Reservation is also nested in DescribeThings' answer: RunThings gets a top-level copy, with `_return` as it changes something.
    expect(table.operations['RunThings']).toEqual({ i: 'RunThingsRequest', o: 'RunThingsResult' });
    expect(rowOf(table, 'RunThingsResult')).toEqual({ thingsSet: 'ThingListSet', ownerId: '$s', _return: '$b', requestId: '$s' });
    expect(rowOf(table, 'Reservation')).toEqual({ thingsSet: 'ThingListSet', ownerId: '$s' });
    // A read answers no flag.
    expect(rowOf(table, 'DescribeThingsResult')).toEqual({ reservationSet: 'ReservationListSet', requestId: '$s' });
    // No output in the model: a response of its own.
    expect(table.operations['DeleteWidget']).toEqual({ i: 'DeleteWidgetRequest', o: 'DeleteWidgetResult' });
    expect(rowOf(table, 'DeleteWidgetResult')).toEqual({ _return: '$b', requestId: '$s' });
  });

  it('types the wrapped form only of the operations the config names', () => {
    expect(Object.keys(rowOf(table, 'DeleteWidgetRequest'))).toEqual(['widgetId', 'nameSet']);
    const wrapped = tableOf({ ...NONE, wrapped: { DeleteWidget: { names: ['DelWidgetReq'], reason: 'test' } }, wrappedFamilies: { Things: 'test' } });
    expect(tableProblems(wrapped)).toEqual([]);
    expect(rowOf(wrapped, 'DeleteWidgetRequest')).toEqual({ widgetId: '$s', nameSet: 'NameItemSet', DeleteWidgetRequest: 'DeleteWidgetRequestQuery', DelWidgetReq: 'DeleteWidgetRequestQuery' });
    // Query names as they are; lists untyped.
    expect(rowOf(wrapped, 'DeleteWidgetRequestQuery')).toEqual({ WidgetId: '$s', Name: '$d' });
    expect(rowOf(wrapped, 'DeleteWidgetResult')).toEqual({ _return: '$b', requestId: '$s', DeleteWidgetResponse: 'DeleteWidgetResultXml' });
    expect(rowOf(wrapped, 'DeleteWidgetResultXml')).toEqual({ _return: '$b', xmlns: '$s', requestId: '$s' });
    // A family by a fragment of the names: RunThings and DescribeThings. Timestamps are ISO text there.
    expect(rowOf(wrapped, 'RunThingsRequestQuery')).toMatchObject({ ImageId: '$s', ThingId: '$d', Placement: 'PlacementQuery', Filter: '$d' });
    expect(rowOf(wrapped, 'DescribeThingsRequestQuery')).toEqual({ ThingId: '$d', MaxResults: '$n' });
    expect(rowOf(wrapped, 'RunThingsResult')['RunThingsResponse']).toBe('ReservationXml');
    expect(rowOf(wrapped, 'ReservationXml')).toEqual({ thingsSet: '$d', ownerId: '$s', xmlns: '$s', requestId: '$s' });
    expect(rowOf(wrapped, 'PlacementQuery')).toEqual({ AvailabilityZone: '$s', Tenancy: '$s', Since: 'XmlDateTime' });
    expect(wrapped.shapes['XmlDateTime']).toEqual({ p: '$t', t: 'iso-zoneless' });
  });

  it('applies the corrections of the config', () => {
    const corrected = tableOf({
      members: {
        'RunThingsRequest.ThingIds': { name: 'thingsSet', list: 'item', item: 'id', reason: 'test' },
        'RunThingsRequest.Placement': { lift: true, reason: 'test' },
        'RunThingsRequest.UserData': { hidden: true, reason: 'test' },
        'Thing.Size': { as: 'text', reason: 'test' },
        'Thing.Placement': { as: 'element', reason: 'test' },
        'DeleteWidgetRequest.Names': { name: 'names', list: 'array', reason: 'test' },
        'Reservation.Things': { list: 'item', reason: 'test' },
      },
      gathered: { RunThingsRequest: { name: 'instancesSet', shape: 'RunItem', members: ['ImageId', 'MaxCount'], reason: 'test' } },
      merged: { 'RunThingsRequest.groupSet': { shape: 'GroupItem', members: { GroupIds: 'groupId' }, reason: 'test' } },
      wrapped: {},
      wrappedFamilies: {},
    });
    expect(tableProblems(corrected)).toEqual([]);
    expect(rowOf(corrected, 'RunThingsRequest')).toEqual({
      thingsSet: 'IdItemItemSet',
      availabilityZone: '$s',
      tenancy: '$s',
      since: '$t',
      filterSet: 'FilterListSet',
      userData: '#Data',
      instancesSet: 'RunItemSet',
      groupSet: 'GroupItemSet',
    });
    expect(rowOf(corrected, 'IdItemItemSet')).toEqual({ item: 'IdItemList' });
    expect(rowOf(corrected, 'RunItem')).toEqual({ imageId: '$s', maxCount: '$n' });
    expect(rowOf(corrected, 'GroupItem')).toEqual({ groupId: '$s' });
    expect(rowOf(corrected, 'Thing')).toMatchObject({ size: '$s', placement: 'EmptyElement' });
    expect(rowOf(corrected, 'EmptyElement')).toEqual({});
    expect(rowOf(corrected, 'DeleteWidgetRequest')).toEqual({ widgetId: '$s', names: 'IdList' });
    expect(corrected.shapes['IdList']).toEqual({ l: '$s' });
    expect(rowOf(corrected, 'RunThingsResult')['thingsSet']).toBe('ThingListItemSet');
  });

  it('fails loudly on a config that names what the model lacks, that never applies, or that makes two members one', () => {
    const fails = (wire: Partial<Ec2Wire>): unknown => () => planService(smallModel(), configOf({ ...NONE, ...wire }));
    expect(fails({ members: { 'Thing.Colour': { name: 'colour', reason: 'test' } } })).toThrow(/no such Shape.Member/);
    expect(fails({ members: { 'Thing.Size': { list: 'item', reason: 'test' } } })).toThrow(/not a list/);
    expect(fails({ members: { 'Thing.ThingId': { as: 'text', reason: 'test' } } })).toThrow(/only numbers/);
    expect(fails({ members: { 'Thing.Size': { lift: true, reason: 'test' } } })).toThrow(/lifted/);
    expect(fails({ members: { 'Thing.Size': { name: 'thingId', reason: 'test' } } })).toThrow(/two members named thingId/);
    expect(fails({ wrapped: { DeleteThings: { reason: 'test' } } })).toThrow(/no such operation/);
    expect(fails({ wrappedFamilies: { Gadget: 'test' } })).toThrow(/never met/);
    expect(fails({ merged: { 'RunThingsRequest.groupSet': { shape: 'G', members: { Placement: 'p' }, reason: 'test' } } })).toThrow(/not a list of values/);
  });

  it('leaves the model it reads as it was', () => {
    const ir = readModel(smallModel(), { memberNames: 'as-is' });
    const before = snapshot(ir);
    ec2Query(NONE).apply(ir, configOf(NONE));
    expect(snapshot(ir)).toEqual(before);
  });
});

describe('the ec2Query dialect on EC2', () => {
  const plan = planService(JSON.parse(readFileSync(join(repoRoot, ec2.model), 'utf8')), ec2);
  const { table } = plan;

  it('makes a sound table of every operation', () => {
    expect(tableProblems(table)).toEqual([]);
    expect(Object.keys(table.operations)).toHaveLength(627);
  });

  it('leaves every request member optional, and gives every response requestId', () => {
    for (const [op, row] of Object.entries(table.operations)) {
      expect(Object.values(rowOf(table, row.i as string)).filter((t) => t.startsWith('!')), op).toEqual([]);
      expect(rowOf(table, row.o as string)['requestId'], op).toBe('$s');
    }
  });

  it('writes DescribeInstances and RunInstances as the records do', () => {
    expect(rowOf(table, 'DescribeInstancesRequest')).toEqual({ dryRun: '$b', filterSet: 'FilterListSet', instancesSet: 'InstanceIdItemSet', maxResults: '$n', nextToken: '$s' });
    expect(rowOf(table, 'InstanceIdItem')).toEqual({ instanceId: '$s' });
    expect(rowOf(table, 'RunInstancesRequest')).toMatchObject({ instancesSet: 'RunInstancesItemSet', groupSet: 'GroupItemSet', blockDeviceMapping: 'BlockDeviceMappingRequestListSet', tenancy: 'Tenancy', networkInterfaceSet: 'InstanceNetworkInterfaceSpecificationListSet' });
    expect(rowOf(table, 'RunInstancesResult')).toMatchObject({ instancesSet: '!InstanceListSet', reservationId: '$s', requestId: '$s' });
    expect(rowOf(table, 'InstanceListSet')).toEqual({ items: '!InstanceList' });
    expect(rowOf(table, 'Instance')).toMatchObject({ instanceId: '!$s', launchTime: '!$t', networkInterfaceSet: 'InstanceNetworkInterfaceListSet' });
    expect(rowOf(table, 'InstanceNetworkInterface')['privateIpAddressesSet']).toBe('InstancePrivateIpAddressListItemSet');
  });

  it('types the wrapped form of the configured operations only', () => {
    const wrapped = Object.entries(table.operations).filter(([, row]) => Object.keys(rowOf(table, row.i as string)).some((k) => /^[A-Z]/.test(k)));
    expect(wrapped.length).toBeGreaterThan(50);
    expect(wrapped.length).toBeLessThan(150);
    for (const [op] of wrapped) expect(op).toMatch(/TransitGateway|TrafficMirror|FlowLogs|InstanceTypes|CreditSpecifications|Hosts|LaunchTemplates|VolumesModifications/);
    expect(rowOf(table, 'DescribeInstancesRequest')['DescribeInstancesRequest']).toBeUndefined();
  });
});

/** The model's shapes as plain data, to compare. */
function snapshot(ir: IrModel): unknown {
  return JSON.parse(JSON.stringify({ service: ir.service, operations: ir.operations, shapes: [...ir.shapes.entries()] }));
}
