// `npm run codegen`: regenerate the service codecs and their docs pages from
// the vendored models. `npm run codegen -- --check` writes nothing and exits
// 1 when a generated file is stale. Prints the generated size per service.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateKitService, generateRegistry } from './kit.js';
import { kitServices } from './services.js';
import { sizeOf, type GeneratedFile } from './text.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const check = process.argv.includes('--check');
// `npm run codegen -- ec2 s3` regenerates only those services (and the registry).
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
for (const name of only) if (!kitServices.some((c) => c.name === name)) throw new Error(`no service ${name} in scripts/codegen/services.ts`);
let stale = 0;

function sync(file: GeneratedFile): void {
  const path = join(root, file.path);
  let current: string | undefined;
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === file.content) return;
  if (check) {
    stale++;
    console.error(`stale: ${file.path}`);
  } else {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
    console.log(`wrote ${file.path}`);
  }
}

const report = (name: string, files: readonly GeneratedFile[]): void => {
  const { lines, bytes } = sizeOf(files);
  console.log(`${name}: ${files.length} files, ${lines} lines, ${bytes} bytes`);
};

for (const config of kitServices.filter((c) => only.length === 0 || only.includes(c.name))) {
  const out = generateKitService(JSON.parse(readFileSync(join(root, config.model), 'utf8')), config);
  report(config.name, out.code);
  [...out.code, out.docs].forEach(sync);
}
sync(generateRegistry(kitServices));
if (stale > 0) process.exit(1);
