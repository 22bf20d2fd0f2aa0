// The value-claim convention of docs/examples.md: which comments are claims,
// how a claim matches a value, and how the runner reports what it finds.
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { runExamples } from '../../scripts/check-examples.js';
import { matches, parseLiteral, readComment, type Pattern } from '../../scripts/examples/claims.js';
import { applyKnownWrong, readKnownWrong } from '../../scripts/examples/knownWrong.js';
import type { RunFailure } from '../../scripts/examples/run.js';

const kindOf = (comment: string): string => readComment(comment).kind;

function pattern(text: string): Pattern {
  const p = parseLiteral(text);
  if (typeof p === 'string') throw new Error(`${text}: ${p}`);
  return p;
}

describe('reading a trailing comment', () => {
  it.each([
    ['39', '39'],
    ["'Right'", "'Right'"],
    ['true: only type is required', 'true'],
    ['null: a failed call', 'null'],
    ["['a', 'b']", "['a', 'b']"],
    ["{ mfaAuthenticated: 'true' }", "{ mfaAuthenticated: 'true' }"],
    ["{ a: 1 }: a note", '{ a: 1 }'],
    ['right(false)', 'right(false)'],
    ['-1.5', '-1.5'],
    ['NaN: only UTC (Z)', 'NaN'],
    ["[…, 'eventTime', …]", "[…, 'eventTime', …]"],
    ["'eventSource: is s3.amazonaws.com': colons inside quotes belong to the value", "'eventSource: is s3.amazonaws.com'"],
    ['"double" ', '"double"'],
    ['`template`', '`template`'],
    ['undefined: the issuer is {}', 'undefined'],
  ])('%s is a claim of %s', (comment, stated) => {
    expect(readComment(comment)).toMatchObject({ kind: 'claim', stated });
  });

  it.each([
    'Date',
    'string | undefined',
    "'DELETED' | …",
    'null | undefined',
    "'ApiCallRateInsight' | 'ApiErrorRateInsight' | …",
    'the member that is set',
    "e.g. 'eventTime: cannot write'",
    '> 0',
    "T is 'x', inferred from `a` alone",
    'string[]: one line per problem',
  ])('%s is a note', (comment) => {
    expect(kindOf(comment)).toBe('note');
  });

  it.each([
    '2, both with the same new account id',
    "'user-' and four hex digits",
    "[..., 'eventTime', ...]",
    'undefined for Insights and aggregated records',
    '1.10 > 1.09',
    "'a', 'b', 'c'",
    'right(value)',
    '{ a: b }',
    '[1, 2',
  ])('%s is unclear', (comment) => {
    const reading = readComment(comment);
    expect(reading.kind).toBe('unclear');
    expect(reading).toMatchObject({ reason: expect.stringContaining('starts like a value') as unknown });
  });
});

