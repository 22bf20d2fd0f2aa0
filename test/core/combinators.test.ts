import fc from 'fast-check';
import { isLeft, isRight } from 'fp-ts/Either';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import {
  BooleanFromString,
  DateFromIsoTimestamp,
  JsonObject,
  JsonValue,
  NumberValue,
  StringValue,
  arrayOf,
  emptyOr,
  formatErrors,
  issuesOf,
  literal,
  literalUnion,
  nullable,
  openEnum,
  openTag,
  struct,
  taggedUnion,
  unrecognizedString,
} from '../../src/index.js';
import { decoded, errorsOf } from '../support/codecs.js';

const RUNS = 500;

// Frozen inputs make any write by the codecs throw (test modules are strict).
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

const ISO_EXPECTED = 'ISO-8601 UTC timestamp (like 2019-10-18T15:00:49Z)';

// A foreign io-ts codec whose encode is not the identity: it runs through
// parseWith/explainWith and through the struct's wire notes.
const NumberFromString = new t.Type<number, string, unknown>(
  'NumberFromString',
  (u): u is number => typeof u === 'number',
  (u, c) => {
    if (typeof u !== 'string' || !/^\d+$/.test(u)) return t.failure(u, c);
    return t.success(Number(u));
  },
  (n) => String(n),
);

