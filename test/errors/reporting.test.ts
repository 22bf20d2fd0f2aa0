import fc from 'fast-check';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import {
  BooleanFromString,
  CloudTrailRecord,
  DecodeError,
  UserIdentity,
  decodeWith,
  decodeWithOrThrow,
  describeValue,
  formatErrors,
  formatPath,
  issueOf,
  issuesOf,
} from '../../src/index.js';
import { decodeRecord } from '../../src/containers/index.js';
import { clone, corpusRecords } from '../support/corpus.js';

type Json = Record<string, unknown>;

function leftOf(r: t.Validation<unknown>): t.Errors {
  if (r._tag === 'Right') throw new Error('expected a failure');
  return r.left;
}

const records = corpusRecords();
function recordWhere(p: (r: Json) => boolean): Json {
  const found = records.find((r) => p(r.record));
  if (found === undefined) throw new Error('no corpus record matches');
  return clone(found.record);
}

describe('formatPath', () => {
  it.each<[ReadonlyArray<string | number>, string]>([
    [[], ''],
    [['Records', 3, 'userIdentity', 'type'], 'Records[3].userIdentity.type'],
    [[3], '[3]'],
    [[0, 'a', 1, 2], '[0].a[1][2]'],
    [['$ref', '_x', 'a1'], '$ref._x.a1'],
    // '-' is allowed after the first character, so these stay bare.
    [['detail-type'], 'detail-type'],
    [['detail', 'replay-name'], 'detail.replay-name'],
    [['odd key'], '["odd key"]'],
    [['a', 'odd key', 0], 'a["odd key"][0]'],
    [['a', '0x'], 'a["0x"]'],
    [['a', '-lead'], 'a["-lead"]'],
    [['a.b'], '["a.b"]'],
    [['a', ''], 'a[""]'],
    [['say "hi"'], '["say \\"hi\\""]'],
  ])('%j renders as %s', (segments, path) => {
    expect(formatPath(segments)).toBe(path);
  });

  it('renders any segments so that a bracketed key reads back as the key', () => {
    fc.assert(
      fc.property(fc.string(), (key) => {
        const path = formatPath(['x', key]);
        if (path.startsWith('x[')) expect(JSON.parse(path.slice(2, -1))).toBe(key);
        else expect(path).toBe(`x.${key}`);
      }),
    );
  });
});

describe('issue paths from real decodes', () => {
  it('uses [n] for array items and dots for keys', () => {
    const r = t.array(t.type({ a: t.type({ b: t.string }) })).decode([{ a: { b: 'ok' } }, { a: { b: 1 } }]);
    const [issue] = issuesOf(leftOf(r));
    expect(issue?.path).toBe('[1].a.b');
    expect(issue?.segments).toEqual([1, 'a', 'b']);
  });

  it('brackets odd keys', () => {
    const r = t.type({ 'odd key': t.string }).decode({ 'odd key': 5 });
    expect(formatErrors(leftOf(r))).toEqual(['["odd key"]: expected string, got 5']);
  });

  it('keeps a digit key of an object as a string segment', () => {
    const r = t.record(t.string, t.number).decode({ '3': 'x' });
    const [issue] = issuesOf(leftOf(r));
    expect(issue?.segments).toEqual(['3']);
    expect(issue?.path).toBe('["3"]');
  });

  it('shows a problem with the value itself as (root)', () => {
    expect(formatErrors(leftOf(BooleanFromString.decode(true)))).toEqual(['(root): expected "true" | "false", got true']);
    const issue = issuesOf(leftOf(BooleanFromString.decode(true)))[0];
    expect(issue).toMatchObject({ path: '', segments: [], expected: '"true" | "false"', actual: true, missing: false });
  });

  it('reports a real record with MFA as a JSON boolean at the documented path', () => {
    const rec = recordWhere((r) => (r['userIdentity'] as Json | undefined)?.['type'] === 'AssumedRole');
    const attributes = ((rec['userIdentity'] as Json)['sessionContext'] as Json)['attributes'] as Json;
    attributes['mfaAuthenticated'] = true;
    expect(formatErrors(leftOf(CloudTrailRecord.decode(rec)))).toEqual([
      'userIdentity.sessionContext.attributes.mfaAuthenticated: expected "true" | "false", got true — a decoded value? Serialise decoded records with encode, not JSON.stringify',
    ]);
  });

  it('indexes into arrays of a real record', () => {
    const rec = recordWhere((r) => Array.isArray(r['resources']) && r['resources'].length >= 2);
    ((rec['resources'] as Json[])[1] as Json)['ARN'] = 42;
    const [issue, ...rest] = issuesOf(leftOf(CloudTrailRecord.decode(rec)));
    expect(rest).toEqual([]);
    expect(issue?.path).toBe('resources[1].ARN');
    expect(issue?.segments).toEqual(['resources', 1, 'ARN']);
    expect(issue?.message).toBe('resources[1].ARN: expected string, got 42');
  });
});

