// The ingestion figures of `npm run bench`, in a process of their own:
// `ingestion-one.ts <records> <runs>` prints one JSON line.
// - CloudWatch Logs: decoding a subscription payload from its inflated JSON
//   text, against JSON.parse of that text and of every message in it (each
//   message is a record's JSON text, which has to be parsed anyway; the
//   outer parse alone is reported too). The records are the bench's
//   builder-made records, one message each, 1000 to a payload (the size
//   CloudWatch Logs batches reach). The two take turns (see measurePairs).
// - Integrity: verifyLogFile on a log file's bytes, against WebCrypto's
//   SHA-256 of the same bytes alone; plain and gzip, each measured here.
import { gzipSync } from 'node:zlib';
import { decodeCloudWatchLogsPayloadText } from '../src/cloudwatch-logs/index.js';
import { verifyLogFile } from '../src/integrity/index.js';
import { benchRecords } from './data.js';
import { measure, measurePairs } from './timing.js';

const [countText = '20000', runsText = '7'] = process.argv.slice(2);
const count = Number(countText);
const runs = Number(runsText);
const records = benchRecords(count);

// Payloads of 1000 messages, as one subscription delivers them.
const payloads: string[] = [];
for (let i = 0; i < records.length; i += 1000) {
  payloads.push(
    JSON.stringify({
      messageType: 'DATA_MESSAGE',
      owner: '111122223333',
      logGroup: 'aws-cloudtrail-logs-111122223333-1a2b3c4d',
      logStream: '111122223333_CloudTrail_us-east-1',
      subscriptionFilters: ['cloudtrail-to-lambda'],
      logEvents: records.slice(i, i + 1000).map((r, k) => ({ id: String(37190000000000000000n + BigInt(i + k)), timestamp: 1700000000000 + i + k, message: JSON.stringify(r) })),
    }),
  );
}
for (const p of payloads) {
  const r = decodeCloudWatchLogsPayloadText(p);
  if (!r.success || r.data.control || r.data.failures.length > 0) throw new Error('bench: a CloudWatch Logs payload did not decode whole');
}
let sink: unknown;
const cwlOuterParseMs = measure(() => {
  for (const p of payloads) sink = JSON.parse(p);
}, runs);
// The parsed messages are kept, one payload at a time, as the decoder keeps
// its records: the same data, only not decoded.
const parseAll = (): unknown => {
  let last: unknown;
  for (const p of payloads) {
    const payload = JSON.parse(p) as { logEvents: Array<{ message: unknown }> };
    for (const e of payload.logEvents) e.message = JSON.parse(e.message as string);
    last = payload;
  }
  return last;
};
const decodeAll = (): unknown => {
  let last: unknown;
  for (const p of payloads) last = decodeCloudWatchLogsPayloadText(p);
  return last;
};
// Parse and decode take turns, and the ratio is the median of each pair's:
// on a shared machine the speed of the whole process drifts over seconds,
// which the two medians of separate runs would each take in differently.
const pairs = measurePairs(parseAll, decodeAll, 2 * runs + 1);
const cwlParseMs = pairs.aMs;
const cwlDecodeMs = pairs.bMs;
const cwlRatio = pairs.ratio;

// One log file of the same records, its hash as a digest would list it.
const log = new TextEncoder().encode(JSON.stringify({ Records: records }));
const gz = new Uint8Array(gzipSync(log));
const hashValue = Buffer.from(await crypto.subtle.digest('SHA-256', log)).toString('hex');
const entry = { s3Bucket: 'trail-bucket', s3Object: 'AWSLogs/111122223333/CloudTrail/us-east-1/2026/03/02/x.json.gz', hashValue, hashAlgorithm: 'SHA-256', newestEventTime: '2026-03-02T10:00:00Z', oldestEventTime: '2026-03-02T09:00:00Z' };
for (const bytes of [log, gz]) {
  const report = await verifyLogFile({ log: bytes, entry });
  if (!report.valid) throw new Error('bench: verifyLogFile refused its own log file');
}

async function measureAsync(f: () => Promise<unknown>): Promise<number> {
  await f();
  await f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = performance.now();
    await f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}
const sha256Ms = await measureAsync(() => crypto.subtle.digest('SHA-256', log));
const verifyMs = await measureAsync(() => verifyLogFile({ log, entry }));
const verifyGzipMs = await measureAsync(() => verifyLogFile({ log: gz, entry }));
void sink;
console.log(
  JSON.stringify({
    records: count,
    payloads: payloads.length,
    payloadMegabytes: payloads.reduce((n, p) => n + p.length, 0) / 1e6,
    cwlOuterParseMs,
    cwlParseMs,
    cwlDecodeMs,
    cwlRatio,
    logMegabytes: log.length / 1e6,
    gzipMegabytes: gz.length / 1e6,
    sha256Ms,
    verifyMs,
    verifyGzipMs,
  }),
);
