// The layers of src/: core is the bottom and imports nothing above it (no
// errors, records, containers, service kit or service), and no module outside
// a service imports that service, except the generated registry and the CLI.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const src = join(root, 'src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesUnder(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

/** The src-relative folders a file imports from, e.g. `errors` or `services/sts`. */
function importedFolders(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)[^'"]*from\s+'(\.{1,2}\/[^']+)'/gm)) {
    const target = relative(src, resolve(file, '..', m[1] as string)).split('/');
    out.push(target[0] === 'services' ? `services/${target[1]}` : (target[0] as string));
  }
  return out;
}

describe('the layers of src/', () => {
  it('core imports only core', () => {
    const outside = filesUnder(join(src, 'core')).flatMap((f) =>
      importedFolders(f)
        .filter((folder) => folder !== 'core')
        .map((folder) => `${relative(src, f)} → ${folder}`),
    );
    expect(outside).toEqual([]);
  });

  it('finds an import from above core when there is one (the check can fail)', () => {
    expect(importedFolders(join(src, 'errors', 'DecodeError.ts'))).toContain('core');
    expect(importedFolders(join(src, 'cli', 'services.ts'))).toContain('services/index.js');
  });

  // App Mesh's story builders and arbitrary (buildAppMeshEvent, appMeshBuilders,
  // appMeshEventArbitrary) were public in cloudtrail-codecs/builders and
  // /arbitraries before services became generated modules; they stay there
  // until a major version. Every other service's builders come from the kit.
  const legacy = new Set(['builders/appmesh.ts', 'builders/index.ts', 'arbitraries/index.ts']);

  it('no module imports a generated service but that service, the registry, the CLI and the App Mesh builders', () => {
    const offenders = filesUnder(src).flatMap((f) => {
      const at = relative(src, f);
      return importedFolders(f)
        .filter((folder) => folder.startsWith('services/') && folder !== 'services/registry.js')
        .filter((folder) => !at.startsWith(`${folder}/`) && !at.startsWith('services/registry') && !at.startsWith('cli/'))
        .filter((folder) => !(legacy.has(at) && folder === 'services/appmesh'))
        .map((folder) => `${at} → ${folder}`);
    });
    expect(offenders).toEqual([]);
  });
});
