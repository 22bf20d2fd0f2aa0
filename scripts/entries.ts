// The package's entries, listed once. Everything that names the entries reads
// this list: package.json `exports` and `typesVersions` (written from it by
// `npm run entries`, and checked against it by test/budgets/entries.test.ts),
// tsup, typedoc (scripts/docs.ts), the example check, the size budgets and
// the pack check. An entry `./x` is built from `src/x/index.ts` into
// `dist/x.js`, `dist/x.cjs` and their declarations; the root from
// `src/index.ts` into `dist/index.*`.
//
//   npx tsx scripts/entries.ts           exits 1 when package.json disagrees
//   npx tsx scripts/entries.ts --write   writes exports and typesVersions
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kitServices } from './codegen/services.js';

/** What an entry is, beyond its subpath. */
interface EntrySpec {
  /** min+gzip bytes the entry's bundle may reach; `npm test` fails past it (see docs/architecture.md, "Entries stay small"). */
  readonly budget?: number;
  /** False for an entry whose reference is its generated guide instead of typedoc's pages (see {@link ServiceConfig.apiPages}). */
  readonly apiPages?: boolean;
}

// 0.2.0 raised the budgets from 12 kB and 25 kB on purpose: bounded reports,
// reads that survive hostile values, escaping, encode errors and notification
// detection cost about 4 kB of core, which every entry carries. Standard
// Schema on every codec and the decode-result functions of each service cost
// about 0.3 kB more in each service entry; with the …OrThrow functions,
// hasCaller and the hint that names the CloudWatch Logs decoders, the root
// grew from 16.6 kB to 17.1 kB. The integrity entry is mostly its
// exact gunzip (about 9 kB minified).
const fixed = {
  // The record codecs and the kernel only: containers, the actor helper and
  // the service date forms have entries of their own (see
  // docs/architecture.md, "Entries stay small").
  '.': { budget: 12_000 },
  './containers': { budget: 15_500 },
  './actor': { budget: 9_500 },
  './stream': {},
  './service-kit': {},
  './builders': {},
  './arbitraries': {},
  // Ingestion and integrity (issue 12): opt-in, so the root stays small.
  './object-keys': { budget: 5_000 },
  './cloudwatch-logs': { budget: 24_000 },
  './integrity': { budget: 23_000 },
  // Every service's table: large by design, and opt-in (the root pulls in none).
  './services': { budget: 190_000 },
} as const satisfies Record<'.' | `./${string}`, EntrySpec>;

/** A subpath of the package, such as `'.'`, `'./appmesh'` or `'./sts'`. */
export type Subpath = keyof typeof fixed | `./${string}`;

// Each generated service is an entry of its own, `cloudtrail-codecs/<name>`,
// built from `src/services/<name>/index.ts`; its budget sits in its config.
const manifest: Readonly<Record<Subpath, EntrySpec & { readonly source?: string }>> = {
  ...fixed,
  ...Object.fromEntries(kitServices.map((s) => [`./${s.name}`, { budget: s.budget, source: `src/services/${s.name}/index.ts`, apiPages: s.apiPages !== false }])),
};

/** One entry, with the names derived from its subpath. */
export interface PackageEntry {
  readonly subpath: Subpath;
  /** The import specifier: `cloudtrail-codecs/appmesh`. */
  readonly specifier: string;
  /** The source file, relative to the repository: `src/stream/index.ts` or `src/services/sts/index.ts`. */
  readonly source: string;
  /** The base name of its files in dist/: `appmesh`. */
  readonly name: string;
  readonly budget: number | undefined;
  /** Whether `npm run docs` writes API pages for it. */
  readonly apiPages: boolean;
}

export const packageName = 'cloudtrail-codecs';

export const packageEntries: readonly PackageEntry[] = (Object.keys(manifest) as Subpath[]).map((subpath) => {
  const name = subpath === '.' ? 'index' : subpath.slice(2);
  const spec = manifest[subpath] ?? {};
  return {
    subpath,
    specifier: subpath === '.' ? packageName : `${packageName}/${name}`,
    source: spec.source ?? (subpath === '.' ? 'src/index.ts' : `src/${name}/index.ts`),
    name,
    budget: spec.budget,
    apiPages: spec.apiPages !== false,
  };
});

/** The entry of a subpath. */
export function entryOf(subpath: Subpath): PackageEntry {
  return packageEntries.find((e) => e.subpath === subpath) as PackageEntry;
}

/** package.json `exports`, as the entries require. */
export function exportsField(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const e of packageEntries) {
    out[e.subpath] = {
      import: { types: `./dist/${e.name}.d.ts`, default: `./dist/${e.name}.js` },
      require: { types: `./dist/${e.name}.d.cts`, default: `./dist/${e.name}.cjs` },
    };
  }
  out['./package.json'] = './package.json';
  return out;
}

/** package.json `typesVersions`, for TypeScript's older `node` resolution, which ignores `exports`. */
export function typesVersionsField(): Record<string, Record<string, string[]>> {
  const map: Record<string, string[]> = {};
  for (const e of packageEntries) if (e.subpath !== '.') map[e.name] = [`./dist/${e.name}.d.ts`];
  return { '*': map };
}

/** tsup's `entry` option. */
export function tsupEntry(): Record<string, string> {
  return Object.fromEntries(packageEntries.map((e) => [e.name, e.source]));
}

const root = resolve(import.meta.dirname, '..');

/** Where package.json disagrees with the entries; empty when it agrees. */
export function packageJsonDrift(pkg: Record<string, unknown> = readPackageJson()): string[] {
  const drift: string[] = [];
  if (JSON.stringify(pkg['exports']) !== JSON.stringify(exportsField())) drift.push('exports');
  if (JSON.stringify(pkg['typesVersions']) !== JSON.stringify(typesVersionsField())) drift.push('typesVersions');
  return drift;
}

function readPackageJson(): Record<string, unknown> {
  return JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as Record<string, unknown>;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const pkg = readPackageJson();
  if (process.argv.includes('--write')) {
    pkg['exports'] = exportsField();
    pkg['typesVersions'] = typesVersionsField();
    writeFileSync(resolve(root, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
    console.log('package.json: exports and typesVersions written from scripts/entries.ts');
  } else {
    const drift = packageJsonDrift(pkg);
    if (drift.length > 0) {
      console.error(`package.json disagrees with scripts/entries.ts in: ${drift.join(', ')}; run npm run entries`);
      process.exit(1);
    }
  }
}
