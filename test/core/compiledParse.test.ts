// Structs parse through code compiled at run time, with the generic loop as
// the fallback where code generation is not allowed. Both must agree.
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ActivityRecord, INVALID, SessionContext, struct, StringValue, type WireType } from '../../src/index.js';
import { corpusRecords } from '../support/corpus.js';

/** The generic loop of the struct class (its private `parseDeclared`), bypassing the compiled parser. */
function loopParse(codec: WireType<unknown, unknown>, u: unknown): unknown {
  return (codec as unknown as { parseDeclared(u: unknown): unknown }).parseDeclared(u);
}

describe('compiled struct parsers', () => {
  it('are compiled when first used, then in use (the instance parser is not the class method)', () => {
    const Fresh = struct('Fresh', { a: StringValue });
    expect(Object.prototype.hasOwnProperty.call(Fresh, 'parse')).toBe(false);
    expect(Fresh.is({ a: 'x' })).toBe(true);
    expect(Fresh.encode({ a: 'x' })).toEqual({ a: 'x' });
    expect(Object.prototype.hasOwnProperty.call(Fresh, 'parse')).toBe(false);
    expect(Fresh.parse({ a: 'x' })).toEqual({ a: 'x' });
    expect(Fresh.parse).not.toBe((Object.getPrototypeOf(Fresh) as { parse: unknown }).parse);
    expect(Object.prototype.hasOwnProperty.call(Fresh, 'parse')).toBe(true);
    const Frozen = Object.freeze(struct('Frozen', { a: StringValue }));
    for (let i = 0; i < 2; i++) {
      expect(Frozen.parse({ a: 'x' })).toEqual({ a: 'x' });
      expect(Frozen.parse({ a: 1 })).toBe(INVALID);
    }
    expect(Object.prototype.hasOwnProperty.call(Frozen, 'parse')).toBe(false);
    ActivityRecord.decode({});
    expect(Object.prototype.hasOwnProperty.call(ActivityRecord, 'parse')).toBe(true);
  });

  it('are named struct:<name> in stacks and profiles, whatever the name holds', () => {
    const Odd = struct('Odd */\n//# sourceURL=evil\u2028', { a: StringValue });
    expect(Odd.parse({ a: 'x' })).toEqual({ a: 'x' });
    expect(Object.prototype.hasOwnProperty.call(Odd, 'parse')).toBe(true);
    const Thrower = struct('Thrower', { a: StringValue });
    const hostile = { get a(): string { throw new Error('boom'); } };
    let stack = '';
    try {
      Thrower.parse(hostile);
    } catch (e) {
      stack = String((e as Error).stack);
    }
    expect(stack).toContain('struct:Thrower');
  });

  it('agree with the generic loop on every corpus record and every sessionContext', () => {
    let compared = 0;
    for (const { record } of corpusRecords()) {
      if (record['eventType'] === 'AwsCloudTrailInsight' || record['eventType'] === 'AwsAggregatedEvent') continue;
      const a = ActivityRecord.parse(record);
      const b = loopParse(ActivityRecord as unknown as WireType<unknown, unknown>, record);
      expect(isDeepStrictEqual(a, b)).toBe(true);
      const context = (record['userIdentity'] as Record<string, unknown> | undefined)?.['sessionContext'];
      if (context !== undefined) expect(isDeepStrictEqual(SessionContext.parse(context), loopParse(SessionContext as never, context))).toBe(true);
      compared++;
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('agree on failures, including wrong leaves and missing required keys', () => {
    const Codec = struct('T', { a: StringValue }, { constructor: StringValue, b: StringValue });
    const cases: unknown[] = [
      { a: 'x' },
      { a: 1 },
      {},
      { a: 'x', b: 2 },
      { a: 'x', constructor: 'own' },
      JSON.parse('{"a":"x","__proto__":{"polluted":true}}'),
      [],
      null,
      'a',
    ];
    for (const u of cases) {
      const compiled = Codec.parse(u);
      const loop = loopParse(Codec as unknown as WireType<unknown, unknown>, u);
      expect(compiled === INVALID).toBe(loop === INVALID);
      if (compiled !== INVALID) expect(compiled).toBe(loop);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
