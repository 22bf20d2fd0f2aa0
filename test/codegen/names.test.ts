// TypeScript names for shapes: PascalCase, clear of globals, of the names the
// generator makes, and of each other; deterministic whatever the input order.
import { describe, expect, it } from 'vitest';
import { GLOBAL_NAMES, assignNames, generatedNames } from '../../scripts/codegen/names.js';

const generated = generatedNames(['GetThing', 'PutThing'], { eventCodec: 'ThingsEvent', callName: 'Things', prefix: 'things' });

describe('assignNames', () => {
  it('keeps PascalCase names and upper-cases the first letter of others', () => {
    const { byShape, renames } = assignNames(['Credentials', 'accessKeySecretType', 'sAMLAssertionType'], generated.all);
    expect(byShape.get('Credentials')).toBe('Credentials');
    expect(byShape.get('accessKeySecretType')).toBe('AccessKeySecretType');
    expect(byShape.get('sAMLAssertionType')).toBe('SAMLAssertionType');
    expect(renames).toEqual([
      { shape: 'accessKeySecretType', name: 'AccessKeySecretType', reason: 'case' },
      { shape: 'sAMLAssertionType', name: 'SAMLAssertionType', reason: 'case' },
    ]);
  });

  it('renames globals and utility types, also when only the upper-cased name is one', () => {
    const { byShape, renames } = assignNames(['Object', 'Error', 'String', 'Record', 'date', 'InstanceType', 'Event'], generated.all);
    expect(byShape.get('Object')).toBe('ObjectShape');
    expect(byShape.get('Error')).toBe('ErrorShape');
    expect(byShape.get('String')).toBe('StringShape');
    expect(byShape.get('Record')).toBe('RecordShape');
    expect(byShape.get('date')).toBe('DateShape');
    expect(byShape.get('InstanceType')).toBe('InstanceTypeShape');
    // DOM and Node globals are not in every consumer's scope; they stay.
    expect(byShape.get('Event')).toBe('Event');
    expect(renames.filter((r) => r.reason === 'global').map((r) => r.shape)).toEqual(['Error', 'InstanceType', 'Object', 'Record', 'String', 'date']);
  });

  it("renames shapes named like the generator's names, including their Json forms", () => {
    const { byShape, renames } = assignNames(['GetThingEvent', 'PutThingFailedJson', 'ThingsEvent', 'thingsService', 'GetThing'], generated.all);
    expect(byShape.get('GetThingEvent')).toBe('GetThingEventShape');
    expect(byShape.get('PutThingFailedJson')).toBe('PutThingFailedJsonShape');
    expect(byShape.get('ThingsEvent')).toBe('ThingsEventShape');
    // `thingsService` upper-cases to ThingsService, which the generator does not make.
    expect(byShape.get('thingsService')).toBe('ThingsService');
    expect(byShape.get('GetThing')).toBe('GetThing');
    expect(renames.find((r) => r.shape === 'GetThingEvent')?.reason).toBe('generated');
  });

  it('resolves clashes between shapes: PascalCase names first, then by name, with numbered suffixes', () => {
    const { byShape, renames } = assignNames(['dateType', 'DateType', 'DateTypeShape', 'Thing', 'ThingJson'], generated.all);
    expect(byShape.get('DateType')).toBe('DateType');
    expect(byShape.get('DateTypeShape')).toBe('DateTypeShape');
    expect(byShape.get('dateType')).toBe('DateTypeShape2');
    // `Thing` also takes `ThingJson`, its wire form.
    expect(byShape.get('Thing')).toBe('Thing');
    expect(byShape.get('ThingJson')).toBe('ThingJsonShape');
    expect(renames.map((r) => `${r.shape}:${r.reason}`)).toEqual(['ThingJson:clash', 'dateType:clash']);
  });

  it('gives the same names whatever the order of the input', () => {
    const shapes = ['b', 'B', 'Object', 'ObjectShape', 'object', 'GetThingEvent', 'getThingEvent', 'Zed'];
    const one = assignNames(shapes, generated.all);
    const other = assignNames([...shapes].reverse(), generated.all);
    expect([...other.byShape].sort()).toEqual([...one.byShape].sort());
    expect(other.renames).toEqual(one.renames);
    const all = [...one.byShape.values()];
    expect(new Set([...all, ...all.map((n) => `${n}Json`)]).size).toBe(all.length * 2);
  });

  it('lists the globals named in the issue', () => {
    for (const n of ['Object', 'Error', 'String', 'Date', 'Array', 'Map', 'Set', 'Promise', 'Record', 'Partial', 'Symbol', 'Number', 'Boolean', 'Function']) {
      expect(GLOBAL_NAMES.has(n)).toBe(true);
    }
  });
});

describe('generatedNames', () => {
  it('makes the per-operation and service names', () => {
    expect(generated.operation('GetThing')).toEqual({ event: 'GetThingEvent', succeeded: 'GetThingSucceeded', failed: 'GetThingFailed' });
    expect([generated.eventCodec, generated.eventStrict, generated.service, generated.table, generated.isSucceeded, generated.isFailed]).toEqual([
      'ThingsEvent',
      'ThingsEventStrict',
      'thingsService',
      'thingsTable',
      'isSucceededThingsCall',
      'isFailedThingsCall',
    ]);
    expect(generated.all.has('PutThingFailedJson')).toBe(true);
    expect(generated.all.has('ThingsUnknownOperationJson')).toBe(true);
  });

  it('throws when two of its names meet', () => {
    // An operation `Things` makes `ThingsEvent`, the service codec's name.
    expect(() => generatedNames(['Things'], { eventCodec: 'ThingsEvent', callName: 'Things', prefix: 'things' })).toThrow(/ThingsEvent is made twice/);
    expect(() => generatedNames([], { eventCodec: 'Promise', callName: 'P', prefix: 'p' })).toThrow(/Promise is a JavaScript\/TypeScript global/);
    expect(() => generatedNames([], { eventCodec: 'X', callName: '', prefix: 'x' })).toThrow(/SucceededCall is a name events.ts imports from the kit/);
  });
});