describe('struct', () => {
  const Person = struct('Person', { id: StringValue, age: NumberValue }, { nick: StringValue });
  const Event = struct('Event', { eventTime: DateFromIsoTimestamp }, { flag: BooleanFromString, note: StringValue });

  it('requires the required fields and allows the optional ones to be absent', () => {
    expect(decoded(Person, { id: 'a', age: 3 })).toEqual({ id: 'a', age: 3 });
    expect(decoded(Person, { id: 'a', age: 3, nick: 'b' })).toEqual({ id: 'a', age: 3, nick: 'b' });
    expect(errorsOf(Person, { age: 3 })).toEqual(['id: expected string, but it is missing']);
    expect(errorsOf(Person, { id: 'a', age: 3, nick: 4 })).toEqual(['nick: expected string, got 4']);
  });

  it('lists its fields, required ones first', () => {
    const S = struct('S', { b: StringValue }, { a: NumberValue });
    expect(S.fields.map((f) => [f.key, f.required])).toEqual([
      ['b', true],
      ['a', false],
    ]);
    expect(S.fields[0]?.codec).toBe(StringValue);
    expect(S.required).toEqual({ b: StringValue });
    expect(S.optional).toEqual({ a: NumberValue });
  });

  it('keeps unknown keys and their order through decode and encode', () => {
    const input = { zeta: 1, eventTime: '20131102T010628Z', extra: { deep: [1, 'x'] }, flag: 'true', alpha: null };
    const d = decoded(Event, input);
    expect(d).not.toBe(input);
    expect(d.eventTime).toBeInstanceOf(Date);
    expect(d.flag).toBe(true);
    expect(Object.keys(d)).toEqual(['zeta', 'eventTime', 'extra', 'flag', 'alpha']);
    expect((d as Record<string, unknown>)['extra']).toBe(input.extra);
    const e = Event.encode(d);
    expect(e).toEqual(input);
    expect(Object.keys(e)).toEqual(Object.keys(input));
  });

  it('round-trips any set of unknown keys in any order', () => {
    const extras = fc.uniqueArray(
      fc.tuple(
        fc.string().filter((k) => k !== 'eventTime' && k !== 'flag' && k !== 'note'),
        fc.jsonValue(),
      ),
      { selector: ([k]) => k, maxLength: 8 },
    );
    fc.assert(
      fc.property(extras, fc.nat(), fc.constantFrom('true', 'false', 'False', 'TRUE'), (entries, at, flag) => {
        const all: Array<[string, unknown]> = [...entries];
        all.splice(at % (all.length + 1), 0, ['eventTime', '2019-10-18T15:00:49.5Z']);
        all.push(['flag', flag]);
        // fromEntries defines own data properties, even for "__proto__".
        const input = Object.fromEntries(all);
        const d = decoded(Event, input);
        const e = Event.encode(d);
        expect(e).toEqual(input);
        expect(Object.keys(e)).toEqual(Object.keys(input));
      }),
      { numRuns: RUNS },
    );
  });

  it('treats a property whose value is undefined as absent', () => {
    const optional = { id: 'a', age: 3, nick: undefined };
    expect(decoded(Person, optional)).toBe(optional);
    expect(Person.is(optional)).toBe(true);
    expect(errorsOf(Person, { id: undefined, age: 3 })).toEqual(['id: expected string, but it is missing']);
    expect(Person.is({ id: undefined, age: 3 })).toBe(false);

    const withDate = { eventTime: '2019-10-18T15:00:49Z', flag: undefined };
    const d = decoded(Event, withDate);
    expect(d.flag).toBeUndefined();
    expect(Event.encode(d)).toEqual(withDate);
  });

  it('never changes its input, on decode or encode', () => {
    const Outer = struct('Outer', {
      inner: struct('Inner', { at: DateFromIsoTimestamp, list: arrayOf(DateFromIsoTimestamp) }),
      flag: BooleanFromString,
    });
    const make = () => ({
      inner: { at: '2019-10-18T15:00:49Z', list: ['20131102T010628Z', '2019-10-18T15:00:49.1Z'], keep: [1] },
      flag: 'False',
      other: { x: 1 },
    });
    const input = deepFreeze(make());
    const d = decoded(Outer, input);
    expect(input).toEqual(make());
    expect(d.inner.at).toBeInstanceOf(Date);
    expect(d.inner.list[1]?.toISOString()).toBe('2019-10-18T15:00:49.100Z');

    deepFreeze(d);
    const e = Outer.encode(d);
    expect(e).toEqual(make());
    expect(d.inner.at).toBeInstanceOf(Date);
    expect(d.flag).toBe(false);
  });

  it('returns the very same object when nothing decodes to a new value', () => {
    const input = { id: 'a', age: 3, nick: 'n', unknown: { x: 1 } };
    const d = decoded(Person, input);
    expect(d).toBe(input);
    expect(Person.encode(d)).toBe(d);

    // A field that would change, when absent, changes nothing.
    const noTime = { note: 'n' };
    const Opt = struct('Opt', {}, { at: DateFromIsoTimestamp, note: StringValue });
    expect(decoded(Opt, noTime)).toBe(noTime);
    expect(Opt.encode(noTime)).toBe(noTime);

    const Nested = struct('Nested', { p: Person, list: arrayOf(Person) });
    const nested = { p: input, list: [input, { id: 'b', age: 4 }] };
    expect(decoded(Nested, nested)).toBe(nested);
  });

  it('returns a copy once a field decodes to a new value', () => {
    const Opt = struct('Opt', {}, { at: DateFromIsoTimestamp });
    const input = { at: '2019-10-18T15:00:49Z' };
    const d = decoded(Opt, input);
    expect(d).not.toBe(input);
    expect(input.at).toBe('2019-10-18T15:00:49Z');
  });

  it('keeps __proto__, constructor and prototype keys as own data without touching any prototype', () => {
    const text =
      '{"__proto__":{"polluted":true},"eventTime":"2019-10-18T15:00:49Z",' +
      '"constructor":{"prototype":{"polluted":true}},"prototype":{"polluted":true}}';
    const input = JSON.parse(text) as Record<string, unknown>;
    const d = decoded(Event, input) as unknown as Record<string, unknown>;
    const e = Event.encode(d as never) as unknown as Record<string, unknown>;
    for (const out of [d, e]) {
      expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
      expect(Object.keys(out)).toEqual(['__proto__', 'eventTime', 'constructor', 'prototype']);
      expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ polluted: true });
      expect(Object.getOwnPropertyDescriptor(out, 'constructor')?.value).toEqual({ prototype: { polluted: true } });
      expect((out as { polluted?: unknown }).polluted).toBeUndefined();
    }
    expect(JSON.stringify(e)).toBe(text);
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('decodes declared fields named like Object.prototype members only when they are own', () => {
    const Proto = struct('Proto', {}, { toString: DateFromIsoTimestamp, constructor: StringValue, valueOf: NumberValue });
    const empty = {};
    expect(decoded(Proto, empty)).toBe(empty);
    expect(Proto.is({})).toBe(true);
    expect(Proto.encode({} as t.TypeOf<typeof Proto>)).toEqual({});

    const own = JSON.parse('{"toString":"20131102T010628Z","constructor":"c","valueOf":1}') as unknown;
    const d = decoded(Proto, own);
    expect(d.toString).toBeInstanceOf(Date);
    expect(d.constructor).toBe('c');
    expect(Proto.encode(d)).toEqual(own);

    expect(errorsOf(Proto, { constructor: 5 })).toEqual(['constructor: expected string, got 5']);
    const Required = struct('Required', { constructor: StringValue, hasOwnProperty: StringValue });
    expect(errorsOf(Required, {})).toEqual([
      'constructor: expected string, but it is missing',
      'hasOwnProperty: expected string, but it is missing',
    ]);
    expect(Required.is({})).toBe(false);
  });

  it('guards decoded values', () => {
    expect(Person.is({ id: 'a', age: 1, more: true })).toBe(true);
    expect(Person.is({ id: 'a', age: '1' })).toBe(false);
    expect(Person.is({ id: 'a' })).toBe(false);
    expect(Person.is(null)).toBe(false);
    expect(Person.is([])).toBe(false);
    const d = decoded(Event, { eventTime: '2019-10-18T15:00:49Z', flag: 'true' });
    expect(Event.is(d)).toBe(true);
    expect(Event.is({ eventTime: '2019-10-18T15:00:49Z' })).toBe(false);
  });

  it('reports every bad field and every missing one, with its path', () => {
    const S = struct('S', { a: StringValue, b: NumberValue, c: DateFromIsoTimestamp }, { d: BooleanFromString });
    expect(errorsOf(S, { a: 1, c: 'yesterday', d: true })).toEqual([
      'a: expected string, got 1',
      'b: expected number, but it is missing',
      `c: expected ${ISO_EXPECTED}, got "yesterday"`,
      'd: expected "true" | "false", got true',
    ]);
  });

  it.each([
    [null, 'null'],
    [[], 'an array of 0 items'],
    ['text', '"text"'],
    [undefined, undefined],
  ])('rejects a non-object (%j)', (value, shown) => {
    expect(errorsOf(Person, value)).toEqual([
      shown === undefined ? '(root): expected Person, but it is missing' : `(root): expected Person, got ${shown}`,
    ]);
  });

  it('gives nested paths through structs and arrays', () => {
    const N = struct('N', { a: struct('A', { b: arrayOf(struct('C', { c: NumberValue })) }) });
    const r = N.decode({ a: { b: [{ c: 1 }, { c: 2 }, { c: 'x' }, {}] } });
    expect(isLeft(r)).toBe(true);
    if (isLeft(r)) {
      expect(formatErrors(r.left)).toEqual([
        'a.b[2].c: expected number, got "x"',
        'a.b[3].c: expected number, but it is missing',
      ]);
      const issues = issuesOf(r.left);
      expect(issues[0]?.segments).toEqual(['a', 'b', 2, 'c']);
      expect(issues[0]?.path).toBe('a.b[2].c');
      expect(issues[0]?.actual).toBe('x');
      expect(issues[0]?.missing).toBe(false);
      expect(issues[1]?.missing).toBe(true);
    }
  });

  it('renders keys that are not identifiers in brackets', () => {
    const S = struct('S', { outer: struct('O', { 'odd key': NumberValue, '3': StringValue, 'a.b': StringValue }) });
    expect(errorsOf(S, { outer: { 'odd key': 'x', '3': 3, 'a.b': 1 } })).toEqual([
      // Integer-like keys come first in JS key order.
      'outer["3"]: expected string, got 3',
      'outer["odd key"]: expected number, got "x"',
      'outer["a.b"]: expected string, got 1',
    ]);
  });
});

