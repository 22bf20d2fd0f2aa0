// Bundle budgets: what importing each entry costs a consumer, peers excluded.
// The budgets live with the entries, in scripts/entries.ts.
import { describe, expect, it } from 'vitest';
import { bundleSize } from '../../scripts/budgets.js';
import { entryOf, packageEntries } from '../../scripts/entries.js';

describe('bundle budgets', () => {
  it('gives the root and App Mesh entries a budget', () => {
    expect(packageEntries.filter((e) => e.budget !== undefined).map((e) => e.subpath)).toEqual(['.', './appmesh']);
  });

  it('keeps the root entry within its budget, with no App Mesh, builder or streaming code', async () => {
    const size = await bundleSize('.');
    expect(size.gzipped).toBeLessThanOrEqual(entryOf('.').budget as number);
    expect(size.inputs.filter((i) => /src\/(appmesh|builders|arbitraries|stream)\/|LogStreamDecoder/.test(i))).toEqual([]);
    expect(size.inputs.some((i) => i.includes('date-fns'))).toBe(false);
  });

  it('keeps cloudtrail-codecs/appmesh within its budget, with no builder code', async () => {
    const size = await bundleSize('./appmesh');
    expect(size.gzipped).toBeLessThanOrEqual(entryOf('./appmesh').budget as number);
    expect(size.inputs.filter((i) => /src\/(builders|arbitraries)\//.test(i))).toEqual([]);
  });

  it('measures what it claims: the builders entry does pull in App Mesh', async () => {
    const size = await bundleSize('./builders');
    expect(size.inputs.some((i) => i.includes('src/appmesh/'))).toBe(true);
    expect(size.gzipped).toBeGreaterThan(0);
  });
});
