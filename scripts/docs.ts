// npm run docs: the API reference in docs/api, for every entry of
// scripts/entries.ts; the other options are in typedoc.json.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { packageEntries } from './entries.js';

const root = resolve(import.meta.dirname, '..');
// typedoc's exports do not include its bin; find it beside its package.json.
const typedoc = join(dirname(createRequire(import.meta.url).resolve('typedoc/package.json')), 'bin', 'typedoc');
const args = ['--options', 'typedoc.json', ...packageEntries.filter((e) => e.apiPages).flatMap((e) => ['--entryPoints', e.source])];
const r = spawnSync(process.execPath, [typedoc, ...args], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
