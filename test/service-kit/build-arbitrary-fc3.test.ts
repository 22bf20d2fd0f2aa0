// serviceEventArbitrary on fast-check 3: the module imports 'fast-check',
// mocked here with fast-check@3 (the `fast-check-3` alias).
import { describe, expect, it, vi } from 'vitest';
import { fuzzRuns } from '../support/fuzz.js';

vi.mock('fast-check', async () => await import('fast-check-3'));

const fc = (await import('fast-check')).default;
const { serviceEventArbitrary } = await import('../../src/arbitraries/service.js');
const { defineService } = await import('../../src/service-kit/serviceEvent.js');
const { widgetsTable } = await import('./build-fixture.js');

describe('serviceEventArbitrary on fast-check 3', () => {
  it('is built by version 3, and its records decode to succeeded or failed calls', () => {
    expect(fc.__version.startsWith('3.')).toBe(true);
    const widgets = defineService(widgetsTable);
    const arbitrary = serviceEventArbitrary(widgets);
    expect(arbitrary).toBeInstanceOf(fc.Arbitrary);
    for (const e of fc.sample(arbitrary, { numRuns: fuzzRuns(50), seed: 3 })) {
      const r = widgets.codec.decode(e);
      if (r._tag === 'Left') throw new Error(`${e.eventName} does not decode`);
      expect(widgets.isSucceeded(r.right) || widgets.isFailed(r.right)).toBe(true);
    }
  });
});