describe('taggedUnion', () => {
  const A = struct('A', { type: literal('a'), when: DateFromIsoTimestamp });
  const B = struct('B', { type: literal('b'), count: NumberValue });
  const Other = struct('Other', { type: unrecognizedString<'T'>('UnknownType') });
  const Untagged = struct('Untagged', { note: StringValue });
  const Closed = taggedUnion<unknown, unknown>('Closed', 'type', { a: A, b: B });
  const Open = taggedUnion<unknown, unknown>('Open', 'type', { a: A, b: B }, { unrecognized: Other, untagged: Untagged });

  it('decodes through the branch its tag selects', () => {
    const a = decoded(Closed, { type: 'a', when: '20131102T010628Z' }) as { when: Date };
    expect(a.when.toISOString()).toBe('2013-11-02T01:06:28.000Z');
    const input = { type: 'b', count: 2 };
    expect(decoded(Closed, input)).toBe(input);
  });

  it('sends unknown tags to `unrecognized` and tagless values to `untagged`', () => {
    const unknown = { type: 'c', x: 1 };
    expect(decoded(Open, unknown)).toBe(unknown);
    const tagless = { note: 'n' };
    expect(decoded(Open, tagless)).toBe(tagless);
    expect(errorsOf(Open, {})).toEqual(['note: expected string, but it is missing']);
    // A tag property holding undefined counts as absent.
    expect(decoded(Open, { type: undefined, note: 'n' })).toEqual({ type: undefined, note: 'n' });
  });

  it('without fallbacks, reports the tag and lists the known ones', () => {
    expect(errorsOf(Closed, { type: 'c' })).toEqual(['type: expected "a" | "b", got "c"']);
    expect(errorsOf(Closed, {})).toEqual(['type: expected "a" | "b", but it is missing']);
    const r = Closed.decode({ type: 'c' });
    if (isLeft(r)) expect(issuesOf(r.left)[0]?.segments).toEqual(['type']);
  });

  it.each([
    [1, '1'],
    [null, 'null'],
    [true, 'true'],
    [{}, 'an object'],
  ])('rejects a non-string tag (%j), even with fallbacks', (tag, shown) => {
    expect(errorsOf(Closed, { type: tag })).toEqual([`type: expected "a" | "b", got ${shown}`]);
    expect(errorsOf(Open, { type: tag, note: 'n' })).toEqual([`type: expected "a" | "b", got ${shown}`]);
  });

  it('rejects a non-object', () => {
    expect(errorsOf(Closed, 'a')).toEqual(['(root): expected Closed, got "a"']);
    expect(errorsOf(Closed, [])).toEqual(['(root): expected Closed, got an array of 0 items']);
  });

  it('reports errors from the selected branch only', () => {
    // `count` would be wrong for B, but B is not the chosen branch.
    expect(errorsOf(Closed, { type: 'a', when: 'nope', count: 'x' })).toEqual([
      `when: expected ${ISO_EXPECTED}, got "nope"`,
    ]);
    expect(errorsOf(Closed, { type: 'b', when: 'nope' })).toEqual(['count: expected number, but it is missing']);
  });

  it('gives the full path of a bad tag inside other values', () => {
    const List = struct('List', { items: arrayOf(Closed) });
    expect(errorsOf(List, { items: [{ type: 'b', count: 1 }, { type: 'c' }, { type: 'a' }] })).toEqual([
      'items[1].type: expected "a" | "b", got "c"',
      `items[2].when: expected ${ISO_EXPECTED}, but it is missing`,
    ]);
  });

  it('encodes through the branch of the value', () => {
    const input = { type: 'a', when: '20131102T010628Z', extra: true };
    const d = decoded(Closed, input) as { when: Date };
    expect(Closed.encode(d)).toEqual(input);
    d.when.setTime(Date.UTC(2020, 0, 2, 3, 4, 5));
    expect(Closed.encode(d)).toEqual({ type: 'a', when: '2020-01-02T03:04:05Z', extra: true });

    const b = { type: 'b', count: 1 };
    expect(Closed.encode(b)).toBe(b);
    const unknown = { type: 'zzz' };
    expect(Open.encode(unknown)).toBe(unknown);
  });

  it('encodes values of its fallback branches', () => {
    const WithTime = taggedUnion<unknown, unknown>(
      'WithTime',
      'kind',
      { a: struct('KA', { kind: literal('a') }) },
      {
        unrecognized: struct('KU', { kind: StringValue, at: DateFromIsoTimestamp }),
        untagged: struct('KN', { at: DateFromIsoTimestamp }),
      },
    );
    for (const input of [{ kind: 'new', at: '20131102T010628Z' }, { at: '2019-10-18T15:00:49.5Z' }]) {
      const d = decoded(WithTime, input) as { at: Date };
      expect(d.at).toBeInstanceOf(Date);
      expect(WithTime.encode(d)).toEqual(input);
    }
  });

  // Decode reads the tag as an own property, so encode must too: otherwise a
  // tag named like an Object.prototype member finds a function on an untagged
  // value, no branch, and leaves its Date unencoded.
  it('encodes an untagged value back through `untagged` when the tag is named like a prototype member', () => {
    const U = taggedUnion<unknown, unknown>(
      'U',
      'constructor',
      { a: struct('CA', { constructor: literal('a') }) },
      { untagged: struct('CN', { at: DateFromIsoTimestamp }) },
    );
    const input = { at: '20131102T010628Z' };
    const d = decoded(U, input);
    expect(U.encode(d)).toEqual(input);
  });

  it('guards decoded values by their branch', () => {
    expect(Closed.is({ type: 'a', when: new Date(0) })).toBe(true);
    expect(Closed.is({ type: 'a', when: '20131102T010628Z' })).toBe(false);
    expect(Closed.is({ type: 'c' })).toBe(false);
    expect(Closed.is(null)).toBe(false);
    expect(Open.is({ type: 'c' })).toBe(true);
  });

  it('exposes its tag, its tags and branchFor', () => {
    expect(Closed.tag).toBe('type');
    expect(Closed.tags).toEqual(['a', 'b']);
    expect(Closed.branchFor('a')).toBe(A);
    expect(Closed.branchFor('b')).toBe(B);
    expect(Closed.branchFor('c')).toBeUndefined();
    expect(Closed.branchFor(undefined)).toBeUndefined();
    expect(Closed.branchFor('toString')).toBeUndefined();
    expect(Open.branchFor('c')).toBe(Other);
    expect(Open.branchFor('toString')).toBe(Other);
    expect(Open.branchFor(undefined)).toBe(Untagged);
    expect(Open.branchFor(1)).toBeUndefined();
    expect(Open.branchFor(null)).toBeUndefined();
  });
});