describe('issueOf', () => {
  it('marks missing values and says so', () => {
    const r = t.type({ a: t.string }).decode({});
    const issue = issueOf(leftOf(r)[0] as t.ValidationError);
    expect(issue).toEqual({
      path: 'a',
      segments: ['a'],
      expected: 'string',
      actual: undefined,
      missing: true,
      message: 'a: expected string, but it is missing',
    });
  });

  it('uses the message of the error when there is one', () => {
    const e: t.ValidationError = {
      value: 1,
      context: [
        { key: '', type: t.unknown, actual: { a: 1 } },
        { key: 'a', type: t.string, actual: 1 },
      ],
      message: 'not what we wanted',
    };
    expect(issueOf(e).message).toBe('a: not what we wanted');
    expect(issueOf(e).expected).toBe('string');
  });

  it('copes with an empty context', () => {
    expect(issueOf({ value: 1, context: [] })).toMatchObject({
      path: '',
      expected: 'a value',
      message: '(root): expected a value, got 1',
    });
  });

  it('skips context entries with an empty key', () => {
    const e: t.ValidationError = {
      value: 2,
      context: [
        { key: '', type: t.unknown, actual: { a: '2' } },
        { key: 'a', type: t.unknown, actual: '2' },
        { key: '', type: t.number, actual: 2 },
      ],
    };
    expect(issueOf(e).path).toBe('a');
    expect(issueOf(e).expected).toBe('number');
  });
});

describe('describeValue', () => {
  it.each<[string, unknown, string]>([
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['a number', 42, '42'],
    ['NaN', Number.NaN, 'NaN'],
    ['a boolean', false, 'false'],
    ['a bigint', 10n, '10'],
    ['a short string', 'yesterday', '"yesterday"'],
    ['an empty array', [], 'an array of 0 items'],
    ['a one-item array', ['x'], 'an array of 1 item'],
    ['a longer array', [1, 2, 3], 'an array of 3 items'],
    ['an object', { a: 1 }, 'an object'],
    ['a Date', new Date(Date.UTC(2024, 0, 2, 3, 4, 5)), 'a Date (2024-01-02T03:04:05.000Z)'],
    ['an invalid Date', new Date(Number.NaN), 'a Date (invalid)'],
    ['a function', () => 1, 'a function'],
    ['a symbol', Symbol('s'), 'a symbol'],
  ])('%s', (_what, value, shown) => {
    expect(describeValue(value)).toBe(shown);
  });

  it('shows strings of up to 80 characters whole', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        expect(describeValue(s)).toBe(JSON.stringify(s));
      }),
    );
  });

  it('truncates longer strings to 80 characters and gives the full length', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 81, maxLength: 400 }), (s) => {
        expect(describeValue(s)).toBe(`${JSON.stringify(`${s.slice(0, 80)}…`)} (${s.length} characters)`);
      }),
    );
  });

  it('truncates a long value in a real error message', () => {
    const rec = recordWhere((r) => typeof r['eventTime'] === 'string' && r['eventType'] === 'AwsApiCall');
    rec['eventTime'] = 'x'.repeat(200);
    const [line] = formatErrors(leftOf(CloudTrailRecord.decode(rec)));
    expect(line).toBe(`eventTime: expected ISO-8601 UTC timestamp (like 2019-10-18T15:00:49Z), got "${'x'.repeat(80)}…" (200 characters)`);
  });
});

describe('issuesOf', () => {
  it('drops repeated reports of the same problem', () => {
    // The same problem reached twice, as when two checks look at one value.
    const once = leftOf(t.type({ a: t.string }).decode({ a: 1 }));
    const errors = [...once, ...once.map((e) => ({ ...e, context: [...e.context] }))];
    expect(errors).toHaveLength(2);
    expect(issuesOf(errors).map((i) => i.message)).toEqual(['a: expected string, got 1']);
    expect(formatErrors(errors)).toEqual(['a: expected string, got 1']);
  });

  it('keeps distinct problems, in order', () => {
    const errors = leftOf(t.type({ a: t.string, b: t.number }).decode({ a: 1 }));
    expect(issuesOf(errors).map((i) => i.path)).toEqual(['a', 'b']);
  });
});

