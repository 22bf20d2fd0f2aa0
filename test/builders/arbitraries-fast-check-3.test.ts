// The arbitraries on fast-check 3: the entry imports 'fast-check', which is
// mocked here with fast-check@3 (the `fast-check-3` alias), so every exported
// arbitrary is built and sampled by version 3 and its values still decode.
import { fuzzRuns } from '../support/fuzz.js';
import { describe, expect, it, vi } from 'vitest';

vi.mock('fast-check', async () => await import('fast-check-3'));

const fc = (await import('fast-check')).default;
const arbitraries = await import('../../src/arbitraries/index.js');
const { AppMeshEvent } = await import('../../src/services/appmesh/index.js');
const { stsService } = await import('../../src/services/sts/generated/events.js');
const { CloudTrailRecord, UserIdentity, formatErrors } = await import('../../src/index.js');

const RUNS = fuzzRuns(100);

function decodes(codec: { decode(u: unknown): { _tag: string; left?: unknown } }, value: unknown): void {
  const r = codec.decode(value);
  if (r._tag === 'Left') throw new Error(formatErrors(r.left as never).join('\n'));
}

describe('the arbitraries on fast-check 3', () => {
  it('the mock is in place: fast-check 3 is what the entry uses', () => {
    expect(fc.__version.startsWith('3.')).toBe(true);
    // An arbitrary of the entry is an instance of fast-check 3's Arbitrary class.
    expect(arbitraries.seedArbitrary).toBeInstanceOf(fc.Arbitrary);
  });

  it('every exported arbitrary samples and its values decode', () => {
    const cases: Array<[string, unknown, (v: unknown) => void]> = [
      ['seedArbitrary', arbitraries.seedArbitrary, (v) => expect(Number.isInteger(v)).toBe(true)],
      ['identityArbitrary', arbitraries.identityArbitrary(), (v) => decodes(UserIdentity, v)],
      ['identityArbitrary (edge kinds)', arbitraries.identityArbitrary(arbitraries.edgeIdentityKinds), (v) => decodes(UserIdentity, v)],
      ['recordArbitrary', arbitraries.recordArbitrary(), (v) => decodes(CloudTrailRecord, v)],
      ['recordArbitrary (options)', arbitraries.recordArbitrary({ eventSource: 's3.amazonaws.com', failed: true, eventType: ['none'] }), (v) => decodes(CloudTrailRecord, v)],
      ['insightRecordArbitrary', arbitraries.insightRecordArbitrary(), (v) => decodes(CloudTrailRecord, v)],
      ['aggregatedRecordArbitrary', arbitraries.aggregatedRecordArbitrary(), (v) => decodes(CloudTrailRecord, v)],
      ['cloudTrailRecordArbitrary', arbitraries.cloudTrailRecordArbitrary(), (v) => decodes(CloudTrailRecord, v)],
      ['appMeshEventArbitrary', arbitraries.appMeshEventArbitrary(), (v) => decodes(AppMeshEvent, v)],
      ['serviceEventArbitrary', arbitraries.serviceEventArbitrary(stsService), (v) => decodes(stsService.strict, v)],
    ];
    const exported = Object.entries(arbitraries)
      .filter(([name, v]) => name.endsWith('Arbitrary') && (typeof v === 'function' || v instanceof fc.Arbitrary))
      .map(([name]) => name)
      .sort();
    // Every exported arbitrary is in the list above.
    expect(exported).toEqual([...new Set(cases.map(([name]) => name.split(' ')[0] as string))].sort());
    for (const [name, arb, check] of cases) {
      const values = fc.sample(arb as never, { numRuns: RUNS, seed: 3 });
      expect(values, name).toHaveLength(RUNS);
      for (const v of values) check(v);
    }
  });

  it('fc.assert and shrinking work with them', () => {
    fc.assert(fc.property(arbitraries.recordArbitrary(), (r) => CloudTrailRecord.decode(r)._tag === 'Right'), { numRuns: RUNS });
    const failure = fc.check(fc.property(arbitraries.recordArbitrary(), (r) => r.errorCode === undefined), { numRuns: 200, seed: 5 });
    expect(failure.failed).toBe(true);
  });
});