describe('nullable', () => {
  const N = nullable(DateFromIsoTimestamp);

  it('decodes null and values of the inner codec', () => {
    expect(decoded(N, null)).toBeNull();
    expect(decoded(N, '20131102T010628Z')?.toISOString()).toBe('2013-11-02T01:06:28.000Z');
    expect(decoded(nullable(StringValue), 'x')).toBe('x');
    expect(N.inner).toBe(DateFromIsoTimestamp);
  });

  it('encodes null as null and values through the inner codec', () => {
    expect(N.encode(null)).toBeNull();
    const d = decoded(N, '20131102T010628Z');
    expect(N.encode(d)).toBe('20131102T010628Z');
    expect(N.encode(new Date(Date.UTC(2019, 9, 18, 15, 0, 49)))).toBe('2019-10-18T15:00:49Z');
  });

  it('reports other values against `inner | null`', () => {
    expect(errorsOf(nullable(StringValue), 5)).toEqual(['(root): expected string | null, got 5']);
    expect(errorsOf(struct('S', { x: nullable(NumberValue) }), {})).toEqual([
      'x: expected number | null, but it is missing',
    ]);
    expect(errorsOf(nullable(struct('I', { n: NumberValue })), { n: 'x' })).toEqual([
      'n: expected number, got "x"',
    ]);
  });

  it('guards null and inner values', () => {
    expect(N.is(null)).toBe(true);
    expect(N.is(new Date(0))).toBe(true);
    expect(N.is(undefined)).toBe(false);
    expect(N.is('20131102T010628Z')).toBe(false);
  });
});

