// One manifest of package entries (scripts/entries.ts): everything that
// names the entries must agree with it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entries as exampleEntries } from '../../scripts/check-examples.js';
import { exportsField, packageEntries, packageJsonDrift, tsupEntry, typesVersionsField } from '../../scripts/entries.js';
import tsupConfig from '../../tsup.config.js';
import { kitServices } from '../../scripts/codegen/services.js';

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

  it('every entry has its source, and every src folder (or service folder) with an index.ts is an entry', () => {
    for (const e of packageEntries) expect(existsSync(join(root, e.source)), e.source).toBe(true);
    const indexes = (folder: string): string[] =>
      readdirSync(join(root, folder), { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(root, folder, d.name, 'index.ts')))
        .map((d) => `${folder}/${d.name}/index.ts`);
    const folders = [...indexes('src'), ...indexes('src/services')];
    expect(folders.sort()).toEqual(packageEntries.map((e) => e.source).filter((s) => s !== 'src/index.ts').sort());
  });

  it('every generated service is an entry', () => {
    for (const s of kitServices) {
      const entry = packageEntries.find((e) => e.subpath === `./${s.name}`);
      expect(entry?.source).toBe(`src/services/${s.name}/index.ts`);
      expect(entry?.budget).toBe(s.budget);
    }
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
