// npm run bench: decoding speed as ratios to JSON.parse of the same text,
// streaming memory, bundle sizes and type-check cost. Writes bench/results.md.
// Not part of npm test: timings belong here, not in unit tests.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { AppMeshEvent } from '../src/services/appmesh/index.js';
import { CloudTrailRecord } from '../src/index.js';
import { LogStreamDecoder } from '../src/stream/index.js';
import { bundleSize, root, typeCheckCost } from '../scripts/budgets.js';
import { entryOf, packageEntries } from '../scripts/entries.js';
import { benchRecords } from './data.js';
import { INGESTION_PROCESSES, SERVICE_PROCESSES, importCost, ingestionFigures, serviceFigures } from './services.js';
import { ioTsEnvelope, zodEnvelope } from './peers.js';
import { measure as measureRuns } from './timing.js';
import { visitAll } from './visit.js';

const RECORDS = Number(process.env['BENCH_RECORDS'] ?? 50_000);
const RUNS = 7;
const STREAM_MB = Number(process.env['BENCH_STREAM_MB'] ?? 500);
const gc = (globalThis as { gc?: () => void }).gc;

/** Median time in ms of RUNS runs of `f`, after two warm-up runs. */
function measure(f: () => void): number {
  return measureRuns(f, RUNS);
}

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`bench: ${what}`);
}

console.log(`Generating ${RECORDS} records…`);
const records = benchRecords(RECORDS);
const text = JSON.stringify({ Records: records });
const bytes = new TextEncoder().encode(text);
const parsed = (JSON.parse(text) as { Records: Array<Record<string, unknown>> }).Records;
const appMesh = parsed.filter((r) => r['eventSource'] === 'appmesh.amazonaws.com');
// The App Mesh figures are compared with JSON.parse of the App Mesh records' own text.
const appMeshText = JSON.stringify({ Records: appMesh });

// Every decoder must accept every record, or the timings mean nothing.
check(parsed.every((r) => CloudTrailRecord.decode(r)._tag === 'Right'), 'CloudTrailRecord rejects a record');
check(appMesh.every((r) => AppMeshEvent.decode(r)._tag === 'Right'), 'AppMeshEvent rejects a record');
check(parsed.every((r) => ioTsEnvelope.decode(r)._tag === 'Right'), 'the io-ts peer rejects a record');
check(parsed.every((r) => zodEnvelope.safeParse(r).success), 'the zod peer rejects a record');
const decoded = parsed.map((r) => (CloudTrailRecord.decode(r) as { right: CloudTrailRecord }).right);

console.log('Timing…');
let sink: unknown;
const jsonParse = measure(() => {
  sink = JSON.parse(text);
});
const jsonParseAppMesh = measure(() => {
  sink = JSON.parse(appMeshText);
});
const decode = measure(() => {
  for (const r of parsed) sink = CloudTrailRecord.decode(r);
});
const decodeAppMesh = measure(() => {
  for (const r of appMesh) sink = AppMeshEvent.decode(r);
});
const encode = measure(() => {
  for (const r of decoded) sink = CloudTrailRecord.encode(r);
});
// The floor under any decoder that reads every value (bench/visit.ts).
const visit = measure(() => {
  for (const r of parsed) sink = visitAll(r);
});
const visitAppMesh = measure(() => {
  for (const r of appMesh) sink = visitAll(r);
});
const whole = measure(() => {
  for (const r of (JSON.parse(text) as { Records: unknown[] }).Records) sink = CloudTrailRecord.decode(r);
});
const CHUNK = 64 * 1024;
const stream = measure(() => {
  const d = new LogStreamDecoder();
  for (let o = 0; o < bytes.length; o += CHUNK) sink = d.push(bytes.subarray(o, o + CHUNK));
  sink = d.end();
});
const ioTs = measure(() => {
  for (const r of parsed) sink = ioTsEnvelope.decode(r);
});
const zod = measure(() => {
  for (const r of parsed) sink = zodEnvelope.safeParse(r);
});
const ioTsAppMesh = measure(() => {
  for (const r of appMesh) sink = ioTsEnvelope.decode(r);
});
const zodAppMesh = measure(() => {
  for (const r of appMesh) sink = zodEnvelope.safeParse(r);
});
void sink;