describe('arrayOf', () => {
  it('returns the same array when no item changes', () => {
    const strings = ['a', 'b'];
    expect(decoded(arrayOf(StringValue), strings)).toBe(strings);
    const items = [{ id: 'a', age: 1 }];
    expect(decoded(arrayOf(struct('P', { id: StringValue, age: NumberValue })), items)).toBe(items);
    fc.assert(
      fc.property(fc.array(fc.string()), (xs) => {
        expect(decoded(arrayOf(StringValue), xs)).toBe(xs);
      }),
      { numRuns: RUNS },
    );
  });

  it('copies the array when an item changes, leaving the input alone', () => {
    const input = deepFreeze([null, null, '20131102T010628Z', null]);
    const C = arrayOf(nullable(DateFromIsoTimestamp));
    const d = decoded(C, input);
    expect(d).not.toBe(input);
    expect(d).toHaveLength(4);
    expect(d.slice(0, 2)).toEqual([null, null]);
    expect(d[2]?.toISOString()).toBe('2013-11-02T01:06:28.000Z');
    expect(d[3]).toBeNull();
    expect(input[2]).toBe('20131102T010628Z');
    expect(C.encode(d)).toEqual(input);
  });

  it('encodes items that need it and returns as-is arrays unchanged', () => {
    const texts = ['20131102T010628Z', '2019-10-18T15:00:49.1Z'];
    const C = arrayOf(DateFromIsoTimestamp);
    const d = decoded(C, texts);
    expect(C.encode(d)).toEqual(texts);
    const strings = ['x'];
    expect(arrayOf(StringValue).encode(strings)).toBe(strings);
    expect(C.item).toBe(DateFromIsoTimestamp);
  });

  it('reports every bad item with its index, and non-arrays', () => {
    expect(errorsOf(arrayOf(NumberValue), [1, 'x', 2, null])).toEqual([
      '[1]: expected number, got "x"',
      '[3]: expected number, got null',
    ]);
    expect(errorsOf(arrayOf(NumberValue), { 0: 1 })).toEqual(['(root): expected Array<number>, got an object']);
  });

  it('guards arrays whose items all pass', () => {
    expect(arrayOf(NumberValue).is([1, 2])).toBe(true);
    expect(arrayOf(NumberValue).is([1, '2'])).toBe(false);
    expect(arrayOf(NumberValue).is('12')).toBe(false);
  });
});

