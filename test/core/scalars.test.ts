import fc from 'fast-check';
import { isLeft, isRight } from 'fp-ts/Either';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import {
  BooleanFromString,
  BooleanText,
  EncodeError,
  BooleanValue,
  NumberValue,
  StringValue,
  nullable,
  struct,
} from '../../src/index.js';
import { decoded, errorsOf } from '../support/codecs.js';

const RUNS = 500;

describe('StringValue, NumberValue and BooleanValue', () => {
  it('decode their own type as it is', () => {
    expect(decoded(StringValue, 'us-east-1')).toBe('us-east-1');
    expect(decoded(StringValue, '')).toBe('');
    expect(decoded(NumberValue, 9.82222e-5)).toBe(9.82222e-5);
    expect(decoded(NumberValue, -0)).toBe(-0);
    expect(decoded(BooleanValue, false)).toBe(false);
    expect(StringValue.encode('x')).toBe('x');
    expect(NumberValue.encode(5)).toBe(5);
    expect(BooleanValue.encode(true)).toBe(true);
  });

  it('reject other types with the expected type named', () => {
    expect(errorsOf(StringValue, 5)).toEqual(['(root): expected string, got 5']);
    expect(errorsOf(NumberValue, '5')).toEqual(['(root): expected number, got "5"']);
    expect(errorsOf(BooleanValue, 'true')).toEqual(['(root): expected boolean, got "true"']);
    expect(errorsOf(BooleanValue, null)).toEqual(['(root): expected boolean, got null']);
    expect(errorsOf(StringValue, undefined)).toEqual(['(root): expected string, but it is missing']);
  });

  it('mean the same as t.string, t.number and t.boolean for any value', () => {
    const pairs: Array<[t.Mixed, t.Mixed]> = [
      [StringValue, t.string],
      [NumberValue, t.number],
      [BooleanValue, t.boolean],
    ];
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.double(), fc.boolean(), fc.string()), (u) => {
        for (const [ours, theirs] of pairs) {
          expect(ours.is(u)).toBe(theirs.is(u));
          const r = ours.decode(u);
          expect(isRight(r)).toBe(isRight(theirs.decode(u)));
          if (isRight(r)) expect(r.right).toBe(u);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('BooleanFromString', () => {
  it('decodes "true" and "false" to booleans and encodes them back', () => {
    expect(decoded(BooleanFromString, 'true')).toBe(true);
    expect(decoded(BooleanFromString, 'false')).toBe(false);
    expect(BooleanFromString.encode(true)).toBe('true');
    expect(BooleanFromString.encode(false)).toBe('false');
  });

  it.each([
    ['False', false],
    ['FALSE', false],
    ['fAlSe', false],
    ['TRUE', true],
    ['True', true],
  ])('decodes the spelling %j', (text, value) => {
    expect(decoded(BooleanFromString, text)).toBe(value);
    // Alone it has nowhere to keep the spelling: it encodes canonically.
    expect(BooleanFromString.encode(value)).toBe(String(value));
  });

  it.each([
    [true, 'true'],
    [false, 'false'],
    ['yes', '"yes"'],
    ['', '""'],
    [' true', '" true"'],
    ['true ', '"true "'],
    ['truee', '"truee"'],
    ['falsey', '"falsey"'],
    ['1', '"1"'],
    [1, '1'],
    [0, '0'],
    [null, 'null'],
    [{}, 'an object'],
  ])('rejects %j', (value, shown) => {
    expect(errorsOf(BooleanFromString, value)).toEqual([`(root): expected "true" | "false", got ${shown}`]);
  });

  it('rejects every string that is not some spelling of true or false', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 8 }).filter((s) => !['true', 'false'].includes(s.toLowerCase())),
        (s) => {
          expect(isLeft(BooleanFromString.decode(s))).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('reports a JSON boolean with its path inside a struct', () => {
    const Attrs = struct('Attrs', { mfaAuthenticated: BooleanFromString });
    const Record = struct('Record', { userIdentity: struct('Id', { sessionContext: struct('Ctx', { attributes: Attrs }) }) });
    const input = { userIdentity: { sessionContext: { attributes: { mfaAuthenticated: true } } } };
    expect(errorsOf(Record, input)).toEqual([
      'userIdentity.sessionContext.attributes.mfaAuthenticated: expected "true" | "false", got true',
    ]);
  });

  it('guards decoded booleans, not the wire strings', () => {
    expect(BooleanFromString.is(true)).toBe(true);
    expect(BooleanFromString.is('true')).toBe(false);
  });

  describe('inside a struct', () => {
    const Attrs = struct('Attrs', { mfaAuthenticated: BooleanFromString }, { fromConsole: nullable(BooleanFromString) });

    it('encodes an unchanged value back with its original spelling', () => {
      const input = { creationDate: '2019-10-18T15:00:49Z', mfaAuthenticated: 'False', fromConsole: 'TRUE' };
      const d = decoded(Attrs, input);
      expect(d.mfaAuthenticated).toBe(false);
      expect(d.fromConsole).toBe(true);
      expect(Attrs.encode(d)).toEqual(input);
    });

    it('encodes a changed value canonically', () => {
      const d = decoded(Attrs, { mfaAuthenticated: 'False', fromConsole: 'TRUE' });
      d.mfaAuthenticated = true;
      d.fromConsole = false;
      expect(Attrs.encode(d)).toEqual({ mfaAuthenticated: 'true', fromConsole: 'false' });
      d.fromConsole = null;
      expect(Attrs.encode(d)).toEqual({ mfaAuthenticated: 'true', fromConsole: null });
    });

    it('round-trips every spelling exactly, and changed values canonically', () => {
      const spelling = fc
        .tuple(fc.boolean(), fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }))
        .map(([value, upper]) =>
          [...(value ? 'true' : 'false')].map((ch, i) => (upper[i] === true ? ch.toUpperCase() : ch)).join(''),
        );
      fc.assert(
        fc.property(spelling, fc.boolean(), (text, flip) => {
          const input = { mfaAuthenticated: text };
          const d = decoded(Attrs, input);
          expect(d.mfaAuthenticated).toBe(text.toLowerCase() === 'true');
          if (flip) d.mfaAuthenticated = !d.mfaAuthenticated;
          expect(Attrs.encode(d)).toEqual({ mfaAuthenticated: flip ? String(d.mfaAuthenticated) : text });
        }),
        { numRuns: RUNS },
      );
    });
  });
});

describe('BooleanText', () => {
  const Holder = struct('Holder', {}, { flag: BooleanText });

  it('decodes the documented text to booleans, in any capitalisation', () => {
    expect(decoded(BooleanText, 'true')).toBe(true);
    expect(decoded(BooleanText, 'false')).toBe(false);
    expect(decoded(BooleanText, 'False')).toBe(false);
  });

  it('keeps any other string as it is, and a struct writes every string back exactly', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom('', 'TRUE', 'False', 'yes', 'true ', '0')), (text) => {
        const value = decoded(Holder, { flag: text });
        const known = ['true', 'false'].includes(text.toLowerCase());
        expect(typeof value.flag).toBe(known ? 'boolean' : 'string');
        expect(Holder.encode(value)).toStrictEqual({ flag: text });
      }),
      { numRuns: RUNS },
    );
  });

  it('rejects what is not text, and says when it looks like a decoded value', () => {
    expect(errorsOf(BooleanText, false)).toEqual([
      '(root): expected "true" | "false", got false — a decoded value? Serialise decoded records with encode, not JSON.stringify',
    ]);
    for (const [value, shown] of [
      [null, 'null'],
      [1, '1'],
      [{}, 'an object'],
    ] as const) {
      expect(errorsOf(BooleanText, value)).toEqual([`(root): expected "true" | "false", got ${shown}`]);
    }
  });

  it('throws an EncodeError for a value that is neither a boolean nor text', () => {
    expect(() => BooleanText.encode(1 as never)).toThrow(EncodeError);
    expect(() => BooleanFromString.encode('yes' as never)).toThrow(EncodeError);
  });
});
