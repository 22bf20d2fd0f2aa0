// One manifest of package entries (scripts/entries.ts): everything that
// names the entries must agree with it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entries as exampleEntries } from '../../scripts/check-examples.js';
import { exportsField, packageEntries, packageJsonDrift, tsupEntry, typesVersionsField } from '../../scripts/entries.js';
import tsupConfig from '../../tsup.config.js';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;

describe('the package entries', () => {
  it('package.json exports and typesVersions are what the manifest gives (npm run entries writes them)', () => {
    expect(packageJsonDrift(pkg)).toEqual([]);
    expect(pkg['exports']).toEqual(exportsField());
    expect(pkg['typesVersions']).toEqual(typesVersionsField());
  });

  it('notices a package.json that disagrees', () => {
    const stale = { ...pkg, exports: { ...(pkg['exports'] as object), './extra': './dist/extra.js' } };
    expect(packageJsonDrift(stale)).toEqual(['exports']);
  });

  it('every entry has its source, and every src folder with an index.ts is an entry', () => {
    for (const e of packageEntries) expect(existsSync(join(root, e.source)), e.source).toBe(true);
    const folders = readdirSync(join(root, 'src'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(root, 'src', d.name, 'index.ts')))
      .map((d) => `src/${d.name}/index.ts`);
    expect(folders.sort()).toEqual(packageEntries.map((e) => e.source).filter((s) => s !== 'src/index.ts').sort());
  });

  it('tsup builds exactly the entries', () => {
    const configs = Array.isArray(tsupConfig) ? tsupConfig : [tsupConfig];
    expect((configs[0] as { entry?: unknown }).entry).toEqual(tsupEntry());
  });

  it('typedoc and the example check take their entries from the manifest', () => {
    const typedoc = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')) as Record<string, unknown>;
    expect(typedoc['entryPoints']).toBeUndefined();
    expect((pkg['scripts'] as Record<string, string>)['docs']).toBe('tsx scripts/docs.ts');
    expect(exampleEntries).toEqual(Object.fromEntries(packageEntries.map((e) => [e.specifier, e.source])));
  });
});
