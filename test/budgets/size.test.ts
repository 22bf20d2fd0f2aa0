// Bundle budgets: what importing each entry costs a consumer, peers excluded.
// The budgets live with the entries, in scripts/entries.ts (service entries
// take theirs from their config in scripts/codegen/wire/).
import { describe, expect, it } from 'vitest';
import { bundleSize } from '../../scripts/budgets.js';
import { kitServices } from '../../scripts/codegen/services.js';
import { entryOf, packageEntries } from '../../scripts/entries.js';

describe('bundle budgets', () => {
  it('gives the root and every service entry a budget', () => {
    expect(packageEntries.filter((e) => e.budget !== undefined).map((e) => e.subpath).sort()).toEqual(
      ['.', './containers', './actor', './services', './object-keys', './cloudwatch-logs', './integrity', ...kitServices.map((s) => `./${s.name}`)].sort(),
    );
  });

  it('keeps the root entry within its budget, with no container, actor, service, builder or streaming code', async () => {
    const size = await bundleSize('.');
    expect(size.gzipped).toBeLessThanOrEqual(entryOf('.').budget as number);
    expect(size.inputs.filter((i) => /src\/(containers|actor|services|service-kit|builders|arbitraries|stream)\/|LogStreamDecoder/.test(i))).toEqual([]);
    expect(size.inputs.some((i) => i.includes('src/record/'))).toBe(true);
    expect(size.inputs.some((i) => i.includes('date-fns'))).toBe(false);
  });

  for (const service of kitServices) {
    it(`keeps cloudtrail-codecs/${service.name} within its budget, with no builder code and no other service`, async () => {
      const size = await bundleSize(`./${service.name}`);
      expect(size.gzipped).toBeLessThanOrEqual(service.budget);
      expect(size.inputs.filter((i) => /src\/(builders|arbitraries)\//.test(i))).toEqual([]);
      const others = kitServices.filter((s) => s.name !== service.name).map((s) => `src/services/${s.name}/`);
      expect(size.inputs.filter((i) => others.some((o) => i.includes(o)))).toEqual([]);
    });
  }

  it('keeps cloudtrail-codecs/services within its budget: every service, no builder code', async () => {
    const size = await bundleSize('./services');
    expect(size.gzipped).toBeLessThanOrEqual(entryOf('./services').budget as number);
    for (const s of kitServices) expect(size.inputs.some((i) => i.includes(`src/services/${s.name}/`)), s.name).toBe(true);
    expect(size.inputs.filter((i) => /src\/(builders|arbitraries)\//.test(i))).toEqual([]);
  });

  // The containers, actor, ingestion and integrity entries carry no service,
  // and the two that decode no record (keys, integrity) carry no record codec
  // either.
  for (const [entry, noRecords] of [['./object-keys', true], ['./integrity', true], ['./cloudwatch-logs', false], ['./containers', false], ['./actor', false]] as const) {
    it(`keeps cloudtrail-codecs${entry.slice(1)} within its budget, with no service or builder code`, async () => {
      const size = await bundleSize(entry);
      expect(size.gzipped).toBeLessThanOrEqual(entryOf(entry).budget as number);
      expect(size.inputs.filter((i) => /src\/(services|service-kit|builders|arbitraries)\//.test(i))).toEqual([]);
      if (noRecords) expect(size.inputs.filter((i) => /src\/(record|identity)\//.test(i))).toEqual([]);
    });
  }

  it('measures what it claims: the builders entry does pull in App Mesh', async () => {
    const size = await bundleSize('./builders');
    expect(size.inputs.some((i) => i.includes('src/services/appmesh/'))).toBe(true);
    expect(size.gzipped).toBeGreaterThan(0);
  });
});
