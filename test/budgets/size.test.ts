// Bundle budgets: what importing each entry costs a consumer, peers excluded.
import { describe, expect, it } from 'vitest';
import { bundleSize, sizeBudgets } from '../../scripts/budgets.js';

describe('bundle budgets', () => {
  it('keeps the root entry within its budget, with no App Mesh, builder or streaming code', async () => {
    const size = await bundleSize('.');
    expect(size.gzipped).toBeLessThanOrEqual(sizeBudgets['.'] as number);
    expect(size.inputs.filter((i) => /src\/(appmesh|builders|arbitraries|stream)\/|LogStreamDecoder/.test(i))).toEqual([]);
    expect(size.inputs.some((i) => i.includes('date-fns'))).toBe(false);
  });

  it('keeps cloudtrail-codecs/appmesh within its budget, with no builder code', async () => {
    const size = await bundleSize('./appmesh');
    expect(size.gzipped).toBeLessThanOrEqual(sizeBudgets['./appmesh'] as number);
    expect(size.inputs.filter((i) => /src\/(builders|arbitraries)\//.test(i))).toEqual([]);
  });

  it('measures what it claims: the builders entry does pull in App Mesh', async () => {
    const size = await bundleSize('./builders');
    expect(size.inputs.some((i) => i.includes('src/appmesh/'))).toBe(true);
    expect(size.gzipped).toBeGreaterThan(0);
  });
});