describe('matching a claim', () => {
  it('compares primitives exactly, NaN included', () => {
    expect(matches(pattern('0'), 0)).toBe(true);
    expect(matches(pattern('0'), '0')).toBe(false);
    expect(matches(pattern('null'), undefined)).toBe(false);
    expect(matches(pattern('undefined'), undefined)).toBe(true);
    expect(matches(pattern('NaN'), Number.NaN)).toBe(true);
    expect(matches(pattern('NaN'), 'NaN')).toBe(false);
    expect(matches(pattern('-2'), -2)).toBe(true);
    expect(matches(pattern("'a\\nb'"), 'a\nb')).toBe(true);
  });

  it('reads … in a string as any run of characters', () => {
    const p = pattern("'a…c'");
    expect(['abc', 'ac', 'a long way to c'].map((s) => matches(p, s))).toEqual([true, true, true]);
    expect(['ab', 'bc', 'acx', 42].map((s) => matches(p, s))).toEqual([false, false, false, false]);
    // A string that holds … itself matches its own claim.
    expect(matches(pattern("'Create…'"), 'Create…')).toBe(true);
    expect(matches(pattern("'Create…'"), 'Crea')).toBe(false);
    expect(matches(pattern("'a…b…a'"), 'aba')).toBe(true);
    expect(matches(pattern("'a…b…a'"), 'ab')).toBe(false);
    expect(matches(pattern("'a…a'"), 'a')).toBe(false);
  });

  it('matches arrays item by item, with … for any run of items', () => {
    expect(matches(pattern("['a', 'b']"), ['a', 'b'])).toBe(true);
    expect(matches(pattern("['a', 'b']"), ['a', 'b', 'c'])).toBe(false);
    expect(matches(pattern("['a', 'b']"), ['b', 'a'])).toBe(false);
    expect(matches(pattern("['a', …]"), ['a'])).toBe(true);
    expect(matches(pattern("['a', …]"), ['a', 1, 2])).toBe(true);
    expect(matches(pattern("[…, 'x', …]"), ['y', 'x', 'z'])).toBe(true);
    expect(matches(pattern("[…, 'x', …]"), ['y', 'z'])).toBe(false);
    expect(matches(pattern("['a', …, 'z']"), ['a', 'z'])).toBe(true);
    expect(matches(pattern("['a', …, 'z']"), ['a', 'z', 'q'])).toBe(false);
    expect(matches(pattern("['a']"), { 0: 'a', length: 1 })).toBe(false);
    expect(matches(pattern('[]'), [])).toBe(true);
  });

  it('matches objects on their defined own properties, with … for others', () => {
    expect(matches(pattern('{ a: 1 }'), { a: 1 })).toBe(true);
    expect(matches(pattern('{ a: 1 }'), { a: 1, b: undefined })).toBe(true);
    expect(matches(pattern('{ a: 1 }'), { a: 1, b: 2 })).toBe(false);
    expect(matches(pattern('{ a: 1 }'), { a: 2 })).toBe(false);
    expect(matches(pattern('{ a: 1, … }'), { a: 1, b: 2 })).toBe(true);
    expect(matches(pattern('{ a: undefined }'), {})).toBe(true);
    expect(matches(pattern("{ 'cost center': { x: [1] } }"), { 'cost center': { x: [1] } })).toBe(true);
    expect(matches(pattern('{}'), [])).toBe(false);
    expect(matches(pattern('{}'), null)).toBe(false);
    class Point {
      constructor(readonly x: number) {}
    }
    expect(matches(pattern('{ x: 1 }'), new Point(1))).toBe(true);
  });

  it('reads right(v) and left(v) as fp-ts Either values', () => {
    expect(matches(pattern('right(true)'), E.right(true))).toBe(true);
    expect(matches(pattern('right(true)'), E.right(false))).toBe(false);
    expect(matches(pattern('right(true)'), E.left(true))).toBe(false);
    expect(matches(pattern("left(['x'])"), E.left(['x']))).toBe(true);
  });
});

