// Bounds on hostile input, one class at a time: many failing items, deep
// nesting, huge strings, values no JSON holds (throwing getters, revoked
// Proxies, cycles, class instances, undefined) and wrong argument types.
// Every public function of the core, the error helpers and actorOf must
// answer: a decode gives a failure with a path, `is` gives false, encode
// throws only an EncodeError, and a report stays short.
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import * as api from '../support/api.js';
import { checkConstraints, explainWith } from '../../src/service-kit/index.js';
import { stringifyJson } from '../../src/core/stringifyJson.js';

type Obj = Record<string, unknown>;

const LINE_BREAK = /[\r\n\u2028\u2029\u0085]/;

// A record that decodes, written out so that this file depends on nothing else.
const good = (): Obj => ({
  eventVersion: '1.08',
  userIdentity: {
    type: 'IAMUser',
    principalId: 'AIDAEXAMPLE',
    arn: 'arn:aws:iam::111122223333:user/alice',
    accountId: '111122223333',
    userName: 'alice',
  },
  eventTime: '2026-03-02T09:30:00Z',
  eventSource: 's3.amazonaws.com',
  eventName: 'ListBuckets',
  awsRegion: 'eu-west-1',
  eventID: '5a1c2d3e-0000-4000-8000-000000000001',
  eventType: 'AwsApiCall',
});

/** Issues a report may hold: 100 problems and one line that counts the rest. */
const MAX_LINES = 101;

// Escapes may make a cut value up to six times longer than it was.
function expectBounded(issues: readonly api.Issue[], maxMessage = 1_000): void {
  expect(issues.length).toBeGreaterThan(0);
  expect(issues.length).toBeLessThanOrEqual(MAX_LINES);
  for (const i of issues) {
    expect(i.message).not.toMatch(LINE_BREAK);
    expect(i.message.length).toBeLessThan(maxMessage);
  }
}

function thrownBy(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
}

// ---------------------------------------------------------------------------

describe('a record with 200,000 failing array items', () => {
  const N = 200_000;
  const bad = { ...good(), resources: Array.from({ length: N }, () => ({ ARN: 5 })) };
  const file = { Records: [good(), bad, good()] };

  it('decodeLogFile keeps the good records and gives one bounded failure', () => {
    const r = api.decodeLogFile(file);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.records).toHaveLength(2);
    expect(r.data.failures.map((f) => f.index)).toEqual([1]);
    const f = r.data.failures[0] as api.RecordFailure;
    expectBounded(f.issues);
    expect(f.issues).toHaveLength(MAX_LINES);
    expect(f.issues[0]?.message).toBe('Records[1].resources[0].ARN: expected string, got 5');
    // The count is of the whole record, so it sits at the record's path.
    expect(f.issues[100]?.message).toBe(`Records[1]: … and at least ${N - 100} more issues, not shown`);
    expect(f.message.split('\n')).toHaveLength(MAX_LINES + 1);
  });

  it('decodeLogFileText too, on the text of the file', () => {
    const r = api.decodeLogFileText(JSON.stringify(file));
    expect(r.success && r.data.failures.length).toBe(1);
    if (r.success) expectBounded((r.data.failures[0] as api.RecordFailure).issues);
  });

  it('decode, decodeRecord, decodeWith and formatErrors report 100 issues and a count', () => {
    const r = api.CloudTrailRecord.decode(bad);
    expect(r._tag).toBe('Left');
    if (r._tag === 'Left') {
      expect(r.left.length).toBeLessThanOrEqual(MAX_LINES);
      expect(api.formatErrors(r.left).at(-1)).toBe(`(root): … and at least ${N - 100} more issues, not shown`);
    }
    const d = api.decodeRecord(bad);
    expect(d.success).toBe(false);
    if (!d.success) {
      expectBounded(d.error.issues);
      expect(d.error.message.split('\n').length).toBeLessThanOrEqual(MAX_LINES + 1);
    }
    expect(api.decodeWith(api.ActivityRecord, bad).success).toBe(false);
    expect(api.CloudTrailRecord.is(bad)).toBe(false);
  });

  it('the work of explaining is bounded too: items past the bound are not explained', () => {
    let explained = 0;
    class Counted extends api.WireType<string, string> {
      readonly encodesAsIs = true;
      constructor() {
        super('counted', (u): u is string => typeof u === 'string');
      }
      parse(u: unknown): string | api.Invalid {
        return typeof u === 'string' ? u : api.INVALID;
      }
      explain(u: unknown, c: t.Context): t.Errors {
        explained++;
        return [{ value: u, context: c }];
      }
      encodeValue(a: string): string {
        return a;
      }
    }
    const item = new Counted();
    const many = Array.from({ length: 50_000 }, () => 0);
    const codec = api.struct('Many', { a: api.arrayOf(item), b: api.arrayOf(api.arrayOf(item)) });
    const r = codec.decode({ a: many, b: [many, many] });
    expect(r._tag).toBe('Left');
    expect(explained).toBeLessThanOrEqual(100);
    if (r._tag === 'Left') expect(api.formatErrors(r.left).at(-1)).toMatch(/^\(root\): … and at least \d+ more issues, not shown$/);
  });

  it('issuesOf bounds errors it did not make (a foreign io-ts codec)', () => {
    const r = t.array(t.string).decode(Array.from({ length: N }, () => 1));
    expect(r._tag).toBe('Left');
    if (r._tag !== 'Left') return;
    const issues = api.issuesOf(r.left);
    expectBounded(issues);
    expect(issues.at(-1)?.message).toBe(`(root): … and at least ${N - 100} more issues, not shown`);
    // Through explainWith, the bound applies before the errors leave.
    expect(explainWith(t.array(t.string), Array.from({ length: N }, () => 1), []).length).toBe(MAX_LINES);
  });

  it('checkConstraints lists 100 issues, then counts', () => {
    const shapes = { L: { kind: 'list', member: 'S' }, S: { kind: 'string', length: { max: 1 } } };
    const issues = checkConstraints(shapes, 'L', Array.from({ length: N }, () => 'xx'));
    expectBounded(issues);
    expect(issues.at(-1)?.message).toBe(`(root): … and at least ${N - 100} more issues, not shown`);
  });
});

