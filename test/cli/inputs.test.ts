// `check` and `summary`, in process, on what issue 12 added: CloudWatch Logs
// subscription data in every form people save (the payload, the Lambda
// event, Firehose and Kinesis events, payloads back to back as Firehose
// writes them to S3), and inputs laid out as `aws s3 sync` leaves a trail
// bucket, whose keys name the account of records that lack one.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIGEST_MESSAGE } from '../../src/containers/index.js';
import { buildDigestFile } from '../../src/builders/index.js';
import { corpusFiles } from '../support/corpus.js';
import { runInProcess } from './inProcess.js';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ctc-cli-inputs-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

const records = (name: string): Array<Record<string, unknown>> => (corpusFiles().find((f) => f.name === name)?.json.Records ?? []) as Array<Record<string, unknown>>;
const stratus = (): Array<Record<string, unknown>> => records('stratus-red-team.json');

const eventId = (i: number): string => `37190000000000000000000000000000000000000000000000000${String(i).padStart(3, '0')}`;

function payload(messages: readonly string[], first = 0): Record<string, unknown> {
  return {
    messageType: 'DATA_MESSAGE',
    owner: '111122223333',
    logGroup: 'aws-cloudtrail-logs-111122223333-1a2b3c4d',
    logStream: '111122223333_CloudTrail_us-east-1',
    subscriptionFilters: ['cloudtrail-to-lambda'],
    logEvents: messages.map((message, i) => ({ id: eventId(first + i), timestamp: 1700000123000 + i, message })),
  };
}

const CONTROL = {
  messageType: 'CONTROL_MESSAGE',
  owner: 'CloudwatchLogs',
  logGroup: '',
  logStream: '',
  subscriptionFilters: [],
  logEvents: [{ id: '', timestamp: 1700000123000, message: 'CWL CONTROL MESSAGE: Checking health of destination Firehose.' }],
};

const gz = (v: unknown): Buffer => gzipSync(JSON.stringify(v));
const base64 = (b: Uint8Array): string => Buffer.from(b).toString('base64');
const messages = (n: number, from = 0): string[] => stratus().slice(from, from + n).map((r) => JSON.stringify(r));
const BAD = '{"eventVersion":"1.08","eventName":"Broken","eventID":"bad-1"}';

interface JsonOut {
  ok: boolean;
  files: Array<{
    file: string;
    key?: Record<string, string>;
    kind: string;
    records: number;
    failed: number;
    skipped?: string;
    error?: string;
    failures: Array<{ at: string; logEventId?: string; eventID?: string; issues: Array<{ path: string }> }>;
  }>;
  summary?: Record<string, Record<string, number>>;
}

