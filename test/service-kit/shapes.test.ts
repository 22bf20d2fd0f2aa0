// Shape codecs made from table rows: every row kind and flag of the fixture
// table decodes what CloudTrail writes, encodes back to the exact input, and
// rejects what breaks the model with a path; codecs are built lazily, once
// per table, and recursive shapes work.
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatErrors } from '../../src/index.js';
import {
  builtCounts,
  checkConstraints,
  enumCodec,
  loosen,
  recordOf,
  shapeCodec,
  shapeFactsOf,
  tableProblems,
  type ServiceTable,
  type ShapeC,
} from '../../src/service-kit/index.js';
import { DateFromIsoTimestamp, StringValue } from '../../src/index.js';
import * as F from './fixture.js';
import { Random } from '../../src/builders/random.js';
import { buildPayload, buildServiceEvent } from '../../src/service-kit/build/index.js';
import { s3Service } from '../../src/services/s3/index.js';

type Json = Record<string, unknown>;

function decoded<A>(codec: { decode(u: unknown): { _tag: 'Left'; left: unknown } | { _tag: 'Right'; right: A } }, input: unknown): A {
  const r = codec.decode(input);
  if (r._tag === 'Left') throw new Error(`did not decode:\n${formatErrors(r.left as never).join('\n')}`);
  return r.right;
}

function errorsOf(codec: ShapeC<unknown, unknown>, input: unknown): string[] {
  const r = codec.decode(input);
  if (r._tag === 'Right') throw new Error('decoded, but should not have');
  return formatErrors(r.left);
}

/** Decodes, then encodes, and demands the exact input back (values and key order). */
function roundTrips(codec: ShapeC<unknown, unknown>, input: unknown): unknown {
  const value = decoded(codec, input);
  const back = codec.encode(value);
  expect(JSON.stringify(back)).toBe(JSON.stringify(input));
  expect(isDeepStrictEqual(back, input)).toBe(true);
  return value;
}

const Request = shapeCodec<unknown, unknown>(F.thingsTable, 'CreateThingRequest');
const TreeNode = shapeCodec<unknown, unknown>(F.thingsTable, 'TreeNode');

