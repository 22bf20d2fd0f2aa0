// Mixed applications load the ESM and the CommonJS build of the package in
// one process. A record decoded by one copy and encoded by the other must
// still come back exactly as it was read. `npm test` builds dist/ before
// vitest runs, so both builds are here.
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { clone, corpusRecords } from '../support/corpus.js';

type Lib = typeof import('../../src/index.js');

const require = createRequire(import.meta.url);
const esm = (await import('../../dist/index.js' as string)) as Lib;
const esmKit = (await import('../../dist/service-kit.js' as string)) as unknown;
const cjs = require('../../dist/index.cjs') as Lib;
// The service date forms live in the service kit's entry.
type Kit = typeof import('../../src/service-kit/index.js');
const kitOf = (lib: Lib): Kit => (lib === esm ? (esmKit as Kit) : (require('../../dist/service-kit.cjs') as Kit));

const pairs: Array<[string, Lib, Lib]> = [
  ['ESM decodes, CommonJS encodes', esm, cjs],
  ['CommonJS decodes, ESM encodes', cjs, esm],
];

function decoded<A>(lib: Lib, codec: (l: Lib) => { decode(u: unknown): { _tag: string; right?: A } }, u: unknown): A {
  const r = codec(lib).decode(u);
  if (r._tag !== 'Right') throw new Error(`did not decode: ${JSON.stringify(u)}`);
  return r.right as A;
}

describe('two copies of the package in one process', () => {
  it('are really two copies', () => {
    expect(esm.DateFromIsoTimestamp).not.toBe(cjs.DateFromIsoTimestamp);
  });

  for (const [name, from, to] of pairs) {
    describe(name, () => {
      it('gives back the exact timestamp text', () => {
        for (const text of ['20131102T010628Z', '2019-10-18T15:00:49.123456Z', '2019-10-18T15:00:49.100Z']) {
          const d = decoded<Date>(from, (l) => l.DateFromIsoTimestamp, text);
          expect(to.DateFromIsoTimestamp.encode(d)).toBe(text);
          expect(to.wireValueOf(d)).toBe(text);
        }
        for (const text of ['Nov 5, 2023, 4:29:11\u202fAM', 'Oct 18, 2019 3:00:49 PM']) {
          const d = kitOf(from).DateFromJavaDateText.decode(text);
          if (d._tag !== 'Right') throw new Error(`did not decode: ${text}`);
          expect(kitOf(to).DateFromJavaDateText.encode(d.right)).toBe(text);
        }
        const seconds = decoded<Date>(from, (l) => l.DateFromEpochSeconds, 1424476529.0001234);
        expect(to.DateFromEpochSeconds.encode(seconds)).toBe(1424476529.0001234);
      });

      it('gives back a non-canonical spelling kept by a struct', () => {
        const wire = { creationDate: '20131102T010628Z', mfaAuthenticated: 'False' };
        const d = decoded<unknown>(from, (l) => l.SessionAttributes, wire);
        expect(to.SessionAttributes.encode(d as never)).toEqual(wire);
      });

      it('round-trips every corpus record', () => {
        for (const { file, index, record } of corpusRecords()) {
          const r = from.CloudTrailRecord.decode(clone(record));
          if (r._tag !== 'Right') throw new Error(`${file}[${index}] did not decode`);
          expect(isDeepStrictEqual(to.CloudTrailRecord.encode(r.right), record), `${file}[${index}]`).toBe(true);
        }
      });
    });
  }

  it('keeps the note invisible: no own symbols, nothing in JSON, equal to a plain Date', () => {
    const d = decoded<Date>(esm, (l) => l.DateFromIsoTimestamp, '20131102T010628Z');
    expect(Object.getOwnPropertySymbols(d)).toEqual([]);
    expect(Object.getOwnPropertyNames(d)).toEqual([]);
    expect(JSON.stringify({ d })).toBe('{"d":"2013-11-02T01:06:28.000Z"}');
    expect(isDeepStrictEqual(d, new Date('2013-11-02T01:06:28Z'))).toBe(true);
  });
});
