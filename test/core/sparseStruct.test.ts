// Sparse structs (sparseStruct) read a value's own keys instead of
// every declared member; the service kit builds its shapes that way. They
// must decode exactly what the member-by-member parse decodes, and so must
// exactlyOne's walk over a plain object's keys.
import fc from 'fast-check';
import * as t from 'io-ts';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BooleanFromString, DateFromIsoTimestamp, INVALID, NumberValue, StringValue, struct, type WireType } from '../../src/index.js';
import { exactlyOne, leaf, sparseStruct } from '../../src/service-kit/index.js';
import { ec2Service } from '../../src/services/ec2/index.js';
import { corpusRecords } from '../support/corpus.js';

/** The member-by-member parse of the struct class, whatever the instance uses. */
function declaredParse(codec: WireType<unknown, unknown>, u: unknown): unknown {
  return (codec as unknown as { parseDeclared(u: unknown): unknown }).parseDeclared(u);
}

const Inner = struct('Inner', { at: DateFromIsoTimestamp }, { note: StringValue });
const required = { id: StringValue, inner: Inner };
const optional = { constructor: StringValue, flag: BooleanFromString, count: NumberValue, tags: StringValue, toString: StringValue };
const Sparse = sparseStruct('Sparse', required, optional);

/** Both parses agree: both fail, or both give equal values (and the same object when nothing changed). */
function expectSame(u: unknown): void {
  const sparse = Sparse.parse(u);
  const declared = declaredParse(Sparse as unknown as WireType<unknown, unknown>, u);
  expect(sparse === INVALID).toBe(declared === INVALID);
  if (sparse === INVALID) return;
  expect(isDeepStrictEqual(sparse, declared)).toBe(true);
  expect(sparse === u).toBe(declared === u);
  if (sparse !== u) expect(Object.keys(sparse as object)).toEqual(Object.keys(declared as object));
  // The encoded form is the input again, spellings included.
  expect(Sparse.encode(sparse as never)).toEqual(u);
}