describe('rows become codecs', () => {
  it('decodes a structure using every member kind, and encodes it back exactly', () => {
    const input = F.fullRequest();
    const r = roundTrips(Request, input) as F.CreateThingRequest & Json;
    expect(r.expiresAt).toEqual(new Date('2026-01-02T03:04:05Z'));
    expect(r.notes?.[0]?.at).toEqual(new Date(1722375075123));
    expect(r.limits?.['cpu']?.since).toEqual(new Date(1424476529000));
    expect(r.pastCredentials?.[1]).toMatchObject({ expiration: new Date('2024-08-02T11:08:56Z') });
    expect(r.pastCredentials?.[0]).toBe(F.HIDDEN);
    expect(r.credentials).toBe(F.HIDDEN);
    expect(r.addedByAwsLater).toEqual({ kept: true });
    // The input is never changed.
    expect(input).toEqual(F.fullRequest());
  });

  it('gives back the input itself where nothing decodes to a new value', () => {
    const input = { name: 'root', children: [{ name: 'a' }] };
    expect(decoded(TreeNode, input)).toBe(input);
    expect(TreeNode.encodesAsIs).toBe(true);
    expect(shapeCodec(F.thingsTable, 'Thing').encodesAsIs).toBe(false);
    expect(shapeCodec(F.thingsTable, 'CredentialsList').encodesAsIs).toBe(false);
  });

  it('requires required members, but never a sensitive one', () => {
    const { thingName: _, ...withoutName } = F.fullRequest();
    expect(errorsOf(Request, withoutName)).toEqual(['thingName: expected string, but it is missing']);
    const { password: __, ...withoutPassword } = F.fullRequest();
    expect(Request.is(decoded(Request, withoutPassword))).toBe(true);
  });

  it('decodes a union with exactly one member set, or one added later', () => {
    const Spec = shapeCodec<unknown, unknown>(F.thingsTable, 'ThingSpec');
    roundTrips(Spec, { box: { width: 3 } });
    roundTrips(Spec, { empty: {} });
    roundTrips(Spec, { sphere: { radius: 1 } });
    expect(errorsOf(Spec, { box: { width: 3 }, empty: {} })).toEqual(['(root): expected exactly one of box | tree | empty, got 2: box, empty']);
    expect(errorsOf(Spec, { box: { width: '3' } })).toEqual(['box.width: expected number, got "3"']);
  });

  it('decodes lists item by item, with the index in the path', () => {
    const Notes = shapeCodec<unknown, unknown>(F.thingsTable, 'NoteList');
    roundTrips(Notes, []);
    expect(errorsOf(Notes, [{ text: 'a' }, { text: 1, at: 'noon' }])).toEqual([
      '[1].text: expected string, got 1',
      '[1].at: expected epoch milliseconds (like 1424476529000), got "noon"',
    ]);
    expect(errorsOf(Notes, { text: 'a' })).toEqual(['(root): expected NoteList, got an object']);
  });

  it('keeps every key of a map, including keys an enum key does not list, and checks the values', () => {
    const Limits = shapeCodec<unknown, unknown>(F.thingsTable, 'LimitMap');
    const value = roundTrips(Limits, { cpu: { value: 1, since: 1 }, 'quantum-bits': { value: 64 } }) as Json;
    expect(Object.keys(value)).toEqual(['cpu', 'quantum-bits']);
    expect(errorsOf(Limits, { cpu: { value: 'x' }, memory: 3 })).toEqual([
      'cpu.value: expected number, got "x"',
      'memory: expected Limit, got 3',
    ]);
    const Tags = shapeCodec<unknown, unknown>(F.thingsTable, 'TagMap');
    expect(errorsOf(Tags, [])).toEqual(['(root): expected TagMap, got an array of 0 items']);
  });

  it('keeps a "__proto__" key of a map as data, when decoding to a copy and when encoding', () => {
    const Limits = shapeCodec<unknown, unknown>(F.thingsTable, 'LimitMap');
    const input = JSON.parse('{"__proto__": {"value": 1, "since": 5}, "cpu": {"value": 2}}') as Json;
    const value = roundTrips(Limits, input) as Json;
    expect(Object.keys(value)).toEqual(['__proto__', 'cpu']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect((Object.getOwnPropertyDescriptor(value, '__proto__')?.value as Json)['since']).toEqual(new Date(5000));
  });

  it('keeps enumerations open', () => {
    expect(F.Color.known).toEqual(['RED', 'GREEN']);
    expect(F.Color.isKnown('BLUE')).toBe(false);
    expect(F.Color.is('BLUE')).toBe(true);
    expect(F.Color.decode(1)._tag).toBe('Left');
    // A shape that is no enumeration: open, with nothing known.
    expect(enumCodec(F.thingsTable, 'Thing').known).toEqual([]);
  });

  it('does not enforce constraints, which are data for builders and validation', () => {
    const Size = shapeCodec<unknown, unknown>(F.thingsTable, 'Size');
    roundTrips(Size, 1000);
    expect(errorsOf(Size, '5')).toEqual(['(root): expected Size, got "5"']);
    roundTrips(shapeCodec(F.thingsTable, 'ThingName'), 'Not A Pattern Match');
  });
});

describe('sensitive members', () => {
  const Thing = shapeCodec<unknown, unknown>(F.thingsTable, 'Thing');
  const thing = { thingName: 'lamp', createdAt: 'Jul 19, 2023 9:25:09 PM' };

  it('take the hidden text in place of a structure, of list items, or of text', () => {
    roundTrips(Thing, { ...thing, credentials: F.HIDDEN });
    roundTrips(Thing, { ...thing, credentials: { accessKeyId: 'AKIA', secretAccessKey: F.HIDDEN, expiration: 'Jul 19, 2023 9:25:09 PM' } });
    roundTrips(shapeCodec(F.thingsTable, 'CredentialsList'), [F.HIDDEN, F.HIDDEN]);
  });

  it('take no other text', () => {
    expect(errorsOf(Thing, { ...thing, credentials: 'REDACTED' })).toEqual([
      'credentials: expected Credentials | "HIDDEN_DUE_TO_SECURITY_REASONS", got "REDACTED"',
    ]);
    expect(errorsOf(Thing, { ...thing, credentials: { accessKeyId: 'AKIA', expiration: 5 } })).toEqual([
      'credentials.expiration: expected Java date text (like Nov 5, 2023, 4:29:11 AM), got 5',
    ]);
  });

  it('take the hidden text only when the profile has one', () => {
    const table: ServiceTable = { ...F.thingsTableOf(), profile: { timestamps: 'java-text' } };
    const NoHidden = shapeCodec<unknown, unknown>(table, 'Thing');
    expect(errorsOf(NoHidden, { ...thing, credentials: F.HIDDEN })).toEqual([
      'credentials: expected Credentials, got "HIDDEN_DUE_TO_SECURITY_REASONS"',
    ]);
    // Still optional.
    roundTrips(NoHidden, thing);
  });
});

describe('timestamps', () => {
  const cases: ReadonlyArray<readonly [string, unknown, string]> = [
    ['Credentials', 'Jul 30, 2024, 9:46:15\u202fPM', '2024-07-30T21:46:15.000Z'],
    ['Credentials', 'Oct 2, 2019 11:12:29 PM', '2019-10-02T23:12:29.000Z'],
    ['IsoTime', '2024-08-01T13:52:02.123Z', '2024-08-01T13:52:02.123Z'],
    ['EpochSeconds', 1722375075.5, '2024-07-30T21:31:15.500Z'],
    ['MillisTime', 1722375075123, '2024-07-30T21:31:15.123Z'],
  ];
  it.each(cases)('%s reads %j in its own form and writes it back', (shape, wire, iso) => {
    const input = shape === 'Credentials' ? { accessKeyId: 'AKIA', expiration: wire } : wire;
    const value = roundTrips(shapeCodec(F.thingsTable, shape), input);
    const date = shape === 'Credentials' ? (value as { expiration: Date }).expiration : value;
    expect((date as Date).toISOString()).toBe(iso);
  });

  it('rejects a timestamp in another form than its own', () => {
    expect(errorsOf(shapeCodec(F.thingsTable, 'IsoTime'), 'Jul 19, 2023 9:25:09 PM')).toHaveLength(1);
    expect(errorsOf(shapeCodec(F.thingsTable, 'MillisTime'), '2024-08-01T13:52:02Z')).toHaveLength(1);
  });

  it('use the profile form for $t', () => {
    const table: ServiceTable = { ...F.thingsTableOf(), profile: { timestamps: 'epoch-millis' } };
    const value = roundTrips(shapeCodec(table, 'Thing'), { thingName: 'x', createdAt: 1722375075123 }) as { createdAt: Date };
    expect(value.createdAt.getTime()).toBe(1722375075123);
  });
});

describe('recursive shapes', () => {
  function deepTree(depth: number): Json {
    let node: Json = { name: 'leaf' };
    for (let i = 0; i < depth; i++) node = { name: `n${i}`, children: [node] };
    return node;
  }

  it('decode nested values, with the full path in errors', () => {
    roundTrips(TreeNode, deepTree(50));
    expect(TreeNode.decode(deepTree(100))._tag).toBe('Left');
    const bad = deepTree(3);
    ((((bad['children'] as Json[])[0] as Json)['children'] as Json[])[0] as Json)['name'] = 7;
    expect(errorsOf(TreeNode, bad)).toEqual(['children[0].children[0].name: expected string, got 7']);
  });

  it('fail, quickly and with a message, when nested deeper than any real record', () => {
    const errors = errorsOf(TreeNode, deepTree(100_000));
    expect(errors).toEqual([`${'children[0].'.repeat(99)}children[0]: nests more than 200 levels of recursive shapes`]);
    expect(errorsOf(loosen(TreeNode) as unknown as ShapeC<unknown, unknown>, deepTree(100_000))).toEqual(errors);
    roundTrips(TreeNode, deepTree(99));
  });

  it('have a loose form, built lazily, that makes every member optional at every depth', () => {
    const Loose = loosen(TreeNode);
    expect(Loose.is({ children: [{ children: [{}] }] })).toBe(true);
    expect(Loose.decode({ children: [{ name: 3 }] })._tag).toBe('Left');
    expect(TreeNode.is({ children: [{ children: [{}] }] })).toBe(false);
  });
});

describe('laziness', () => {
  it('builds nothing when handles are made, and each codec once, when first used', () => {
    const table = F.thingsTableOf();
    const handles = Object.keys(table.shapes).map((name) => shapeCodec(table, name));
    enumCodec(table, 'Color');
    expect(builtCounts(table)).toEqual({ shapes: 0, operations: 0 });
    expect(shapeCodec(table, 'TreeNode')).toBe(handles[Object.keys(table.shapes).indexOf('TreeNode')]);
    shapeCodec(table, 'TreeNode').decode({ name: 'a', children: [{ name: 'b' }] });
    // TreeNode and TreeList only.
    expect(builtCounts(table).shapes).toBe(2);
    shapeCodec(table, 'TreeNode').decode({ name: 'a' });
    shapeCodec(table, 'TreeList').decode([]);
    expect(builtCounts(table).shapes).toBe(2);
  });

  it('builds only what a shape reaches, in a table of thousands of shapes', () => {
    const shapes: Record<string, ServiceTable['shapes'][string]> = {};
    for (let i = 0; i < 3000; i++) shapes[`S${i}`] = { s: { next: `S${(i + 1) % 3000}`, at: '$t', kind: `E${i}` } };
    for (let i = 0; i < 3000; i++) shapes[`E${i}`] = { e: ['A', 'B'] };
    const table: ServiceTable = { name: 'big', eventSource: 'big.amazonaws.com', profile: { timestamps: 'iso' }, shapes, operations: {}, aliases: {} };
    const S0 = shapeCodec(table, 'S0');
    expect(S0.decode({ at: '2024-01-01T00:00:00Z', kind: 'A', next: { kind: 'B' } })._tag).toBe('Right');
    // S0, S1, S2 (reached through handles as values are met), E0, E1, E2.
    expect(builtCounts(table).shapes).toBeLessThanOrEqual(6);
  });
});

describe('broken tables', () => {
  it('fail the values that meet the problem, with a message that names it, instead of throwing', () => {
    const table: ServiceTable = {
      name: 'broken',
      eventSource: 'broken.amazonaws.com',
      profile: { timestamps: 'iso' },
      shapes: { A: { s: { b: 'Nope', c: '$x', d: 'constructor' } } },
      operations: {},
      aliases: {},
    };
    const A = shapeCodec<unknown, unknown>(table, 'A');
    expect(A.decode({})._tag).toBe('Right');
    expect(errorsOf(A, { b: 1, c: 2, d: 3 })).toEqual([
      'b: shape "Nope" is not in the broken table',
      'c: $x is no scalar of the broken table',
      'd: shape "constructor" is not in the broken table',
    ]);
    expect(errorsOf(shapeCodec(table, 'Missing'), {})).toEqual(['(root): shape "Missing" is not in the broken table']);
  });

  it('are listed by tableProblems; the fixture table has none', () => {
    expect(tableProblems(F.thingsTable)).toEqual([]);
    const table: ServiceTable = {
      name: 'broken',
      eventSource: 'broken.amazonaws.com',
      profile: { timestamps: 'iso' },
      shapes: {
        In: { s: { a: '!Nope', b: '$x', m: 'M', l: 'L', u: 'U' } },
        M: { m: ['In', '$s'] },
        L: { l: '!$s' },
        U: { u: { x: '!$s' } },
        T: { p: '$s', t: 'iso' },
        E: { e: [] },
        Two: { s: {}, l: '$s' } as unknown as ServiceTable['shapes'][string],
      },
      operations: { Op: { i: 'In', o: 'L' }, Other: { i: 'Gone' } },
      aliases: { Op2: 'Nothing', Op: 'Other' },
    };
    expect(tableProblems(table)).toEqual([
      'shapes.In.a: no shape Nope in the table',
      'shapes.In.b: $x is no scalar',
      'shapes.M{key}: In is not text',
      'shapes.L[]: flags not allowed here in !$s',
      'shapes.U.x: flags not allowed here in !$s',
      'shapes.T: timestamp form iso on $s',
      'shapes.E: an enumeration without values',
      'shapes.Two: has 2 kinds (s, l), not one',
      'operations.Op.o: L is not a structure of the table',
      'operations.Other.i: Gone is not a structure of the table',
      'aliases.Op2: no operation Nothing',
      "aliases.Op: is an operation's own name",
      'shapes.T: no operation reaches it',
      'shapes.E: no operation reaches it',
      'shapes.Two: no operation reaches it',
    ]);
  });
});

describe('recordOf', () => {
  it('reports unreadable values at their key, and stops explaining past the bound', () => {
    const map: Json = { good: '2024-01-01T00:00:00Z' };
    Object.defineProperty(map, 'bad', { enumerable: true, get: () => { throw new TypeError('boom'); } });
    const Dates = recordOf(StringValue, DateFromIsoTimestamp);
    const r = Dates.decode(map);
    expect(r._tag === 'Left' && formatErrors(r.left)).toEqual(['bad: could not be read: TypeError']);
    const many: Json = {};
    for (let i = 0; i < 150; i++) many[`k${i}`] = 'no date';
    const r2 = Dates.decode(many);
    expect(r2._tag === 'Left' && formatErrors(r2.left).length).toBe(101);
  });

  it('encodes a map whose values were changed, and names the key whose value cannot be written', () => {
    const Dates = recordOf(StringValue, DateFromIsoTimestamp);
    expect(Dates.encode({ a: new Date('2024-01-01T00:00:00Z') })).toEqual({ a: '2024-01-01T00:00:00Z' });
    expect(() => Dates.encode({ a: new Date(NaN) })).toThrow(/\ba\b/);
  });
});

describe('lists whose one item may stand alone (`one: 1`)', () => {
  it('are replaced whole by a builder override, whatever the seed drew (S3)', () => {
    const mine = { Id: 'mine', StorageClassAnalysis: {}, Filter: { Prefix: 'logs/' } };
    for (let seed = 1; seed <= 60; seed++) {
      const e = buildServiceEvent(s3Service, 'ListBucketAnalyticsConfigurations', { responseElements: { AnalyticsConfiguration: mine } }, { seed }) as { responseElements: Json };
      expect(e.responseElements['AnalyticsConfiguration']).toEqual(mine);
    }
  });

  // The XML of Amazon S3 read as JSON: an element that occurs once is an object, not a list of one.
  const table: ServiceTable = {
    name: 'xmlish',
    eventSource: 'xmlish.amazonaws.com',
    profile: { timestamps: 'iso' },
    shapes: {
      PutRulesRequest: { s: { Rule: '!Rules', Tags: 'Names' } },
      Rules: { l: 'Rule', one: 1, c: { len: [1, 2] } },
      Rule: { s: { ID: '!RuleId', Expires: '$t' } },
      RuleId: { p: '$s', c: { len: [1, 5] } },
      Names: { l: '$s', one: 1 },
    },
    operations: { PutRules: { i: 'PutRulesRequest' } },
    aliases: {},
  };
  const Request = shapeCodec<unknown, unknown>(table, 'PutRulesRequest');

  it('decode the item alone and the list alike, each back to the form it had', () => {
    const alone = roundTrips(Request, { Rule: { ID: 'a', Expires: '2026-03-02T10:00:00Z' }, Tags: 'one' }) as Json;
    expect((alone['Rule'] as Json)['Expires']).toEqual(new Date('2026-03-02T10:00:00Z'));
    const list = roundTrips(Request, { Rule: [{ ID: 'a' }, { ID: 'b', Expires: '2026-03-02T10:00:00Z' }], Tags: ['x', 'y'] }) as Json;
    expect(((list['Rule'] as Json[])[1] as Json)['Expires']).toEqual(new Date('2026-03-02T10:00:00Z'));
    roundTrips(Request, { Rule: [{ ID: 'a' }] });
  });

  it('reject a lone item or an item of the list that breaks the model, with its path', () => {
    expect(errorsOf(Request, { Rule: { Expires: 'soon' } })).toEqual([
      'Rule.ID: expected string, but it is missing',
      'Rule.Expires: expected ISO-8601 UTC timestamp (like 2019-10-18T15:00:49Z), got "soon"',
    ]);
    expect(errorsOf(Request, { Rule: [{ ID: 'a' }, { ID: 7 }] })).toEqual(['Rule[1].ID: expected string, got 7']);
    expect(errorsOf(Request, { Rule: 'a' })).toEqual(['Rule: expected Rule | Array<Rule>, got "a"']);
  });

  it('have a loose form and an `is` that take both forms', () => {
    const loose = loosen(Request);
    expect(loose.decode({ Rule: {} })._tag).toBe('Right');
    expect(loose.decode({ Rule: [{}] })._tag).toBe('Right');
    const value = decoded(Request, { Rule: { ID: 'a', Expires: '2026-03-02T10:00:00Z' } });
    expect(Request.is(value)).toBe(true);
    expect(Request.is({ Rule: [value as never] })).toBe(false);
  });

  it('are checked against the model whichever form the wire chose', () => {
    const shapes = shapeFactsOf(table);
    expect(checkConstraints(shapes, 'PutRulesRequest', { Rule: { ID: 'far too long' } }).map((i) => i.message)).toEqual([
      'Rule.ID: expected a length of 1 to 5, got 12',
    ]);
    expect(checkConstraints(shapes, 'PutRulesRequest', { Rule: [{ ID: 'a' }, { ID: 'b' }, { ID: 'c' }] }).map((i) => i.message)).toEqual([
      'Rule: expected 1 to 2 items, got 3',
    ]);
    expect(checkConstraints(shapes, 'PutRulesRequest', { Rule: { ID: 'a' } })).toEqual([]);
    // One item alone counts as one item.
    const pairs = shapeFactsOf({ ...table, shapes: { ...table.shapes, Rules: { l: 'Rule', one: 1, c: { len: [2, 5] } } } });
    expect(checkConstraints(pairs, 'PutRulesRequest', { Rule: { ID: 'far too long' } }).map((i) => i.message)).toEqual([
      'Rule: expected 2 to 5 items, got 1',
      'Rule.ID: expected a length of 1 to 5, got 12',
    ]);
  });

  it('are built as the wire writes them: one item alone, more as a list', () => {
    const forms = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) {
      const value = buildPayload(table, 'PutRulesRequest', new Random(seed)) as Json;
      const rule = value['Rule'];
      forms.add(Array.isArray(rule) ? `list of ${rule.length}` : 'alone');
      roundTrips(Request, value);
    }
    expect(forms).toEqual(new Set(['alone', 'list of 2']));
  });

  it('are a problem of the table with any other value of `one`', () => {
    const broken: ServiceTable = { ...table, shapes: { ...table.shapes, Names: { l: '$s', one: 2 as 1 } } };
    expect(tableProblems(broken)).toEqual(['shapes.Names: one is 2, not 1']);
    // A list of lists: an array there could be the list or its one item.
    const nested: ServiceTable = { ...table, shapes: { ...table.shapes, Names: { l: 'Row', one: 1 }, Row: { l: '$s' } } };
    expect(tableProblems(nested)).toEqual(['shapes.Names: one on a list of lists, whose one item alone reads as the list']);
  });
});