describe('CloudWatch Logs subscription data', () => {
  it('decodes the inflated payload message by message, naming a bad one by index and log event id', async () => {
    const path = file('payload.json', JSON.stringify(payload([...messages(3), BAD])));
    const r = await runInProcess(['check', path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${path}: logEvents[3] (id ${eventId(3)}) did not decode (eventName Broken, eventID bad-1)\n  logEvents[3].message.`);
    expect(r.stdout).toContain(`${path} (CloudWatch Logs payload): 3 records decoded, 1 failed\n`);
    const json = JSON.parse((await runInProcess(['check', '--json', path])).stdout) as JsonOut;
    expect(json.files[0]).toMatchObject({ kind: 'CloudWatch Logs payload', records: 3, failed: 1 });
    expect(json.files[0]?.failures[0]).toMatchObject({ at: `logEvents[3] (id ${eventId(3)})`, logEventId: eventId(3), eventID: 'bad-1' });
  });

  it('reads CloudWatch Logs data from stdin, gzipped or not', async () => {
    for (const stdin of [JSON.stringify(payload(messages(2))), gz({ awslogs: { data: base64(gz(payload(messages(3)))) } })]) {
      const r = await runInProcess(['check', '-'], { stdin });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^- \(CloudWatch Logs (payload|Lambda event)\): [23] records decoded, 0 failed\n$/);
    }
  });

  it('decodes the Lambda event, and skips a control message without failing', async () => {
    const event = file('lambda.json', JSON.stringify({ awslogs: { data: base64(gz(payload(messages(5)))) } }));
    const control = file('lambda-control.json', JSON.stringify({ awslogs: { data: base64(gz(CONTROL)) } }));
    const notGzip = file('lambda-not-gzip.json', JSON.stringify({ awslogs: { data: base64(Buffer.from(JSON.stringify(payload(messages(1))))) } }));
    const r = await runInProcess(['check', event, control]);
    expect(r.stdout).toBe(
      `${event} (CloudWatch Logs Lambda event): 5 records decoded, 0 failed\n` +
        `${control} (CloudWatch Logs Lambda event): skipped: a control message (CONTROL_MESSAGE), which CloudWatch Logs sends to check that the subscription works: it holds no records\n` +
        '\n2 files: 5 records, 0 failures, 0 unreadable, 1 skipped\n',
    );
    expect(r.code).toBe(0);
    const bad = await runInProcess(['check', notGzip]);
    expect(bad.code).toBe(1);
    expect(bad.stdout.startsWith(`${notGzip} (CloudWatch Logs Lambda event): 0 records decoded, 0 failed\n${notGzip}: cannot be read to the end: awslogs.data: expected gzip data`)).toBe(true);
    const json = JSON.parse((await runInProcess(['check', '--json', control])).stdout) as JsonOut;
    expect(json.ok).toBe(true);
    expect(json.files[0]).toMatchObject({ kind: 'CloudWatch Logs Lambda event', records: 0, failed: 0, skipped: expect.stringMatching(/^a control message/) as unknown });
  });

  it('decodes a Firehose transformation event record by record: several payloads in one record, control messages, broken data', async () => {
    const twoPayloads = Buffer.concat([gz(payload(messages(2))), gz(payload([messages(1, 2)[0] as string, BAD], 2))]);
    const event = {
      invocationId: 'inv-1',
      deliveryStreamArn: 'arn:aws:firehose:us-east-1:111122223333:deliverystream/trail',
      region: 'us-east-1',
      records: [
        { recordId: 'r-1', approximateArrivalTimestamp: 1700000123000, data: base64(gz(payload(messages(4)))) },
        { recordId: 'r-2', approximateArrivalTimestamp: 1700000123000, data: base64(gz(CONTROL)) },
        { recordId: 'r-3', approximateArrivalTimestamp: 1700000123000, data: base64(twoPayloads) },
        { recordId: 'r-4\n', approximateArrivalTimestamp: 1700000123000, data: 'bm90IGd6aXA=' },
      ],
    };
    const path = file('firehose.json', JSON.stringify(event));
    const r = await runInProcess(['check', path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${path}: records[2] (recordId r-3) payload 2 logEvents[1] (id ${eventId(3)}) did not decode (eventName Broken, eventID bad-1)\n`);
    // Record text in the id is escaped.
    expect(r.stdout).toMatch(/\n.*firehose\.json: records\[3\] \(recordId r-4\\n\) did not decode\n {2}.*expected gzip data/);
    expect(r.stdout).toContain(`${path} (CloudWatch Logs Firehose event): 7 records decoded, 2 failed; skipped 1 control message (CONTROL_MESSAGE), which hold no records\n`);
  });

  it('decodes a Kinesis event whose data is CloudWatch Logs data, and leaves other Kinesis events told as Lambda events', async () => {
    const kinesis = (data: string): unknown => ({ Records: [{ kinesis: { partitionKey: 'p', data, sequenceNumber: '4959', kinesisSchemaVersion: '1.0' }, eventSource: 'aws:kinesis', eventID: 'shardId-0:4959' }] });
    const cwl = file('kinesis.json', JSON.stringify(kinesis(base64(gz(payload(messages(2)))))));
    const other = file('kinesis-other.json', JSON.stringify(kinesis('eyJ4IjoxfQ==')));
    const r = await runInProcess(['check', cwl, other]);
    expect(r.stdout).toContain(`${cwl} (CloudWatch Logs Kinesis event): 2 records decoded, 0 failed\n`);
    expect(r.stdout).toContain(`${other}: cannot be read as CloudTrail: this is an AWS Lambda event`);
  });

  it('reads payloads back to back, as Firehose writes CloudWatch Logs data to S3 (several gzip members)', async () => {
    const object = file('firehose-s3-object.gz', Buffer.concat([gz(payload(messages(3))), gz(CONTROL), gz(payload([BAD], 9))]));
    const r = await runInProcess(['check', object]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${object}: payload 3 logEvents[0] (id ${eventId(9)}) did not decode`);
    expect(r.stdout).toContain(`${object} (CloudWatch Logs payloads): 3 records decoded, 1 failed; skipped 1 control message (CONTROL_MESSAGE), which hold no records\n`);
  });
});

describe('inputs laid out as in a trail bucket', () => {
  const KEY_DIR = 'copy/AWSLogs/111122223333/CloudTrail/us-east-1/2026/03/02';
  const logKey = `${KEY_DIR}/111122223333_CloudTrail_us-east-1_20260302T1005Z_Mu0KsOhtH1ar15ZZ.json.gz`;

  it('names the account of records without recipientAccountId by the key, and shows the key in --json', async () => {
    const base = stratus();
    // Two records lose recipientAccountId: the key's account stands in.
    const withoutRecipient = base.slice(0, 2).map(({ recipientAccountId: _, ...r }) => r);
    const path = file(logKey, gzipSync(JSON.stringify({ Records: [...withoutRecipient, ...base.slice(2, 5)] })));
    // The same records in a file with no such key: the caller's account is a guess, marked so.
    const plain = file('plain.json', JSON.stringify({ Records: withoutRecipient }));
    const r = await runInProcess(['summary', '--json', path, plain]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as JsonOut;
    expect(json.files[0]?.key).toEqual({ kind: 'log', accountId: '111122223333', region: 'us-east-1', date: '2026-03-02', deliveryTime: '2026-03-02T10:05:00Z' });
    expect(json.files[1]?.key).toBeUndefined();
    const byAccount = json.summary?.['account'] ?? {};
    const recipients = base.slice(2, 5).map((x) => String(x['recipientAccountId']));
    const expected: Record<string, number> = { '111122223333': 2 };
    for (const a of recipients) expected[a] = (expected[a] ?? 0) + 1;
    const callers = withoutRecipient.map((x) => (x['userIdentity'] as { accountId?: string }).accountId);
    for (const c of callers) {
      const k = c === undefined ? '(unknown)' : `${c} (by the caller)`;
      expected[k] = (expected[k] ?? 0) + 1;
    }
    expect(byAccount).toEqual(expected);
    const text = await runInProcess(['summary', path]);
    expect(text.stdout).toMatch(/\nBy account\n {2}111122223333 +\d+\n/);
  });

  it('skips a digest file by its content, says to use validate, and shows what its key says', async () => {
    const d = buildDigestFile({ startTime: '2026-03-02T09:00:00Z' });
    const path = file(`copy/${d.key}`, d.gzip);
    const r = await runInProcess(['check', path]);
    expect(r.stdout).toBe(`${path} (digest file): skipped: ${DIGEST_MESSAGE}; check the trail it belongs to with cloudtrail-codecs validate <folder>\n`);
    expect(r.code).toBe(0);
    const json = JSON.parse((await runInProcess(['check', '--json', path])).stdout) as JsonOut;
    expect(json.ok).toBe(true);
    expect(json.files[0]?.key).toEqual({
      kind: 'digest',
      accountId: '111122223333',
      region: 'us-east-1',
      date: '2026-03-02',
      deliveryTime: '2026-03-02T10:00:00Z',
      trailName: 'management-events',
      homeRegion: 'us-east-1',
    });
    expect(json.files[0]).toMatchObject({ kind: 'digest file', records: 0, failed: 0, skipped: expect.stringContaining('cloudtrail-codecs validate') as unknown });
    expect(json.files[0]?.error).toBeUndefined();
  });

  it('reads an Insights file, and any file by its content whatever its key says', async () => {
    const insights = records('aws-docs-cloudtrail-user-guide-archive.json').filter((x) => x['eventType'] === 'AwsCloudTrailInsight');
    const path = file(
      'copy/AWSLogs/111122223333/CloudTrail-Insight/us-east-1/2026/03/02/111122223333_CloudTrail-Insight_us-east-1_20260302T1005Z_Mu0KsOhtH1ar15ZZ.json.gz',
      gzipSync(JSON.stringify({ Records: insights })),
    );
    // A log file kept under a digest's name is still a log file.
    const misnamed = file('copy/AWSLogs/111122223333/CloudTrail-Digest/us-east-1/2026/03/02/111122223333_CloudTrail-Digest_us-east-1_t_us-east-1_20260302T100000Z.json.gz', gzipSync(JSON.stringify({ Records: stratus().slice(0, 2) })));
    const r = await runInProcess(['check', '--json', path, misnamed]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as JsonOut;
    expect(json.files.map((f) => [f.key?.['kind'], f.kind, f.records])).toEqual([
      ['insight', 'log file', insights.length],
      ['digest', 'log file', 2],
    ]);
  });
});