describe('emptyOr', () => {
  const Issuer = emptyOr(struct('Issuer', { arn: StringValue }, { created: DateFromIsoTimestamp }));

  it('returns {} as it is', () => {
    const empty = {};
    expect(decoded(Issuer, empty)).toBe(empty);
    expect(Issuer.encode(empty)).toBe(empty);
    expect(Issuer.is({})).toBe(true);
  });

  it('decodes and encodes a full value through the inner codec', () => {
    const input = { arn: 'arn:aws:iam::111122223333:role/Admin', created: '20131102T010628Z' };
    const d = decoded(Issuer, input) as { arn: string; created: Date };
    expect(d.created.toISOString()).toBe('2013-11-02T01:06:28.000Z');
    expect(Issuer.encode(d)).toEqual(input);
    expect(Issuer.is(d)).toBe(true);
  });

  it('reports a non-empty value that does not fit the inner codec', () => {
    expect(errorsOf(Issuer, { x: 1 })).toEqual(['arn: expected string, but it is missing']);
    expect(errorsOf(Issuer, null)).toEqual(['(root): expected {} | Issuer, got null']);
    expect(errorsOf(Issuer, [])).toEqual(['(root): expected {} | Issuer, got an array of 0 items']);
    expect(Issuer.is([])).toBe(false);
  });
});