describe('sparse structs', () => {
  it('use their own loop, not a compiled parser, unless they declare __proto__', () => {
    expect(Object.prototype.hasOwnProperty.call(Sparse, 'parse')).toBe(true);
    expect((Sparse as unknown as { parse: { name: string } }).parse.name).toBe('parsePresent');
    const declaresProto = Object.defineProperty({}, '__proto__', { value: StringValue, enumerable: true }) as { p: typeof StringValue };
    const Proto = sparseStruct('Proto', declaresProto, {});
    expect((Proto as unknown as { parse: { name: string } }).parse.name).not.toBe('parsePresent');
    expect(Proto.parse(JSON.parse('{"__proto__":"x"}'))).not.toBe(INVALID);
    expect(Proto.parse(JSON.parse('{"__proto__":1}'))).toBe(INVALID);
  });

  it('agree with the member-by-member parse on chosen values', () => {
    const at = '2026-01-02T03:04:05Z';
    const cases: unknown[] = [
      { id: 'a', inner: { at } },
      { inner: { at }, id: 'a', extra: { deep: [1] }, note: 'kept' },
      { id: 'a', inner: { at }, flag: 'true', count: 3 },
      { id: 'a', inner: { at }, flag: 'TRUE' },
      { id: 'a', inner: { at: '2026-01-02T03:04:05.000Z' } },
      { id: 'a', inner: { at }, count: 'three' },
      { id: 'a', inner: { at }, constructor: 'own', toString: 'own too' },
      { id: 'a', inner: { at }, constructor: 1 },
      { id: 'a' },
      { id: undefined, inner: { at } },
      { id: 'a', inner: undefined },
      { id: 'a', inner: { at }, count: undefined },
      { inner: { at } },
      JSON.parse(`{"id":"a","inner":{"at":"${at}"},"__proto__":{"id":1}}`),
      Object.assign(Object.create(null) as object, { id: 'a', inner: { at } }),
      Object.assign(Object.create({ id: 'inherited' }) as object, { inner: { at } }),
      Object.assign(Object.create({ count: 'inherited' }) as object, { id: 'a', inner: { at } }),
      Object.defineProperty({ inner: { at } }, 'id', { value: 'hidden', enumerable: false }),
      [],
      null,
      'text',
    ];
    for (const u of cases) expectSame(u);
    expect(({} as Record<string, unknown>)['id']).toBeUndefined();
  });

  it('agree with it on any object made of declared, unknown and odd keys', () => {
    const key = fc.constantFrom('id', 'inner', 'constructor', 'flag', 'count', 'tags', 'toString', 'other', 'hasOwnProperty', '__proto__');
    const value = fc.oneof(
      fc.string({ maxLength: 4 }),
      fc.constantFrom('true', 'false', 'True', '2026-01-02T03:04:05Z', undefined, null),
      fc.integer(),
      fc.record({ at: fc.constantFrom('2026-01-02T03:04:05Z', '2026-01-02T03:04:05.000Z', 'never') }, { requiredKeys: [] }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 8 }), (pairs) => {
        // Through JSON text where it can, so that "__proto__" is a key as JSON makes it.
        const o: Record<string, unknown> = {};
        for (const [k, v] of pairs) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
        const u = pairs.some(([, v]) => v === undefined) ? o : (JSON.parse(JSON.stringify(o)) as unknown);
        const sparse = Sparse.parse(u);
        const declared = declaredParse(Sparse as unknown as WireType<unknown, unknown>, u);
        expect(sparse === INVALID).toBe(declared === INVALID);
        if (sparse !== INVALID) expect(isDeepStrictEqual(sparse, declared)).toBe(true);
      }),
      { seed: 2026, numRuns: 500 },
    );
  });

  it('let a getter that throws throw, as the member-by-member parse does', () => {
    const hostile = { id: 'a', get inner(): unknown { throw new Error('boom'); } };
    expect(() => Sparse.parse(hostile)).toThrow('boom');
    expect(() => declaredParse(Sparse as unknown as WireType<unknown, unknown>, hostile)).toThrow('boom');
  });

  it('compile a parser of their own once hot (2,000 values), which decodes the same', () => {
    const Hot = sparseStruct('Hot', required, optional);
    const name = (): string => (Hot as unknown as { parse: { name: string } }).parse.name;
    const at = '2026-01-02T03:04:05Z';
    const values: unknown[] = [{ id: 'a', inner: { at } }, { id: 'a', inner: { at }, flag: 'True' }, { id: 1, inner: { at } }, { inner: { at } }];
    const before = values.map((v) => Hot.parse(v));
    for (let i = 0; i < 1995; i++) Hot.parse(values[i % 2]);
    expect(name()).toBe('parsePresent');
    Hot.parse(values[0]);
    expect(name()).toBe('parse');
    const after = values.map((v) => Hot.parse(v));
    expect(after.map((r) => r === INVALID)).toEqual([false, false, true, true]);
    for (let i = 0; i < values.length; i++) expect(isDeepStrictEqual(after[i], before[i])).toBe(true);
    expect(Hot.encode(after[1] as never)).toEqual(values[1]);
  });

  it('decode when frozen (they stay sparse)', () => {
    const Frozen = Object.freeze(sparseStruct('FrozenSparse', required, optional));
    const at = '2026-01-02T03:04:05Z';
    for (let i = 0; i < 3; i++) {
      expect(Frozen.decode({ id: 'a', inner: { at } })._tag).toBe('Right');
      expect(Frozen.decode({ id: 1, inner: { at } })._tag).toBe('Left');
    }
    // Hardened (its own parts frozen too, as SES's harden does; the member
    // codecs are shared with other tests, so they are left alone): it must
    // still decode.
    const deepFreeze = (o: object, seen = new Set<object>()): void => {
      if (seen.has(o)) return;
      seen.add(o);
      Object.freeze(o);
      for (const k of Reflect.ownKeys(o)) {
        const v = (o as Record<PropertyKey, unknown>)[k];
        if (v instanceof t.Type) continue;
        if ((typeof v === 'object' && v !== null) || typeof v === 'function') deepFreeze(v as object, seen);
      }
    };
    const Hardened = sparseStruct('HardenedSparse', required, optional);
    deepFreeze(Hardened);
    for (let i = 0; i < 3; i++) {
      expect(Hardened.decode({ id: 'a', inner: { at } })._tag).toBe('Right');
      expect(Hardened.decode({ id: 1, inner: { at } })._tag).toBe('Left');
    }
  });

  it('read a required member for…in does not list once, however deep such values nest', () => {
    let reads = 0;
    const Counted = leaf<string>({ name: 'counted', parse: (u) => (reads++, typeof u === 'string' ? u : INVALID) });
    let level: WireType<unknown, unknown> = sparseStruct('Level0', { id: Counted }, {}) as never;
    for (let i = 1; i <= 24; i++) level = sparseStruct(`Level${i}`, { id: Counted, next: level }, {}) as never;
    // Every level's required id is not enumerable: the loop cannot meet it.
    const hidden = (o: object): object => Object.defineProperty(o, 'id', { value: 'x', enumerable: false });
    let value: object = hidden({});
    for (let i = 1; i <= 24; i++) value = hidden({ next: value });
    expect(level.parse(value)).toBe(value);
    expect(reads).toBe(25);
    expect(declaredParse(level, value)).toBe(value);
    // An absent required member fails without parsing the others again.
    reads = 0;
    expect(level.parse({ next: hidden({}) })).toBe(INVALID);
  });

  it('keep their loose form sparse, as explaining a departed payload reads it', () => {
    const loose = Sparse.loose() as unknown as { parse: { name: string } };
    expect(loose.parse.name).toBe('parsePresent');
  });

  it('decode every EC2 corpus record as the service kit builds its shapes, and give it back', () => {
    let n = 0;
    for (const { record } of corpusRecords()) {
      if (record['eventSource'] !== ec2Service.eventSource) continue;
      const r = ec2Service.codec.decode(record);
      expect(r._tag).toBe('Right');
      if (r._tag === 'Right') expect(ec2Service.codec.encode(r.right)).toEqual(record);
      n++;
    }
    expect(n).toBeGreaterThan(10);
  });
});

