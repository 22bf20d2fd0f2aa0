// Examples are run as assertions: an example line whose trailing comment states
// a value (`codec.is(v); // true`) must evaluate to that value. The convention
// is docs/examples.md; the runner is scripts/examples/run.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { formatRunFailure, runExamples } from '../../scripts/check-examples.js';
import { applyKnownWrong, readKnownWrong } from '../../scripts/examples/knownWrong.js';
import type { RunReport } from '../../scripts/examples/run.js';

describe('documentation examples, run', () => {
  let report: RunReport;

  // One scan of the library's exports (a type-checker program), then the runs: seconds.
  beforeAll(async () => {
    report = await runExamples();
  }, 180_000);

  it('runs the examples that state values', () => {
    // Generated App Mesh examples may come and go; the hand-written ones alone
    // state a few hundred values, so a reader that stopped seeing claims fails here.
    const handWritten = report.asserted.filter((claim) => !claim.file.startsWith('src/services/'));
    expect(report.run).toBeGreaterThan(100);
    expect(handWritten.length).toBeGreaterThan(300);
  });

  it('finds every stated value true, apart from the listed known-wrong claims', () => {
    const { unexpected } = applyKnownWrong(report.failures, readKnownWrong());
    // One line per failure, with file:line, statement, expected and actual.
    expect(unexpected.map(formatRunFailure)).toEqual([]);
  });

  it('lists no known-wrong claim that is fixed or gone', () => {
    const { stale } = applyKnownWrong(report.failures, readKnownWrong());
    expect(stale).toEqual([]);
  });
});
