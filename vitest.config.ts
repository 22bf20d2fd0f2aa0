import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: false },
    // Tests check results, never speed: a limit is only a guard against a
    // hang, generous enough that a loaded two-core machine cannot miss it
    // (vitest's 5 s default can be, by a test that takes 4 s alone).
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
