// Acceptance for the generated services: every real record of each service
// decodes with its service codec and round-trips to the same JSON text; the
// records whose payloads depart from the model are exactly the known ones,
// and they still decode (leniently) with their departures as issues.
import { describe, expect, it } from 'vitest';
import { formatErrors } from '../../src/index.js';
import type { ServiceDescriptor } from '../../src/service-kit/index.js';
import { iamService } from '../../src/services/iam/index.js';
import { kmsService } from '../../src/services/kms/index.js';
import { stsService } from '../../src/services/sts/index.js';
import { corpusRecords } from '../support/corpus.js';

// Seen through what every service has: the union of their types is too large to narrow here.
const services = [stsService, iamService, kmsService] as unknown as ReadonlyArray<ServiceDescriptor<object>>;
const records = corpusRecords();

// Hand-made detection-rule fixtures whose payloads break the model; see the
// wire findings in scripts/codegen/wire/iam.ts.
const knownDepartures: Record<string, readonly string[]> = {
  'panther-analysis.json#43': ['requestParameters.assumeRolePolicyDocument'],
  'panther-analysis.json#73': ['responseElements.accessKey.userName', 'responseElements.accessKey.createDate'],
};

describe.each(services)('$name records of the corpus', (service) => {
  const mine = records.filter((r) => r.record['eventSource'] === service.eventSource);

  it('are there to test', () => {
    expect(mine.length).toBeGreaterThanOrEqual(8);
  });

  it('decode and round-trip to the same JSON text', () => {
    const problems: string[] = [];
    for (const { file, index, record } of mine) {
      const r = service.codec.decode(record);
      if (r._tag === 'Left') {
        problems.push(`${file}#${index}: ${formatErrors(r.left).join('; ')}`);
        continue;
      }
      if (JSON.stringify(service.codec.encode(r.right)) !== JSON.stringify(record)) problems.push(`${file}#${index}: JSON text differs`);
    }
    expect(problems).toEqual([]);
  });

  it('depart from the model only where known, with the paths of the departures', () => {
    const departed: Record<string, string[]> = {};
    for (const { file, index, record } of mine) {
      const r = service.codec.decode(record);
      if (r._tag === 'Right' && service.isDeparted(r.right)) {
        departed[`${file}#${index}`] = service.departuresOf(r.right).map((i) => i.path);
        expect(service.isSucceeded(r.right)).toBe(false);
        expect(service.strict.decode(record)._tag).toBe('Left');
      }
    }
    const expected = Object.fromEntries(
      Object.entries(knownDepartures).filter(([at]) => mine.some((m) => `${m.file}#${m.index}` === at)),
    );
    expect(Object.keys(departed).sort()).toEqual(Object.keys(expected).sort());
    for (const [at, paths] of Object.entries(expected)) {
      for (const path of paths) expect(departed[at]?.some((p) => p.startsWith(path)), `${at}: ${path}`).toBe(true);
    }
  });

  it('other successful calls are typed: a known operation decodes to its succeeded or failed variant', () => {
    let typed = 0;
    for (const { record } of mine) {
      const r = service.codec.decode(record);
      if (r._tag !== 'Right') continue;
      const known = service.operationOf(String(record['eventName'])) !== undefined;
      if (known && !service.isDeparted(r.right)) {
        expect(service.isSucceeded(r.right) !== service.isFailed(r.right)).toBe(true);
        typed++;
      }
    }
    expect(typed).toBeGreaterThanOrEqual(mine.length - 4);
  });
});
