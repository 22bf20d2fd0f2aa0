// The generated TypeScript of the fixture service compiles under the
// project's strict options together with type assertions on it, and its table
// is the plan's table and is sound for the kit: builder-made records of every
// operation decode with it.
import { basename } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { generateKitService } from '../../scripts/codegen/kit.js';
import { buildServiceEvent } from '../../src/service-kit/build/event.js';
import { defineService } from '../../src/service-kit/serviceEvent.js';
import { tableProblems } from '../../src/service-kit/shapes.js';
import { fixtureConfig, fixtureModel } from './fixture.js';
import { rebase, typecheck } from './typecheck.js';

const out = generateKitService(fixtureModel(), fixtureConfig);

// Type assertions: each `@ts-expect-error` must meet an error, so a type that
// is too loose fails the compile as surely as one that is wrong.
const checks = `
import { ThingsEvent, isFailedThingsCall, isSucceededThingsCall, thingsService, type PutThingSucceededJson, type ThingsEventName } from './events.js';
import { ObjectShape, ThingKind, type AttributeValue, type SecretBox, type ThingDescriptionJson, type ThingSpec, type TreeNode } from './shapes.js';

declare const e: ThingsEvent;
export const checks: unknown[] = [];
if (isSucceededThingsCall(e) && e.eventName === 'PutThing') {
  const id: string = e.requestParameters.thing.thingId;
  const created: Date | undefined = e.responseElements.created;
  const createdAt: Date | undefined = e.responseElements.thing?.createdAt;
  // @ts-expect-error a Date is not a number
  const wrong: number | undefined = e.responseElements.created;
  checks.push(id, created, createdAt, wrong);
}
if (isSucceededThingsCall(e) && e.eventName === 'GetThing20250101') {
  // @ts-expect-error the response of a call without r: 1 may be null or absent
  checks.push(e.responseElements.thing);
  const tags: { [key: string]: string } | undefined = e.responseElements?.tags;
  const expires: Date | undefined = e.responseElements?.expires;
  checks.push(tags, expires);
}
if (isSucceededThingsCall(e) && e.eventName === 'Ping') {
  const none: null | undefined = e.requestParameters;
  checks.push(none);
}
if (isFailedThingsCall(e) && e.eventName === 'PutThing') {
  const code: string | undefined = e.errorCode;
  const id: string | undefined = e.requestParameters?.thing?.thingId;
  checks.push(code, id);
}
declare const wire: PutThingSucceededJson;
const createdText: string | undefined = wire.responseElements.created;
declare const described: ThingDescriptionJson;
const seconds: number | undefined = described.expires;
const modified: string | undefined = described.modifiedAt;
declare const value: AttributeValue;
const nested: string | undefined = value.l?.[0]?.m?.['k']?.s;
declare const spec: ThingSpec;
const secret: SecretBox | 'HIDDEN_DUE_TO_SECURITY_REASONS' | undefined = spec.secret;
// @ts-expect-error a sensitive structure may be the hidden text
const box: SecretBox | undefined = spec.secret;
declare const tree: TreeNode;
const grandchild: string | undefined = tree.children?.[0]?.parent?.name;
const kind: ThingKind = 'a kind added later';
const known: boolean = ThingKind.isKnown('GADGET');
const name: ThingsEventName = 'GetThing20250101';
// @ts-expect-error not an event name of the service
const other: ThingsEventName = 'GetThing20990101';
const owner: ObjectShape = { key: 'k' };
// The global Object is still the global.
const keys: string[] = Object.keys(owner);
checks.push(createdText, seconds, modified, nested, secret, box, grandchild, kind, known, name, other, keys, thingsService.eventSource, ThingsEvent.name);
`;

describe('the fixture output compiles', () => {
  it('under the project options, with the type assertions', () => {
    const files: Record<string, string> = { 'check.ts': checks };
    for (const f of out.code) files[basename(f.path)] = rebase(f.content);
    expect(typecheck(files)).toEqual([]);
  });
});

describe('the fixture table', () => {
  // table.ts imports types only, so its JavaScript runs on its own.
  const js = ts.transpileModule(out.code[0]?.content ?? '', { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const module = { exports: {} as Record<string, unknown> };
  new Function('exports', 'module', 'require', js)(module.exports, module, () => {
    throw new Error('table.ts must not import values');
  });

  it('is, as written, the plan table', () => {
    expect(module.exports['thingsTable']).toEqual(out.plan.table);
  });

  it('has no problems the kit can see', () => {
    expect(tableProblems(out.plan.table)).toEqual([]);
  });

  it('decodes builder-made records of every operation and alias, succeeded and failed', () => {
    const service = defineService(out.plan.table);
    const names = [...Object.keys(out.plan.table.operations), ...Object.keys(out.plan.table.aliases)];
    for (const [i, name] of names.entries()) {
      for (const fail of [false, true]) {
        const record = buildServiceEvent(service, name, undefined, { seed: i + 1, fail });
        const decoded = service.codec.decode(record);
        expect(decoded._tag, `${name}${fail ? ' failed' : ''}`).toBe('Right');
        if (decoded._tag === 'Right') {
          expect(fail ? service.isFailed(decoded.right) : service.isSucceeded(decoded.right), name).toBe(true);
          expect(service.codec.encode(decoded.right)).toEqual(record);
        }
      }
    }
  });

  it('reads the wire forms the config names: hidden text, iso and epoch-second timestamps', () => {
    const service = defineService(out.plan.table);
    const record = buildServiceEvent(
      service,
      'PutThing',
      {
        requestParameters: { thing: { thingId: 'thing-1', password: 'HIDDEN_DUE_TO_SECURITY_REASONS' }, secret: 'HIDDEN_DUE_TO_SECURITY_REASONS' },
        responseElements: { created: '2025-01-02T03:04:05Z', thing: { thingId: 'thing-1', createdAt: 'Jan 2, 2025, 3:04:05 AM' } },
      },
      { seed: 7 },
    );
    const decoded = service.codec.decode(record);
    if (decoded._tag !== 'Right') throw new Error('PutThing did not decode');
    const e = decoded.right as { responseElements: { created: Date; thing: { createdAt: Date } }; requestParameters: { secret: unknown } };
    expect(e.responseElements.created.toISOString()).toBe('2025-01-02T03:04:05.000Z');
    expect(e.responseElements.thing.createdAt.toISOString()).toBe('2025-01-02T03:04:05.000Z');
    expect(e.requestParameters.secret).toBe('HIDDEN_DUE_TO_SECURITY_REASONS');
    expect(service.codec.encode(decoded.right)).toEqual(record);
    // Java text where the config says iso departs from the model, and the record is kept.
    const departed = service.codec.decode({ ...record, responseElements: { created: 'Jan 2, 2025, 3:04:05 AM' } });
    if (departed._tag !== 'Right') throw new Error('a departed record must still decode');
    expect(service.isDeparted(departed.right)).toBe(true);
    expect(service.departuresOf(departed.right).map((i) => i.path)).toContain('responseElements.created');
  });
});
