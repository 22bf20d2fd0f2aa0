import { describe, expect, it } from 'vitest';
import {
  Absent,
  NullValue,
  DateFromJavaDateText,
} from '../../src/service-kit/index.js';
import {
  BooleanFromString,
  BooleanText,
  BooleanValue,
  DateFromEpochSeconds,
  DateFromIsoTimestamp,
  EncodeError,
  INVALID,
  JsonObject,
  JsonValue,
  NumberValue,
  STRINGIFY_HINT,
  StringValue,
  WireType,
  dateFromText,
  literal,
  literalUnion,
  openEnum,
  openTag,
  struct,
  unrecognizedString,
} from '../../src/index.js';
import { DateFromApiTimestamp } from '../../src/containers/index.js';
import { DateFromEpochMillis } from '../../src/core/DateFromEpochMillis.js';
import { leaf } from '../../src/core/leaf.js';
import { openString } from '../../src/core/openString.js';
import { corpusRecords } from '../support/corpus.js';
import { decoded, errorsOf } from '../support/codecs.js';

const port = (u: unknown): number | typeof INVALID => (typeof u === 'string' && /^\d{1,5}$/.test(u) ? Number(u) : INVALID);

describe('leaf', () => {
  it('makes a WireType whose parse and encode are the given functions, with no wrapper', () => {
    const encode = (n: number): string => String(n);
    const Port = leaf<number, string>({ name: 'port as text', parse: port, is: (u) => Number.isInteger(u), encode });
    expect(Port).toBeInstanceOf(WireType);
    expect(Port.parse).toBe(port);
    expect(Port.encodeValue).toBe(encode);
    expect(Port.encodesAsIs).toBe(false);
    expect(decoded(Port, '443')).toBe(443);
    expect(Port.encode(8080)).toBe('8080');
    expect(Port.is(443)).toBe(true);
    expect(Port.is('443')).toBe(false);
  });

  it('without encode, writes values as they are and asks parse for `is`', () => {
    const Even = leaf<number>({ name: 'even number', parse: (u) => (typeof u === 'number' && u % 2 === 0 ? u : INVALID) });
    expect(Even.encodesAsIs).toBe(true);
    expect(Even.encode(4)).toBe(4);
    expect(Even.is(4)).toBe(true);
    expect(Even.is(3)).toBe(false);
    expect(Even.loose()).toBe(Even);
  });

  it('reports the one problem at the value path, with the message when one is given', () => {
    const Even = leaf<number>({ name: 'even number', parse: (u) => (typeof u === 'number' && u % 2 === 0 ? u : INVALID), message: (u) => (typeof u === 'number' ? 'odd' : undefined) });
    expect(errorsOf(Even, 'x')).toEqual(['(root): expected even number, got "x"']);
    expect(errorsOf(Even, 3)).toEqual(['(root): odd']);
    expect(errorsOf(struct('Pair', { left: Even }), { left: 5 })).toEqual(['left: odd']);
  });

  it('hands its inline check to compiled struct parsers', () => {
    // An inline check that disagrees with parse shows which one the struct ran.
    const Lenient = leaf<string>({ name: 'lenient', parse: () => INVALID, inline: 'false' });
    expect(Lenient.inlineInvalid()).toBe('false');
    expect(struct('S', { a: Lenient }).decode({ a: 'anything' })._tag).toBe('Right');
    expect(leaf<string>({ name: 'plain', parse: () => INVALID }).inlineInvalid()).toBeUndefined();
  });

  it('carries extra properties', () => {
    const codec = leaf({ name: 'x', parse: (u) => (u === 'x' ? 'x' : INVALID) }, { value: 'x' as const });
    expect(codec.value).toBe('x');
  });

  it('is where every leaf codec of the library comes from: one class, so call sites that meet several stay monomorphic', () => {
    const one = Object.getPrototypeOf(leaf({ name: 'probe', parse: () => INVALID }));
    const leaves = {
      StringValue,
      NumberValue,
      BooleanValue,
      literal: literal('AwsApiCall'),
      literalUnion: literalUnion(['true', true]),
      NullValue,
      Absent,
      BooleanFromString,
      BooleanText,
      DateFromIsoTimestamp,
      DateFromJavaDateText,
      DateFromEpochSeconds,
      DateFromEpochMillis,
      DateFromApiTimestamp,
      dateFromText: dateFromText('seconds', (s) => Number(s) * 1000, (d) => String(d.getTime() / 1000)),
      JsonObject,
      JsonValue,
      openEnum: openEnum('E', ['A']),
      openTag: openTag('T', ['A']),
      unrecognizedString: unrecognizedString('U'),
    };
    for (const [name, codec] of Object.entries(leaves)) expect(Object.getPrototypeOf(codec), name).toBe(one);
  });
});

