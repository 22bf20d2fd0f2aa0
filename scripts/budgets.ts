// Size and type-cost measurements shared by the budget tests (npm test) and
// the benchmark report.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const root = resolve(import.meta.dirname, '..');

/** The package entries, by subpath. */
export const entries = {
  '.': 'src/index.ts',
  './stream': 'src/stream/index.ts',
  './appmesh': 'src/appmesh/index.ts',
  './service-kit': 'src/service-kit/index.ts',
  './builders': 'src/builders/index.ts',
  './arbitraries': 'src/arbitraries/index.ts',
} as const;

/**
 * Size budgets in bytes of min+gzip, per entry; the budget test and the
 * benchmark report both read them from here. 0.2.0 raised the root from 12 kB
 * to 17 kB on purpose: bounded reports, reads that survive hostile values,
 * escaping, encode errors and notification detection cost about 4 kB (see
 * docs/architecture.md, "Entries stay small").
 */
export const sizeBudgets: Partial<Record<keyof typeof entries, number>> = {
  '.': 17_000,
  './appmesh': 26_500,
};

export interface BundleSize {
  readonly entry: keyof typeof entries;
  readonly minified: number;
  readonly gzipped: number;
  /** Source files the bundle pulls in, relative to the repository. */
  readonly inputs: readonly string[];
}

/** Minified and gzipped size of an entry, peers (io-ts, fp-ts, fast-check) excluded. */
export async function bundleSize(entry: keyof typeof entries): Promise<BundleSize> {
  const result = await build({
    entryPoints: [join(root, entries[entry])],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    metafile: true,
    treeShaking: true,
    mainFields: ['module', 'main'],
    external: ['io-ts', 'io-ts/*', 'fp-ts', 'fp-ts/*', 'fast-check'],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return {
    entry,
    minified: code.length,
    gzipped: gzipSync(code, { level: 9 }).length,
    inputs: Object.keys(result.metafile.inputs),
  };
}

export interface TypeCost {
  readonly instantiations: number;
  readonly checkSeconds: number;
  readonly totalSeconds: number;
}

/**
 * What type-checking a consumer file costs: `tsc --extendedDiagnostics` on
 * test/budgets/consumer.fixture.ts, with `cloudtrail-codecs/appmesh`
 * resolved to the sources (deterministic, for the regression check) or to
 * the built declarations (what a consumer really checks; needs a build).
 */
export function typeCheckCost(against: 'src' | 'dist' = 'src'): TypeCost {
  const dir = mkdtempSync(join(tmpdir(), 'ctc-types-'));
  try {
    const config = {
      compilerOptions: {
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        target: 'ES2022',
        lib: ['ES2022'],
        types: [],
        noEmit: true,
        skipLibCheck: true,
        baseUrl: root,
        paths: { 'cloudtrail-codecs/appmesh': [join(root, against === 'src' ? 'src/appmesh/index.ts' : 'dist/appmesh.d.ts')] },
      },
      files: [join(root, 'test/budgets/consumer.fixture.ts')],
    };
    const tsconfig = join(dir, 'tsconfig.json');
    writeFileSync(tsconfig, JSON.stringify(config));
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const out = execFileSync(process.execPath, [tsc, '-p', tsconfig, '--extendedDiagnostics'], { encoding: 'utf8' });
    const field = (name: string): number => {
      const m = new RegExp(`^${name}:\\s+([\\d.]+)`, 'm').exec(out);
      if (m === null) throw new Error(`tsc did not report ${name}:\n${out}`);
      return Number(m[1]);
    };
    return { instantiations: field('Instantiations'), checkSeconds: field('Check time'), totalSeconds: field('Total time') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
