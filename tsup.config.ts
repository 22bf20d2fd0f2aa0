import { defineConfig } from 'tsup';
import { tsupEntry } from './scripts/entries.js';

export default defineConfig([
  {
    // The entries come from scripts/entries.ts, as everything else that names them does.
    entry: tsupEntry(),
    format: ['esm', 'cjs'],
    // Declarations are written by tsc after this step (`npm run build` runs
    // scripts/declarations.ts); `npm test` needs only the JavaScript.
    dts: false,
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