describe('running examples', () => {
  const snippet = (code: string, lines?: number[]) => ({ file: 'control.md', code, ...(lines === undefined ? {} : { lines }) });
  const brief = (failures: readonly RunFailure[]) => failures.map(({ line, expected, actual }) => ({ line, expected, actual }));

  it('passes true claims and reports each wrong one with file, line, stated and actual value', async () => {
    const report = await runExamples([
      snippet(
        [
          "import { StringValue, formatPath } from 'cloudtrail-codecs';",
          "StringValue.is('x'); // true",
          "StringValue.is(1); // true",
          "formatPath(['a', 0]); // 'a[0]'",
          "formatPath(['a', 0]); // ['a', 0]: the path as text, not segments",
        ].join('\n'),
        [10, 11, 12, 13, 14],
      ),
    ]);
    expect(report.run).toBe(1);
    expect(report.asserted).toHaveLength(4);
    expect(report.failures).toEqual([
      { file: 'control.md', line: 12, code: 'StringValue.is(1);', expected: 'true', actual: 'false' },
      { file: 'control.md', line: 14, code: "formatPath(['a', 0]);", expected: "['a', 0]", actual: "'a[0]'" },
    ]);
  });

  it('checks a claim each time it runs, and fails one that never runs', async () => {
    const report = await runExamples([
      snippet(
        [
          'for (const n of [1, 2, 3]) n < 3; // true',
          'const ready = false as boolean;',
          'if (ready) Number(1); // 1',
          'const n = [1, 2].length; // 2',
          'console.log(n + 1); // 3',
          'await Promise.resolve(4); // 4',
        ].join('\n'),
      ),
    ]);
    expect(brief(report.failures)).toEqual([
      { line: 1, expected: 'true', actual: 'false' },
      { line: 3, expected: '1', actual: 'never evaluated: the statement did not run' },
    ]);
    // Claims that ran, the wrong one included; the one that never ran is not counted.
    expect(report.asserted).toHaveLength(4);
  });

  it('reports an example that throws, before or after its claims', async () => {
    const report = await runExamples([
      snippet("JSON.parse('{'); // 1\n"),
      snippet("[1].length; // 1\nJSON.parse('{');"),
    ]);
    expect(brief(report.failures)).toEqual([
      { line: 1, expected: '1', actual: expect.stringMatching(/^threw SyntaxError: /) as unknown as string },
      { line: 1, expected: 'runs to its end', actual: expect.stringMatching(/^threw SyntaxError: /) as unknown as string },
    ]);
  });

  it('compiles but does not run examples that declare their input, and counts their claims', async () => {
    const report = await runExamples([
      snippet("declare const name: string;\nname.length; // 3\nnot.run(); // 'never'"),
      snippet('// a comment line is prose: 1\nMath.max(1, 2);'),
    ]);
    expect(report).toMatchObject({ run: 0, declared: 1, asserted: [], failures: [] });
    expect(report.unchecked.map((c) => c.stated)).toEqual(['3', "'never'"]);
  });

  it('reports unclear and misplaced value comments, even in examples that are not run', async () => {
    const report = await runExamples([
      snippet("declare const xs: string[];\nxs.length; // 2, both strings"),
      snippet("const o = {\n  a: 1, // 1\n};\nconst { a } = o; // 1\no.a; // 1"),
    ]);
    expect(brief(report.failures)).toEqual([
      { line: 2, expected: '2, both strings', actual: expect.stringMatching(/^unclear comment: /) as unknown as string },
      { line: 2, expected: '1', actual: expect.stringMatching(/^misplaced claim: /) as unknown as string },
      { line: 4, expected: '1', actual: expect.stringMatching(/^misplaced claim: a declaration carries a claim only when it declares one name/) as unknown as string },
    ]);
    expect(report.asserted).toHaveLength(1);
  });

  it('reads the package, its subpaths and the peers as a consumer would', async () => {
    const report = await runExamples([
      snippet(
        [
          "import { BooleanFromString } from 'cloudtrail-codecs';",
          "import { Fixtures } from 'cloudtrail-codecs/builders';",
          "import * as t from 'io-ts';",
          "import { isRight } from 'fp-ts/lib/Either.js';",
          "import fc from 'fast-check';",
          "BooleanFromString.decode('true'); // right(true)",
          "new Fixtures({ seed: 1 }).root().arn.startsWith('arn:aws:iam::'); // true",
          "isRight(t.string.decode('x')); // true",
          'typeof fc.assert; // \'function\'',
        ].join('\n'),
      ),
    ]);
    expect(report.failures).toEqual([]);
    expect(report.asserted).toHaveLength(4);
  });
});

describe('the known-wrong list', () => {
  const failure: RunFailure = { file: 'src/x.ts', line: 3, code: 'f();', expected: '1', actual: '2' };

  it('skips exactly the listed failures and names entries that no longer fail', () => {
    const listed = { file: 'src/x.ts', line: 9, code: 'f();', expected: '1' };
    const gone = { file: 'src/y.ts', code: 'g();', expected: 'true' };
    const other: RunFailure = { ...failure, expected: '3' };
    expect(applyKnownWrong([failure, other], [listed, gone])).toEqual({ unexpected: [other], known: [failure], stale: [gone] });
  });

  it('is a readable list', () => {
    expect(Array.isArray(readKnownWrong())).toBe(true);
  });
});
