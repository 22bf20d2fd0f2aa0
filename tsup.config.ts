import { defineConfig } from 'tsup';
import { tsupEntry } from './scripts/entries.js';

export default defineConfig([
  {
    // The entries come from scripts/entries.ts, as everything else that names them does.
    entry: tsupEntry(),
    format: ['esm', 'cjs'],
    // `npm test` builds with `npm run build:js`: its tests run dist/'s
    // JavaScript, and the types are already checked by `npm run typecheck`;
    // declarations take most of the build's time. `npm run build` emits them.
    dts: process.env['npm_lifecycle_event'] !== 'build:js',
    tsconfig: 'tsconfig.build.json',
    sourcemap: true,
    clean: true,
    treeshake: true,
    splitting: true,
    target: 'node20',
    external: ['io-ts', 'fp-ts', 'fast-check'],
  },
  {
    // The command-line tool: one ESM file with its shebang, no types.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    tsconfig: 'tsconfig.build.json',
    sourcemap: false,
    clean: false,
    splitting: false,
    target: 'node20',
    external: ['io-ts', 'fp-ts', 'fast-check'],
  },
]);
