import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      stream: 'src/stream/index.ts',
      appmesh: 'src/appmesh/index.ts',
      'service-kit': 'src/service-kit/index.ts',
      builders: 'src/builders/index.ts',
      arbitraries: 'src/arbitraries/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
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
