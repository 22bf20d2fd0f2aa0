// `npm run codegen`: regenerate the service codecs from the vendored models.
// `npm run codegen -- --check` reports stale files instead of writing them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventsTable, generateService, withEventsTable } from './generate.js';
import { services } from './services.js';
import type { SmithyModel } from './smithy.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const check = process.argv.includes('--check');
let stale = 0;

for (const config of services) {
  const model = JSON.parse(readFileSync(join(root, config.modelPath), 'utf8')) as SmithyModel;
  const files = generateService(model, config);
  if (config.docs !== undefined) {
    const guide = readFileSync(join(root, config.docs.path), 'utf8');
    files.push({ path: config.docs.path, content: withEventsTable(guide, eventsTable(model, config)) });
  }
  for (const file of files) {
    const path = join(root, file.path);
    let current: string | undefined;
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === file.content) continue;
    if (check) {
      stale++;
      console.error(`stale: ${file.path}`);
    } else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.content);
      console.log(`wrote ${file.path}`);
    }
  }
}
if (stale > 0) process.exit(1);