console.log('Services…');
const SERVICE_RECORDS = Math.max(1000, Math.round(RECORDS / 10));
const figures = serviceFigures(root, SERVICE_RECORDS, RUNS);
const services = figures.filter((s) => s.name !== 'services');
const mixed = figures.find((s) => s.name === 'services') as (typeof figures)[number];
const imports = ['index', ...figures.map((s) => s.name)].map((name) => ({ name, ms: importCost(root, name) }));
const importOf = (name: string): number => imports.find((i) => i.name === name)?.ms ?? NaN;
const iamToSts = importOf('iam') / importOf('sts');
const ec2ToSts = importOf('ec2') / importOf('sts');
const allToSts = importOf('services') / importOf('sts');

console.log('CloudWatch Logs and integrity…');
const ingestion = ingestionFigures(root, Math.max(2000, Math.round(RECORDS / 2.5)), RUNS);
const cwlRatio = ingestion.cwlRatio;
const hashSpeed = ingestion.sha256Ms / ingestion.verifyMs;

console.log(`Streaming ${STREAM_MB} MB…`);
const memory = streamMemory(STREAM_MB);

console.log('Sizes and type-check cost…');
const sizes = await Promise.all(packageEntries.map((e) => bundleSize(e.subpath)));
const types = typeCheckCost('dist');
const typesEc2s3 = typeCheckCost('dist', 'ec2s3');