describe('openEnum', () => {
  const TlsVersion = openEnum('TlsVersion', ['TLSv1.2', 'TLSv1.3']);

  it('decodes known and unknown strings as they are', () => {
    expect(decoded(TlsVersion, 'TLSv1.2')).toBe('TLSv1.2');
    expect(decoded(TlsVersion, 'TLSv1.4')).toBe('TLSv1.4');
    expect(TlsVersion.encode('TLSv1.4')).toBe('TLSv1.4');
  });

  it('tells known values apart', () => {
    expect(TlsVersion.known).toEqual(['TLSv1.2', 'TLSv1.3']);
    expect(TlsVersion.isKnown('TLSv1.3')).toBe(true);
    expect(TlsVersion.isKnown('TLSv1.4')).toBe(false);
    expect(TlsVersion.isKnown('toString')).toBe(false);
  });

  it('rejects non-strings', () => {
    expect(errorsOf(TlsVersion, 1.2)).toEqual(['(root): expected TlsVersion, got 1.2']);
    expect(TlsVersion.is(null)).toBe(false);
  });
});

describe('openTag', () => {
  const EventType = openTag<'AwsApiCall' | 'AwsServiceEvent', 'EventType'>('EventType', ['AwsApiCall', 'AwsServiceEvent']);

  it('decodes any string and keeps the known list', () => {
    expect(decoded(EventType, 'AwsApiCall')).toBe('AwsApiCall');
    expect(String(decoded(EventType, 'AwsSomethingNew'))).toBe('AwsSomethingNew');
    expect(EventType.known).toEqual(['AwsApiCall', 'AwsServiceEvent']);
    expect(EventType.encode('AwsApiCall')).toBe('AwsApiCall');
  });

  it('rejects non-strings', () => {
    expect(errorsOf(EventType, 3)).toEqual(['(root): expected EventType, got 3']);
    expect(EventType.is(3)).toBe(false);
    expect(EventType.is('x')).toBe(true);
  });
});

describe('literal and literalUnion', () => {
  it('literal accepts exactly its value', () => {
    const L = literal('AwsCloudTrailInsight');
    expect(L.value).toBe('AwsCloudTrailInsight');
    expect(L.name).toBe('"AwsCloudTrailInsight"');
    expect(decoded(L, 'AwsCloudTrailInsight')).toBe('AwsCloudTrailInsight');
    expect(errorsOf(L, 'awscloudtrailinsight')).toEqual([
      '(root): expected "AwsCloudTrailInsight", got "awscloudtrailinsight"',
    ]);
    expect(L.is('AwsCloudTrailInsight ')).toBe(false);
  });

  it('literalUnion accepts exactly its values, strings and booleans alike', () => {
    const Flag = literalUnion(['true', 'false', true, false]);
    expect(Flag.values).toEqual(['true', 'false', true, false]);
    expect(Flag.name).toBe('"true" | "false" | true | false');
    for (const v of ['true', 'false', true, false] as const) expect(decoded(Flag, v)).toBe(v);
    expect(errorsOf(Flag, 'TRUE')).toEqual(['(root): expected "true" | "false" | true | false, got "TRUE"']);
    expect(Flag.is(1)).toBe(false);
    expect(Flag.encode(true)).toBe(true);
  });
});