// ---------------------------------------------------------------------------

describe('values nested 100,000 deep', () => {
  const DEPTH = 100_000;
  let deep: unknown = 'bottom';
  for (let i = 0; i < DEPTH; i++) deep = i % 2 === 0 ? [deep] : { d: deep };

  it('decode, is, encode and explain of a record that holds one', () => {
    const record = { ...good(), requestParameters: { deep } };
    const r = api.CloudTrailRecord.decode(record);
    expect(r._tag).toBe('Right');
    if (r._tag === 'Right') expect(((api.CloudTrailRecord.encode(r.right) as Obj)['requestParameters'] as Obj)['deep'] === deep).toBe(true);
    expect(api.CloudTrailRecord.is(r._tag === 'Right' ? r.right : undefined)).toBe(true);
    const wrong = api.decodeRecord({ ...record, userIdentity: deep, eventTime: deep, additionalEventData: deep });
    expect(wrong.success).toBe(false);
    if (!wrong.success) expectBounded(wrong.error.issues);
    expect(api.JsonValue.is(deep)).toBe(true);
    expect(api.actorOf({ userIdentity: deep as api.UserIdentity })?.kind).toBe('unknown');
  });

  it('stringifyJson writes it, and reports a cycle at any depth as the TypeError JSON.stringify gives', () => {
    expect(stringifyJson(deep).length).toBe((DEPTH / 2) * 2 + (DEPTH / 2) * 6 + '"bottom"'.length);
    const cyclic: Obj = { d: deep };
    let bottom: unknown = cyclic;
    for (let i = 0; i < 50_000; i++) bottom = { d: bottom };
    cyclic['self'] = bottom;
    expect(() => stringifyJson(bottom)).toThrow(TypeError);
  });

  it('issue formatting of a deep context and a deep value', () => {
    const context: t.ContextEntry[] = [{ key: '', type: t.unknown, actual: deep }];
    for (let i = 0; i < 1_000; i++) context.push({ key: `k${i}`, type: t.unknown, actual: {} });
    const issue = api.issueOf({ value: deep, context });
    expect(issue.segments).toHaveLength(1_000);
    expect(issue.message.endsWith('got an object')).toBe(true);
  });
});

// ---------------------------------------------------------------------------

describe('a 50 MB string', () => {
  const big = `x${'\n\u202e'.repeat(25 * 1024 * 1024)}`;

  it('as eventName and eventID of a failing record: a short header', () => {
    const r = api.decodeLogFile({ Records: [{ eventName: big, eventID: big, eventVersion: 1 }] });
    expect(r.success).toBe(true);
    if (!r.success) return;
    const f = r.data.failures[0] as api.RecordFailure;
    expect(f.eventName).toBe(big); // the data stays as it was
    expect(f.message.length).toBeLessThan(20_000);
    expect(f.message.split('\n')[0]).toMatch(/^Records\[0\] did not decode \(eventName x\\n\\u202e.*…, eventID x\\n.*…\)$/);
  });

  it('as a value, a key and in a DecodeError summary: short messages', () => {
    const d = api.decodeRecord({ ...good(), eventName: big, eventTime: big });
    expect(d.success).toBe(false);
    if (!d.success) {
      expectBounded(d.error.issues);
      expect(d.error.message.length).toBeLessThan(2_000);
    }
    const keyed = api.decodeWith(t.record(t.string, t.number), { [big]: 'one' });
    expect(keyed.success).toBe(false);
    if (!keyed.success) expectBounded(keyed.error.issues, 2_000);
    expect(api.formatPath(['a', big]).length).toBeLessThan(1_000);
    expect(api.describeValue(big).length).toBeLessThan(600);
    expect(api.recordIds({ eventName: big }).length).toBeLessThan(1_000);
  });

  it('in an actor: the name is kept, the label is short', () => {
    const a = api.actorOf({ userIdentity: { type: 'IAMUser', userName: big } as api.UserIdentity });
    expect(a?.name).toBe(big);
    expect(a?.label.length).toBeLessThan(1_000);
    expect(a?.label).not.toMatch(LINE_BREAK);
  });
});

