// The command-line tool, run as users run it: the built dist/cli.js with node
// (npm test builds first; a missing build is made here), on corpus files,
// gzipped copies, other document kinds, broken and hostile inputs. Each run
// is a child process, so every test has a generous timeout and runs as few
// processes as it can (several files per run).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeText } from '../../src/index.js';
import { DIGEST_MESSAGE, decodeLogFile, notificationMessage } from '../../src/containers/index.js';
import { corpusDir, corpusFiles, oddDir, oddFiles, rawSnippets, repoRoot } from '../support/corpus.js';
import { s3Notification, snsLambdaEvent, snsMessage, sqsLambdaEvent } from '../support/notifications.js';

// CLOUDTRAIL_CODECS_CLI points at another build of the CLI (for work on it without a full build).
const cli = process.env['CLOUDTRAIL_CODECS_CLI'] ?? join(repoRoot, 'dist', 'cli.js');
const SPAWNS = 60_000;
let dir = '';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], input?: string | Buffer, cwd?: string): Run {
  const r = spawnSync(process.execPath, [cli, ...args], { input, cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The lines of an output, without the empty string after the last newline. */
const lines = (s: string): string[] => s.split('\n').slice(0, -1);

// Characters that would break a line, move the cursor or reorder text if printed raw.
const UNSAFE_OUTPUT = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;
// Every kind of character a tampered record may use to forge a line.
const NASTY = 'a\nFAKE LINE\rb\u001b[31mc\u2028d\u2029e\u0085f\u202eg\u0000h';

const stratus = (): Array<Record<string, unknown>> =>
  (corpusFiles().find((f) => f.name === 'stratus-red-team.json')?.json.Records ?? []) as Array<Record<string, unknown>>;

beforeAll(() => {
  if (!existsSync(cli)) execFileSync(process.execPath, [join(repoRoot, 'node_modules', 'tsup', 'dist', 'cli-default.js')], { cwd: repoRoot });
  dir = mkdtempSync(join(tmpdir(), 'ctc-cli-'));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cloudtrail-codecs check', () => {
  it('passes every corpus file, plain and gzipped, with its record count', { timeout: SPAWNS }, () => {
    const files = corpusFiles();
    const plain = run(['check', ...files.map((f) => join(corpusDir, f.name))]);
    const gz = run(['check', ...files.map((f) => file(`${f.name}.gz`, gzipSync(f.text)))]);
    for (const [r, suffix] of [[plain, ''], [gz, '.gz']] as const) {
      expect(r.code, r.stdout).toBe(0);
      for (const f of files) expect(r.stdout).toContain(`${f.name}${suffix}: ${f.json.Records.length} records decoded, 0 failed\n`);
      expect(r.stdout).toContain(`${files.length} files: ${files.reduce((n, f) => n + f.json.Records.length, 0)} records, 0 failures, 0 unreadable`);
    }
  });

  it('reports the failures of the odd files as they come, each with its record and path', { timeout: SPAWNS }, () => {
    const files = oddFiles();
    const r = run(['check', ...files.map((f) => join(oddDir, f.name))]);
    let failing = 0;
    for (const f of files) {
      // Which files hold broken records is the library's call; the CLI must report it faithfully.
      const result = decodeLogFile(f.json);
      const broken = result.success ? result.data.failures.length : -1;
      expect(r.stdout, f.name).toContain(`${f.name}: ${f.json.Records.length - broken} records decoded, ${broken} failed\n`);
      if (broken > 0) failing++;
      const headers = lines(r.stdout).filter((l) => l.startsWith(`${join(oddDir, f.name)}: Records[`));
      expect(headers.length, f.name).toBe(broken);
    }
    expect(failing).toBeGreaterThanOrEqual(4);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^\S+: Records\[\d+\] did not decode/m);
    expect(r.stdout).toMatch(/^ {2}Records\[\d+\]\.[\w.[\]]+: expected /m);
  });

  it('reads EventBridge events, LookupEvents results and single records, and stdin', { timeout: SPAWNS }, () => {
    const record = corpusFiles().find((f) => f.name === 'plaso.json')?.json.Records[0] as Record<string, unknown>;
    const event = { version: '0', id: 'e', 'detail-type': 'AWS API Call via CloudTrail', source: 'aws.ec2', account: '111122223333', time: record['eventTime'], region: 'us-east-1', resources: [], detail: record };
    const lookup = { Events: [{ EventId: 'x', CloudTrailEvent: JSON.stringify(record) }, { EventId: 'y', CloudTrailEvent: '{' }] };
    const r = run(['check', file('eb.json', JSON.stringify(event)), file('one.json', JSON.stringify(record)), file('lookup.json', JSON.stringify(lookup))]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('eb.json (EventBridge event): 1 records decoded, 0 failed\n');
    expect(r.stdout).toContain('one.json (record): 1 records decoded, 0 failed\n');
    expect(r.stdout).toContain('lookup.json (LookupEvents response): 1 records decoded, 1 failed\n');
    expect(r.stdout).toMatch(/lookup\.json: Events\[1\] did not decode \(eventID y\)\n {2}Events\[1\]\.CloudTrailEvent: /);
    const text = corpusFiles().find((f) => f.name === 'plaso.json')?.text ?? '';
    const stdin = run(['check', '-'], gzipSync(text));
    expect(stdin.code).toBe(0);
    expect(stdin.stdout).toBe('-: 6 records decoded, 0 failed\n');
  });

  it('reads the output of aws cloudtrail lookup-events (AWS CLI v2: EventTime as ISO text with an offset) from stdin', { timeout: SPAWNS }, () => {
    const records = stratus().slice(0, 20);
    const Events = records.map((rec, i) => {
      const at = new Date(String(rec['eventTime']));
      // Half in UTC as +00:00, half in a local offset, as the CLI prints them.
      const local = new Date(at.getTime() + 9 * 3600_000).toISOString().slice(0, 19);
      return {
        EventId: rec['eventID'],
        EventName: rec['eventName'],
        ReadOnly: String(rec['readOnly'] ?? 'false'),
        EventTime: i % 2 === 0 ? `${at.toISOString().slice(0, 19)}+00:00` : `${local}+09:00`,
        EventSource: rec['eventSource'],
        Username: 'someone',
        Resources: [],
        CloudTrailEvent: JSON.stringify(rec),
      };
    });
    const r = run(['check', '-'], JSON.stringify({ Events }, null, 4));
    expect(r.stdout).toBe(`- (LookupEvents response): ${records.length} records decoded, 0 failed\n`);
    expect(r.code).toBe(0);
  });

  it('reads stdin that arrives a byte at a time, gzipped', { timeout: SPAWNS }, async () => {
    const text = corpusFiles().find((f) => f.name === 'plaso.json')?.text ?? '';
    const gz = gzipSync(text);
    const child = spawn(process.execPath, [cli, 'check', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
    // The gzip magic split across writes. A loaded machine may start the child
    // late and hand it everything at once, so the one-byte case is proven in
    // process by decodeInput.test.ts; this checks the path end to end.
    child.stdin.write(gz.subarray(0, 1));
    await new Promise((resolve) => setTimeout(resolve, 200));
    child.stdin.write(gz.subarray(1, 2));
    await new Promise((resolve) => setTimeout(resolve, 100));
    child.stdin.end(gz.subarray(2));
    expect(await exited).toBe(0);
    expect(stdout).toBe('-: 6 records decoded, 0 failed\n');
  });

  it('reads documents that are not log files whole, however long', { timeout: SPAWNS }, () => {
    const record: Record<string, unknown> = { ...stratus()[0], requestParameters: { pad: 'x'.repeat(200_000) } };
    const event = { version: '0', id: 'e', 'detail-type': 'AWS API Call via CloudTrail', source: 'aws.ec2', account: '111122223333', time: record['eventTime'], region: 'us-east-1', resources: [], detail: record };
    const array = Array.from({ length: 3000 }, (_, i) => ({ i, pad: 'y'.repeat(40) }));
    const r = run(['check', file('big-record.json', JSON.stringify(record)), file('big-event.json.gz', gzipSync(JSON.stringify(event))), file('array.json', JSON.stringify(array))]);
    expect(r.stdout).toContain('big-record.json (record): 1 records decoded, 0 failed\n');
    expect(r.stdout).toContain('big-event.json.gz (EventBridge event): 1 records decoded, 0 failed\n');
    expect(r.stdout).toMatch(/array\.json: cannot be read as CloudTrail: this is a JSON array of 3000 items, not a log file/);
    expect(r.stdout).not.toContain('not valid JSON');
  });

  it('reports what decoded before a cut, then the cut', { timeout: SPAWNS }, () => {
    const records = stratus().slice(0, 10);
    const bad = { ...records[3], eventTime: 'not a time' };
    const text = JSON.stringify({ Records: [...records.slice(0, 3), bad, ...records.slice(4)] }, null, 2);
    const cut = text.slice(0, text.indexOf(JSON.stringify(records[8]?.['eventID'])));
    const gz = gzipSync(JSON.stringify({ Records: stratus() }));
    const names = ['cut.json', 'cut.json.gz', 'cut-gzip.json.gz'];
    const r = run([
      'check',
      file('cut.json', cut),
      file('cut.json.gz', gzipSync(cut)),
      // A gzip stream cut short: what came out before the cut is reported too.
      file('cut-gzip.json.gz', gz.subarray(0, Math.floor(gz.length * 0.8))),
    ]);
    expect(r.code).toBe(1);
    const out = lines(r.stdout);
    for (const name of names.slice(0, 2)) {
      const path = join(dir, name);
      const at = out.indexOf(`${path}: Records[3] did not decode (eventName ${String(records[3]?.['eventName'])}, eventID ${String(records[3]?.['eventID'])})`);
      expect(at, r.stdout).toBeGreaterThanOrEqual(0);
      expect(out[at + 1]).toMatch(/^ {2}Records\[3\]\.eventTime: expected /);
      expect(out).toContain(`${path}: 7 records decoded, 1 failed`);
      expect(out).toContain(`${path}: cannot be read to the end: the text ends too early, inside Records[8]`);
    }
    expect(r.stdout).toMatch(/cut-gzip\.json\.gz: [1-9]\d* records decoded, 0 failed\n.*cut-gzip\.json\.gz: cannot be read to the end: the gzip data ends early/);
  });

  it('reads every record of a gzip file followed by other bytes, then reports those bytes', { timeout: SPAWNS }, () => {
    const records = stratus();
    const gz = gzipSync(JSON.stringify({ Records: records }));
    const trail = file('trail.json.gz', Buffer.concat([gz, Buffer.from('garbage\n')]));
    const r = run(['check', trail]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      `${trail}: ${records.length} records decoded, 0 failed\n${trail}: cannot be read to the end: the file goes on after the end of its gzip data: 8 more bytes that are not gzip (gzip -d ignores them; all the data before them was read)\n`,
    );
  });

  it('reports a Records that is not an array as the log file\'s problem, and names the single documents that fail by their ids', { timeout: SPAWNS }, () => {
    const bad: Record<string, unknown> = { ...stratus()[0], awsRegion: 5, eventID: 'id\u2028x', eventName: 'Bad' };
    const paths = [file('records-5.json', '{"Records": 5}'), file('single-bad.json', JSON.stringify(bad))];
    const r = run(['check', ...paths]);
    expect(r.code).toBe(1);
    expect(lines(r.stdout).slice(0, 5)).toEqual([
      `${paths[0]}: 0 records decoded, 0 failed`,
      `${paths[0]}: cannot be read to the end: Records: expected an array of records`,
      `${paths[1]}: the record did not decode (eventName Bad, eventID id\\u2028x)`,
      '  awsRegion: expected string, got 5',
      `${paths[1]} (record): 0 records decoded, 1 failed`,
    ]);
    const json = JSON.parse(run(['check', '--json', paths[1] as string]).stdout) as { files: Array<{ failures: unknown[] }> };
    expect(json.files[0]?.failures[0]).toMatchObject({ index: 0, at: 'the record', eventID: 'id\u2028x', eventName: 'Bad', eventSource: bad['eventSource'] });
  });

  it('says in one line what an input is when it is not CloudTrail, and what to do', { timeout: SPAWNS }, () => {
    const snippet = rawSnippets().find((s) => s.source === 'awsdocs/aws-app-mesh-user-guide');
    if (snippet === undefined) throw new Error('App Mesh snippet not found');
    const key = 'AWSLogs/111122223333/CloudTrail/us-east-1/2026/01/01/111122223333_CloudTrail_us-east-1_20260101T0000Z_abc.json.gz';
    const s3 = s3Notification(key);
    const sns = snsMessage(s3);
    const lambdaSns = snsLambdaEvent(s3);
    const lambdaSqs = sqsLambdaEvent(sns);
    const lambdaSqsDirect = sqsLambdaEvent(s3);
    const dynamodb = { Records: [{ eventID: '1', eventName: 'INSERT', eventVersion: '1.1', eventSource: 'aws:dynamodb', awsRegion: 'us-east-1', dynamodb: {} }] };
    const digest = { awsAccountId: '111122223333', digestStartTime: '2026-01-01T00:00:00Z', digestEndTime: '2026-01-01T01:00:00Z', digestS3Object: 'x', logFiles: [] };
    mkdirSync(join(dir, 'a-directory'), { recursive: true });
    const cases: Array<[string, string | Buffer | undefined, RegExp]> = [
      ['a-directory', undefined, /this is a directory; give the files in it instead/],
      ['missing.json', undefined, /no such file$/],
      ['empty.json', '', /the file is empty$/],
      ['blank.json', ' \n\t\n', /the file holds only white space$/],
      ['binary.json', Buffer.from([0x7b, 0x00, 0x01, 0x02, 0xff, 0x10]), /this is a binary file, not JSON text \(a NUL byte at offset 1\)$/],
      ['latin1.json', Buffer.from([0x7b, 0xe9, 0xe8, 0x7d]), /this is a binary file, or text that is not UTF-8/],
      ['archive.zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00]), /this is a zip archive, not JSON text/],
      ['appmesh-guide.json', snippet.text, /the text is not valid JSON: .*line \d+ column \d+/],
      ['s3.json', JSON.stringify(s3), new RegExp(`${re(notificationMessage('s3'))}; it names s3://trail-bucket/${re(key)}: aws s3 cp s3://trail-bucket/${re(key)} - \\| cloudtrail-codecs check -$`)],
      ['sns.json', JSON.stringify(sns), /this is an SNS message \(Type Notification\), not a CloudTrail log file: .*; it carries an S3 event notification that names s3:\/\/trail-bucket\/.*: aws s3 cp s3:\/\/trail-bucket\//],
      ['lambda-sns.json', JSON.stringify(lambdaSns), new RegExp(`${re(notificationMessage('sns'))}; it carries an S3 event notification that names s3://trail-bucket/`)],
      ['lambda-sqs.json', JSON.stringify(lambdaSqs), new RegExp(`${re(notificationMessage('sqs'))}; it carries an S3 event notification, through SNS, that names s3://trail-bucket/`)],
      ['lambda-sqs-direct.json.gz', gzipSync(JSON.stringify(lambdaSqsDirect)), new RegExp(`${re(notificationMessage('sqs'))}; it carries an S3 event notification that names s3://trail-bucket/`)],
      // Cut short after its first item, which shows what it is.
      ['s3-cut.json', `${JSON.stringify(s3).slice(0, -2)}, {"eventVersion": "2.`, new RegExp(`${re(notificationMessage('s3'))}$`)],
      ['dynamodb.json', JSON.stringify(dynamodb), new RegExp(`${re(notificationMessage('lambda-event'))}$`)],
      ['cloudtrail-sns.json', JSON.stringify({ s3Bucket: 'trail-bucket', s3ObjectKey: [key] }), /this is CloudTrail's notice that log files were delivered, not a log file; it names s3:\/\/trail-bucket\/.*: aws s3 cp s3:\/\/trail-bucket\//],
    ];
    const paths = cases.map(([name, content]) => (content === undefined ? join(dir, name) : file(name, content)));
    const r = run(['check', ...paths]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const out = lines(r.stdout);
    // One line per input, then the totals.
    expect(out.length, r.stdout).toBe(cases.length + 2);
    cases.forEach(([, , message], i) => {
      expect(out[i]).toMatch(new RegExp(`^${paths[i]?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot be read as CloudTrail: `));
      expect(out[i]).toMatch(message);
    });
    expect(out.at(-1)).toBe(`${cases.length} files: 0 records, 0 failures, ${cases.length} unreadable`);
    const json = JSON.parse(run(['check', '--json', ...paths.slice(-3)]).stdout) as { files: Array<{ kind: string }> };
    expect(json.files.map((f) => f.kind)).toEqual(['S3 event notification', 'Lambda event', 'CloudTrail notification']);
    // A digest file is skipped, not a failure: it holds no records, and validate checks it.
    const skipped = run(['check', file('digest.json', JSON.stringify(digest))]);
    expect(skipped.stdout).toBe(`${join(dir, 'digest.json')} (digest file): skipped: ${DIGEST_MESSAGE}; check the trail it belongs to with cloudtrail-codecs validate <folder>\n`);
    expect(skipped.code).toBe(0);
  });

  it('does not put record text into a suggested shell command', { timeout: SPAWNS }, () => {
    const s3 = { Records: [{ eventVersion: '2.1', eventSource: 'aws:s3', eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'b' }, object: { key: 'x%3B+rm+-rf+~%0Aecho+pwned' } } }] };
    const r = run(['check', file('evil-s3.json', JSON.stringify(s3))]);
    expect(r.stdout).toContain('; it names "s3://b/x; rm -rf ~\\necho pwned"\n');
    expect(r.stdout).not.toContain('aws s3 cp');
  });

  it('treats a UTF-8 byte order mark at the start as JSON readers do', { timeout: SPAWNS }, () => {
    const text = `\ufeff${corpusFiles().find((f) => f.name === 'plaso.json')?.text ?? ''}`;
    const record = `\ufeff${JSON.stringify(stratus()[0])}`;
    // UTF-16, as PowerShell's > writes it, is text too.
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.slice(1), 'utf16le')]);
    const r = run(['check', file('bom.json', text), file('bom.json.gz', gzipSync(text)), file('bom-record.json', record), file('utf16.json', utf16)]);
    expect(r.stdout).toContain('bom.json: 6 records decoded, 0 failed\n');
    expect(r.stdout).toContain('bom.json.gz: 6 records decoded, 0 failed\n');
    expect(r.stdout).toContain('bom-record.json (record): 1 records decoded, 0 failed\n');
    expect(r.stdout).toContain('utf16.json: 6 records decoded, 0 failed\n');
    expect(r.code).toBe(0);
    const stdin = run(['check', '-'], Buffer.from(text, 'utf8'));
    expect(stdin.stdout).toBe('-: 6 records decoded, 0 failed\n');
  });

  it('ends quietly when stdout is closed early (| head)', { timeout: SPAWNS }, async () => {
    const failing = { Records: Array.from({ length: 20_000 }, (_, i) => ({ eventVersion: '1.08', eventID: `e-${i}`, eventName: 'Bad' })) };
    const path = file('many-failures.json', JSON.stringify(failing));
    for (const args of [['check', path], ['check', '--json', path]]) {
      const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
      // Read the first chunk, then close the pipe, as head does.
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      child.stdout.destroy();
      expect(await exited).toBe(1);
      expect(stderr).toBe('');
    }
  });

  it('gives machine-readable output with --json, written as it goes, with every documented field', { timeout: SPAWNS }, () => {
    const odd = join(oddDir, 'cloud-custodian.json');
    const r = run(['check', '--json', odd, join(dir, 'missing.json')]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      ok: boolean;
      files: Array<{ file: string; kind: string; records: number; failed: number; error?: string; failures: Array<{ index: number; at: string; issues: Array<{ path: string; expected: string; message: string }> }> }>;
    };
    expect(Object.keys(out)).toEqual(['files', 'ok']);
    expect(out.ok).toBe(false);
    const [first, second] = out.files;
    expect(Object.keys(first ?? {})).toEqual(['file', 'failures', 'kind', 'records', 'failed']);
    expect(first).toMatchObject({ file: odd, kind: 'log file', records: 0, failed: 1 });
    expect(first?.failures[0]).toMatchObject({ index: 0, at: 'Records[0]' });
    expect(first?.failures[0]?.issues.map((i) => i.path)).toEqual(['Records[0].userIdentity', 'Records[0].eventTime']);
    expect(Object.keys(first?.failures[0]?.issues[0] ?? {})).toEqual(['path', 'expected', 'message']);
    expect(second).toEqual({ file: join(dir, 'missing.json'), failures: [], kind: 'unknown', records: 0, failed: 0, error: 'no such file' });
    // Each failure is one line, written when it was found.
    expect(r.stdout).toMatch(/^ {8}\{"index":0,"at":"Records\[0\]",.*\}$/m);
  });
});

describe('output that record text cannot forge', () => {
  // Records that decode, with hostile text in every field a table or a line shows.
  const hostile = (): Array<Record<string, unknown>> => {
    const base = stratus();
    const iam = base.find((r) => (r['userIdentity'] as { type?: string }).type === 'IAMUser') as Record<string, unknown>;
    const identity = iam['userIdentity'] as Record<string, unknown>;
    return [
      { ...iam, eventName: `Get${NASTY}`, eventSource: `s3${NASTY}.amazonaws.com`, errorCode: `Denied${NASTY}`, errorMessage: 'no' },
      { ...iam, userIdentity: { ...identity, userName: `alice${NASTY}`, arn: `arn:aws:iam::111122223333:user/alice${NASTY}` } },
      // Printable text in any script stays as it is, in text and in JSON.
      { ...iam, eventName: 'Zoë東京\u{1f600}' },
      ...base.slice(0, 5),
    ];
  };
  // Records that fail, with hostile text in their ids and in the failing values.
  const failing = (): Array<Record<string, unknown>> => [
    { ...stratus()[0], eventName: `Bad${NASTY}`, eventID: `id${NASTY}`, eventTime: `then${NASTY}` },
    { ...stratus()[1], userIdentity: { type: 'IAMUser', userName: NASTY }, eventTime: NASTY, eventID: NASTY },
  ];

  it('escapes every field of check lines and summary tables, and file names', { timeout: SPAWNS }, () => {
    const path = file(`evil${NASTY.replace(/\u0000/g, '')}.json`, JSON.stringify({ Records: [...hostile(), ...failing()] }));
    const shownPath = escapeText(path);
    const json = run(['summary', '--json', path]);
    const report = JSON.parse(json.stdout) as {
      files: Array<{ file: string; failures: Array<{ eventName?: string; eventID?: string; issues: unknown[] }> }>;
      summary: Record<string, Record<string, number>>;
    };
    // JSON carries the exact values, in escapes that keep each value on its line.
    expect(json.stdout).not.toMatch(UNSAFE_OUTPUT);
    expect(json.stdout).toContain(':Zoë東京\u{1f600}"');
    expect(report.files[0]?.file).toBe(path);
    expect(Object.keys(report.summary['eventName'] ?? {})).toContain(`s3${NASTY}:Get${NASTY}`);
    expect(Object.keys(report.summary['errorCode'] ?? {})).toContain(`Denied${NASTY}`);
    expect(report.files[0]?.failures.map((f) => [f.eventName, f.eventID])).toEqual([
      [`Bad${NASTY}`, `id${NASTY}`],
      [stratus()[1]?.['eventName'], NASTY],
    ]);

    const text = run(['summary', '--top', '0', path]);
    expect(text.code).toBe(1);
    expect(text.stdout).not.toMatch(UNSAFE_OUTPUT);
    // Exactly the lines the report has: one header and its problems per failure,
    // the counts, then per table a blank line, a title and one row per key.
    const failures = report.files[0]?.failures ?? [];
    const { coverage, ...byKey } = report.summary as Record<string, Record<string, number>> & { coverage?: { services: Record<string, unknown> } };
    const tables = Object.values(byKey);
    // The typed coverage: a blank line, a title, a row per service with records, and the untyped row.
    const coverageLines = 2 + Object.keys(coverage?.services ?? {}).length + 1;
    const expected = failures.reduce((n, f) => n + 1 + f.issues.length, 0) + 1 + tables.reduce((n, t) => n + 2 + Object.keys(t).length, 0) + coverageLines;
    expect(lines(text.stdout).length, text.stdout).toBe(expected);
    expect(text.stdout).toContain(`${shownPath}: Records[8] did not decode (eventName ${escapeText(`Bad${NASTY}`)}, eventID ${escapeText(`id${NASTY}`)})\n`);
    expect(text.stdout).toContain(`${shownPath}: Records[9] did not decode (eventName ${String(stratus()[1]?.['eventName'])}, eventID ${escapeText(NASTY)})\n`);
    expect(text.stdout).toContain(`${shownPath}: 8 records decoded, 2 failed\n`);
    expect(text.stdout).toMatch(/:Zoë東京\u{1f600} +1$/mu);
    for (const key of [`s3${NASTY}.amazonaws.com`, `s3${NASTY}:Get${NASTY}`, `Denied${NASTY}`]) expect(text.stdout).toMatch(new RegExp(`^ {2}${escapeRe(escapeText(key))} +1$`, 'm'));
    // Every table row is a key and a count, nothing else.
    const tableLines = tables.reduce((n, t) => n + 2 + Object.keys(t).length, 0);
    const rows = lines(text.stdout).slice(expected - coverageLines - tableLines, expected - coverageLines);
    for (const row of rows) expect(row).toMatch(/^$|^By \w+$|^ {2}\S.* +\d+$/);
    // The coverage rows: counts only, service names from the library, never record text.
    for (const row of lines(text.stdout).slice(expected - coverageLines + 2)) expect(row).toMatch(/^ {2}[\w ,]+: \d+ records(: \d+ typed \/ \d+ departed \/ \d+ unknown)?$/);
    expect(rows.filter((l) => /^ {2}.*alice/.test(l))).toHaveLength(1);
  });

  it('escapes record text in --top tables and keeps long keys short', { timeout: SPAWNS }, () => {
    const long = { ...hostile()[0], eventName: `${'N'.repeat(5000)}${NASTY}` };
    const r = run(['summary', '--top', '1', file('long.json', JSON.stringify({ Records: [long, long] }))]);
    expect(r.stdout).not.toMatch(UNSAFE_OUTPUT);
    expect(Math.max(...lines(r.stdout).map((l) => l.length))).toBeLessThan(300);
  });
});

describe('cloudtrail-codecs summary', () => {
  it('counts by eventSource, eventName and errorCode as the raw records say', { timeout: SPAWNS }, () => {
    const f = corpusFiles().find((x) => x.name === 'stratus-red-team.json');
    if (f === undefined) throw new Error('corpus file missing');
    const r = run(['summary', '--json', join(corpusDir, f.name)]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { ok: boolean; summary: Record<string, Record<string, number>> };
    expect(out.ok).toBe(true);
    const bySource: Record<string, number> = {};
    const byError: Record<string, number> = {};
    for (const rec of f.json.Records as Array<Record<string, unknown>>) {
      const s = String(rec['eventSource']);
      bySource[s] = (bySource[s] ?? 0) + 1;
      if (typeof rec['errorCode'] === 'string') byError[rec['errorCode']] = (byError[rec['errorCode']] ?? 0) + 1;
    }
    expect(out.summary['eventSource']).toEqual(bySource);
    expect(out.summary['errorCode']).toEqual(byError);
    expect(Object.values(out.summary['actor'] ?? {}).reduce((a, b) => a + b, 0)).toBe(f.json.Records.length);

    const text = run(['summary', '--top', '2', join(corpusDir, f.name)]);
    expect(text.stdout).toMatch(/By eventSource\n {2}ec2\.amazonaws\.com +\d+\n/);
    expect(text.stdout).toMatch(/… \d+ more/);
    expect(text.stdout).toContain('By actor');
  });
});

describe('summary tables stay bounded', () => {
  it('cuts long keys and counts keys past the first 10000 together', { timeout: SPAWNS }, () => {
    const base = stratus()[0] as Record<string, unknown>;
    const source = String(base['eventSource']).replace('.amazonaws.com', '');
    const records = Array.from({ length: 10_003 }, (_, i) => ({ ...base, eventID: `e-${i}`, eventName: i === 0 ? 'N'.repeat(5000) : `Name${i}` }));
    const r = run(['summary', '--json', file('many-keys.json', JSON.stringify({ Records: records }))]);
    expect(r.code).toBe(0);
    const names = (JSON.parse(r.stdout) as { summary: { eventName: Record<string, number> } }).summary.eventName;
    expect(Object.keys(names)).toHaveLength(10_001);
    expect(names['(keys past the first 10000)']).toBe(3);
    const long = `${source}:${'N'.repeat(5000)}`;
    expect(names[`${long.slice(0, 1024)}…`]).toBe(1);
    expect(Object.values(names).reduce((a, b) => a + b, 0)).toBe(records.length);
  });
});

describe('usage', () => {
  it('explains bad arguments with exit code 2, and has --help, --version and --', { timeout: SPAWNS }, () => {
    const cases: Array<[string[], RegExp]> = [
      [['bogus', 'x'], /unknown command bogus/],
      [['check'], /check needs at least one file/],
      [['summary', '--top', 'x', 'f'], /--top takes a whole number, not 'x'/],
      [['summary', '--top', '', 'f'], /--top takes a whole number, not ''/],
      [['summary', '--top', '1e3', 'f'], /--top takes a whole number/],
      [['summary', 'f', '--top'], /--top takes a whole number, not nothing/],
      [['check', '--top', '3', 'f'], /--top is for summary/],
      [['check', '-', '-'], /- \(stdin\) can be given only once/],
    ];
    for (const [args, message] of cases) {
      const r = run(args, '');
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/^cloudtrail-codecs: /);
      expect(r.stderr.split('\n')[0], args.join(' ')).toMatch(message);
    }
    const help = run(['--help']).stdout;
    expect(help).toContain('Usage: cloudtrail-codecs <command>');
    expect(help).toMatch(/Exit codes: 0 .*; 1 .*; 2 /s);
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    // validate is loaded when run: the built file carries it (its work is tested in process, validate.test.ts).
    const validate = run(['validate', join(dir, 'no-such-folder'), '--public-keys', 'keys.json', '--signatures', 'signatures.json']);
    expect(validate.code).toBe(2);
    expect(validate.stderr).toBe(`cloudtrail-codecs: the folder '${join(dir, 'no-such-folder')}' cannot be read: no such folder\n`);
    file('-h', JSON.stringify(stratus()[0]));
    expect(run(['check', '--', '-h'], undefined, dir).stdout).toBe('-h (record): 1 records decoded, 0 failed\n');
  });
});

const re = (s: string): string => escapeRe(s);

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