describe('DecodeError', () => {
  const rec = recordWhere((r) => r['eventType'] === 'AwsApiCall');
  delete rec['eventTime'];
  rec['awsRegion'] = 7;

  it('has a summary line, then one indented line per issue', () => {
    const err = DecodeError.fromErrors(leftOf(CloudTrailRecord.decode(rec)), 'Bad record');
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('DecodeError');
    expect(err.issues.map((i) => i.path)).toEqual(['eventTime', 'awsRegion']);
    expect(err.message).toBe(
      [
        'Bad record:',
        '  eventTime: expected ISO-8601 UTC timestamp (like 2019-10-18T15:00:49Z), but it is missing',
        '  awsRegion: expected string, got 7',
      ].join('\n'),
    );
  });

  it('has a default summary', () => {
    const err = new DecodeError(issuesOf(leftOf(t.string.decode(1))));
    expect(err.message).toBe('Decoding failed:\n  (root): expected string, got 1');
  });

  it('single makes one root issue', () => {
    const err = DecodeError.single('it is broken', 'text');
    expect(err.issues).toEqual([
      { path: '', segments: [], expected: '', actual: 'text', missing: false, message: '(root): it is broken' },
    ]);
    expect(err.message).toBe('Decoding failed:\n  (root): it is broken');
  });
});

describe('decodeWith and decodeWithOrThrow', () => {
  it('returns the data on success', () => {
    expect(decodeWith(BooleanFromString, 'false')).toEqual({ success: true, data: false });
    expect(decodeWithOrThrow(BooleanFromString, 'true')).toBe(true);
  });

  it('names the codec in the summary on failure', () => {
    const r = decodeWith(t.type({ a: t.string }), { a: null });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error).toBeInstanceOf(DecodeError);
    expect(r.error.message).toBe('Not a valid { a: string }:\n  a: expected string, got null');
  });

  it('decodes real records like the codec does', () => {
    for (const { record } of records.slice(0, 50)) {
      const r = decodeWith(CloudTrailRecord, record);
      const direct = CloudTrailRecord.decode(record);
      expect(r.success).toBe(true);
      if (r.success && direct._tag === 'Right') expect(r.data).toEqual(direct.right);
    }
  });

  it('decodeWithOrThrow throws the DecodeError', () => {
    let thrown: unknown;
    try {
      decodeWithOrThrow(BooleanFromString, 'yes');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(DecodeError);
    expect((thrown as DecodeError).message).toBe('Not a valid "true" | "false":\n  (root): expected "true" | "false", got "yes"');
  });
});

describe('tagged unions report the chosen branch only', () => {
  it('an IAMUser identity without accountId yields one issue', () => {
    const rec = recordWhere((r) => (r['userIdentity'] as Json | undefined)?.['type'] === 'IAMUser');
    delete (rec['userIdentity'] as Json)['accountId'];
    const r = decodeRecord(rec);
    if (r.success) throw new Error('expected a failure');
    expect(r.error.issues).toHaveLength(1);
    expect(r.error.issues[0]).toMatchObject({
      path: 'userIdentity.accountId',
      missing: true,
      message: 'userIdentity.accountId: expected string, but it is missing',
    });
  });

  it('the same identity alone fails at accountId', () => {
    const rec = recordWhere((r) => (r['userIdentity'] as Json | undefined)?.['type'] === 'IAMUser');
    const ui = rec['userIdentity'] as Json;
    delete ui['accountId'];
    expect(formatErrors(leftOf(UserIdentity.decode(ui)))).toEqual(['accountId: expected string, but it is missing']);
  });

  it('an insight record is judged as an insight record', () => {
    const rec = recordWhere((r) => r['eventType'] === 'AwsCloudTrailInsight');
    delete rec['insightDetails'];
    const r = decodeRecord(rec);
    if (r.success) throw new Error('expected a failure');
    // No complaints about userIdentity or eventName, which only activity records need.
    expect(r.error.issues.map((i) => i.path)).toEqual(['insightDetails']);
  });

  it('a record of an unknown eventType is judged as an activity record', () => {
    const rec = recordWhere((r) => r['eventType'] === 'AwsApiCall');
    rec['eventType'] = 'AwsSomethingNew';
    delete rec['eventName'];
    const r = decodeRecord(rec);
    if (r.success) throw new Error('expected a failure');
    expect(r.error.issues.map((i) => i.message)).toEqual(['eventName: expected string, but it is missing']);
  });

  it('an unknown identity type falls to the unrecognized branch and decodes', () => {
    const rec = recordWhere((r) => (r['userIdentity'] as Json | undefined)?.['type'] === 'IAMUser');
    (rec['userIdentity'] as Json)['type'] = 'SomeFutureType';
    const r = decodeRecord(rec);
    expect(r.success).toBe(true);
  });

  it('a tag of the wrong type lists the known tags once', () => {
    const rec = recordWhere((r) => (r['userIdentity'] as Json | undefined)?.['type'] === 'IAMUser');
    (rec['userIdentity'] as Json)['type'] = ['IAMUser'];
    const r = decodeRecord(rec);
    if (r.success) throw new Error('expected a failure');
    expect(r.error.issues).toHaveLength(1);
    expect(r.error.issues[0]?.message).toMatch(/^userIdentity\.type: expected "Root" \| "IAMUser" \| .*"Unknown", got an array of 1 item$/);
  });
});
