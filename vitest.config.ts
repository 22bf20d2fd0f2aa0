import { defineConfig } from 'vitest/config';

// Files that replace modules or spy on them (vi.mock, vi.spyOn): each gets
// module instances of its own.
const ISOLATED = [
  'test/builders/arbitraries-fast-check-3.test.ts',
  'test/service-kit/build-arbitrary-fc3.test.ts',
  'test/wire/encode-paths.test.ts',
];

export default defineConfig({
  test: {
    typecheck: { enabled: false },
    // Tests check results, never speed: a limit is only a guard against a
    // hang, generous enough that a loaded two-core machine cannot miss it
    // (vitest's 5 s default can be, by a test that takes 4 s alone).
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Both cores (vitest's default leaves one idle on a two-core machine),
    // and worker threads, which start faster than processes.
    pool: 'threads',
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        // The other files share module instances within a worker: importing
        // the twelve services' generated modules once per worker, not once
        // per file, is most of what the suite would otherwise spend. No test
        // relies on fresh module state (codec-building counts use tables of
        // their own), and files run one at a time in each worker.
        test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: ISOLATED, isolate: false },
      },
      { extends: true, test: { name: 'isolated', include: ISOLATED, isolate: true } },
    ],
  },
});