describe('JsonObject and JsonValue', () => {
  it('JsonObject accepts objects as they are and rejects arrays, null and scalars', () => {
    const payload = { bucketName: 'logs', nested: [{ a: null }] };
    expect(decoded(JsonObject, payload)).toBe(payload);
    expect(JsonObject.encode(payload)).toBe(payload);
    for (const [value, shown] of [
      [[], 'an array of 0 items'],
      [null, 'null'],
      ['{}', '"{}"'],
      [1, '1'],
    ] as const) {
      expect(errorsOf(JsonObject, value)).toEqual([`(root): expected JSON object, got ${shown}`]);
    }
  });

  it('JsonValue accepts every JSON value as it is', () => {
    for (const v of [null, true, false, 0, -1.5, '', 'x', [], [1, 'a'], {}, { a: { b: [] } }]) {
      expect(decoded(JsonValue, v)).toBe(v);
      expect(JsonValue.is(v)).toBe(true);
    }
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(decoded(JsonValue, v)).toBe(v);
      }),
      { numRuns: RUNS },
    );
  });

  it('JsonValue rejects what JSON cannot hold', () => {
    expect(errorsOf(JsonValue, () => 1)).toEqual(['(root): expected JSON value, got a function']);
    expect(errorsOf(JsonValue, undefined)).toEqual(['(root): expected JSON value, but it is missing']);
    expect(errorsOf(JsonValue, Number.NaN)).toEqual(['(root): expected JSON value, got NaN']);
    expect(errorsOf(JsonValue, Number.POSITIVE_INFINITY)).toEqual(['(root): expected JSON value, got Infinity']);
    expect(errorsOf(JsonValue, Symbol('s'))).toEqual(['(root): expected JSON value, got a symbol']);
    expect(errorsOf(JsonValue, 10n)).toEqual(['(root): expected JSON value, got 10']);
  });
});

describe('foreign io-ts codecs inside these combinators', () => {
  const Holder = struct('Holder', { x: t.type({ n: t.number }) }, { tags: t.array(t.string), count: NumberFromString });

  it('decode on the fast path', () => {
    const input = { x: { n: 1, extra: 'kept' }, tags: ['a'] };
    expect(decoded(Holder, input)).toBe(input);
    expect(Holder.encode(input)).toBe(input);
    expect(Holder.is(input)).toBe(true);
  });

  it('report their own errors with full paths', () => {
    expect(errorsOf(Holder, { x: { n: 'a' } })).toEqual(['x.n: expected number, got "a"']);
    expect(errorsOf(Holder, { x: {} })).toEqual(['x.n: expected number, but it is missing']);
    expect(errorsOf(Holder, { x: 5 })).toEqual(['x: expected { n: number }, got 5']);
    expect(errorsOf(Holder, { x: { n: 1 }, tags: ['a', 2] })).toEqual(['tags[1]: expected string, got 2']);
    expect(errorsOf(Holder, { x: { n: 1 }, count: 'x1' })).toEqual(['count: expected NumberFromString, got "x1"']);
    expect(errorsOf(arrayOf(t.number), [1, 'x'])).toEqual(['[1]: expected number, got "x"']);
    expect(errorsOf(nullable(t.string), 1)).toEqual(['(root): expected string | null, got 1']);
  });

  it('encode through their own encode, keeping a non-canonical spelling', () => {
    const input = { x: { n: 1 }, count: '007' };
    const d = decoded(Holder, input);
    expect(d.count).toBe(7);
    expect(Holder.encode(d)).toEqual(input);
    d.count = 8;
    expect(Holder.encode(d)).toEqual({ x: { n: 1 }, count: '8' });
    expect(arrayOf(NumberFromString).encode([1, 2])).toEqual(['1', '2']);
    expect(nullable(NumberFromString).encode(3)).toBe('3');
  });

  it('work as taggedUnion branches', () => {
    const U = taggedUnion<unknown, unknown>('U', 'type', { a: t.type({ type: t.literal('a'), n: t.number }) });
    const input = { type: 'a', n: 1 };
    expect(isRight(U.decode(input))).toBe(true);
    expect(U.encode(input)).toEqual(input);
    expect(errorsOf(U, { type: 'a', n: 'x' })).toEqual(['n: expected number, got "x"']);
  });
});