// ---------------------------------------------------------------------------
// Values no JSON holds

function throwingGetter(o: Obj, key: string): Obj {
  Object.defineProperty(o, key, {
    enumerable: true,
    get() {
      throw new Error('boom\nfake line');
    },
  });
  return o;
}

function revoked(target: object = {}): object {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
}

const hostile = (): Array<[string, unknown]> => {
  const cyclic: Obj = good();
  (cyclic['userIdentity'] as Obj)['self'] = cyclic;
  cyclic['requestParameters'] = cyclic;
  class RecordLike {
    eventVersion = 1;
    get eventName(): string {
      throw new Error('no');
    }
  }
  const trap = new Proxy({}, {
    get() {
      throw new RangeError('trap');
    },
    has() {
      throw new RangeError('trap');
    },
    ownKeys() {
      throw new RangeError('trap');
    },
    getOwnPropertyDescriptor() {
      throw new RangeError('trap');
    },
  });
  return [
    ['a getter that throws on eventTime', throwingGetter(good(), 'eventTime')],
    ['a getter that throws on userIdentity.userName', { ...good(), userIdentity: throwingGetter({ type: 'IAMUser', accountId: '1' }, 'userName') }],
    ['a getter that throws on an array item', { ...good(), resources: Object.defineProperty([{ ARN: 'a' }], 0, { get: () => { throw new Error('x'); } }) }],
    ['a revoked Proxy', revoked()],
    ['a revoked Proxy of an array', revoked([])],
    ['a revoked Proxy as userIdentity', { ...good(), userIdentity: revoked() }],
    ['a revoked Proxy as an array item', { ...good(), resources: [revoked()] }],
    ['a Proxy whose traps throw', trap],
    ['a Proxy whose traps throw, as userIdentity', { ...good(), userIdentity: trap }],
    ['a cyclic record', cyclic],
    ['a class instance', new RecordLike()],
    ['undefined', undefined],
    ['a symbol', Symbol('x')],
    ['a function', () => 1],
    ['a BigInt', 10n],
  ];
};

describe.each(hostile())('%s', (_, value) => {
  const codecs: Array<[string, t.Mixed]> = [
    ['CloudTrailRecord', api.CloudTrailRecord],
    ['ActivityRecord', api.ActivityRecord],
    ['UserIdentity', api.UserIdentity],
    ['LogFile', api.LogFile],
    ['JsonObject', api.JsonObject],
    ['Array<Resource>', api.arrayOf(api.Resource)],
  ];

  it('decode, validate and decodeWith report it; is says false', () => {
    for (const [, codec] of codecs) {
      const r = codec.decode(value);
      if (r._tag === 'Left') expectBounded(api.issuesOf(r.left));
      expect(codec.validate(value, [{ key: '', type: codec, actual: value }])._tag).toBe(r._tag);
      if (r._tag === 'Left') expect(codec.is(value)).toBe(false);
      const d = api.decodeWith(codec, value);
      if (!d.success) expect(d.error.message).not.toMatch(/[\u2028\u2029\u0085]/);
    }
    const rec = api.decodeRecord(value);
    if (!rec.success) {
      expectBounded(rec.error.issues);
      for (const i of rec.error.issues) expect(i.message).not.toContain('fake line');
    }
    expect(() => api.decodeRecordOrThrow(value)).toSatisfy((f: () => unknown) => {
      const e = thrownBy(f);
      return e === undefined || e instanceof api.DecodeError;
    });
  });

  it('the log-file decoder keeps it as a failure', () => {
    const r = api.decodeLogFile({ Records: [good(), value] });
    expect(r.success).toBe(true);
    if (r.success) {
      expect(r.data.records.length + r.data.failures.length).toBe(2);
      for (const f of r.data.failures) expectBounded(f.issues);
    }
  });

  it('encode throws nothing but an EncodeError', () => {
    for (const [, codec] of codecs) {
      const e = thrownBy(() => codec.encode(value));
      if (e !== undefined) expect(e).toBeInstanceOf(api.EncodeError);
    }
  });

  it('actorOf and actorOfIdentity answer', () => {
    expect(() => api.actorOf(value as api.CloudTrailRecord)).not.toThrow();
    const a = api.actorOfIdentity(value as api.UserIdentity);
    expect(typeof a.label).toBe('string');
    expect(a.label).not.toMatch(LINE_BREAK);
  });

  it('the error helpers answer', () => {
    expect(typeof api.describeValue(value)).toBe('string');
    expect(typeof api.recordIds(value)).toBe('string');
    const issue = api.issueOf({ value, context: [{ key: '', type: t.string, actual: value }, { key: 'k', type: t.string, actual: value }] });
    expect(issue.message).not.toMatch(LINE_BREAK);
    expect(api.formatErrors([{ value, context: [{ key: '', type: t.string, actual: value }] }])).toHaveLength(1);
  });
});

