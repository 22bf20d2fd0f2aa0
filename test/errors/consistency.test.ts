// A failed decode always says why, a DecodeError can be built from any list,
// and a message depends on the value only, not on what failed before.
import { describe, expect, it } from 'vitest';
import {
  CloudTrailRecord,
  DecodeError,
  SessionAttributes,
  arrayOf,
  StringValue,
  formatErrors,
  type Issue,
} from '../../src/index.js';
import { decodeRecord } from '../../src/containers/index.js';
import { clone, corpusRecords } from '../support/corpus.js';

const good = (): Record<string, unknown> => clone(corpusRecords()[0]?.record ?? {}) as Record<string, unknown>;

describe('a value that answers differently when read twice', () => {
  it('a getter that throws only the first time: the failure still has an issue', () => {
    let reads = 0;
    const record = Object.defineProperty(good(), 'eventTime', {
      enumerable: true,
      get: () => {
        reads++;
        if (reads === 1) throw new TypeError('once');
        return '2024-01-01T00:00:00Z';
      },
    });
    const r = CloudTrailRecord.decode(record);
    expect(r._tag).toBe('Left');
    if (r._tag === 'Right') return;
    const lines = formatErrors(r.left);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0]).toMatch(/could not be read consistently/);
    const d = decodeRecord(record);
    expect(d.success ? [] : d.error.issues.length).not.toEqual(0);
  });
});

describe('new DecodeError never throws', () => {
  it('on a list whose length cannot be read', () => {
    const list = new Proxy([] as Issue[], { get: (o, k) => { if (k === 'length') throw new TypeError('no'); return Reflect.get(o, k); } });
    const e = new DecodeError(list, 'Bad');
    expect(e.message).toBe('Bad:\n');
    expect(e.issues).toEqual([]);
  });

  it('on an issue whose message getter throws', () => {
    const issue = Object.defineProperty({ path: '', segments: [], expected: '', actual: 1, missing: false }, 'message', { get: () => { throw new Error('x'); } });
    expect(new DecodeError([issue as unknown as Issue]).message).toBe('Decoding failed:\n  (an issue without a message)');
  });

  it('keeps a hand-built message on one line', () => {
    const issue: Issue = { path: 'a', segments: ['a'], expected: '', actual: 1, missing: false, message: 'a: bad\n  forged: line' };
    const e = new DecodeError([issue]);
    expect(e.message.split('\n')).toHaveLength(2);
    expect(e.message).toContain('a: bad\\n  forged: line');
  });

  it('cuts a long hand-built list where issuesOf would, and counts the rest', () => {
    const many: Issue[] = Array.from({ length: 150 }, (_, i) => ({ path: '', segments: [], expected: '', actual: i, missing: false, message: `(root): ${i}` }));
    const lines = new DecodeError(many).message.split('\n');
    expect(lines).toHaveLength(1 + 101 + 1);
    expect(lines.at(-1)).toBe('  … and at least 49 more issues, not shown');
  });
});

describe('messages depend on the value only', () => {
  // Its length is 1 for the fast path, which finds the bad item, then text.
  const oddLength = (): unknown => {
    let reads = 0;
    return new Proxy([5], { get: (o, k) => (k === 'length' ? (reads++ === 0 ? 1 : 'many') : Reflect.get(o, k)) });
  };

  it('an array whose length is not a number says so, whatever failed before', () => {
    const Items = arrayOf(StringValue);
    const alone = formatErrors((Items.decode(oddLength()) as unknown as { left: never }).left);
    // Another value fails on a RangeError first.
    SessionAttributes.decode(Object.defineProperty({}, 'creationDate', { enumerable: true, get: () => { throw new RangeError('deep'); } }));
    const after = formatErrors((Items.decode(oddLength()) as unknown as { left: never }).left);
    expect(after).toEqual(alone);
    expect(alone[0]).not.toMatch(/could not be read/);
    expect(alone[0]).toMatch(/length/);
  });
});