describe('openString', () => {
  const Tier = openString('Tier', ['Standard', 'Advanced']);

  it('decodes any string to itself and keeps the known values as data', () => {
    expect(decoded(Tier, 'Standard')).toBe('Standard');
    expect(decoded(Tier, 'Intelligent-Tiering')).toBe('Intelligent-Tiering');
    expect(Tier.known).toEqual(['Standard', 'Advanced']);
    expect(Tier.isKnown('Advanced')).toBe(true);
    expect(Tier.isKnown('Intelligent-Tiering')).toBe(false);
    expect(Tier.encodesAsIs).toBe(true);
    expect(Tier.inlineInvalid()).toBe("typeof v !== 'string'");
  });

  it('rejects what is not a string', () => {
    expect(errorsOf(Tier, 3)).toEqual(['(root): expected Tier, got 3']);
    expect(errorsOf(Tier, null)).toEqual(['(root): expected Tier, got null']);
  });

  describe('with values for its known texts', () => {
    const OnOff = openString<'on' | 'off', boolean | string, string, boolean>('"on" | "off"', ['on', 'off'], {
      what: 'a boolean',
      is: (u) => typeof u === 'boolean',
      read: (s) => (s === 'on' ? true : s === 'off' ? false : INVALID),
      write: (b) => (b ? 'on' : 'off'),
    });

    it('decodes them to their values and any other text to itself, and writes both back', () => {
      expect(decoded(OnOff, 'on')).toBe(true);
      expect(decoded(OnOff, 'off')).toBe(false);
      expect(decoded(OnOff, 'dimmed')).toBe('dimmed');
      expect(OnOff.encode(true)).toBe('on');
      expect(OnOff.encode('dimmed')).toBe('dimmed');
      expect(OnOff.encodesAsIs).toBe(false);
      // Values change on decode, so a struct cannot check them inline.
      expect(OnOff.inlineInvalid()).toBeUndefined();
      expect(OnOff.is(false) && OnOff.is('dimmed')).toBe(true);
      expect(OnOff.is(0)).toBe(false);
    });

    it('names a decoded value handed back to decode as one', () => {
      expect(errorsOf(OnOff, true)).toEqual([`(root): expected "on" | "off", got true — ${STRINGIFY_HINT}`]);
      expect(errorsOf(OnOff, 1)).toEqual(['(root): expected "on" | "off", got 1']);
    });

    it('refuses to encode what is neither a value nor text', () => {
      expect(() => OnOff.encode(1 as unknown as boolean)).toThrow(EncodeError);
      expect(() => OnOff.encode(1 as unknown as boolean)).toThrow('expected a boolean or text to write as "on" | "off", got 1');
    });
  });

  it('serves the four open codecs of the library: openEnum, openTag, unrecognizedString and BooleanText', () => {
    const Known = openEnum('E', ['A', 'B']);
    expect(Known.known).toEqual(['A', 'B']);
    expect(openTag('T', ['A']).known).toEqual(['A']);
    expect(unrecognizedString('U').parse('anything')).toBe('anything');
    for (const codec of [Known, openTag('T', ['A']), unrecognizedString('U'), BooleanText]) {
      expect(typeof (codec as unknown as { isKnown: unknown }).isKnown).toBe('function');
    }
    expect(decoded(BooleanText, 'FALSE')).toBe(false);
    expect(decoded(BooleanText, '')).toBe('');
  });

  it('reads the MFA flags of the real corpus, and a struct holding one writes each back as it was', () => {
    let seen = 0;
    for (const { file, index, record } of corpusRecords()) {
      const attributes = (record['userIdentity'] as { sessionContext?: { attributes?: Record<string, unknown> } } | undefined)?.sessionContext?.attributes;
      const mfa = attributes?.['mfaAuthenticated'];
      if (typeof mfa !== 'string') continue;
      seen++;
      const flag = decoded(BooleanText, mfa);
      expect(flag, `${file}#${index}`).toBe(mfa.toLowerCase() === 'true' ? true : mfa.toLowerCase() === 'false' ? false : mfa);
      const Holder = struct('Holder', { mfa: BooleanText });
      expect(Holder.encode(decoded(Holder, { mfa })), `${file}#${index}`).toEqual({ mfa });
    }
    expect(seen).toBeGreaterThan(20);
  });
});
