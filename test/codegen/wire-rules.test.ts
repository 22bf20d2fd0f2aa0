// Generator rules beyond the fixture's config: hand-written service events
// (App Mesh's StreamAggregatedResources), outputs without members, and the
// restJson1 bindings CloudTrail is known to flatten. Each on the fixture
// model, changed in memory.
import { describe, expect, it } from 'vitest';
import type { ServiceConfig } from '../../scripts/codegen/config.js';
import { generateKitService } from '../../scripts/codegen/kit.js';
import { planService } from '../../scripts/codegen/plan.js';
import { tableProblems } from '../../src/service-kit/shapes.js';
import { fixtureConfig, fixtureModel } from './fixture.js';

type Model = ReturnType<typeof fixtureModel>;
const shape = (m: Model, name: string): Record<string, unknown> => m.shapes[`example.things#${name}`] as Record<string, unknown>;
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

describe('service events', () => {
  const config: ServiceConfig = {
    ...fixtureConfig,
    serviceEvents: { ThingSynced: { module: 'ThingSynced', codec: 'ThingSyncedEvent', reason: 'fixture: a service event' } },
  };
  const out = generateKitService(fixtureModel(), config);
  const [, , events] = out.code.map((f) => f.content) as [string, string, string];

  it('are imported from their hand-written module and join the names, the union and the dispatch', () => {
    expect(events).toContain("import { ThingSyncedEvent, type ThingSyncedEventJson } from '../ThingSynced.js';");
    expect(line(events, 'export type ThingsEventName')).toMatch(/ \| 'ThingSynced';$/);
    expect(line(events, 'export type ThingsEvent ')).toBe(
      "export type ThingsEvent = ThingsSucceededCall | ThingsFailedCall | ThingSyncedEvent | ThingsDeparted | ThingsUnknownOperation;",
    );
    expect(line(events, 'export type ThingsEventJson ')).toContain('| ThingSyncedEventJson |');
    expect(line(events, 'export const thingsService')).toContain("defineService(thingsTable, { name: 'ThingsEvent', events: { ThingSynced: ThingSyncedEvent } });");
    // Not an operation: no operation row, no variants.
    expect(out.plan.table.operations['ThingSynced']).toBeUndefined();
    expect(events).not.toContain('ThingSyncedSucceeded');
  });

  it('are listed on the docs page, with their reason', () => {
    expect(out.docs.content).toContain('| `ThingSynced` | service event: `ThingSyncedEvent` | service event: `ThingSyncedEvent` |');
    expect(out.docs.content).toContain('| `ThingSynced` | a service event, decoded by `ThingSyncedEvent` | fixture: a service event |');
  });

  it('take their codec name from the shapes: a shape of that name is renamed', () => {
    const m = fixtureModel();
    m.shapes['example.things#ThingSyncedEvent'] = { type: 'structure', members: { Id: { target: 'smithy.api#String' } } };
    (shape(m, 'GetThingRequest')['members'] as Record<string, unknown>)['Synced'] = { target: 'example.things#ThingSyncedEvent' };
    expect(planService(m, config).names.byShape.get('ThingSyncedEvent')).toBe('ThingSyncedEventShape');
  });

  it.each([
    [{ GetThing: { module: 'X', codec: 'XEvent', reason: 'x' } }, /serviceEvents 'GetThing': that is an operation's or alias's name/],
    [{ GetThing20250101: { module: 'X', codec: 'XEvent', reason: 'x' } }, /serviceEvents 'GetThing20250101': that is an operation's or alias's name/],
    [{ Synced: { module: '../core/x', codec: 'XEvent', reason: 'x' } }, /module '\.\.\/core\/x' is not a file name/],
    [{ Synced: { module: 'X', codec: 'x-event', reason: 'x' } }, /codec 'x-event' is not a type name/],
    [{ Synced: { module: 'X', codec: 'ThingsEvent', reason: 'x' } }, /the generated name ThingsEvent is made twice/],
  ] as const)('are refused when they clash or name no file: %j', (serviceEvents, message) => {
    expect(() => planService(fixtureModel(), { ...fixtureConfig, serviceEvents })).toThrow(message);
  });
});

