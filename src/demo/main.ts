// `npm run demo [file]`: decodes a CloudTrail log file (the bundled sample by
// default; .json or .json.gz) and prints what is in it. This is the only
// place besides a CLI where the library touches the file system.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { CloudTrailRecord } from '../index.js';
import { decodeLogFileText } from '../containers/index.js';
import { actorOf } from '../actor/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const path = process.argv[2] ?? join(here, '..', '..', 'examples', 'sample-log.json');
const bytes = readFileSync(path);
const text = (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');

const result = decodeLogFileText(text);
if (!result.success) {
  console.error(`${path}: ${result.error.message}`);
  process.exit(1);
}
const { records, failures } = result.data;

function countBy(items: CloudTrailRecord[], key: (r: CloudTrailRecord) => string): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const r of items) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function table(title: string, rows: Array<[string, number]>): void {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map(([k]) => k.length), 10);
  for (const [k, n] of rows) console.log(`  ${k.padEnd(width)}  ${String(n).padStart(4)}`);
}

const sourceOf = (r: CloudTrailRecord): string =>
  'eventSource' in r ? r.eventSource : `(${String(r.eventType)})`;
const nameOf = (r: CloudTrailRecord): string =>
  'eventName' in r ? `${sourceOf(r).replace('.amazonaws.com', '')}:${r.eventName}` : `(${String(r.eventType)})`;

console.log(`${path}`);
console.log(`${records.length + failures.length} records: ${records.length} decoded, ${failures.length} failed`);
table('By eventSource', countBy(records, sourceOf));
table('By eventName', countBy(records, nameOf));
table('By actor', countBy(records, (r) => actorOf(r)?.label ?? '(no caller)'));

const times = records.map((r) => ('eventTime' in r ? r.eventTime.getTime() : NaN)).filter((t) => !Number.isNaN(t));
if (times.length > 0) {
  console.log(`\nTime span (UTC): ${new Date(Math.min(...times)).toISOString()} to ${new Date(Math.max(...times)).toISOString()}`);
}

if (failures.length > 0) {
  console.log('\nFailures');
  for (const f of failures) console.log(f.message.replace(/^/gm, '  '));
}
