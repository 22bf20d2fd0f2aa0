// The config entries that reach the table's profile: versioned event names
// and a typed additionalEventData, on the fixture model, with the dialect
// hook that rewrites a model before it is planned.
import { describe, expect, it } from 'vitest';
import type { Dialect, ServiceConfig } from '../../scripts/codegen/config.js';
import { generateKitService } from '../../scripts/codegen/kit.js';
import { planService } from '../../scripts/codegen/plan.js';
import { tableProblems } from '../../src/service-kit/index.js';
import { fixtureConfig, fixtureModel } from './fixture.js';

describe('versionedEventNames', () => {
  const config: ServiceConfig = { ...fixtureConfig, versionedEventNames: 'fixture: GetThing20150331 in a made-up record' };
  const out = generateKitService(fixtureModel(), config);
  const events = out.code[2]?.content ?? '';

  it('sets the profile flag and lists the departure', () => {
    expect(out.plan.table.profile.versioned).toBe(1);
    expect(out.plan.departures.some((d) => d.kind === 'versionedNames')).toBe(true);
    expect(tableProblems(out.plan.table)).toEqual([]);
  });

  it('types each operation with its versioned names', () => {
    expect(events).toContain("'DescribeThing' | `DescribeThing${number}` | `DescribeThing${number}v${number}`");
    expect(events).toContain("'GetThing' | 'GetThing20250101' | `GetThing${number}`");
  });

  it('changes nothing without the entry', () => {
    const plain = generateKitService(fixtureModel(), fixtureConfig);
    expect(plain.plan.table.profile.versioned).toBeUndefined();
    expect(plain.code[2]?.content).not.toContain('${number}');
  });
});

describe('additionalEventData', () => {
  it('must name a structure', () => {
    expect(() => planService(fixtureModel(), { ...fixtureConfig, additionalEventData: { shape: 'NoSuchShape', reason: 'x' } })).toThrow(/additionalEventData 'NoSuchShape'/);
    expect(() => planService(fixtureModel(), { ...fixtureConfig, additionalEventData: { shape: 'ThingKind', reason: 'x' } })).toThrow(/no structure/);
  });

  it('types successful calls, and the row is in the table', () => {
    const out = generateKitService(fixtureModel(), { ...fixtureConfig, additionalEventData: { shape: 'Thing', reason: 'fixture' } });
    expect(out.plan.table.profile.additionalEventData).toBe('Thing');
    expect(out.plan.table.shapes['Thing']).toBeDefined();
    expect(out.code[2]?.content).toMatch(/SucceededCall<[^>]*> \{[^}]*; additionalEventData\?: S\.Thing \| null \}/);
    expect(tableProblems(out.plan.table)).toEqual([]);
  });
});

describe('dialects', () => {
  it('rewrite the model before the plan reads it, without changing the model read', () => {
    let seen = 0;
    const upper: Dialect = {
      name: 'upper',
      summary: 'member names in capitals.',
      apply(ir) {
        seen++;
        const shapes = new Map([...ir.shapes].map(([id, s]) => [id, { ...s, members: s.members.map((m) => ({ ...m, wireName: m.wireName.toUpperCase() })) }]));
        return { ...ir, shapes };
      },
    };
    const out = generateKitService(fixtureModel(), { ...fixtureConfig, dialect: { ...upper, notes: [{ key: 'GetThingRequest.ThingId', effect: 'written `THINGID`', reason: 'fixture record [3]' }] } });
    expect(seen).toBe(1);
    expect(Object.keys((out.plan.table.shapes['GetThingRequest'] as { s: object }).s).sort()).toEqual(['SAMLASSERTION', 'THINGID']);
    expect(out.docs.content).toContain('follow the upper dialect: member names in capitals');
    // Its notes join the departures table, with their evidence.
    expect(out.docs.content).toContain('| `GetThingRequest.ThingId` | written `THINGID` | fixture record [3] |');
    expect(out.plan.departures.filter((d) => d.kind === 'dialect')).toHaveLength(1);
  });
});
