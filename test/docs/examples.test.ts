// The documentation contract: every exported symbol has a doc comment with an
// @example, and the examples and the ```ts blocks of the guides compile.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkExamples, compileSnippets, type Report } from '../../scripts/check-examples.js';

describe('documentation examples', () => {
  let report: Report;

  // One type-check of the library and every example: seconds, not milliseconds.
  beforeAll(() => {
    report = checkExamples();
  }, 180_000);

  it('documents every exported symbol', () => {
    expect(report.missingDoc).toEqual([]);
  });

  it('gives every exported symbol an @example', () => {
    expect(report.missingExample).toEqual([]);
  });

  it('compiles every example and guide snippet', () => {
    expect(report.checked).toBeGreaterThan(0);
    expect(report.failingExamples).toEqual([]);
  });

  it('reports a snippet that does not compile', () => {
    const failures = compileSnippets([
      { file: 'negative-control.md', code: "import { Nope } from 'cloudtrail-codecs';\nNope;", lines: [10, 11] },
    ]);
    expect(failures).toContainEqual({
      origin: 'negative-control.md:10',
      message: expect.stringMatching(/no exported member.*'Nope'/) as unknown as string,
    });
  }, 180_000);

  it('accepts a correct snippet, with a value expression and a comment', () => {
    const failures = compileSnippets([
      {
        file: 'positive-control.md',
        code: "import { BooleanFromString } from 'cloudtrail-codecs';\nBooleanFromString.is(true); // true",
      },
    ]);
    expect(failures).toEqual([]);
  }, 180_000);
});
