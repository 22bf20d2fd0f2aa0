// asWireType: the library's own codecs pass through; any other io-ts codec is
// adapted so that parents can call `parse` on it without asking what it is.
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { DateFromIsoTimestamp, INVALID, StringValue, formatErrors } from '../../src/index.js';
import { asWireType } from '../../src/core/WireType.js';

describe('asWireType', () => {
  it('gives back a codec of the library itself', () => {
    expect(asWireType(StringValue)).toBe(StringValue);
    expect(asWireType(DateFromIsoTimestamp)).toBe(DateFromIsoTimestamp);
  });

  it('adapts a foreign codec: parse, explain with paths, encode and is', () => {
    const Point = t.type({ x: t.number, at: t.string });
    const P = asWireType(Point);
    expect(P.parse({ x: 1, at: 'a' })).toEqual({ x: 1, at: 'a' });
    expect(P.parse({ x: '1', at: 'a' })).toBe(INVALID);
    const r = P.decode({ x: '1', at: 2 });
    expect(r._tag).toBe('Left');
    if (r._tag === 'Left') expect(formatErrors(r.left).map((l) => l.split(':')[0])).toEqual(['x', 'at']);
    expect(P.encode({ x: 1, at: 'a' })).toEqual({ x: 1, at: 'a' });
    expect(P.is({ x: 1, at: 'a' })).toBe(true);
    expect(P.is({ x: 1 })).toBe(false);
    expect(P.name).toBe(Point.name);
  });
});