describe('exactlyOne over a plain object', () => {
  const Value = exactlyOne('Value', { S: StringValue, N: NumberValue, at: DateFromIsoTimestamp, constructor: StringValue });

  /** exactlyOne's member-by-member reading, for an object that is not plain. */
  const unplain = (o: object): object => Object.assign(Object.create({ inheritedOnly: true }) as object, o);

  it('finds the member as the member-by-member walk does', () => {
    const cases: object[] = [
      { S: 'x' },
      { N: 1 },
      { S: 'x', N: 1 },
      { S: null, N: 1 },
      { S: undefined, N: 1 },
      { at: '2026-01-02T03:04:05Z' },
      { constructor: 'own' },
      { unknownMember: 1 },
      { unknownMember: 1, other: 2 },
      {},
      { S: 1 },
    ];
    for (const o of cases) {
      const plain = Value.parse(o);
      const walked = Value.parse(unplain(o));
      expect(plain === INVALID).toBe(walked === INVALID);
      if (plain !== INVALID && walked !== INVALID) expect({ ...(plain as object) }).toEqual({ ...(walked as object) });
    }
  });

  it('reads a member behind a throwing getter as absent, on both walks', () => {
    const hostile = { S: 'x', get N(): number { throw new Error('boom'); } };
    expect(Value.parse(hostile)).toBe(hostile);
  });
});
