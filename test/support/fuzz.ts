// Property and fuzz counts: sized for `npm test` on two cores by default;
// .ci/run sets FUZZ_RUNS for a longer pass. A count, never a time limit, so a
// loaded machine makes a run slower, not flaky.
export function fuzzRuns(forNpmTest: number): number {
  const asked = Number(process.env['FUZZ_RUNS']);
  return Number.isInteger(asked) && asked > 0 ? asked : forNpmTest;
}
