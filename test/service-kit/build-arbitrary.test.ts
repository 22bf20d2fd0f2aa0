// serviceEventArbitrary: records of any service drawn from its table, each
// a succeeded or failed call its codec decodes; options narrow the draw and
// are checked when the arbitrary is made.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serviceEventArbitrary } from '../../src/arbitraries/service.js';
import { defineService } from '../../src/service-kit/serviceEvent.js';
import { stsService } from '../../src/services/sts/generated/events.js';
import { fuzzRuns } from '../support/fuzz.js';
import { widgetsTable } from './build-fixture.js';

const widgets = defineService(widgetsTable);
const RUNS = fuzzRuns(100);

function variantOf(service: { codec: { decode(u: unknown): { _tag: string; right?: unknown } }; isSucceeded(e: never): boolean; isFailed(e: never): boolean }, e: unknown): string {
  const r = service.codec.decode(e);
  if (r._tag === 'Left') return 'undecodable';
  return service.isSucceeded(r.right as never) ? 'succeeded' : service.isFailed(r.right as never) ? 'failed' : 'other';
}

describe('serviceEventArbitrary', () => {
  it('draws every operation and alias, succeeded and failed, each decoding to its variant', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(serviceEventArbitrary(widgets), (e) => {
        const variant = variantOf(widgets, e);
        seen.add(`${e.eventName} ${variant}`);
        return variant === 'succeeded' || variant === 'failed';
      }),
      { numRuns: Math.max(RUNS, 200), seed: 7 },
    );
    for (const name of [...Object.keys(widgetsTable.operations), 'CreateWidget20260101']) expect([...seen].some((s) => s.startsWith(`${name} `)), name).toBe(true);
    expect([...seen].some((s) => s.endsWith(' failed'))).toBe(true);
    expect([...seen].some((s) => s.endsWith(' succeeded'))).toBe(true);
  });

  it('keeps to the operations, outcome and callers asked for', () => {
    const failed = fc.sample(serviceEventArbitrary(widgets, { operations: ['Ping', 'Evaluate'], fail: true, identity: ['root'] }), { numRuns: RUNS, seed: 1 });
    for (const e of failed) {
      expect(['Ping', 'Evaluate']).toContain(e.eventName);
      expect(typeof e.errorCode).toBe('string');
      expect(e.userIdentity.type).toBe('Root');
    }
    for (const e of fc.sample(serviceEventArbitrary(widgets, { fail: false }), { numRuns: RUNS, seed: 2 })) expect(e.errorCode).toBeUndefined();
  });

  it('draws records of a generated service, typed by operation', () => {
    fc.assert(
      fc.property(serviceEventArbitrary(stsService, { operations: ['AssumeRole', 'GetCallerIdentity'] }), (e) => {
        expect(['AssumeRole', 'GetCallerIdentity']).toContain(e.eventName);
        return ['succeeded', 'failed'].includes(variantOf(stsService as never, e));
      }),
      { numRuns: Math.min(RUNS, 50) },
    );
  });

  it('refuses bad options when it is made, naming them', () => {
    expect(() => serviceEventArbitrary(widgets, { operations: [] })).toThrow('serviceEventArbitrary: operations is an empty list');
    expect(() => serviceEventArbitrary(widgets, { operations: ['Explode'] })).toThrow('operations holds "Explode", which is not one of');
    expect(() => serviceEventArbitrary(widgets, { identity: ['robot' as never] })).toThrow('identity holds "robot", which is not one of');
    expect(() => serviceEventArbitrary(widgets, { operations: 'Ping' as never })).toThrow('operations is not a list');
  });

  it('gives the same records for the same fast-check seed', () => {
    const draw = (): string => JSON.stringify(fc.sample(serviceEventArbitrary(widgets), { numRuns: 10, seed: 42 }));
    expect(draw()).toBe(draw());
  });
});
