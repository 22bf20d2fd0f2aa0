// The package's declarations, written by `npm run build` after tsup's
// JavaScript. tsc emits one .d.ts per source file into dist/types/ (about
// 15 s); each gets a .d.cts twin whose relative imports name .cjs files, so
// that CommonJS consumers load CommonJS declarations throughout; and each
// entry gets dist/<name>.d.ts and .d.cts, re-exporting its index, at the
// paths package.json `exports` names (scripts/entries.ts). Bundling the
// declarations per entry, as tsup's dts option does, took three minutes for
// the same result, most of it in the EC2 entry.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { packageEntries } from './entries.js';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const types = join(dist, 'types');

/** `text` of a .d.ts with its relative `.js` specifiers turned into `.cjs`. */
export function toCommonJs(text: string): string {
  return text.replace(/((?:from|import)\s*\(?\s*)(['"])(\.{1,2}\/[^'"]*?)\.js\2/g, '$1$2$3.cjs$2');
}

function declarationFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? declarationFiles(join(dir, d.name)) : d.name.endsWith('.d.ts') ? [join(dir, d.name)] : [],
  );
}

if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) {
  rmSync(types, { recursive: true, force: true });
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.types.json')], { stdio: 'inherit' });
  const files = declarationFiles(types);
  for (const file of files) writeFileSync(file.replace(/\.d\.ts$/, '.d.cts'), toCommonJs(readFileSync(file, 'utf8')));
  for (const entry of packageEntries) {
    const index = relative(dist, join(types, entry.source.replace(/^src\//, '').replace(/\.ts$/, ''))).split('\\').join('/');
    writeFileSync(join(dist, `${entry.name}.d.ts`), `export * from './${index}.js';\n`);
    writeFileSync(join(dist, `${entry.name}.d.cts`), `export * from './${index}.cjs';\n`);
  }
  console.log(`declarations: ${files.length} files in dist/types (and their .d.cts twins), ${packageEntries.length} entries`);
}