const ratio = (ms: number): string => (ms / jsonParse).toFixed(2);
const ratioAppMesh = (ms: number): string => (ms / jsonParseAppMesh).toFixed(2);
const targets = [
  { what: 'CloudTrailRecord decode', value: decode / jsonParse, limit: 0.22 },
  { what: 'AppMeshEvent decode', value: decodeAppMesh / jsonParseAppMesh, limit: 0.35 },
  { what: 'encode', value: encode / jsonParse, limit: 0.2 },
  ...services.map((s) => ({ what: `${s.name} service codec decode`, value: s.decodeMs / s.parseMs, limit: 0.35 })),
  { what: '/services decode of a mixed stream', value: mixed.decodeMs / mixed.parseMs, limit: 0.35 },
  { what: 'CloudWatch Logs payload decode', value: cwlRatio, limit: 1.3 },
  { what: 'integrity hashing (WebCrypto SHA-256 time over verifyLogFile time, inverted)', value: 1 / hashSpeed, limit: 1 / 0.7 },
  { what: 'import of /iam against /sts', value: iamToSts, limit: 2 },
  { what: 'import of /ec2 against /sts', value: ec2ToSts, limit: 3 },
  { what: 'import of /services against /sts', value: allToSts, limit: 5 },
];
const results = {
  decodeBeatsPeers: decode < ioTs && decode < zod,
  appMeshBeatsPeers: decodeAppMesh < ioTsAppMesh && decodeAppMesh < zodAppMesh,
  streamThroughput: whole / stream,
};
const rootSize = sizes.find((s) => s.entry === '.');
const verdict = (ok: boolean): string => (ok ? 'met' : '**missed**');

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const lines = [
  '# Benchmark results',
  '',
  'Written by `npm run bench` (bench/run.ts). Every figure below comes from one run.',
  '',
  `Machine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}, Node.js ${process.version}.`,
  '',
  `Data: ${RECORDS.toLocaleString('en-US')} records made with the builders (seed 2026): 60% App Mesh events of all 39 kinds, every third virtual node and route with a large spec, some failed calls; 40% other services with every identity type. Text: ${(text.length / 1e6).toFixed(1)} MB.`,
  '',
  `Times are medians of ${RUNS} runs after two warm-up runs; ratios are to \`JSON.parse\` of the same text, measured in the same run: the whole file for rows over all records, the App Mesh records' own text for the App Mesh rows. Decoding times start from parsed JSON.`,
  '',
  '| what | ms | ratio to JSON.parse | target |',
  '| --- | ---: | ---: | --- |',
  `| \`JSON.parse\` of the whole text | ${jsonParse.toFixed(0)} | 1.00 | the floor |`,
  `| \`CloudTrailRecord\` decode, all records | ${decode.toFixed(0)} | ${ratio(decode)} | ≤ 0.22: ${verdict(decode / jsonParse <= 0.22)} |`,
  `| \`JSON.parse\` of the App Mesh records' text (${(appMeshText.length / 1e6).toFixed(1)} MB) | ${jsonParseAppMesh.toFixed(0)} | 1.00 | the floor of the App Mesh rows |`,
  `| \`AppMeshEvent\` decode, the ${appMesh.length.toLocaleString('en-US')} App Mesh records, dates to \`Date\` | ${decodeAppMesh.toFixed(0)} | ${ratioAppMesh(decodeAppMesh)} | ≤ 0.35: ${verdict(decodeAppMesh / jsonParseAppMesh <= 0.35)} |`,
  `| visiting every value of all records once, nothing else (for comparison) | ${visit.toFixed(0)} | ${ratio(visit)} | |`,
  `| visiting every value of the App Mesh records once, nothing else | ${visitAppMesh.toFixed(0)} | ${ratioAppMesh(visitAppMesh)} | |`,
  `| \`CloudTrailRecord\` encode, all records | ${encode.toFixed(0)} | ${ratio(encode)} | ≤ 0.20: ${verdict(encode / jsonParse <= 0.2)} |`,
  `| whole-text path: \`JSON.parse\` + decode | ${whole.toFixed(0)} | ${ratio(whole)} | |`,
  `| streaming decoder end to end (UTF-8 bytes in 64 KiB chunks) | ${stream.toFixed(0)} | ${ratio(stream)} | throughput ≥ 70% of the whole-text path: ${(results.streamThroughput * 100).toFixed(0)}%, ${verdict(results.streamThroughput >= 0.7)} |`,
  `| peer: plain io-ts envelope schema, all records | ${ioTs.toFixed(0)} | ${ratio(ioTs)} | slower than ours: ${verdict(decode < ioTs)} |`,
  `| peer: zod v4 equivalent schema, all records | ${zod.toFixed(0)} | ${ratio(zod)} | slower than ours: ${verdict(decode < zod)} |`,
  `| peer: plain io-ts envelope schema, App Mesh records | ${ioTsAppMesh.toFixed(0)} | ${ratioAppMesh(ioTsAppMesh)} | slower than \`AppMeshEvent\`: ${verdict(decodeAppMesh < ioTsAppMesh)} |`,
  `| peer: zod equivalent schema, App Mesh records | ${zodAppMesh.toFixed(0)} | ${ratioAppMesh(zodAppMesh)} | slower than \`AppMeshEvent\`: ${verdict(decodeAppMesh < zodAppMesh)} |`,
  '',
  'The peers check the record envelope only (no payloads, no dates), so they do less than either decoder. The two "visiting" rows walk the parsed records (objects with `for…in`, arrays by index) and do nothing else: no check, no copy, no `Date`. They show what reading every value costs before any decoding work.',
  '',
  '## Services',
  '',
  `Each generated service's event codec on ${SERVICE_RECORDS.toLocaleString('en-US')} records of that service made by \`buildServiceEvent\` (every operation in turn, one in five a failed call), against \`JSON.parse\` of those records' own text. The last row is \`TypedRecord\` (\`cloudtrail-codecs/services\`) on a mixed stream of ${SERVICE_RECORDS.toLocaleString('en-US')} records, every service in turn. Each row is measured in ${SERVICE_PROCESSES} fresh processes (JSON.parse and the decoder in the same one; in each, medians of ${RUNS} runs after two warm-up runs), and shows the process whose ratio is the median of them.`,
  '',
  '| service | operations | text | `JSON.parse` ms | decode ms | ratio | visiting every value | target |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ...figures.map((s) => `| \`${s.name === 'services' ? '/services (mixed)' : s.name}\` | ${s.operations} | ${s.megabytes.toFixed(1)} MB | ${s.parseMs.toFixed(1)} | ${s.decodeMs.toFixed(1)} | ${(s.decodeMs / s.parseMs).toFixed(2)} | ${(s.visitMs / s.parseMs).toFixed(2)} | ≤ 0.35: ${verdict(s.decodeMs / s.parseMs <= 0.35)} |`),
  '',
  'The "visiting every value" column walks the same parsed records and does nothing else (see the first table), as a ratio to the same `JSON.parse`.',
  '',
  'Importing an entry in a fresh Node.js process (median of 9; includes loading io-ts and fp-ts). Operations are built when first decoded, so a larger service costs only the parse of its table.',
  '',
  '| entry | import ms |',
  '| --- | ---: |',
  ...imports.map((i) => `| \`cloudtrail-codecs${i.name === 'index' ? '' : `/${i.name}`}\` | ${i.ms.toFixed(1)} |`),
  '',
  `\`/iam\` (164 operations) costs ${iamToSts.toFixed(2)}× \`/sts\` (9 operations): target ≤ 2: ${verdict(iamToSts <= 2)}. \`/ec2\` (${services.find((s) => s.name === 'ec2')?.operations ?? '?'} operations) costs ${ec2ToSts.toFixed(2)}×: target ≤ 3: ${verdict(ec2ToSts <= 3)}. \`/services\` (every service) costs ${allToSts.toFixed(2)}×: target ≤ 5: ${verdict(allToSts <= 5)}.`,
  '',
  '## CloudWatch Logs and integrity',
  '',
  `Measured in ${INGESTION_PROCESSES} fresh processes; the figures are those of the process whose CloudWatch Logs ratio is the median. In each, parsing and decoding the payloads take turns, ${2 * RUNS + 1} times after two warm-up turns: the ms are the medians of each, and the ratio is the median of the turns' own ratios, which a drift of the machine's speed from second to second moves less than two separate medians. The hashing rows are medians of ${RUNS} runs after two warm-up runs. The records are the first ${ingestion.records.toLocaleString('en-US')} of the data set above.`,
  '',
  '| what | ms | against | ratio | target |',
  '| --- | ---: | --- | ---: | --- |',
  `| \`decodeCloudWatchLogsPayloadText\`, ${ingestion.payloads} payloads of 1,000 messages (${ingestion.payloadMegabytes.toFixed(1)} MB) | ${ingestion.cwlDecodeMs.toFixed(1)} | \`JSON.parse\` of the payload and of each message in it, kept: ${ingestion.cwlParseMs.toFixed(1)} ms (the payload alone: ${ingestion.cwlOuterParseMs.toFixed(1)} ms) | ${cwlRatio.toFixed(2)} | ≤ 1.3: ${verdict(cwlRatio <= 1.3)} |`,
  `| \`verifyLogFile\`, ${ingestion.logMegabytes.toFixed(1)} MB log file as stored uncompressed | ${ingestion.verifyMs.toFixed(1)} | WebCrypto SHA-256 of the same bytes: ${ingestion.sha256Ms.toFixed(1)} ms | ${(hashSpeed * 100).toFixed(0)}% of its speed | ≥ 70%: ${verdict(hashSpeed >= 0.7)} |`,
  `| \`verifyLogFile\`, the same file gzipped (${ingestion.gzipMegabytes.toFixed(1)} MB), built-in exact gunzip | ${ingestion.verifyGzipMs.toFixed(1)} | the same | ${((ingestion.sha256Ms / ingestion.verifyGzipMs) * 100).toFixed(0)}% | (inflating dominates; see below) |`,
  '',
  'The gzip row inflates with the library\'s own gunzip, which is exact about where the gzip stream ends (bytes after it make a file invalid) and bounds what it inflates; that is the price of checking a stored object byte for byte.',
  '',
  '## Streaming memory',
  '',
  `A generated ${memory.megabytes} MB log file (${memory.records.toLocaleString('en-US')} records) fed to \`LogStreamDecoder\` in 64 KiB chunks, never held whole: heap growth after GC, at its highest, was **${memory.growthMB.toFixed(1)} MB** (target < 64 MB: ${verdict(memory.growthMB < 64)}), in ${memory.seconds.toFixed(1)} s (${(memory.megabytes / memory.seconds).toFixed(0)} MB/s, slowed by generating the text and by a forced GC every 64 chunks; the speed of the decoder itself is in the table above).${gc === undefined ? ' (Run with --expose-gc for a GC before each sample.)' : ''}`,
  '',
  '## Bundle sizes',
  '',
  'Each entry bundled whole with esbuild, minified, peers (io-ts, fp-ts, fast-check) excluded; gzip level 9.',
  '',
  '| entry | minified | min+gzip | budget |',
  '| --- | ---: | ---: | --- |',
  ...sizes.map((s) => {
    const limit = entryOf(s.entry).budget;
    const budget = limit === undefined ? '' : `≤ ${(limit / 1000).toFixed(1)} kB: ${verdict(s.gzipped <= limit)}`;
    return `| \`cloudtrail-codecs${s.entry === '.' ? '' : s.entry.slice(1)}\` | ${(s.minified / 1000).toFixed(1)} kB | ${(s.gzipped / 1000).toFixed(1)} kB | ${budget} |`;
  }),
  '',
  `The root entry pulls in ${rootSize?.inputs.filter((i) => /src\/(appmesh|builders)\//.test(i)).length ?? '?'} App Mesh or builder files.`,
  '',
  '## Type-check cost',
  '',
  `\`test/budgets/consumer.fixture.ts\` (decodes with \`AppMeshEvent\`, narrows by \`eventName\` and outcome, reads nested spec fields) checked against the built declarations: **${types.instantiations.toLocaleString('en-US')} instantiations**, check time **${types.checkSeconds.toFixed(2)} s** (targets < 300k and < 2 s: ${verdict(types.instantiations < 300_000 && types.checkSeconds < 2)}), total ${types.totalSeconds.toFixed(2)} s with program setup.`,
  '',
  `\`test/budgets/consumer-ec2s3.fixture.ts\` (narrows EC2 \`RunInstances\` and S3 \`PutObject\` and reads their nested fields) against the built declarations: **${typesEc2s3.instantiations.toLocaleString('en-US')} instantiations**, check time **${typesEc2s3.checkSeconds.toFixed(2)} s** (targets < 300k and < 2 s: ${verdict(typesEc2s3.instantiations < 300_000 && typesEc2s3.checkSeconds < 2)}), total ${typesEc2s3.totalSeconds.toFixed(2)} s.`,
  '',
];
writeFileSync(join(root, 'bench', 'results.md'), lines.join('\n'));
console.log(lines.join('\n'));