describe('outputs without members', () => {
  const m = fixtureModel();
  m.shapes['example.things#PingResponse'] = { type: 'structure', members: {}, traits: { 'smithy.api#output': {} } };
  shape(m, 'Ping')['output'] = { target: 'example.things#PingResponse' };
  const out = generateKitService(m, fixtureConfig);
  const [table, shapes, events] = out.code.map((f) => f.content) as [string, string, string];

  it('are recorded as null: no output in the table, no shape type, a null response', () => {
    expect(row(table, 'Ping')).toEqual({});
    expect(table).not.toContain('PingResponse');
    expect(shapes).not.toContain('PingResponse');
    expect(line(events, 'export interface PingSucceeded ')).toContain('responseElements?: null }');
    expect(out.plan.emptyOutputs).toEqual(['Ping']);
    expect(tableProblems(out.plan.table)).toEqual([]);
    expect(out.docs.content).toContain('Outputs without members are recorded as `null`: `Ping`.');
  });

  it('cannot be recorded responses', () => {
    expect(() => planService(m, { ...fixtureConfig, wire: { recordedResponses: { Ping: 'x' } } })).toThrow(/recordedResponses 'Ping': the operation has no output with members/);
  });

  it('take the members of wire.responses, unless another operation shares the output', () => {
    const plan = planService(m, { ...fixtureConfig, wire: { responses: { Ping: { members: { thingId: 'ThingId' }, reason: 'x' } } } });
    expect(plan.table.operations['Ping']).toEqual({ o: 'PingResponse' });
    expect(plan.table.shapes['PingResponse']).toEqual({ s: { thingId: 'ThingId' } });
    const shared = fixtureModel();
    shared.shapes['example.things#PingResponse'] = { type: 'structure', members: {}, traits: { 'smithy.api#output': {} } };
    shape(shared, 'Ping')['output'] = { target: 'example.things#PingResponse' };
    shape(shared, 'UploadThing')['output'] = { target: 'example.things#PingResponse' };
    expect(() => planService(shared, { ...fixtureConfig, wire: { responses: { Ping: { members: { thingId: 'ThingId' }, reason: 'x' } } } })).toThrow(
      /wire\.responses 'Ping': its output PingResponse is also the output of UploadThing/,
    );
  });
});

describe('requests that may be null though the input requires members (wire.nullRequests)', () => {
  const config: ServiceConfig = { ...fixtureConfig, wire: { ...fixtureConfig.wire, nullRequests: { GetThing: 'fixture: another service calls it with no request' } } };
  const out = generateKitService(fixtureModel(), config);
  const [table, , events] = out.code.map((f) => f.content) as [string, string, string];

  it('mark the operation, type the request with null, and list the departure', () => {
    expect(row(table, 'GetThing')).toMatchObject({ n: 1 });
    expect(tableProblems(out.plan.table)).toEqual([]);
    expect(line(events, 'export interface GetThingSucceeded ')).toMatch(/requestParameters\?: S\.GetThingRequest \| null;/);
    expect(out.plan.departures).toContainEqual({ kind: 'nullRequest', key: 'GetThing', reason: 'fixture: another service calls it with no request', effect: '`requestParameters` may be `null`' });
  });

  it('are refused where they change nothing, or name no operation', () => {
    expect(() => planService(fixtureModel(), { ...fixtureConfig, wire: { nullRequests: { Ping: 'x' } } })).toThrow(/nullRequests 'Ping': the input has no member required on the wire/);
    expect(() => planService(fixtureModel(), { ...fixtureConfig, wire: { nullRequests: { Pong: 'x' } } })).toThrow(/nullRequests 'Pong': no such operation/);
  });
});