describe('wrong argument types', () => {
  const odd: unknown[] = [undefined, null, 'text', 42, {}, [], [null, 3], revoked(), Symbol('s')];

  it('actorOf and actorOfIdentity', () => {
    for (const v of odd) {
      expect(api.actorOf(v as api.CloudTrailRecord)).toBeUndefined();
      expect(api.actorOfIdentity(v as api.UserIdentity).kind).toBe('unknown');
    }
    // Numbers and nulls where strings belong are left out, not printed.
    const a = api.actorOf({ userIdentity: { type: 'IAMUser', userName: 5, arn: null, accountId: 7, principalId: 'AIDA1' } } as never);
    expect(a).toStrictEqual({ kind: 'iam-user', name: 'AIDA1', label: 'iam-user AIDA1' });
    expect(api.identityKind(null as never)).toBe('Untyped');
    expect(api.isRootIdentity(undefined as never)).toBe(false);
  });

  it('issuesOf, formatErrors, issueOf, formatPath, DecodeError, decodeWith, escapeText', () => {
    for (const v of odd) {
      expect(Array.isArray(api.issuesOf(v as t.Errors))).toBe(true);
      expect(Array.isArray(api.formatErrors(v as t.Errors))).toBe(true);
      expect(typeof api.issueOf(v as t.ValidationError).message).toBe('string');
      expect(typeof api.formatPath(v as string[])).toBe('string');
      expect(new api.DecodeError(v as api.Issue[], v as string).message).not.toMatch(/[\u2028\u2029]/);
      expect(api.decodeWith(v as t.Mixed, {}).success).toBe(false);
      expect(typeof api.escapeText(v as string)).toBe('string');
      expect(typeof api.recordIds(v)).toBe('string');
    }
  });
});

describe('checkConstraints on a cyclic value', () => {
  it('walks it once, without looping', () => {
    const shapes = {
      Node: { kind: 'structure', members: { next: { target: 'Node', required: false }, name: { target: 'Name', required: true } } },
      Name: { kind: 'string', length: { max: 3 } },
    };
    const node: Obj = { name: 'toolong' };
    node['next'] = node;
    expect(checkConstraints(shapes, 'Node', node).map((i) => i.message)).toEqual(['name: expected a length of at most 3, got 7']);
  });
});

describe('an unreadable value fails at its own path, with the error name only', () => {
  it('a getter on a record field, on an array item, a revoked Proxy as an item', () => {
    const messages = (u: unknown): string[] => {
      const r = api.decodeRecord(u);
      return r.success ? [] : r.error.issues.map((i) => i.message);
    };
    expect(messages(throwingGetter(good(), 'eventTime'))).toEqual(['eventTime: could not be read: Error']);
    const item = Object.defineProperty([{ ARN: 'a' }], 0, { get: () => { throw new TypeError('x\ny'); } });
    expect(messages({ ...good(), resources: item })).toEqual(['resources[0]: could not be read: TypeError']);
    expect(messages({ ...good(), resources: [revoked()] })).toEqual(['resources[0]: expected Resource, got an object that could not be read']);
    const issue = messages({ ...good(), userIdentity: throwingGetter({ type: 'IAMUser', accountId: '1' }, 'userName') });
    expect(issue).toEqual(['userIdentity.userName: could not be read: Error']);
  });

  it('encode of a value that no decode gave throws an EncodeError that encodeWith places', () => {
    const decoded = api.decodeRecord(good());
    expect(decoded.success).toBe(true);
    if (!decoded.success) return;
    const broken = { ...decoded.data, userIdentity: revoked() } as unknown as api.CloudTrailRecord;
    expect(thrownBy(() => api.CloudTrailRecord.encode(broken))).toBeInstanceOf(api.EncodeError);
    const r = api.encodeWith(api.CloudTrailRecord, broken);
    expect(r.success).toBe(false);
  });
});