const missed = [
  ...targets.filter((x) => x.value > x.limit).map((x) => x.what),
  ...(results.decodeBeatsPeers ? [] : ['CloudTrailRecord vs peers']),
  ...(results.appMeshBeatsPeers ? [] : ['AppMeshEvent vs peers']),
  ...(results.streamThroughput >= 0.7 ? [] : ['stream throughput']),
  ...(memory.growthMB < 64 ? [] : ['stream memory']),
];
if (missed.length > 0) {
  console.error(`\nTargets missed: ${missed.join(', ')}`);
  process.exitCode = 1;
}

/** Feeds a generated log file of about `megabytes` MB through the stream decoder. */
function streamMemory(megabytes: number): { megabytes: number; records: number; growthMB: number; seconds: number } {
  // A pool of record texts, repeated: the file is made chunk by chunk and never held.
  const pool = records.slice(0, 4000).map((r) => JSON.stringify(r));
  const encoder = new TextEncoder();
  gc?.();
  const base = process.memoryUsage().heapUsed;
  let peak = 0;
  const target = megabytes * 1e6;
  const decoder = new LogStreamDecoder();
  let produced = 0;
  let count = 0;
  let flushes = 0;
  let decodedCount = 0;
  let pending = '{"Records":[';
  const t0 = performance.now();
  const feed = (s: string): void => {
    for (const item of decoder.push(encoder.encode(s))) if (item.kind === 'record') decodedCount++;
  };
  while (produced < target) {
    const rec = pool[count % pool.length] as string;
    pending += (count === 0 ? '' : ',') + rec;
    count++;
    if (pending.length >= CHUNK) {
      produced += pending.length;
      feed(pending);
      pending = '';
      // Sample the heap every 64 chunks (about 4 MB of text).
      if (++flushes % 64 === 0) {
        gc?.();
        peak = Math.max(peak, process.memoryUsage().heapUsed - base);
      }
    }
  }
  feed(`${pending}]}`);
  for (const item of decoder.end()) if (item.kind === 'record') decodedCount++;
  const seconds = (performance.now() - t0) / 1000;
  check(decodedCount === count, `the stream decoded ${decodedCount} of ${count} records`);
  return { megabytes: Math.round(produced / 1e6), records: count, growthMB: peak / 1e6, seconds };
}
