// Size and type-cost measurements shared by the budget tests (npm test) and
// the benchmark report.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { entryOf, packageEntries, type Subpath } from './entries.js';

export const root = resolve(import.meta.dirname, '..');

export interface BundleSize {
  readonly entry: Subpath;
  readonly minified: number;
  readonly gzipped: number;
  /** Source files the bundle pulls in, relative to the repository. */
  readonly inputs: readonly string[];
}

/** Minified and gzipped size of an entry, peers (io-ts, fp-ts, fast-check) excluded. */
export async function bundleSize(entry: Subpath): Promise<BundleSize> {
  const result = await build({
    entryPoints: [join(root, entryOf(entry).source)],
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

/** The consumer files whose type-check cost is budgeted, by name. */
export const consumers = {
  appmesh: 'test/budgets/consumer.fixture.ts',
  iam: 'test/budgets/consumer-iam.fixture.ts',
  ec2s3: 'test/budgets/consumer-ec2s3.fixture.ts',
} as const;

/**
 * What type-checking a consumer file costs: `tsc --extendedDiagnostics` on
 * one of {@link consumers}, with the package's entries resolved to the
 * sources (deterministic, for the regression check) or to the built
 * declarations (what a consumer really checks; needs a build).
 */
export function typeCheckCost(against: 'src' | 'dist' = 'src', consumer: keyof typeof consumers = 'appmesh'): TypeCost {
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
        paths: Object.fromEntries(
          packageEntries.map((e) => [e.specifier, [join(root, against === 'src' ? e.source : `dist/${e.name}.d.ts`)]]),
        ),
      },
      files: [join(root, consumers[consumer])],
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