describe('responses the model has no output for (wire.responses)', () => {
  const config: ServiceConfig = { ...fixtureConfig, wire: { ...fixtureConfig.wire, responses: { Ping: { members: { thingId: 'ThingId' }, reason: 'fixture: newer records name the thing' } } } };
  const out = generateKitService(fixtureModel(), config);
  const [table, shapes, events] = out.code.map((f) => f.content) as [string, string, string];

  it('become an optional response of the members listed, in a structure the config adds', () => {
    expect(row(table, 'Ping')).toEqual({ o: 'PingResponse' });
    expect(row(table, 'PingResponse')).toEqual({ s: { thingId: 'ThingId' } });
    expect(tableProblems(out.plan.table)).toEqual([]);
    expect(shapes).toContain('/** The structure `PingResponse`, which the config (wire.responses) adds to the model. */');
    expect(shapes).toContain('export type PingResponse = { thingId?: string };');
    expect(line(events, 'export interface PingSucceeded ')).toContain('responseElements?: S.PingResponse | null }');
  });

  it('are listed with the other departures, with their evidence', () => {
    expect(out.plan.departures).toContainEqual({ kind: 'response', key: 'Ping', reason: 'fixture: newer records name the thing', effect: '`responseElements` may be `{ thingId }` (the model has no output)' });
    expect(out.docs.content).toContain('| `Ping` | `responseElements` may be `{ thingId }` (the model has no output) | fixture: newer records name the thing |');
  });
});

describe('restJson1', () => {
  /** The fixture model under restJson1, with GetThing's id a path label and SAMLAssertion a query member. */
  const restModel = (): Model => {
    const m = fixtureModel();
    const traits = shape(m, 'ThingService')['traits'] as Record<string, unknown>;
    delete traits['aws.protocols#awsJson1_1'];
    traits['aws.protocols#restJson1'] = {};
    const members = shape(m, 'GetThingRequest')['members'] as Record<string, { traits?: Record<string, unknown> }>;
    (members['ThingId'] as { traits: Record<string, unknown> }).traits['smithy.api#httpLabel'] = {};
    members['SAMLAssertion'] = { ...members['SAMLAssertion'], traits: { 'smithy.api#httpQuery': 'saml' } } as never;
    return m;
  };

  it('flattens labels, query and body members side by side, under their model names', () => {
    const out = generateKitService(restModel(), { ...fixtureConfig, memberNames: 'as-is' });
    expect(row(out.code[0]?.content ?? '', 'GetThingRequest')).toEqual({ s: { SAMLAssertion: '$s', ThingId: '!ThingId' } });
    expect(out.docs.content).toContain('A request holds every input member side by side, whether the API sends it in the path, the query or the body');
  });

  it.each([
    ['smithy.api#httpHeader', 'X-Saml', /GetThingRequest\$SAMLAssertion: bound to @httpHeader, which no record shows CloudTrail writing/],
    ['smithy.api#httpPrefixHeaders', 'X-', /bound to @httpPrefixHeaders/],
  ])('refuses a member bound to %s, unless asked for any protocol', (trait, value, message) => {
    const m = restModel();
    const members = shape(m, 'GetThingRequest')['members'] as Record<string, { traits?: Record<string, unknown> }>;
    members['SAMLAssertion'] = { ...members['SAMLAssertion'], traits: { [trait]: value } } as never;
    expect(() => planService(m, fixtureConfig)).toThrow(message);
    expect(() => planService(m, fixtureConfig, { anyProtocol: true })).not.toThrow();
  });

  it('refuses a response status code member', () => {
    const m = restModel();
    const members = shape(m, 'ThingDescription')['members'] as Record<string, unknown>;
    members['Status'] = { target: 'smithy.api#Integer', traits: { 'smithy.api#httpResponseCode': {} } };
    expect(() => planService(m, fixtureConfig)).toThrow(/ThingDescription\$Status: bound to @httpResponseCode/);
  });
});
